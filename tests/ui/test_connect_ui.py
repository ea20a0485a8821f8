"""Connecting from the window: the Connect dialog against the sandbox (auto-consent), the paste fallback,
the health panel, the "Reconnect needed" state after QuickBooks revokes the sign-in, disconnecting,
a missing keychain, and ``--sandbox`` mode.

All over real HTTP to a real sandbox, with a real keyring backend (keyrings.alt's file
backend in the test's folder), never the user's keychain and never a mock.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring
import requests
from PySide6.QtCore import QObject, Qt

from qbdesk.qbo.connection import load_config
from qbdesk.qbo.tokens import TokenStore
from qbdesk.store import open_company
from qbdesk.ui import background
from qbdesk.ui.background import BackgroundOp, Failure
from qbdesk.ui.connect_dialog import ConnectDialog
from qbdesk.ui.main_window import MainWindow
from qbdesk.ui.sync_panel import CONNECT, FIRST

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
    qtbot.mouseClick(window.sync_panel.connect_button, Qt.MouseButton.LeftButton)
    dialog = window.connect_dialog
    assert isinstance(dialog, ConnectDialog) and dialog.isVisible()
    return dialog


def _fill(dialog: ConnectDialog, server: Any, app: Any) -> None:
    dialog.environment.setCurrentIndex(dialog.environment.findData("qbdesk-sandbox"))
    dialog.sandbox_url.setText(server.base_url)
    dialog.client_id.setText(app.client_id)
    dialog.secret.setText(app.client_secret)


def test_connect_dialog_signs_in_to_the_sandbox_and_shows_health(window: MainWindow, sync_file: Path,
                                                                 sandbox_server: Any, keychain: Path,
                                                                 qtbot: Any) -> None:
    realm = sandbox_server.create_company(size=20, seed=3).realm_id
    app = sandbox_server.create_app()
    _open_unconnected(window, sync_file, qtbot)
    assert window.connection is None and window.sync_panel.page == CONNECT
    dialog = _dialog(window, qtbot)
    assert not dialog.health_box.isVisible() and not dialog.disconnect_button.isVisible()
    _fill(dialog, sandbox_server, app)
    assert dialog.form.isRowVisible(dialog.sandbox_url) and not dialog.form.isRowVisible(dialog.redirect_box)
    browser = AutoConsentBrowser()
    dialog.browser = browser
    with qtbot.waitSignal(window.connectionChanged, timeout=TIMEOUT), \
            qtbot.waitSignal(dialog.connected, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.waiting.isVisible, timeout=TIMEOUT)  # the listener waits, with Cancel
    qtbot.waitUntil(lambda: background.active_count() == 0, timeout=TIMEOUT)  # the browser's request too
    assert not browser.failures
    assert browser.urls and "127.0.0.1" in browser.urls[0] and "state=" in browser.urls[0]
    connection = window.connection
    assert connection is not None and connection.config.realm_id == realm
    assert connection.config.company_name  # read from CompanyInfo at connect time

    # the health panel: company, realm, environment, expiries, last call, requests this minute
    assert dialog.health_box.isVisible() and dialog.disconnect_button.isVisible()
    assert dialog.connect_button.text() == "Reconnect"
    panel = dialog.health
    with qtbot.waitSignal(panel.health_shown, timeout=TIMEOUT):
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    fields = {k: v.text() for k, v in panel.fields.items()}
    assert fields["company"] == connection.config.company_name and fields["realm"] == realm
    assert fields["environment"] == "Practice company (qbdesk sandbox)"
    for key in ("access", "refresh", "hard"):
        assert fields[key] not in ("—", "unknown"), key
    assert "minute" in fields["access"]
    assert "just now" in fields["last"]
    assert fields["requests"].endswith("of 500") and int(fields["requests"].split()[0]) >= 1
    assert panel.state.text() == "Connected" and not panel.warning.isVisible()

    # saved: tokens and secret in the keychain only, the configuration (no secret) in the company file
    store = TokenStore()
    assert store.load(realm) is not None and store.client_secret(app.client_id) == app.client_secret
    company = open_company(sync_file)
    with company.session() as s:
        config = load_config(s)
    company.close()
    assert config is not None and config.realm_id == realm and config.environment == "qbdesk-sandbox"
    for path in (sync_file, Path(f"{sync_file}-wal")):
        assert not path.exists() or app.client_secret.encode() not in path.read_bytes()
    dialog.close()
    qtbot.waitUntil(lambda: window.sync_panel.page == FIRST, timeout=TIMEOUT)


def test_paste_the_address_the_browser_ended_on(window: MainWindow, sync_file: Path, sandbox_server: Any,
                                                keychain: Path, qtbot: Any) -> None:
    realm = sandbox_server.create_company(size=0).realm_id
    app = sandbox_server.create_app()
    _open_unconnected(window, sync_file, qtbot)
    dialog = _dialog(window, qtbot)
    _fill(dialog, sandbox_server, app)
    browser = RecordingBrowser()
    dialog.browser = browser
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(browser.urls), timeout=TIMEOUT)
    assert dialog.waiting.isVisible() and not dialog.connect_button.isEnabled()
    # where the browser would have ended (the app never heard of it: say, another computer's browser)
    answer = requests.get(browser.urls[0] + "&auto_consent=true", allow_redirects=False, timeout=10)
    address = answer.headers["Location"].replace("127.0.0.1:", "localhost:")
    dialog.paste.setText("not an address")
    qtbot.mouseClick(dialog.paste_button, Qt.MouseButton.LeftButton)
    assert "no answer" in dialog.message.text()
    dialog.paste.setText(address)
    with qtbot.waitSignal(dialog.connected, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.paste_button, Qt.MouseButton.LeftButton)
    assert window.connection is not None and window.connection.config.realm_id == realm
    assert not dialog.waiting.isVisible()
    dialog.close()


def test_cancel_while_waiting_for_the_browser(window: MainWindow, sync_file: Path, sandbox_server: Any,
                                             keychain: Path, qtbot: Any) -> None:
    sandbox_server.create_company(size=0)
    app = sandbox_server.create_app()
    _open_unconnected(window, sync_file, qtbot)
    dialog = _dialog(window, qtbot)
    _fill(dialog, sandbox_server, app)
    dialog.browser = RecordingBrowser()
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.waiting.isVisible, timeout=TIMEOUT)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.waiting.isVisible() and dialog.connect_button.isEnabled(), timeout=TIMEOUT)
    assert dialog.message.text() == "Sign-in cancelled." and window.connection is None
    dialog.close()


def test_reconnect_needed_after_quickbooks_revokes_the_sign_in(connected: MainWindow, sandbox_server: Any,
                                                               qtbot: Any) -> None:
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
    assert panel.banner.isVisible() and panel.reconnect_button.isVisible()
    assert "Reconnect needed" in panel.health.state.text() and panel.state_label.text() == "Reconnect needed"
    assert not window.sync_now_action.isEnabled() and not window.wizard_action.isEnabled()
    assert not panel.start_first_button.isEnabled()

    # a plan now fails the same way: reported, not raised; the window stays usable
    with qtbot.waitSignal(controller.finished, timeout=TIMEOUT):
        controller.plan(None, refresh=True, debounce=False)
    assert controller.last_error is not None and controller.last_error.kind == "ReconnectNeeded"
    # ... and the other desktops of the company are told: they have no sign-in to find out with
    from qbdesk.store.office import Desktop
    from qbdesk.sync.office import Office

    assert window.company is not None
    other_desktop = Office(window.company, Desktop("another-desktop", "BACK-OFFICE"))
    assert other_desktop.status().sign_in_needed

    # Reconnect: the dialog signs in again (same company) and the state clears
    qtbot.mouseClick(panel.reconnect_button, Qt.MouseButton.LeftButton)
    dialog = window.connect_dialog
    assert dialog.connect_button.text() == "Reconnect"
    dialog.browser = AutoConsentBrowser()
    with qtbot.waitSignal(dialog.connected, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert not controller.reconnect_needed and not panel.banner.isVisible()
    assert window.connection is not None and window.connection is not connection
    assert not other_desktop.status().sign_in_needed
    dialog.close()


def test_disconnect_revokes_and_forgets(connected: MainWindow, qtbot: Any) -> None:
    window = connected
    connection = window.connection
    assert connection is not None
    realm = connection.config.realm_id or ""
    window.open_connect_dialog()
    dialog = window.connect_dialog
    with qtbot.waitSignal(dialog.disconnected, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.disconnect_button, Qt.MouseButton.LeftButton)
    assert window.connection is None and TokenStore().load(realm) is None
    assert window.sync_panel.page == CONNECT and not dialog.health_box.isVisible()
    dialog.close()


def test_without_a_keychain_a_real_connection_explains_instead_of_storing(window: MainWindow, sync_file: Path,
                                                                         keychain: Path, qtbot: Any) -> None:
    from keyring.backends.fail import Keyring as NoKeyring

    _open_unconnected(window, sync_file, qtbot)
    dialog = _dialog(window, qtbot)
    dialog.environment.setCurrentIndex(dialog.environment.findData("production"))
    dialog.client_id.setText("ABCDEF")
    dialog.secret.setText("s3cret")
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        with qtbot.waitSignal(dialog.sign_in_failed, timeout=TIMEOUT) as failed:
            qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    finally:
        keyring.set_keyring(previous)
    assert "keychain" in failed.args[0] and "Secret Service" in failed.args[0]
    assert window.connection is None
    dialog.close()


def test_the_wizard_starts_by_connecting_when_not_connected(window: MainWindow, sync_file: Path,
                                                            sandbox_server: Any, keychain: Path, qtbot: Any) -> None:
    from PySide6.QtWidgets import QWizard

    from qbdesk.ui.wizard.wizard import CONNECT, ONE_SIDED

    sandbox_server.create_company(size=30, seed=2)
    app = sandbox_server.create_app()
    _open_unconnected(window, sync_file, qtbot)
    window.open_first_sync_wizard()
    wizard = window.wizard
    assert wizard.currentId() == CONNECT and not wizard.connect_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
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
