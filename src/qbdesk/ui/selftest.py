"""``qbdesk --self-test``: prove that this installation works, headless, in well under a minute.

A frozen bundle fails in ways the test suite cannot see: a data file the spec
forgot (translations, migrations, icons), a module imported only by name (our
lazy subcommands, keyring's entry-point backends, Faker's locales), a Qt plugin
left out. So the bundle checks itself end to end, on the machine it was built
or installed on, with the same code paths as a real user's first session:
a generated company is created (migrations run), the built-in QuickBooks
sandbox starts, the browser sign-in completes (auto-consent), a small first sync
runs, the main window opens that company offscreen, French and Spanish load, and
a token goes through the OS keychain.

One line is printed per step with its time; the first failure stops the run and
is named with its reason (exit status 1). Nothing is left in the user's profile
or keychain: everything lives in ``--basedir`` (default: a temporary folder),
the sync keeps its tokens in memory, and the keychain check uses its own
service name and deletes what it wrote.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

    from qbdesk.qbo.connection import Connection
    from qbdesk.qbo.tokens import TokenSet, TokenStore
    from qbdesk.sandbox.server import SandboxServer
    from qbdesk.store import Company

MEMORY_KEYRING_ENV = "QBDESK_SELFTEST_MEMORY_KEYRING"
KEYCHAIN_SERVICE = "qbdesk-selftest"  # never the app's own service: a real user's tokens stay untouched
COMPANY_SIZE = 80   # records generated on each side: enough to exercise every entity type, quick to sync
SEED = 8
WAIT_SECONDS = 60.0
KEYCHAIN_SECONDS = 30.0

# The keychain each OS provides, as keyring names its backend class. On Linux the
# Secret Service (GNOME Keyring, KWallet 5.97+, KeePassXC) is the one we ship.
OS_BACKEND = {
    "win32": "keyring.backends.Windows.WinVaultKeyring",
    "darwin": "keyring.backends.macOS.Keyring",
    "linux": "keyring.backends.SecretService.Keyring",
}
PLATFORM_BACKENDS = frozenset({
    *OS_BACKEND.values(),
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
})

_NOT_A_KEYCHAIN = frozenset({"keyring.backends.chainer.ChainerBackend", "keyring.backends.fail.Keyring"})

# A string of each catalogue that must come out translated (ours and Qt's), kept
# in variables so that lupdate does not collect them a second time from here.
_OURS = ("MainWindow", "No company open")
_QTS = ("QPlatformTheme", "Cancel")


class StepFailed(Exception):
    """A check did not hold; the message says what was expected and what was found."""


def resources_dir() -> Path:
    """``resources/`` in a source checkout, or inside a frozen bundle (PyInstaller's ``_MEIPASS``)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[3] / "resources"


def _class_path(obj: object) -> str:
    cls = obj if isinstance(obj, type) else type(obj)
    return f"{cls.__module__}.{cls.__qualname__}"


@dataclass
class _State:
    """What one step hands to the next."""

    base: Path
    company_path: Path | None = None
    company: Company | None = None
    server: SandboxServer | None = None
    realm_id: str | None = None
    connection: Connection | None = None
    tokens: TokenSet | None = None
    app: Any = None
    cleanups: list[Callable[[], object]] = field(default_factory=list)


class SelfTest:
    """Runs the steps in order; each returns a one-line detail or raises."""

    def __init__(self, base: Path, out: IO[str]) -> None:
        self.state = _State(base)
        self.out = out
        self.steps: list[tuple[str, Callable[[], str]]] = [
            ("bundle", self.step_bundle),
            ("company", self.step_company),
            ("sandbox", self.step_sandbox),
            ("connect", self.step_connect),
            ("sync", self.step_sync),
            ("window", self.step_window),
            ("languages", self.step_languages),
            ("keychain", self.step_keychain),
        ]

    def _say(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def run(self) -> int:
        from qbdesk import __version__

        frozen = "frozen" if getattr(sys, "frozen", False) else "not frozen"
        self._say(f"qbdesk {__version__} self-test ({sys.platform}, {frozen}, Python {sys.version.split()[0]})")
        started = time.perf_counter()
        try:
            for name, step in self.steps:
                begun = time.perf_counter()
                try:
                    detail = step()
                except Exception as exc:  # every failure is reported the same way, then we stop
                    elapsed = time.perf_counter() - begun
                    self._say(f"FAIL {name:<10} {elapsed:6.2f} s  {type(exc).__name__}: {exc}")
                    if not isinstance(exc, StepFailed):
                        traceback.print_exc(file=sys.stderr if sys.stderr is not None else self.out)
                    self._say(f"self-test FAILED at step '{name}' after {time.perf_counter() - started:.2f} s")
                    return 1
                self._say(f"ok   {name:<10} {time.perf_counter() - begun:6.2f} s  {detail}")
        finally:
            self._cleanup()
        self._say(f"self-test passed: {len(self.steps)} steps in {time.perf_counter() - started:.2f} s")
        return 0

    def _cleanup(self) -> None:
        for cleanup in reversed(self.state.cleanups):
            with contextlib.suppress(Exception):
                cleanup()
        self.state.cleanups.clear()

    # --- the steps ------------------------------------------------------------------------------------

    def step_bundle(self) -> str:
        """The data files the spec collects are where the code looks for them."""
        from qbdesk import __version__
        from qbdesk.store.database import MIGRATIONS_DIR
        from qbdesk.ui.base.guide import guide_dir
        from qbdesk.ui.base.i18n import translations_dir
        from qbdesk.ui.base.icons import icons_dir

        wanted = [
            translations_dir() / "qbdesk_fr.qm", translations_dir() / "qbdesk_es.qm",
            MIGRATIONS_DIR / "env.py", MIGRATIONS_DIR / "script.py.mako",
            icons_dir() / "qbdesk.svg", resources_dir() / "oauth-relay.html",
            resources_dir() / "csv-templates" / "customers.csv",
            *(guide_dir() / f"{language}.md" for language in ("en", "fr", "es")),  # Help › User guide, offline
        ]
        missing = [str(p) for p in wanted if not p.is_file()]
        versions = sorted((MIGRATIONS_DIR / "versions").glob("*.py"))
        if not versions:
            missing.append(str(MIGRATIONS_DIR / "versions" / "*.py"))
        if missing:
            raise StepFailed("missing from the installation: " + ", ".join(missing))
        if getattr(sys, "frozen", False) and __version__.startswith("0.0.0"):
            raise StepFailed(f"version {__version__}: the bundle lacks qbdesk's package metadata")
        return f"translations, {len(versions)} migration(s), icons, templates, relay page present"

    def step_company(self) -> str:
        from sqlalchemy import func, select

        from qbdesk.store import Customer, Invoice, open_company
        from qbdesk.store.demo import generate

        path = self.state.base / "selftest" / "selftest-company.qbdesk"
        path.parent.mkdir(parents=True, exist_ok=True)
        for leftover in path.parent.glob(path.name + "*"):  # a previous run with the same --basedir
            leftover.unlink()
        company = open_company(path, create=True)  # runs the Alembic migrations from the bundle
        self.state.company, self.state.company_path = company, path
        self.state.cleanups.append(company.close)
        with company.session() as session:
            generate(session, COMPANY_SIZE, seed=SEED)
        with company.session() as session:
            customers = session.scalar(select(func.count()).select_from(Customer)) or 0
            invoices = session.scalar(select(func.count()).select_from(Invoice)) or 0
        if not customers:
            raise StepFailed("the generated company has no customers")
        # Faker loads a module per provider and locale by name: make every demo-data language load.
        from faker import Faker

        from qbdesk.store.demo import LOCALES

        samples = [Faker(locale).company() for locale in LOCALES.values()]
        return (f"{path.name}: migrated, {customers} customers, {invoices} invoices generated; "
                f"demo data in {len(samples)} languages")

    def step_sandbox(self) -> str:
        from qbdesk.sandbox.server import SandboxServer

        server = SandboxServer(throttle=False).start()
        self.state.server = server
        self.state.cleanups.append(server.stop)
        realm = server.create_company(size=COMPANY_SIZE, seed=SEED + 1)
        self.state.realm_id = realm.realm_id
        return f"practice QuickBooks company {realm.realm_id} at {server.base_url}"

    def step_connect(self) -> str:
        import requests

        from qbdesk.qbo.connection import Connection, ConnectionConfig
        from qbdesk.qbo.oauth import make_auth_client, sign_in

        server, realm = self.state.server, self.state.realm_id
        assert server is not None and realm is not None
        app = server.create_app()
        redirect = "http://127.0.0.1/callback"
        auth = make_auth_client(app.client_id, app.client_secret, redirect, server.discovery_url)
        self.state.cleanups.append(auth.close)

        def browser(url: str) -> None:  # the sandbox's consent page, answered "allow" at once
            requests.get(url + "&auto_consent=true", timeout=10).raise_for_status()

        tokens = sign_in(auth, browser, timeout=WAIT_SECONDS, now=time.time)
        if tokens.realm_id != realm:
            raise StepFailed(f"signed in to company {tokens.realm_id}, expected {realm}")
        self.state.tokens = tokens
        store = _memory_token_store()
        store.save(tokens)
        config = ConnectionConfig("qbdesk-sandbox", app.client_id, server.api_base, server.discovery_url,
                                  redirect, realm_id=realm)
        connection = Connection(config, secret=app.client_secret, store=store,
                                lock_dir=self.state.base / "selftest" / "locks")
        self.state.connection = connection
        self.state.cleanups.append(connection.close)
        info = connection.client.company_info()
        return f"signed in through the browser flow (auto-consent); company '{info.get('CompanyName', '?')}'"

    def step_sync(self) -> str:
        """The first sync as the window runs it: in the engine's own process (in a bundle, this executable
        started again through multiprocessing's spawn), asking this process for its access tokens."""
        import threading

        from qbdesk.sync.remote.driver import EngineProcess, client_spec
        from qbdesk.sync.remote.protocol import RUN, Request
        from qbdesk.sync.settings import SyncSettings

        company, connection, server = self.state.company, self.state.connection, self.state.server
        assert company is not None and connection is not None and server is not None
        bank = next((a["Id"] for a in server.sandbox.entities(self.state.realm_id or "", "Account")
                     if a.get("AccountType") == "Bank"), None)
        engine = EngineProcess(company.url, password=company.password)
        phases: list[str] = []
        try:
            summary = engine.call(Request(RUN, client_spec(connection.client), SyncSettings(refund_account=bank)),
                                  connection.client, threading.Event(),
                                  lambda name, payload: phases.append(str(payload)) if name == "phase" else None)
        finally:
            engine.close()
        if not phases:
            raise StepFailed("the engine's process reported no phase of the sync")
        if summary.status != "completed":
            raise StepFailed(f"the first sync ended '{summary.status}' ({summary.problems} problem(s))")
        # The window opens the file next, on its own connection: leave it closed and quiet.
        connection.close()
        company.close()
        self.state.company = None
        return (f"first sync completed in the engine's process: {summary.created_in_qbo} sent, "
                f"{summary.created_here} received, {summary.linked} matched, {summary.problems} problem(s), "
                f"{summary.api_calls} API calls")

    def step_window(self) -> str:
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication

        from qbdesk.ui.base import background, logs
        from qbdesk.ui.base.i18n import Translators
        from qbdesk.ui.base.paths import configure_application, resolve
        from qbdesk.ui.base.state import UiState
        from qbdesk.ui.main_window import MainWindow

        configure_application()
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        self.state.app = app
        paths = resolve(self.state.base).ensure()
        logs.setup(paths.log_file)
        self.state.cleanups.append(logs.teardown)
        translators = Translators()
        translators.install(app, "en", set_locale=False)
        self.state.cleanups.append(lambda: translators.remove(app))
        window = MainWindow(paths, UiState(paths.settings_file), "en")
        self.state.cleanups.append(lambda: background.wait_for_all(5000))
        self.state.cleanups.append(window.close)
        window.show()
        app.processEvents()
        if not window.isVisible():
            raise StepFailed("the main window did not show")
        if window.windowIcon().pixmap(32, 32).isNull():
            raise StepFailed("the app icon did not render (SVG icon engine or resources/icons missing)")

        outcome: list[str] = []
        loop = QEventLoop()

        def opened(_where: str) -> None:
            outcome.append("opened")
            loop.quit()

        def failed(message: str) -> None:
            outcome.append(f"failed: {message}")
            loop.quit()

        window.company_opened.connect(opened)
        window.company_failed.connect(failed)
        QTimer.singleShot(int(WAIT_SECONDS * 1000), loop.quit)
        assert self.state.company_path is not None
        window.open_company(str(self.state.company_path))
        loop.exec()
        if outcome != ["opened"]:
            raise StepFailed(f"opening the company in the window: {outcome[0] if outcome else 'timed out'}")
        platform = app.platformName()
        title = window.windowTitle()
        window.close()
        background.wait_for_all(10_000)
        return f"main window shown ({platform}), company opened: '{title}'"

    def step_languages(self) -> str:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication

        from qbdesk.ui.base.i18n import Translators

        app = self.state.app or QApplication.instance() or QApplication(sys.argv[:1])
        self.state.app = app
        translate = QCoreApplication.translate
        english = translate(*_OURS), translate(*_QTS)
        translators = Translators()
        shown: list[str] = []
        try:
            for language in ("fr", "es"):
                loaded = translators.install(app, language, set_locale=False)
                missing = {f"qtbase_{language}", f"qbdesk_{language}"} - set(loaded)
                if missing:
                    raise StepFailed(f"{language}: could not load {', '.join(sorted(missing))}.qm")
                ours, qts = translate(*_OURS), translate(*_QTS)
                if ours == english[0] or qts == english[1]:
                    raise StepFailed(f"{language}: '{english[0]}' -> '{ours}', '{english[1]}' -> '{qts}' "
                                     "(catalogue loaded but not translating)")
                shown.append(f"{language}: '{ours}' / '{qts}'")
        finally:
            translators.remove(app)
        return "; ".join(shown)

    def step_keychain(self) -> str:
        """A token written to and read back from the OS keychain, through the app's own TokenStore."""
        import keyring
        import keyring.backend

        from qbdesk.qbo.tokens import TokenStore

        # Loads every backend through keyring's entry points; keeps those that can work here.
        viable = [k for k in keyring.backend.get_all_keyring() if _class_path(k) not in _NOT_A_KEYCHAIN]
        loaded = {_class_path(c) for c in getattr(keyring.backend.KeyringBackend, "_classes", ())}
        expected = OS_BACKEND.get("linux" if sys.platform.startswith("linux") else sys.platform)
        if expected is not None and expected not in loaded:
            raise StepFailed(f"keyring backend {expected} is not in this build (entry points or module missing)")
        chosen = keyring.get_keyring()
        names = _backend_names(chosen)
        note = ""
        if not names & PLATFORM_BACKENDS:
            why = (f"no OS keychain is available (keyring chose {', '.join(sorted(names))}; usable here: "
                   f"{', '.join(sorted(_class_path(k) for k in viable)) or 'none'})")
            if os.environ.get(MEMORY_KEYRING_ENV) != "1":
                hint = (" — start a Secret Service (GNOME Keyring, KWallet, KeePassXC) in this session"
                        if sys.platform.startswith("linux") else "")
                raise StepFailed(f"{why}{hint}; or set {MEMORY_KEYRING_ENV}=1 to run this check with an "
                                 "in-memory keyring instead")
            keyring.set_keyring(_memory_keyring())
            self.state.cleanups.append(lambda: keyring.set_keyring(chosen))
            note = f"; {why}: checked with the in-memory keyring instead ({MEMORY_KEYRING_ENV}=1)"
        tokens = self.state.tokens
        assert tokens is not None
        store = TokenStore(KEYCHAIN_SERVICE)

        def round_trip() -> None:
            store.save(tokens)
            try:
                if store.load(tokens.realm_id) != tokens:
                    raise StepFailed("the token read back from the keychain differs from the one written")
            finally:
                store.delete(tokens.realm_id)
            if store.load(tokens.realm_id) is not None:
                raise StepFailed("the token could not be deleted from the keychain")

        _within(KEYCHAIN_SECONDS, "the keychain", round_trip)
        used = "the in-memory keyring" if note else ", ".join(sorted(_backend_names(keyring.get_keyring())))
        return f"token written, read back and deleted with {used}{note}"


def _within(seconds: float, what: str, fn: Callable[[], None]) -> None:
    """Run ``fn`` on a helper thread; a service that never answers fails the step instead of hanging it.

    A Secret Service that cannot start makes D-Bus wait two minutes per call; a
    self-test must say so promptly (the helper thread is a daemon: it dies with us).
    """
    failure: list[BaseException] = []

    def target() -> None:
        try:
            fn()
        except BaseException as exc:  # handed to the caller's thread below
            failure.append(exc)

    thread = threading.Thread(target=target, name="selftest-keychain", daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise StepFailed(f"{what} did not answer within {seconds:.0f} s")
    if failure:
        raise failure[0]


def _backend_names(backend: object) -> set[str]:
    """The class paths of a backend, looking inside keyring's chainer (it wraps the real ones)."""
    inner = getattr(backend, "backends", None)
    if isinstance(inner, list | tuple) and inner:
        return {_class_path(b) for b in inner}
    return {_class_path(backend)}


def _memory_token_store() -> TokenStore:
    """Tokens for the practice sync, in memory: the keychain is checked on its own, at the end."""
    from qbdesk.qbo.tokens import TokenStore

    class MemoryTokenStore(TokenStore):
        def __init__(self) -> None:
            super().__init__(KEYCHAIN_SERVICE)
            self._tokens: dict[str, TokenSet] = {}

        def load(self, realm_id: str) -> TokenSet | None:
            return self._tokens.get(realm_id)

        def save(self, tokens: TokenSet) -> None:
            self._tokens[tokens.realm_id] = tokens

        def delete(self, realm_id: str) -> None:
            self._tokens.pop(realm_id, None)

    return MemoryTokenStore()


def _memory_keyring() -> KeyringBackend:
    """Only for a keychain-less machine, and only when asked for (QBDESK_SELFTEST_MEMORY_KEYRING=1)."""
    import keyring.backend
    import keyring.errors

    class MemoryKeyring(keyring.backend.KeyringBackend):
        priority = 0.1  # never chosen by keyring itself: set explicitly

        def __init__(self) -> None:
            super().__init__()  # type: ignore[no-untyped-call]
            self._items: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self._items.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self._items[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            if self._items.pop((service, username), None) is None:
                raise keyring.errors.PasswordDeleteError(username)

    return MemoryKeyring()


@contextlib.contextmanager
def _base_folder(basedir: str | None) -> Iterator[Path]:
    if basedir:
        base = Path(basedir).expanduser().resolve()
        base.mkdir(parents=True, exist_ok=True)
        yield base
        return
    with tempfile.TemporaryDirectory(prefix="qbdesk-selftest-") as tmp:
        yield Path(tmp)


def run(args: argparse.Namespace) -> int:
    """The ``--self-test`` entry point: 0 when every step passed, 1 at the first failure."""
    # Headless by design: a CI runner, an SSH session or a user's desktop all run it the same way.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with _base_folder(getattr(args, "basedir", None)) as base:
        if sys.stdout is not None:
            return SelfTest(base, sys.stdout).run()
        # The windowed Windows executable has no console (qbdesk-cli.exe has one): write the report to a
        # file that outlives the temporary folder.
        folder = Path(args.basedir).expanduser() if getattr(args, "basedir", None) else Path(tempfile.gettempdir())
        with (folder / "qbdesk-selftest.txt").open("w", encoding="utf-8") as out:
            return SelfTest(base, out).run()
