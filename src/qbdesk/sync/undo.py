"""Undo a run: its journal read back into a plan of inverse operations — undo is just another plan.

Every write a run made is in its journal, with what it replaced (``before``): so
taking a run back needs no second write path, only a change stage of its own.
This module is that stage: it reads the run's journal, the current state of each
record it touched (QuickBooks' current version by Id, a query per 200 records;
the company file's records and links), and plans, for each write the run made:

* created in QuickBooks → **deleted** there (transactions) or **made inactive**
  (name lists, which QuickBooks cannot delete); the link goes, and the record
  here is again a change QuickBooks has not seen;
* updated in QuickBooks → **restored** there from the before-image: a sparse
  update of the fields qbdesk maps, as they were, on top of the current SyncToken;
* made inactive in QuickBooks → made active again (restored), its link back;
* created here → **deleted here** (with its link);
* updated here → **restored here** from the record's image (every column and
  its lines), and its link's SyncToken as it was, so the next sync sees
  QuickBooks' version as the change it was;
* linked (twins found on both sides) → **unlinked**;
* deleted in QuickBooks (a transaction) → cannot come back: QuickBooks deletes
  for good; the plan says so.

The executor then carries the plan out like any other (journaled, batched,
settled after a crash; :meth:`~qbdesk.sync.executor.Executor._take_back` keeps
reverse dependency order: invoices before customers, jobs before parents).

**A record changed by someone else since the run is not overwritten.** Its
QuickBooks SyncToken moved from the one the run left (or, here, it was edited
after the run's write): the plan blocks it with a problem, *changed in
QuickBooks after the run* (or *here*), whose actions are *undo anyway* (a
targeted undo of that record, forced) and *keep it* (remembered: later undos of
the run leave it).

Planning is state-based, so an interrupted undo resumed re-plans and does only
what is left: what an earlier undo of the same run already did is recognised
from its journal, and what is already as it was before the run counts as done.

For undo operations, a :class:`~qbdesk.sync.fields.FieldChange`'s ``here`` is the
value now and its ``qbo`` the value after the undo, on the side the operation
writes (:func:`change_json` names them so).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qbdesk.qbo.client import QboClient
from qbdesk.store import Company
from qbdesk.store.base import Record
from qbdesk.store.syncdata import IssueStatus, JournalEntry, JournalState, SyncIssue, SyncRun
from qbdesk.sync.changes import FETCH_CHUNK, ChangeReader, load_records
from qbdesk.sync.entities import ENTITY_ORDER, entity_type
from qbdesk.sync.fields import FIELDS, FieldChange, differences
from qbdesk.sync.images import restore_image
from qbdesk.sync.links import LinkCache
from qbdesk.sync.local_snapshot import local_snapshot
from qbdesk.sync.mapping import to_qbo
from qbdesk.sync.plan import EntityCounts, Operation, OpKind, Outcome, Plan
from qbdesk.sync.qbo_snapshot import QboKeys, to_snap
from qbdesk.sync.runs import UNDO, undos_of
from qbdesk.sync.settings import load_settings
from qbdesk.sync.snapshot import Snapshot
from qbdesk.sync.wire import decimals_back, plain

Row = dict[str, Any]
Names = Callable[[str, str], str | None]

# Why an operation of the run is not undone (the planner's reason codes; the window translates them).
R_CHANGED_IN_QBO = "changed_in_qbo_after_run"
R_CHANGED_HERE = "changed_here_after_run"
R_DELETED_FOR_GOOD = "deleted_for_good"
R_KEPT = "kept_by_user"
R_GONE = "gone_since_run"
CHANGED_SINCE = frozenset({R_CHANGED_IN_QBO, R_CHANGED_HERE})

# The journal operations an undo takes back, and what takes each one back.
UNDOABLE = ("create_in_qbo", "update_in_qbo", "deactivate_in_qbo", "delete_in_qbo", "create_here", "update_here",
            "link")
_QBO_SIDE = frozenset({OpKind.DELETE_IN_QBO, OpKind.DEACTIVATE_IN_QBO, OpKind.RESTORE_IN_QBO})
_HERE_SIDE = frozenset({OpKind.DELETE_HERE, OpKind.RESTORE_HERE, OpKind.UNLINK})
# What the undo plan's totals are called (the CLI's JSON, the preview's groups).
FULL_READ_FROM = 1000  # records of one type the run touched from which reading the whole type may cost fewer calls
TOTALS = ("delete_in_qbo", "deactivate_in_qbo", "restore_in_qbo", "delete_here", "restore_here", "unlink")


class UndoRefused(Exception):
    """This run cannot be undone, or there is nothing to resume; the message says why, in English, and ``code``
    which case it is (the window words it in the user's language): ``no_such_run``, ``is_undo``,
    ``nothing_written``, ``other_undo_waits``, ``nothing_to_resume``."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Target:
    """The run an undo takes back."""

    run_id: str
    kind: str
    status: str
    started_at: datetime
    finished_at: datetime | None


@dataclass(frozen=True)
class _Entry:
    """One journal row of the run, as plain values."""

    id: int
    operation: OpKind
    entity: str
    local_id: int | None
    qbo_id: str | None
    token: str | None            # QuickBooks' SyncToken after the write
    before: dict[str, Any] | None
    completed_at: datetime | None
    key: str


@dataclass
class UndoPlan:
    """What undoing a run will do: the executor's plan, and what the preview and the command line show."""

    target: Target
    plan: Plan
    rows: dict[tuple[str, str], Row] = field(default_factory=dict)   # QuickBooks' current rows, by (entity, Id)
    names: Names = lambda entity, ref: None
    already: int = 0            # writes of the run already taken back (by an earlier undo, or by hand)

    @property
    def operations(self) -> list[Operation]:
        return self.plan.operations

    def writes(self) -> list[Operation]:
        return self.plan.writes()

    def blocked(self) -> list[Operation]:
        """Records changed since the run: not undone, each a problem with *undo anyway* / *keep it*."""
        return [op for op in self.plan.operations if op.kind is OpKind.SKIP and op.reason in CHANGED_SINCE]

    def cannot(self) -> list[Operation]:
        """What cannot be undone (deleted for good in QuickBooks, gone since the run) or was kept."""
        return [op for op in self.plan.operations if op.kind is OpKind.SKIP and op.reason not in CHANGED_SINCE]

    def totals(self) -> dict[str, int]:
        counted = Counter(op.kind.value for op in self.writes())
        found = {name: counted.get(name, 0) for name in TOTALS}
        found["changed_since"] = len(self.blocked())
        found["not_undone"] = len(self.cannot())
        return found

    @property
    def empty(self) -> bool:
        return not self.writes() and not self.blocked()

    def to_json(self, details: bool = False) -> dict[str, Any]:
        doc: dict[str, Any] = {"undoes": self.target.run_id, "run_kind": self.target.kind,
                               "run_started": self.target.started_at.isoformat(), **self.totals(),
                               "already_undone": self.already}
        if details:
            doc["operations"] = [operation_json(op) for op in self.plan.operations]
        return doc


def change_json(change: FieldChange) -> dict[str, str | None]:
    """An undo operation's field: its value now and after the undo."""
    return {"field": change.field, "label": change.label, "now": change.here, "after": change.qbo}


def operation_json(op: Operation) -> dict[str, Any]:
    doc: dict[str, Any] = {"kind": op.kind.value, "entity": op.entity, "record": op.label,
                           "local_id": op.local_id, "qbo_id": op.qbo_id}
    if op.kind is OpKind.SKIP:
        doc["reason"] = op.reason
    if op.changes:
        doc["changes"] = [change_json(c) for c in op.changes]
    return doc


# --- reading the run and the state it left ----------------------------------------------------------------


def target_of(session: Session, run_id: str) -> Target:
    run = session.get(SyncRun, run_id)
    if run is None:
        raise UndoRefused(f"There is no run {run_id} in this company's sync log.", "no_such_run")
    if run.kind == UNDO:
        raise UndoRefused("This run is an undo: an undo is not undone (sync again to do once more what it took "
                          "back).", "is_undo")
    return Target(run.id, run.kind, run.status.value, run.started_at, run.finished_at)


def _entries(session: Session, run_id: str) -> list[_Entry]:
    rows = session.execute(select(JournalEntry.id, JournalEntry.operation, JournalEntry.entity_type,
                                  JournalEntry.local_id, JournalEntry.qbo_id, JournalEntry.sync_token,
                                  JournalEntry.before, JournalEntry.completed_at, JournalEntry.natural_key)
                           .where(JournalEntry.run_id == run_id, JournalEntry.state == JournalState.DONE,
                                  JournalEntry.operation.in_(UNDOABLE))
                           .order_by(JournalEntry.seq))
    return [_Entry(r.id, OpKind(r.operation), r.entity_type, r.local_id, r.qbo_id, r.sync_token,
                   dict(r.before) if r.before else None, r.completed_at, r.natural_key or "") for r in rows]


def _undone_already(session: Session, run_id: str) -> tuple[set[tuple[str, str]], set[tuple[str, int]]]:
    """What earlier undos of ``run_id`` did: (entity, QuickBooks Id) there, (entity, local id) here."""
    there: set[tuple[str, str]] = set()
    here: set[tuple[str, int]] = set()
    ids = [run.id for run in undos_of(session, run_id)]
    if not ids:
        return there, here
    for operation, entity, local_id, qbo_id in session.execute(
            select(JournalEntry.operation, JournalEntry.entity_type, JournalEntry.local_id, JournalEntry.qbo_id)
            .where(JournalEntry.run_id.in_(ids), JournalEntry.state == JournalState.DONE)):
        kind = OpKind(operation)
        if kind in _QBO_SIDE and qbo_id:
            there.add((entity, qbo_id))
        elif kind in _HERE_SIDE and local_id is not None:
            here.add((entity, local_id))
    return there, here


def _kept(session: Session, run_id: str) -> set[int]:
    """Journal rows whose record the user chose to keep (the *keep it* action on a problem of this run)."""
    kept: set[int] = set()
    for data in session.scalars(select(SyncIssue.data).where(
            SyncIssue.code.in_(CHANGED_SINCE), SyncIssue.status != IssueStatus.OPEN)):
        params = (data or {}).get("params") or {}
        if (data or {}).get("decision") == "keep" and params.get("run") == run_id and params.get("entry"):
            kept.add(int(params["entry"]))
    return kept


def _stamps(session: Session, wanted: dict[str, set[int]]) -> dict[tuple[str, int], tuple[datetime, bool]]:
    """When each record here was last changed, and whether it waits to be sent (its ``dirty`` flag)."""
    found: dict[tuple[str, int], tuple[datetime, bool]] = {}
    for entity, ids in wanted.items():
        cls: Any = entity_type(entity).record
        ordered = sorted(ids)
        for start in range(0, len(ordered), 500):
            for rid, updated, dirty in session.execute(select(cls.id, cls.updated_at, cls.dirty)
                                                       .where(cls.id.in_(ordered[start:start + 500]))):
                found[(entity, rid)] = (updated, bool(dirty))
    return found


# --- the restore bodies -----------------------------------------------------------------------------------


def _mapped_keys(entity: str) -> list[str]:
    """The top-level QuickBooks fields qbdesk maps for ``entity`` (what a restore puts back)."""
    return list(dict.fromkeys(spec.key.split(".")[0] for spec in FIELDS.get(entity, ())))


def _blank(value: Any) -> Any:
    """What clears ``value`` in a sparse update: empty text; None when it cannot be cleared that way (a
    reference, a number, the lines)."""
    if isinstance(value, str):
        return ""
    if isinstance(value, dict) and "value" not in value:
        cleared = {k: b for k, v in value.items() if (b := _blank(v)) is not None}
        return cleared or None
    return None


def restore_body(entity: str, before: Row, current: Row, keys: Iterable[str] | None = None) -> Row:
    """The sparse update that puts ``keys`` (by default every mapped field) back as ``before`` has them."""
    body: Row = {}
    for key in keys if keys is not None else _mapped_keys(entity):
        if key in before:
            body[key] = before[key]
        elif key == "Active":
            body[key] = True  # QuickBooks leaves it out when active
        elif key in current and (cleared := _blank(current[key])) is not None:
            body[key] = cleared
    return body


def _name_field(entity: str) -> str:
    return "DisplayName" if entity in ("Customer", "Vendor") else "Name"


def _image_record(entity: str, image: dict[str, Any]) -> Record:
    """A record (not in any session) holding ``image``: to compare it, as QuickBooks' fields, with the one now."""
    record: Record = entity_type(entity).record()
    restore_image(record, image)
    return record


# --- the planner --------------------------------------------------------------------------------------------


class _Planner:
    def __init__(self, target: Target, entries: list[_Entry], rows: dict[tuple[str, str], Row], links: LinkCache,
                 here: Snapshot, stamps: dict[tuple[str, int], tuple[datetime, bool]],
                 records: dict[tuple[str, int], Record], names: Names, *, force: frozenset[int],
                 kept: set[int], done_there: set[tuple[str, str]], done_here: set[tuple[str, int]]) -> None:
        self.target = target
        self.entries = entries
        self.rows = rows
        self.links = links
        self.here = here
        self.stamps = stamps
        self.records = records
        self.names = names
        self.force = force
        self.kept = kept
        self.done_there = done_there
        self.done_here = done_here
        self.ops: list[Operation] = []
        self.counts: dict[str, EntityCounts] = {}
        self.already = 0

    # --- what each side says about a record ---

    def _label(self, entry: _Entry) -> str:
        if entry.local_id is not None:
            snap = self.here.get(entry.entity, str(entry.local_id))
            if snap is not None:
                return snap.label
        row = self.rows.get((entry.entity, entry.qbo_id or "")) or (decimals_back(entry.before)
                                                                   if entry.before and "columns" not in entry.before
                                                                   else None)
        if row:
            return to_snap(entry.entity, row, QboKeys()).label
        return entry.key or f"{entry.entity} {entry.qbo_id or entry.local_id}"

    def _refs(self, entry: _Entry) -> tuple[tuple[str, str], ...]:
        """A sub-customer's (sub-account's) parent here: the executor takes back children before parents."""
        snap = self.here.get(entry.entity, str(entry.local_id)) if entry.local_id is not None else None
        return tuple(r for r in snap.refs if r[0] == entry.entity) if snap is not None else ()

    def _changed_here(self, entry: _Entry) -> bool:
        stamp = self.stamps.get((entry.entity, entry.local_id or 0))
        if stamp is None or entry.completed_at is None:
            return False
        updated, dirty = stamp
        return dirty or updated > entry.completed_at

    def _changed_in_qbo(self, entry: _Entry, row: Row) -> bool:
        return entry.token is not None and str(row.get("SyncToken")) != entry.token

    # --- the operations ---

    def _op(self, kind: OpKind, entry: _Entry, **extra: Any) -> Operation:
        op = Operation(kind, entry.entity, str(entry.local_id) if entry.local_id is not None else None,
                       entry.qbo_id, entry.key, self._label(entry), params={"run": self.target.run_id,
                                                                             "entry": str(entry.id)}, **extra)
        self.ops.append(op)
        counts = self.counts.setdefault(entry.entity, EntityCounts())
        if kind in (OpKind.DELETE_IN_QBO, OpKind.DEACTIVATE_IN_QBO):
            counts.delete_in_qbo += 1
        elif kind is OpKind.RESTORE_IN_QBO:
            counts.update_in_qbo += 1
        elif kind is OpKind.DELETE_HERE:
            counts.delete_here += 1
        elif kind is OpKind.RESTORE_HERE:
            counts.update_here += 1
        elif kind is OpKind.UNLINK:
            counts.matched += 1
        return op

    def _skip(self, entry: _Entry, reason: str, outcome: Outcome) -> None:
        op = self._op(OpKind.SKIP, entry, outcome=outcome, reason=reason)
        op.params["record"] = op.label
        counts = self.counts[entry.entity]
        if outcome is Outcome.BLOCKED:
            counts.blocked += 1
        else:
            counts.ignored += 1

    def _held(self, entry: _Entry, changed: bool, reason: str) -> bool:
        """Changed by someone else since the run: blocked (a problem), kept (the user said so), or forced."""
        if entry.id in self.kept:
            self._skip(entry, R_KEPT, Outcome.IGNORED)
            return True
        if changed and entry.id not in self.force:
            self._skip(entry, reason, Outcome.BLOCKED)
            return True
        return False

    def run(self) -> None:
        for entry in self.entries:
            kind = entry.operation
            if kind in (OpKind.CREATE_IN_QBO, OpKind.UPDATE_IN_QBO, OpKind.DEACTIVATE_IN_QBO):
                if (entry.entity, entry.qbo_id or "") in self.done_there:
                    self.already += 1
                    continue
            elif kind is not OpKind.DELETE_IN_QBO and (entry.entity, entry.local_id or 0) in self.done_here:
                self.already += 1
                continue
            {OpKind.CREATE_IN_QBO: self._created_there, OpKind.UPDATE_IN_QBO: self._updated_there,
             OpKind.DEACTIVATE_IN_QBO: self._deactivated_there, OpKind.DELETE_IN_QBO: self._deleted_there,
             OpKind.CREATE_HERE: self._created_here, OpKind.UPDATE_HERE: self._updated_here,
             OpKind.LINK: self._linked}[kind](entry)

    def _linked_now(self, entry: _Entry) -> bool:
        return entry.local_id is not None and self.links.qbo_id(entry.entity, entry.local_id) == entry.qbo_id

    def _created_there(self, entry: _Entry) -> None:
        row = self.rows.get((entry.entity, entry.qbo_id or ""))
        gone = row is None or (entity_type(entry.entity).kind == "list" and row.get("Active") is False)
        if gone:  # deleted or made inactive there since: only the link is left to take back
            if self._linked_now(entry):
                self._op(OpKind.UNLINK, entry)
            else:
                self.already += 1
            return
        assert row is not None
        if self._held(entry, self._changed_in_qbo(entry, row), R_CHANGED_IN_QBO):
            return
        kind = OpKind.DEACTIVATE_IN_QBO if entity_type(entry.entity).removal == "deactivate" else OpKind.DELETE_IN_QBO
        self._op(kind, entry, sync_token=str(row.get("SyncToken")), refs=self._refs(entry))

    def _restore_there(self, entry: _Entry, keys: list[str] | None) -> None:
        row = self.rows.get((entry.entity, entry.qbo_id or ""))
        if row is None or entry.before is None:
            self._skip(entry, R_GONE, Outcome.IGNORED)
            return
        before = decimals_back(entry.before)
        body = restore_body(entry.entity, before, row, keys)
        changes = differences(entry.entity, row, {**row, **body}, self.names)  # here: now; qbo: after
        if not changes:
            self.already += 1  # as it was before the run already
            return
        if self._held(entry, self._changed_in_qbo(entry, row), R_CHANGED_IN_QBO):
            return
        self._op(OpKind.RESTORE_IN_QBO, entry, sync_token=str(row.get("SyncToken")), image=plain(body),
                 changes=tuple(changes))

    def _updated_there(self, entry: _Entry) -> None:
        self._restore_there(entry, None)

    def _deactivated_there(self, entry: _Entry) -> None:
        self._restore_there(entry, ["Active", _name_field(entry.entity)])

    def _deleted_there(self, entry: _Entry) -> None:
        self._skip(entry, R_DELETED_FOR_GOOD, Outcome.IGNORED)

    def _created_here(self, entry: _Entry) -> None:
        if entry.local_id is None or (entry.entity, entry.local_id) not in self.stamps:
            if entry.local_id is not None and self.links.states.get((entry.entity, entry.local_id)) is not None:
                self._op(OpKind.DELETE_HERE, entry)  # deleted here since: its link is left
            else:
                self.already += 1
            return
        if self._held(entry, self._changed_here(entry), R_CHANGED_HERE):
            return
        self._op(OpKind.DELETE_HERE, entry, refs=self._refs(entry))

    def _updated_here(self, entry: _Entry) -> None:
        record = self.records.get((entry.entity, entry.local_id or 0))
        image = entry.before if entry.before and "columns" in entry.before else None
        if record is None or image is None:
            self._skip(entry, R_GONE, Outcome.IGNORED)
            return

        def resolve(e: str, i: int) -> str:
            return self.links.qbo_id(e, i) or f"~{e}:{i}"

        now, then = to_qbo(record, resolve), to_qbo(_image_record(entry.entity, image), resolve)
        changes = tuple(differences(entry.entity, now, then, self.names))
        token_back = image.get("sync_token")
        if not changes and self.links.tokens.get((entry.entity, record.id)) == token_back:
            self.already += 1
            return
        if self._held(entry, self._changed_here(entry), R_CHANGED_HERE):
            return
        self._op(OpKind.RESTORE_HERE, entry, image=image, changes=changes)

    def _linked(self, entry: _Entry) -> None:
        if self._linked_now(entry):
            self._op(OpKind.UNLINK, entry)
        else:
            self.already += 1


def _current(company: Company, client: QboClient, entity: str, ids: set[str]) -> dict[str, Row]:
    """QuickBooks' current version of ``ids`` (inactive list records too): by Id, 200 a query — or, when the run
    touched most of the type's records (a first sync), the whole type read 1,000 a query, which costs fewer calls
    (one more to count them first)."""
    if len(ids) >= FULL_READ_FROM:
        total = client.count(entity, "Active IN (true, false)" if entity_type(entity).kind == "list" else "")
        if -(-total // 1000) < -(-len(ids) // FETCH_CHUNK):
            active = " WHERE Active IN (true, false)" if entity_type(entity).kind == "list" else ""
            return {str(row["Id"]): row for row in client.query(f"SELECT * FROM {entity}{active}")
                    if str(row["Id"]) in ids}
    return ChangeReader(company, client).fetch(entity, ids)


def _names(here: Snapshot, rows: dict[tuple[str, str], Row], links: LinkCache) -> Names:
    """A referenced record's name, from the company file first, QuickBooks' rows read otherwise."""
    def name(entity: str, ref: str) -> str | None:
        if ref.startswith("~"):
            snap = here.get(entity, ref.split(":", 1)[1])
            return snap.label if snap is not None else None
        local = links.local_id(entity, ref)
        if local is not None and (snap := here.get(entity, str(local))) is not None:
            return snap.label
        row = rows.get((entity, ref))
        return to_snap(entity, row, QboKeys()).label if row is not None else None

    return name


def plan_undo(company: Company, client: QboClient, run_id: str, *, force: frozenset[int] = frozenset(),
              only: frozenset[int] | None = None) -> UndoPlan:
    """Plan the undo of ``run_id``: nothing is written. ``only`` narrows it to some journal rows (an *undo
    anyway* of one record), ``force`` undoes those rows even where the record changed since the run.

    Raises :class:`UndoRefused` for a run that cannot be undone.
    """
    with company.session() as s:
        target = target_of(s, run_id)
        settings = load_settings(s)
        entries = [e for e in _entries(s, run_id) if only is None or e.id in only]
        done_there, done_here = _undone_already(s, run_id)
        kept = _kept(s, run_id) - force
        links = LinkCache.load(s)
        here = local_snapshot(s)
        local_ids: dict[str, set[int]] = {}
        for entry in entries:
            if entry.local_id is not None:
                local_ids.setdefault(entry.entity, set()).add(entry.local_id)
        stamps = _stamps(s, local_ids)
        records: dict[tuple[str, int], Record] = {}
        for entity in ENTITY_ORDER:
            updated = {e.local_id for e in entries if e.entity == entity and e.operation is OpKind.UPDATE_HERE
                       and e.local_id is not None}
            if updated:
                found = load_records(s, entity, updated)
                records.update({(entity, rid): record for rid, record in found.items()})
                s.expunge_all()  # read-only from here on: they are compared, never written through this session
    wanted: dict[str, set[str]] = {}
    for entry in entries:
        if entry.operation in (OpKind.CREATE_IN_QBO, OpKind.UPDATE_IN_QBO, OpKind.DEACTIVATE_IN_QBO) \
                and entry.qbo_id and (entry.entity, entry.qbo_id) not in done_there:
            wanted.setdefault(entry.entity, set()).add(entry.qbo_id)
    rows: dict[tuple[str, str], Row] = {}
    for entity in ENTITY_ORDER:
        if entity in wanted:
            rows.update({(entity, qbo_id): row for qbo_id, row in _current(company, client, entity,
                                                                           wanted[entity]).items()})
    names = _names(here, rows, links)
    planner = _Planner(target, entries, rows, links, here, stamps, records, names, force=force, kept=kept,
                       done_there=done_there, done_here=done_here)
    planner.run()
    plan = Plan(planner.ops, planner.counts, settings, complete=False)
    return UndoPlan(target, plan, rows, names, planner.already)


def remember_kept(issue: SyncIssue) -> None:
    """*Keep it*: the record stays as it is; later undos of that run leave it (the decision is on the problem)."""
    issue.data = {**(issue.data or {}), "decision": "keep"}
