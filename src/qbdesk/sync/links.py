"""The links between local records and their QuickBooks twins, cached for one run.

The executor resolves thousands of references (an invoice's customer, its items)
while it builds requests; reading the link table once and keeping the cache in
step with every link it writes keeps that cheap, while the table stays the truth
on disk for resume and for the next run.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from qbdesk.store.syncdata import Link, LinkState
from qbdesk.store.types import utcnow
from qbdesk.sync.plan import LinkInfo


class LinkCache:
    def __init__(self) -> None:
        self.to_qbo: dict[tuple[str, int], str] = {}
        self.to_local: dict[tuple[str, str], int] = {}
        self.states: dict[tuple[str, int], LinkState] = {}

    @classmethod
    def load(cls, session: Session) -> LinkCache:
        cache = cls()
        for entity, local_id, qbo_id, state in session.execute(
                select(Link.entity_type, Link.local_id, Link.qbo_id, Link.state)):
            if local_id is not None:
                cache.states[(entity, local_id)] = state
            if local_id is not None and qbo_id is not None and state in (LinkState.LINKED, LinkState.BYPASSED):
                cache.to_qbo[(entity, local_id)] = qbo_id
                cache.to_local[(entity, qbo_id)] = local_id
        return cache

    def planner_view(self) -> dict[tuple[str, str], LinkInfo]:
        view = {(e, str(i)): LinkInfo(q, LinkState.LINKED.value) for (e, i), q in self.to_qbo.items()}
        for (e, i), state in self.states.items():
            if (e, str(i)) not in view:
                view[(e, str(i))] = LinkInfo(None, state.value)
        return view

    def qbo_id(self, entity: str, local_id: int) -> str | None:
        return self.to_qbo.get((entity, local_id))

    def local_id(self, entity: str, qbo_id: str) -> int | None:
        return self.to_local.get((entity, qbo_id))

    def remember(self, entity: str, local_id: int, qbo_id: str) -> None:
        self.to_qbo[(entity, local_id)] = qbo_id
        self.to_local[(entity, qbo_id)] = local_id
        self.states[(entity, local_id)] = LinkState.LINKED


def write_link(session: Session, cache: LinkCache, entity: str, local_id: int, qbo_id: str,
               sync_token: str | None, state: LinkState = LinkState.LINKED) -> None:
    """Create or update the link of one record (in the caller's transaction)."""
    now = utcnow()
    link = session.scalars(select(Link).where(Link.entity_type == entity, Link.local_id == local_id)).first()
    if link is None:
        link = Link(entity_type=entity, local_id=local_id, created_at=now)
        session.add(link)
    link.qbo_id = qbo_id
    link.sync_token = sync_token
    link.state = state
    link.last_synced_at = now
    link.updated_at = now
    cache.remember(entity, local_id, qbo_id)
