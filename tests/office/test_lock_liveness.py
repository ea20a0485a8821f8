"""The sync lock's liveness check: a lock that goes away under a running sync is noticed, cheaply.

On PostgreSQL the lock is lost by ending its session from another connection
(``pg_terminate_backend``, as an administrator, a server restart or a dead network
would); on a SQLite file by removing the lock file, after which a second engine
would lock a new file of the same name.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, text

from qbdesk.store import Company, Desktop, open_company
from qbdesk.store.locks import LIVENESS_INTERVAL, SyncBusy, SyncLock, SyncLockLost, sync_key, who_is_syncing
from tests.office.databases import reopen

REALM = "9130357766900456"
ON_POSTGRES = [pytest.param("postgres", marks=pytest.mark.postgres)]

_HOLDERS = ("FROM pg_locks WHERE locktype = 'advisory' AND granted "
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            "AND classid::bigint = :high AND objid::bigint = :low AND objsubid = 1")


def _key(realm_id: str) -> dict[str, int]:
    unsigned = sync_key(realm_id) & 0xFFFFFFFFFFFFFFFF
    return {"high": unsigned >> 32, "low": unsigned & 0xFFFFFFFF}


def lock_backends(company: Company, realm_id: str) -> list[int]:
    """The server processes holding the realm's sync lock, found the way an administrator would."""
    with company.engine.connect() as conn:
        return [int(pid) for pid in conn.execute(text(f"SELECT pid {_HOLDERS}"), _key(realm_id)).scalars()]


def lose_the_lock(company: Company, realm_id: str) -> None:
    """Take the realm's sync lock away from whoever holds it, from outside (another connection or process).

    ``pg_terminate_backend`` with a timeout returns once the session has ended, so the lock is free then.
    """
    if company.engine.dialect.name == "postgresql":
        holders = lock_backends(company, realm_id)
        assert holders, "nobody holds the sync lock"
        with company.engine.connect() as conn:
            for pid in holders:
                assert conn.execute(text("SELECT pg_terminate_backend(:pid, 30000)"), {"pid": pid}).scalar()
        return
    assert company.path is not None
    company.path.with_name(company.path.name + ".sync.lock").unlink()


@pytest.fixture
def other(company: Company) -> Iterator[Company]:
    """The same company, opened by a second desktop."""
    second = reopen(company)
    yield second
    second.close()


def _probes(engine: Engine) -> list[str]:
    """The statements sent to the server that ask whether this session holds the lock, as they are sent."""
    sent: list[str] = []

    def count(conn: object, cursor: object, statement: str, *args: object) -> None:
        if "pg_backend_pid()" in statement:
            sent.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    return sent


def test_check_passes_while_the_lock_is_held(company: Company, other: Company, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("qbdesk.store.locks.LIVENESS_INTERVAL", 0.0)  # every check asks the server
    anna = Desktop.of_this_machine(tmp_path / "anna")
    with SyncLock(company, REALM, anna) as lock:
        for _ in range(3):
            lock.check()
        assert lock.held
        holder = who_is_syncing(other, REALM)
        assert holder is not None and holder.desktop_id == anna.id
        with pytest.raises(SyncBusy):  # checking did not let go of anything
            SyncLock(other, REALM).acquire()
        if company.engine.dialect.name == "postgresql":
            (pid,) = lock_backends(other, REALM)
            with other.engine.connect() as conn:  # and left no transaction open on the lock's connection
                state = conn.execute(text("SELECT state FROM pg_stat_activity WHERE pid = :pid"), {"pid": pid})
                assert state.scalar() == "idle"
    assert who_is_syncing(other, REALM) is None
    with pytest.raises(RuntimeError):
        lock.check()  # a lock that is not held has nothing to check


@pytest.mark.parametrize("new_database", ON_POSTGRES, indirect=True)
def test_a_terminated_lock_session_is_noticed_and_release_still_works(
        company: Company, other: Company, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("qbdesk.store.locks.LIVENESS_INTERVAL", 0.0)
    anna, ben = Desktop.of_this_machine(tmp_path / "anna"), Desktop.of_this_machine(tmp_path / "ben")
    lock = SyncLock(company, REALM, anna).acquire()
    lock.check()
    lose_the_lock(other, REALM)
    assert lock_backends(other, REALM) == []  # the server let go of it with the session: anyone may take it now

    with pytest.raises(SyncLockLost) as lost:
        lock.check()
    assert str(lost.value) == (
        "The connection that held this company's sync lock was lost, so the sync stopped to avoid two syncs at "
        "once. Resume the sync to continue: nothing is sent twice.")
    with pytest.raises(SyncLockLost):  # lost for good: the session is gone, a new one would hold nothing
        lock.check()

    # Another desktop takes the lock meanwhile; releasing the lost one raises nothing and leaves theirs alone.
    theirs = SyncLock(other, REALM, ben).acquire()
    lock.release()
    assert not lock.held
    holder = who_is_syncing(company, REALM)
    assert holder is not None and holder.desktop_id == ben.id
    theirs.release()
    assert who_is_syncing(company, REALM) is None
    with SyncLock(company, REALM, anna) as again:  # the company's own pool was not harmed either
        again.check()
        assert again.held


@pytest.mark.parametrize("new_database", ON_POSTGRES, indirect=True)
def test_the_server_is_asked_at_most_once_per_interval(company: Company, other: Company) -> None:
    now = [1000.0]
    probes = _probes(company.engine)
    lock = SyncLock(company, REALM, clock=lambda: now[0]).acquire()
    try:
        for _ in range(20):  # taking the lock proved it ours: no round trip for a whole interval
            lock.check()
        now[0] += LIVENESS_INTERVAL - 0.01
        lock.check()
        assert probes == []

        now[0] += 0.01
        lock.check()
        assert len(probes) == 1
        for _ in range(20):
            lock.check()
        assert len(probes) == 1

        # Lost now, but not asked again before the interval is over: the check's price is that delay.
        lose_the_lock(other, REALM)
        now[0] += LIVENESS_INTERVAL / 2
        lock.check()
        assert len(probes) == 1
        now[0] += LIVENESS_INTERVAL / 2
        with pytest.raises(SyncLockLost):
            lock.check()
        assert len(probes) == 2
    finally:
        lock.release()
    assert not lock.held


def test_a_removed_lock_file_is_noticed(tmp_path: Path) -> None:
    company = open_company(tmp_path / "acme.qbdesk", create=True)
    try:
        lock = SyncLock(company, REALM).acquire()
        lock.check()
        lose_the_lock(company, REALM)
        # The danger: a second engine makes a new lock file and locks that one. The holder row inside the company
        # file still names the first, live engine, so the second is refused all the same.
        with pytest.raises(SyncBusy):
            SyncLock(company, REALM).acquire()
        with pytest.raises(SyncLockLost) as lost:
            lock.check()  # and the first one stops: its lock file is not the one at the path any more
        assert str(lost.value).startswith("This company's sync lock file (acme.qbdesk.sync.lock) was removed "
                                          "or replaced, so the sync stopped to avoid two syncs at once.")
        lock.release()  # raises nothing, and takes its own row with it
        with SyncLock(company, REALM) as second:
            second.check()
            holder = who_is_syncing(company, REALM)
            assert holder is not None
        assert who_is_syncing(company, REALM) is None
    finally:
        company.close()
