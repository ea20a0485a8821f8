"""One sync at a time per QuickBooks company: a lock that holds across threads, processes and desktops.

* **PostgreSQL**: a session-level advisory lock (``pg_try_advisory_lock``) on a
  stable 64-bit hash of the realm, taken on a connection kept for the whole sync.
  The server releases it when that connection ends — also when the process is
  killed or the desktop loses the network — so a crash never leaves a company
  locked.
* **SQLite files**: an OS file lock (``flock`` on POSIX, ``msvcrt.locking`` on
  Windows) on ``<company file>.sync.lock``. The kernel releases it when the
  process dies, so no heartbeat or expiry guessing is needed; a SQLite file lives
  on one machine's disk (SQLite is not safe on network shares), which is all a
  file lock has to cover. ``flock`` locks belong to the open file, not the
  process, so two engines in one process exclude each other too.

Neither lock can say who holds it, so the holder writes a ``sync_lock`` row (host
name, process id, since when) as soon as it has the lock; a second desktop reads
it for its "Another qbdesk (on HOST, pid N, since T) is syncing" message.
"""

from __future__ import annotations

import hashlib
import logging
import os
import platform
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Protocol

from sqlalchemy import Connection, Engine, func, select, text

from qbdesk.store.office import Desktop, SyncLockHolder
from qbdesk.store.types import utcnow

if TYPE_CHECKING:
    from qbdesk.store.database import Company

log = logging.getLogger("qbdesk.locks")

HOLDER_WAIT = 2.0  # how long a refused desktop waits for the holder's row (written right after locking)


def advisory_key(name: str) -> int:
    """A stable signed 64-bit key for ``name`` (Python's ``hash`` changes per process; this does not)."""
    return int.from_bytes(hashlib.blake2b(name.encode(), digest_size=8).digest(), "big", signed=True)


def sync_key(realm_id: str) -> int:
    return advisory_key(f"qbdesk.sync:{realm_id}")


@dataclass(frozen=True)
class LockHolder:
    """Who is syncing: the machine's name, the process, since when (UTC)."""

    host: str
    pid: int
    since: datetime
    desktop_id: str | None = None

    def describe(self) -> str:
        return f"on {self.host}, pid {self.pid}, since {self.since.astimezone().strftime('%Y-%m-%d %H:%M:%S')}"


class SyncBusy(Exception):
    """Another engine is syncing this company; ``holder`` says who (None if it could not be read)."""

    def __init__(self, holder: LockHolder | None) -> None:
        self.holder = holder
        who = f" ({holder.describe()})" if holder is not None else ""
        super().__init__(f"Another qbdesk{who} is syncing this company")


class _Backend(Protocol):
    def try_acquire(self) -> bool: ...

    def release(self) -> None: ...


class _AdvisoryLock:
    """A session-level advisory lock on a connection of its own, kept until released.

    The connection is detached from the pool: closing it (or losing it to the
    garbage collector) really ends the session, so the lock can never stay behind
    on a pooled connection that someone else checks out later.
    """

    def __init__(self, engine: Engine, key: int) -> None:
        self.engine = engine
        self.key = key
        self._conn: Connection | None = None

    def try_acquire(self) -> bool:
        conn = self.engine.connect()
        conn.detach()
        try:
            got = bool(conn.scalar(select(func.pg_try_advisory_lock(self.key))))
            conn.commit()  # the lock is the session's: no transaction stays open for the whole sync
        except Exception:
            conn.close()
            raise
        if not got:
            conn.close()
            return False
        self._conn = conn
        return True

    def release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            conn.scalar(select(func.pg_advisory_unlock(self.key)))
            conn.commit()
        except Exception:  # the connection is gone, and the server released the lock with it
            log.warning("the sync lock's connection failed while unlocking; dropping it", exc_info=True)
        finally:
            conn.close()  # detached: this ends the session


class _FileLock:
    """A non-blocking exclusive lock on a file (flock on POSIX, msvcrt on Windows)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = None

    def try_acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle: IO[bytes] = self.path.open("a+b")
        try:
            if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        self._handle = handle
        return True

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        finally:
            handle.close()


def _backend(company: Company, realm_id: str) -> _Backend:
    if company.engine.dialect.name == "postgresql":
        return _AdvisoryLock(company.engine, sync_key(realm_id))
    path = company.path
    if path is None:  # an in-memory database: only this process can see it
        return _FileLock(Path(tempfile.gettempdir()) / f"qbdesk-sync-{sync_key(realm_id) & 0xFFFFFFFF:08x}.lock")
    return _FileLock(path.with_name(path.name + ".sync.lock"))


class SyncLock:
    """The sync lock of one company and realm. Use ``with SyncLock(...)``; raises :class:`SyncBusy`.

    Non-blocking by design: a second sync is refused at once, with who is syncing,
    rather than queued behind the first.
    """

    def __init__(self, company: Company, realm_id: str, desktop: Desktop | None = None) -> None:
        self.company = company
        self.realm_id = realm_id
        self.desktop = desktop
        self._lock = _backend(company, realm_id)
        self._held = False

    @property
    def held(self) -> bool:
        return self._held

    def acquire(self) -> SyncLock:
        if self._held:
            raise RuntimeError("this SyncLock is already held")
        if not self._lock.try_acquire():
            raise SyncBusy(self._wait_for_holder())
        self._held = True
        try:
            with self.company.session() as s:
                s.merge(SyncLockHolder(realm_id=self.realm_id, desktop_id=self.desktop.id if self.desktop else None,
                                       host_name=self.desktop.name if self.desktop else platform.node(),
                                       pid=os.getpid(), since=utcnow()))
        except Exception:
            self.release()
            raise
        return self

    def release(self) -> None:
        if not self._held:
            return
        self._held = False
        try:
            with self.company.session() as s:
                row = s.get(SyncLockHolder, self.realm_id)
                if row is not None:  # ours (we hold the lock), or a crashed holder's: either way done with
                    s.delete(row)
        except Exception:  # a stale row is harmless: the next holder overwrites it
            log.warning("could not clear the sync lock's holder row", exc_info=True)
        finally:
            self._lock.release()

    def __enter__(self) -> SyncLock:
        return self.acquire()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()

    def _holder(self) -> LockHolder | None:
        with self.company.session() as s:
            row = s.get(SyncLockHolder, self.realm_id)
            if row is None:
                return None
            return LockHolder(row.host_name, row.pid, row.since, row.desktop_id)

    def _wait_for_holder(self) -> LockHolder | None:
        """The holder's row; it writes it right after locking, so give it a moment if it is not there yet."""
        deadline = time.monotonic() + HOLDER_WAIT
        while True:
            holder = self._holder()
            if holder is not None or time.monotonic() >= deadline:
                return holder
            time.sleep(0.05)


def _advisory_lock_held(company: Company, key: int) -> bool:
    """Whether anyone holds the advisory lock ``key`` in this database (``pg_locks`` shows a bigint key as
    its high and low 32 bits, unsigned). Read on a pooled connection: cheap enough to poll."""
    unsigned = key & 0xFFFFFFFFFFFFFFFF
    with company.engine.connect() as conn:
        return bool(conn.execute(text(
            "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted "
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            "AND classid::bigint = :high AND objid::bigint = :low AND objsubid = 1)"),
            {"high": unsigned >> 32, "low": unsigned & 0xFFFFFFFF}).scalar())


def who_is_syncing(company: Company, realm_id: str) -> LockHolder | None:
    """Who holds the sync lock now (None when nobody does). For status displays: it checks the lock itself,
    so a row left behind by a crashed process is not mistaken for a running sync."""
    probe = SyncLock(company, realm_id)
    if company.engine.dialect.name == "postgresql":
        held = _advisory_lock_held(company, sync_key(realm_id))
    else:
        held = not probe._lock.try_acquire()
        if not held:
            probe._lock.release()
    return probe._wait_for_holder() if held else None
