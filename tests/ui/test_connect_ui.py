"""Connecting from the window: the one button (through the sign-in relay, to the practice QuickBooks as Intuit),
own keys under Advanced, the setup checklist, the paste fallback, "sign in again" as one calm message, disconnect
(shared connections ask first; "revoked" only when confirmed), the endpoint question, the plain-file consent and
the custom-host confirmation.

All over real HTTP to a real sandbox (and a real relay), with a real keyring backend (keyrings.alt's file
backend in the test's folder), never the user's keychain and never a mock.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
import requests
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from qbdesk.qbo.tokens import TokenStore
from qbdesk.relay.config import RelayConfig
from qbdesk.relay.server import RelayServer
from qbdesk.store import open_company
from qbdesk.sync.connection_config import load_config, save_config
from qbdesk.ui.base import background
from qbdesk.ui.base.background import BackgroundOp, Failure
from qbdesk.ui.company.setup_checklist import DONE, NOW, TODO
from qbdesk.ui.connect.dialog import ConnectDialog
from qbdesk.ui.connect.reconnect_notice import ReconnectNotice
from qbdesk.ui.main_window import MainWindow
from qbdesk.ui.sync.panel import CONNECT, FIRST
from tests.traps import Trap, outside_address
from tests.ui.conftest import connect_file

TIMEOUT = 30_000


class AutoConsentBrowser(QObject):
    """The browser step as the sandbox allows it: follow the authorize URL straight back to the app.

    In the background, as a real browser is another process: the GUI thread never waits for it.
    """

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.failures: list[Failure] = []

    def __call__(self, url: str) -> None:
        self.urls.append(url)
        op = BackgroundOp(self, lambda _ctx: requests.get(url + "&auto_consent=true", timeout=30),
                          label="test browser")
        op.failure(self.failures.append)
        op.run()


class RecordingBrowser:
    """A browser that goes nowhere: the test takes the address it would have ended on."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, url: str) -> None:
        self.urls.append(url)


def _open_unconnected(window: MainWindow, sync_file: Path, qtbot: Any) -> None:
    with qtbot.waitSignal(window.summary_shown, timeout=TIMEOUT):
        window.open_company(str(sync_file))
    qtbot.waitUntil(lambda: window.sync_controller.status is not None, timeout=TIMEOUT)


def _dialog(window: MainWindow, qtbot: Any) -> ConnectDialog:
    qtbot.mouseClick(window.sync_panel.connection_button, Qt.MouseButton.LeftButton)
    dialog = window.connect_dialog
    assert isinstance(dialog, ConnectDialog) and dialog.isVisible()
    return dialog


def _fill(dialog: ConnectDialog, server: Any, app: Any) -> None:
    dialog.advanced.setChecked(True)
    dialog.environment.setCurrentIndex(dialog.environment.findData("qbdesk-sandbox"))
    dialog.sandbox_url.setText(server.base_url)
    dialog.client_id.setText(app.client_id)
    dialog.secret.setText(app.client_secret)


def _visible_notices(window: QWidget) -> list[ReconnectNotice]:
    return [n for n in window.findChildren(ReconnectNotice) if n.isVisible()]


@pytest.fixture
def relay_build(sandbox_server: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[RelayServer, Any]]:
    """A build of qbdesk that ships a sign-in relay: the relay runs on 127.0.0.1 in front of the practice
    QuickBooks, which plays Intuit; the app knows only the relay's address and the client ID."""
    sandbox_server.create_company(size=20, seed=3)
    app = sandbox_server.create_app()
    config = RelayConfig(client_id=app.client_id, client_secret=app.client_secret,
                         discovery=sandbox_server.discovery_url)
    with RelayServer(config) as relay:
        monkeypatch.setenv("QBDESK_BUILD_RELAY_URL", relay.address)
        monkeypatch.setenv("QBDESK_BUILD_CLIENT_ID", app.client_id)
        monkeypatch.setenv("QBDESK_BUILD_DISCOVERY_URL", sandbox_server.discovery_url)
        monkeypatch.setenv("QBDESK_BUILD_API_BASE", sandbox_server.api_base)
        yield relay, app


def test_one_button_connects_through_the_relay(window: MainWindow, sync_file: Path, relay_build: Any,
                                               keychain: Path, qtbot: Any) -> None:
    relay, app = relay_build
    _open_unconnected(window, sync_file, qtbot)
    panel = window.sync_panel
    checklist = panel.checklist
    assert panel.page == CONNECT and checklist.isVisible()
    assert [s.state for s in (checklist.company_step, checklist.connect_step, checklist.sync_step)] == \
        [DONE, NOW, TODO]
    assert checklist.connect_button.isVisible() and not checklist.start_button.isVisible()
    assert checklist.connect_button.text() == "Connect to QuickBooks"

    browser = AutoConsentBrowser()
    with qtbot.waitSignal(window.connectionChanged, timeout=TIMEOUT):
        qtbot.mouseClick(checklist.connect_button, Qt.MouseButton.LeftButton)  # the one click
        dialog = window.connect_dialog
        dialog.browser = browser  # the user's browser: it opens at once, no field to fill
        qtbot.waitUntil(lambda: bool(browser.urls), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: background.active_count() == 0, timeout=TIMEOUT)
    assert not browser.failures
    assert f"redirect_uri={requests.utils.quote(relay.address, safe='')}" in browser.urls[0]
    connection = window.connection
    assert connection is not None and connection.config.relay_url == relay.address
    assert connection.config.company_name  # read from CompanyInfo at connect time

    # connected: the Intuit button gives way to "Disconnect from QuickBooks"; what an owner cares about shows
    assert not dialog.intuit_button.isVisible() and dialog.disconnect_button.isVisible()
    assert dialog.disconnect_button.text() == "Disconnect from QuickBooks"
    assert dialog.company_label.text() == connection.config.company_name
    assert dialog.state_line.text().startswith("Connected") and "No sync yet" in dialog.state_line.text()
    assert not dialog.health_box.isVisible()  # realm ids, expiries and counters wait under Details
    dialog.details_button.click()
    assert dialog.health_box.isVisible()

    # the secret never reached the app: tokens in the keychain bound to the relay, nothing else
    saved = TokenStore().load(connection.config.realm_id or "")
    assert saved is not None and saved.endpoints is not None and saved.endpoints.relay == relay.address
    assert app.client_secret not in keychain.read_text()
    assert TokenStore().client_secret(app.client_id) is None
    dialog.close()
    qtbot.waitUntil(lambda: panel.page == FIRST, timeout=TIMEOUT)
    assert [s.state for s in (checklist.company_step, checklist.connect_step, checklist.sync_step)] == \
        [DONE, DONE, NOW]
    assert checklist.start_button.isVisible() and not checklist.connect_button.isVisible()


def test_without_a_relay_the_dialog_says_so_and_offers_own_keys(window: MainWindow, sync_file: Path,
                                                                sandbox_server: Any, keychain: Path,
                                                                qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("QBDESK_BUILD_RELAY_URL", "QBDESK_BUILD_CLIENT_ID"):
        monkeypatch.delenv(name, raising=False)
    realm = sandbox_server.create_company(size=20, seed=3).realm_id
    app = sandbox_server.create_app()
    _open_unconnected(window, sync_file, qtbot)
    assert "no QuickBooks sign-in service" in window.sync_panel.checklist.connect_step.text.text()  # said plainly
    qtbot.mouseClick(window.sync_panel.connect_button, Qt.MouseButton.LeftButton)  # the one button…
    dialog = window.connect_dialog
    assert dialog.no_relay.isVisible() and "no QuickBooks sign-in service" in dialog.no_relay.text()
    assert not dialog.intuit_button.isVisible() and not dialog.waiting.isVisible()  # …cannot sign in by itself
    assert not dialog.advanced_box.isVisible()
    qtbot.mouseClick(dialog.own_keys_button, Qt.MouseButton.LeftButton)
    assert dialog.advanced_box.isVisible() and "developer.intuit.com" in dialog.how_to.text()
    _fill(dialog, sandbox_server, app)
    assert dialog.form.isRowVisible(dialog.sandbox_url)
    dialog.browser = AutoConsentBrowser()
    with qtbot.waitSignal(dialog.connected, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.waiting.isVisible, timeout=TIMEOUT)  # the listener waits, with Cancel
    connection = window.connection
    assert connection is not None and connection.config.realm_id == realm and not connection.config.relay_url
    store = TokenStore()
    assert store.client_secret(app.client_id) == app.client_secret  # own keys: the secret in the keychain only
    company = open_company(sync_file)
    with company.session() as s:
        config = load_config(s)
    company.close()
    assert config is not None and config.environment == "qbdesk-sandbox"
    for path in (sync_file, Path(f"{sync_file}-wal")):
        assert not path.exists() or app.client_secret.encode() not in path.read_bytes()

    panel = dialog.health
    dialog.details_button.click()
    with qtbot.waitSignal(panel.health_shown, timeout=TIMEOUT):
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    fields = {k: v.text() for k, v in panel.fields.items()}
    assert fields["realm"] == realm and fields["environment"] == "Practice company (qbdesk sandbox)"
    for key in ("access", "refresh", "hard"):
        assert fields[key] not in ("—", "unknown"), key
    assert fields["requests"].endswith("of 500") and int(fields["requests"].split()[0]) >= 1
    dialog.close()


def test_paste_the_address_the_browser_ended_on(window: MainWindow, sync_file: Path, relay_build: Any,
                                                keychain: Path, qtbot: Any) -> None:
    _open_unconnected(window, sync_file, qtbot)
    browser = RecordingBrowser()
    qtbot.mouseClick(window.sync_panel.connect_button, Qt.MouseButton.LeftButton)
    dialog = window.connect_dialog
    dialog.browser = browser
    qtbot.waitUntil(lambda: bool(browser.urls), timeout=TIMEOUT)
    assert dialog.waiting.isVisible() and not dialog.intuit_button.isVisible()
    # where the browser would have ended (the app never heard of it: say, another computer's browser)
    to_relay = requests.get(browser.urls[0] + "&auto_consent=true", allow_redirects=False, timeout=10)
    to_app = requests.get(to_relay.headers["Location"], allow_redirects=False, timeout=10)
    dialog.paste.setText("not an address")
    qtbot.mouseClick(dialog.paste_button, Qt.MouseButton.LeftButton)
    assert "no answer" in dialog.message.text()
    dialog.paste.setText(to_app.headers["Location"])
    with qtbot.waitSignal(dialog.connected, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.paste_button, Qt.MouseButton.LeftButton)
    assert window.connection is not None and not dialog.waiting.isVisible()
    dialog.close()


def test_cancel_while_waiting_for_the_browser(window: MainWindow, sync_file: Path, relay_build: Any,
                                             keychain: Path, qtbot: Any) -> None:
    _open_unconnected(window, sync_file, qtbot)
    qtbot.mouseClick(window.sync_panel.connect_button, Qt.MouseButton.LeftButton)
    dialog = window.connect_dialog
    dialog.browser = RecordingBrowser()
    qtbot.waitUntil(dialog.waiting.isVisible, timeout=TIMEOUT)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.waiting.isVisible() and dialog.intuit_button.isVisible(), timeout=TIMEOUT)
    assert dialog.message.text() == "Sign-in cancelled." and window.connection is None
    dialog.close()


def test_a_sign_in_quickbooks_refuses_is_one_calm_message_with_one_button(connected: MainWindow,
                                                                          sandbox_server: Any, qtbot: Any,
                                                                          make_window: Any) -> None:
    window = connected
    controller = window.sync_controller
    panel = window.sync_panel
    connection = controller.connection
    assert connection is not None
    realm = connection.config.realm_id or ""
    sandbox_server.faults(realm).force("revoke")  # the next call: the grant is revoked, then 401
    panel.details_button.click()
    with qtbot.waitSignal(window.connectionChanged, timeout=TIMEOUT):
        qtbot.mouseClick(panel.health.check_button, Qt.MouseButton.LeftButton)
    assert controller.reconnect_needed
    notices = _visible_notices(window)
    assert len(notices) == 1  # one message…
    assert "Nothing is lost" in notices[0].text.text() and notices[0].button.text() == "Reconnect…"  # …one button
    assert panel.health.state.text() == "Sign-in needed" and panel.state_label.text() == ""
    assert not panel.start_first_button.isVisible() or not panel.start_first_button.isEnabled()
    assert not window.sync_now_action.isEnabled() and not window.wizard_action.isEnabled()

    # "reconnect needed" lives with the sign-in, not in a widget: a new window knows it without asking QuickBooks
    saved = TokenStore().load(realm)
    assert saved is not None and saved.refused
    assert window.company is not None
    from qbdesk.store.office import Desktop
    from qbdesk.sync.office import Office

    other_desktop = Office(window.company, Desktop("another-desktop", "BACK-OFFICE"))
    # The worker records it for the other desktops as it meets the refusal (its next job): wait for that.
    qtbot.waitUntil(lambda: other_desktop.status().sign_in_needed, timeout=TIMEOUT)

    # the one button signs in again (the same company) and the state clears
    browser = AutoConsentBrowser()
    with qtbot.waitSignal(window.connectionChanged, timeout=TIMEOUT):
        qtbot.mouseClick(notices[0].button, Qt.MouseButton.LeftButton)
        window.connect_dialog.browser = browser
        qtbot.waitUntil(lambda: bool(browser.urls), timeout=TIMEOUT)
        qtbot.waitUntil(lambda: window.connection is not None and window.connection is not connection,
                        timeout=TIMEOUT)
    assert not controller.reconnect_needed and not _visible_notices(window)
    assert not other_desktop.status().sign_in_needed
    window.connect_dialog.close()


def test_reconnect_needed_is_known_at_once_after_a_restart(window: MainWindow, sync_file: Path,
                                                           sandbox_server: Any, keychain: Path, qtbot: Any) -> None:
    realm = connect_file(sandbox_server, sync_file)
    store = TokenStore()
    saved = store.load(realm)
    assert saved is not None
    store.save(dataclasses.replace(saved, refused=True))  # what a refusal seen by `qbdesk sync` left behind
    with qtbot.waitSignal(window.summary_shown, timeout=TIMEOUT):
        window.open_company(str(sync_file))
    qtbot.waitUntil(lambda: window.sync_controller.reconnect_needed, timeout=TIMEOUT)
    assert len(_visible_notices(window)) == 1


def test_disconnect_revokes_and_says_quickbooks_confirmed(connected: MainWindow, qtbot: Any) -> None:
    window = connected
    connection = window.connection
    assert connection is not None
    realm = connection.config.realm_id or ""
    window.open_connect_dialog()
    dialog = window.connect_dialog
    with qtbot.waitSignal(dialog.disconnected, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.disconnect_button, Qt.MouseButton.LeftButton)
    assert window.connection is None and TokenStore().load(realm) is None
    assert "QuickBooks confirmed" in dialog.message.text()
    assert window.sync_panel.page == CONNECT and not dialog.status_box.isVisible()
    dialog.close()


def test_disconnecting_a_shared_connection_asks_and_can_leave_it_to_the_others(
        connected: MainWindow, sync_file: Path, tmp_path: Path, qtbot: Any) -> None:
    window = connected
    connection = window.connection
    assert connection is not None
    other = tmp_path / "archive.qbdesk"
    open_company(other, create=True).close()
    company = open_company(other)
    with company.session() as s:
        save_config(s, connection.config)  # a second company file connected to the same QuickBooks company
    company.close()
    connection.tokens.add_user(str(other))
    window.open_connect_dialog()
    dialog = window.connect_dialog
    qtbot.waitUntil(dialog.shared_label.isVisible, timeout=TIMEOUT)
    assert dialog.shared_label.text() == "1 other company file on this computer uses this connection too."
    qtbot.mouseClick(dialog.disconnect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(getattr(dialog, "disconnect_box", None), QMessageBox)
                    and dialog.disconnect_box.isVisible(), timeout=TIMEOUT)
    box = dialog.disconnect_box
    assert "Disconnecting revokes it for that file too" in box.text() and str(other) in box.detailedText()
    only_here = next(b for b in box.buttons() if b.text() == "Only this company file")
    with qtbot.waitSignal(dialog.disconnected, timeout=TIMEOUT):
        only_here.click()
    assert "stays for the other company files" in dialog.message.text()
    saved = TokenStore().load(connection.config.realm_id or "")
    assert saved is not None and saved.users == (str(other),)  # the other file keeps its connection
    dialog.close()


def test_a_file_pointed_elsewhere_asks_and_sends_nothing(window: MainWindow, sync_file: Path, sandbox_server: Any,
                                                         keychain: Path, qtbot: Any) -> None:
    realm = connect_file(sandbox_server, sync_file)
    store = TokenStore()
    saved = store.load(realm)
    assert saved is not None
    company = open_company(sync_file)
    with company.session() as s:
        config = load_config(s)
        assert config is not None
    company.close()
    store.save(dataclasses.replace(saved, endpoints=config.endpoints))  # the sign-in knows where it belongs
    with Trap("127.0.0.1") as trap:
        company = open_company(sync_file)
        with company.session() as s:  # someone edits the file to point at their server
            save_config(s, dataclasses.replace(config, api_base=f"{trap.url('127.0.0.1')}/v3"))
        company.close()
        with qtbot.waitSignal(window.summary_shown, timeout=TIMEOUT):
            window.open_company(str(sync_file))
        qtbot.waitUntil(lambda: isinstance(getattr(window, "endpoint_box", None), QMessageBox)
                        and window.endpoint_box.isVisible(), timeout=TIMEOUT)
        box = window.endpoint_box
        assert "has sent nothing" in box.text() and "127.0.0.1" in box.text()
        assert window.connection is None and trap.connections == 0
        use = next(b for b in box.buttons() if b.text() == "Use the sign-in's addresses")
        use.click()
        qtbot.waitUntil(lambda: window.connection is not None, timeout=TIMEOUT)
        assert trap.connections == 0
    assert window.connection is not None and window.connection.config.api_base == config.api_base


def test_another_server_needs_a_confirmation_and_plain_http_is_refused(window: MainWindow, sync_file: Path,
                                                                       keychain: Path, qtbot: Any) -> None:
    _open_unconnected(window, sync_file, qtbot)
    dialog = _dialog(window, qtbot)
    dialog.advanced.setChecked(True)
    dialog.environment.setCurrentIndex(dialog.environment.findData("qbdesk-sandbox"))
    dialog.client_id.setText("ABC")
    dialog.secret.setText("s3cret")
    dialog.sandbox_url.setText("https://books.example.net")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    box = dialog.custom_host_box
    assert box.isVisible() and "books.example.net is not one of Intuit's QuickBooks servers" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.pending is None and not dialog.waiting.isVisible()

    address = outside_address()
    if address is None:
        pytest.skip("this machine has no network address besides loopback")
    with Trap() as trap:
        dialog.sandbox_url.setText(trap.url(address))
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        assert "plain HTTP" in dialog.message.text() and trap.connections == 0
    dialog.close()


def test_without_a_password_store_the_sign_in_waits_for_consent(window: MainWindow, sync_file: Path,
                                                                basedir: Any, relay_build: Any, qtbot: Any,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Real QuickBooks (not this computer) and no password store: the window asks before keeping a plain file."""
    from keyring.backends.fail import Keyring as NoKeyring

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("QBDESK_BUILD_API_BASE", "https://quickbooks.api.intuit.com/v3")  # real QuickBooks' API
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        _open_unconnected(window, sync_file, qtbot)
        qtbot.mouseClick(window.sync_panel.connect_button, Qt.MouseButton.LeftButton)
        dialog = window.connect_dialog
        dialog.browser = RecordingBrowser()
        qtbot.waitUntil(lambda: isinstance(getattr(dialog, "plain_file_box", None), QMessageBox)
                        and dialog.plain_file_box.isVisible(), timeout=TIMEOUT)
        box = dialog.plain_file_box
        assert str(basedir.plain_keyring) in box.text() and "only you can read" in box.text()
        with qtbot.waitSignal(dialog.sign_in_failed, timeout=TIMEOUT) as refused:
            box.button(QMessageBox.StandardButton.Cancel).click()
        assert "Nothing was stored" in refused.args[0] and not basedir.plain_keyring.exists()
        assert dialog.pending is None

        qtbot.mouseClick(dialog.intuit_button, Qt.MouseButton.LeftButton)  # again, and this time agree
        qtbot.waitUntil(lambda: dialog.plain_file_box.isVisible(), timeout=TIMEOUT)
        keep = next(b for b in dialog.plain_file_box.buttons() if b.text() == "Keep it in the file")
        keep.click()
        qtbot.waitUntil(lambda: basedir.plain_keyring.exists() and dialog.waiting.isVisible(), timeout=TIMEOUT)
        assert type(keyring.get_keyring()).__name__ == "PlainFileKeyring"
        dialog.cancel_sign_in()
        qtbot.waitUntil(lambda: not dialog.waiting.isVisible(), timeout=TIMEOUT)
        dialog.close()
    finally:
        keyring.set_keyring(previous)


def test_the_wizard_starts_by_connecting_when_not_connected(window: MainWindow, sync_file: Path,
                                                            sandbox_server: Any, keychain: Path, qtbot: Any,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QWizard

    from qbdesk.ui.sync.wizard.wizard import CONNECT as WIZARD_CONNECT
    from qbdesk.ui.sync.wizard.wizard import ONE_SIDED

    monkeypatch.delenv("QBDESK_BUILD_RELAY_URL", raising=False)
    sandbox_server.create_company(size=30, seed=2)
    app = sandbox_server.create_app()
    _open_unconnected(window, sync_file, qtbot)
    window.open_first_sync_wizard()
    wizard = window.wizard
    assert wizard.currentId() == WIZARD_CONNECT and not wizard.connect_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.connect_page.button.text() == "Connect to QuickBooks"
    qtbot.mouseClick(wizard.connect_page.button, Qt.MouseButton.LeftButton)
    dialog = window.connect_dialog
    assert dialog.parent() is wizard  # on top of the wizard, not hidden behind it
    _fill(dialog, sandbox_server, app)
    dialog.browser = AutoConsentBrowser()
    with qtbot.waitSignal(dialog.connected, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    dialog.close()
    assert wizard.connect_page.isComplete() and wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.waitUntil(lambda: wizard.choices is not None and wizard.controller.last_plan is not None, timeout=TIMEOUT)
    wizard.next()
    assert wizard.currentId() == ONE_SIDED
    qtbot.waitUntil(lambda: not wizard.controller.is_busy, timeout=TIMEOUT)
    wizard.reject()


def test_the_checklist_is_the_first_screen_and_tab_follows_it(window: MainWindow, qtbot: Any) -> None:
    home = window.home
    checklist = home.checklist
    assert home.stack.currentIndex() == 0 and checklist.isVisible()
    steps = (checklist.company_step, checklist.connect_step, checklist.sync_step)
    assert [s.state for s in steps] == [NOW, TODO, TODO]
    assert [s.title.text() for s in steps] == ["Open your company file", "Connect to QuickBooks",
                                               "Run the first sync"]
    assert all(s.text.text() for s in steps)  # each step says what to do
    checklist.open_button.setFocus()
    order = []
    widget = checklist.open_button
    for _ in range(2):
        widget = widget.nextInFocusChain()
        while not (widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order == [checklist.new_button, checklist.practice_button]


def test_closing_qbdesk_never_disconnects(connected: MainWindow, sync_file: Path, qtbot: Any) -> None:
    window = connected
    connection = window.connection
    assert connection is not None
    realm = connection.config.realm_id or ""
    window.close()  # quitting the app (or signing out of the computer, which quits it)
    saved = TokenStore().load(realm)
    assert saved is not None and not saved.refused  # the sign-in is still there, still good
    company = open_company(sync_file)
    with company.session() as s:
        config = load_config(s)
    company.close()
    assert config is not None and config.realm_id == realm  # and the file is still connected
