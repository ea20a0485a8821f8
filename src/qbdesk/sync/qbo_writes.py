"""Writes to QuickBooks: creates, updates, deletions and deactivations, in batches, journaled first.

Every one of them, whatever caused it — a first sync, a later one, an approved
change, a problem action — goes through :meth:`QboWriter.write`, which keeps three
rules:

* the request's body and its ``requestid`` are journaled, with the record's
  before-image (QuickBooks' version it replaces) and QuickBooks' clock, and
  committed *before* the batch is sent;
* QuickBooks' answer is recorded in one transaction after: the links, the journal
  rows completed, the records' ``dirty`` flags cleared (only where the record is
  still at the version the body was built from) and their problems resolved;
* an answer that says nothing certain (a dropped connection, a transient fault) is
  settled before the write is sent again: a create is looked for among what
  QuickBooks created since (:mod:`qbdesk.sync.settle`), an update or a removal is
  read back.

The database work is per batch, not per record: on a server database every
statement is a round trip.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, delete, insert, inspect, update
from sqlalchemy.orm import Session

from qbdesk.qbo.client import BatchItem, BatchResult
from qbdesk.qbo.errors import QboError, ThrottledError, is_transient
from qbdesk.store.events import sync_origin
from qbdesk.store.notify import notify_change
from qbdesk.store.syncdata import JournalEntry, JournalState, Link
from qbdesk.store.types import utcnow
from qbdesk.sync.changes import load_records
from qbdesk.sync.entities import NUMBERED, entity_type
from qbdesk.sync.fields import differences
from qbdesk.sync.links import write_links
from qbdesk.sync.mapping import ReadOnlyEntity, UnresolvedReference, to_qbo
from qbdesk.sync.outbox import clear_dirty, mark_dirty
from qbdesk.sync.plan import Operation, OpKind
from qbdesk.sync.problems import ProblemInput, resolve_problems_for_records
from qbdesk.sync.progress import ProgressTracker
from qbdesk.sync.run_context import Row, RunContext
from qbdesk.sync.settle import find_created

log = logging.getLogger("qbdesk.sync")

BATCH_SIZE = 30
LEFT_OUT = "~left-out"   # the Id given to a reference the client drops (QboClient.references_left_out)
MAX_ITEM_ATTEMPTS = 3
_BATCH_OPERATION = {OpKind.CREATE_IN_QBO: "create", OpKind.UPDATE_IN_QBO: "update",
                    OpKind.DEACTIVATE_IN_QBO: "update", OpKind.DELETE_IN_QBO: "delete",
                    OpKind.RESTORE_IN_QBO: "update"}
# Writes whose body does not come from the record here (it may even be gone): QuickBooks' Id and SyncToken, and
# for a restore the journal's before-image.
_NOT_FROM_HERE = frozenset({OpKind.DELETE_IN_QBO, OpKind.DEACTIVATE_IN_QBO, OpKind.RESTORE_IN_QBO})
REMOVALS = frozenset({OpKind.DELETE_IN_QBO, OpKind.DEACTIVATE_IN_QBO})


@dataclass
class Pending:
    """A write journaled and on its way: what was sent, and what it replaces."""

    op: Operation
    entry_id: int
    bid: str
    body: dict[str, Any]
    version: int | None          # the record's version the body was built from (None: a removal)
    before: Row | None
    attempts: int = 1
    request_id: str = ""         # the journaled requestid, sent with the write when it goes alone


@dataclass(frozen=True)
class Done:
    """A write QuickBooks carried out: its journal row, its record, and QuickBooks' copy of it."""

    entry_id: int
    op: Operation
    version: int | None
    row: Row


def blocked_by(ctx: RunContext, err: UnresolvedReference, entity: str, op: Operation, side: str) -> ProblemInput:
    """The problem of a record that refers to one the other side does not have: it names that one."""
    missing = ctx.missing(err.entity, err.record_id, "qbo" if side == "qbo" else "here")
    cause = ctx.failed.get((err.entity, str(err.record_id)))
    if cause is not None or side == "here":
        message = f"Waits for {missing}, which could not sync."
    else:
        message = f"Refers to {missing}, which is not in this company file."
    return ProblemInput(entity, op.local_id, op.qbo_id, op.label, "engine", "depends_on_failed", message,
                        data={"entity": err.entity, "record_id": str(err.record_id), "field": err.field,
                              "params": {"record": missing}})


class QboWriter:
    def __init__(self, ctx: RunContext, tracker: ProgressTracker, planned: int = 0) -> None:
        self.ctx = ctx
        self.tracker = tracker
        # Writes to QuickBooks this run still has to send (the plan's, counted down level after level): the
        # scheduler sends singles beside the batches only when batches alone would hit QuickBooks' limit.
        self.left_in_run = planned

    # --- the loop ------------------------------------------------------------------------------------

    def write(self, ops: Sequence[Operation]) -> None:
        """Carry out ``ops`` (independent writes to QuickBooks of one entity type and level).

        Batches go one after another; while QuickBooks' batch limit holds them back, the
        scheduler sends what they cannot carry as single requests beside them
        (:mod:`qbdesk.sync.scheduler`). Either way each write is journaled first.
        """
        from qbdesk.sync.scheduler import Scheduler

        Scheduler(self).run(ops)
        self.left_in_run = max(0, self.left_in_run - len(ops))

    # --- before sending: build, journal, commit -----------------------------------------------------

    def _body(self, s: Session, op: Operation, record: Any) -> tuple[dict[str, Any], int | None, Row | None]:
        """The body of ``op``'s request, the record's version it comes from, and what it replaces."""
        entity = op.entity
        before = self.ctx.rows.get((entity, op.qbo_id or "")) if op.qbo_id else None
        if op.kind is OpKind.DELETE_IN_QBO:
            return {"Id": op.qbo_id, "SyncToken": _token(before) or op.sync_token}, None, before
        if op.kind is OpKind.DEACTIVATE_IN_QBO:
            return {"Id": op.qbo_id, "SyncToken": _token(before) or op.sync_token, "Active": False,
                    "sparse": True}, None, before
        if op.kind is OpKind.RESTORE_IN_QBO:  # an undo: the fields as they were, on top of the current version
            return {**(op.image or {}), "Id": op.qbo_id, "SyncToken": _token(before) or op.sync_token,
                    "sparse": True}, None, before
        body = to_qbo(record, self._qbo_ref)
        if entity == "RefundReceipt" and self.ctx.refund_account:
            body["DepositToAccountRef"] = {"value": self.ctx.refund_account}
        if op.kind is OpKind.CREATE_IN_QBO and entity in NUMBERED and self.ctx.quickbooks_numbers:
            body.pop("DocNumber", None)  # QuickBooks numbers it (Intuit: sending one "can lead to duplicates")
        if op.kind is OpKind.UPDATE_IN_QBO:
            token = _token(before) or op.sync_token or self.ctx.links.tokens.get((entity, int(op.local_id or 0)))
            body.update(Id=op.qbo_id, SyncToken=token, sparse=True)
        return body, record.version, before

    def _qbo_ref(self, entity: str, local_id: int) -> str | None:
        """A referenced record's QuickBooks Id; a kind this QuickBooks does not keep (QuickBooks Desktop has no
        locations) is left out of the body by the client instead of holding the record back."""
        if entity in self.ctx.client.references_left_out:
            return LEFT_OUT
        return self.ctx.links.qbo_id(entity, local_id)

    def prepare(self, ops: list[Operation]) -> tuple[str, list[Pending]]:
        """Build the bodies and journal the writes (committed) before anything is sent.

        Returns the batch's ``requestid`` (kept on the journal rows) and the items. The
        records are read with one query and the journal rows inserted with one statement.
        """
        batch_id = str(uuid.uuid4())
        if not ops:
            return batch_id, []
        entity = ops[0].entity
        qbo_time = self.ctx.client.stats.last_server_time
        built: list[tuple[str, Operation, dict[str, Any], int | None, Row | None, dict[str, Any]]] = []
        with self.ctx.company.session() as s:
            records = load_records(s, entity, (int(op.local_id) for op in ops
                                               if op.local_id and op.kind not in _NOT_FROM_HERE))
            for n, op in enumerate(ops):
                record = records.get(int(op.local_id or 0))
                if record is None and op.kind not in _NOT_FROM_HERE:
                    continue  # deleted since planning: nothing to send
                try:
                    body, version, before = self._body(s, op, record)
                except UnresolvedReference as err:
                    self.ctx.problem(s, blocked_by(self.ctx, err, entity, op, "here"))
                    self.ctx.failed[(entity, op.local_id or "")] = op.label
                    continue
                except ReadOnlyEntity:
                    continue
                entry = {"run_id": self.ctx.run_id, "seq": self.ctx.next_seq(), "operation": op.kind.value,
                         "entity_type": entity, "local_id": int(op.local_id) if op.local_id else None,
                         "qbo_id": op.qbo_id, "natural_key": op.key[:600], "request_id": str(uuid.uuid4()),
                         "batch_id": batch_id, "state": JournalState.SENT, "created_at": utcnow(),
                         "before": _plain(before) if before is not None else None, "body": _plain(body),
                         "changes": [c.to_json() for c in op.changes] or None, "qbo_time": qbo_time}
                built.append((f"b{n}", op, body, version, before, entry))
            if built:
                # One multi-row INSERT … RETURNING, in the rows' order: no unit of work for rows nothing here
                # reads back as objects (a statement, not a flush: the change notice is ours to ask for).
                ids = s.scalars(insert(JournalEntry).returning(JournalEntry.id, sort_by_parameter_order=True),
                                [entry for *_, entry in built]).all()
                notify_change(s, {JournalEntry.__tablename__})
            else:
                ids = []
            pending = [Pending(op, entry_id, bid, body, version, before, request_id=str(entry["request_id"]))
                       for (bid, op, body, version, before, entry), entry_id in zip(built, ids, strict=True)]
        return batch_id, pending

    # --- sending and recording the answer -----------------------------------------------------------

    def post_batch(self, pending: list[Pending], batch_request_id: str) -> dict[str, BatchResult]:
        """Send one batch (HTTP only: safe on any thread); the answer is recorded by :meth:`record_batch`."""
        entity = pending[0].op.entity
        items = [BatchItem(p.bid, entity, _BATCH_OPERATION[p.op.kind], p.body) for p in pending]
        return self.ctx.client.batch(items, request_id=batch_request_id)

    def post_single(self, p: Pending) -> Row:
        """Send one write alone with its journaled ``requestid`` (HTTP only: safe on any thread)."""
        client, entity, body = self.ctx.client, p.op.entity, p.body
        operation = _BATCH_OPERATION[p.op.kind]
        if operation == "delete":
            return client.delete(entity, str(body["Id"]), str(body["SyncToken"]), request_id=p.request_id)
        if operation == "update":
            return client.update(entity, body, sparse=bool(body.get("sparse", False)), request_id=p.request_id)
        return client.create(entity, body, request_id=p.request_id)

    def record_batch(self, pending: list[Pending], results: dict[str, BatchResult]) -> list[Pending]:
        """Record one batch's outcome in one transaction; returns the items to try again
        (throttled, or transient and not carried out)."""
        entity = pending[0].op.entity
        retry: list[Pending] = []
        done: list[Done] = []
        failed: list[tuple[Pending, QboError | None]] = []
        for p in pending:
            result = results.get(p.bid)
            if result is not None and result.ok and result.entity is not None:
                done.append(Done(p.entry_id, p.op, p.version, result.entity))
                continue
            fault = result.fault if result is not None else None
            if fault is not None and (isinstance(fault, ThrottledError) or is_transient(fault)) \
                    and p.attempts < MAX_ITEM_ATTEMPTS:
                if isinstance(fault, ThrottledError):
                    self.ctx.client.governor.throttled(fault.retry_after)
                    found = None
                else:
                    found = self.carried_out(p)
                if found is not None:
                    done.append(Done(p.entry_id, p.op, p.version, found))
                else:
                    p.bid = f"r{p.attempts}{p.bid}"[:10]
                    p.attempts += 1
                    retry.append(p)
                continue
            if fault is not None and fault.code == "610" and p.op.kind in REMOVALS:
                done.append(Done(p.entry_id, p.op, None, {"Id": p.op.qbo_id, "status": "Deleted"}))
                continue  # already gone: what the removal wanted
            failed.append((p, fault))
        self.record(entity, done, failed)
        return retry

    def never_sent(self, pending: Sequence[Pending]) -> None:
        """Writes journaled but not sent when the run stopped: closed as skipped (the next plan sends them)."""
        if not pending:
            return
        with self.ctx.company.session() as s:
            s.execute(update(JournalEntry), [{"id": p.entry_id, "state": JournalState.SKIPPED,
                                              "completed_at": utcnow()} for p in pending])
            notify_change(s, {JournalEntry.__tablename__})

    def record(self, entity: str, done: Sequence[Done], failed: Sequence[tuple[Pending, QboError | None]]) -> None:
        """What QuickBooks answered, in one transaction, and the progress it makes."""
        with self.ctx.company.session() as s, sync_origin(s):
            self.complete(s, entity, done)
            self._fail(s, entity, failed)
        self.ctx.reporter.progress(self.tracker.advance(entity, len(done) + len(failed)))

    def carried_out(self, p: Pending) -> Row | None:
        """After an answer that says nothing certain: QuickBooks' record if the write happened, else None."""
        op = p.op
        if op.kind is OpKind.CREATE_IN_QBO:
            return find_created(self.ctx, op.entity, [(p.entry_id, p.body)],
                                self.ctx.client.stats.last_server_time).get(p.entry_id)
        try:
            row = self.ctx.client.get(op.entity, op.qbo_id or "")
        except QboError:
            return {"Id": op.qbo_id, "status": "Deleted"} if op.kind is OpKind.DELETE_IN_QBO else None
        if str(row.get("SyncToken")) == _token(p.before):
            return None  # unchanged: not carried out
        if op.kind in (OpKind.UPDATE_IN_QBO, OpKind.RESTORE_IN_QBO) \
                and differences(op.entity, p.body, row, self.ctx.names):
            return None  # changed, but not to this: someone else's edit; the next sync compares again
        return row

    def complete(self, s: Session, entity: str, done: Sequence[Done]) -> None:
        """Writes QuickBooks carried out: their links, journal rows, records and problems, in ``s``'s
        transaction — a statement or two for all of them, whatever their number."""
        if not done:
            return
        now = utcnow()
        kept = [d for d in done if d.op.kind in (OpKind.CREATE_IN_QBO, OpKind.UPDATE_IN_QBO)]
        removed = [d for d in done if d.op.kind in REMOVALS]
        restored = [d for d in done if d.op.kind is OpKind.RESTORE_IN_QBO and d.op.local_id]
        write_links(s, self.ctx.links, entity, [(int(d.op.local_id or 0), str(d.row["Id"]), _token(d.row))
                                                for d in kept + restored])
        if removed:
            # The record is gone here and now there too — or an undo took back the twin a run created: its link
            # goes (the journal keeps both sides).
            local_ids = [int(d.op.local_id or 0) for d in removed]
            s.execute(delete(Link).where(Link.entity_type == entity, Link.local_id.in_(local_ids)))
            for local_id in local_ids:
                qbo_id = self.ctx.links.to_qbo.pop((entity, local_id), None)
                if qbo_id is not None:
                    self.ctx.links.to_local.pop((entity, qbo_id), None)
            notify_change(s, {Link.__tablename__})
        # QuickBooks no longer has what the record here says (an undo took back what a run sent): it is a change
        # QuickBooks has not seen, as it was before that run. (A record deleted here is not touched.)
        mark_dirty(s, entity, [int(d.op.local_id) for d in removed + restored if d.op.local_id])
        s.execute(update(JournalEntry), [
            {"id": d.entry_id, "state": JournalState.DONE, "qbo_id": str(d.row.get("Id") or d.op.qbo_id),
             "sync_token": _token(d.row), "completed_at": now} for d in done])
        notify_change(s, {JournalEntry.__tablename__})
        numbered = [d for d in kept if d.op.kind is OpKind.CREATE_IN_QBO and entity in NUMBERED
                    and self.ctx.quickbooks_numbers and d.row.get("DocNumber")]
        if numbered:  # QuickBooks' numbers come back here (bookkeeping: the record's version stays as it was)
            table = inspect(entity_type(entity).record).local_table
            s.execute(update(table).where(table.c.id == bindparam("rid")).values(doc_number=bindparam("number")),
                      [{"rid": int(d.op.local_id or 0), "number": str(d.row["DocNumber"])[:21]} for d in numbered])
        clear_dirty(s, entity, [(int(d.op.local_id or 0), d.version) for d in kept])
        resolve_problems_for_records(s, entity, [int(d.op.local_id or 0) for d in done])
        counters = self.ctx.counters
        for d in done:
            if d.op.kind is OpKind.CREATE_IN_QBO:
                counters.created_in_qbo += 1
            elif d.op.kind is OpKind.UPDATE_IN_QBO:
                counters.updated_in_qbo += 1
            elif d.op.kind is OpKind.DELETE_IN_QBO:
                counters.deleted_in_qbo += 1
            elif d.op.kind is OpKind.RESTORE_IN_QBO:
                counters.restored_in_qbo += 1
            else:
                counters.deactivated_in_qbo += 1

    def _fail(self, s: Session, entity: str, failed: Sequence[tuple[Pending, QboError | None]]) -> None:
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
                self.ctx.problem(s, ProblemInput.from_error(entity, p.op.local_id, p.op.qbo_id, p.op.label, fault))
            self.ctx.failed[(entity, p.op.local_id or "")] = p.op.label


def _token(row: Row | None) -> str | None:
    """QuickBooks' SyncToken of ``row``, as text."""
    return str(row["SyncToken"]) if row is not None and row.get("SyncToken") is not None else None


def _plain(doc: Row) -> Row:
    from qbdesk.sync.wire import plain

    result: Row = plain(doc)
    return result


Resolver = Callable[[str, int], str | None]
__all__ = ["BATCH_SIZE", "REMOVALS", "Done", "Pending", "QboWriter", "blocked_by", "entity_type"]
