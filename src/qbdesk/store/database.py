"""Opening a company: a SQLite file by default, or any SQLAlchemy URL (PostgreSQL for an office).

Opening always migrates to the current schema first (Alembic, shipped inside the
package), so a company file made by an older qbdesk opens in a newer one. When
several desktops open an older shared database at the same moment, the upgrade
runs once: it is serialized by a PostgreSQL advisory lock (an immediate write
transaction on SQLite), and the revision is read again once the lock is held.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, func, inspect, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from qbdesk.private_files import create_private, make_private, sqlite_family
from qbdesk.store import events, notify  # noqa: F401 - register the flush hook and the change notices
from qbdesk.store.credentials import connect_password, without_password
from qbdesk.store.locks import advisory_key

log = logging.getLogger("qbdesk.db")

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
MIGRATION_LOCK = advisory_key("qbdesk.migrate")  # advisory locks are per database: per company


def company_url(target: str | Path) -> URL:
    """Turn a path (or an SQLAlchemy URL string) into a URL; paths mean SQLite files."""
    text = str(target)
    if "://" in text:
        return make_url(text)
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _sqlite_savepoint(conn: Any, name: str) -> None:
    """Open the real transaction a SAVEPOINT needs.

    pysqlite begins transactions lazily, just before the first write; a SAVEPOINT
    issued before that would itself become the outermost transaction, and
    releasing it would commit for good. Lazy beginning is kept otherwise: a
    session that only reads holds no snapshot that could make its later write
    fail with "database is locked" after another connection committed (WAL).
    """
    dbapi_connection = conn.connection.dbapi_connection
    if dbapi_connection is not None and not dbapi_connection.in_transaction:
        conn.exec_driver_sql("BEGIN")


CONNECT_TIMEOUT = 10  # seconds to reach a company's database server
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10, "keepalives_count": 3}


def make_engine(url: URL | str) -> Engine:
    """An engine for ``url``. A server database's password comes from the URL, else the keychain
    (:mod:`qbdesk.store.credentials`), and is given to the driver only: ``engine.url`` never holds it."""
    url = make_url(url) if isinstance(url, str) else url
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "savepoint", _sqlite_savepoint)
        return engine
    password = connect_password(url)
    connect_args: dict[str, object] = {"password": password} if password is not None else {}
    if url.get_backend_name() == "postgresql" and "connect_timeout" not in url.query:
        # A server that never answers (a laptop away from the office network) is reported in seconds,
        # not after the operating system's two-minute TCP timeout.
        connect_args["connect_timeout"] = CONNECT_TIMEOUT
    if url.get_backend_name() == "postgresql":
        # TCP keepalives: a network that goes silent (not closed) is noticed in about a minute, so the sync
        # lock's liveness probe and the change feed fail instead of waiting for TCP to give up (many minutes).
        for key, value in KEEPALIVES.items():
            connect_args.setdefault(key, value)
    engine = create_engine(without_password(url), pool_pre_ping=True, connect_args=connect_args)
    if url.get_backend_name() == "postgresql":
        notify.install(engine)
    return engine


def alembic_config(engine: Engine, connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    script = ScriptDirectory.from_config(alembic_config(create_engine("sqlite://")))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine | Connection) -> str | None:
    if isinstance(engine, Connection):
        return MigrationContext.configure(engine).get_current_revision()
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``; a no-op when it is already there.

    Safe when several processes (desktops) open an older company at once: the
    upgrade runs in one transaction holding a lock — ``pg_advisory_xact_lock`` on
    PostgreSQL, whose DDL is transactional; ``BEGIN IMMEDIATE`` on SQLite — and the
    revision is read again inside it, so whoever waited finds the work done.
    """
    if revision == "head" and current_revision(engine) == head_revision():
        return  # the common case costs one read and no lock
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(select(func.pg_advisory_xact_lock(MIGRATION_LOCK)))
        elif conn.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        if revision == "head" and current_revision(conn) == head_revision():
            conn.rollback()
            log.info("%s was migrated by another process meanwhile", engine.url.render_as_string())
            return
        log.info("migrating %s to %s", engine.url.render_as_string(), revision)
        command.upgrade(alembic_config(engine, conn), revision)
        conn.commit()


class CompanyNotFoundError(FileNotFoundError):
    """The company file does not exist and the caller did not ask to create it."""


class NotACompanyFile(ValueError):
    """An existing file that is not a company file (a spreadsheet, an empty file): it is never turned into one."""


def _check_company_file(engine: Engine, path: Path) -> None:
    """Refuse an existing file that is not a company file, asking SQLite rather than reading the file ourselves
    (a descriptor of our own closed on a database SQLite has open would drop its locks)."""
    from sqlalchemy.exc import DatabaseError

    hint = " Import a spreadsheet with `qbdesk import-csv` into a company file instead." \
        if path.suffix.lower() in (".csv", ".xlsx", ".xls", ".txt") else ""
    try:
        with engine.connect() as conn:
            tables = conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
    except DatabaseError as exc:
        raise NotACompanyFile(f"{path} is not a company file (it is not a qbdesk database).{hint}") from exc
    if not tables:
        raise NotACompanyFile(f"{path} is an empty database, not a company file; qbdesk does not turn it into one. "
                              f"Give the path of a company file, or make a new company.{hint}")


class CompanyFileNamedTwice(OSError):
    """The company file has more than one name (a hard link): SQLite would keep a journal per name.

    Two programs that open one SQLite file through two names each use their own
    write-ahead log, so neither sees the other's changes or its locks, and a crash of
    one cannot be recovered by the other — the file is corrupted (sqlite.org,
    "How To Corrupt An SQLite Database File", §2.4). A sync lock cannot guard against
    that, so such a file is not opened at all.
    """


@dataclass
class Company:
    """An open company: its engine and a session factory. Sessions are per thread."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    # The password a server database was opened with (from its URL or the keychain), kept in memory only: the
    # sync engine's own process opens the same database with it, and never reads the keychain itself.
    password: str | None = field(default=None, repr=False, compare=False)

    @property
    def path(self) -> Path | None:
        if self.url.get_backend_name() == "sqlite" and self.url.database:
            return Path(self.url.database)
        return None

    @property
    def display_url(self) -> str:
        return self.url.render_as_string(hide_password=True)

    @property
    def identity(self) -> str:
        """How a person names this company: its file's path, or its database URL (without a password)."""
        return str(self.path) if self.path is not None else self.display_url

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on error."""
        with self.sessions.begin() as s:
            yield s

    def close(self) -> None:
        self.engine.dispose()


def _check_server_database(engine: Engine, create: bool) -> None:
    """A server database must exist (an administrator creates it) and, unless ``create``, hold a company.

    Without this, opening the wrong database by mistake (``…/postgres``) would
    quietly create qbdesk's tables in it.
    """
    shown = engine.url.render_as_string()
    try:
        with engine.connect() as conn:
            has_company = inspect(conn).has_table("alembic_version")
    except OperationalError as exc:
        # libpq reports a failed connection by message only (no SQLSTATE); a server speaking
        # another language still fails, with its own words, just not as CompanyNotFoundError.
        missing = f'database "{engine.url.database}" does not exist'
        if getattr(exc.orig, "sqlstate", None) == "3D000" or missing in str(exc.orig):
            raise CompanyNotFoundError(f"There is no database {engine.url.database!r} on the server ({shown})") \
                from exc
        raise
    if not has_company and not create:
        raise CompanyNotFoundError(f"The database {shown} holds no qbdesk company yet (create one in it first)")


def open_company(target: str | Path | URL, *, create: bool = False) -> Company:
    """Open (and migrate) a company.

    ``create`` allows a new SQLite file to be made, or a company to be set up in an
    empty server database. ``Company.url`` never carries a password (see
    :mod:`qbdesk.store.credentials`).
    """
    url = target if isinstance(target, URL) else company_url(target)
    existing_file: Path | None = None
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database)
        if path.exists() and not create:
            existing_file = path
            if path.is_file() and path.stat().st_size == 0:  # decided before SQLite opens (and writes) it
                raise NotACompanyFile(f"{path} is empty: it is not a company file, and qbdesk does not turn an "
                                      f"empty file into one. Give the path of a company file, or make a new company.")
        if not path.exists():
            if not create:
                raise CompanyNotFoundError(f"No company file at {path}")
            path.parent.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(FileExistsError):
                create_private(path)  # SQLite gives its -wal and -shm files the database file's mode
        elif path.stat().st_nlink > 1:
            raise CompanyFileNamedTwice(
                f"The company file {path} has {path.stat().st_nlink} names (hard links). Two programs using "
                f"different names could not see each other's changes and would damage it, so it is not opened. "
                f"Copy it to a file of its own (a copy, not a link) and open that.")
        for member in sqlite_family(path):  # business data: the user's alone, also in files made before
            make_private(member)
    engine = make_engine(url)
    try:
        if url.get_backend_name() != "sqlite":
            _check_server_database(engine, create)
        elif existing_file is not None:
            _check_company_file(engine, existing_file)
        migrate(engine)
    except BaseException:
        engine.dispose()
        raise
    password = connect_password(url) if url.get_backend_name() != "sqlite" else None
    return Company(url=without_password(url), engine=engine, sessions=sessionmaker(engine, expire_on_commit=False),
                   password=password)
