"""The approval queue's storage: the changes a sync detected and that wait for the user (Sync Wizard).

A change is identified by its *marker* — the record, its version here or its
SyncToken in QuickBooks, and the kind of change — so a change the user cleared
stays cleared until the record changes again, and a newer version of a waiting
change replaces the older one rather than queueing twice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qbdesk.store.syncdata import ApprovalDirection, ApprovalItem, ApprovalStatus
from qbdesk.store.types import utcnow
from qbdesk.sync.plan import Operation, OpKind
from qbdesk.sync.wire import plain

# The queue's words for the planner's operations.
CHANGE_OF = {OpKind.CREATE_IN_QBO.value: "create", OpKind.CREATE_HERE.value: "create",
             OpKind.UPDATE_IN_QBO.value: "update", OpKind.UPDATE_HERE.value: "update",
             OpKind.DELETE_IN_QBO.value: "delete", OpKind.DEACTIVATE_IN_QBO.value: "deactivate",
             OpKind.DELETE_HERE.value: "delete"}


def _record_key(direction: ApprovalDirection, entity: str, local_id: int | None, qbo_id: str | None) -> tuple[Any, ...]:
    return (direction, entity, local_id if local_id is not None else f"qbo:{qbo_id}")


def enqueue(session: Session, ops: Sequence[Operation], rows: Mapping[tuple[str, str], dict[str, Any]]) -> int:
    """Queue the changes of ``ops`` (skipped by the planner as waiting); returns how many are new."""
    if not ops:
        return 0
    items = list(session.scalars(select(ApprovalItem).where(
        ApprovalItem.status.in_((ApprovalStatus.WAITING, ApprovalStatus.CLEARED)))))
    cleared = {i.payload.get("marker") for i in items if i.status is ApprovalStatus.CLEARED}
    waiting = {i.payload.get("marker") for i in items if i.status is ApprovalStatus.WAITING}
    by_record = {_record_key(i.direction, i.entity_type, i.local_id, i.qbo_id): i
                 for i in items if i.status is ApprovalStatus.WAITING}
    added = 0
    for op in ops:
        if op.marker is None or op.marker in cleared or op.marker in waiting:
            continue
        direction = ApprovalDirection.IMPORT if op.direction == "import" else ApprovalDirection.EXPORT
        local_id = int(op.local_id) if op.local_id is not None else None
        row = rows.get((op.entity, op.qbo_id or "")) if direction is ApprovalDirection.IMPORT else None
        payload = {"marker": op.marker, "row": plain(row) if row else None,
                   "changes": [c.to_json() for c in op.changes]}
        change = CHANGE_OF.get(op.params.get("change", ""), "update")
        older = by_record.get(_record_key(direction, op.entity, local_id, op.qbo_id))
        if older is not None:  # a newer version of a change still waiting: it takes the older one's place
            older.change, older.summary, older.payload, older.detected_at = change, op.label[:600], payload, utcnow()
            waiting.add(op.marker)
            continue
        session.add(ApprovalItem(direction=direction, entity_type=op.entity, local_id=local_id, qbo_id=op.qbo_id,
                                 change=change, summary=op.label[:600], detected_at=utcnow(), payload=payload))
        waiting.add(op.marker)
        added += 1
    return added
