"""The approval queue (SingleOps' Sync Wizard): approve the checked changes, keep or clear the rest.

One rule for all unchecked changes, as in the Sync Wizard: *keep* them (they show
again next time) or *clear* them (dropped until the record changes again — the
change's marker is remembered, and only a new version of the record comes back).

On a desktop that is not the sync host (office mode), approving sends a request
to the host, which carries it out at its next sync with the rule applied to the
changes the user saw, never to ones that arrived after.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qbdesk.qbo.client import QboClient
from qbdesk.store import Company
from qbdesk.store.syncdata import ApprovalDirection, ApprovalItem, ApprovalStatus
from qbdesk.store.types import utcnow
from qbdesk.sync.changes import Scope
from qbdesk.sync.settings import SyncSettings

if TYPE_CHECKING:
    from qbdesk.sync.office import Office


@dataclass(frozen=True)
class ApprovalResult:
    approved: int
    kept: int
    cleared: int
    problems: int
    request_id: int | None = None  # set when the approval was sent to the sync host instead


def waiting(session: Session, direction: ApprovalDirection | None = None) -> list[ApprovalItem]:
    query = select(ApprovalItem).where(ApprovalItem.status == ApprovalStatus.WAITING)
    if direction is not None:
        query = query.where(ApprovalItem.direction == direction)
    return list(session.scalars(query.order_by(ApprovalItem.direction, ApprovalItem.entity_type, ApprovalItem.id)))


def waiting_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ApprovalItem)
                          .where(ApprovalItem.status == ApprovalStatus.WAITING)) or 0


def approve(company: Company, client: QboClient | None, settings: SyncSettings, checked: Iterable[int], *,
            clear_unchecked: bool, among: Iterable[int] | None = None, office: Office | None = None,
            guard: Callable[[], None] | None = None) -> ApprovalResult:
    """Carry out the checked changes now; keep or clear every other waiting change (of ``among``, if given).

    The checked changes go through the engine like any sync — planned afresh (a record changed
    since it was queued waits again, as its new version), journaled, sent — in a run of their own.
    With an ``office`` whose desktop is not the sync host, nothing is carried out here: the approval
    is sent to the host (``request_id`` in the result). Given a ``guard``, the caller holds the sync
    lock already (the host carrying out a request).
    """
    from qbdesk.store.locks import SyncLock

    chosen = set(checked)
    if office is not None:
        return _through_office(company, client, settings, chosen, clear_unchecked, among, office)
    if client is None:
        raise ValueError("approving changes needs the connection to QuickBooks")
    if guard is None:  # the lock first: nothing is marked approved unless it is carried out now
        with SyncLock(company, client.realm_id) as lock:
            return _approve(company, client, settings, chosen, clear_unchecked, among, lock.check)
    return _approve(company, client, settings, chosen, clear_unchecked, among, guard)


def _approve(company: Company, client: QboClient, settings: SyncSettings, chosen: set[int], clear_unchecked: bool,
             among: Iterable[int] | None, guard: Callable[[], None]) -> ApprovalResult:
    from qbdesk.sync.engine import APPROVAL, SyncEngine

    scope = set(among) if among is not None else None
    markers: set[str] = set()
    here: set[tuple[str, str]] = set()
    qbo: set[tuple[str, str]] = set()
    kept = cleared = 0
    with company.session() as s:
        for item in waiting(s):
            if scope is not None and item.id not in scope and item.id not in chosen:
                continue  # arrived after the user looked: left for the next review
            if item.id not in chosen:
                if clear_unchecked:
                    item.status, item.decided_at = ApprovalStatus.CLEARED, utcnow()
                    cleared += 1
                else:
                    kept += 1
                continue
            markers.add(str(item.payload.get("marker")))
            if item.direction is ApprovalDirection.IMPORT and item.qbo_id is not None:
                # QuickBooks' change to a linked record: scoped by its QuickBooks side, so the record here is
                # not taken for changed too (which made every approved import update a conflict).
                qbo.add((item.entity_type, item.qbo_id))
            elif item.local_id is not None:
                here.add((item.entity_type, str(item.local_id)))
            elif item.qbo_id is not None:
                qbo.add((item.entity_type, item.qbo_id))
            item.status, item.decided_at = ApprovalStatus.APPROVED, utcnow()
    if not markers:
        return ApprovalResult(0, kept, cleared, 0)
    summary = SyncEngine(company, client).run_scoped(Scope(frozenset(here), frozenset(qbo)), kind=APPROVAL,
                                                     approved=frozenset(markers), settings=settings, guard=guard)
    return ApprovalResult(len(markers), kept, cleared, summary.problems)


def _through_office(company: Company, client: QboClient | None, settings: SyncSettings, chosen: set[int],
                    clear_unchecked: bool, among: Iterable[int] | None, office: Office) -> ApprovalResult:
    """On the host, approve under the sync lock; elsewhere, or while the host is syncing, ask the host to."""
    from qbdesk.store.locks import SyncBusy

    if office.is_host():
        if client is None:
            raise ValueError("approving changes needs the connection to QuickBooks")
        try:
            return approve(company, client, settings, chosen, clear_unchecked=clear_unchecked, among=among)
        except SyncBusy:
            pass  # a sync is running: its successor carries the approval out
    with company.session() as s:
        seen = [item.id for item in waiting(s)] if among is None else list(among)
    request = office.request_approval(chosen, seen, clear_unchecked=clear_unchecked)
    return ApprovalResult(0, 0, 0, 0, request_id=request.id)  # nothing happened yet: the host reports
