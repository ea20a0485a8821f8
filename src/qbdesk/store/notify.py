"""Telling live views that the company changed — on this desktop or on another one.

* **PostgreSQL**: each flush notes the tables it wrote on its connection (no SQL),
  and just before that connection commits, one ``pg_notify('qbdesk_changes',
  '<table>,<table>…')`` goes out inside the transaction — delivered when, and only
  if, it commits; a rollback drops the note. One notice per transaction, not per
  flush: the sync engine flushes several times per record, and a round trip each
  would cost a quarter of its queries. Notification channels are scoped to a
  database and each company is its own database, so the channel is the company's.
  A view listens on a connection of its own (:func:`watch`).
* **SQLite**: nobody else can listen, so views poll ``PRAGMA data_version``: SQLite
  bumps it on a connection whenever *another* connection committed a change to the
  file. That costs no write at all (a counter row bumped by every flush would add
  a write to every transaction) but cannot say which tables changed, so the
  notice then says "anything may have changed".

Either way a view calls :meth:`ChangeFeed.poll` — with ``timeout=0`` from a UI
timer, or with a timeout from a watcher thread — and reloads what the notice
touches.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.orm import Session, UOWTransaction

if TYPE_CHECKING:
    from qbdesk.store.database import Company

log = logging.getLogger("qbdesk.notify")

CHANNEL = "qbdesk_changes"
POLL_INTERVAL = 0.25  # seconds between data_version reads while waiting (SQLite)


@dataclass(frozen=True)
class ChangeNotice:
    """What changed since the last poll: table names, or empty when it is not known (reload everything)."""

    tables: frozenset[str]

    def touches(self, *tables: str) -> bool:
        return not self.tables or not self.tables.isdisjoint(tables)


PENDING_KEY = "qbdesk.changed_tables"  # on the connection's info: tables written in its open transaction


def notify_change(session: Session, tables: set[str]) -> None:
    """Announce a change to ``tables`` when the session's transaction commits (PostgreSQL; no-op on SQLite).

    The flush hook calls it for ORM writes; call it after bulk ``update()``/``delete()``
    statements, which do not flush.
    """
    if not tables or session.get_bind().dialect.name != "postgresql":
        return
    session.connection().info.setdefault(PENDING_KEY, set()).update(tables)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    if session.get_bind().dialect.name != "postgresql":
        return  # checked first: walking session.dirty costs a pass over the identity map
    # after_flush still sees the pre-flush new/dirty/deleted collections.
    tables = {obj.__table__.name for group in (session.new, session.dirty, session.deleted) for obj in group
              if hasattr(obj, "__table__")}
    notify_change(session, tables)


def _send_notices(conn: Connection) -> None:
    """Before COMMIT goes out (ConnectionEvents.commit): one notice for the whole transaction."""
    tables = conn.info.pop(PENDING_KEY, None)
    if tables:
        cursor = conn.connection.cursor()  # the DBAPI cursor: the transaction is being committed
        try:
            cursor.execute("SELECT pg_notify(%s, %s)", (CHANNEL, ",".join(sorted(tables))))
        finally:
            cursor.close()


def _drop_notices(conn: Connection) -> None:
    conn.info.pop(PENDING_KEY, None)


def _drop_on_reset(dbapi_connection: Any, record: Any, reset_state: Any) -> None:
    """The pool rolls back a connection given back mid-transaction without the rollback event above.
    (A detached connection — the sync lock's — has no record, and its notes go with it.)"""
    if record is not None:
        record.info.pop(PENDING_KEY, None)


def install(engine: Engine) -> None:
    """Send change notices for this (PostgreSQL) engine's transactions; ``make_engine`` calls it."""
    event.listen(engine, "commit", _send_notices)
    event.listen(engine, "rollback", _drop_notices)
    event.listen(engine, "reset", _drop_on_reset)


class ChangeFeed:
    """A live view's subscription to a company's changes. Not thread-safe: one reader."""

    def poll(self, timeout: float = 0.0) -> ChangeNotice | None:
        """Changes since the last poll, waiting up to ``timeout`` seconds for one; None if nothing changed."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> ChangeFeed:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


class _ListenFeed(ChangeFeed):
    def __init__(self, company: Company) -> None:
        self.company = company
        self._conn: Any = None
        self._connect()

    def _connect(self) -> None:
        raw = self.company.engine.raw_connection()
        conn = raw.driver_connection  # the psycopg connection, kept out of the pool for LISTEN
        raw.detach()
        assert conn is not None
        conn.autocommit = True
        conn.execute(f"LISTEN {CHANNEL}")
        self._conn = conn

    def poll(self, timeout: float = 0.0) -> ChangeNotice | None:
        tables: set[str] = set()
        try:
            first = list(self._conn.notifies(timeout=timeout, stop_after=1))
            rest = list(self._conn.notifies(timeout=0)) if first else []
        except Exception:  # connection lost: notices may have been missed, so say "anything"
            log.warning("lost the change feed's connection; reconnecting", exc_info=True)
            self.close()
            self._connect()
            return ChangeNotice(frozenset())
        if not first:
            return None
        for notice in first + rest:
            tables.update(t for t in str(notice.payload).split(",") if t)
        return ChangeNotice(frozenset(tables))

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None


class _PollFeed(ChangeFeed):
    def __init__(self, company: Company) -> None:
        raw = company.engine.raw_connection()
        self._dbapi: Any = raw.driver_connection
        raw.detach()
        self._version = self._read()

    def _read(self) -> int:
        cursor = self._dbapi.cursor()
        try:
            return int(cursor.execute("PRAGMA data_version").fetchone()[0])
        finally:
            cursor.close()

    def poll(self, timeout: float = 0.0) -> ChangeNotice | None:
        deadline = time.monotonic() + timeout
        while True:
            version = self._read()
            if version != self._version:
                self._version = version
                return ChangeNotice(frozenset())
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            time.sleep(min(POLL_INTERVAL, left))

    def close(self) -> None:
        if self._dbapi is not None:
            self._dbapi.close()
            self._dbapi = None


def watch(company: Company) -> ChangeFeed:
    """Subscribe to the company's changes (made by any connection, process or desktop)."""
    if company.engine.dialect.name == "postgresql":
        return _ListenFeed(company)
    return _PollFeed(company)
