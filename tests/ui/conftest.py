"""Fixtures for the window's tests: offscreen Qt, a temporary base folder and settings file per
test, generated company files, and a guard that fails any test leaving a thread or operation behind."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import shutil
import subprocess
import sys
import time
import weakref
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QWidget

import qbdesk.ui  # noqa: F401 - applies the PySide6 6.12 refcount guard before any test runs Qt
from qbdesk.store import open_company
from qbdesk.store.demo import generate
from qbdesk.store.summary import set_company_name
from qbdesk.ui.base import background, logs
from qbdesk.ui.base.errors import ErrorInfo
from qbdesk.ui.base.i18n import Translators, translations_dir
from qbdesk.ui.base.paths import Paths, configure_application, resolve
from qbdesk.ui.base.state import UiState
from qbdesk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
ANCHOR = date(2026, 6, 30)
COMPANY_SIZE = 1500


_SESSION_TRANSLATORS = Translators()


@pytest.fixture(scope="session", autouse=True)
def _application(qapp: QApplication) -> Iterator[None]:
    """The app's identity, compiled catalogues (the .qm files are build outputs), English as in the app."""
    configure_application()
    qms = [translations_dir() / f"qbdesk_{lang}.qm" for lang in ("en", "fr", "es")]
    sources = list((ROOT / "translations").glob("qbdesk_*.ts"))
    newest_source = max(p.stat().st_mtime for p in sources)
    if not all(q.exists() and q.stat().st_mtime >= newest_source for q in qms):
        subprocess.run([sys.executable, str(ROOT / "scripts" / "i18n.py"), "build"], check=True,
                       capture_output=True)
    _SESSION_TRANSLATORS.install(qapp, "en")
    yield
    _SESSION_TRANSLATORS.remove(qapp)


@pytest.fixture
def basedir(tmp_path: Path) -> Iterator[Paths]:
    """Every folder the app writes to, under this test's temporary directory; logs set up there."""
    paths = resolve(tmp_path / "base").ensure()
    logs.setup(paths.log_file, qt_messages=False)  # pytest-qt owns Qt's message handler
    yield paths
    logs.teardown()


@pytest.fixture
def ui_state(basedir: Paths) -> UiState:
    """A QSettings INI file of this test's own."""
    return UiState(basedir.settings_file)


@pytest.fixture(autouse=True)
def _no_leftover_threads(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[list[ErrorInfo]]:
    """Fail a test that leaves a QThread running or a background operation unfinished.

    Background failures nobody handled fail the test too (in the app they reach the
    error dialog; in a test they are a bug).
    """
    started: weakref.WeakSet[QThread] = weakref.WeakSet()
    original_start = QThread.start

    def tracking_start(self: QThread, *args: Any) -> None:
        started.add(self)
        original_start(self, *args)

    monkeypatch.setattr(QThread, "start", tracking_start)
    unhandled: list[ErrorInfo] = []
    background.set_failure_sink(unhandled.append)
    yield unhandled
    deadline = time.monotonic() + 10
    while background.active_count() and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.005)
    background.set_failure_sink(None)
    leftovers = background.active_count()
    running = [t for t in started if t.isRunning()]
    for thread in running:
        thread.quit()
        thread.wait(2000)
    assert not running, f"test left {len(running)} QThread(s) running"
    assert leftovers == 0, f"test left {leftovers} background operation(s) unfinished"
    assert not unhandled, f"unhandled background failures: {[u.message for u in unhandled]}"


@pytest.fixture(scope="session")
def company_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One generated business per test session; each test gets its own copy."""
    path = tmp_path_factory.mktemp("template") / "template.qbdesk"
    company = open_company(path, create=True)
    with company.session() as session:
        set_company_name(session, "Green Leaf Landscaping")
        generate(session, COMPANY_SIZE, seed=11, anchor=ANCHOR)
    company.close()
    return path


@pytest.fixture
def company_file(company_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "books.qbdesk"
    shutil.copy(company_template, path)
    return path


class FakeChooser:
    """The file-dialog seam: returns prepared paths instead of showing native dialogs."""

    def __init__(self) -> None:
        self.open_path: str | None = None
        self.new_path: str | None = None
        self.csv_path: str | None = None

    def open_company(self, parent: QWidget, folder: str) -> str | None:
        return self.open_path

    def new_company(self, parent: QWidget, suggested: str) -> str | None:
        return self.new_path

    def csv_file(self, parent: QWidget, folder: str) -> str | None:
        return self.csv_path


@pytest.fixture
def chooser() -> FakeChooser:
    return FakeChooser()


@pytest.fixture
def translators(qapp: QApplication) -> Iterator[Translators]:
    """Switch languages inside a test (``translators.install(qapp, "fr")``); English again afterwards."""
    yield _SESSION_TRANSLATORS
    _SESSION_TRANSLATORS.install(qapp, "en")


@pytest.fixture
def make_window(qtbot: Any, basedir: Paths, ui_state: UiState,
                chooser: FakeChooser) -> Callable[..., MainWindow]:
    def make(language: str = "en") -> MainWindow:
        window = MainWindow(basedir, ui_state, language, chooser=chooser)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        return window

    return make


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()


@pytest.fixture
def opened(window: MainWindow, company_file: Path, qtbot: Any) -> MainWindow:
    """The window with the generated company open and its summary on the home page."""
    with qtbot.waitSignal(window.summary_shown, timeout=15000):
        window.open_company(str(company_file))
    return window


def wait_loaded(qtbot: Any, view: Any) -> None:
    qtbot.waitUntil(lambda: not view.model.busy, timeout=10000)


# --- QuickBooks: the sandbox over real HTTP, and company files connected to it ------------------------------

SYNC_QBO_SIZE = 300
SYNC_HERE_SIZE = 300


@pytest.fixture
def sandbox_server() -> Iterator[Any]:
    """A QuickBooks sandbox on 127.0.0.1 (throttling off: the tests measure behaviour, not the limits)."""
    from qbdesk.sandbox.server import SandboxServer

    with SandboxServer(throttle=False) as server:
        yield server


@pytest.fixture(scope="session")
def sync_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small business for sync tests, generated with another seed than the sandbox's company."""
    path = tmp_path_factory.mktemp("sync-template") / "books.qbdesk"
    company = open_company(path, create=True)
    with company.session() as session:
        set_company_name(session, "Harbor Lights Bakery")
        generate(session, SYNC_HERE_SIZE, seed=6, anchor=ANCHOR)
    company.close()
    return path


@pytest.fixture
def sync_file(sync_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "sync-books.qbdesk"
    shutil.copy(sync_template, path)
    return path


def connect_file(server: Any, path: Path, *, size: int = SYNC_QBO_SIZE, seed: int = 5) -> str:
    """Give ``path`` a saved sandbox connection (tokens and secret in the test keychain); the realm id."""
    from qbdesk.qbo.connection import ConnectionConfig
    from qbdesk.qbo.tokens import TokenSet, TokenStore
    from qbdesk.sync.connection_config import save_config

    realm = server.create_company(size=size, seed=seed, anchor=ANCHOR).realm_id
    app = server.create_app()
    store = TokenStore()
    store.save(TokenSet.from_response(realm, server.connect(app, realm, include_hard=True), time.time()))
    store.save_client_secret(app.client_id, app.client_secret)
    company = open_company(path)
    with company.session() as session:
        save_config(session, ConnectionConfig("qbdesk-sandbox", app.client_id, server.api_base, server.discovery_url,
                                              "http://127.0.0.1/callback", realm_id=realm,
                                              company_name="Sandbox Company"))
    company.close()
    return str(realm)


@pytest.fixture
def connected(window: MainWindow, sync_file: Path, sandbox_server: Any, keychain: Path, qtbot: Any) -> MainWindow:
    """The window with a company connected to the sandbox open; its status read, its connection live."""
    connect_file(sandbox_server, sync_file)
    with qtbot.waitSignal(window.summary_shown, timeout=15000):
        window.open_company(str(sync_file))
    controller = window.sync_controller
    qtbot.waitUntil(lambda: controller.connection is not None and controller.status is not None, timeout=15000)
    return window
