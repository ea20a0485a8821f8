"""The executor: carries out a plan in dependency order, in batches, journaled, resumable.

Crash safety rests on three rules:

* every write to QuickBooks is journaled (with its ``requestid``) *before* it is
  sent, and completed (with QuickBooks' Id and SyncToken, and the link) after;
* a record created here from QuickBooks is written in the same transaction as
  its link and its journal row, so it either fully happened or not at all;
* after a crash, a kill or a cancel, an unfinished write is first looked up in
  QuickBooks by its natural key — QuickBooks' ``requestid`` de-duplication is
  best-effort (qbo-api.md §3.7) — and only re-sent, with the same ``requestid``,
  when it is not there.

A failed operation becomes a problem in the error list and blocks only the
records that depend on it; the rest of the sync goes on.

The database work is done per batch, not per record — on a server database every
statement is a round trip. A batch of writes to QuickBooks costs one transaction
before it is sent (its records read with one query, all its journal rows inserted
with one statement) and one after (the links read with one query and inserted with
one statement, the journal rows completed, the records' ``dirty`` flags cleared and
their open problems resolved with one statement each). Records created here from
QuickBooks go in per chunk of :data:`FETCH_SIZE`: one flush inserts them all,
inside a savepoint; should the database refuse that, the chunk is stored again
record by record, each in its own savepoint, so one bad row becomes a problem and
the rest go in.

A record's ``dirty`` flag is cleared only if the record is still at the version
its request was built from (a bookkeeping write that leaves ``version`` alone, so
an editor holding that version can still save): an edit made while the request
was on its way keeps the record dirty, and the next sync sends it.

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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session, selectinload

from qbdesk.qbo.client import BatchItem, QboClient
from qbdesk.qbo.errors import QboError, ThrottledError, is_transient
from qbdesk.store import BY_ENTITY, Company
from qbdesk.store.base import Record
from qbdesk.store.events import sync_origin
from qbdesk.store.locks import SyncLockLost
from qbdesk.store.notify import notify_change
from qbdesk.store.syncdata import JournalEntry, JournalState, RunStatus, SyncRun
from qbdesk.store.types import utcnow
from qbdesk.sync.catalogue import preflight_code, reason_message
from qbdesk.sync.entities import ENTITY_ORDER
from qbdesk.sync.links import LinkCache, write_links
from qbdesk.sync.mapping import ReadOnlyEntity, UnresolvedReference, from_qbo, to_qbo
from qbdesk.sync.outbox import clear_dirty
from qbdesk.sync.plan import Operation, OpKind, Plan
from qbdesk.sync.problems import ProblemInput, record_problem, resolve_problems_for_records
from qbdesk.sync.progress import NullReporter, ProblemNotice, ProgressTracker, Reporter, RunSummary
from qbdesk.sync.qbo_snapshot import QboKeys, to_snap

log = logging.getLogger("qbdesk.sync")

BATCH_SIZE = 30
FETCH_SIZE = 200      # QuickBooks records read per query when creating them here
MAX_ITEM_ATTEMPTS = 3

# Where the natural-key look-up starts in QuickBooks (a narrow, queryable field).
LOOKUP_FIELD = {
    "Account": "Name", "PaymentMethod": "Name", "Term": "Name", "Item": "Name",
    "Customer": "DisplayName", "Vendor": "DisplayName",
    "Invoice": "DocNumber", "CreditMemo": "DocNumber", "RefundReceipt": "DocNumber", "Bill": "DocNumber",
    "Purchase": "TxnDate", "Payment": "TxnDate",
}

_LOAD_CHILDREN = {"Invoice": "lines", "CreditMemo": "lines", "RefundReceipt": "lines", "Purchase": "lines",
                  "Bill": "lines", "Payment": "applications"}


class Cancelled(Exception):
    """The user cancelled; the run stops between batches and can be resumed."""


def no_guard() -> None:
    """The guard of a run that holds no lock to watch (tests, tools): nothing to check."""


def quote(value: str) -> str:
    """A QuickBooks query string literal (``'`` escaped as ``\\'``)."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


@dataclass
class RunCounters:
    created_in_qbo: int = 0
    created_here: int = 0
    updated: int = 0
    linked: int = 0
    problems: int = 0


@dataclass
class _Pending:
    op: Operation
    entry_id: int
    request_id: str
    bid: str
    body: dict[str, Any]
    version: int          # the record's version the body was built from
    attempts: int = 1


@dataclass(frozen=True)
class _Done:
    """A write QuickBooks carried out: its journal row, its record, and QuickBooks' copy of it."""

    entry_id: int
    local_id: int
    version: int | None   # the version its body was built from; None when not known (the record stays dirty)
    row: dict[str, Any]


@dataclass
class Executor:
    """Runs one plan against one company and one QuickBooks connection."""

    company: Company
    client: QboClient
    reporter: Reporter = field(default_factory=NullReporter)
    cancel: threading.Event = field(default_factory=threading.Event)
    refund_account: str | None = None
    guard: Callable[[], None] = no_guard  # called between batches; raises to stop the run (SyncLockLost)

    def __post_init__(self) -> None:
        self.links = LinkCache()
        self.counters = RunCounters()
        self.failed: dict[tuple[str, str], str] = {}   # (entity, local id) -> why it did not sync
        self.run_id = ""
        self._seq = 0
        self._calls_at_start = 0

    # --- the run ----------------------------------------------------------------------------------

    def start_run(self, plan: Plan, kind: str = "first", run_id: str | None = None) -> str:
        with self.company.session() as s:
            if run_id is None:
                run_id = str(uuid.uuid4())
                s.add(SyncRun(id=run_id, kind=kind, started_at=utcnow(), settings=plan.settings.to_json(),
                              counts={e: c.to_json() for e, c in plan.counts.items()}))
            else:
                run = s.get(SyncRun, run_id)
                assert run is not None
                run.status = RunStatus.RUNNING
                self._seq = max((e.seq for e in run.journal), default=0)
        self.run_id = run_id
        return run_id

    def execute(self, plan: Plan, run_id: str | None = None, kind: str = "first") -> RunSummary:
        """Carry out ``plan``; returns the run summary (its status tells completed / interrupted / failed)."""
        started = time.monotonic()
        self._calls_at_start = self.client.stats.calls
        self.start_run(plan, kind, run_id)
        with self.company.session() as s:
            self.links = LinkCache.load(s)
        self.refund_account = self.refund_account or plan.settings.refund_account
        status = RunStatus.COMPLETED
        error: str | None = None
        writes = plan.writes()
        tracker = ProgressTracker({e: n for e, n in _count_by_entity(writes).items()})
        try:
            self._record_plan_skips(plan)
            for entity in ENTITY_ORDER:
                ops = [op for op in writes if op.entity == entity]
                if not ops:
                    continue
                self.reporter.phase(entity)
                self._link_all([op for op in ops if op.kind is OpKind.LINK], tracker)
                for level in _levels([op for op in ops if op.kind is OpKind.CREATE_IN_QBO]):
                    self._create_in_qbo(level, tracker)
                for level in _levels([op for op in ops if op.kind is OpKind.CREATE_HERE]):
                    self._create_here(entity, level, tracker)
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

    def _finish(self, status: RunStatus, error: str | None, seconds: float = 0.0) -> RunSummary:
        calls = self.client.stats.calls - self._calls_at_start
        with self.company.session() as s:
            run = s.get(SyncRun, self.run_id)
            if run is not None:
                run.status = status
                run.finished_at = utcnow()
                run.error = error
                run.api_calls = (run.api_calls or 0) + calls
                c = self.counters
                run.counts = {**(run.counts or {}), "_result": {
                    "created_in_qbo": c.created_in_qbo, "created_here": c.created_here, "linked": c.linked,
                    "updated": c.updated, "problems": c.problems}}
        c = self.counters
        return RunSummary(self.run_id, status.value, c.created_in_qbo, c.created_here, c.updated, c.linked,
                          c.problems, calls, round(seconds, 2))

    def _check_cancel(self) -> None:
        """Between batches: stop on a cancel, or when the guard says this engine must not go on writing."""
        if self.cancel.is_set():
            raise Cancelled
        self.guard()

    # --- problems ---------------------------------------------------------------------------------

    def _problem(self, session: Session, p: ProblemInput) -> None:
        issue = record_problem(session, p, self.run_id)
        self.counters.problems += 1
        self.reporter.problem(ProblemNotice(issue.id, issue.category, p.entity, p.label, p.code, p.message))

    def _record_plan_skips(self, plan: Plan) -> None:
        """Blocked records become problems now (pre-flight): they never cost an API call."""
        blocked = [op for op in plan.operations if op.kind is OpKind.SKIP and op.outcome is not None
                   and op.outcome.value == "blocked"]
        if not blocked:
            return
        with self.company.session() as s:
            for op in blocked:
                code = preflight_code(op.reason) or "blocked"
                message = reason_message(op.reason, op.params)
                self._problem(s, ProblemInput(op.entity, op.local_id, op.qbo_id, op.label, "preflight", code,
                                              message, data={"reason": op.reason, "params": op.params}))
                if op.local_id is not None:
                    self.failed[(op.entity, op.local_id)] = op.label

    # --- links ------------------------------------------------------------------------------------

    def _link_all(self, ops: Sequence[Operation], tracker: ProgressTracker) -> None:
        if not ops:
            return
        entity = ops[0].entity
        assert all(op.local_id is not None and op.qbo_id is not None for op in ops)
        with self.company.session() as s, sync_origin(s):
            write_links(s, self.links, entity, [(int(op.local_id or 0), op.qbo_id or "", op.sync_token)
                                                for op in ops])
            # The twins are one record now; later edits mark it again. An edit made since the plan read the
            # record (another version) is one QuickBooks has not seen: the record stays dirty.
            clear_dirty(s, entity, [(int(op.local_id or 0), op.version) for op in ops])
            self.counters.linked += len(ops)
        self.reporter.progress(tracker.advance(entity, len(ops)))

    # --- creating in QuickBooks -------------------------------------------------------------------

    def _qbo_ref(self, entity: str, local_id: int) -> str | None:
        return self.links.qbo_id(entity, local_id)

    def _blocked_by(self, err: UnresolvedReference, entity: str) -> ProblemInput:
        cause = self.failed.get((err.entity, str(err.record_id)))
        if cause:
            message = f"Waits for {err.entity} '{cause}', which could not sync."
        else:
            message = f"Refers to a {err.entity} that is not in QuickBooks ({err.field})."
        return ProblemInput(entity, None, None, "", "engine", "depends_on_failed", message,
                            data={"entity": err.entity, "record_id": str(err.record_id), "field": err.field})

    def _load(self, session: Session, entity: str, ids: Iterable[int]) -> dict[int, Record]:
        cls = BY_ENTITY[entity]
        query = select(cls).where(cls.id.in_(list(ids)))
        child = _LOAD_CHILDREN.get(entity)
        if child:
            query = query.options(selectinload(getattr(cls, child)))
        return {r.id: r for r in session.scalars(query)}

    def _create_in_qbo(self, ops: list[Operation], tracker: ProgressTracker) -> None:
        queue = list(ops)
        retry: list[_Pending] = []
        while queue or retry:
            self._check_cancel()
            again, retry = retry[:BATCH_SIZE], retry[BATCH_SIZE:]
            room = BATCH_SIZE - len(again)
            chunk, queue = queue[:room], queue[room:]
            batch_id, fresh = self._prepare(chunk)
            pending = again + fresh
            if pending:
                retry.extend(self._send(pending, batch_id if not again else str(uuid.uuid4()), tracker))

    def _prepare(self, ops: list[Operation]) -> tuple[str, list[_Pending]]:
        """Build the bodies and journal the writes (committed) before anything is sent.

        Returns the batch's ``requestid`` (kept on the journal rows) and the items. The
        records are read with one query and the journal rows inserted with one flush
        (one multi-row ``INSERT … RETURNING``).
        """
        batch_id = str(uuid.uuid4())
        if not ops:
            return batch_id, []
        entity = ops[0].entity
        built: list[tuple[str, Operation, dict[str, Any], int, JournalEntry]] = []
        with self.company.session() as s:
            records = self._load(s, entity, (int(op.local_id) for op in ops if op.local_id))
            for n, op in enumerate(ops):
                assert op.local_id is not None
                record = records.get(int(op.local_id))
                if record is None:
                    continue  # deleted since planning: nothing to send
                try:
                    body = to_qbo(record, self._qbo_ref)
                except UnresolvedReference as err:
                    p = self._blocked_by(err, entity)
                    self._problem(s, ProblemInput(entity, op.local_id, None, op.label, p.source, p.code, p.message,
                                                  data=p.data))
                    self.failed[(entity, op.local_id)] = op.label
                    continue
                except ReadOnlyEntity:
                    continue
                if entity == "RefundReceipt" and self.refund_account:
                    body["DepositToAccountRef"] = {"value": self.refund_account}
                self._seq += 1
                entry = JournalEntry(run_id=self.run_id, seq=self._seq, operation=OpKind.CREATE_IN_QBO.value,
                                     entity_type=entity, local_id=int(op.local_id), natural_key=op.key[:600],
                                     request_id=str(uuid.uuid4()), batch_id=batch_id, state=JournalState.SENT,
                                     created_at=utcnow())
                built.append((f"b{n}", op, body, record.version, entry))
            s.add_all(entry for *_, entry in built)
            s.flush()  # the ids of all the batch's journal rows, from one statement
            pending = [_Pending(op, entry.id, entry.request_id or "", bid, body, version)
                       for bid, op, body, version, entry in built]
        return batch_id, pending

    def _send(self, pending: list[_Pending], batch_request_id: str, tracker: ProgressTracker) -> list[_Pending]:
        """Send one batch and record its outcome in one transaction; returns the items to try again
        (throttled or transient)."""
        entity = pending[0].op.entity
        items = [BatchItem(p.bid, entity, "create", p.body) for p in pending]
        results = self.client.batch(items, request_id=batch_request_id)
        retry: list[_Pending] = []
        done: list[_Done] = []
        failed: list[tuple[_Pending, QboError | None]] = []
        for p in pending:
            result = results.get(p.bid)
            local_id = int(p.op.local_id or 0)
            if result is not None and result.ok and result.entity:
                done.append(_Done(p.entry_id, local_id, p.version, result.entity))
                continue
            fault = result.fault if result is not None else None
            if fault is not None and (isinstance(fault, ThrottledError) or is_transient(fault)) \
                    and p.attempts < MAX_ITEM_ATTEMPTS:
                if isinstance(fault, ThrottledError):
                    self.client.governor.throttled(fault.retry_after)
                found = None if isinstance(fault, ThrottledError) else self._lookup(entity, local_id, p.op.key)
                if found is not None:
                    done.append(_Done(p.entry_id, local_id, p.version, found))
                else:
                    p.bid = f"r{p.attempts}{p.bid}"[:10]
                    p.attempts += 1
                    retry.append(p)
                continue
            failed.append((p, fault))
        with self.company.session() as s, sync_origin(s):
            self._complete(s, entity, done)
            self._fail(s, entity, failed)
        self.reporter.progress(tracker.advance(entity, len(done) + len(failed)))
        return retry

    def _complete(self, s: Session, entity: str, done: Sequence[_Done]) -> None:
        """Writes QuickBooks carried out: their links, journal rows, records and problems, in ``s``'s
        transaction — a statement or two for all of them, whatever their number."""
        if not done:
            return
        now = utcnow()
        completed = [(d, str(d.row["Id"]), str(d.row["SyncToken"]) if d.row.get("SyncToken") is not None else None)
                     for d in done]
        write_links(s, self.links, entity, [(d.local_id, qbo_id, token) for d, qbo_id, token in completed])
        s.execute(update(JournalEntry), [
            {"id": d.entry_id, "state": JournalState.DONE, "qbo_id": qbo_id, "sync_token": token,
             "completed_at": now} for d, qbo_id, token in completed])
        notify_change(s, {JournalEntry.__tablename__})
        clear_dirty(s, entity, [(d.local_id, d.version) for d in done])
        resolve_problems_for_records(s, entity, [d.local_id for d in done])
        self.counters.created_in_qbo += len(done)

    def _fail(self, s: Session, entity: str, failed: Sequence[tuple[_Pending, QboError | None]]) -> None:
        """Writes QuickBooks refused (or never answered for): journal rows closed, problems recorded."""
        if not failed:
            return
        now = utcnow()
        s.execute(update(JournalEntry), [
            {"id": p.entry_id, "state": JournalState.FAILED, "completed_at": now,
             "error_code": fault.code if fault is not None else None,
             "error_message": fault.summary[:2000] if fault is not None else None} for p, fault in failed])
        notify_change(s, {JournalEntry.__tablename__})
        for p, fault in failed:
            if fault is not None:
                self._problem(s, ProblemInput.from_error(entity, p.op.local_id, None, p.op.label, fault))
            self.failed[(entity, str(int(p.op.local_id or 0)))] = p.op.label

    # --- looking records up by natural key (resume, ambiguous failures) ---------------------------

    def _lookup(self, entity: str, local_id: int, key: str) -> dict[str, Any] | None:
        """The QuickBooks record whose natural key is ``key`` (the twin of a local record), if it exists."""
        field_name = LOOKUP_FIELD.get(entity)
        if field_name is None:
            return None
        with self.company.session() as s:
            record = s.get(BY_ENTITY[entity], local_id)
            value = _lookup_value(record) if record is not None else None
        if value is None:
            return None
        keys = self._qbo_keys()
        for row in self.client.query(f"SELECT * FROM {entity} WHERE {field_name} = {quote(value)}"):
            if to_snap(entity, row, keys).key == key:
                return row
        return None

    def _qbo_keys(self) -> QboKeys:
        """Names of linked customers/vendors/accounts, to compute QuickBooks-side keys locally."""
        from qbdesk.sync.local_snapshot import local_snapshot

        keys = QboKeys()
        with self.company.session() as s:
            snap = local_snapshot(s)
        for entity, target in (("Customer", keys.customer), ("Vendor", keys.vendor), ("Account", keys.account)):
            for rec in snap.of(entity):
                qbo_id = self.links.qbo_id(entity, int(rec.id))
                if qbo_id is not None:
                    target[qbo_id] = rec.key
        return keys

    # --- creating here from QuickBooks ------------------------------------------------------------

    def _local_ref(self, entity: str, qbo_id: str) -> int | None:
        return self.links.local_id(entity, qbo_id)

    def _create_here(self, entity: str, ops: list[Operation], tracker: ProgressTracker) -> None:
        """Create here the QuickBooks records of ``ops``, with their links and journal rows, one
        transaction per chunk of :data:`FETCH_SIZE` (one query to QuickBooks each)."""
        for start in range(0, len(ops), FETCH_SIZE):
            self._check_cancel()
            chunk = ops[start:start + FETCH_SIZE]
            ids = ", ".join(quote(op.qbo_id or "") for op in chunk)
            rows = {str(r["Id"]): r for r in self.client.query(f"SELECT * FROM {entity} WHERE Id IN ({ids})")}
            with self.company.session() as s, sync_origin(s):
                built: list[tuple[Operation, dict[str, Any], Record]] = []
                for op in chunk:
                    row = rows.get(op.qbo_id or "")
                    if row is None:
                        continue  # gone from QuickBooks since planning
                    try:
                        record = from_qbo(entity, row, self._local_ref)
                    except UnresolvedReference as err:
                        p = self._blocked_by(err, entity)
                        self._problem(s, ProblemInput(entity, None, op.qbo_id, op.label, p.source, p.code,
                                                      p.message, data=p.data))
                        continue
                    built.append((op, row, record))
                stored = self._store_here(s, entity, built)
                write_links(s, self.links, entity, [(record.id, str(row["Id"]), _token(row))
                                                    for _, row, record in stored])
                now = utcnow()
                journal = []
                for op, row, record in stored:
                    self._seq += 1
                    journal.append({"run_id": self.run_id, "seq": self._seq, "operation": OpKind.CREATE_HERE.value,
                                    "entity_type": entity, "local_id": record.id, "qbo_id": str(row["Id"]),
                                    "natural_key": op.key[:600], "state": JournalState.DONE,
                                    "sync_token": _token(row), "created_at": now, "completed_at": now})
                if journal:  # one multi-row INSERT; nothing read back
                    s.execute(insert(JournalEntry), journal)
                    notify_change(s, {JournalEntry.__tablename__})
                self.counters.created_here += len(stored)
            self.reporter.progress(tracker.advance(entity, len(chunk)))

    def _store_here(self, s: Session, entity: str, built: list[tuple[Operation, dict[str, Any], Record]]
                    ) -> list[tuple[Operation, dict[str, Any], Record]]:
        """Insert the new records made from QuickBooks' rows: all with one flush, in a savepoint.

        Should the database refuse that flush (a row breaking a constraint or a column's
        size), the savepoint is rolled back and the records are stored again one by one,
        each in a savepoint of its own: the one it refuses becomes a problem, the others
        go in. Returns what was stored (the records now have their ids).
        """
        if not built:
            return []
        try:
            with s.begin_nested():
                s.add_all(record for _, _, record in built)
                s.flush()
            return built
        except (IntegrityError, DataError) as exc:
            log.info("%s: %d records could not be stored together (%s); storing them one by one",
                     entity, len(built), type(exc.orig).__name__)
        stored: list[tuple[Operation, dict[str, Any], Record]] = []
        for op, row, _ in built:
            record = from_qbo(entity, row, self._local_ref)  # afresh: the rolled-back ones left the session
            try:
                with s.begin_nested():
                    s.add(record)
                    s.flush()
            except (IntegrityError, DataError) as exc:
                self._problem(s, ProblemInput(entity, None, op.qbo_id, op.label, "engine", "not_stored",
                                              f"Could not be stored here: {str(exc.orig).strip()[:500]}"))
                continue
            stored.append((op, row, record))
        return stored

    # --- resume -----------------------------------------------------------------------------------

    def reconcile(self, run_id: str) -> int:
        """Settle the writes an interrupted run had sent without knowing their outcome.

        Each is looked up in QuickBooks by natural key: found → linked; not found →
        re-sent once with the same ``requestid``. Returns how many were settled.
        """
        self.run_id = run_id
        with self.company.session() as s:
            self.links = LinkCache.load(s)
            entries = list(s.scalars(select(JournalEntry).where(
                JournalEntry.run_id == run_id,
                JournalEntry.state.in_((JournalState.PENDING, JournalState.SENT)))))
            unsettled = [(e.id, e.entity_type, e.local_id, e.natural_key or "", e.request_id) for e in entries]
        settled = 0
        for entry_id, entity, local_id, key, request_id in unsettled:
            assert local_id is not None
            self.guard()  # a re-send is a write: not without the lock (each entry is settled on its own)
            if self.links.qbo_id(entity, local_id) is not None:
                self._close_entry(entry_id, JournalState.DONE)
                settled += 1
                continue
            # Found: the version its body was built from is not known, so the record stays dirty (the next
            # sync sends it once more, as an update) rather than risk dropping an edit made meanwhile.
            found, version = self._lookup(entity, local_id, key), None
            if found is None:
                found, version = self._resend(entity, local_id, request_id)
            if found is not None:
                with self.company.session() as s, sync_origin(s):
                    self._complete(s, entity, [_Done(entry_id, local_id, version, found)])
            else:
                self._close_entry(entry_id, JournalState.SKIPPED)  # the re-plan will create it afresh
            settled += 1
        return settled

    def _resend(self, entity: str, local_id: int, request_id: str | None) -> tuple[dict[str, Any] | None, int | None]:
        """Send one unsettled write again; returns QuickBooks' record (None if not created) and the
        version of the record its body was built from."""
        with self.company.session() as s:
            record = self._load(s, entity, [local_id]).get(local_id)
            if record is None:
                return None, None
            try:
                body = to_qbo(record, self._qbo_ref)
            except (UnresolvedReference, ReadOnlyEntity):
                return None, None
            version = record.version
        if entity == "RefundReceipt" and self.refund_account:
            body["DepositToAccountRef"] = {"value": self.refund_account}
        try:
            return self.client.create(entity, body, request_id=request_id), version
        except QboError as err:
            if is_transient(err):
                raise
            return None, None

    def _close_entry(self, entry_id: int, state: JournalState) -> None:
        with self.company.session() as s:
            entry = s.get(JournalEntry, entry_id)
            if entry is not None:
                entry.state = state
                entry.completed_at = utcnow()


def _token(row: dict[str, Any]) -> str | None:
    """QuickBooks' SyncToken of ``row``, as text."""
    return str(row["SyncToken"]) if row.get("SyncToken") is not None else None


def _lookup_value(record: Record) -> str | None:
    """The record's value of its look-up field (see ``LOOKUP_FIELD``), as QuickBooks stores it."""
    for attr in ("name", "display_name", "doc_number"):
        if hasattr(record, attr):
            value = getattr(record, attr)
            return str(value) if value else None
    day = getattr(record, "txn_date", None)
    return day.isoformat() if day else None


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
