"""Open shared company…: a company in PostgreSQL on the office server, its password in the keychain only.

Against the real server named by ``QBDESK_TEST_DATABASE_URL`` (the PostgreSQL cases
are skipped, with the reason, without it) and a real keyring backend in the test's
folder (the ``keychain`` fixture), with ``open_company`` itself as what opens.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import keyring.errors
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL, make_url

from qbdesk.store import Company, CompanyNotFoundError, open_company
from qbdesk.store.credentials import SERVICE, password_entry, save_password, without_password
from qbdesk.store.database import current_revision, head_revision
from qbdesk.ui.base import background
from qbdesk.ui.office.shared_address import classify, parse_address
from qbdesk.ui.office.shared_company_dialog import SharedCompanyDialog
from tests.office.databases import PostgresServer
from tests.ui.test_pseudo_locale import PseudoTranslator, clipped

TIMEOUT = 60_000


class Opener:
    """The window's part, for real: ``open_company(target, create=create)``; what it opened is closed after."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, bool]] = []
        self.companies: list[Company] = []

    def __call__(self, target: str, create: bool) -> Company:
        self.calls.append((target, create))
        company = open_company(target, create=create)
        self.companies.append(company)
        return company

    def close(self) -> None:
        for company in self.companies:
            company.close()


@pytest.fixture
def opener() -> Iterator[Opener]:
    o = Opener()
    yield o
    o.close()


@pytest.fixture
def databases(postgres_server: PostgresServer) -> Iterator[Callable[..., URL]]:
    """Fresh databases on the test server (the maintenance password in the URL), dropped after the test."""
    made: list[URL] = []

    def make(*, company: bool) -> URL:
        made.append(postgres_server.create("shared"))
        if company:
            open_company(made[-1], create=True).close()
        return made[-1]

    yield make
    for url in made:
        postgres_server.drop(url)


def _server_password(url: URL) -> str:
    if not url.password:
        pytest.skip("the test server's URL has no password; .ci/run's server checks passwords")
    return str(url.password)


@pytest.fixture
def make_dialog(qtbot: Any) -> Callable[..., SharedCompanyDialog]:
    def make(open_fn: Callable[[str, bool], object], **kwargs: Any) -> SharedCompanyDialog:
        dialog = SharedCompanyDialog(open_fn, **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: dialog.keychain_usable is not None, timeout=TIMEOUT)
        return dialog

    return make


def _fill(dialog: SharedCompanyDialog, url: URL, password: str | None) -> None:
    dialog.host.setText(url.host or "")
    dialog.port.setText(str(url.port or 5432))
    dialog.database.setText(url.database or "")
    dialog.user.setText(url.username or "")
    dialog.password.setText(password or "")


def _open(qtbot: Any, dialog: SharedCompanyDialog) -> None:
    """Click Open and wait for the attempt to end (the dialog's own state, on the GUI thread)."""
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.connecting
    assert dialog.busy.isVisible() and not dialog.host.isEnabled() and not dialog.open_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.connecting, timeout=TIMEOUT)


def _stored(url: URL) -> str | None:
    return keyring.get_password(SERVICE, password_entry(url))


def _message(dialog: SharedCompanyDialog) -> str:
    return dialog.message.text.text() if dialog.message.isVisible() else ""


# --- against the server ----------------------------------------------------------------------------------


@pytest.mark.postgres
def test_opens_a_shared_company_keeping_the_password_in_the_keychain_only(
        make_dialog: Callable[..., SharedCompanyDialog], databases: Callable[..., URL], opener: Opener,
        keychain: Any, qtbot: Any) -> None:
    url = databases(company=True)
    password = _server_password(url)
    dialog = make_dialog(opener)
    assert dialog.password_hint.isVisible() and not dialog.keychain_note.isVisible()
    _fill(dialog, url, password)
    with qtbot.waitSignal(dialog.opened, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        assert dialog.busy_label.text() == f"Connecting to {url.host}…"
    target, company = blocker.args
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert isinstance(company, Company) and company is opener.companies[0]
    assert make_url(target) == without_password(url).set(drivername="postgresql+psycopg")
    assert password not in target and make_url(target).password is None
    assert opener.calls == [(target, False)]  # open_fn never saw the password either
    assert dialog.target == target and dialog.password_kept is True
    assert _stored(make_url(target)) == password
    assert company.url.password is None
    with company.session() as session:
        assert session.execute(text("SELECT 1")).scalar() == 1


@pytest.mark.postgres
def test_a_wrong_password_is_explained_and_not_kept(
        make_dialog: Callable[..., SharedCompanyDialog], databases: Callable[..., URL], opener: Opener,
        keychain: Any, qtbot: Any) -> None:
    url = databases(company=True)
    password = _server_password(url)
    entry_url = without_password(url)
    dialog = make_dialog(opener)

    # A password saved earlier that no longer works, the field left empty: it is used, refused, forgotten.
    save_password(entry_url, "an-old-password")
    _fill(dialog, url, None)
    _open(qtbot, dialog)
    assert "did not accept the password for postgres" in _message(dialog)
    assert dialog.isVisible() and dialog.result() == 0
    assert _stored(entry_url) is None

    # A wrong password typed: kept only while it is tried.
    dialog.password.setText("not-the-password")
    _open(qtbot, dialog)
    assert "password" in _message(dialog) and "not-the-password" not in _message(dialog)
    assert _stored(entry_url) is None
    assert dialog.password.text() == "" and dialog.password.isEnabled() and dialog.open_button.isEnabled()

    # Nothing typed and nothing saved: the password is asked for.
    _open(qtbot, dialog)
    assert _message(dialog) == "Enter the password for postgres."

    dialog.password.setText(password)
    with qtbot.waitSignal(dialog.opened, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert _stored(entry_url) == password


@pytest.mark.postgres
def test_an_empty_database_can_be_set_up_as_a_new_company(
        make_dialog: Callable[..., SharedCompanyDialog], databases: Callable[..., URL], opener: Opener,
        keychain: Any, qtbot: Any) -> None:
    url = databases(company=False)
    password = _server_password(url)
    dialog = make_dialog(opener)
    _fill(dialog, url, password)
    assert not dialog.create_box.isVisible()
    _open(qtbot, dialog)
    assert "holds no qbdesk company yet" in _message(dialog)
    assert dialog.create_box.isVisible() and not dialog.create_box.isChecked()

    # Naming another database takes the offer back: it was about this one.
    qtbot.keyClicks(dialog.database, "x")
    assert not dialog.create_box.isVisible()
    qtbot.keyClick(dialog.database, Qt.Key.Key_Backspace)
    _open(qtbot, dialog)
    assert dialog.create_box.isVisible()
    engine = create_engine(url)
    with engine.connect() as conn:
        assert not inspect(conn).has_table("alembic_version")  # refused without creating anything
    engine.dispose()

    dialog.create_box.setChecked(True)
    assert dialog.open_button.text() == "&Set up"
    with qtbot.waitSignal(dialog.opened, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    target, company = blocker.args
    assert opener.calls[-1] == (target, True)
    assert current_revision(company.engine) == head_revision()


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["none", "refusing"])
def test_without_a_keychain_the_password_goes_to_open_fn_only(
        backend: str, make_dialog: Callable[..., SharedCompanyDialog], databases: Callable[..., URL],
        opener: Opener, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> None:
    """No keychain, or one that refuses to keep the password: the company still opens; ``opened`` carries
    the URL without the password, and only the call to ``open_fn`` had it."""
    url = databases(company=True)
    password = _server_password(url)
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring() if backend == "none"
                        else _refusing_keyring(tmp_path, monkeypatch))
    try:
        dialog = make_dialog(opener)
        assert dialog.keychain_note.isVisible() == (backend == "none")
        _fill(dialog, url, password)
        with qtbot.waitSignal(dialog.opened, timeout=TIMEOUT) as blocker:
            qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    finally:
        keyring.set_keyring(previous)
    target, company = blocker.args
    assert password not in target and make_url(target).password is None
    [(given, create)] = opener.calls
    assert make_url(given).password == password and not create
    assert dialog.password_kept is False
    assert company.url.password is None and password not in company.display_url


def _refusing_keyring(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A keychain that is there but will not store anything (a locked one whose unlock was declined)."""
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(folder / "refusing.cfg")

    def refuse(service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("the user declined to unlock the keyring")

    monkeypatch.setattr(backend, "set_password", refuse)
    return backend


@pytest.fixture
def clerk(postgres_server: PostgresServer) -> Iterator[tuple[str, str, str]]:
    """A login role with a password, and a database it may not connect to: (role, password, database)."""
    name = f"clerk_{uuid.uuid4().hex[:8]}"
    password = f"pw-{uuid.uuid4().hex}"
    database = f"{name}_closed"
    with postgres_server.admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'"))
        conn.execute(text(f'CREATE DATABASE "{database}"'))
        conn.execute(text(f'REVOKE CONNECT ON DATABASE "{database}" FROM PUBLIC'))
    try:
        yield name, password, database
    finally:
        postgres_server.drop(postgres_server.url.set(database=database))
        with postgres_server.admin.connect() as conn:
            conn.execute(text(f"DROP ROLE IF EXISTS {name}"))


@pytest.mark.postgres
def test_a_missing_database_and_a_refused_permission_are_explained(
        make_dialog: Callable[..., SharedCompanyDialog], postgres_server: PostgresServer,
        clerk: tuple[str, str, str], opener: Opener, keychain: Any, qtbot: Any) -> None:
    url = postgres_server.url
    password = _server_password(url)
    dialog = make_dialog(opener)
    missing = f"qbdesk_test_missing_{uuid.uuid4().hex[:8]}"
    _fill(dialog, url.set(database=missing), password)
    _open(qtbot, dialog)
    assert _message(dialog) == (f"There is no database {missing} on {url.host}. Check its name, or ask your "
                                "administrator to create it.")
    assert not dialog.create_box.isVisible()

    role, role_password, closed = clerk
    _fill(dialog, url.set(username=role, database=closed), role_password)
    _open(qtbot, dialog)
    assert _message(dialog) == f"{role} may not use the database {closed}. Ask your administrator for access."
    assert role_password not in _message(dialog)


# --- without the server --------------------------------------------------------------------------------------


def test_an_unreachable_server_is_explained(make_dialog: Callable[..., SharedCompanyDialog], opener: Opener,
                                            keychain: Any, qtbot: Any) -> None:
    pytest.importorskip("psycopg")
    dialog = make_dialog(opener)
    _fill(dialog, make_url("postgresql+psycopg://anna@127.0.0.1:1/acme"), "s3cret")
    _open(qtbot, dialog)
    assert _message(dialog).startswith("127.0.0.1 did not answer on port 1.")
    assert dialog.isVisible()

    dialog.host.setText("no-such-server.invalid")
    dialog.port.setText("5432")
    _open(qtbot, dialog)
    assert _message(dialog).startswith("No server named no-such-server.invalid was found.")


def test_a_pasted_address_fills_the_fields_and_gives_up_its_password(
        make_dialog: Callable[..., SharedCompanyDialog], opener: Opener, keychain: Any, qtbot: Any) -> None:
    dialog = make_dialog(opener)
    assert not dialog.address.isVisible()
    qtbot.mouseClick(dialog.paste_toggle, Qt.MouseButton.LeftButton)
    assert dialog.address.isVisible()

    QApplication.clipboard().setText("postgresql://anna:s3cr%40t@office-server:5433/acme")
    dialog.address.setFocus()
    dialog.address.paste()
    assert (dialog.host.text(), dialog.port.text(), dialog.database.text(), dialog.user.text()) == \
        ("office-server", "5433", "acme", "anna")
    assert dialog.password.text() == "s3cr@t"
    shown = dialog.address.text()
    assert shown == "postgresql+psycopg://anna@office-server:5433/acme"
    assert "s3cr" not in shown and make_url(shown).password is None
    QApplication.clipboard().clear()

    # Other PostgreSQL drivers and spellings come out as psycopg; the options after "?" are kept.
    dialog.address.selectAll()
    dialog.address.insert("postgres://bob@db.example.com/books?sslmode=require")
    dialog.address.editingFinished.emit()
    assert dialog.address.text() == "postgresql+psycopg://bob@db.example.com/books?sslmode=require"
    assert (dialog.host.text(), dialog.port.text(), dialog.user.text()) == ("db.example.com", "5432", "bob")
    assert dialog.password.text() == "s3cr@t"  # an address without a password leaves the typed one
    url = dialog.address_url()
    assert url is not None and url.query == {"sslmode": "require"}

    # Editing the fields rewrites the address.
    dialog.user.selectAll()
    qtbot.keyClicks(dialog.user, "carol")
    assert dialog.address.text() == "postgresql+psycopg://carol@db.example.com/books?sslmode=require"

    # Something else is refused next to the address, and nothing is tried.
    dialog.address.selectAll()
    dialog.address.insert("mysql://carol@db.example.com/books")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.address_field.message.isVisible()
    assert dialog.address_field.message.text().startswith("This is not a PostgreSQL address.")
    assert not dialog.connecting and opener.calls == []


def test_fields_are_checked_before_connecting(make_dialog: Callable[..., SharedCompanyDialog], keychain: Any,
                                              qtbot: Any) -> None:
    calls: list[tuple[str, bool]] = []

    def refuse(target: str, create: bool) -> object:
        calls.append((target, create))
        raise RuntimeError("could not connect to postgresql://anna:hunter2@office-server/acme (password=hunter2)")

    dialog = make_dialog(refuse)
    dialog.port.setText("70000")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert not dialog.connecting and calls == []
    errors = {name: dialog.findChild(QLabel, f"{name}Error")
              for name in ("server", "port", "database", "user")}
    assert {name: (label.isVisible(), label.text()) for name, label in errors.items()} == {
        "server": (True, "Enter the server's name or address."),
        "port": (True, "Enter a port number from 1 to 65535."),
        "database": (True, "Enter the database name."),
        "user": (True, "Enter your user name."),
    }
    assert dialog.host.accessibleDescription() == "Enter the server's name or address."
    assert dialog.host.accessibleName() == "Server" and dialog.password.accessibleName() == "Password"

    dialog.host.setText("office-server")
    dialog.database.setText("acme")
    dialog.user.setText("anna")
    for bad in ("0", "abc", "-1"):
        dialog.port.setText(bad)
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        assert errors["port"].isVisible() and not errors["server"].isVisible() and calls == []

    dialog.port.setText("")  # empty means PostgreSQL's default
    dialog.password.setText("hunter2")
    _open(qtbot, dialog)
    assert not any(label.isVisible() for label in errors.values())
    assert calls == [("postgresql+psycopg://anna@office-server/acme", False)]
    # The generic fallback shows the driver's words, never the password.
    assert _message(dialog).startswith("The company could not be opened: could not connect to")
    assert "hunter2" not in _message(dialog)


def test_a_recent_company_comes_back_filled_in_with_its_error(make_dialog: Callable[..., SharedCompanyDialog],
                                                              opener: Opener, keychain: Any) -> None:
    dialog = make_dialog(opener, url="postgresql://anna:s3cret@office-server/acme",
                         error="Could not open postgresql://anna:s3cret@office-server/acme")
    assert (dialog.host.text(), dialog.port.text(), dialog.database.text(), dialog.user.text()) == \
        ("office-server", "5432", "acme", "anna")
    assert dialog.password.text() == "s3cret"
    assert dialog.address.text() == "postgresql+psycopg://anna@office-server/acme"
    assert _message(dialog) == "Could not open postgresql://anna:***@office-server/acme"

    # The window can explain a failure of its own in the same words.
    dialog.show_failure(CompanyNotFoundError("The database holds no qbdesk company yet"))
    assert "holds no qbdesk company yet" in _message(dialog) and dialog.create_box.isVisible()


def test_closing_while_connecting_abandons_the_attempt(make_dialog: Callable[..., SharedCompanyDialog],
                                                       keychain: Any, qtbot: Any) -> None:
    running, go = threading.Event(), threading.Event()

    class Opened:
        closed = False

        def close(self) -> None:
            self.closed = True

    result = Opened()

    def slow(target: str, create: bool) -> tuple[Opened, str]:
        running.set()
        go.wait(30)
        return result, "summary"

    dialog = make_dialog(slow)
    emitted: list[object] = []
    dialog.opened.connect(lambda *args: emitted.append(args))
    _fill(dialog, make_url("postgresql+psycopg://anna@office-server/acme"), None)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.connecting and dialog.cancel_button.isEnabled()
    assert running.wait(30)  # open_fn is under way (a pool thread; nothing there needs the GUI thread)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.connecting and dialog.host.isEnabled()  # shown again, it is ready for another try
    go.set()
    qtbot.waitUntil(lambda: background.active_count() == 0, timeout=TIMEOUT)
    assert result.closed and emitted == []


def test_the_dialog_fits_strings_forty_percent_longer(make_dialog: Callable[..., SharedCompanyDialog],
                                                      translators: Any, opener: Opener, keychain: Any,
                                                      qapp: QApplication, qtbot: Any) -> None:
    translators.remove(qapp)
    pseudo = PseudoTranslator()
    qapp.installTranslator(pseudo)
    try:
        dialog = make_dialog(opener, error="The server did not accept the password for anna.")
        assert dialog.windowTitle().startswith("Open shared company ẍẍ")
        dialog.paste_toggle.setChecked(True)
        dialog.port.setText("0")
        dialog.validate()
        dialog.keychain_note.show()
        dialog.show_failure(CompanyNotFoundError("The database holds no qbdesk company yet"))
        for _ in range(3):
            QApplication.processEvents()
        assert clipped(dialog) == []
    finally:
        qapp.removeTranslator(pseudo)


# --- the parts -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("address", "expected", "password"), [
    ("postgresql+psycopg://anna@office-server/acme", "postgresql+psycopg://anna@office-server/acme", None),
    ("postgresql://anna:pw@office-server:5432/acme", "postgresql+psycopg://anna@office-server:5432/acme", "pw"),
    ("postgres://anna@10.0.0.5/acme", "postgresql+psycopg://anna@10.0.0.5/acme", None),
    ("postgresql+psycopg2://anna@h/acme?password=pw&sslmode=require",
     "postgresql+psycopg://anna@h/acme?sslmode=require", "pw"),
])
def test_addresses_are_normalized_to_psycopg_without_a_password(address: str, expected: str,
                                                                password: str | None) -> None:
    url, found = parse_address(address)
    assert url.render_as_string(hide_password=False) == expected
    assert found == password


@pytest.mark.parametrize("address", ["", "office-server/acme", "sqlite:///books.qbdesk", "mysql://a@b/c"])
def test_other_addresses_are_refused(address: str) -> None:
    with pytest.raises(ValueError):
        parse_address(address)


def test_failures_are_told_apart() -> None:
    assert classify(CompanyNotFoundError("The database … holds no qbdesk company yet")) == "no_company"
    missing = CompanyNotFoundError("There is no database 'x' on the server")
    missing.__cause__ = RuntimeError('database "x" does not exist')
    assert classify(missing) == "no_database"
    assert classify(RuntimeError('FATAL:  role "anna" does not exist')) == "no_user"
    assert classify(RuntimeError('FATAL:  database "role_x" does not exist')) == "no_database"
    assert classify(RuntimeError('no pg_hba.conf entry for host "10.0.0.9", user "anna"')) == "not_allowed_here"
    assert classify(RuntimeError("permission denied for schema public")) == "permission"
    assert classify(RuntimeError("connection to server at \"h\", port 5432 failed: timeout expired")) == "unreachable"
    assert classify(RuntimeError("could not translate host name \"h\" to address")) == "unknown_host"
    assert classify(RuntimeError("SSL is required")) == "other"
