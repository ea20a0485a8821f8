"""Settling the writes an interrupted run sent without knowing their outcome, before anything new is sent.

After a kill, a crash, a cancel or a lost connection, the journal holds writes
marked *sent* whose answer never arrived. QuickBooks may have carried them out or
not, and its ``requestid`` de-duplication is best-effort (qbo-api.md §3.7), so the
engine looks before it sends anything again:

* a **create** is looked for among the records of its type that QuickBooks
  created since the write was journaled (``MetaData.CreateTime``, filterable on
  every entity, on QuickBooks' own clock kept with the journal row) and that no
  record here is linked to, by what it carries (:func:`qbdesk.sync.fields.fingerprint`:
  name, party, date, number, line amounts) — so records without a natural key
  (an invoice QuickBooks numbers itself) settle too; found → linked;
* an **update** is read back by Id: a SyncToken that moved to the values sent →
  done; unchanged → not carried out;
* a **deletion** or **deactivation** is read back: gone or inactive → done.

What was not carried out is closed as *skipped*: the record is still dirty (or
still deleted here), so the re-plan that follows sends it again, once. A found
write leaves its record dirty (the version its body came from is not known), so an
edit made meanwhile is never dropped; the next comparison finds both sides equal
and only clears the mark.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from qbdesk.qbo.errors import QboError
from qbdesk.store.syncdata import JournalEntry, JournalState
from qbdesk.store.types import utcnow
from qbdesk.sync.changes import quote
from qbdesk.sync.entities import entity_type
from qbdesk.sync.fields import differences, fingerprint
from qbdesk.sync.plan import OpKind
from qbdesk.sync.run_context import Row, RunContext

log = logging.getLogger("qbdesk.sync")

SKEW = timedelta(minutes=5)   # QuickBooks' clock and commit order are not perfectly monotonic


def _since(qbo_time: str | None) -> str | None:
    if not qbo_time:
        return None
    try:
        moment = datetime.fromisoformat(qbo_time) - SKEW
    except ValueError:
        return None
    return moment.isoformat(timespec="seconds")


def find_created(ctx: RunContext, entity: str, writes: Iterable[tuple[int, dict[str, Any]]],
                 qbo_time: str | None) -> dict[int, Row]:
    """The QuickBooks records some creates of ``entity`` made, by journal row: each matched with a
    record created since ``qbo_time`` (QuickBooks' clock) that nothing here is linked to, one to one."""
    wanted = list(writes)
    if not wanted:
        return {}
    since = _since(qbo_time)
    kind = entity_type(entity)
    if since is not None:
        statement = f"SELECT * FROM {entity} WHERE MetaData.CreateTime >= {quote(since)}"
    else:  # journaled by an older qbdesk, without QuickBooks' clock: by the natural key's field
        values = {str(body.get(kind.lookup_field or "") or "") for _, body in wanted} - {""}
        if not values or kind.lookup_field is None:
            return {}
        statement = f"SELECT * FROM {entity} WHERE {kind.lookup_field} IN ({', '.join(quote(v) for v in values)})"
    if kind.kind == "list":
        statement += " AND Active IN (true, false)"
    candidates = [row for row in ctx.client.query(statement)
                  if ctx.links.local_id(entity, str(row["Id"])) is None]
    by_print: dict[tuple[str, ...], list[Row]] = {}
    for row in candidates:  # by what they carry, with and without their number (a body may have had none)
        by_print.setdefault(fingerprint(entity, row), []).append(row)
        by_print.setdefault(("unnumbered", *fingerprint(entity, row, with_number=False)), []).append(row)
    found: dict[int, Row] = {}
    taken: set[str] = set()
    for entry_id, body in wanted:
        numbered = bool(body.get("DocNumber"))
        key = fingerprint(entity, body) if numbered else ("unnumbered", *fingerprint(entity, body, with_number=False))
        rows = [r for r in by_print.get(key, []) if str(r["Id"]) not in taken]
        if rows:
            found[entry_id] = rows[0]
            taken.add(str(rows[0]["Id"]))
    return found


def settle_run(ctx: RunContext, run_id: str, writer: Any) -> int:
    """Settle every write of ``run_id`` still marked sent or pending; returns how many were settled.

    ``writer`` is the run's :class:`~qbdesk.sync.qbo_writes.QboWriter`, which records what is found
    exactly as it records an answer.
    """
    from qbdesk.store.events import sync_origin
    from qbdesk.sync.plan import Operation
    from qbdesk.sync.qbo_writes import Done

    with ctx.company.session() as s:
        entries = list(s.scalars(select(JournalEntry).where(
            JournalEntry.run_id == run_id,
            JournalEntry.state.in_((JournalState.PENDING, JournalState.SENT))).order_by(JournalEntry.seq)))
        unsettled = [(e.id, e.operation, e.entity_type, e.local_id, e.qbo_id, e.natural_key or "",
                      dict(e.body or {}), dict(e.before or {}), e.qbo_time) for e in entries]
    settled = 0
    by_entity: dict[str, list[tuple[int, dict[str, Any], str | None, int | None]]] = {}
    for entry_id, operation, entity, local_id, qbo_id, key, body, before, qbo_time in unsettled:
        ctx.guard()
        op = Operation(OpKind(operation), entity, str(local_id) if local_id is not None else None, qbo_id, key, key)
        if op.kind is OpKind.CREATE_IN_QBO:
            if local_id is not None and ctx.links.qbo_id(entity, local_id) is not None:
                _close(ctx, entry_id, JournalState.DONE)  # its answer was recorded after all
                settled += 1
                continue
            by_entity.setdefault(entity, []).append((entry_id, body, qbo_time, local_id))
            continue
        row = _read_back(ctx, entity, qbo_id)
        if _carried_out(ctx, op.kind, entity, body, before, row):
            with ctx.company.session() as s, sync_origin(s):
                writer.complete(s, entity, [Done(entry_id, op, None, row or {"Id": qbo_id, "status": "Deleted"})])
        else:
            _close(ctx, entry_id, JournalState.SKIPPED)
        settled += 1
    for entity, writes in by_entity.items():
        earliest = min((t for _, _, t, _ in writes if t), default=None)
        found = find_created(ctx, entity, [(e, b) for e, b, _, _ in writes], earliest)
        for entry_id, _body, _t, local_id in writes:
            row = found.get(entry_id)
            if row is None:
                _close(ctx, entry_id, JournalState.SKIPPED)  # not there: the re-plan creates it, once
            else:
                op = Operation(OpKind.CREATE_IN_QBO, entity, str(local_id), None, "", "")
                with ctx.company.session() as s, sync_origin(s):
                    writer.complete(s, entity, [Done(entry_id, op, None, row)])
            settled += 1
    if settled:
        log.info("run %s: %d unfinished writes settled", run_id, settled)
    return settled


def _read_back(ctx: RunContext, entity: str, qbo_id: str | None) -> Row | None:
    if not qbo_id:
        return None
    try:
        return ctx.client.get(entity, qbo_id)
    except QboError as err:
        if err.code == "610" or err.status == 404:
            return None
        raise


def _carried_out(ctx: RunContext, kind: OpKind, entity: str, body: dict[str, Any], before: dict[str, Any],
                 row: Row | None) -> bool:
    if kind is OpKind.DELETE_IN_QBO:
        return row is None or row.get("status") == "Deleted"
    if row is None:
        return False
    if kind is OpKind.DEACTIVATE_IN_QBO:
        return row.get("Active") is False
    moved = str(row.get("SyncToken")) != str(before.get("SyncToken"))
    return moved and not differences(entity, body, row, ctx.names)


def _close(ctx: RunContext, entry_id: int, state: JournalState) -> None:
    with ctx.company.session() as s:
        entry = s.get(JournalEntry, entry_id)
        if entry is not None:
            entry.state = state
            entry.completed_at = utcnow()
