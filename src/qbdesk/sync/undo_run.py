"""Running an undo: the same pipeline as a sync — settle, read, plan, execute — under the sync lock.

:class:`Undo` is to :mod:`qbdesk.sync.undo` what :class:`~qbdesk.sync.engine.SyncEngine`
is to the planner: it holds the company's sync lock (one engine per company, across
processes and desktops), settles what an interrupted run left without an answer,
plans the undo and has the executor carry it out as a run of kind ``undo`` that
names the run it takes back (``SyncRun.undoes``).

An undo cut short (a kill, a cancel, a lost connection) is the user's to finish:
every sync refuses to start behind it (:class:`~qbdesk.sync.engine.ResumeNeedsUser`)
until ``qbdesk undo --resume`` (or the window's Resume) continues it under its own
id — settling first, then re-planning, which leaves out what it already did.

Once an undo completes, the next sync compares both sides in full (the watermark
is cleared: what the undo changed in QuickBooks, and the versions it put back
here, are then seen as they are), and if no first sync stands any more, it is a
first sync again — with its settings, on both sides as they were.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, select

from qbdesk.qbo.client import QboClient
from qbdesk.store import Company
from qbdesk.store.locks import SyncLock
from qbdesk.store.office import Desktop
from qbdesk.store.syncdata import IssueStatus, JournalEntry, JournalState, RunStatus, Setting, SyncIssue, SyncRun
from qbdesk.sync.cdc import WATERMARK_KEY
from qbdesk.sync.changes import BOUNDARY_KEY
from qbdesk.sync.engine import ResumeNeedsUser
from qbdesk.sync.executor import Executor
from qbdesk.sync.office import Office
from qbdesk.sync.progress import NullReporter, Reporter
from qbdesk.sync.runs import UNDO, completed_full_sync, last_run_that_wrote
from qbdesk.sync.settings import load_settings
from qbdesk.sync.undo import UndoPlan, UndoRefused, plan_undo, target_of

log = logging.getLogger("qbdesk.sync")

__all__ = ["Undo", "UndoRefused", "UndoSummary"]


@dataclass(frozen=True)
class UndoSummary:
    """What an undo did, counted from its journal (so a resumed undo counts all it did, not only this part)."""

    run_id: str
    undoes: str
    status: str                      # completed | interrupted | failed
    deleted_in_qbo: int = 0
    deactivated_in_qbo: int = 0
    restored_in_qbo: int = 0
    deleted_here: int = 0
    restored_here: int = 0
    unlinked: int = 0
    problems: int = 0                # open problems of this undo (records changed since the run, refusals)
    api_calls: int = 0
    seconds: float = 0.0
    settled: int = 0                 # writes of an interrupted run settled before this one started
    nothing_to_do: bool = False      # the run was taken back already

    @property
    def undone(self) -> int:
        return (self.deleted_in_qbo + self.deactivated_in_qbo + self.restored_in_qbo + self.deleted_here
                + self.restored_here + self.unlinked)

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Undo:
    """Undoes runs of one company, against one QuickBooks connection."""

    company: Company
    client: QboClient
    reporter: Reporter = field(default_factory=NullReporter)
    cancel: threading.Event = field(default_factory=threading.Event)
    desktop: Desktop | None = None   # given: only the company's sync host may write (office mode)

    # --- which run ----------------------------------------------------------------------------------

    def target(self, run_id: str | None = None) -> str:
        """``run_id``, checked; by default the last run that wrote anything. Raises :class:`UndoRefused`."""
        with self.company.session() as s:
            if run_id is not None:
                return target_of(s, run_id).run_id
            found = last_run_that_wrote(s)
            if found is None:
                raise UndoRefused("No sync has written anything yet: there is nothing to undo.", "nothing_written")
            return found.id

    def interrupted(self) -> SyncRun | None:
        """The last run, if it is an undo that did not finish (what ``--resume`` continues)."""
        with self.company.session() as s:
            run = s.scalars(select(SyncRun).order_by(SyncRun.started_at.desc()).limit(1)).first()
            if run is not None and run.kind == UNDO and run.status is not RunStatus.COMPLETED:
                s.expunge(run)
                return run
        return None

    # --- the dry run --------------------------------------------------------------------------------------

    def plan(self, run_id: str | None = None) -> UndoPlan:
        """What undoing ``run_id`` (by default the last run that wrote anything) will do; nothing is written."""
        return plan_undo(self.company, self.client, self.target(run_id))

    # --- running ------------------------------------------------------------------------------------------

    def run(self, run_id: str | None = None, *, resume: bool = False, force: frozenset[int] = frozenset(),
            only: frozenset[int] | None = None, guard: Callable[[], None] | None = None) -> UndoSummary:
        """Undo ``run_id`` (by default the last run that wrote anything), or with ``resume`` continue the
        interrupted undo. ``only``/``force``: a targeted undo of some journal rows (*undo anyway*). Given a
        ``guard``, the caller holds the sync lock already.

        Raises :class:`UndoRefused` (nothing to undo or resume, a run that cannot be undone),
        :class:`ResumeNeedsUser` (an interrupted undo waits), and what a sync raises (SyncBusy,
        NotSyncHost, SyncLockLost).
        """
        if guard is not None:
            return self._locked(guard, run_id, resume, force, only)
        with SyncLock(self.company, self.client.realm_id, self.desktop) as lock:
            if self.desktop is not None:
                Office(self.company, self.desktop).ensure_host()
            return self._locked(lock.check, run_id, resume, force, only)

    def _locked(self, guard: Callable[[], None], run_id: str | None, resume: bool, force: frozenset[int],
                only: frozenset[int] | None) -> UndoSummary:
        started = time.monotonic()
        calls_at_start = self.client.stats.calls
        with self.company.session() as s:
            settings = load_settings(s)
        executor = Executor(self.company, self.client, self.reporter, self.cancel, settings.refund_account, guard)
        continued, target, settled = self._settle_previous(executor, run_id, resume)
        settled += executor.settle(target)  # the run undone may have writes without an answer of its own
        self.reporter.phase("read_qbo")
        plan = plan_undo(self.company, self.client, target, force=force, only=only)
        if plan.empty and continued is None and only is None:
            log.info("undo of %s: nothing left to undo", target)
            return UndoSummary("", target, RunStatus.COMPLETED.value, nothing_to_do=True,
                               api_calls=self.client.stats.calls - calls_at_start, settled=settled,
                               seconds=round(time.monotonic() - started, 2))
        summary = executor.execute(plan.plan, run_id=continued, kind=UNDO, rows=plan.rows, names=plan.names,
                                   undoes=target)
        if summary.status == RunStatus.COMPLETED.value:
            self._after(target)
        return self.summary(summary.run_id, calls=self.client.stats.calls - calls_at_start,
                            seconds=time.monotonic() - started, settled=settled)

    def _settle_previous(self, executor: Executor, run_id: str | None, resume: bool
                         ) -> tuple[str | None, str, int]:
        """Settle the last run if it was cut short. Returns the undo run to continue (resume), the run to undo,
        and how many writes were settled."""
        with self.company.session() as s:
            last = s.scalars(select(SyncRun).order_by(SyncRun.started_at.desc()).limit(1)).first()
            previous = (last.id, last.kind, last.undoes) if last is not None and last.status in (
                RunStatus.INTERRUPTED, RunStatus.RUNNING, RunStatus.FAILED) else None
        if previous is not None and previous[1] == UNDO:
            undo_id, _kind, undoes = previous
            if not resume:
                raise ResumeNeedsUser(undo_id, UNDO)
            if run_id is not None and run_id != undoes:
                raise UndoRefused(f"The interrupted undo takes back run {undoes}, not {run_id}: resume it first.",
                                  "other_undo_waits")
            self.reporter.phase("reconcile")
            settled = executor.settle(undo_id)
            return undo_id, str(undoes), settled
        if resume:
            raise UndoRefused("There is no interrupted undo to resume.", "nothing_to_resume")
        settled = 0
        if previous is not None:  # a sync cut short: settled first (nothing is sent twice), then it ends here
            self.reporter.phase("reconcile")
            settled = executor.settle(previous[0])
            with self.company.session() as s:
                run = s.get(SyncRun, previous[0])
                if run is not None and run.status is RunStatus.RUNNING:
                    run.status = RunStatus.INTERRUPTED
        return None, self.target(run_id), settled

    def _after(self, target: str) -> None:
        """The undo completed: the next sync compares both sides in full, or is a first sync again."""
        with self.company.session() as s:
            s.execute(delete(Setting).where(Setting.key == WATERMARK_KEY))
            if not completed_full_sync(s):
                s.execute(delete(Setting).where(Setting.key == BOUNDARY_KEY))
        log.info("run %s undone", target)

    # --- what an undo did -------------------------------------------------------------------------------

    def summary(self, undo_id: str, *, calls: int = 0, seconds: float = 0.0, settled: int = 0) -> UndoSummary:
        """The undo ``undo_id`` as its journal and the problem list tell it."""
        with self.company.session() as s:
            run = s.get(SyncRun, undo_id)
            if run is None:
                raise UndoRefused(f"There is no run {undo_id} in this company's sync log.", "no_such_run")
            done = Counter(operation for operation, before in s.execute(
                select(JournalEntry.operation, JournalEntry.before).where(
                    JournalEntry.run_id == undo_id, JournalEntry.state == JournalState.DONE))
                if operation != "delete_here" or before)
            problems = s.scalar(select(func.count()).select_from(SyncIssue).where(
                SyncIssue.run_id == undo_id, SyncIssue.status == IssueStatus.OPEN)) or 0
            return UndoSummary(undo_id, run.undoes or "", run.status.value, done["delete_in_qbo"],
                               done["deactivate_in_qbo"], done["restore_in_qbo"], done["delete_here"],
                               done["restore_here"], done["unlink"], problems, calls, round(seconds, 2), settled)
