"""Recording sync problems: one open problem per record and cause, however often it recurs.

The problem list is read from the database, not from signals, so it survives a
restart and is the same in the window, on the command line and on another desktop.
A problem that happens again is the same problem seen again (``attempts`` and
``last_seen`` move), not a new row; a problem the user skipped stays skipped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from qbdesk.qbo.errors import QboError
from qbdesk.store.notify import notify_change
from qbdesk.store.syncdata import IssueStatus, SyncIssue
from qbdesk.store.types import utcnow
from qbdesk.sync.entities import category_of


@dataclass(frozen=True)
class ProblemInput:
    entity: str
    local_id: str | None
    qbo_id: str | None
    label: str
    source: str              # "qbo" | "preflight" | "engine"
    code: str | None
    message: str
    detail: str = ""
    element: str = ""
    intuit_tid: str | None = None
    data: dict[str, Any] | None = None

    @classmethod
    def from_error(cls, entity: str, local_id: str | None, qbo_id: str | None, label: str,
                   err: QboError) -> ProblemInput:
        first = err.errors[0] if err.errors else None
        return cls(entity, local_id, qbo_id, label, "qbo", err.code or (str(err.status) if err.status else None),
                   first.message if first else err.summary, first.detail if first else "",
                   first.element if first else "", err.intuit_tid,
                   {"errors": [e.to_dict() for e in err.errors]} if err.errors else None)


def record_problem(session: Session, p: ProblemInput, run_id: str | None = None) -> SyncIssue:
    """Open (or see again) the problem ``p``; returns the row, flushed so it has an id."""
    local_id = int(p.local_id) if p.local_id is not None else None
    query = select(SyncIssue).where(SyncIssue.entity_type == p.entity,
                                    SyncIssue.status.in_((IssueStatus.OPEN, IssueStatus.SKIPPED)))
    query = query.where(SyncIssue.local_id == local_id) if local_id is not None \
        else query.where(SyncIssue.qbo_id == p.qbo_id)
    now = utcnow()
    existing = session.scalars(query.where(SyncIssue.code == p.code)).first()
    if existing is not None:
        existing.attempts += 1
        existing.last_seen = now
        existing.message, existing.detail, existing.intuit_tid = p.message, p.detail, p.intuit_tid
        existing.run_id = run_id
        session.flush()
        return existing
    issue = SyncIssue(category=category_of(p.entity), entity_type=p.entity, local_id=local_id, qbo_id=p.qbo_id,
                      record_label=p.label[:600], source=p.source, code=p.code, message=p.message, detail=p.detail,
                      element=p.element or None, intuit_tid=p.intuit_tid, first_seen=now, last_seen=now,
                      run_id=run_id, data=p.data or {})
    session.add(issue)
    session.flush()
    return issue


def resolve_problems_for(session: Session, entity: str, local_id: str | None, qbo_id: str | None,
                         source: str | None = None) -> int:
    """A record synced (or now passes its checks): its open problems (of ``source``) are resolved."""
    query = select(SyncIssue).where(SyncIssue.entity_type == entity, SyncIssue.status == IssueStatus.OPEN)
    if source is not None:
        query = query.where(SyncIssue.source == source)
    if local_id is not None:
        query = query.where(SyncIssue.local_id == int(local_id))
    else:
        query = query.where(SyncIssue.qbo_id == qbo_id)
    count = 0
    for issue in session.scalars(query):
        issue.status = IssueStatus.RESOLVED
        issue.last_seen = utcnow()
        count += 1
    return count


RESOLVE_CHUNK = 500  # records per UPDATE … WHERE local_id IN (...)


def resolve_problems_for_records(session: Session, entity: str, local_ids: Iterable[int]) -> int:
    """Many records of ``entity`` synced: their open problems are resolved, with one statement per
    :data:`RESOLVE_CHUNK` records (rather than a look-up per record). Returns how many were resolved."""
    ids = sorted(set(local_ids))
    count = 0
    now = utcnow()
    for start in range(0, len(ids), RESOLVE_CHUNK):
        result = session.execute(
            update(SyncIssue)
            .where(SyncIssue.entity_type == entity, SyncIssue.status == IssueStatus.OPEN,
                   SyncIssue.local_id.in_(ids[start:start + RESOLVE_CHUNK]))
            .values(status=IssueStatus.RESOLVED, last_seen=now))
        count += cast(CursorResult[Any], result).rowcount
    if count:
        notify_change(session, {SyncIssue.__tablename__})  # an UPDATE statement is not flushed: say so
    return count


def is_skipped(session: Session, entity: str, local_id: str | None) -> bool:
    if local_id is None:
        return False
    return session.scalars(select(SyncIssue.id).where(
        SyncIssue.entity_type == entity, SyncIssue.local_id == int(local_id),
        SyncIssue.status == IssueStatus.SKIPPED)).first() is not None
