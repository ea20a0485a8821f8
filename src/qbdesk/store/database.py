"""Opening a company: a SQLite file by default, or any SQLAlchemy URL.

Opening always migrates to the current schema first (Alembic, shipped inside the
package), so a company file made by an older qbdesk opens in a newer one.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

import qbdesk.store.events  # noqa: F401 - registers the flush hook

log = logging.getLogger("qbdesk.db")

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


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


def make_engine(url: URL | str) -> Engine:
    url = make_url(url) if isinstance(url, str) else url
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "savepoint", _sqlite_savepoint)
        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    script = ScriptDirectory.from_config(alembic_config(create_engine("sqlite://")))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``; a no-op when it is already there."""
    cfg = alembic_config(engine)
    if revision == "head" and current_revision(engine) == head_revision():
        return
    log.info("migrating %s to %s", engine.url.render_as_string(hide_password=True), revision)
    command.upgrade(cfg, revision)


class CompanyNotFoundError(FileNotFoundError):
    """The company file does not exist and the caller did not ask to create it."""


@dataclass
class Company:
    """An open company: its engine and a session factory. Sessions are per thread."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def path(self) -> Path | None:
        if self.url.get_backend_name() == "sqlite" and self.url.database:
            return Path(self.url.database)
        return None

    @property
    def display_url(self) -> str:
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on error."""
        with self.sessions.begin() as s:
            yield s

    def close(self) -> None:
        self.engine.dispose()


def open_company(target: str | Path | URL, *, create: bool = False) -> Company:
    """Open (and migrate) a company; ``create`` allows a new SQLite file to be made."""
    url = target if isinstance(target, URL) else company_url(target)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database)
        if not path.exists():
            if not create:
                raise CompanyNotFoundError(f"No company file at {path}")
            path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    migrate(engine)
    return Company(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
