"""The approval queue (SingleOps' Sync Wizard): approve the checked changes, keep or clear the rest.

One rule for all unchecked changes, as in the Sync Wizard: *keep* them (they show
again next time) or *clear* them (dropped until the record changes again — the
change's marker is remembered, and only a new version of the record comes back).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qbdesk.qbo.client import QboClient
from qbdesk.store import Company
from qbdesk.store.syncdata import ApprovalDirection, ApprovalItem, ApprovalStatus
from qbdesk.store.types import utcnow
from qbdesk.sync.incremental import Change, IncrementalSync
from qbdesk.sync.settings import SyncSettings
from qbdesk.sync.wire import decimals_back


@dataclass(frozen=True)
class ApprovalResult:
    approved: int
    kept: int
    cleared: int
    problems: int


def waiting(session: Session, direction: ApprovalDirection | None = None) -> list[ApprovalItem]:
    query = select(ApprovalItem).where(ApprovalItem.status == ApprovalStatus.WAITING)
    if direction is not None:
        query = query.where(ApprovalItem.direction == direction)
    return list(session.scalars(query.order_by(ApprovalItem.direction, ApprovalItem.entity_type, ApprovalItem.id)))


def waiting_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ApprovalItem)
                          .where(ApprovalItem.status == ApprovalStatus.WAITING)) or 0


def approve(company: Company, client: QboClient, settings: SyncSettings, checked: Iterable[int], *,
            clear_unchecked: bool) -> ApprovalResult:
    """Carry out the checked changes now; keep or clear every other waiting change."""
    chosen = set(checked)
    imports: list[Change] = []
    exports: list[Change] = []
    kept = cleared = 0
    with company.session() as s:
        for item in waiting(s):
            if item.id not in chosen:
                if clear_unchecked:
                    item.status, item.decided_at = ApprovalStatus.CLEARED, utcnow()
                    cleared += 1
                else:
                    kept += 1
                continue
            change = Change(item.direction, item.entity_type, item.change, item.local_id, item.qbo_id,
                            item.payload.get("row"), item.summary or "")
            (imports if item.direction is ApprovalDirection.IMPORT else exports).append(change)
            item.status, item.decided_at = ApprovalStatus.APPROVED, utcnow()
    sync = IncrementalSync(company, client, settings)
    started, calls = time.monotonic(), client.stats.calls
    sync.begin(kind="approval")
    for change in imports:
        if change.row is not None:
            change.row = cast(dict[str, Any], decimals_back(change.row))
    sync.apply(imports, exports)
    sync.finish(time.monotonic() - started, client.stats.calls - calls)
    return ApprovalResult(len(imports) + len(exports), kept, cleared, sync.outcome.problems)
