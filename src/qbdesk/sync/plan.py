"""The planner: both sides, what changed and the settings in; every operation and the counts out.

One planner for every sync — the first, every later one, the full comparison, and
the targeted runs a problem action or an approval asks for. Only what it is given
differs: a first sync or a full comparison hands it both sides complete; a later
sync hands it the whole company file (it is cheap to read) but only QuickBooks'
changes since the last sync (CDC) and what they need, plus, for the records
linked on both sides, what changed on each (:class:`PairChange`, found by
:mod:`qbdesk.sync.changes` with the field differences). It is pure, so the counts
it shows are exactly what executing it does, and re-planning after a settings
change in the wizard takes a fraction of a second.

The steps:

1. **Match** every record with its twin: by existing link, then by natural key,
   then by the user's word on a possible match (*same record*). Matching looks at
   all records, not only the ones the filters keep, so an old customer is never
   created twice just because the date cutoff hid its twin. On a complete read,
   what is left on one side only is searched for **possible matches**
   (:mod:`qbdesk.sync.matching`): near-identical records the user is asked about.
2. **Include**: the date cutoff (customers, invoices, payments) and the payment-
   method filter decide what takes part; then the closure pulls in whatever an
   included record references (an old customer used by a new invoice syncs
   anyway). The first-sync settings — create or ignore what is found on one side
   only, and the date cutoff — are about the records that existed when the first
   sync started: whatever is created afterwards, on either side, syncs.
3. **Decide** per record, in dependency order: link, create, update or remove on
   the other side, take over a change from QuickBooks, leave in step, wait for
   approval, or do nothing — ignored, filtered or blocked (a pre-flight check
   failed, or it depends on a blocked record) with a reason the user can read.
   A record changed on both sides follows the conflict setting.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from qbdesk.sync.entities import (
    DATE_FILTERED,
    ENTITY_ORDER,
    FUZZY_MATCHED,
    NUMBERED,
    SHARED_NAMES,
    entity_type,
    number_space,
)
from qbdesk.sync.fields import FieldChange
from qbdesk.sync.matching import Decisions, PossibleMatch, find_possible_matches
from qbdesk.sync.settings import ConflictPolicy, Numbering, OneSided, SyncSettings
from qbdesk.sync.snapshot import Snap, Snapshot


class OpKind(enum.Enum):
    CREATE_IN_QBO = "create_in_qbo"
    CREATE_HERE = "create_here"
    LINK = "link"
    UPDATE_IN_QBO = "update_in_qbo"
    UPDATE_HERE = "update_here"
    DELETE_IN_QBO = "delete_in_qbo"          # transactions
    DEACTIVATE_IN_QBO = "deactivate_in_qbo"  # name lists, which QuickBooks cannot delete
    DELETE_HERE = "delete_here"
    RESTORE_IN_QBO = "restore_in_qbo"        # an undo: QuickBooks' record back to its journaled before-image
    RESTORE_HERE = "restore_here"            # an undo: the record here back to its journaled before-image
    UNLINK = "unlink"                        # an undo: the link a run made between two twins is taken back
    MARK_DELETED = "deleted_in_qbo"          # the twin is gone from QuickBooks: the link says so, a problem asks
    CONFLICT = "conflict"                    # changed on both sides, the setting says ask: a problem shows both
    MOVED = "moved_in_qbo"                   # moved to another customer in QuickBooks: a problem asks
    CLEAN = "in_step"                        # changed, but both sides already agree: the mark is cleared
    SKIP = "skip"


WRITES_TO_QBO = frozenset({OpKind.CREATE_IN_QBO, OpKind.UPDATE_IN_QBO, OpKind.DELETE_IN_QBO,
                           OpKind.DEACTIVATE_IN_QBO})
WRITES_HERE = frozenset({OpKind.CREATE_HERE, OpKind.UPDATE_HERE, OpKind.DELETE_HERE})
# Detected changes that wait in the approval queue when the user reviews changes.
NEEDS_APPROVAL = WRITES_TO_QBO | WRITES_HERE


class Outcome(enum.Enum):
    """Why a record has no write: the kinds of "not synced" the counts panel shows."""

    IGNORED = "ignored"
    FILTERED = "filtered"
    BLOCKED = "blocked"
    WAITING = "waiting"   # for the user's approval


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
R_NOT_KEPT = "not_kept_in_qbo"          # this QuickBooks does not keep the type (Desktop: not synced yet)
R_DONT_SYNC = "dont_sync"
R_DELETED_IN_QBO = "deleted_in_qbo"
R_DOC_NUMBER_TAKEN = "duplicate_doc_number"
R_SKIPPED = "skipped_by_user"
R_CUSTOM_NUMBERS_OFF = "custom_numbers_off"
R_APPROVAL = "waiting_for_approval"


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
    sync_token: str | None = None           # QuickBooks' current SyncToken (links, updates, removals)
    version: int | None = None              # the local record's version when it was read
    changes: tuple[FieldChange, ...] = ()   # an update's fields (and a conflict's)
    marker: str | None = None               # identifies this version of a change in the approval queue
    direction: str | None = None            # "export" | "import": which side the change was made on
    image: dict[str, Any] | None = None     # a restore: what to put back (QuickBooks' fields, or a record image)

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"kind": self.kind.value, "entity": self.entity, "local_id": self.local_id,
                               "qbo_id": self.qbo_id, "record": self.label}
        if self.outcome is not None:
            doc["outcome"] = self.outcome.value
        if self.reason:
            doc["reason"] = self.reason
        if self.params:
            doc["params"] = dict(self.params)
        if self.changes:
            doc["changes"] = [c.to_json() for c in self.changes]
        return doc


# Writes that take something back rather than bring something over (an undo's, or a deletion's): the executor
# carries them out after everything else, in reverse dependency order, so what refers to a record goes first.
TAKES_BACK = frozenset({OpKind.DELETE_IN_QBO, OpKind.DEACTIVATE_IN_QBO, OpKind.RESTORE_IN_QBO, OpKind.DELETE_HERE,
                        OpKind.RESTORE_HERE, OpKind.UNLINK})


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
    update_in_qbo: int = 0
    update_here: int = 0
    delete_in_qbo: int = 0      # deleted (transactions) or made inactive (lists) in QuickBooks
    delete_here: int = 0
    deleted_in_qbo: int = 0     # found deleted in QuickBooks: marked, with a problem
    conflicts: int = 0
    waiting: int = 0            # for approval
    possible_matches: int = 0   # pairs the user is asked about (same record / different); created both until then

    def to_json(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class MethodCounts:
    here: int = 0
    in_qbo: int = 0


@dataclass
class Plan:
    operations: list[Operation]
    counts: dict[str, EntityCounts]
    settings: SyncSettings
    complete: bool = True      # planned from complete snapshots (a first sync or a full comparison)
    numbering: Numbering = Numbering.KEEP  # who numbers new sales forms, as the settings and QuickBooks say
    custom_numbers: bool = False           # QuickBooks' "custom transaction numbers" preference, as read
    next_number: int = 1                   # the next sales-form number free on both sides
    # Records found on one side each that are probably the same (a complete read only), per entity type.
    possible_matches: dict[str, list[PossibleMatch]] = field(default_factory=dict)
    # Payments per payment method (its normalized name; "" for none) on each side: what unchecking one leaves out.
    payments_by_method: dict[str, MethodCounts] = field(default_factory=dict)
    # When both sides were read for it: the counts panel says "as of" this time, so old counts never pass for now.
    read_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    def writes(self) -> list[Operation]:
        return [op for op in self.operations if op.kind is not OpKind.SKIP]

    def of_kind(self, kind: OpKind) -> list[Operation]:
        return [op for op in self.operations if op.kind is kind]

    def to_json(self, details: bool = False) -> dict[str, Any]:
        """Counts of every record type QuickBooks and qbdesk sync (zeros included, in dependency order)."""
        doc: dict[str, Any] = {"entities": {e: self.counts.get(e, EntityCounts()).to_json() for e in ENTITY_ORDER},
                               "operations": len(self.writes()),
                               "possible_matches": {e: [m.to_json() for m in pairs]
                                                    for e, pairs in self.possible_matches.items()}}
        if details:
            doc["details"] = [op.to_json() for op in self.operations]
        return doc


@dataclass(frozen=True, slots=True)
class LinkInfo:
    qbo_id: str | None
    state: str = "linked"  # LinkState value
    sync_token: str | None = None


Links = Mapping[tuple[str, str], LinkInfo]  # (entity, local id) -> link


@dataclass(frozen=True, slots=True)
class PairChange:
    """A record linked on both sides that changed on one side or both since the last sync."""

    here_changed: bool
    qbo_changed: bool
    fields: tuple[FieldChange, ...]   # what differs between the two versions now
    qbo_token: str | None             # QuickBooks' current SyncToken
    moved: bool = False               # a transaction moved to another customer in QuickBooks


@dataclass(frozen=True)
class Boundary:
    """When the first sync started, on each side's clock: the first-sync settings are about what was there."""

    here: datetime
    qbo: datetime | None


@dataclass
class Changes:
    """What changed since the last sync, beyond the snapshots themselves (found by the change stage)."""

    pairs: dict[tuple[str, str], PairChange] = field(default_factory=dict)      # (entity, local id)
    deleted_in_qbo: dict[tuple[str, str], str] = field(default_factory=dict)    # (entity, local id) -> qbo id
    deleted_here: dict[tuple[str, str], LinkInfo] = field(default_factory=dict)  # (entity, local id) -> its link
    skipped: frozenset[tuple[str, str]] = frozenset()                           # problems the user skipped
    boundary: Boundary | None = None
    review: bool = False                      # detected changes wait for approval unless approved
    approved: frozenset[str] = frozenset()    # approval markers the user approved
    matches: Decisions = field(default_factory=Decisions)  # the user's word on possible matches


def export_marker(entity: str, local_id: str, version: int | None, kind: str) -> str:
    """A change made here, at this version of the record: a cleared change comes back only once it changes."""
    return f"here:{entity}:{local_id}:{version}:{kind}"


def import_marker(entity: str, qbo_id: str, sync_token: str | None, kind: str) -> str:
    return f"qbo:{entity}:{qbo_id}:{sync_token}:{kind}"


# Status of a record during planning, per side: what the record's dependents can rely on.
_OK = "ok"            # exists on the other side already, or will be created/linked there
_IGNORED = "ignored"
_BLOCKED = "blocked"
_FILTERED = "filtered"


class _Planner:
    def __init__(self, here: Snapshot, qbo: Snapshot, links: Links, settings: SyncSettings,
                 changes: Changes) -> None:
        self.here, self.qbo, self.links, self.settings, self.changes = here, qbo, links, settings, changes
        self.complete = qbo.complete
        self.ops: list[Operation] = []
        self.counts: dict[str, EntityCounts] = {e: EntityCounts() for e in ENTITY_ORDER}
        self.status: dict[tuple[str, str, str], tuple[str, str]] = {}  # (side, entity, id) -> (status, label)
        self.twin_here: dict[tuple[str, str], str] = {}                # (entity, qbo id) -> local id
        self.twin_qbo: dict[tuple[str, str], str] = {}                 # (entity, local id) -> qbo id
        self.linked: set[tuple[str, str]] = set()                      # (entity, local id) linked before
        # QuickBooks records some link names (its record deleted here, set aside, deleted there): never "new".
        self.claimed = {(entity, link.qbo_id) for (entity, _), link in links.items() if link.qbo_id}
        self.qbo_numbers: dict[str, set[str]] = {}  # number space -> the numbers QuickBooks uses in it
        for numbered in NUMBERED:
            self.qbo_numbers.setdefault(number_space(numbered), set()).update(
                s.label.casefold() for s in qbo.of(numbered))
        self.next_number = next_free_number(here, qbo)
        self.keep_numbers = settings.numbering_for(qbo.custom_numbers) is Numbering.KEEP

    # --- matching ---------------------------------------------------------------------------------

    def match(self, entity: str) -> None:
        by_qbo_id = {s.id: s for s in self.qbo.of(entity)}
        for snap in self.here.of(entity):
            link = self.links.get((entity, snap.id))
            if link is None or not link.qbo_id or link.state not in ("linked", "bypassed"):
                continue
            if (entity, snap.id) in self.changes.deleted_in_qbo:
                continue
            if self.complete and link.qbo_id not in by_qbo_id and link.state == "linked":
                continue  # gone from a complete read: deleted in QuickBooks
            self.twin_qbo[(entity, snap.id)] = link.qbo_id
            self.twin_here[(entity, link.qbo_id)] = snap.id
            self.linked.add((entity, snap.id))
        free_qbo: dict[str, list[Snap]] = {}
        for q in self.qbo.of(entity):
            if (entity, q.id) not in self.twin_here and (entity, q.id) not in self.claimed:
                free_qbo.setdefault(q.key, []).append(q)
        for snap in self.here.of(entity):
            if (entity, snap.id) in self.twin_qbo or (entity, snap.id) in self.links:
                continue
            candidates = free_qbo.get(snap.key)
            if candidates:
                q = candidates.pop(0)
                self.twin_qbo[(entity, snap.id)] = q.id
                self.twin_here[(entity, q.id)] = snap.id
        self._match_decided(entity)

    def _free(self, entity: str) -> tuple[list[Snap], list[Snap]]:
        """The records of ``entity`` without a twin (nor a link) on each side, after matching."""
        here = [s for s in self.here.of(entity)
                if (entity, s.id) not in self.twin_qbo and (entity, s.id) not in self.links]
        qbo = [s for s in self.qbo.of(entity)
               if (entity, s.id) not in self.twin_here and (entity, s.id) not in self.claimed]
        return here, qbo

    def _match_decided(self, entity: str) -> None:
        """Pairs the user called the same record are twins, when both are still free (first word wins)."""
        decided = [(local_id, qbo_id) for (e, local_id, qbo_id) in self.changes.matches.same if e == entity]
        if not decided:
            return
        here, qbo = self._free(entity)
        free_here, free_qbo = {s.id for s in here}, {s.id for s in qbo}
        for local_id, qbo_id in decided:
            if local_id in free_here and qbo_id in free_qbo:
                free_here.discard(local_id)
                free_qbo.discard(qbo_id)
                self.twin_qbo[(entity, local_id)] = qbo_id
                self.twin_here[(entity, qbo_id)] = local_id

    def possible_matches(self) -> dict[str, list[PossibleMatch]]:
        """What is left on one side each that is probably the same record (a complete read only: a later
        sync does not read all of QuickBooks, and looks new records up there by natural key)."""
        if not self.complete:
            return {}
        found: dict[str, list[PossibleMatch]] = {}
        for entity in FUZZY_MATCHED:
            here, qbo = self._free(entity)
            pairs = find_possible_matches(entity, here, qbo, self.changes.matches.different)
            if pairs:
                found[entity] = pairs
                self.counts[entity].possible_matches = len(pairs)
        return found

    # --- inclusion --------------------------------------------------------------------------------

    def _predates(self, side: str, snap: Snap) -> bool:
        """Whether the record existed when the first sync started (the first-sync settings are about those)."""
        boundary = self.changes.boundary
        if boundary is None or snap.created is None:
            return True
        mark = boundary.here if side == "here" else boundary.qbo
        if mark is None:
            return True
        try:
            return snap.created < mark
        except TypeError:  # one naive, one aware: compare as UTC
            return snap.created.replace(tzinfo=None) < mark.replace(tzinfo=None)

    def _in_scope(self, side: str, snap: Snap) -> bool:
        """A record the planner considers this time: every record of a complete read; of a partial one,
        what changed (the outbox here, the CDC answer in QuickBooks)."""
        if self.complete:
            return True
        return snap.dirty if side == "here" else snap.changed

    def included(self) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
        """(entity, id) included on each side after the filters and the dependency closure."""
        since, excluded = self.settings.since, self.settings.excluded_methods
        result: dict[str, set[tuple[str, str]]] = {"here": set(), "qbo": set()}
        for side, snapshot in (("here", self.here), ("qbo", self.qbo)):
            kept = result[side]
            work: list[Snap] = []
            for entity in ENTITY_ORDER:
                for snap in snapshot.of(entity):
                    if not self._in_scope(side, snap):
                        continue
                    if entity == "Payment" and snap.method and snap.method in excluded:
                        continue
                    if since and entity in DATE_FILTERED and snap.day and snap.day < since \
                            and self._predates(side, snap):
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
        # What changed on a linked record syncs whatever the filters say: it is in both books already.
        for key in (*self.changes.pairs, *self.changes.deleted_in_qbo):
            if key in self.links:
                result["here"].add(key)
        # A pair takes part if either side does: linking costs no write and prevents a duplicate.
        for (entity, local_id), qbo_id in self.twin_qbo.items():
            if (entity, local_id) in result["here"] or (entity, qbo_id) in result["qbo"]:
                result["here"].add((entity, local_id))
                result["qbo"].add((entity, qbo_id))
        return result["here"], result["qbo"]

    # --- deciding ---------------------------------------------------------------------------------

    def _dependency_problem(self, side: str, snap: Snap, snapshot: Snapshot) -> tuple[str, str, str] | None:
        """(status, reason, label) of the first reference that keeps ``snap`` from being written."""
        for ref_entity, ref_id in snap.refs:
            if side == "here" and ref_entity in self.qbo.left_out:
                continue  # sent without it (an invoice's estimate, a location, to QuickBooks Desktop)
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

    def _skip(self, snap: Snap, side: str, outcome: Outcome, reason: str, *, marker: str | None = None,
              kind: OpKind | None = None, **params: str) -> None:
        entity = snap.entity
        local_id = snap.id if side == "here" else self.twin_here.get((entity, snap.id))
        qbo_id = snap.id if side == "qbo" else self.twin_qbo.get((entity, snap.id))
        self.ops.append(Operation(OpKind.SKIP, entity, local_id, qbo_id, snap.key, snap.label, outcome, reason,
                                  params, snap.refs, marker=marker, version=snap.version,
                                  direction="export" if side == "here" else "import"))
        if kind is not None:
            self.ops[-1].params.setdefault("change", kind.value)
        if outcome is not Outcome.WAITING:
            status = {Outcome.IGNORED: _IGNORED, Outcome.BLOCKED: _BLOCKED, Outcome.FILTERED: _FILTERED}[outcome]
            self.status[(side, entity, snap.id)] = (status, snap.label)
        counts = self.counts[entity]
        if outcome is Outcome.IGNORED:
            counts.ignored += 1
        elif outcome is Outcome.BLOCKED:
            counts.blocked += 1
        elif outcome is Outcome.WAITING:
            counts.waiting += 1

    def _waits(self, marker: str) -> bool:
        """With "review changes" on, a detected change waits for approval unless the user approved it."""
        return self.changes.review and marker not in self.changes.approved

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

    def decide_pair(self, snap: Snap, qbo_id: str) -> None:
        """A record linked before: bring over what changed since the last sync, on either side."""
        entity, counts = snap.entity, self.counts[snap.entity]
        key = (entity, snap.id)
        counts.matched += 1
        self.status[("here", entity, snap.id)] = (_OK, snap.label)
        self.status[("qbo", entity, qbo_id)] = (_OK, snap.label)
        change = self.changes.pairs.get(key)
        if change is None:
            return
        theirs = self.qbo.get(entity, qbo_id)
        qbo_label = theirs.label if theirs is not None else snap.label

        def op(kind: OpKind, **extra: Any) -> Operation:
            made = Operation(kind, entity, snap.id, qbo_id, snap.key, snap.label, refs=snap.refs,
                             sync_token=change.qbo_token, version=snap.version, changes=change.fields, **extra)
            self.ops.append(made)
            return made

        if change.moved:
            op(OpKind.MOVED, direction="import")
            return
        if not change.fields:
            op(OpKind.CLEAN)
            return
        kind = OpKind.UPDATE_HERE if change.qbo_changed else OpKind.UPDATE_IN_QBO
        if change.here_changed and change.qbo_changed:
            policy = self.settings.conflict_policy
            if policy is ConflictPolicy.ASK:
                counts.conflicts += 1
                op(OpKind.CONFLICT)
                return
            kind = OpKind.UPDATE_IN_QBO if policy is ConflictPolicy.HERE_WINS else OpKind.UPDATE_HERE
        if kind is OpKind.UPDATE_IN_QBO:
            if key in self.changes.skipped:
                self._skip(snap, "here", Outcome.IGNORED, R_SKIPPED)
                return
            if not entity_type(entity).writable:
                self._skip(snap, "here", Outcome.IGNORED, R_READ_ONLY)
                return
            if snap.checks:
                code, message = snap.checks[0]
                self._skip(snap, "here", Outcome.BLOCKED, f"preflight:{code}", message=message)
                return
            problem = self._dependency_problem("here", snap, self.here)
            if problem:
                status, reason, what = problem
                self._skip(snap, "here", Outcome(status), reason, record=what)
                return
            marker = export_marker(entity, snap.id, snap.version, "update")
            if self._waits(marker):
                self._skip(snap, "here", Outcome.WAITING, R_APPROVAL, marker=marker, kind=kind)
                return
            counts.update += 1
            counts.update_in_qbo += 1
            op(kind, marker=marker, direction="export")
            return
        if theirs is not None:
            if theirs.checks:  # what QuickBooks now holds cannot be kept here (another currency, sales tax)
                code, message = theirs.checks[0]
                self._skip(theirs, "qbo", Outcome.BLOCKED, f"preflight:{code}", message=message)
                return
            problem = self._dependency_problem("qbo", theirs, self.qbo)
            if problem:
                status, reason, what = problem
                self._skip(theirs, "qbo", Outcome(status), reason, record=what)
                return
        marker = import_marker(entity, qbo_id, change.qbo_token, "update")
        if self._waits(marker):
            self._skip(theirs or snap, "qbo" if theirs else "here", Outcome.WAITING, R_APPROVAL, marker=marker,
                       kind=kind)
            return
        counts.update += 1
        counts.update_here += 1
        made = op(kind, marker=marker, direction="import")
        made.label = qbo_label

    def _number_taken(self, entity: str, snap: Snap) -> bool:
        """A document here whose number, kept as it is, QuickBooks already uses."""
        return (entity in NUMBERED and self.keep_numbers and snap.key[:1] != "~" and self.qbo.custom_numbers
                and snap.label.casefold() in self.qbo_numbers.get(number_space(entity), set()))

    def decide(self, entity: str, inc_here: set[tuple[str, str]], inc_qbo: set[tuple[str, str]],
               other_names: dict[str, str]) -> None:
        counts = self.counts[entity]
        seen_keys: dict[str, str] = {}
        writable = entity_type(entity).writable
        for snap in self._ordered(self.here.of(entity)):
            key = (entity, snap.id)
            if key not in inc_here:
                self.status[("here", entity, snap.id)] = (_FILTERED, snap.label)
                if self._in_scope("here", snap):
                    counts.filtered += 1
                continue
            counts.here += 1
            link = self.links.get(key)
            qbo_id = self.twin_qbo.get(key)
            if qbo_id is not None:
                if key in self.linked:
                    if not self.complete and self.qbo.get(entity, qbo_id) is None:
                        # Unchanged in QuickBooks, so not read this time: it is there all the same (a pair
                        # counts on both sides, or the panel shows "here 6, matched 6, in QuickBooks 0").
                        counts.in_qbo += 1
                    self.decide_pair(snap, qbo_id)
                    continue
                counts.matched += 1
                self.status[("here", entity, snap.id)] = (_OK, snap.label)
                twin = self.qbo.get(entity, qbo_id)
                self.ops.append(Operation(OpKind.LINK, entity, snap.id, qbo_id, snap.key, snap.label,
                                          sync_token=twin.sync_token if twin else None, version=snap.version))
                continue
            if key in self.changes.deleted_in_qbo:
                counts.deleted_in_qbo += 1
                self.status[("here", entity, snap.id)] = (_BLOCKED, snap.label)
                self.ops.append(Operation(OpKind.MARK_DELETED, entity, snap.id, self.changes.deleted_in_qbo[key],
                                          snap.key, snap.label, version=snap.version, direction="import"))
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
            if key in self.changes.skipped:
                self._skip(snap, "here", Outcome.IGNORED, R_SKIPPED)
                continue
            if self.qbo.kept is not None and entity not in self.qbo.kept:
                self._skip(snap, "here", Outcome.IGNORED, R_NOT_KEPT)  # a count with its reason, not a problem
                continue
            problem = self._dependency_problem("here", snap, self.here)
            if problem:
                status, reason, what = problem
                if Outcome(status) is Outcome.BLOCKED and self._number_taken(entity, snap) \
                        and not (self.settings.only_here is OneSided.IGNORE and self._predates("here", snap)):
                    # Its own clash first: the user can fix that now, while the one it waits for is fixed too
                    # (otherwise each renumbering round uncovers the clashes of the documents that waited).
                    self._skip(snap, "here", Outcome.BLOCKED, R_DOC_NUMBER_TAKEN, number=snap.label,
                               suggestion=str(self.next_number))
                    continue
                self._skip(snap, "here", Outcome(status), reason, record=what)
                continue
            if self.settings.only_here is OneSided.IGNORE and self._predates("here", snap):
                self._skip(snap, "here", Outcome.IGNORED, R_ONLY_HERE)
                continue
            if not writable:
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
            if entity in NUMBERED and self.keep_numbers and snap.key[:1] != "~":
                if not self.qbo.custom_numbers:
                    self._skip(snap, "here", Outcome.BLOCKED, R_CUSTOM_NUMBERS_OFF, number=snap.label)
                    continue
                if snap.label.casefold() in self.qbo_numbers.get(number_space(entity), set()):
                    self._skip(snap, "here", Outcome.BLOCKED, R_DOC_NUMBER_TAKEN, number=snap.label,
                               suggestion=str(self.next_number))
                    continue
            if entity == "RefundReceipt" and not self.settings.refund_account:
                self._skip(snap, "here", Outcome.BLOCKED, R_REFUND_ACCOUNT)
                continue
            seen_keys[snap.key] = snap.label
            marker = export_marker(entity, snap.id, snap.version, "create")
            if self._waits(marker):
                self._skip(snap, "here", Outcome.WAITING, R_APPROVAL, marker=marker, kind=OpKind.CREATE_IN_QBO)
                self.status[("here", entity, snap.id)] = (_IGNORED, snap.label)  # its dependents wait too
                continue
            counts.create_in_qbo += 1
            self.status[("here", entity, snap.id)] = (_OK, snap.label)
            self.ops.append(Operation(OpKind.CREATE_IN_QBO, entity, snap.id, None, snap.key, snap.label,
                                      refs=snap.refs, version=snap.version, marker=marker, direction="export"))

        for snap in self._ordered(self.qbo.of(entity)):
            key = (entity, snap.id)
            if key in self.twin_here:
                if key in inc_qbo:
                    counts.in_qbo += 1
                    self.status[("qbo", entity, snap.id)] = self.status.get(
                        ("here", entity, self.twin_here[key]), (_OK, snap.label))
                continue
            if not self._in_scope("qbo", snap) or key in self.claimed:
                continue
            if key not in inc_qbo:
                self.status[("qbo", entity, snap.id)] = (_FILTERED, snap.label)
                counts.filtered += 1
                continue
            counts.in_qbo += 1
            if snap.checks:  # it cannot be kept here (another currency, sales tax): it stays in QuickBooks
                code, message = snap.checks[0]
                self._skip(snap, "qbo", Outcome.BLOCKED, f"preflight:{code}", message=message)
                continue
            problem = self._dependency_problem("qbo", snap, self.qbo)
            if problem:
                status, reason, what = problem
                self._skip(snap, "qbo", Outcome(status), reason, record=what)
                continue
            if self.settings.only_in_qbo is OneSided.IGNORE and self._predates("qbo", snap):
                self._skip(snap, "qbo", Outcome.IGNORED, R_ONLY_QBO)
                continue
            marker = import_marker(entity, snap.id, snap.sync_token, "create")
            if self._waits(marker):
                self._skip(snap, "qbo", Outcome.WAITING, R_APPROVAL, marker=marker, kind=OpKind.CREATE_HERE)
                self.status[("qbo", entity, snap.id)] = (_IGNORED, snap.label)
                continue
            counts.create_here += 1
            self.status[("qbo", entity, snap.id)] = (_OK, snap.label)
            self.ops.append(Operation(OpKind.CREATE_HERE, entity, None, snap.id, snap.key, snap.label,
                                      refs=snap.refs, sync_token=snap.sync_token, marker=marker,
                                      direction="import"))

    def decide_removals(self) -> None:
        """Records deleted here since QuickBooks last saw them: deleted (or made inactive) there too."""
        for (entity, local_id), link in sorted(self.changes.deleted_here.items(),
                                               key=lambda item: -ENTITY_ORDER.index(item[0][0])):
            if not link.qbo_id or link.state != "linked":
                continue
            kind = OpKind.DEACTIVATE_IN_QBO if entity_type(entity).removal == "deactivate" else OpKind.DELETE_IN_QBO
            label = f"{entity} {link.qbo_id}"
            marker = export_marker(entity, local_id, None, kind.value)
            if self._waits(marker):
                self.ops.append(Operation(OpKind.SKIP, entity, local_id, link.qbo_id, "", label, Outcome.WAITING,
                                          R_APPROVAL, {"change": kind.value}, marker=marker, direction="export"))
                self.counts[entity].waiting += 1
                continue
            self.counts[entity].delete_in_qbo += 1
            self.ops.append(Operation(kind, entity, local_id, link.qbo_id, "", label, sync_token=link.sync_token,
                                      marker=marker, direction="export"))

    def run(self) -> Plan:
        for entity in ENTITY_ORDER:
            self.match(entity)
        possible = self.possible_matches()
        by_method: dict[str, MethodCounts] = {}
        for side, snapshot in (("here", self.here), ("in_qbo", self.qbo)):
            for pay in snapshot.of("Payment"):
                if self._in_scope("here" if side == "here" else "qbo", pay):
                    tally = by_method.setdefault(pay.method or "", MethodCounts())
                    setattr(tally, side, getattr(tally, side) + 1)
        inc_here, inc_qbo = self.included()
        for entity in ENTITY_ORDER:
            other_names: dict[str, str] = {}
            if entity in SHARED_NAMES:
                for other in SHARED_NAMES - {entity}:
                    other_names.update({s.key: f"{other} {s.label}" for s in self.qbo.of(other)})
            self.decide(entity, inc_here, inc_qbo, other_names)
        self.decide_removals()
        counts = {e: c for e, c in self.counts.items() if any(c.__dict__.values())
                  or self.here.of(e) or self.qbo.of(e)}
        numbering = Numbering.KEEP if self.keep_numbers else Numbering.QUICKBOOKS
        return Plan(self.ops, counts, self.settings, self.complete, numbering, self.qbo.custom_numbers,
                    self.next_number, possible, by_method)


def next_free_number(here: Snapshot, qbo: Snapshot) -> int:
    """The next invoice number that is free on both sides: max(last QuickBooks number, last here) + 1."""
    highest = 0
    for snapshot in (here, qbo):
        for entity in NUMBERED:
            for snap in snapshot.of(entity):
                if snap.label.isdigit():
                    highest = max(highest, int(snap.label))
    return highest + 1


def make_plan(here: Snapshot, qbo: Snapshot, links: Links, settings: SyncSettings,
              changes: Changes | None = None) -> Plan:
    """Plan a sync of ``here`` (the company file) with ``qbo`` (QuickBooks) under ``settings``."""
    return _Planner(here, qbo, links, settings, changes or Changes()).run()


def summarize_reasons(operations: Iterable[Operation]) -> Counter[tuple[str, str]]:
    """How many records each (entity, reason) keeps from syncing: for the counts panel's details."""
    return Counter((op.entity, op.reason or "") for op in operations if op.kind is OpKind.SKIP)
