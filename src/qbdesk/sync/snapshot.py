"""Compact views of both sides, enough to plan a sync without holding whole records in memory.

A :class:`Snap` is what the planner needs to know about one record on one side:
its natural key (how it is matched with its twin), what it references (so that
nothing is created before what it depends on, and nothing is created that
depends on an ignored record), its date (for the date cutoff) and its payment
method (for the payment-method filter). Whole records are read again, in
batches, only for the ones an operation actually writes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qbdesk.sync.matching import Contact

_SPACES = re.compile(r"\s+")


def norm(text: str | None) -> str:
    """Case-, accent-form- and space-insensitive form of a name, for matching."""
    if not text:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()


def money_key(value: Decimal | None) -> str:
    return "" if value is None else format(Decimal(value).quantize(Decimal("0.01")), "f")


@dataclass(slots=True)
class Snap:
    """One record on one side. ``id`` is the QuickBooks Id, or the local id as text."""

    entity: str
    id: str
    key: str
    label: str
    day: date | None = None
    refs: tuple[tuple[str, str], ...] = ()
    method: str | None = None          # normalized payment-method name (payments)
    active: bool = True
    sync_token: str | None = None
    checks: tuple[tuple[str, str], ...] = ()   # pre-flight findings: (code, message); in QuickBooks, what
                                               # cannot be kept here (sync.preflight.qbo_row_checks)
    version: int | None = None         # the local record's version when it was read (see Record.version)
    dirty: bool = False                # here: changed since QuickBooks last saw it (the outbox)
    created: datetime | None = None    # when the record was made, on its side's clock
    changed: bool = True               # in a partial QuickBooks snapshot: changed, not only read to match
    contact: Contact | None = None     # customers and vendors: e-mail, phone, address (possible matches)


@dataclass
class Snapshot:
    """All records of one side, per entity type, with lookups by id."""

    side: str  # "qbo" | "here"
    records: dict[str, list[Snap]] = field(default_factory=dict)
    # QuickBooks' "custom transaction numbers" preference: when on, a duplicate number is refused (6140).
    custom_numbers: bool = False
    # QuickBooks' home currency (Preferences.CurrencyPrefs.HomeCurrency), when read.
    home_currency: str | None = None
    # Every record of the side (a full read), or only the changed ones and what they need (a later sync's
    # CDC answer): in a partial snapshot a linked record that is absent is unchanged, not gone.
    complete: bool = True
    # The record types this QuickBooks keeps (None: all of them; QuickBooks Desktop through the Web Connector
    # keeps fewer), and the types whose references a record is sent without (QboClient.references_left_out).
    kept: frozenset[str] | None = None
    left_out: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self._by_id: dict[str, dict[str, Snap]] = {}

    def add_all(self, entity: str, snaps: Iterable[Snap]) -> None:
        bucket = self.records.setdefault(entity, [])
        bucket.extend(snaps)
        self._by_id.pop(entity, None)

    def of(self, entity: str) -> list[Snap]:
        return self.records.get(entity, [])

    def get(self, entity: str, record_id: str) -> Snap | None:
        index = self._by_id.get(entity)
        if index is None:
            index = self._by_id[entity] = {s.id: s for s in self.of(entity)}
        return index.get(record_id)

    def count(self) -> int:
        return sum(len(v) for v in self.records.values())

    def records_with_checks(self) -> list[Snap]:
        """The records a local pre-flight check found a problem with."""
        return [snap for snaps in self.records.values() for snap in snaps if snap.checks]
