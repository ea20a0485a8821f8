"""A sync whose lock goes away under it stops between batches, and a resume finishes the job with one copy of each.

The lock is taken away while QuickBooks is answering a batch — the advisory
lock's session ended from another connection on PostgreSQL, the lock file removed
on SQLite — and the liveness check runs at every batch (``LIVENESS_INTERVAL`` set
to 0), so exactly where the engine stops is known.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from tests.office.databases import server_env
from tests.office.test_lock_liveness import lose_the_lock
from tests.sync.conftest import Rig
from tests.sync.test_crash_safety import assert_exactly_one_copy

from qbdesk.cli.main import main as qbdesk_main
from qbdesk.store import Customer, SyncLockHolder
from qbdesk.store.locks import SyncLockLost, who_is_syncing
from qbdesk.store.syncdata import JournalEntry, JournalState, RunStatus, SyncRun
from qbdesk.sync.engine import SyncEngine

MakeRig = Callable[..., Rig]
LOST = "so the sync stopped to avoid two syncs at once. Resume the sync to continue: nothing is sent twice."


@pytest.fixture(autouse=True)
def check_at_every_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("qbdesk.store.locks.LIVENESS_INTERVAL", 0.0)


@dataclass
class Batches:
    seen: int = 0
    lost_at: int = 0


@contextmanager
def lock_lost_during_batch(rig: Rig, number: int) -> Iterator[Batches]:
    """Take the sync lock away while QuickBooks handles the ``number``-th batch request (which still succeeds)."""
    service = rig.server._httpd.service  # type: ignore[union-attr]
    handle = service.handle
    batches = Batches()

    def hooked(request: Any) -> Any:
        if request.method == "POST" and request.path.rstrip("/").endswith("/batch"):
            batches.seen += 1
            if batches.seen == number:
                lose_the_lock(rig.company, rig.realm_id)
                batches.lost_at = batches.seen
        return handle(request)

    service.handle = hooked  # type: ignore[method-assign]
    try:
        yield batches
    finally:
        service.handle = handle  # type: ignore[method-assign]


def _assert_stopped_cleanly(rig: Rig, run_id: str | None) -> None:
    """Interrupted with the reason, nothing left in flight, the lock free and its holder row gone."""
    assert run_id is not None
    with rig.company.session() as s:
        run = s.get(SyncRun, run_id)
        assert run is not None and run.status is RunStatus.INTERRUPTED
        assert run.error is not None and run.error.endswith(LOST)
        unsettled = s.scalars(select(JournalEntry).where(
            JournalEntry.run_id == run_id, JournalEntry.state.in_((JournalState.PENDING, JournalState.SENT))))
        assert list(unsettled) == []
        assert s.get(SyncLockHolder, rig.realm_id) is None
    assert who_is_syncing(rig.company, rig.realm_id) is None


def test_a_first_sync_that_loses_its_lock_stops_and_a_resume_leaves_one_copy_of_everything(
        make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=0, here_size=200)
    rig.prepare_for_cli()
    engine = SyncEngine(rig.company, rig.connection.client)
    with lock_lost_during_batch(rig, 3) as batches, pytest.raises(SyncLockLost) as lost:
        engine.run()
    assert str(lost.value).endswith(LOST)
    assert (batches.lost_at, batches.seen) == (3, 3)  # the batch in flight was the last one sent
    run_id = engine.last_interrupted_run()
    _assert_stopped_cleanly(rig, run_id)
    with rig.company.session() as s:
        done = s.scalars(select(JournalEntry).where(JournalEntry.run_id == run_id,
                                                    JournalEntry.state == JournalState.DONE)).all()
        assert done, "the run stopped before writing anything: the test proves nothing"

    resumed = SyncEngine(rig.company, rig.connection.client).run(resume=True)
    assert resumed.status == "completed", resumed
    assert resumed.run_id == run_id
    assert_exactly_one_copy(rig)


def test_an_incremental_sync_that_loses_its_lock_stops_and_a_resume_sends_the_rest(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=0, here_size=200)
    rig.prepare_for_cli()
    assert SyncEngine(rig.company, rig.connection.client).run().status == "completed"
    with rig.company.session() as s:  # edits and new customers: three batches of changes to send
        customers = s.scalars(select(Customer)).all()
        for customer in customers:
            customer.phone = "555-0199"
        s.add_all(Customer(display_name=f"Walk-in {n}", phone="555-0199") for n in range(45))
        edited = len(customers) + 45
    assert edited > 60

    engine = SyncEngine(rig.company, rig.connection.client)
    with lock_lost_during_batch(rig, 2) as batches, pytest.raises(SyncLockLost):
        engine.run()
    assert (batches.lost_at, batches.seen) == (2, 2)
    _assert_stopped_cleanly(rig, engine.last_interrupted_run())
    phones = [c.get("PrimaryPhone", {}).get("FreeFormNumber") for c in rig.qbo("Customer")]
    assert 0 < phones.count("555-0199") < edited  # stopped half-way

    assert SyncEngine(rig.company, rig.connection.client).run(resume=True).status == "completed"
    phones = [c.get("PrimaryPhone", {}).get("FreeFormNumber") for c in rig.qbo("Customer")]
    assert phones.count("555-0199") == edited
    assert_exactly_one_copy(rig)


def test_qbdesk_sync_says_the_lock_was_lost_exits_1_and_resumes(
        make_rig: MakeRig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rig = make_rig(qbo_size=0, here_size=150)
    rig.prepare_for_cli()
    for name, value in server_env().items():
        monkeypatch.setenv(name, value)
    desk = ["--basedir", str(tmp_path / "desk")]
    with lock_lost_during_batch(rig, 2):
        status = qbdesk_main([*desk, "sync", "--company", rig.target])
    err = capsys.readouterr().err.strip().splitlines()[-1]  # after the progress bars
    assert status == 1, err
    assert err.endswith(f"{LOST} (`qbdesk sync --resume`)"), err
    assert err.startswith("qbdesk: The connection that held this company's sync lock was lost"
                          if rig.company.engine.dialect.name == "postgresql" else
                          "qbdesk: This company's sync lock file"), err

    assert qbdesk_main([*desk, "sync", "--company", rig.target, "--resume", "--json"]) == 0
    assert '"status": "completed"' in capsys.readouterr().out
    assert_exactly_one_copy(rig)
