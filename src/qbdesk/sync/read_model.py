"""What the window and the command line read of the sync's own tables, as plain functions.

Problems, counts, approvals, the log and the sync preferences are read here in
short sessions and returned as frozen dataclasses (STYLE §8.4: no ORM object
crosses a thread), so the window runs them on pool threads
(``qbdesk.ui.base.background.BackgroundOp``) and ``qbdesk log`` / ``qbdesk approvals``
print the same rows. The engine stays the one place that decides what a problem
means and what an action does; this module only reads its tables.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from qbdesk import csv_safety
from qbdesk.store import (
    BY_ENTITY,
    ApprovalDirection,
    ApprovalItem,
    ApprovalStatus,
    Company,
    IssueStatus,
    JournalEntry,
    JournalState,
    Setting,
    SyncIssue,
    SyncRun,
)
from qbdesk.store.syncdata import put_setting
from qbdesk.sync.catalogue import find_entry
from qbdesk.sync.problem_list import ProblemRow, open_problems
from qbdesk.sync.settings import SyncSettings, load_settings, save_settings

if TYPE_CHECKING:
    from qbdesk.qbo.client import QboClient
    from qbdesk.sync.actions import ActionResult
    from qbdesk.sync.approvals import ApprovalResult
    from qbdesk.sync.office import Office

# Preferences the engine's SyncSettings does not have (yet), kept in the same settings table.
KEEP_NUMBERS_KEY = "ui.keep_numbers_in_step"
INTERVAL_KEY = "ui.sync_interval_minutes"
DEFAULT_INTERVAL = 15


# --- problems ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SyncCounts:
    """Open problems per category and changes waiting for approval: the banner, badges and tray."""

    problems: dict[str, int] = field(default_factory=dict)
    open_ids: frozenset[int] = frozenset()
    approvals: int = 0

    @property
    def total_problems(self) -> int:
        return sum(self.problems.values())


def read_counts(company: Company) -> SyncCounts:
    """Counts only: a few light columns of the open problems, and one COUNT of the approval queue."""
    from qbdesk.sync.approvals import waiting_count

    by_category: dict[str, int] = {}
    ids: set[int] = set()
    with company.sessions() as s:
        rows = s.execute(select(SyncIssue.id, SyncIssue.category, SyncIssue.entity_type, SyncIssue.code,
                                SyncIssue.message, SyncIssue.detail)
                         .where(SyncIssue.status == IssueStatus.OPEN))
        for issue_id, category, entity, code, message, detail in rows:
            entry = find_entry(code, message or "", detail or "", entity)
            key = entry.category or category
            by_category[key] = by_category.get(key, 0) + 1
            ids.add(issue_id)
        approvals = waiting_count(s)
    return SyncCounts(by_category, frozenset(ids), approvals)


@dataclass(frozen=True)
class ProblemItem:
    """One problem as the Problems view shows it: the engine's row plus what only the issue row holds."""

    row: ProblemRow
    source: str = "qbo"                                   # "qbo" | "preflight" | "engine"
    fields: tuple[tuple[str, str, str], ...] = ()         # conflicts: (field, here, QuickBooks)

    @property
    def id(self) -> int:
        return self.row.id

    @property
    def signature(self) -> tuple[object, ...]:
        """Changes whenever anything the view shows changes (live updates redraw only then)."""
        r = self.row
        return r.id, r.status, r.attempts, r.last_seen, r.code, r.message, r.detail, r.actions


def _field_row(change: dict[str, Any]) -> tuple[str, str, str]:
    """A conflict's field as a person reads it: its label ("Address", not "BillAddr.Line1"), empty as ""."""
    def text(value: object) -> str:
        return "" if value is None else str(value)
    return text(change.get("label") or change.get("field")), text(change.get("here")), text(change.get("qbo"))


def read_problems(company: Company, *, include_skipped: bool = False) -> list[ProblemItem]:
    with company.sessions() as s:
        rows = open_problems(s, include_skipped=include_skipped)
        items = []
        for row in rows:
            issue = s.get(SyncIssue, row.id)  # in the session's identity map already: no query
            data = (issue.data if issue is not None else None) or {}
            fields = tuple(_field_row(f) for f in data.get("fields") or () if isinstance(f, dict))
            items.append(ProblemItem(row, issue.source if issue is not None else "qbo", fields))
        return items


def apply_action(company: Company, client: QboClient | None, issue_id: int, action: str,
                 arg: str | None = None, *, office: Office | None = None) -> ActionResult:
    """Run one engine action (the same as ``qbdesk resolve``); ActionError carries the user's message.

    With ``office``, what needs QuickBooks is sent to the sync host when this desktop is not it (and waits for the
    next sync on the host while one is running)."""
    from qbdesk.sync.actions import ProblemActions

    return ProblemActions(company, client, office=office).apply(issue_id, action, arg)


# --- QuickBooks customers (the Match picker) --------------------------------------------------------


@dataclass(frozen=True)
class QboCustomer:
    id: str
    name: str
    detail: str  # company name or email, to tell apart two similar names


def search_customers(client: QboClient, text: str, limit: int = 50) -> list[QboCustomer]:
    """QuickBooks customers whose display name contains ``text`` (all of them, by name, when empty)."""
    from qbdesk.sync.changes import quote

    text = text.strip()
    statement = "SELECT * FROM Customer"
    if text:
        statement += f" WHERE DisplayName LIKE {quote('%' + text + '%')}"
    statement += " ORDERBY DisplayName"
    page = next(iter(client.query_pages(statement, page_size=limit)), [])
    out = []
    for row in page:
        detail = str(row.get("CompanyName") or (row.get("PrimaryEmailAddr") or {}).get("Address") or "")
        out.append(QboCustomer(str(row.get("Id")), str(row.get("DisplayName") or ""), detail))
    return out


# --- approvals --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ApprovalRow:
    id: int
    direction: str   # "import" | "export"
    entity: str
    local_id: int | None
    qbo_id: str | None
    change: str      # "create" | "update" | "delete" | "deactivate"
    summary: str
    detected_at: datetime


def read_approvals(company: Company) -> tuple[list[ApprovalRow], bool]:
    """What waits for approval, and whether "Review changes before they sync" is on."""
    from qbdesk.sync.approvals import waiting

    with company.sessions() as s:
        rows = [ApprovalRow(a.id, a.direction.value, a.entity_type, a.local_id, a.qbo_id, a.change,
                            a.summary or "", a.detected_at) for a in waiting(s)]
        return rows, load_settings(s).review_changes


def approve_checked(company: Company, client: QboClient | None, checked: Iterable[int], *, clear_unchecked: bool,
                    shown: Iterable[int], office: Office | None = None) -> ApprovalResult:
    """Approve ``checked``; the keep/clear rule applies to the changes the user was ``shown`` only, never to one
    detected after the list was read. With ``office`` on a desktop that is not the sync host, the approval is sent
    to the host (``request_id`` in the result)."""
    from qbdesk.sync.approvals import approve

    with company.sessions() as s:
        settings = load_settings(s)
    return approve(company, client, settings, list(checked), clear_unchecked=clear_unchecked, among=list(shown),
                   office=office)


# --- preferences ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SyncPreferences:
    """The Sync settings dialog: the engine's settings plus two kept under ``ui.*`` keys."""

    sync: SyncSettings = field(default_factory=SyncSettings)
    keep_numbers_in_step: bool = False
    interval_minutes: int = DEFAULT_INTERVAL   # 0: no automatic sync


def read_preferences(company: Company) -> SyncPreferences:
    with company.sessions() as s:
        return _preferences(s)


def _preferences(s: Session) -> SyncPreferences:
    keep = s.get(Setting, KEEP_NUMBERS_KEY)
    interval = s.get(Setting, INTERVAL_KEY)
    minutes = interval.value if interval is not None and isinstance(interval.value, int) else DEFAULT_INTERVAL
    return SyncPreferences(load_settings(s), bool(keep.value) if keep is not None else False, max(minutes, 0))


def write_preferences(company: Company, prefs: SyncPreferences) -> None:
    with company.session() as s:
        save_settings(s, prefs.sync)
        put_setting(s, KEEP_NUMBERS_KEY, prefs.keep_numbers_in_step)
        put_setting(s, INTERVAL_KEY, prefs.interval_minutes)


def keep_numbers_in_step(company: Company) -> bool:
    with company.sessions() as s:
        row = s.get(Setting, KEEP_NUMBERS_KEY)
        return bool(row.value) if row is not None else False


# --- the sync log -----------------------------------------------------------------------------------

_STATUS_STATES: dict[str, tuple[JournalState, ...]] = {
    "pending": (JournalState.PENDING, JournalState.SENT),
    "successful": (JournalState.DONE,),
    "failed": (JournalState.FAILED,),
    "skipped": (JournalState.SKIPPED,),
}
_STATE_STATUS = {state: status for status, states in _STATUS_STATES.items() for state in states}


@dataclass(frozen=True)
class LogFilter:
    status: str | None = None      # "pending" | "successful" | "failed" | "skipped"
    entity: str | None = None      # QuickBooks entity name
    since: date | None = None      # local days, inclusive
    until: date | None = None
    search: str = ""


@dataclass(frozen=True)
class LogRow:
    key: str                        # "j<id>" for a journal entry, "a<id>" for an approved change
    when: datetime
    status: str
    operation: str
    entity: str
    local_id: int | None
    qbo_id: str | None
    record: str
    error_code: str | None
    error_message: str | None
    run_kind: str | None
    run_id: str | None = None       # the run a journal entry belongs to (what "Undo this run…" undoes)


def _local_midnight_utc(day: date) -> datetime:
    """The start of a day on the user's clock, as an aware moment (the store keeps UTC)."""
    return datetime.combine(day, time.min).astimezone()


def _journal_query(flt: LogFilter) -> Select[JournalEntry, str]:
    query = select(JournalEntry, SyncRun.kind).join(SyncRun, SyncRun.id == JournalEntry.run_id)
    if flt.status:
        query = query.where(JournalEntry.state.in_(_STATUS_STATES[flt.status]))
    if flt.entity:
        query = query.where(JournalEntry.entity_type == flt.entity)
    if flt.since:
        query = query.where(JournalEntry.created_at >= _local_midnight_utc(flt.since))
    if flt.until:
        query = query.where(JournalEntry.created_at < _local_midnight_utc(flt.until + timedelta(days=1)))
    text = flt.search.strip()
    if text:
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        # The record's name or number as it is now (QuickBooks may have numbered it since), or as journaled.
        by_label = [and_(JournalEntry.entity_type == entity, JournalEntry.local_id.in_(
                        select(model.id).where(column.ilike(pattern, escape="\\"))))
                    for entity, model in BY_ENTITY.items()
                    if (column := _label_column(model)) is not None]
        query = query.where(or_(JournalEntry.natural_key.ilike(pattern, escape="\\"),
                                JournalEntry.error_message.ilike(pattern, escape="\\"),
                                JournalEntry.error_code.ilike(pattern, escape="\\"),
                                JournalEntry.qbo_id.ilike(pattern, escape="\\"), *by_label))
    return query


def _approved_waiting(s: Session, flt: LogFilter) -> list[LogRow]:
    """Approved changes no run has carried out yet: the log's Pending section (SingleOps)."""
    if flt.status not in (None, "pending"):
        return []
    done = exists().where(JournalEntry.entity_type == ApprovalItem.entity_type,
                          or_(and_(ApprovalItem.local_id.is_not(None), JournalEntry.local_id == ApprovalItem.local_id),
                              and_(ApprovalItem.qbo_id.is_not(None), JournalEntry.qbo_id == ApprovalItem.qbo_id)),
                          JournalEntry.created_at >= ApprovalItem.decided_at)
    query = select(ApprovalItem).where(ApprovalItem.status == ApprovalStatus.APPROVED, ~done)
    if flt.entity:
        query = query.where(ApprovalItem.entity_type == flt.entity)
    rows = []
    text = flt.search.strip().casefold()
    for item in s.scalars(query.order_by(ApprovalItem.id.desc())):
        when = item.decided_at or item.detected_at
        if flt.since and when < _local_midnight_utc(flt.since):
            continue
        if flt.until and when >= _local_midnight_utc(flt.until + timedelta(days=1)):
            continue
        if text and text not in (item.summary or "").casefold():
            continue
        operation = f"{item.change}_{'here' if item.direction is ApprovalDirection.IMPORT else 'in_qbo'}"
        rows.append(LogRow(f"a{item.id}", when, "pending", operation, item.entity_type, item.local_id,
                           item.qbo_id, item.summary or "", None, None, "approval"))
    return rows


def _labels(s: Session, pairs: Iterable[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """Each record's name or number, one query per record type on the page (not one per row)."""
    wanted: dict[str, set[int]] = {}
    for entity, local_id in pairs:
        wanted.setdefault(entity, set()).add(local_id)
    out: dict[tuple[str, int], str] = {}
    for entity, ids in wanted.items():
        model: Any = BY_ENTITY.get(entity)
        if model is None:
            continue
        column = _label_column(model)
        if column is None:
            continue
        for local_id, label in s.execute(select(model.id, column).where(model.id.in_(ids))):
            if label:
                out[(entity, local_id)] = str(label)
    return out


def _label_column(model: Any) -> Any:
    """The column that names a record in the log: its name, its number."""
    return next((getattr(model, a) for a in ("display_name", "name", "doc_number", "reference_number")
                 if hasattr(model, a)), None)


def _log_rows(s: Session, result: Iterable[Any]) -> list[LogRow]:
    pairs = [(e.entity_type, e.local_id) for e, _kind in result if e.local_id is not None]
    labels = _labels(s, pairs)
    rows = []
    for entry, kind in result:
        record = labels.get((entry.entity_type, entry.local_id or 0)) or entry.natural_key or entry.qbo_id or ""
        rows.append(LogRow(f"j{entry.id}", entry.completed_at or entry.created_at, _STATE_STATUS[entry.state],
                           entry.operation, entry.entity_type, entry.local_id, entry.qbo_id, record,
                           entry.error_code, entry.error_message, kind, entry.run_id))
    return rows


def read_log_page(company: Company, flt: LogFilter, offset: int, limit: int) -> list[LogRow]:
    """One page of the log, newest first; the first page starts with approved changes still waiting."""
    with company.sessions() as s:
        head = _approved_waiting(s, flt) if offset == 0 else []
        query = _journal_query(flt).order_by(JournalEntry.id.desc()).offset(offset).limit(limit)
        return head + _log_rows(s, list(s.execute(query)))


def count_log(company: Company, flt: LogFilter) -> int:
    with company.sessions() as s:
        journal = s.scalar(select(func.count()).select_from(_journal_query(flt).subquery())) or 0
        return journal + len(_approved_waiting(s, flt))


def log_totals(company: Company) -> dict[str, int]:
    """How many entries each status has (the log's section tabs), approved-but-waiting changes included."""
    totals = dict.fromkeys(_STATUS_STATES, 0)
    with company.sessions() as s:
        for state, n in s.execute(select(JournalEntry.state, func.count()).group_by(JournalEntry.state)):
            totals[_STATE_STATUS[state]] += n
        totals["pending"] += len(_approved_waiting(s, LogFilter()))
    return totals


def log_entities(company: Company) -> list[str]:
    """The record types the log has entries for (the type filter's choices)."""
    with company.sessions() as s:
        return sorted(e for e in s.scalars(select(JournalEntry.entity_type).distinct()) if e)


def iter_log(company: Company, flt: LogFilter, chunk: int = 2000) -> Iterator[LogRow]:
    with company.sessions() as s:
        yield from _approved_waiting(s, flt)
    offset = 0
    while True:
        with company.sessions() as s:
            query = _journal_query(flt).order_by(JournalEntry.id.desc()).offset(offset).limit(chunk)
            rows = _log_rows(s, list(s.execute(query)))
        yield from rows
        if len(rows) < chunk:
            return
        offset += chunk


def export_log(company: Company, flt: LogFilter, path: Path, header: list[str],
               labels: Mapping[str, Mapping[str, str]], cancelled: Callable[[], bool] = lambda: False) -> int:
    """Write the filtered log to ``path`` as CSV (UTF-8 with BOM, so spreadsheets read accents); returns rows.

    Record names come from anyone: a cell a spreadsheet would run as a formula is written as text
    (:mod:`qbdesk.csv_safety`)."""
    written = 0
    partial = path.with_name(path.name + ".part")
    with partial.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv_safety.writer(handle)
        out.writerow(header)
        for row in iter_log(company, flt):
            if cancelled():
                break
            out.writerow([row.when.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                          labels["status"].get(row.status, row.status),
                          labels["operation"].get(row.operation, row.operation),
                          labels["entity"].get(row.entity, row.entity), row.record, row.qbo_id or "",
                          row.error_code or "", row.error_message or "",
                          labels["run"].get(row.run_kind or "", row.run_kind or "")])
            written += 1
    partial.replace(path)
    return written
