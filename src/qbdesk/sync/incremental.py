"""Ongoing two-way sync after the first: pull QuickBooks' changes with CDC, push local changes.

Cheap by design — one changed record costs two API calls (one CDC, one batch):

* **Pull**: CDC from the stored watermark minus an overlap (clocks and commit
  order are not perfectly monotonic), de-duplicated by Id and SyncToken. When the
  watermark is older than QuickBooks' 30-day window, or a CDC answer hits its
  1,000-object cap, the sync falls back to a full comparison (the first-sync
  planner), which cannot miss anything.
* **Push**: the store's dirty records; linked ones become sparse updates carrying
  the last SyncToken, new ones are looked up by natural key (batched queries)
  before they are created, so nothing is created twice.
* Records deleted, voided or made inactive in QuickBooks are surfaced as problems
  (or applied as the inactive/void state), never silently re-created.
* A record changed on both sides follows the conflict policy: QuickBooks wins,
  this app wins, or ask (a problem that shows both versions field by field).
* With "review changes" on, detected changes wait in the approval queue instead.

Before each change is applied and each batch is sent, the run calls its ``guard``
(the engine's sync-lock check). When the lock was lost the run is recorded as
interrupted and :class:`SyncLockLost` goes on up; the watermark stays where it
was, so the next sync pulls the same changes again (those already applied come
back with the SyncToken their link holds, and are skipped).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from qbdesk.qbo.client import BatchItem, QboClient
from qbdesk.qbo.errors import QboError
from qbdesk.store import BY_ENTITY, Company
from qbdesk.store.base import Record
from qbdesk.store.events import sync_origin
from qbdesk.store.locks import SyncLockLost
from qbdesk.store.syncdata import (
    ApprovalDirection,
    ApprovalItem,
    ApprovalStatus,
    JournalEntry,
    JournalState,
    Link,
    LinkState,
    RunStatus,
    Setting,
    SyncRun,
)
from qbdesk.store.types import utcnow
from qbdesk.sync.entities import ENTITY_ORDER
from qbdesk.sync.links import LinkCache, write_link
from qbdesk.sync.local_snapshot import local_snapshot
from qbdesk.sync.mapping import ReadOnlyEntity, UnresolvedReference, from_qbo, to_qbo
from qbdesk.sync.outbox import clear_dirty
from qbdesk.sync.problems import ProblemInput, record_problem, resolve_problems_for
from qbdesk.sync.progress import NullReporter, ProblemNotice, Reporter, RunSummary
from qbdesk.sync.settings import ConflictPolicy, OneSided, SyncSettings
from qbdesk.sync.snapshot import Snapshot
from qbdesk.sync.wire import plain

log = logging.getLogger("qbdesk.sync.incremental")

WATERMARK_KEY = "sync.watermark"
OVERLAP = timedelta(minutes=5)
CDC_WINDOW = timedelta(days=30)
CDC_CAP = 1000
CDC_ENTITIES = tuple(e for e in ENTITY_ORDER if e != "TaxCode")  # tax codes are not CDC-able
NAME_LISTS_AND_REFERENCES = frozenset({"Account", "PaymentMethod", "Term", "Item", "Customer", "Vendor"})
_CHILDREN = {"Invoice": "lines", "CreditMemo": "lines", "RefundReceipt": "lines", "Purchase": "lines",
             "Bill": "lines", "Payment": "applications"}


class NeedsFullSync(Exception):
    """CDC cannot be trusted for this window: compare both sides in full instead."""


@dataclass
class Change:
    direction: ApprovalDirection
    entity: str
    kind: str                      # "create" | "update" | "delete" | "deactivate"
    local_id: int | None = None
    qbo_id: str | None = None
    row: dict[str, Any] | None = None   # the QuickBooks version (imports)
    label: str = ""

    @property
    def marker(self) -> str:
        """Identifies this version of the change: a cleared change comes back only once the record changes."""
        if self.row is not None:
            return f"qbo:{self.qbo_id}:{self.row.get('SyncToken')}:{self.kind}"
        return f"here:{self.entity}:{self.local_id}:{self.kind}"


@dataclass
class Outcome:
    created_here: int = 0
    created_in_qbo: int = 0
    updated: int = 0
    linked: int = 0
    problems: int = 0
    waiting: int = 0
    notes: list[str] = field(default_factory=list)


def load_watermark(session: Session) -> datetime | None:
    row = session.get(Setting, WATERMARK_KEY)
    return datetime.fromisoformat(row.value) if row is not None and row.value else None


def save_watermark(session: Session, moment: datetime) -> None:
    session.merge(Setting(key=WATERMARK_KEY, value=moment.isoformat()))


def _label(entity: str, row: dict[str, Any]) -> str:
    return str(row.get("DisplayName") or row.get("Name") or row.get("DocNumber") or f"{entity} {row.get('Id')}")


class IncrementalSync:
    def __init__(self, company: Company, client: QboClient, settings: SyncSettings, *,
                 reporter: Reporter | None = None, guard: Callable[[], None] | None = None) -> None:
        self.company = company
        self.client = client
        self.settings = settings
        self.reporter = reporter or NullReporter()
        self.guard: Callable[[], None] = guard or (lambda: None)
        self.links = LinkCache()
        self.run_id = ""
        self.outcome = Outcome()
        self._tokens: dict[tuple[str, int], str | None] = {}
        self._seq = 0

    # --- detecting ------------------------------------------------------------------------------------

    def pull(self, watermark: datetime | None) -> tuple[list[Change], datetime]:
        """QuickBooks' changes since ``watermark`` as Changes, and the next watermark."""
        if watermark is None:
            raise NeedsFullSync("no watermark yet")
        server_now = watermark  # replaced by the CDC answer's own time
        since = watermark - OVERLAP
        try:
            result = self.client.cdc(CDC_ENTITIES, since)
        except QboError as exc:
            if "older than" in f"{exc.message} {exc.detail}":
                raise NeedsFullSync("the last sync is older than QuickBooks' 30-day change window") from exc
            raise
        if result.total >= CDC_CAP:
            raise NeedsFullSync("more than 1,000 changes since the last sync")
        if result.time:
            server_now = datetime.fromisoformat(result.time)
        changes: list[Change] = []
        for entity in ENTITY_ORDER:
            for row in result.entities.get(entity, []):
                qbo_id = str(row.get("Id"))
                local_id = self.links.local_id(entity, qbo_id)
                link_token = self._link_token(entity, local_id) if local_id is not None else None
                if row.get("status") == "Deleted":
                    if local_id is not None:
                        changes.append(Change(ApprovalDirection.IMPORT, entity, "delete", local_id, qbo_id, row,
                                              _label(entity, row)))
                    continue
                if local_id is not None and link_token == str(row.get("SyncToken")):
                    continue  # our own write coming back, or seen in the overlap already
                kind = "update" if local_id is not None else "create"
                if kind == "update" and row.get("Active") is False:
                    kind = "deactivate"
                changes.append(Change(ApprovalDirection.IMPORT, entity, kind, local_id, qbo_id, row,
                                      _label(entity, row)))
        return changes, server_now

    def pull_snapshot(self, snapshot: Snapshot) -> list[Change]:
        """QuickBooks' changes found by comparing a full read with the links (the CDC fallback).

        A linked record whose SyncToken moved was edited in QuickBooks (its current
        version is fetched in batches of queries); one that is gone was deleted (a
        transaction) or made inactive (name lists cannot be deleted in QuickBooks).
        Records new on either side are the planner's business, not this one's.
        """
        changes: list[Change] = []
        for entity in CDC_ENTITIES:
            present = {snap.id: snap for snap in snapshot.of(entity)}
            edited: list[str] = []
            for (linked_entity, local_id), qbo_id in self.links.to_qbo.items():
                if linked_entity != entity:
                    continue
                snap = present.get(qbo_id)
                if snap is None:
                    changes.append(self._vanished(entity, local_id, qbo_id))
                elif snap.sync_token is not None and snap.sync_token != self._tokens.get((entity, local_id)):
                    edited.append(qbo_id)
            for start in range(0, len(edited), 200):
                ids = ", ".join("'" + i.replace("'", "") + "'" for i in edited[start:start + 200])
                for row in self.client.query(f"SELECT * FROM {entity} WHERE Id IN ({ids})"):
                    qbo_id = str(row["Id"])
                    kind = "deactivate" if row.get("Active") is False else "update"
                    changes.append(Change(ApprovalDirection.IMPORT, entity, kind,
                                          self.links.local_id(entity, qbo_id), qbo_id, row, _label(entity, row)))
        return changes

    def _vanished(self, entity: str, local_id: int, qbo_id: str) -> Change:
        if entity in NAME_LISTS_AND_REFERENCES:
            try:
                row = self.client.get(entity, qbo_id)  # inactive records are still readable by Id
            except QboError:
                row = None
            if row is not None:
                return Change(ApprovalDirection.IMPORT, entity, "deactivate", local_id, qbo_id, row,
                              _label(entity, row))
        stub = {"Id": qbo_id, "status": "Deleted"}
        return Change(ApprovalDirection.IMPORT, entity, "delete", local_id, qbo_id, stub, f"{entity} {qbo_id}")

    def _link_token(self, entity: str, local_id: int) -> str | None:
        return self._tokens.get((entity, local_id))

    def local_changes(self) -> list[Change]:
        """The dirty records to send, after the same pre-flight checks the first sync runs.

        A record that fails a check is held back with a problem (it stays dirty, so
        fixing it sends it); one that passes now has its earlier pre-flight problems
        resolved, so an old explanation never outlives its cause.
        """
        changes: list[Change] = []
        with self.company.session() as s:
            checks = {(snap.entity, int(snap.id)): snap for snap in local_snapshot(s).records_with_checks()}
        with self.company.session() as s:
            for entity in ENTITY_ORDER:
                if entity == "TaxCode":
                    continue
                cls = BY_ENTITY[entity]
                for record in s.scalars(select(cls).where(cls.dirty.is_(True))):
                    state = self.links.states.get((entity, record.id))
                    if state in (LinkState.DONT_SYNC, LinkState.BYPASSED, LinkState.IGNORED,
                                 LinkState.DELETED_IN_QBO):
                        continue
                    qbo_id = self.links.qbo_id(entity, record.id)
                    label = str(getattr(record, "display_name", None) or getattr(record, "name", None)
                                or getattr(record, "doc_number", None) or f"{entity} {record.id}")
                    failed = checks.get((entity, record.id))
                    if failed is not None:
                        code, message = failed.checks[0]
                        self._problem(s, ProblemInput(entity, str(record.id), qbo_id, label, "preflight", code,
                                                      message))
                        continue
                    resolve_problems_for(s, entity, str(record.id), None, source="preflight")
                    changes.append(Change(ApprovalDirection.EXPORT, entity, "update" if qbo_id else "create",
                                          record.id, qbo_id, None, label))
        return changes

    # --- the run --------------------------------------------------------------------------------------

    def begin(self, kind: str = "incremental") -> datetime | None:
        """Open a run and load the links; returns the stored watermark."""
        self.run_id = str(uuid.uuid4())
        with self.company.session() as s:
            s.add(SyncRun(id=self.run_id, kind=kind, started_at=utcnow(), settings=self.settings.to_json()))
            self.links = LinkCache.load(s)
            self._tokens = {(link.entity_type, link.local_id): link.sync_token
                            for link in s.scalars(select(Link)) if link.local_id is not None}
            return load_watermark(s)

    def finish(self, seconds: float, calls: int) -> RunSummary:
        return self._finish(RunStatus.COMPLETED, seconds, calls)

    def run(self, snapshot: Snapshot | None = None, mark: datetime | None = None) -> RunSummary:
        """One incremental sync; with ``snapshot`` (a full read of QuickBooks taken at ``mark``), compare
        it with the links instead of asking CDC."""
        started = time.monotonic()
        calls_before = self.client.stats.calls
        watermark = self.begin()
        try:
            if snapshot is not None:
                imports, next_mark = self.pull_snapshot(snapshot), mark or watermark
            else:
                imports, next_mark = self.pull(watermark)
            exports = self.local_changes()
            imports, exports = self._resolve_conflicts(imports, exports)
            if self.settings.review_changes:
                self._enqueue(imports + exports)
            else:
                self.apply(imports, exports)
        except SyncLockLost as exc:
            self._finish(RunStatus.INTERRUPTED, time.monotonic() - started, self.client.stats.calls - calls_before,
                         error=str(exc))
            raise
        if next_mark is not None:
            with self.company.session() as s:
                save_watermark(s, next_mark)
        return self._finish(RunStatus.COMPLETED, time.monotonic() - started, self.client.stats.calls - calls_before)

    def _finish(self, status: RunStatus, seconds: float, calls: int, error: str | None = None) -> RunSummary:
        o = self.outcome
        with self.company.session() as s:
            run = s.get(SyncRun, self.run_id)
            if run is not None:
                run.status, run.finished_at, run.api_calls, run.error = status, utcnow(), calls, error
                run.counts = {"_result": {"created_in_qbo": o.created_in_qbo, "created_here": o.created_here,
                                          "updated": o.updated, "linked": o.linked, "problems": o.problems,
                                          "waiting_for_approval": o.waiting}}
        return RunSummary(self.run_id, status.value, o.created_in_qbo, o.created_here, o.updated, o.linked,
                          o.problems, calls, round(seconds, 2))

    # --- conflicts ------------------------------------------------------------------------------------

    def _resolve_conflicts(self, imports: list[Change], exports: list[Change]) -> tuple[list[Change], list[Change]]:
        exported = {(c.entity, c.local_id): c for c in exports if c.kind == "update"}
        keep_imports: list[Change] = []
        for change in imports:
            twin = exported.get((change.entity, change.local_id))
            if twin is None or change.kind not in ("update", "deactivate"):
                keep_imports.append(change)
                continue
            policy = self.settings.conflict_policy
            if policy is ConflictPolicy.QBO_WINS:
                keep_imports.append(change)
                exports.remove(twin)
            elif policy is ConflictPolicy.HERE_WINS:
                self._tokens[(change.entity, change.local_id or 0)] = str(change.row.get("SyncToken")) \
                    if change.row else None
            else:
                exports.remove(twin)
                self._conflict_problem(change)
        return keep_imports, exports

    def _conflict_problem(self, change: Change) -> None:
        with self.company.session() as s:
            record = self._load(s, change.entity, [change.local_id or 0]).get(change.local_id or 0)
            here = to_qbo(record, lambda e, i: self.links.qbo_id(e, i)) if record is not None else {}
            differences = _differences(here, change.row or {})
            self._problem(s, ProblemInput(change.entity, str(change.local_id), change.qbo_id, change.label,
                                          "engine", "conflict",
                                          "Changed here and in QuickBooks since the last sync.",
                                          data={"here": plain(here), "qbo": plain(change.row or {}),
                                                "fields": differences}))

    # --- approvals ------------------------------------------------------------------------------------

    def _enqueue(self, changes: list[Change]) -> None:
        with self.company.session() as s:
            cleared = {a.payload.get("marker") for a in s.scalars(select(ApprovalItem).where(
                ApprovalItem.status == ApprovalStatus.CLEARED))}
            waiting = {a.payload.get("marker"): a for a in s.scalars(select(ApprovalItem).where(
                ApprovalItem.status == ApprovalStatus.WAITING))}
            for change in changes:
                if change.marker in cleared or change.marker in waiting:
                    continue
                s.add(ApprovalItem(direction=change.direction, entity_type=change.entity, local_id=change.local_id,
                                   qbo_id=change.qbo_id, change=change.kind, summary=change.label[:600],
                                   detected_at=utcnow(),
                                   payload={"marker": change.marker,
                                            "row": plain(change.row) if change.row else None}))
                self.outcome.waiting += 1

    # --- applying -------------------------------------------------------------------------------------

    def apply(self, imports: list[Change], exports: list[Change]) -> None:
        for change in imports:
            self.guard()
            self._apply_import(change)
        for entity in ENTITY_ORDER:
            mine = [c for c in exports if c.entity == entity]
            if mine:
                self._apply_exports(entity, mine)

    def _problem(self, s: Session, p: ProblemInput) -> None:
        issue = record_problem(s, p, self.run_id)
        self.outcome.problems += 1
        self.reporter.problem(ProblemNotice(issue.id, issue.category, p.entity, p.label, p.code, p.message))

    def _journal(self, s: Session, op: str, change: Change, state: JournalState, qbo_id: str | None = None,
                 token: str | None = None, error: QboError | None = None) -> None:
        self._seq += 1
        s.add(JournalEntry(run_id=self.run_id, seq=self._seq, operation=op, entity_type=change.entity,
                           local_id=change.local_id, qbo_id=qbo_id or change.qbo_id, natural_key=change.label[:600],
                           state=state, sync_token=token, created_at=utcnow(), completed_at=utcnow(),
                           error_code=error.code if error else None,
                           error_message=error.summary[:2000] if error else None))

    def _apply_import(self, change: Change) -> None:
        entity, row = change.entity, change.row or {}
        with self.company.session() as s, sync_origin(s):
            if change.kind == "delete":
                link = s.scalars(select(Link).where(Link.entity_type == entity,
                                                    Link.local_id == change.local_id)).first()
                if link is not None:
                    link.state = LinkState.DELETED_IN_QBO
                    link.updated_at = utcnow()
                self._problem(s, ProblemInput(entity, str(change.local_id), change.qbo_id, change.label, "qbo",
                                              "deleted_in_qbo", "Deleted in QuickBooks."))
                self._journal(s, "delete_seen", change, JournalState.DONE)
                return
            if change.kind == "create":
                if self.settings.only_in_qbo is OneSided.IGNORE:
                    return
                try:
                    with s.begin_nested():
                        record = from_qbo(entity, row, self.links.local_id)
                        s.add(record)
                        s.flush()
                except UnresolvedReference as err:
                    self._problem(s, ProblemInput(entity, None, change.qbo_id, change.label, "engine",
                                                  "depends_on_failed",
                                                  f"Refers to a {err.entity} that is not synced here ({err.field})."))
                    return
                write_link(s, self.links, entity, record.id, str(row["Id"]), str(row.get("SyncToken")))
                change.local_id = record.id
                self._journal(s, "create_here", change, JournalState.DONE, token=str(row.get("SyncToken")))
                self.outcome.created_here += 1
                return
            existing = self._load(s, entity, [change.local_id or 0]).get(change.local_id or 0)
            if existing is None:
                return
            record = existing
            moved = _moved(entity, record, row, self.links)
            if moved:
                self._problem(s, ProblemInput(entity, str(record.id), change.qbo_id, change.label, "qbo",
                                              "moved_in_qbo", moved, data={"qbo": plain(row)}))
                return
            try:
                with s.begin_nested():
                    from_qbo(entity, row, self.links.local_id, into=record)
                    record.dirty = False
                    s.flush()
            except UnresolvedReference as err:
                self._problem(s, ProblemInput(entity, str(record.id), change.qbo_id, change.label, "engine",
                                              "depends_on_failed",
                                              f"Refers to a {err.entity} that is not synced here ({err.field})."))
                return
            write_link(s, self.links, entity, record.id, str(row["Id"]), str(row.get("SyncToken")))
            self._tokens[(entity, record.id)] = str(row.get("SyncToken"))
            self._journal(s, "update_here", change, JournalState.DONE, token=str(row.get("SyncToken")))
            resolve_problems_for(s, entity, str(record.id), None)
            self.outcome.updated += 1

    def _load(self, s: Session, entity: str, ids: list[int]) -> dict[int, Record]:
        cls = BY_ENTITY[entity]
        query = select(cls).where(cls.id.in_(ids))
        if entity in _CHILDREN:
            query = query.options(selectinload(getattr(cls, _CHILDREN[entity])))
        return {r.id: r for r in s.scalars(query)}

    def _apply_exports(self, entity: str, changes: list[Change]) -> None:
        for start in range(0, len(changes), 30):
            chunk = changes[start:start + 30]
            items: list[BatchItem] = []
            by_bid: dict[str, Change] = {}
            versions: dict[str, int] = {}  # the version each body was built from: an edit since keeps it dirty
            with self.company.session() as s:
                records = self._load(s, entity, [c.local_id or 0 for c in chunk])
                for n, change in enumerate(chunk):
                    record = records.get(change.local_id or 0)
                    if record is None:
                        continue
                    try:
                        body = to_qbo(record, self.links.qbo_id)
                    except (UnresolvedReference, ReadOnlyEntity) as err:
                        if isinstance(err, UnresolvedReference):
                            self._problem(s, ProblemInput(entity, str(record.id), change.qbo_id, change.label,
                                                          "engine", "depends_on_failed",
                                                          f"Waits for its {err.entity}, which is not in QuickBooks."))
                        continue
                    if entity == "RefundReceipt" and self.settings.refund_account:
                        body["DepositToAccountRef"] = {"value": self.settings.refund_account}
                    bid = f"c{n}"
                    versions[bid] = record.version
                    if change.kind == "update":
                        token = self._tokens.get((entity, record.id))
                        if token is None and change.qbo_id:  # linked before tokens were kept: ask once
                            token = str(self.client.get(entity, change.qbo_id).get("SyncToken"))
                        body.update(Id=change.qbo_id, SyncToken=token, sparse=True)
                        items.append(BatchItem(bid, entity, "update", body))
                    else:
                        items.append(BatchItem(bid, entity, "create", body))
                    by_bid[bid] = change
            if not items:
                continue
            self.guard()  # last moment before the batch is sent; nothing of it is journaled yet
            results = self.client.batch(items)
            with self.company.session() as s, sync_origin(s):
                sent: list[tuple[int, int | None]] = []
                for bid, change in by_bid.items():
                    result = results.get(bid)
                    if result is not None and result.ok and result.entity:
                        row = result.entity
                        write_link(s, self.links, entity, change.local_id or 0, str(row["Id"]),
                                   str(row.get("SyncToken")))
                        self._tokens[(entity, change.local_id or 0)] = str(row.get("SyncToken"))
                        sent.append((change.local_id or 0, versions.get(bid)))
                        resolve_problems_for(s, entity, str(change.local_id), None)
                        op = "update_in_qbo" if change.kind == "update" else "create_in_qbo"
                        self._journal(s, op, change, JournalState.DONE, str(row["Id"]), str(row.get("SyncToken")))
                        if change.kind == "update":
                            self.outcome.updated += 1
                        else:
                            self.outcome.created_in_qbo += 1
                    elif result is not None and result.fault is not None:
                        self._problem(s, ProblemInput.from_error(entity, str(change.local_id), change.qbo_id,
                                                                 change.label, result.fault))
                        self._journal(s, "update_in_qbo" if change.kind == "update" else "create_in_qbo", change,
                                      JournalState.FAILED, error=result.fault)
                clear_dirty(s, entity, sent)


def _moved(entity: str, record: Record, row: dict[str, Any], links: LinkCache) -> str | None:
    """BuildOps' case: an invoice moved to another customer in QuickBooks. None when it was not."""
    if entity not in ("Invoice", "CreditMemo", "Payment"):
        return None
    qbo_customer = (row.get("CustomerRef") or {}).get("value")
    local_customer = getattr(record, "customer_id", None)
    if qbo_customer is None or local_customer is None:
        return None
    if links.qbo_id("Customer", local_customer) == str(qbo_customer):
        return None
    return "In QuickBooks it now belongs to another customer, job or property."


_IGNORED_FIELDS = {"Id", "SyncToken", "MetaData", "domain", "sparse", "status", "time", "Balance", "TotalAmt",
                   "FullyQualifiedName", "CurrencyRef", "LinkedTxn"}


def _comparable(value: Any) -> Any:
    """References compare by their Id only (QuickBooks adds the referenced name, we do not)."""
    if isinstance(value, dict) and "value" in value and set(value) <= {"value", "name", "type"}:
        return str(value["value"])
    return plain(value)


def _differences(here: dict[str, Any], qbo: dict[str, Any]) -> list[dict[str, str]]:
    """Field-by-field differences between the two versions (top-level fields, as text)."""
    out = []
    for key in sorted(set(here) | set(qbo)):
        if key in _IGNORED_FIELDS:
            continue
        a, b = _comparable(here.get(key)), _comparable(qbo.get(key))
        if key in here and a != b:
            out.append({"field": key, "here": "" if a is None else str(a), "qbo": "" if b is None else str(b)})
    return out
