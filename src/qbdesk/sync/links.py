"""The links between local records and their QuickBooks twins, cached for one run.

The executor resolves thousands of references (an invoice's customer, its items)
while it builds requests; reading the link table once and keeping the cache in
step with every link it writes keeps that cheap, while the table stays the truth
on disk for resume and for the next run.

:func:`write_links` writes the links of a whole batch with one look-up of the
existing rows and one insert of the new ones: on a server database each
statement is a round trip, so per-record statements would dominate a first sync.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from qbdesk.store.notify import notify_change
from qbdesk.store.syncdata import Link, LinkState
from qbdesk.store.types import utcnow
from qbdesk.sync.plan import LinkInfo


class LinkCache:
    def __init__(self) -> None:
        self.to_qbo: dict[tuple[str, int], str] = {}
        self.to_local: dict[tuple[str, str], int] = {}
        self.states: dict[tuple[str, int], LinkState] = {}
        self.tokens: dict[tuple[str, int], str | None] = {}   # the SyncToken QuickBooks last had
        self.remembered: dict[tuple[str, int], str] = {}      # the twin of a link in another state

    @classmethod
    def load(cls, session: Session) -> LinkCache:
        cache = cls()
        for entity, local_id, qbo_id, state, token in session.execute(
                select(Link.entity_type, Link.local_id, Link.qbo_id, Link.state, Link.sync_token)):
            if local_id is None:
                continue
            cache.states[(entity, local_id)] = state
            cache.tokens[(entity, local_id)] = token
            if qbo_id is not None and state in (LinkState.LINKED, LinkState.BYPASSED):
                cache.to_qbo[(entity, local_id)] = qbo_id
                cache.to_local[(entity, qbo_id)] = local_id
            elif qbo_id is not None:
                cache.remembered[(entity, local_id)] = qbo_id
        return cache

    def planner_view(self) -> dict[tuple[str, str], LinkInfo]:
        view = {(e, str(i)): LinkInfo(q, self.states[(e, i)].value, self.tokens.get((e, i)))
                for (e, i), q in self.to_qbo.items()}
        for (e, i), state in self.states.items():
            if (e, str(i)) not in view:
                view[(e, str(i))] = LinkInfo(self.remembered.get((e, i)), state.value, self.tokens.get((e, i)))
        return view

    def qbo_id(self, entity: str, local_id: int) -> str | None:
        return self.to_qbo.get((entity, local_id))

    def local_id(self, entity: str, qbo_id: str) -> int | None:
        return self.to_local.get((entity, qbo_id))

    def remember(self, entity: str, local_id: int, qbo_id: str, sync_token: str | None = None) -> None:
        self.to_qbo[(entity, local_id)] = qbo_id
        self.to_local[(entity, qbo_id)] = local_id
        self.states[(entity, local_id)] = LinkState.LINKED
        self.tokens[(entity, local_id)] = sync_token

    def drop(self, entity: str, local_id: int) -> None:
        """The link row is gone (a record deleted here, a link taken back): nothing of it resolves any more."""
        qbo_id = self.to_qbo.pop((entity, local_id), None)
        if qbo_id is not None:
            self.to_local.pop((entity, qbo_id), None)
        self.states.pop((entity, local_id), None)
        self.tokens.pop((entity, local_id), None)
        self.remembered.pop((entity, local_id), None)

    def forget(self, entity: str, local_id: int, state: LinkState) -> None:
        """The link is no longer live (its twin was deleted, the record removed): the ids stop resolving."""
        qbo_id = self.to_qbo.pop((entity, local_id), None)
        if qbo_id is not None:
            self.to_local.pop((entity, qbo_id), None)
            self.remembered[(entity, local_id)] = qbo_id
        self.states[(entity, local_id)] = state


def write_link(session: Session, cache: LinkCache, entity: str, local_id: int, qbo_id: str,
               sync_token: str | None, state: LinkState = LinkState.LINKED) -> None:
    """Create or update the link of one record (in the caller's transaction)."""
    write_links(session, cache, entity, [(local_id, qbo_id, sync_token)], state)


LOOKUP_CHUNK = 500  # ids per IN (...) look-up: far below SQLite's and PostgreSQL's limits on parameters


def write_links(session: Session, cache: LinkCache, entity: str,
                rows: Sequence[tuple[int, str, str | None]], state: LinkState = LinkState.LINKED) -> None:
    """Create or update the links of many records of ``entity`` (in the caller's transaction).

    ``rows`` holds ``(local id, QuickBooks Id, SyncToken)``. The existing links are read
    with one ``IN`` query per :data:`LOOKUP_CHUNK` records (and updated at the next
    flush); the new ones are inserted at once, all with one statement.
    """
    if not rows:
        return
    now = utcnow()
    ids = list(dict.fromkeys(local_id for local_id, _, _ in rows))
    existing: dict[int, Link] = {}
    for start in range(0, len(ids), LOOKUP_CHUNK):
        chunk = ids[start:start + LOOKUP_CHUNK]
        for found in session.scalars(select(Link).where(Link.entity_type == entity, Link.local_id.in_(chunk))):
            if found.local_id is not None:
                existing.setdefault(found.local_id, found)
    new: dict[int, dict[str, Any]] = {}
    for local_id, qbo_id, sync_token in rows:
        link = existing.get(local_id)
        if link is None:
            new[local_id] = {"entity_type": entity, "local_id": local_id, "qbo_id": qbo_id, "sync_token": sync_token,
                             "state": state, "last_synced_at": now, "created_at": now, "updated_at": now}
        else:
            link.qbo_id = qbo_id
            link.sync_token = sync_token
            link.state = state
            link.last_synced_at = now
            link.updated_at = now
        cache.remember(entity, local_id, qbo_id, sync_token)
    if new:
        # One multi-row INSERT (an executemany on SQLite); nothing is read back, so the new rows need no
        # RETURNING, which SQLAlchemy can only batch on PostgreSQL.
        session.execute(insert(Link), list(new.values()))
        notify_change(session, {Link.__tablename__})  # a statement, not a flush: the change notice is ours
