"""``qbdesk --sandbox``: a practice QuickBooks in-process, a practice company file, signed in, ready for the wizard.

Sizes are made small here (the app uses ~1,500 QuickBooks records and ~1,000 here);
everything else is the real thing: the sandbox over HTTP, the OAuth flow with
auto-consent, the keychain, the state file that makes the practice company survive
a restart.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import keyring
import pytest

from qbdesk.qbo.tokens import TokenStore
from qbdesk.ui.connect import sandbox_mode
from qbdesk.ui.connect.sandbox_mode import SandboxStarter, sandbox_folder
from qbdesk.ui.main_window import MainWindow
from qbdesk.ui.sync.panel import FIRST

TIMEOUT = 60_000


@pytest.fixture(autouse=True)
def _small(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sandbox_mode, "QBO_SIZE", 120)
    monkeypatch.setattr(sandbox_mode, "LOCAL_SIZE", 100)


def _start(window: MainWindow, qtbot: Any) -> SandboxStarter:
    starter = SandboxStarter(window)
    with qtbot.waitSignal(window.summary_shown, timeout=TIMEOUT):
        starter.start()
    controller = window.sync_controller
    qtbot.waitUntil(lambda: controller.connection is not None and controller.status is not None, timeout=TIMEOUT)
    return starter


def test_sandbox_mode_opens_a_connected_practice_company_ready_for_the_wizard(
        make_window: Any, basedir: Any, keychain: Path, qtbot: Any) -> None:
    window: MainWindow = make_window()
    starter = _start(window, qtbot)
    session = starter.session
    assert session is not None and not session.memory_keychain
    assert session.company_path.parent == sandbox_folder(basedir) and session.company_path.exists()
    assert (sandbox_folder(basedir) / sandbox_mode.STATE_FILE).exists()
    connection = window.connection
    assert connection is not None and connection.config.realm_id == session.realm_id
    assert connection.config.environment == "qbdesk-sandbox" and connection.config.company_name
    assert TokenStore().load(session.realm_id) is not None  # in the keychain, like any connection
    panel = window.sync_panel
    qtbot.waitUntil(lambda: panel.page == FIRST, timeout=TIMEOUT)
    assert panel.start_first_button.isVisible() and window.practice
    # the Connect dialog knows the practice QuickBooks
    window.open_connect_dialog()
    assert window.connect_dialog.sandbox_url.text() == session.server.base_url
    window.connect_dialog.close()
    window.close()  # the sync thread stops before the server does (as in app.run)
    starter.stop()


def test_the_practice_company_survives_a_restart(make_window: Any, basedir: Any, keychain: Path, qtbot: Any) -> None:
    first = make_window()
    starter = _start(first, qtbot)
    assert starter.session is not None
    realm = starter.session.realm_id
    first.close()
    starter.stop()

    second = make_window()
    again = _start(second, qtbot)
    assert again.session is not None and again.session.realm_id == realm  # the same practice QuickBooks
    connection = second.connection
    assert connection is not None and connection.config.realm_id == realm
    assert connection.config.api_base == again.session.server.api_base  # the new port is saved
    with qtbot.waitSignal(second.sync_controller.finished, timeout=TIMEOUT):
        second.sync_controller.plan(None, refresh=True, debounce=False)  # the saved sign-in still works
    assert second.sync_controller.last_error is None
    second.close()
    again.stop()


def test_without_a_keychain_sandbox_mode_keeps_the_sign_in_in_memory(make_window: Any, keychain: Path, qtbot: Any,
                                                                      caplog: pytest.LogCaptureFixture) -> None:
    from keyring.backends.fail import Keyring as NoKeyring

    keyring.set_keyring(NoKeyring())  # the keychain fixture restores the real one afterwards
    window = make_window()
    with caplog.at_level(logging.WARNING, logger="qbdesk.sandbox"):
        starter = _start(window, qtbot)
    assert starter.session is not None and starter.session.memory_keychain
    assert any("in memory for this session only" in r.getMessage() for r in caplog.records)
    assert type(keyring.get_keyring()).__name__ == "MemoryKeyring"
    window.close()
    starter.stop()
