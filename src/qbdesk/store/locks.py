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

A lock can also go away *under* a running sync: the server ends the advisory
lock's session (a network blip, a restart, an idle timeout, an administrator's
``pg_terminate_backend``), or someone deletes the lock file. Another engine could
then start on the same realm while this one goes on writing, so the engine calls
:meth:`SyncLock.check` between batches, which raises :class:`SyncLockLost`.
"""

from __future__ import annotations

import hashlib
import logging
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Protocol

from sqlalchemy import Connection, Engine, func, select, text, update
from sqlalchemy.exc import SQLAlchemyError

from qbdesk.store.office import Desktop, SyncLockHolder
from qbdesk.store.types import utcnow

if TYPE_CHECKING:
    from qbdesk.store.database import Company

log = logging.getLogger("qbdesk.locks")

HOLDER_WAIT = 2.0  # how long a refused desktop waits for the holder's row (written right after locking)
LIVENESS_INTERVAL = 5.0  # seconds between two round trips to the server that confirm the advisory lock is still ours
HEARTBEAT_INTERVAL = 15.0  # seconds between two refreshes of a company file's holder row
STALE_AFTER = 120.0        # a holder row not refreshed for this long is left over from a crash

# The advisory lock ``key`` in ``pg_locks``, which shows a bigint key as its high and low 32 bits (unsigned).
_ADVISORY_LOCK_ROW = (
    "locktype = 'advisory' AND granted "
    "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
    "AND classid::bigint = :high AND objid::bigint = :low AND objsubid = 1")


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


class SyncLockLost(Exception):
    """The sync lock went away while a sync held it; another engine may be syncing the realm already.

    Raised between batches, never in the middle of one, so the run stops like a
    cancel does: interrupted, with nothing in flight that a resume cannot settle.
    """

    def __init__(self, why: str = "The connection that held this company's sync lock was lost") -> None:
        super().__init__(f"{why}, so the sync stopped to avoid two syncs at once. Resume the sync to continue: "
                         "nothing is sent twice.")


def _key_params(key: int) -> dict[str, int]:
    unsigned = key & 0xFFFFFFFFFFFFFFFF
    return {"high": unsigned >> 32, "low": unsigned & 0xFFFFFFFF}


class _Backend(Protocol):
    @property
    def probe_interval(self) -> float:
        """Seconds a successful probe is trusted for: a probe that costs a round trip is not run per batch."""
        ...

    @property
    def lost_reason(self) -> str: ...

    def try_acquire(self) -> bool: ...

    def still_held(self) -> bool: ...

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

    @property
    def probe_interval(self) -> float:
        return LIVENESS_INTERVAL  # read at each check, so a test can set it to 0

    @property
    def lost_reason(self) -> str:
        return "The connection that held this company's sync lock was lost"

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

    def still_held(self) -> bool:
        """Ask on the lock's own connection whether its session still holds the lock.

        A dead session fails the query; asking ``pg_locks`` for this backend's pid
        (rather than only ``SELECT 1``) also catches a connection that silently
        reconnected to a new session, which holds nothing.
        """
        conn = self._conn
        if conn is None:
            return False
        try:
            held = bool(conn.execute(text(
                f"SELECT EXISTS (SELECT 1 FROM pg_locks WHERE pid = pg_backend_pid() AND {_ADVISORY_LOCK_ROW})"),
                _key_params(self.key)).scalar())
            conn.commit()  # as after locking: no transaction stays open between probes
        except SQLAlchemyError:
            log.warning("the sync lock's connection failed", exc_info=True)
            held = False
        if not held:  # whatever is left of the session is useless: end it now, release() has nothing to do
            self._conn = None
            with suppress(Exception):
                conn.close()
        return held

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

    @property
    def probe_interval(self) -> float:
        return 0.0  # two system calls: cheap enough for every batch

    @property
    def lost_reason(self) -> str:
        return f"This company's sync lock file ({self.path.name}) was removed or replaced"

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

    def still_held(self) -> bool:
        """Whether our open file is still the one at ``path``.

        The kernel keeps the lock as long as the file is open, but if the lock file
        is deleted (or replaced), the next engine creates a new file and locks that
        one: two engines, each holding "the" lock.
        """
        handle = self._handle
        if handle is None or handle.closed:
            return False
        try:
            ours, there = os.fstat(handle.fileno()), self.path.stat()
        except OSError:
            return False
        return (ours.st_dev, ours.st_ino) == (there.st_dev, there.st_ino)

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
    rather than queued behind the first. A long sync calls :meth:`check` between
    batches, so that it stops if the lock went away under it.
    """

    def __init__(self, company: Company, realm_id: str, desktop: Desktop | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.company = company
        self.realm_id = realm_id
        self.desktop = desktop
        self._lock = _backend(company, realm_id)
        self._held = False
        self._lost = False
        self._clock = clock
        self._confirmed_at = 0.0               # when the lock was last known to be ours (clock's time)
        self._beat_at = 0.0                    # when our holder row's heartbeat was last refreshed
        self._row: tuple[str, int, datetime] | None = None  # the holder row we wrote: host, pid, since

    @property
    def held(self) -> bool:
        return self._held

    def acquire(self) -> SyncLock:
        if self._held:
            raise RuntimeError("this SyncLock is already held")
        if not self._lock.try_acquire():
            raise SyncBusy(self._wait_for_holder())
        self._held, self._lost = True, False
        self._confirmed_at = self._beat_at = self._clock()
        row = (self.desktop.name if self.desktop else platform.node(), os.getpid(), utcnow())
        try:
            with self.company.session() as s:
                if self.company.path is not None:
                    # A company file can be opened through several names (a hard link, a second mount), each
                    # with its own lock file: the row inside the file is what they all share.
                    s.execute(update(SyncLockHolder).where(SyncLockHolder.realm_id == self.realm_id)
                              .values(realm_id=SyncLockHolder.realm_id))  # takes the write lock first
                    other = s.get(SyncLockHolder, self.realm_id)
                    if other is not None and _alive(other):
                        holder = LockHolder(other.host_name, other.pid, other.since, other.desktop_id)
                        s.rollback()
                        self._held = False
                        self._lock.release()
                        raise SyncBusy(holder)
                s.merge(SyncLockHolder(realm_id=self.realm_id, desktop_id=self.desktop.id if self.desktop else None,
                                       host_name=row[0], pid=row[1], since=row[2], heartbeat=row[2],
                                       node=platform.node()))
            self._row = row
        except SyncBusy:
            raise
        except Exception:
            self.release()
            raise
        return self

    def _beat(self) -> bool:
        """Refresh our holder row's heartbeat (company files); False if the row is no longer ours."""
        row = self._row
        if row is None or self.company.path is None:
            return True
        with self.company.session() as s:
            result = s.execute(update(SyncLockHolder).where(
                SyncLockHolder.realm_id == self.realm_id, SyncLockHolder.host_name == row[0],
                SyncLockHolder.pid == row[1], SyncLockHolder.since == row[2]).values(heartbeat=utcnow()))
            return bool(getattr(result, "rowcount", 1))

    def check(self) -> None:
        """Raise :class:`SyncLockLost` unless the lock is still ours; call it before each batch of writes.

        A lost lock stays lost (the session that held it is gone for good). On
        PostgreSQL this costs a round trip at most once per ``LIVENESS_INTERVAL``:
        the window it leaves is a few seconds and a batch, against a sync that
        would otherwise go on for as long as it lasts.
        """
        if not self._held:
            raise RuntimeError("this SyncLock is not held")
        if self._lost:
            raise SyncLockLost(self._lock.lost_reason)
        now = self._clock()
        if now - self._confirmed_at < self._lock.probe_interval:
            return
        if not self._lock.still_held():
            self._lost = True
            log.error("the sync lock of realm %s was lost during the sync; stopping it", self.realm_id)
            raise SyncLockLost(self._lock.lost_reason)
        if now - self._beat_at >= HEARTBEAT_INTERVAL:
            if not self._beat():
                self._lost = True
                log.error("the sync lock row of realm %s was taken over; stopping the sync", self.realm_id)
                raise SyncLockLost("This company's sync lock was taken over by another qbdesk")
            self._beat_at = now
        self._confirmed_at = now

    def release(self) -> None:
        """Let go of the lock; never raises, so it is safe in ``finally`` even after the lock was lost."""
        if not self._held:
            return
        self._held = False
        row, self._row = self._row, None
        try:
            with self.company.session() as s:
                held = s.get(SyncLockHolder, self.realm_id)
                # Ours, or (while we hold the lock) a crashed holder's: done with either way. Once the lock was
                # lost, the row may be that of the engine that took it since: only ours goes then.
                if held is not None and (not self._lost or (held.host_name, held.pid, held.since) == row):
                    s.delete(held)
        except Exception:  # a stale row is harmless: the next holder overwrites it
            log.warning("could not clear the sync lock's holder row", exc_info=True)
        finally:
            try:
                self._lock.release()
            except Exception:  # the OS or the server let go of it with the file or the session
                log.warning("could not release the sync lock", exc_info=True)

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


def _pid_alive(pid: int) -> bool:
    """Whether a process ``pid`` runs on this computer (never signals it: on Windows, ``os.kill`` kills)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    return True


def _alive(row: SyncLockHolder) -> bool:
    """Whether a holder row belongs to a sync still running: refreshed lately, and — on this computer — by a
    process that still exists. A row that fails either is left over from a crash."""
    beat = row.heartbeat or row.since
    if (utcnow() - beat).total_seconds() > STALE_AFTER:
        return False
    return row.node != platform.node() or _pid_alive(row.pid)


def _advisory_lock_held(company: Company, key: int) -> bool:
    """Whether anyone holds the advisory lock ``key`` in this database. Read on a pooled connection: cheap
    enough to poll."""
    with company.engine.connect() as conn:
        return bool(conn.execute(text(f"SELECT EXISTS (SELECT 1 FROM pg_locks WHERE {_ADVISORY_LOCK_ROW})"),
                                 _key_params(key)).scalar())


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
            with company.session() as s:  # through another name of the same file?
                row = s.get(SyncLockHolder, realm_id)
                if row is not None and _alive(row):
                    return LockHolder(row.host_name, row.pid, row.since, row.desktop_id)
    return probe._wait_for_holder() if held else None
