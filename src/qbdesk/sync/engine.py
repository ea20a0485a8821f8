"""The engine's front door: every sync, one pipeline — changes → plan → pre-flight → journal → send → settle.

:meth:`SyncEngine.run` is the first sync, every later one and the full
comparison; :meth:`SyncEngine.run_scoped` the targeted runs that approvals and
problem actions ask for. Only the change stage differs (:mod:`qbdesk.sync.changes`):
both sides complete for a first sync or a comparison, QuickBooks' changes since the
last sync (CDC) and the outbox for a later one — falling back to a full comparison
when CDC cannot be trusted. The planner and the executor are the same for all.

**The engine protects itself.** Before anything else, a run settles what the
previous run left unfinished (a kill, a crash, a lost connection): each write that
was sent without an answer is looked for in QuickBooks and recorded, and only then
is anything planned and sent (:mod:`qbdesk.sync.settle`). A run of a compatible
kind is continued under its own id, so ``--resume`` is just the explicit form of
what every sync does. A run that needs the user to decide (an interrupted undo) is
not continued behind their back: :class:`ResumeNeedsUser` says what to do.

A run holds the company's sync lock (:mod:`qbdesk.store.locks`) from start to end:
one engine at most syncs a QuickBooks company at a time, across threads, processes
and desktops; a second one is refused at once with :class:`SyncBusy`. Given its
``desktop``, the engine also refuses to run anywhere but on the company's sync
host (:class:`~qbdesk.sync.office.NotSyncHost`), and first carries out what other
desktops asked the host to do (:mod:`qbdesk.sync.pending`). The lock is checked
between batches; if it went away, the run stops with :class:`SyncLockLost`,
recorded as interrupted, and the next run settles and continues it.

Reading QuickBooks is the slow part of planning, so the engine keeps the last
inputs and re-plans from them when only the settings change (the wizard's live
counts); ``refresh=True`` reads both sides again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import select

from qbdesk.qbo.client import QboClient
from qbdesk.store import Company
from qbdesk.store.locks import SyncBusy, SyncLock, SyncLockLost
from qbdesk.store.office import Desktop
from qbdesk.store.syncdata import RunStatus, SyncRun
from qbdesk.sync import cdc
from qbdesk.sync.changes import ChangeReader, Inputs, Scope, save_boundary
from qbdesk.sync.executor import Executor
from qbdesk.sync.match_decisions import PairDecision, UnknownPairs, check_decisions, load_decisions, save_decisions
from qbdesk.sync.office import NotSyncHost, Office
from qbdesk.sync.pending import carry_out_requests, waiting_requests
from qbdesk.sync.plan import OpKind, Plan, make_plan
from qbdesk.sync.progress import NullReporter, Reporter, RunSummary
from qbdesk.sync.runs import completed_full_sync
from qbdesk.sync.settings import SyncSettings, load_settings

log = logging.getLogger("qbdesk.sync")

__all__ = ["NotSyncHost", "ResumeNeedsUser", "Scope", "SyncBusy", "SyncEngine", "SyncLockLost"]

# Kinds of run, as the log shows them.
FIRST, FULL, INCREMENTAL, APPROVAL, ACTION = "first", "full", "incremental", "approval", "action"
# An interrupted run of these kinds is continued by the next sync (its remaining work is what that sync does).
_CONTINUABLE = {FIRST: {FIRST}, FULL: {FULL, INCREMENTAL}, INCREMENTAL: {FULL, INCREMENTAL}}
# An interrupted run of these kinds is the user's to resume or abandon: no sync goes on behind it.
NEEDS_USER: frozenset[str] = frozenset({"undo"})


class ResumeNeedsUser(Exception):
    """An interrupted run must be resumed (or abandoned) by the user before anything else syncs."""

    def __init__(self, run_id: str, kind: str) -> None:
        self.run_id, self.kind = run_id, kind
        super().__init__(f"An interrupted {kind} (run {run_id}) must be finished first: resume it with "
                         f"`qbdesk {kind} --resume`, or look at it in the sync log.")


@dataclass(frozen=True)
class _Interrupted:
    id: str
    kind: str


@dataclass
class SyncEngine:
    company: Company
    client: QboClient
    reporter: Reporter = field(default_factory=NullReporter)
    cancel: threading.Event = field(default_factory=threading.Event)
    desktop: Desktop | None = None  # given: only the company's sync host may run (office mode)
    on_plan: Callable[[Plan], None] | None = None  # told the plan a run is about to carry out

    def __post_init__(self) -> None:
        self._inputs: Inputs | None = None
        self._inputs_mode: str | None = None

    # --- what the next sync will do ------------------------------------------------------------------

    def has_completed_full_sync(self) -> bool:
        """A first sync (or full comparison) completed, and no undo took it back since."""
        with self.company.session() as s:
            return completed_full_sync(s)

    def next_mode(self, full: bool = False) -> str:
        """first, full or incremental: what a sync started now would be (before any fallback)."""
        if not self.has_completed_full_sync():
            return FIRST
        with self.company.session() as s:
            watermark = cdc.load_watermark(s)
        return FULL if full or watermark is None else INCREMENTAL

    def read(self, mode: str, settings: SyncSettings, *, scope: Scope | None = None,
             approved: frozenset[str] = frozenset()) -> tuple[Inputs, str]:
        """Read what a sync of ``mode`` needs; an incremental read CDC cannot serve becomes a full one."""
        reader = ChangeReader(self.company, self.client, self.reporter)
        review = settings.review_changes and mode != FIRST
        if scope is not None:
            return reader.read(complete=False, scope=scope, review=review, approved=approved), mode
        if mode == INCREMENTAL:
            with self.company.session() as s:
                watermark = cdc.load_watermark(s)
            try:
                return reader.read(complete=False, watermark=watermark, review=review, approved=approved), mode
            except cdc.NeedsFullSync as why:
                log.info("incremental sync not possible (%s): comparing both sides in full", why)
                mode = FULL
        return reader.read(complete=True, review=review, approved=approved), mode

    def _plan(self, inputs: Inputs, settings: SyncSettings) -> Plan:
        """Plan from ``inputs``; a partial plan looks its new records up in QuickBooks first (by natural
        key), so a twin created there meanwhile is linked, not duplicated. The user's word on possible
        matches is read each time: the wizard re-plans from the same inputs after each answer."""
        with self.company.session() as s:
            inputs.changes.matches = load_decisions(s)
        plan = make_plan(inputs.here, inputs.qbo, inputs.links, settings, inputs.changes)
        plan.read_at = inputs.read_at
        if not plan.complete:
            creates = [op for op in plan.operations if op.kind is OpKind.CREATE_IN_QBO
                       or (op.kind is OpKind.SKIP and op.params.get("change") == OpKind.CREATE_IN_QBO.value)]
            if creates and ChangeReader(self.company, self.client, self.reporter).lookup_twins(inputs, creates):
                plan = make_plan(inputs.here, inputs.qbo, inputs.links, settings, inputs.changes)
                plan.read_at = inputs.read_at
        return plan

    def plan(self, settings: SyncSettings | None = None, *, refresh: bool = False) -> Plan:
        """What the next :meth:`run` will do (a dry run: nothing is written, the watermark stays)."""
        with self.company.session() as s:
            settings = settings or load_settings(s)
        mode = self.next_mode()
        if refresh or self._inputs is None or self._inputs_mode != mode:
            self._inputs, self._inputs_mode = self.read(mode, settings)
        assert self._inputs is not None
        return self._plan(self._inputs, settings)

    def decide_matches(self, decisions: list[PairDecision], settings: SyncSettings | None = None) -> Plan:
        """Store the user's word on possible matches and re-plan (from what was read, or a first read).

        Every decision is checked against what was read first; :class:`UnknownPairs` says what is wrong,
        and then nothing is stored.
        """
        with self.company.session() as s:
            settings = settings or load_settings(s)
        self.plan(settings)
        assert self._inputs is not None
        problems = check_decisions(decisions, self._inputs.here, self._inputs.qbo, self._inputs.links)
        if problems:
            raise UnknownPairs(problems)
        with self.company.session() as s:
            save_decisions(s, decisions)
        return self._plan(self._inputs, settings)

    # --- running -------------------------------------------------------------------------------------

    def last_interrupted_run(self) -> str | None:
        found = self._interrupted()
        return found.id if found is not None else None

    def _interrupted(self) -> _Interrupted | None:
        with self.company.session() as s:
            run = s.scalars(select(SyncRun).order_by(SyncRun.started_at.desc())).first()
            if run is not None and run.status in (RunStatus.INTERRUPTED, RunStatus.RUNNING, RunStatus.FAILED):
                return _Interrupted(run.id, run.kind)
        return None

    def run(self, *, resume: bool = False, settings: SyncSettings | None = None,
            full: bool = False) -> RunSummary:
        """Sync now: the first sync, or the next incremental one (``full``: a complete comparison).

        Whatever the previous run left unfinished is settled first (``resume`` is the explicit
        form of that). Raises :class:`SyncBusy` when another engine is syncing this company,
        :class:`NotSyncHost` when this engine's desktop is not the sync host, :class:`ResumeNeedsUser`
        when an interrupted run is the user's to finish, :class:`SyncLockLost` when the lock went
        away during the sync (the run is then interrupted, and the next one continues it).
        """
        with SyncLock(self.company, self.client.realm_id, self.desktop) as lock:
            if self.desktop is not None:
                Office(self.company, self.desktop).ensure_host()
            if waiting_requests(self.company):
                self.reporter.phase("host_requests")
                carry_out_requests(self.company, self.client, guard=lock.check, engine=self)
            return self.sync_locked(lock.check, settings=settings, full=full)

    def run_scoped(self, scope: Scope, *, kind: str = ACTION, approved: frozenset[str] = frozenset(),
                   settings: SyncSettings | None = None, guard: Callable[[], None] | None = None) -> RunSummary:
        """A targeted run through the same pipeline: only ``scope``'s records take part. Given a ``guard``,
        the caller holds the sync lock already (the host carrying out a request during its sync)."""
        if guard is not None:
            return self.sync_locked(guard, settings=settings, scope=scope, approved=approved, kind=kind)
        with SyncLock(self.company, self.client.realm_id, self.desktop) as lock:
            return self.sync_locked(lock.check, settings=settings, scope=scope, approved=approved, kind=kind)

    def sync_locked(self, guard: Callable[[], None], *, settings: SyncSettings | None = None, full: bool = False,
                    scope: Scope | None = None, approved: frozenset[str] = frozenset(),
                    kind: str | None = None) -> RunSummary:
        """One run, the sync lock held: settle the last one, read, plan, execute, move the watermark."""
        calls_at_start = self.client.stats.calls
        with self.company.session() as s:
            settings = settings or load_settings(s)
        mode = self.next_mode(full) if scope is None else kind or ACTION
        executor = Executor(self.company, self.client, self.reporter, self.cancel, settings.refund_account, guard)
        continued, settled = self._settle_previous(executor, mode)
        inputs, mode = self.read(mode, settings, scope=scope, approved=approved)
        plan = self._plan(inputs, settings)
        if self.on_plan is not None:
            self.on_plan(plan)
        run_kind = mode if scope is None else (kind or ACTION)
        started = datetime.now().astimezone()
        summary = executor.execute(plan, run_id=continued if scope is None else None, kind=run_kind,
                                   rows=inputs.rows, names=inputs.names)
        if summary.status == RunStatus.COMPLETED.value and scope is None:
            with self.company.session() as s:
                if inputs.mark is not None:
                    cdc.save_watermark(s, inputs.mark)
                if run_kind == FIRST:
                    save_boundary(s, started, inputs.mark)
        self._inputs = None  # what was read is out of date now
        return replace(summary, api_calls=self.client.stats.calls - calls_at_start, settled=settled)

    def _settle_previous(self, executor: Executor, mode: str) -> tuple[str | None, int]:
        """Settle the last run if it was cut short; returns its id when this run continues it."""
        previous = self._interrupted()
        if previous is None:
            return None, 0
        if previous.kind in NEEDS_USER:
            raise ResumeNeedsUser(previous.id, previous.kind)
        self.reporter.phase("reconcile")
        settled = executor.settle(previous.id)
        if mode in _CONTINUABLE and previous.kind in _CONTINUABLE[mode]:
            return previous.id, settled
        with self.company.session() as s:  # settled, but its kind is not this run's: it ends here
            run = s.get(SyncRun, previous.id)
            if run is not None and run.status is RunStatus.RUNNING:
                run.status = RunStatus.INTERRUPTED
        return None, settled

