"""The planner: both sides and the settings in, every operation and the counts per entity type out.

Planning is pure (no I/O) so it can be re-run in a fraction of a second each time
the user changes a setting in the wizard, and so that the counts it shows are
exactly what executing the plan will do. The steps:

1. **Match** every record with its twin: by existing link, then by natural key.
   Matching looks at all records, not only the ones the filters keep, so an old
   customer is never created twice just because the date cutoff hid its twin.
2. **Include**: the date cutoff (customers, invoices, payments) and the payment-
   method filter decide what takes part; then the closure pulls in whatever an
   included record references (an old customer used by a new invoice syncs anyway).
3. **Decide** per record, in dependency order: link, create on the other side,
   ignore (a one-sided record the settings say to ignore, or one that depends on
   an ignored record), or block (a pre-flight check failed, or it depends on a
   blocked record) — each with a reason the user can read.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from qbdesk.sync.entities import DATE_FILTERED, ENTITY_ORDER, NUMBERED, SHARED_NAMES, entity_type
from qbdesk.sync.settings import OneSided, SyncSettings
from qbdesk.sync.snapshot import Snap, Snapshot


class OpKind(enum.Enum):
    CREATE_IN_QBO = "create_in_qbo"
    CREATE_HERE = "create_here"
    LINK = "link"
    UPDATE_IN_QBO = "update_in_qbo"
    UPDATE_HERE = "update_here"
    SKIP = "skip"


class Outcome(enum.Enum):
    """Why a record has no write: the three kinds of "not synced" the counts panel shows."""

    IGNORED = "ignored"
    FILTERED = "filtered"
    BLOCKED = "blocked"


# Reason codes (the UI translates them; params fill the placeholders).
R_ONLY_QBO = "only_in_qbo_ignored"
R_ONLY_HERE = "only_here_ignored"
R_DEPENDS_IGNORED = "depends_on_ignored"
R_DEPENDS_BLOCKED = "depends_on_blocked"
R_DATE = "before_date"
R_METHOD = "payment_method_excluded"
R_REFUND_ACCOUNT = "refund_account_missing"
R_NAME_IN_USE = "name_used_by_other_type"
R_DUPLICATE = "duplicate_on_this_side"
R_READ_ONLY = "read_only_in_qbo"
R_DONT_SYNC = "dont_sync"
R_DELETED_IN_QBO = "deleted_in_qbo"
R_DOC_NUMBER_TAKEN = "duplicate_doc_number"



@dataclass(slots=True)
class Operation:
    kind: OpKind
    entity: str
    local_id: str | None
    qbo_id: str | None
    key: str
    label: str
    outcome: Outcome | None = None
    reason: str | None = None
    params: dict[str, str] = field(default_factory=dict)
    refs: tuple[tuple[str, str], ...] = ()  # on the side the record is read from
    sync_token: str | None = None           # QuickBooks' current SyncToken (links)
    version: int | None = None              # the local record's version when it was read (links)


@dataclass
class EntityCounts:
    in_qbo: int = 0
    here: int = 0
    matched: int = 0
    create_in_qbo: int = 0
    create_here: int = 0
    update: int = 0
    ignored: int = 0
    filtered: int = 0
    blocked: int = 0

    def to_json(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class Plan:
    operations: list[Operation]
    counts: dict[str, EntityCounts]
    settings: SyncSettings

    def writes(self) -> list[Operation]:
        return [op for op in self.operations if op.kind is not OpKind.SKIP]

    def of_kind(self, kind: OpKind) -> list[Operation]:
        return [op for op in self.operations if op.kind is kind]

    def to_json(self) -> dict[str, Any]:
        return {"entities": {e: c.to_json() for e, c in self.counts.items()}, "operations": len(self.writes())}


@dataclass(frozen=True, slots=True)
class LinkInfo:
    qbo_id: str | None
    state: str = "linked"  # LinkState value


Links = Mapping[tuple[str, str], LinkInfo]  # (entity, local id) -> link


# Status of a record during planning, per side: what the record's dependents can rely on.
_OK = "ok"            # exists on the other side already, or will be created/linked there
_IGNORED = "ignored"
_BLOCKED = "blocked"
_FILTERED = "filtered"


class _Planner:
    def __init__(self, here: Snapshot, qbo: Snapshot, links: Links, settings: SyncSettings) -> None:
        self.here, self.qbo, self.links, self.settings = here, qbo, links, settings
        self.ops: list[Operation] = []
        self.counts: dict[str, EntityCounts] = {e: EntityCounts() for e in ENTITY_ORDER}
        self.status: dict[tuple[str, str, str], tuple[str, str]] = {}  # (side, entity, id) -> (status, label)
        self.twin_here: dict[tuple[str, str], str] = {}                # (entity, qbo id) -> local id
        self.twin_qbo: dict[tuple[str, str], str] = {}                 # (entity, local id) -> qbo id
        self.qbo_numbers = {s.label.casefold() for e in NUMBERED for s in qbo.of(e)}
        self.next_number = next_free_number(here, qbo)

    # --- matching ---------------------------------------------------------------------------------

    def match(self, entity: str) -> None:
        by_qbo_id = {s.id: s for s in self.qbo.of(entity)}
        for snap in self.here.of(entity):
            link = self.links.get((entity, snap.id))
            if link and link.qbo_id and link.qbo_id in by_qbo_id:
                self.twin_qbo[(entity, snap.id)] = link.qbo_id
                self.twin_here[(entity, link.qbo_id)] = snap.id
        free_qbo: dict[str, list[Snap]] = {}
        for q in self.qbo.of(entity):
            if (entity, q.id) not in self.twin_here:
                free_qbo.setdefault(q.key, []).append(q)
        for snap in self.here.of(entity):
            if (entity, snap.id) in self.twin_qbo or (entity, snap.id) in self.links:
                continue
            candidates = free_qbo.get(snap.key)
            if candidates:
                q = candidates.pop(0)
                self.twin_qbo[(entity, snap.id)] = q.id
                self.twin_here[(entity, q.id)] = snap.id

    # --- inclusion --------------------------------------------------------------------------------

    def included(self) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
        """(entity, id) included on each side after the filters and the dependency closure."""
        since, excluded = self.settings.since, self.settings.excluded_methods
        result: dict[str, set[tuple[str, str]]] = {"here": set(), "qbo": set()}
        for side, snapshot in (("here", self.here), ("qbo", self.qbo)):
            kept = result[side]
            work: list[Snap] = []
            for entity in ENTITY_ORDER:
                for snap in snapshot.of(entity):
                    if entity == "Payment" and snap.method and snap.method in excluded:
                        continue
                    if since and entity in DATE_FILTERED and snap.day and snap.day < since:
                        continue
                    kept.add((entity, snap.id))
                    work.append(snap)
            while work:  # closure: what an included record references is included
                snap = work.pop()
                for ref in snap.refs:
                    target = snapshot.get(*ref)
                    if target is None or ref in kept:
                        continue
                    if target.entity == "Payment" and target.method in excluded:
                        continue
                    kept.add(ref)
                    work.append(target)
        # A pair takes part if either side does: linking costs no write and prevents a duplicate.
        for (entity, local_id), qbo_id in self.twin_qbo.items():
            if (entity, local_id) in result["here"] or (entity, qbo_id) in result["qbo"]:
                result["here"].add((entity, local_id))
                result["qbo"].add((entity, qbo_id))
        return result["here"], result["qbo"]

    # --- deciding ---------------------------------------------------------------------------------

    def _dependency_problem(self, side: str, snap: Snap, snapshot: Snapshot) -> tuple[str, str, str] | None:
        """(status, reason, label) of the first reference that keeps ``snap`` from being created."""
        for ref_entity, ref_id in snap.refs:
            status, label = self.status.get((side, ref_entity, ref_id), (_OK, ""))
            if status == _OK:
                continue
            if status in (_IGNORED, _FILTERED):
                return _IGNORED, R_DEPENDS_IGNORED, self._describe(snapshot, ref_entity, ref_id, label)
            if status == _BLOCKED:
                return _BLOCKED, R_DEPENDS_BLOCKED, self._describe(snapshot, ref_entity, ref_id, label)
        return None

    @staticmethod
    def _describe(snapshot: Snapshot, entity: str, record_id: str, label: str) -> str:
        target = snapshot.get(entity, record_id)
        return f"{entity} {target.label if target else label or record_id}"

    def _skip(self, snap: Snap, side: str, outcome: Outcome, reason: str, **params: str) -> None:
        entity = snap.entity
        local_id = snap.id if side == "here" else None
        qbo_id = snap.id if side == "qbo" else None
        self.ops.append(Operation(OpKind.SKIP, entity, local_id, qbo_id, snap.key, snap.label, outcome, reason,
                                  params, snap.refs))
        status = {Outcome.IGNORED: _IGNORED, Outcome.BLOCKED: _BLOCKED, Outcome.FILTERED: _FILTERED}[outcome]
        self.status[(side, entity, snap.id)] = (status, snap.label)
        counts = self.counts[entity]
        if outcome is Outcome.IGNORED:
            counts.ignored += 1
        elif outcome is Outcome.BLOCKED:
            counts.blocked += 1

    def _ordered(self, snaps: list[Snap]) -> list[Snap]:
        """Parents before children within one entity (sub-customers, sub-accounts)."""
        ids = {s.id for s in snaps}
        if not any(ref[0] == s.entity and ref[1] in ids for s in snaps for ref in s.refs):
            return snaps
        by_id = {s.id: s for s in snaps}
        depth: dict[str, int] = {}

        def level(s: Snap, seen: frozenset[str] = frozenset()) -> int:
            if s.id in depth:
                return depth[s.id]
            parents = [by_id[r[1]] for r in s.refs if r[0] == s.entity and r[1] in by_id and r[1] not in seen]
            depth[s.id] = 1 + max((level(p, seen | {s.id}) for p in parents), default=0)
            return depth[s.id]

        return sorted(snaps, key=level)

    def decide(self, entity: str, inc_here: set[tuple[str, str]], inc_qbo: set[tuple[str, str]],
               other_names: dict[str, str]) -> None:
        counts = self.counts[entity]
        seen_keys: dict[str, str] = {}
        for snap in self._ordered(self.here.of(entity)):
            key = (entity, snap.id)
            if key not in inc_here:
                self.status[("here", entity, snap.id)] = (_FILTERED, snap.label)
                counts.filtered += 1
                continue
            counts.here += 1
            link = self.links.get(key)
            qbo_id = self.twin_qbo.get(key)
            if qbo_id is not None:
                counts.matched += 1
                self.status[("here", entity, snap.id)] = (_OK, snap.label)
                if link is None or link.qbo_id != qbo_id:
                    twin = self.qbo.get(entity, qbo_id)
                    self.ops.append(Operation(OpKind.LINK, entity, snap.id, qbo_id, snap.key, snap.label,
                                              sync_token=twin.sync_token if twin else None,
                                              version=snap.version))
                continue
            if link is not None and link.state == "bypassed":
                counts.matched += 1  # already in QuickBooks by the user's word: never sent
                self.status[("here", entity, snap.id)] = (_OK, snap.label)
                continue
            if link is not None and link.state == "dont_sync":
                self._skip(snap, "here", Outcome.IGNORED, R_DONT_SYNC)
                continue
            if link is not None and link.qbo_id:
                self._skip(snap, "here", Outcome.BLOCKED, R_DELETED_IN_QBO, qbo_id=link.qbo_id)
                continue
            problem = self._dependency_problem("here", snap, self.here)
            if problem:
                status, reason, what = problem
                self._skip(snap, "here", Outcome(status), reason, record=what)
                continue
            if self.settings.only_here is OneSided.IGNORE:
                self._skip(snap, "here", Outcome.IGNORED, R_ONLY_HERE)
                continue
            if not entity_type(entity).writable:
                self._skip(snap, "here", Outcome.IGNORED, R_READ_ONLY)
                continue
            if snap.checks:
                code, message = snap.checks[0]
                self._skip(snap, "here", Outcome.BLOCKED, f"preflight:{code}", message=message)
                continue
            if snap.key in seen_keys:
                self._skip(snap, "here", Outcome.BLOCKED, R_DUPLICATE, record=seen_keys[snap.key])
                continue
            if entity in SHARED_NAMES and snap.key in other_names:
                self._skip(snap, "here", Outcome.BLOCKED, R_NAME_IN_USE, record=other_names[snap.key])
                continue
            if entity in NUMBERED and self.qbo.custom_numbers and snap.label.casefold() in self.qbo_numbers:
                self._skip(snap, "here", Outcome.BLOCKED, R_DOC_NUMBER_TAKEN, number=snap.label,
                           suggestion=str(self.next_number))
                continue
            if entity == "RefundReceipt" and not self.settings.refund_account:
                self._skip(snap, "here", Outcome.BLOCKED, R_REFUND_ACCOUNT)
                continue
            seen_keys[snap.key] = snap.label
            counts.create_in_qbo += 1
            self.status[("here", entity, snap.id)] = (_OK, snap.label)
            self.ops.append(Operation(OpKind.CREATE_IN_QBO, entity, snap.id, None, snap.key, snap.label,
                                      refs=snap.refs))

        for snap in self._ordered(self.qbo.of(entity)):
            key = (entity, snap.id)
            if key not in inc_qbo:
                self.status[("qbo", entity, snap.id)] = (_FILTERED, snap.label)
                if key not in self.twin_here:
                    counts.filtered += 1
                continue
            counts.in_qbo += 1
            if key in self.twin_here:
                self.status[("qbo", entity, snap.id)] = (_OK, snap.label)
                continue
            problem = self._dependency_problem("qbo", snap, self.qbo)
            if problem:
                status, reason, what = problem
                self._skip(snap, "qbo", Outcome(status), reason, record=what)
                continue
            if self.settings.only_in_qbo is OneSided.IGNORE:
                self._skip(snap, "qbo", Outcome.IGNORED, R_ONLY_QBO)
                continue
            counts.create_here += 1
            self.status[("qbo", entity, snap.id)] = (_OK, snap.label)
            self.ops.append(Operation(OpKind.CREATE_HERE, entity, None, snap.id, snap.key, snap.label,
                                      refs=snap.refs))

    def run(self) -> Plan:
        for entity in ENTITY_ORDER:
            self.match(entity)
        inc_here, inc_qbo = self.included()
        for entity in ENTITY_ORDER:
            other_names: dict[str, str] = {}
            if entity in SHARED_NAMES:
                for other in SHARED_NAMES - {entity}:
                    other_names.update({s.key: f"{other} {s.label}" for s in self.qbo.of(other)})
            self.decide(entity, inc_here, inc_qbo, other_names)
        counts = {e: c for e, c in self.counts.items() if any(c.__dict__.values())
                  or self.here.of(e) or self.qbo.of(e)}
        return Plan(self.ops, counts, self.settings)


def next_free_number(here: Snapshot, qbo: Snapshot) -> int:
    """The next invoice number that is free on both sides: max(last QuickBooks number, last here) + 1."""
    highest = 0
    for snapshot in (here, qbo):
        for entity in NUMBERED:
            for snap in snapshot.of(entity):
                if snap.label.isdigit():
                    highest = max(highest, int(snap.label))
    return highest + 1


def make_plan(here: Snapshot, qbo: Snapshot, links: Links, settings: SyncSettings) -> Plan:
    """Plan a sync of ``here`` (the company file) with ``qbo`` (QuickBooks) under ``settings``."""
    return _Planner(here, qbo, links, settings).run()


def summarize_reasons(operations: Iterable[Operation]) -> Counter[tuple[str, str]]:
    """How many records each (entity, reason) keeps from syncing: for the counts panel's details."""
    return Counter((op.entity, op.reason or "") for op in operations if op.kind is OpKind.SKIP)
