"""The problem list as plain rows: what the window's Problems view and ``qbdesk issues`` show."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from qbdesk.store.syncdata import IssueStatus, SyncIssue
from qbdesk.sync.catalogue import Entry, actions_for, find_entry


@dataclass(frozen=True)
class ProblemRow:
    id: int
    category: str
    entity: str
    local_id: int | None
    qbo_id: str | None
    record: str
    code: str | None
    message: str
    detail: str
    intuit_tid: str | None
    status: str
    attempts: int
    first_seen: datetime
    last_seen: datetime
    entry: Entry
    actions: tuple[str, ...]
    params: dict[str, str] = field(default_factory=dict)

    def fill(self, template: str) -> str:
        """Fill a (translated) catalogue text's placeholders with this problem's values."""
        values = {"suggestion": "", **self.params, "record": self.params.get("record") or self.record,
                  "detail": self.detail or self.message, "code": self.code or "", "message": self.message}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return template

    def to_json(self) -> dict[str, object]:
        return {"id": str(self.id), "category": self.category, "entity": self.entity, "record": self.record,
                "code": self.code, "message": self.message, "detail": self.detail,
                "explanation": self.fill(self.entry.explanation), "fix": " ".join(self.entry.fix),
                "actions": list(self.actions), "status": self.status, "attempts": self.attempts,
                "first_seen": self.first_seen.isoformat(), "last_seen": self.last_seen.isoformat(),
                "intuit_tid": self.intuit_tid}


def to_row(issue: SyncIssue) -> ProblemRow:
    entry = find_entry(issue.code, issue.message or "", issue.detail or "", issue.entity_type)
    actions = ("unskip",) if issue.status is IssueStatus.SKIPPED else actions_for(entry, issue.entity_type)
    params = dict((issue.data or {}).get("params") or {})
    if "entity" in (issue.data or {}):
        params.setdefault("record", f"{issue.data['entity']} {issue.data.get('record_id', '')}")
    category = entry.category or issue.category
    return ProblemRow(issue.id, category, issue.entity_type, issue.local_id, issue.qbo_id,
                      issue.record_label or "", issue.code, issue.message or "", issue.detail or "",
                      issue.intuit_tid, issue.status.value, issue.attempts, issue.first_seen, issue.last_seen,
                      entry, actions, params)


def open_problems(session: Session, category: str | None = None, *, include_skipped: bool = False) -> list[ProblemRow]:
    statuses = [IssueStatus.OPEN] + ([IssueStatus.SKIPPED] if include_skipped else [])
    query = select(SyncIssue).where(SyncIssue.status.in_(statuses)).order_by(SyncIssue.category, SyncIssue.id)
    rows = [to_row(i) for i in session.scalars(query)]
    return [r for r in rows if category is None or r.category == category]
