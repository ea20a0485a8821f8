"""The change stage: what the planner is given, read from both sides for each kind of sync.

Every sync is *changes → plan → pre-flight → journal → send → settle*; this module
is the first step, and the only one that differs between syncs:

* a **first sync** and a **full comparison** read both sides completely;
* a **later sync** reads the whole company file (a few column-only queries; its
  ``dirty`` flags are the outbox) but only QuickBooks' changes since the last
  sync (CDC), the current version of the linked records changed here, and
  whatever QuickBooks record a change refers to that is not here yet;
* a **targeted run** (a problem action, approved changes) reads only the records
  it names.

For every record linked on both sides that changed on one side or both, it
compares the two versions field by field (:mod:`qbdesk.sync.fields`), so the
planner can tell an update from a change that left both sides equal, and a
conflict from two edits of different records. The QuickBooks rows it read are
handed on to the executor, which needs them (a change to take over here, the
before-image of an update there) and should not pay for them twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from qbdesk.qbo.client import QboClient
from qbdesk.store import Company
from qbdesk.store.base import Record
from qbdesk.store.summary import home_currency, set_home_currency
from qbdesk.store.syncdata import IssueStatus, LinkState, Setting, SyncIssue, put_setting
from qbdesk.sync import cdc
from qbdesk.sync.entities import ENTITY_ORDER, SHARED_NAMES, entity_type
from qbdesk.sync.fields import differences
from qbdesk.sync.links import LinkCache
from qbdesk.sync.local_snapshot import local_snapshot
from qbdesk.sync.mapping import to_qbo
from qbdesk.sync.plan import Boundary, Changes, LinkInfo, Operation, PairChange
from qbdesk.sync.progress import NullReporter, Reporter
from qbdesk.sync.qbo_snapshot import QboKeys, fill_payment_methods, qbo_snapshot, to_snap
from qbdesk.sync.snapshot import Snapshot

log = logging.getLogger("qbdesk.sync")

Row = dict[str, Any]
BOUNDARY_KEY = "sync.first_sync"
CUSTOM_NUMBERS_KEY = "qbo.custom_numbers"
FETCH_CHUNK = 200       # Ids per "WHERE Id IN (…)" query
LOOKUP_CHUNK = 50       # values per natural-key look-up query
CLOSURE_ROUNDS = 6      # a reference chain deeper than this (jobs of jobs of…) is read at the next sync
MOVABLE = frozenset({"Invoice", "CreditMemo", "Payment"})  # BuildOps: moved to another customer in QuickBooks


def quote(value: str) -> str:
    """A QuickBooks query string literal (``'`` escaped as ``\\'``)."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


@dataclass(frozen=True)
class Scope:
    """A targeted run: only these records take part (a problem action, the changes a user approved)."""

    here: frozenset[tuple[str, str]] = frozenset()   # (entity, local id)
    qbo: frozenset[tuple[str, str]] = frozenset()    # (entity, QuickBooks Id)


@dataclass
class Inputs:
    """Everything the planner needs, and the QuickBooks rows the executor will need."""

    here: Snapshot
    qbo: Snapshot
    links: dict[tuple[str, str], LinkInfo]
    changes: Changes
    rows: dict[tuple[str, str], Row] = field(default_factory=dict)   # (entity, QuickBooks Id) -> current row
    mark: datetime | None = None   # QuickBooks' clock at the read: the next sync's watermark
    keys: QboKeys = field(default_factory=QboKeys)
    names: Callable[[str, str], str | None] = lambda entity, ref: None  # a referenced record's name
    read_at: datetime = field(default_factory=lambda: datetime.now(UTC))  # when the reading started


def load_boundary(session: Session) -> Boundary | None:
    row = session.get(Setting, BOUNDARY_KEY)
    if row is None or not row.value:
        return None
    qbo = row.value.get("qbo")
    return Boundary(datetime.fromisoformat(row.value["here"]), datetime.fromisoformat(qbo) if qbo else None)


def save_boundary(session: Session, here: datetime, qbo: datetime | None) -> None:
    """Remember when the first sync started (once): later syncs apply the first-sync settings to what was there."""
    if session.get(Setting, BOUNDARY_KEY) is None:
        session.merge(Setting(key=BOUNDARY_KEY, value={"here": here.isoformat(),
                                                       "qbo": qbo.isoformat() if qbo else None}))


def skipped_records(session: Session) -> frozenset[tuple[str, str]]:
    """Records whose problem the user skipped: no more retries until they unskip it."""
    return frozenset((entity, str(local_id)) for entity, local_id in session.execute(
        select(SyncIssue.entity_type, SyncIssue.local_id).where(SyncIssue.status == IssueStatus.SKIPPED,
                                                                SyncIssue.local_id.is_not(None))))


def load_records(session: Session, entity: str, ids: Iterable[int]) -> dict[int, Record]:
    """Whole records of ``entity`` with the rows QuickBooks sends as part of them (lines), in few queries."""
    kind = entity_type(entity)
    cls: Any = kind.record
    wanted = sorted(set(ids))
    found: dict[int, Record] = {}
    for start in range(0, len(wanted), FETCH_CHUNK):
        query = select(cls).where(cls.id.in_(wanted[start:start + FETCH_CHUNK]))
        if kind.children:
            query = query.options(selectinload(getattr(cls, kind.children)))
        found.update({r.id: r for r in session.scalars(query)})
    return found


def home_currency_of(prefs: dict[str, Any]) -> str | None:
    """``Preferences.CurrencyPrefs.HomeCurrency`` (a QuickBooks France company: EUR)."""
    currency = (prefs.get("CurrencyPrefs") or {}).get("HomeCurrency")
    value = currency.get("value") if isinstance(currency, dict) else currency
    return str(value) if value else None


class ChangeReader:
    """Reads what a sync needs from the company file and QuickBooks (see the module's docstring)."""

    def __init__(self, company: Company, client: QboClient, reporter: Reporter | None = None) -> None:
        self.company = company
        self.client = client
        self.reporter = reporter or NullReporter()

    # --- reading QuickBooks --------------------------------------------------------------------------

    def fetch(self, entity: str, ids: Iterable[str]) -> dict[str, Row]:
        """QuickBooks' current rows of ``ids`` (inactive list records too), a query per 200."""
        wanted = sorted(set(ids))
        found: dict[str, Row] = {}
        active = " AND Active IN (true, false)" if entity_type(entity).kind == "list" else ""
        for start in range(0, len(wanted), FETCH_CHUNK):
            chunk = ", ".join(quote(i) for i in wanted[start:start + FETCH_CHUNK])
            for row in self.client.query(f"SELECT * FROM {entity} WHERE Id IN ({chunk}){active}"):
                found[str(row["Id"])] = row
        return found

    def _read_all(self) -> tuple[Snapshot, datetime | None]:
        mark: datetime | None = None

        def pages(statement: str) -> Iterator[list[Row]]:
            nonlocal mark
            for page in self.client.query_pages(statement):
                if mark is None and self.client.stats.last_server_time:
                    mark = datetime.fromisoformat(self.client.stats.last_server_time)
                yield page

        prefs = self.client.preferences()
        snapshot = qbo_snapshot(pages, home_currency=home_currency_of(prefs))
        snapshot.custom_numbers = bool((prefs.get("SalesFormsPrefs") or {}).get("CustomTxnNumbers", False))
        return snapshot, mark

    # --- the read ------------------------------------------------------------------------------------

    def read(self, *, complete: bool, watermark: datetime | None = None, scope: Scope | None = None,
             review: bool = False, approved: frozenset[str] = frozenset()) -> Inputs:
        """Read both sides for a complete sync (``complete``), a later sync (CDC since ``watermark``;
        raises :class:`~qbdesk.sync.cdc.NeedsFullSync`) or a targeted run (``scope``)."""
        self.reporter.phase("read_here")
        with self.company.session() as s:
            here = local_snapshot(s)
            cache = LinkCache.load(s)
            skipped = skipped_records(s)
            boundary = load_boundary(s)
            known_numbers = s.get(Setting, CUSTOM_NUMBERS_KEY)
            currency = home_currency(s)
        self.reporter.phase("read_qbo")
        inputs = Inputs(here, Snapshot("qbo", complete=complete), cache.planner_view(),
                        Changes(skipped=skipped, boundary=boundary, review=review, approved=approved))
        self._prefill_keys(inputs, cache)
        pulled_deleted: dict[str, list[str]] = {}
        if complete:
            inputs.qbo, inputs.mark = self._read_all()
            if known_numbers is None or known_numbers.value != inputs.qbo.custom_numbers:
                with self.company.session() as s:
                    put_setting(s, CUSTOM_NUMBERS_KEY, inputs.qbo.custom_numbers)
            if inputs.qbo.home_currency and inputs.qbo.home_currency != currency:
                with self.company.session() as s:
                    set_home_currency(s, inputs.qbo.home_currency)
        else:
            inputs.qbo.custom_numbers = bool(known_numbers.value) if known_numbers is not None else False
            inputs.qbo.home_currency = inputs.keys.home_currency = currency
            if scope is not None:
                self._read_scope(inputs, cache, scope)
            else:
                pulled = cdc.pull(self.client, watermark)
                inputs.mark = pulled.time
                pulled_deleted = pulled.deleted
                for entity, rows in pulled.rows.items():
                    self._add_rows(inputs, entity, rows, changed=True)
                for entity, ids in self._asked_again().items():
                    self._add_rows(inputs, entity, self.fetch(entity, ids).values(), changed=True)
        inputs.names = self.names(inputs, cache)
        self._compare_pairs(inputs, cache, complete, pulled_deleted)
        if not complete:
            self._read_what_changes_need(inputs, cache)
            fill_payment_methods(inputs.qbo, lambda qbo_id: self._method_name(inputs, cache, qbo_id))
        inputs.qbo.kept = self.client.entities_kept
        inputs.qbo.left_out = self.client.references_left_out
        return inputs

    def _asked_again(self) -> dict[str, set[str]]:
        """QuickBooks records that could not come here and that the user asked to try again (Resync) since
        the last attempt: a later sync reads only what changed there, so they are read by Id."""
        wanted: dict[str, set[str]] = {}
        with self.company.session() as s:
            for issue in s.scalars(select(SyncIssue).where(SyncIssue.status == IssueStatus.OPEN,
                                                           SyncIssue.local_id.is_(None),
                                                           SyncIssue.qbo_id.is_not(None))):
                if (issue.data or {}).get("retry") == issue.attempts and issue.qbo_id is not None:
                    wanted.setdefault(issue.entity_type, set()).add(issue.qbo_id)
        return wanted

    def _prefill_keys(self, inputs: Inputs, cache: LinkCache) -> None:
        """QuickBooks-side keys of the linked customers, vendors and accounts, from their names here: a
        transaction read alone (from CDC) is keyed by its customer's name like one read with everything."""
        for entity, target in (("Customer", inputs.keys.customer), ("Vendor", inputs.keys.vendor),
                               ("Account", inputs.keys.account)):
            for snap in inputs.here.of(entity):
                qbo_id = cache.qbo_id(entity, int(snap.id))
                if qbo_id is not None:
                    target[qbo_id] = snap.key

    def _add_rows(self, inputs: Inputs, entity: str, rows: Iterable[Row], *, changed: bool) -> None:
        for row in rows:
            qbo_id = str(row["Id"])
            existing = inputs.qbo.get(entity, qbo_id)
            if existing is not None:
                existing.changed = existing.changed or changed
            else:
                snap = to_snap(entity, row, inputs.keys)
                snap.changed = changed
                inputs.qbo.add_all(entity, [snap])
            inputs.rows[(entity, qbo_id)] = row

    def _read_scope(self, inputs: Inputs, cache: LinkCache, scope: Scope) -> None:
        """Only the records a targeted run names take part: the outbox is narrowed to them, and the
        QuickBooks ones (and the twins of the local ones) are read by Id."""
        wanted = set(scope.here)
        for entity in ENTITY_ORDER:
            for snap in inputs.here.of(entity):
                snap.dirty = (entity, snap.id) in wanted
        ids: dict[str, set[str]] = {}
        for entity, qbo_id in scope.qbo:
            ids.setdefault(entity, set()).add(qbo_id)
        for entity, local_id in scope.here:
            twin = cache.qbo_id(entity, int(local_id))
            if twin is not None:
                ids.setdefault(entity, set()).add(twin)
        for entity in ENTITY_ORDER:
            if entity in ids:
                fetched = self.fetch(entity, ids[entity])
                self._add_rows(inputs, entity, fetched.values(), changed=True)
                for qbo_id in ids[entity] - set(fetched):  # asked for by Id and not there: deleted
                    local = cache.local_id(entity, qbo_id)
                    if local is not None:
                        inputs.changes.deleted_in_qbo[(entity, str(local))] = qbo_id

    # --- linked records: what changed on each side ---------------------------------------------------

    def _compare_pairs(self, inputs: Inputs, cache: LinkCache, complete: bool,
                       deleted: dict[str, list[str]]) -> None:
        changes = inputs.changes
        wanted: dict[str, dict[int, str]] = {}     # entity -> local id -> qbo id, pairs to compare
        vanished: dict[str, dict[str, int]] = {}   # entity -> qbo id -> local id (a complete read lacks them)
        deleted_ids = {(e, q) for e, ids in deleted.items() for q in ids}
        for (entity, local_id), qbo_id in cache.to_qbo.items():
            if cache.states.get((entity, local_id)) is not LinkState.LINKED:
                continue  # bypassed: never sent, never compared
            if not entity_type(entity).writable:
                continue
            here_snap = inputs.here.get(entity, str(local_id))
            if here_snap is None:
                changes.deleted_here[(entity, str(local_id))] = inputs.links[(entity, str(local_id))]
                continue
            if (entity, qbo_id) in deleted_ids:
                changes.deleted_in_qbo[(entity, str(local_id))] = qbo_id
                continue
            theirs = inputs.qbo.get(entity, qbo_id)
            if complete and theirs is None:
                vanished.setdefault(entity, {})[qbo_id] = local_id
                continue
            token = cache.tokens.get((entity, local_id))
            qbo_changed = theirs is not None and theirs.changed and theirs.sync_token is not None \
                and token is not None and theirs.sync_token != token
            if here_snap.dirty or qbo_changed:
                wanted.setdefault(entity, {})[local_id] = qbo_id
        for entity, gone in vanished.items():
            # Name lists are never deleted in QuickBooks, only made inactive, which a plain read leaves out.
            found = self.fetch(entity, gone) if entity_type(entity).kind == "list" else {}
            for qbo_id, local_id in gone.items():
                if qbo_id in found:
                    self._add_rows(inputs, entity, [found[qbo_id]], changed=True)
                    wanted.setdefault(entity, {})[local_id] = qbo_id
                else:
                    changes.deleted_in_qbo[(entity, str(local_id))] = qbo_id
        for entity in ENTITY_ORDER:
            pairs = wanted.get(entity)
            if pairs:
                self._diff(inputs, cache, entity, pairs)

    def _diff(self, inputs: Inputs, cache: LinkCache, entity: str, pairs: dict[int, str]) -> None:
        missing = [q for q in pairs.values() if (entity, q) not in inputs.rows]
        if missing:
            fetched = self.fetch(entity, missing)
            self._add_rows(inputs, entity, fetched.values(), changed=False)
            for local_id, qbo_id in list(pairs.items()):
                if qbo_id not in fetched and (entity, qbo_id) not in inputs.rows:
                    inputs.changes.deleted_in_qbo[(entity, str(local_id))] = qbo_id
                    del pairs[local_id]
        names = self.names(inputs, cache)

        def resolve(e: str, i: int) -> str:
            return cache.qbo_id(e, i) or f"~{e}:{i}"

        with self.company.session() as s:
            records = load_records(s, entity, pairs)
            for local_id, qbo_id in pairs.items():
                record = records.get(local_id)
                row = inputs.rows[(entity, qbo_id)]
                if record is None:
                    continue
                here_snap = inputs.here.get(entity, str(local_id))
                token = cache.tokens.get((entity, local_id))
                current = str(row.get("SyncToken")) if row.get("SyncToken") is not None else None
                qbo_changed = token is not None and current is not None and current != token
                here_changed = bool(here_snap and here_snap.dirty)
                if not (here_changed or qbo_changed):
                    continue
                fields = tuple(differences(entity, to_qbo(record, resolve), row, names))
                moved = qbo_changed and not here_changed and self._moved(entity, record, row, cache)
                inputs.changes.pairs[(entity, str(local_id))] = PairChange(here_changed, qbo_changed, fields,
                                                                           current, moved)

    @staticmethod
    def _moved(entity: str, record: Record, row: Row, cache: LinkCache) -> bool:
        """BuildOps' case: a transaction moved to another customer in QuickBooks."""
        if entity not in MOVABLE:
            return False
        theirs = (row.get("CustomerRef") or {}).get("value")
        mine = getattr(record, "customer_id", None)
        return theirs is not None and mine is not None and cache.qbo_id("Customer", mine) != str(theirs)

    def names(self, inputs: Inputs, cache: LinkCache) -> Callable[[str, str], str | None]:
        """The name of a referenced record, from either side (``~Entity:id`` is a record not in QuickBooks)."""
        def name(entity: str, ref: str) -> str | None:
            if ref.startswith("~"):
                local = inputs.here.get(entity, ref.split(":", 1)[1])
                return local.label if local is not None else None
            local_id = cache.local_id(entity, ref)
            if local_id is not None:
                local = inputs.here.get(entity, str(local_id))
                if local is not None:
                    return local.label
            theirs = inputs.qbo.get(entity, ref)
            return theirs.label if theirs is not None else None

        return name

    # --- a partial read: what the changes refer to ---------------------------------------------------

    def _read_what_changes_need(self, inputs: Inputs, cache: LinkCache) -> None:
        """Read the QuickBooks records that changed ones refer to and that are not here yet (a new
        invoice's new customer): the planner then creates them first, or says why it cannot."""
        asked: set[tuple[str, str]] = set()
        for _ in range(CLOSURE_ROUNDS):
            needed: dict[str, set[str]] = {}
            for entity in ENTITY_ORDER:
                for snap in inputs.qbo.of(entity):
                    if not snap.changed:
                        continue
                    for ref in snap.refs:
                        if ref in asked or cache.local_id(*ref) is not None or inputs.qbo.get(*ref) is not None:
                            continue
                        asked.add(ref)
                        needed.setdefault(ref[0], set()).add(ref[1])
            if not needed:
                return
            for entity in ENTITY_ORDER:
                if entity in needed:
                    self._add_rows(inputs, entity, self.fetch(entity, needed[entity]).values(), changed=True)

    def _method_name(self, inputs: Inputs, cache: LinkCache, qbo_id: str) -> str | None:
        local = cache.local_id("PaymentMethod", qbo_id)
        snap = inputs.here.get("PaymentMethod", str(local)) if local is not None else None
        return snap.key if snap is not None else None

    def lookup_twins(self, inputs: Inputs, creates: Iterable[Operation]) -> int:
        """Look up in QuickBooks, by natural key, the records a partial plan would create there: one found
        is this record's twin (created there meanwhile, or ignored at the first sync) and is linked, not
        duplicated. One query per 50 values of each type's look-up field; returns how many rows came."""
        by_entity: dict[str, list[int]] = {}
        for op in creates:
            if op.local_id is not None:
                by_entity.setdefault(op.entity, []).append(int(op.local_id))
        added = 0
        for entity in ENTITY_ORDER:
            ids = by_entity.get(entity)
            kind = entity_type(entity)
            if not ids or kind.lookup_field is None or kind.lookup_column is None:
                continue
            cls: Any = kind.record
            column = getattr(cls, kind.lookup_column)
            with self.company.session() as s:
                values = sorted({str(v.isoformat() if hasattr(v, "isoformat") else v)
                                 for v in s.scalars(select(column).where(cls.id.in_(ids))) if v})
            # A customer's name must not be a vendor's either (one namespace): look there too, so the pre-flight
            # check blocks it as on a first sync instead of QuickBooks refusing it (6240).
            others = [e for e in ENTITY_ORDER if e in SHARED_NAMES and e != entity] if entity in SHARED_NAMES else []
            for target in (entity, *others):
                field_name = entity_type(target).lookup_field
                for start in range(0, len(values), LOOKUP_CHUNK):
                    chunk = ", ".join(quote(v) for v in values[start:start + LOOKUP_CHUNK])
                    rows = [r for r in self.client.query(f"SELECT * FROM {target} WHERE {field_name} IN ({chunk})")
                            if inputs.qbo.get(target, str(r["Id"])) is None]
                    self._add_rows(inputs, target, rows, changed=False)
                    added += len(rows)
        return added
