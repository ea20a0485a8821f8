"""The executor: carries out any plan in dependency order, journaled, resumable — the one write path.

First syncs, later syncs, full comparisons, approved changes and problem actions
all end here, with a plan. Per entity type, in QuickBooks' dependency order:
links, records in step, what needs the user (problems), records taken over here
from QuickBooks, records created here, then writes to QuickBooks (creates by
parent level, then updates); finally what takes something back — removals and
restores on either side, links undone — in reverse order, so what refers to a
record goes before it (an undo is a plan of such operations: :mod:`qbdesk.sync.undo`).
Writes to QuickBooks follow :mod:`qbdesk.sync.qbo_writes` (journaled and committed
before they are sent), writes here :mod:`qbdesk.sync.local_writes` (one
transaction with their journal rows).

A failed operation becomes a problem in the error list and blocks only the
records that depend on it; the rest of the sync goes on. A problem the run does
not meet again for a record it handled is resolved at the end: its cause is gone.

Between batches, where a cancel is noticed, the executor also calls its
``guard`` — the engine's check that it still holds the company's sync lock
(:meth:`qbdesk.store.locks.SyncLock.check`). A lost lock stops the run as a
cancel does (interrupted, resumable), then :class:`SyncLockLost` goes on up.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import select

from qbdesk.qbo.client import QboClient
from qbdesk.qbo.errors import QboError
from qbdesk.store import Company
from qbdesk.store.locks import SyncLockLost
from qbdesk.store.syncdata import IssueStatus, RunStatus, SyncIssue, SyncRun
from qbdesk.store.types import utcnow
from qbdesk.sync.approvals_queue import enqueue
from qbdesk.sync.catalogue import preflight_code, reason_message
from qbdesk.sync.entities import ENTITY_ORDER
from qbdesk.sync.links import LinkCache
from qbdesk.sync.local_writes import LocalWriter
from qbdesk.sync.plan import TAKES_BACK, WRITES_TO_QBO, Operation, OpKind, Outcome, Plan
from qbdesk.sync.problems import ProblemInput
from qbdesk.sync.progress import NullReporter, ProgressTracker, Reporter, RunSummary
from qbdesk.sync.qbo_writes import QboWriter
from qbdesk.sync.run_context import Cancelled, Row, RunContext, RunCounters, no_guard
from qbdesk.sync.settings import Numbering
from qbdesk.sync.settle import settle_run

log = logging.getLogger("qbdesk.sync")

__all__ = ["Cancelled", "Executor", "no_guard"]

_COUNTED = frozenset({OpKind.LINK, OpKind.CREATE_HERE, OpKind.UPDATE_HERE, OpKind.CREATE_IN_QBO,
                      OpKind.UPDATE_IN_QBO}) | TAKES_BACK
_QUIET = frozenset({OpKind.CLEAN, OpKind.MARK_DELETED, OpKind.CONFLICT, OpKind.MOVED})


@dataclass
class Executor:
    """Runs plans against one company and one QuickBooks connection."""

    company: Company
    client: QboClient
    reporter: Reporter = field(default_factory=NullReporter)
    cancel: threading.Event = field(default_factory=threading.Event)
    refund_account: str | None = None
    guard: Callable[[], None] = no_guard  # called between batches; raises to stop the run (SyncLockLost)

    def __post_init__(self) -> None:
        self.ctx = RunContext(self.company, self.client, self.reporter, self.cancel, self.guard, self.refund_account)
        self._calls_at_start = 0
        self._kind = ""

    @property
    def run_id(self) -> str:
        return self.ctx.run_id

    @property
    def counters(self) -> RunCounters:
        return self.ctx.counters

    # --- the run ----------------------------------------------------------------------------------

    def start_run(self, plan: Plan, kind: str, run_id: str | None = None, undoes: str | None = None) -> str:
        self._kind = kind
        with self.company.session() as s:
            if run_id is None:
                run_id = str(uuid.uuid4())
                s.add(SyncRun(id=run_id, kind=kind, started_at=utcnow(), settings=plan.settings.to_json(),
                              counts={e: c.to_json() for e, c in plan.counts.items()}, undoes=undoes))
            else:
                run = s.get(SyncRun, run_id)
                assert run is not None
                run.status = RunStatus.RUNNING
                run.finished_at = None
                self.ctx.seq = max((e.seq for e in run.journal), default=0)
        self.ctx.run_id = run_id
        return run_id

    def adopt(self, run_id: str) -> None:
        """Work under an existing run (settling it): its journal's sequence goes on."""
        with self.company.session() as s:
            run = s.get(SyncRun, run_id)
            assert run is not None
            self.ctx.seq = max((e.seq for e in run.journal), default=0)
            self.ctx.links = LinkCache.load(s)
        self.ctx.run_id = run_id

    def settle(self, run_id: str) -> int:
        """Settle the writes ``run_id`` left without an answer (:mod:`qbdesk.sync.settle`)."""
        self.adopt(run_id)
        return settle_run(self.ctx, run_id, QboWriter(self.ctx, ProgressTracker({})))

    def execute(self, plan: Plan, run_id: str | None = None, kind: str = "first",
                rows: dict[tuple[str, str], Row] | None = None,
                names: Callable[[str, str], str | None] | None = None, undoes: str | None = None) -> RunSummary:
        """Carry out ``plan``; returns the run summary (its status tells completed / interrupted / failed).

        ``rows`` are the QuickBooks rows the change stage read (not read again), ``names`` how a problem
        names a referenced record, ``undoes`` the run an undo takes back.
        """
        started = time.monotonic()
        self._calls_at_start = self.client.stats.calls
        self.start_run(plan, kind, run_id, undoes)
        with self.company.session() as s:
            self.ctx.links = LinkCache.load(s)
        self.ctx.refund_account = self.refund_account or plan.settings.refund_account
        self.ctx.quickbooks_numbers = plan.numbering is Numbering.QUICKBOOKS
        self.ctx.rows = dict(rows or {})
        if names is not None:
            self.ctx.names = names
        status = RunStatus.COMPLETED
        error: str | None = None
        writes = plan.writes()
        tracker = ProgressTracker(_count_by_entity(op for op in writes if op.kind in _COUNTED))
        local = LocalWriter(self.ctx, tracker)
        remote = QboWriter(self.ctx, tracker, planned=sum(op.kind in WRITES_TO_QBO for op in writes))
        try:
            self._record_plan_skips(plan)
            for entity in ENTITY_ORDER:
                ops = [op for op in writes if op.entity == entity]
                if not ops:
                    continue
                self.reporter.phase(entity)
                local.link(entity, _of(ops, OpKind.LINK))
                local.clean(entity, _of(ops, OpKind.CLEAN))
                local.needs_user(entity, [op for op in ops if op.kind in (OpKind.MARK_DELETED, OpKind.MOVED,
                                                                          OpKind.CONFLICT)])
                self.ctx.check()
                local.update_here(entity, _of(ops, OpKind.UPDATE_HERE))
                for level in _levels(_of(ops, OpKind.CREATE_HERE)):
                    local.create_here(entity, level)
                for level in _levels(_of(ops, OpKind.CREATE_IN_QBO)):
                    remote.write(level)
                remote.write(_of(ops, OpKind.UPDATE_IN_QBO))
            for entity in reversed(ENTITY_ORDER):  # what refers to a record goes before it
                ops = [op for op in writes if op.entity == entity and op.kind in TAKES_BACK]
                if ops:
                    self.reporter.phase(entity)
                    self._take_back(entity, ops, local, remote)
            self._resolve_what_was_not_met_again(plan)
        except Cancelled:
            status = RunStatus.INTERRUPTED
        except SyncLockLost as exc:  # stopped between batches like a cancel, but the caller must be told why
            self._finish(RunStatus.INTERRUPTED, str(exc), time.monotonic() - started)
            raise
        except QboError as exc:
            status, error = RunStatus.INTERRUPTED, exc.summary
            log.warning("sync interrupted: %s", exc.summary)
        except Exception as exc:  # recorded on the run, then re-raised for the caller's error dialog
            self._finish(RunStatus.FAILED, f"{type(exc).__name__}: {exc}")
            raise
        return self._finish(status, error, time.monotonic() - started)

    def _take_back(self, entity: str, ops: list[Operation], local: LocalWriter, remote: QboWriter) -> None:
        """One entity type's removals and restores, on both sides.

        QuickBooks first: a restore before the removals (a record put back may stop referring to one about
        to go), then removals by parent level, sub-records before their parents (a job before its customer).
        Then here: restores, deletions (again sub-records first), and the links taken back.
        """
        remote.write(_of(ops, OpKind.RESTORE_IN_QBO))
        removals = [op for op in ops if op.kind in (OpKind.DELETE_IN_QBO, OpKind.DEACTIVATE_IN_QBO)]
        for level in reversed(_levels(removals)):
            remote.write(level)
        local.restore_here(entity, _of(ops, OpKind.RESTORE_HERE))
        for level in reversed(_levels(_of(ops, OpKind.DELETE_HERE))):
            local.delete_here(entity, level)
        local.unlink(entity, _of(ops, OpKind.UNLINK))

    def _finish(self, status: RunStatus, error: str | None, seconds: float = 0.0) -> RunSummary:
        calls = self.client.stats.calls - self._calls_at_start
        c = self.ctx.counters
        result = {"created_in_qbo": c.created_in_qbo, "created_here": c.created_here, "linked": c.linked,
                  "updated": c.updated, "updated_in_qbo": c.updated_in_qbo, "updated_here": c.updated_here,
                  "deleted_in_qbo": c.deleted_in_qbo, "deactivated_in_qbo": c.deactivated_in_qbo,
                  "restored_in_qbo": c.restored_in_qbo, "deleted_here": c.deleted_here,
                  "restored_here": c.restored_here, "unlinked": c.unlinked,
                  "problems": c.problems, "waiting_for_approval": c.waiting}
        with self.company.session() as s:
            run = s.get(SyncRun, self.ctx.run_id)
            if run is not None:
                run.status = status
                run.finished_at = utcnow()
                run.error = error
                run.api_calls = (run.api_calls or 0) + calls
                run.counts = {**(run.counts or {}), "_result": result}
        return RunSummary(self.ctx.run_id, status.value, c.created_in_qbo, c.created_here, c.updated, c.linked,
                          c.problems, calls, round(seconds, 2), updated_in_qbo=c.updated_in_qbo,
                          updated_here=c.updated_here, deleted_in_qbo=c.deleted_in_qbo,
                          deactivated_in_qbo=c.deactivated_in_qbo, waiting=c.waiting,
                          restored_in_qbo=c.restored_in_qbo, deleted_here=c.deleted_here,
                          restored_here=c.restored_here, unlinked=c.unlinked, kind=self._kind)

    # --- what the plan leaves out -----------------------------------------------------------------

    def _record_plan_skips(self, plan: Plan) -> None:
        """Blocked records become problems now (pre-flight): they never cost an API call. Changes that
        wait for approval go to the approval queue."""
        blocked = [op for op in plan.operations if op.kind is OpKind.SKIP and op.outcome is Outcome.BLOCKED]
        waiting = [op for op in plan.operations if op.kind is OpKind.SKIP and op.outcome is Outcome.WAITING]
        if not blocked and not waiting:
            return
        with self.company.session() as s:
            for op in blocked:
                code = preflight_code(op.reason) or "blocked"
                message = reason_message(op.reason, op.params)
                self.ctx.problem(s, ProblemInput(op.entity, op.local_id, op.qbo_id, op.label, "preflight", code,
                                                 message, data={"reason": op.reason, "params": op.params}))
                if op.local_id is not None:
                    self.ctx.failed[(op.entity, op.local_id)] = op.label
            self.ctx.counters.waiting += enqueue(s, waiting, self.ctx.rows)

    def _resolve_what_was_not_met_again(self, plan: Plan) -> None:
        """Problems follow their cause: a record this run handled without meeting its problem again has
        lost that problem's cause (fixed, synced some other way, or no longer blocked)."""
        handled: dict[str, set[int]] = defaultdict(set)
        for op in plan.operations:
            if op.local_id is not None and op.kind not in _QUIET:
                handled[op.entity].add(int(op.local_id))
        if not handled:
            return
        with self.company.session() as s:
            for entity, ids in handled.items():
                wanted = sorted(ids)
                for start in range(0, len(wanted), 500):
                    for issue in s.scalars(select(SyncIssue).where(
                            SyncIssue.entity_type == entity, SyncIssue.status == IssueStatus.OPEN,
                            SyncIssue.local_id.in_(wanted[start:start + 500]))):
                        if (entity, str(issue.local_id), issue.code or "") not in self.ctx.seen:
                            issue.status, issue.last_seen = IssueStatus.RESOLVED, utcnow()


def _of(ops: Iterable[Operation], kind: OpKind) -> list[Operation]:
    return [op for op in ops if op.kind is kind]


def _count_by_entity(ops: Iterable[Operation]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for op in ops:
        counts[op.entity] += 1
    return counts


def _levels(ops: list[Operation]) -> list[list[Operation]]:
    """Split ops so that no record is sent in the same batch as a parent it refers to.

    Items of one QuickBooks batch cannot see each other's results, so a job and
    its parent customer (or a sub-account and its parent) go in successive levels.
    """
    if not ops:
        return []
    entity = ops[0].entity
    ids = {op.local_id or op.qbo_id for op in ops}
    parent_of = {op.local_id or op.qbo_id: [r[1] for r in op.refs if r[0] == entity and r[1] in ids] for op in ops}
    if not any(parent_of.values()):
        return [ops]
    depth: dict[str | None, int] = {}

    def level(i: str | None, seen: frozenset[str | None] = frozenset()) -> int:
        if i in depth:
            return depth[i]
        parents = [p for p in parent_of.get(i, []) if p not in seen]
        depth[i] = 0 if not parents else 1 + max(level(p, seen | {i}) for p in parents)
        return depth[i]

    grouped: dict[int, list[Operation]] = defaultdict(list)
    for op in ops:
        grouped[level(op.local_id or op.qbo_id)].append(op)
    return [grouped[k] for k in sorted(grouped)]
