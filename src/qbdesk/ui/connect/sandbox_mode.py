"""``qbdesk --sandbox``: the app on a practice company, connected to a practice QuickBooks, ready for the wizard.

Everything runs in this process: a :class:`~qbdesk.sandbox.server.SandboxServer`
on 127.0.0.1 with QuickBooks' throttling on (real time, speed-up 1) holding a
practice QuickBooks company of about 1,500 records, and a company file of about
1,000 records generated with a *different* seed, so the first sync has records to
match, to create on each side and to explain. Both live in the app-data folder
(``data/sandbox/``): the sandbox's state file (companies, app, tokens) is saved as
it changes, so the practice company survives restarts.

Signing in goes through the real OAuth flow with the sandbox's ``auto_consent``
(no consent page), and the tokens go to the OS keychain like any connection. When
keyring has no backend at all (a headless Linux without Secret Service), sandbox
mode — and only sandbox mode — falls back to an in-memory keychain for the
session, and says so in the log: nothing real is at stake there, whereas a real
QuickBooks connection refuses to run without a keychain.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import requests
from PySide6.QtCore import QCoreApplication, QObject

from qbdesk.ui.base.background import BackgroundOp, Failure, TaskContext
from qbdesk.ui.base.logs import logger
from qbdesk.ui.connect.dialog import SandboxDefaults
from qbdesk.ui.connect.flow import SANDBOX_REDIRECT, keychain_available

if TYPE_CHECKING:
    from qbdesk.sandbox.oauth import App
    from qbdesk.sandbox.persistence import AutoSaver
    from qbdesk.sandbox.server import SandboxServer
    from qbdesk.ui.base.paths import Paths
    from qbdesk.ui.main_window import MainWindow

log = logger("sandbox")

QBO_SIZE = 1500
QBO_SEED = 4242
LOCAL_SIZE = 1000
LOCAL_SEED = 77
STATE_FILE = "practice-quickbooks.json"
COMPANY_FILE = "practice-books.qbdesk"


def sandbox_folder(paths: Paths) -> Path:
    return paths.data / "sandbox"


@dataclass
class SandboxSession:
    """The running practice QuickBooks and the company file connected to it."""

    server: SandboxServer
    saver: AutoSaver
    realm_id: str
    app: App
    company_path: Path
    memory_keychain: bool

    def defaults(self) -> SandboxDefaults:
        return SandboxDefaults(self.server.base_url, self.app.client_id, self.app.client_secret)

    def stop(self) -> None:
        """Stop serving, then save the state one last time."""
        self.server.stop()
        self.saver.stop()
        log.info("practice QuickBooks stopped")


def memory_keyring() -> Any:
    """A keyring backend that keeps secrets in memory, for this process only (defined on demand, so that
    keyring never picks it by itself)."""
    from keyring.backend import KeyringBackend
    from keyring.errors import PasswordDeleteError

    class MemoryKeyring(KeyringBackend):
        """Secrets for this session only."""

        priority = 0.01

        def __init__(self) -> None:
            super().__init__()  # type: ignore[no-untyped-call]
            self._items: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self._items.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self._items[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            if self._items.pop((service, username), None) is None:
                raise PasswordDeleteError(username)

    return MemoryKeyring()


def use_memory_keychain_if_none() -> bool:
    """Sandbox mode only: an in-memory keyring when keyring found no backend. True if it did so."""
    if keychain_available():
        return False
    import keyring

    keyring.set_keyring(memory_keyring())
    log.warning("no OS keychain is available (keyring has no backend): the practice company's sign-in is kept "
                "in memory for this session only; real QuickBooks connections still require a keychain")
    return True


def _make_local_company(path: Path, name: str, locale: str) -> None:
    from qbdesk.store import open_company
    from qbdesk.store.demo import generate
    from qbdesk.store.summary import set_company_name

    partial = path.with_name(path.name + ".part")
    partial.unlink(missing_ok=True)
    company = open_company(partial, create=True)
    try:
        with company.session() as session:
            set_company_name(session, name)
            generate(session, LOCAL_SIZE, seed=LOCAL_SEED, locale=locale)
    finally:
        company.close()
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.replace(path)


def _auto_consent(url: str) -> None:
    """The browser step, as the sandbox allows: straight back to the loopback listener."""
    requests.get(url + "&auto_consent=true", timeout=30, allow_redirects=True)


def _connect(session: SandboxSession, paths: Paths) -> None:
    """Sign in (auto-consent) unless the keychain already holds this company's tokens; save the config."""
    from qbdesk.qbo.connection import Connection, ConnectionConfig
    from qbdesk.qbo.oauth import make_auth_client, sign_in
    from qbdesk.qbo.tokens import TokenStore
    from qbdesk.store import open_company
    from qbdesk.store.office import Desktop
    from qbdesk.sync.connection_config import load_config, save_config
    from qbdesk.sync.office import take_over

    server, app = session.server, session.app
    store = TokenStore()
    store.save_client_secret(app.client_id, app.client_secret)
    company = open_company(session.company_path)
    try:
        with company.session() as s:
            previous = load_config(s)
        config = ConnectionConfig("qbdesk-sandbox", app.client_id, server.api_base, server.discovery_url,
                                  SANDBOX_REDIRECT, realm_id=session.realm_id,
                                  company_name=previous.company_name if previous else None)
        if store.load(session.realm_id) is None or previous is None or previous.realm_id != session.realm_id:
            auth = make_auth_client(app.client_id, app.client_secret, SANDBOX_REDIRECT, server.discovery_url)
            try:
                tokens = sign_in(auth, _auto_consent, timeout=60, now=time.time)
            finally:
                auth.close()
            store.save(dataclasses.replace(tokens, endpoints=config.endpoints.normalized()))
            log.info("signed in to the practice QuickBooks company %s", tokens.realm_id)
        else:
            # The practice QuickBooks listens on a new port at every start: its sign-in moves with it. Only here,
            # where this process started that server itself; everywhere else a changed address is refused.
            store.update(session.realm_id, lambda saved: dataclasses.replace(
                saved, endpoints=config.endpoints.normalized(), refused=False))
        with company.session() as s:
            save_config(s, config)  # the port changes at every start: the addresses are rewritten
        # The sign-in is in this desktop's keychain: this desktop syncs the practice company.
        take_over(company, Desktop.of_this_machine(paths.data))
        if config.company_name is None:
            connection = Connection(config, secret=app.client_secret, store=store, lock_dir=paths.locks)
            try:
                name = connection.client.company_info().get("CompanyName")
            finally:
                connection.close()
            with company.session() as s:
                save_config(s, dataclasses.replace(config, company_name=name))
    finally:
        company.close()


def start_sandbox(paths: Paths, locale: str, local_name: str, ctx: TaskContext) -> SandboxSession:
    """Start (or restore) the practice QuickBooks, make the practice company file, sign in. Off the GUI thread."""
    from qbdesk.sandbox.core import Sandbox
    from qbdesk.sandbox.persistence import AutoSaver, StateError, load, save
    from qbdesk.sandbox.server import SandboxServer

    memory = use_memory_keychain_if_none()
    folder = sandbox_folder(paths)
    folder.mkdir(parents=True, exist_ok=True)
    state = folder / STATE_FILE
    options = {"throttle": True, "speedup": 1.0}
    sandbox: Sandbox | None = None
    if state.exists():
        try:
            sandbox = load(state, **options)
        except (StateError, ValueError, KeyError) as exc:
            log.warning("practice QuickBooks state unreadable (%s): starting a new one", exc)
            state.replace(state.with_name(state.name + ".broken"))
    if sandbox is None:
        sandbox = Sandbox(throttle=True, speedup=1.0)
    if not sandbox.companies:
        ctx.progress(1, 4, "qbo")
        sandbox.create_company(size=QBO_SIZE, seed=QBO_SEED, locale=locale)
    apps = list(sandbox.oauth.state.apps.values())
    app = apps[0] if apps else sandbox.create_app()
    realm_id = next(iter(sandbox.companies))
    save(sandbox, state)
    saver = AutoSaver(sandbox, state).start()
    server = SandboxServer(sandbox)
    try:
        server.start()
        company_path = folder / COMPANY_FILE
        if not company_path.exists():
            ctx.progress(2, 4, "local")
            _make_local_company(company_path, local_name, locale)
        session = SandboxSession(server, saver, realm_id, app, company_path, memory)
        ctx.progress(3, 4, "connect")
        _connect(session, paths)
    except BaseException:
        server.stop()
        saver.stop()
        raise
    log.info("practice QuickBooks serving %s (company %s)", server.api_base, realm_id)
    return session


class SandboxStarter(QObject):
    """Starts sandbox mode for a window in the background, then opens the practice company in it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session: SandboxSession | None = None

    def start(self) -> BackgroundOp[SandboxSession]:
        window = self.window
        paths = window.paths
        locale = window.language if window.language in ("en", "fr", "es") else "en"
        name = QCoreApplication.translate("Sandbox", "Practice books (qbdesk sandbox)")
        op = BackgroundOp(self, lambda ctx: start_sandbox(paths, locale, name, ctx),
                          label=QCoreApplication.translate("Sandbox", "Practice QuickBooks"), writes=True)
        op.with_progress(window, QCoreApplication.translate(
            "Sandbox", "Starting the practice QuickBooks company and connecting to it… The first time, both "
                       "practice companies are generated: this takes a few seconds."), cancellable=False, delay_ms=200)
        op.success(self._started)
        op.failure(self._failed)
        window.statusBar().showMessage(QCoreApplication.translate("Sandbox", "Starting the practice QuickBooks…"))
        return op.run()

    def _started(self, session: SandboxSession) -> None:
        self.session = session
        self.window.attach_sandbox(session)
        self.window.open_company(str(session.company_path), practice=True)

    def _failed(self, failure: Failure) -> None:
        log.error("sandbox mode failed: %s\n%s", failure.info.message, failure.info.details)
        message = QCoreApplication.translate("Sandbox", "The practice QuickBooks could not start: {message}").format(
            message=failure.info.message)
        self.window.home.show_welcome(message)
        self.window.statusBar().showMessage(message, 15000)

    def stop(self) -> None:
        if self.session is not None:
            self.session.stop()
            self.session = None
