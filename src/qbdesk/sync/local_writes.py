"""Writes in the company file: records created, updated, restored or deleted, links, and what needs the user.

A write here is one database transaction holding the record, its link and its
journal row (with the record's before-image for an update, a restore or a
deletion), so it either fully happened or not at all — which is why, unlike a
write to QuickBooks, it never needs settling after a crash. An undo's writes here
(a record put back as it was, one a run created taken away, a link taken back)
are such writes too. Records created here go in per chunk of
:data:`FETCH_SIZE`: one flush inserts them all inside a savepoint; should the
database refuse that flush (a row breaking a constraint or a column's size), the
chunk is stored again record by record, so one bad row becomes a problem and the
rest go in.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, bindparam, delete, insert, inspect, select, update
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from qbdesk.store.base import Record
from qbdesk.store.events import sync_origin
from qbdesk.store.notify import notify_change
from qbdesk.store.syncdata import IssueStatus, JournalEntry, JournalState, Link, LinkState, SyncIssue
from qbdesk.store.transactions import Invoice, Payment, PaymentApplication
from qbdesk.store.types import utcnow
from qbdesk.sync.changes import load_records, quote
from qbdesk.sync.entities import entity_type
from qbdesk.sync.images import record_image, restore_image
from qbdesk.sync.links import write_links
from qbdesk.sync.mapping import UnresolvedReference, from_qbo, to_qbo
from qbdesk.sync.outbox import clear_dirty, mark_dirty
from qbdesk.sync.plan import Operation, OpKind
from qbdesk.sync.problems import ProblemInput, resolve_problems_for_records
from qbdesk.sync.progress import ProgressTracker
from qbdesk.sync.qbo_writes import blocked_by
from qbdesk.sync.run_context import Row, RunContext
from qbdesk.sync.wire import plain

log = logging.getLogger("qbdesk.sync")

FETCH_SIZE = 200      # QuickBooks records read per query when creating them here
# The record attributes holding references of each kind a QuickBooks may not keep (QboClient.references_left_out).
KEPT_HERE: dict[str, tuple[str, ...]] = {"Department": ("location_id",), "Estimate": ("estimate_id",)}


def _token(row: Row) -> str | None:
    return str(row["SyncToken"]) if row.get("SyncToken") is not None else None


class LocalWriter:
    def __init__(self, ctx: RunContext, tracker: ProgressTracker) -> None:
        self.ctx = ctx
        self.tracker = tracker

    def _journal(self, s: Session, rows: list[dict[str, Any]]) -> None:
        if rows:  # one multi-row INSERT; nothing read back
            s.execute(insert(JournalEntry), rows)
            notify_change(s, {JournalEntry.__tablename__})

    def _entry(self, op: Operation, local_id: int | None, qbo_id: str | None, token: str | None,
               before: dict[str, Any] | None = None) -> dict[str, Any]:
        now = utcnow()
        return {"run_id": self.ctx.run_id, "seq": self.ctx.next_seq(), "operation": op.kind.value,
                "entity_type": op.entity, "local_id": local_id, "qbo_id": qbo_id, "natural_key": op.key[:600],
                "state": JournalState.DONE, "sync_token": token, "created_at": now, "completed_at": now,
                "before": before, "changes": [c.to_json() for c in op.changes] or None}

    # --- links and records already in step -----------------------------------------------------------

    def link(self, entity: str, ops: Sequence[Operation]) -> None:
        """Twins found by natural key: linked, journaled (an undo unlinks them), their marks cleared."""
        if not ops:
            return
        with self.ctx.company.session() as s, sync_origin(s):
            write_links(s, self.ctx.links, entity, [(int(op.local_id or 0), op.qbo_id or "", op.sync_token)
                                                    for op in ops])
            # The twins are one record now; later edits mark it again. An edit made since the plan read the
            # record (another version) is one QuickBooks has not seen: the record stays dirty.
            clear_dirty(s, entity, [(int(op.local_id or 0), op.version) for op in ops])
            self._journal(s, [self._entry(op, int(op.local_id or 0), op.qbo_id, op.sync_token) for op in ops])
            self.ctx.counters.linked += len(ops)
        self.ctx.reporter.progress(self.tracker.advance(entity, len(ops)))

    def clean(self, entity: str, ops: Sequence[Operation]) -> None:
        """Changed on one side, but both sides agree: the link takes QuickBooks' SyncToken, the mark goes."""
        if not ops:
            return
        with self.ctx.company.session() as s, sync_origin(s):
            write_links(s, self.ctx.links, entity, [(int(op.local_id or 0), op.qbo_id or "", op.sync_token)
                                                    for op in ops])
            clear_dirty(s, entity, [(int(op.local_id or 0), op.version) for op in ops])
            resolve_problems_for_records(s, entity, [int(op.local_id or 0) for op in ops])

    # --- what needs the user -------------------------------------------------------------------------

    def needs_user(self, entity: str, ops: Sequence[Operation]) -> None:
        """Deleted or moved in QuickBooks, or changed on both sides with "ask": a problem each, no write."""
        if not ops:
            return
        with self.ctx.company.session() as s, sync_origin(s):
            for op in ops:
                row = self.ctx.rows.get((entity, op.qbo_id or ""))
                if op.kind is OpKind.MARK_DELETED:
                    s.execute(update(Link).where(Link.entity_type == entity, Link.local_id == int(op.local_id or 0))
                              .values(state=LinkState.DELETED_IN_QBO, updated_at=utcnow()))
                    self.ctx.links.forget(entity, int(op.local_id or 0), LinkState.DELETED_IN_QBO)
                    self._journal(s, [self._entry(op, int(op.local_id or 0), op.qbo_id, None)])
                    self.ctx.problem(s, ProblemInput(entity, op.local_id, op.qbo_id, op.label, "qbo",
                                                     "deleted_in_qbo", "Deleted in QuickBooks."))
                elif op.kind is OpKind.MOVED:
                    self.ctx.problem(s, ProblemInput(
                        entity, op.local_id, op.qbo_id, op.label, "qbo", "moved_in_qbo",
                        "In QuickBooks it now belongs to another customer, job or property.",
                        data={"qbo": plain(row or {}), "fields": [c.to_json() for c in op.changes]}))
                else:
                    records = load_records(s, entity, [int(op.local_id or 0)])
                    record = records.get(int(op.local_id or 0))
                    here = to_qbo(record, lambda e, i: self.ctx.links.qbo_id(e, i) or f"~{e}:{i}") \
                        if record is not None else {}
                    self.ctx.problem(s, ProblemInput(
                        entity, op.local_id, op.qbo_id, op.label, "engine", "conflict",
                        "Changed here and in QuickBooks since the last sync.",
                        data={"here": plain(here), "qbo": plain(row or {}),
                              "fields": [c.to_json() for c in op.changes]}))

    # --- updating here from QuickBooks ---------------------------------------------------------------

    def update_here(self, entity: str, ops: Sequence[Operation]) -> None:
        """Take over QuickBooks' version: the record, its link and its journal row (with the record as it
        was) in one transaction."""
        if not ops:
            return
        missing = [op.qbo_id or "" for op in ops if (entity, op.qbo_id or "") not in self.ctx.rows]
        if missing:
            self.ctx.rows.update({(entity, str(r["Id"])): r for r in self._read(entity, missing)})
        with self.ctx.company.session() as s, sync_origin(s):
            records = load_records(s, entity, [int(op.local_id or 0) for op in ops])
            done: list[tuple[Operation, Record, Row]] = []
            journal: list[dict[str, Any]] = []
            paid: set[int] = set()   # invoices whose payments changed: their balances follow
            for op in ops:
                record = records.get(int(op.local_id or 0))
                row = self.ctx.rows.get((entity, op.qbo_id or ""))
                if record is None or row is None:
                    continue
                # The link's SyncToken goes with the image: an undo puts both back, so the next sync sees
                # QuickBooks' version as the change it was.
                before = {**record_image(record), "sync_token": self.ctx.links.tokens.get((entity, record.id))}
                paid |= _paid_invoices(record)
                # What this QuickBooks does not keep (Desktop: locations, the estimate an invoice came from) stays
                # as it is here: its absence from QuickBooks' version is not a change.
                kept = {name: getattr(record, name) for left_out in self.ctx.client.references_left_out
                        for name in KEPT_HERE.get(left_out, ()) if hasattr(record, name)}
                try:
                    with s.begin_nested():
                        from_qbo(entity, row, self.ctx.links.local_id, into=record)
                        for name, value in kept.items():
                            setattr(record, name, value)
                        s.flush()
                    paid |= _paid_invoices(record)
                except UnresolvedReference as err:
                    self.ctx.problem(s, blocked_by(self.ctx, err, entity, op, "qbo"))
                    continue
                except (IntegrityError, DataError) as exc:
                    self.ctx.problem(s, ProblemInput(entity, op.local_id, op.qbo_id, op.label, "engine", "not_stored",
                                                     f"Could not be stored here: {str(exc.orig).strip()[:500]}"))
                    continue
                done.append((op, record, row))
                journal.append(self._entry(op, record.id, op.qbo_id, _token(row), before))
            write_links(s, self.ctx.links, entity, [(record.id, str(row["Id"]), _token(row))
                                                    for _, record, row in done])
            s.flush()
            settle_invoice_balances(s, paid)
            # Taken over from QuickBooks: nothing of it to send back (an edit saved since keeps its mark).
            clear_dirty(s, entity, [(record.id, record.version) for _, record, _ in done])
            self._journal(s, journal)
            resolve_problems_for_records(s, entity, [record.id for _, record, _ in done])
            self.ctx.counters.updated_here += len(done)
        self.ctx.reporter.progress(self.tracker.advance(entity, len(ops)))

    # --- creating here from QuickBooks ---------------------------------------------------------------

    def _read(self, entity: str, ids: Sequence[str]) -> list[Row]:
        chunk = ", ".join(quote(i) for i in ids)
        return self.ctx.client.query(f"SELECT * FROM {entity} WHERE Id IN ({chunk})")

    def create_here(self, entity: str, ops: Sequence[Operation]) -> None:
        """Create here the QuickBooks records of ``ops``, with their links and journal rows, one
        transaction per chunk of :data:`FETCH_SIZE` (one query to QuickBooks each, unless the change
        stage read them already)."""
        for start in range(0, len(ops), FETCH_SIZE):
            self.ctx.check()
            chunk = ops[start:start + FETCH_SIZE]
            missing = [op.qbo_id or "" for op in chunk if (entity, op.qbo_id or "") not in self.ctx.rows]
            rows = {str(r["Id"]): r for r in self._read(entity, missing)} if missing else {}
            for op in chunk:
                known = self.ctx.rows.get((entity, op.qbo_id or ""))
                if known is not None:
                    rows[op.qbo_id or ""] = known
            with self.ctx.company.session() as s, sync_origin(s):
                built: list[tuple[Operation, Row, Record]] = []
                for op in chunk:
                    row = rows.get(op.qbo_id or "")
                    if row is None:
                        continue  # gone from QuickBooks since planning
                    try:
                        record = from_qbo(entity, row, self.ctx.links.local_id)
                    except UnresolvedReference as err:
                        self.ctx.problem(s, blocked_by(self.ctx, err, entity, op, "qbo"))
                        continue
                    built.append((op, row, record))
                stored = self._store(s, entity, built)
                write_links(s, self.ctx.links, entity, [(record.id, str(row["Id"]), _token(row))
                                                        for _, row, record in stored])
                self._journal(s, [self._entry(op, record.id, str(row["Id"]), _token(row))
                                  for op, row, record in stored])
                self._resolve_by_qbo_id(s, entity, [str(row["Id"]) for _, row, _ in stored])
                self.ctx.counters.created_here += len(stored)
            self.ctx.reporter.progress(self.tracker.advance(entity, len(chunk)))

    def _resolve_by_qbo_id(self, s: Session, entity: str, qbo_ids: list[str]) -> None:
        """A QuickBooks record now here: the problems it had as "could not be stored here" are over."""
        if not qbo_ids:
            return
        stale = s.scalars(select(SyncIssue).where(SyncIssue.entity_type == entity,
                                                  SyncIssue.status == IssueStatus.OPEN,
                                                  SyncIssue.local_id.is_(None), SyncIssue.qbo_id.in_(qbo_ids)))
        for issue in stale:
            issue.status, issue.last_seen = IssueStatus.RESOLVED, utcnow()

    def _store(self, s: Session, entity: str, built: list[tuple[Operation, Row, Record]]
               ) -> list[tuple[Operation, Row, Record]]:
        """Insert the new records made from QuickBooks' rows: all with one flush, in a savepoint; one by one,
        each in a savepoint of its own, if the database refuses that."""
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
        stored: list[tuple[Operation, Row, Record]] = []
        for op, row, _ in built:
            record = from_qbo(entity, row, self.ctx.links.local_id)  # afresh: the rolled-back ones left the session
            try:
                with s.begin_nested():
                    s.add(record)
                    s.flush()
            except (IntegrityError, DataError) as exc:
                self.ctx.problem(s, ProblemInput(entity, None, op.qbo_id, op.label, "engine", "not_stored",
                                                 f"Could not be stored here: {str(exc.orig).strip()[:500]}"))
                continue
            stored.append((op, row, record))
        return stored


    # --- taking back (an undo): restoring, deleting, unlinking ------------------------------------------

    def restore_here(self, entity: str, ops: Sequence[Operation]) -> None:
        """Put records back as the journal's image shows them (``op.image``), with their link's SyncToken of
        then: one transaction, each record in a savepoint of its own, its journal row holding what it replaced."""
        if not ops:
            return
        with self.ctx.company.session() as s, sync_origin(s):
            records = load_records(s, entity, [int(op.local_id or 0) for op in ops])
            done: list[Operation] = []
            journal: list[dict[str, Any]] = []
            tokens: list[tuple[int, str, str | None]] = []
            paid: set[int] = set()
            for op in ops:
                record = records.get(int(op.local_id or 0))
                if record is None or op.image is None:
                    continue  # deleted here since: nothing to put back into
                before = {**record_image(record), "sync_token": self.ctx.links.tokens.get((entity, record.id))}
                paid |= _paid_invoices(record)
                try:
                    with s.begin_nested():
                        restore_image(record, op.image)
                        s.flush()
                    paid |= _paid_invoices(record)
                except (IntegrityError, DataError) as exc:
                    self.ctx.problem(s, ProblemInput(entity, op.local_id, op.qbo_id, op.label, "engine", "not_stored",
                                                     f"Could not be stored here: {str(exc.orig).strip()[:500]}"))
                    continue
                done.append(op)
                journal.append(self._entry(op, record.id, op.qbo_id, op.sync_token, before))
                if op.qbo_id:
                    tokens.append((record.id, op.qbo_id, op.image.get("sync_token")))
            write_links(s, self.ctx.links, entity, tokens)
            settle_invoice_balances(s, paid)
            self._journal(s, journal)
            self.ctx.counters.restored_here += len(done)
        self.ctx.reporter.progress(self.tracker.advance(entity, len(ops)))

    def delete_here(self, entity: str, ops: Sequence[Operation]) -> None:
        """Delete records here with their links (an undo of records a run created here); each record's image
        is journaled, so the deletion can be seen — and the record rebuilt — from the journal. A record other
        records still use (the database refuses) becomes a problem; the rest go."""
        if not ops:
            return
        for start in range(0, len(ops), FETCH_SIZE):
            self.ctx.check()
            chunk = ops[start:start + FETCH_SIZE]
            with self.ctx.company.session() as s, sync_origin(s):
                records = load_records(s, entity, [int(op.local_id or 0) for op in chunk])
                in_use = self._with_sub_records(s, entity, list(records))
                gone: list[tuple[Operation, dict[str, Any]]] = []
                present: list[tuple[Operation, Record]] = []
                for op in chunk:
                    record = records.get(int(op.local_id or 0))
                    if record is None:
                        gone.append((op, {}))  # deleted here already: only its link and journal row remain to do
                    elif record.id in in_use:
                        self._in_use(s, entity, op)
                    else:
                        present.append((op, record))
                images = {record.id: record_image(record) for _, record in present}
                if self._deleted(s, [record for _, record in present]):
                    gone += [(op, images[record.id]) for op, record in present]
                else:  # one of them is used by other records: one by one, so only that one stays
                    for op, record in present:
                        if self._deleted(s, [record]):
                            gone.append((op, images[record.id]))
                        else:
                            self._in_use(s, entity, op)
                ids = [int(op.local_id or 0) for op, _ in gone]
                if ids:
                    s.execute(delete(Link).where(Link.entity_type == entity, Link.local_id.in_(ids)))
                    notify_change(s, {Link.__tablename__})
                    for local_id in ids:
                        self.ctx.links.drop(entity, local_id)
                self._journal(s, [self._entry(op, int(op.local_id or 0), op.qbo_id, None, image or None)
                                  for op, image in gone])
                self.ctx.counters.deleted_here += sum(1 for _, image in gone if image)
            self.ctx.reporter.progress(self.tracker.advance(entity, len(chunk)))

    def _in_use(self, s: Session, entity: str, op: Operation) -> None:
        self.ctx.problem(s, ProblemInput(entity, op.local_id, op.qbo_id, op.label, "engine", "in_use_here",
                                         "Other records here use it, so it was not deleted."))
        self.ctx.failed[(entity, op.local_id or "")] = op.label

    @staticmethod
    def _deleted(s: Session, records: list[Record]) -> bool:
        """Delete ``records`` in one savepoint; False (and nothing deleted) when the database refuses: other
        records refer to one of them."""
        if not records:
            return True
        try:
            with s.begin_nested():
                for record in records:
                    s.delete(record)
                s.flush()
        except IntegrityError:
            return False
        return True

    @staticmethod
    def _with_sub_records(s: Session, entity: str, ids: list[int]) -> set[int]:
        """Customers with jobs (accounts with sub-accounts) among ``ids``: in use, though the ORM would quietly
        detach the jobs rather than refuse."""
        if not entity_type(entity).self_parent or not ids:
            return set()
        cls: Any = entity_type(entity).record
        found: set[int] = set()
        for start in range(0, len(ids), FETCH_SIZE):
            found.update(s.scalars(select(cls.parent_id).where(cls.parent_id.in_(ids[start:start + FETCH_SIZE]))))
        return found

    def unlink(self, entity: str, ops: Sequence[Operation]) -> None:
        """Take back links a run made between twins found on both sides: the records stay, each side, as they
        are; the record here is marked changed, as it was before that run linked it."""
        if not ops:
            return
        with self.ctx.company.session() as s, sync_origin(s):
            ids = [int(op.local_id or 0) for op in ops]
            for start in range(0, len(ids), FETCH_SIZE):
                chunk = ids[start:start + FETCH_SIZE]
                s.execute(delete(Link).where(Link.entity_type == entity, Link.local_id.in_(chunk)))
            notify_change(s, {Link.__tablename__})
            for local_id in ids:
                self.ctx.links.drop(entity, local_id)
            mark_dirty(s, entity, ids)
            self._journal(s, [self._entry(op, int(op.local_id or 0), op.qbo_id, op.sync_token) for op in ops])
            self.ctx.counters.unlinked += len(ops)
        self.ctx.reporter.progress(self.tracker.advance(entity, len(ops)))


def _paid_invoices(record: Record) -> set[int]:
    """The invoices a payment applies to (nothing for other records)."""
    if not isinstance(record, Payment):
        return set()
    return {a.invoice_id for a in record.applications if a.invoice_id is not None}


def settle_invoice_balances(s: Session, invoice_ids: set[int]) -> None:
    """Each invoice's balance again from its total and the payments applied to it now.

    A payment whose applications are replaced wholesale (taken over from QuickBooks, put back by an undo) leaves
    its invoices' balances behind: the store's flush hook recomputes an invoice when an application is added or
    deleted *through it*, not when a payment's list is swapped. Bookkeeping: a Core statement, so the invoice's
    ``version`` stays (an editor holding it can still save) and nothing is marked to send (QuickBooks derives it).
    """
    if not invoice_ids:
        return
    wanted = sorted(invoice_ids)
    for start in range(0, len(wanted), FETCH_SIZE):
        chunk = wanted[start:start + FETCH_SIZE]
        paid: dict[int, Decimal] = dict.fromkeys(chunk, Decimal("0.00"))
        for invoice_id, amount in s.execute(select(PaymentApplication.invoice_id, PaymentApplication.amount)
                                            .where(PaymentApplication.invoice_id.in_(chunk))):
            if invoice_id is not None:
                paid[invoice_id] += amount
        totals: dict[int, Decimal] = {rid: total for rid, total in s.execute(
            select(Invoice.id, Invoice.total).where(Invoice.id.in_(chunk)))}
        rows = [{"rid": invoice_id, "balance": totals[invoice_id] - amount}
                for invoice_id, amount in paid.items() if invoice_id in totals]
        if rows:
            table = inspect(Invoice).local_table
            assert isinstance(table, Table)
            s.execute(update(table).where(table.c.id == bindparam("rid")).values(balance=bindparam("balance")),
                      rows)
    notify_change(s, {Invoice.__tablename__})
