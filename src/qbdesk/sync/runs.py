"""What the runs in the log say about the company: which were undone, which counts as the first sync.

An undo is a run of its own (kind ``undo``) that names the run it takes back
(``SyncRun.undoes``). Once it has completed, the run it undid no longer counts:
an undone first sync means the next sync is a first sync again, and the run a
plain ``qbdesk undo`` picks is never an undo itself (an undo is not undone: the
next sync does again what it took back).
"""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, aliased

from qbdesk.store.syncdata import JournalEntry, JournalState, RunStatus, SyncRun

UNDO = "undo"
FULL_KINDS = ("first", "full")
# Journal operations that changed something on one side or the other (what an undo can take back).
WRITES = ("create_in_qbo", "update_in_qbo", "delete_in_qbo", "deactivate_in_qbo", "create_here", "update_here",
          "delete_here", "link")


def undone(session: Session) -> set[str]:
    """The runs a completed undo took back."""
    return {run_id for run_id in session.scalars(select(SyncRun.undoes).where(
        SyncRun.kind == UNDO, SyncRun.status == RunStatus.COMPLETED, SyncRun.undoes.is_not(None)))
        if run_id is not None}


def completed_full_sync(session: Session) -> bool:
    """A first sync (or full comparison) completed and was not undone since: later syncs go on from it."""
    undo = aliased(SyncRun)
    taken_back = exists().where(undo.undoes == SyncRun.id, undo.kind == UNDO, undo.status == RunStatus.COMPLETED)
    return session.scalars(select(SyncRun.id).where(SyncRun.kind.in_(FULL_KINDS),
                                                    SyncRun.status == RunStatus.COMPLETED,
                                                    ~taken_back).limit(1)).first() is not None


def wrote_anything(session: Session, run_id: str) -> bool:
    return session.scalars(select(JournalEntry.id).where(
        JournalEntry.run_id == run_id, JournalEntry.state == JournalState.DONE,
        JournalEntry.operation.in_(WRITES)).limit(1)).first() is not None


def last_run_that_wrote(session: Session) -> SyncRun | None:
    """The newest run (not an undo) that changed anything on either side: what a plain undo takes back."""
    wrote = exists().where(JournalEntry.run_id == SyncRun.id, JournalEntry.state == JournalState.DONE,
                           JournalEntry.operation.in_(WRITES))
    return session.scalars(select(SyncRun).where(SyncRun.kind != UNDO, wrote)
                           .order_by(SyncRun.started_at.desc()).limit(1)).first()


def undos_of(session: Session, run_id: str) -> list[SyncRun]:
    """The undo runs (any status) that took back ``run_id``, oldest first."""
    return list(session.scalars(select(SyncRun).where(SyncRun.kind == UNDO, SyncRun.undoes == run_id)
                                .order_by(SyncRun.started_at)))
