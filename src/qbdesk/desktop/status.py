"""What the window shows about QuickBooks Desktop: when the Web Connector last called, and what is pending.

Between Web Connector updates nothing reaches Desktop, so a bookkeeper wants to
see what waits for the next one: the records changed here (the outbox), the
requests queued for it (problem actions, approvals), and the changes waiting for
approval. Counts only — a few COUNT queries, cheap enough for a timer.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from qbdesk.desktop.config import last_call
from qbdesk.desktop.types import BY_ENTITY
from qbdesk.store import Company
from qbdesk.store.office import PendingAction, RequestStatus
from qbdesk.store.syncdata import IssueStatus, SyncIssue
from qbdesk.sync.approvals import waiting_count
from qbdesk.sync.entities import ENTITIES


@dataclass(frozen=True)
class DesktopStatus:
    last_call_at: str | None     # ISO time of the Web Connector's last call, None if it never called
    last_call_what: str          # how it went, in English ("session started", the closing sentence, "refused: …")
    last_call_kind: str          # started, refused, finished, failed ("" from an older qbdesk)
    counts: dict[str, int]       # a finished sync's created_in_qbo, created_here, updated, problems
    changes_here: int            # records changed here that Desktop syncs, waiting for the next update
    with_problems: int           # records changed here that wait on a problem (retried, likely refused again)
    requests: int                # problem actions and approvals queued for the next update
    approvals: int               # changes waiting for someone to approve them

    @property
    def pending(self) -> int:
        return self.changes_here + self.requests


def read_status(company: Company) -> DesktopStatus:
    call = last_call(company) or {}
    with company.session() as s:
        changes = stuck = 0
        for kind in ENTITIES:
            if kind.name in BY_ENTITY:
                cls = kind.record
                troubled = select(SyncIssue.local_id).where(SyncIssue.entity_type == kind.name,
                                                           SyncIssue.status == IssueStatus.OPEN,
                                                           SyncIssue.local_id.is_not(None))
                dirty = select(func.count()).select_from(cls).where(cls.dirty.is_(True))
                changes += s.scalar(dirty.where(cls.id.not_in(troubled))) or 0
                stuck += s.scalar(dirty.where(cls.id.in_(troubled))) or 0
        requests = s.scalar(select(func.count()).select_from(PendingAction)
                            .where(PendingAction.status == RequestStatus.PENDING)) or 0
        approvals = waiting_count(s)
    return DesktopStatus(call.get("at"), str(call.get("what", "")), str(call.get("kind", "")),
                         dict(call.get("counts") or {}), changes, stuck, requests, approvals)
