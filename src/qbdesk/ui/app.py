"""Start the desktop app: the window first, everything slow after it is on screen.

Order matters for the 1.5-second budget: Qt and our light UI modules load, the
window is shown, and only then does the company open (migrations, counts) in the
background. SQLAlchemy and the store are imported by that background work, not
here.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from qbdesk import __version__
from qbdesk.private_files import restrict_new_files
from qbdesk.ui.base import background, logs
from qbdesk.ui.base.errors import ErrorPresenter, ErrorRouter, ExceptHooks
from qbdesk.ui.base.i18n import Translators, choose_language
from qbdesk.ui.base.icons import app_icon
from qbdesk.ui.base.paths import configure_application, resolve
from qbdesk.ui.base.state import UiState
from qbdesk.ui.main_window import MainWindow

log = logs.logger("ui")

AUTOQUIT_ENV = "QBDESK_AUTOQUIT_MS"  # smoke tests and start-up timing: quit this long after showing


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    restrict_new_files()  # files the window writes hold business data or secrets: the user's alone
    configure_application()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName("qbdesk")
    app.setWindowIcon(app_icon())
    paths = resolve(getattr(args, "basedir", None)).ensure()
    logs.setup(paths.log_file)
    log.info("qbdesk %s starting; folders %s", __version__, paths.as_dict())
    state = UiState(paths.settings_file)
    translators = Translators()
    language = choose_language(getattr(args, "lang", None), state.language())
    translators.install(app, language)

    router = ErrorRouter()
    hooks = ExceptHooks(router)
    hooks.install()
    background.set_failure_sink(router.report)

    window = MainWindow(paths, state, language)
    ErrorPresenter(router, window)
    window.show()
    log.info("window shown %.2f s after start-up began", time.perf_counter() - started)

    sandbox = None
    if getattr(args, "sandbox", False):
        from qbdesk.ui.connect.sandbox_mode import SandboxStarter

        sandbox = SandboxStarter(window)

    def after_show() -> None:
        if sandbox is not None:
            sandbox.start()
        elif getattr(args, "company", None):
            window.open_company(args.company)
        else:
            recent = [r for r in state.recent_companies() if "://" in r or Path(r).exists()]
            if recent:
                window.open_company(recent[0])

    QTimer.singleShot(0, after_show)
    autoquit = os.environ.get(AUTOQUIT_ENV)
    if autoquit is not None:
        QTimer.singleShot(int(autoquit), window.close)
    try:
        status = app.exec()
    finally:
        background.wait_for_all(5000)
        if sandbox is not None:
            sandbox.stop()  # after the window closed: its sync thread has stopped using the server
        hooks.uninstall()
        background.set_failure_sink(None)
        translators.remove(app)
        log.info("qbdesk stopped")
        logs.teardown()
    return int(status)
