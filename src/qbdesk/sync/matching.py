"""Possible matches: records on both sides that are probably the same, though their names differ a little.

A first sync links twins by natural key (the exact name, case and spaces aside).
When a business has typed its customers a little differently here and in
QuickBooks — "Smith, John" and "John Smith", "Acme Plumbing Inc." and "ACME
Plumbing, Inc" — nothing matches exactly and the first sync would create every
customer on both sides: 110 in QuickBooks and 94 here become 204 on each side.
These rules find the pairs a person would call the same record, so the user can
say *same record* (the planner links them) or *different* (it stops asking and
creates both), before anything is written.

The rules, for the record types the registry marks ``fuzzy_match``:

* **name**: near-identical names — rapidfuzz's token-sort ratio of the names
  with case, accents and punctuation set aside, at least :data:`NAME_CUTOFF`
  (word order does not count: "Smith, John" is "John Smith");
* **e-mail**: the same address (case aside);
* **phone**: the same number (its last ten digits, at least seven);
* **address**: the same first address line and postal code.

One rule is enough to propose a pair; each pair says which rules it met, and the
pairs with more rules and closer names come first. Each record is proposed at most
once (its best partner), and a pair the user called *different* is never proposed
again. Pure and Qt-free: the planner calls it on the records found on one side only.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process, utils

from qbdesk.sync.snapshot import Snap

NAME_CUTOFF = 90             # token-sort ratio (0–100) from which two names are near-identical
PHONE_DIGITS = 10            # the digits of a phone number compared (country prefixes aside)
MIN_PHONE_DIGITS = 7
# Beyond this many name comparisons (records only here × records only in QuickBooks) names are not compared —
# the e-mail, phone and address rules still run. 25 million comparisons take a few seconds.
MAX_NAME_COMPARISONS = 25_000_000

R_NAME, R_EMAIL, R_PHONE, R_ADDRESS = "name", "email", "phone", "address"
RULES: tuple[str, ...] = (R_NAME, R_EMAIL, R_PHONE, R_ADDRESS)

_NOT_DIGITS = re.compile(r"\D+")
_EXTENSION = re.compile(r"(?:x|ext\.?|#)\s*\d+\s*$", re.IGNORECASE)  # "504.899.9622x8303": the extension
_SPACES = re.compile(r"\s+")


class Decision(enum.Enum):
    """What the user said about a proposed pair."""

    SAME = "same"            # the same record: link them, create neither
    DIFFERENT = "different"  # two records: create each on the other side, and stop proposing the pair


@dataclass(frozen=True, slots=True)
class Contact:
    """A record's contact details in the form the rules compare (empty when unknown)."""

    email: str = ""
    phone: str = ""
    address: str = ""


def contact_of(email: str | None, phone: str | None, line1: str | None, postal_code: str | None) -> Contact | None:
    """The comparable form of a customer's or vendor's contact details (None when it has none)."""
    mail = (email or "").strip().casefold()
    digits = _NOT_DIGITS.sub("", _EXTENSION.sub("", phone or ""))[-PHONE_DIGITS:]
    street = _plain(line1)
    address = f"{street}|{_plain(postal_code)}" if street else ""
    if not (mail or digits or address):
        return None
    return Contact(mail, digits if len(digits) >= MIN_PHONE_DIGITS else "", address)


def _plain(text: str | None) -> str:
    """Accents, case, punctuation and runs of spaces set aside."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", utils.default_process(bare)).strip()


@dataclass(frozen=True, slots=True)
class PossibleMatch:
    """A record here and one in QuickBooks that are probably the same."""

    entity: str
    local_id: str
    qbo_id: str
    here: str          # the record's name here
    qbo: str           # its name in QuickBooks
    score: int         # how alike the names are, 0–100
    rules: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"entity": self.entity, "local_id": self.local_id, "qbo_id": self.qbo_id, "here": self.here,
                "qbo": self.qbo, "score": self.score, "rules": list(self.rules)}


PairKey = tuple[str, str, str]  # (entity, local id, QuickBooks Id)


@dataclass(frozen=True)
class Decisions:
    """The user's word on proposed pairs, as the company file keeps it."""

    same: Mapping[PairKey, None] = field(default_factory=dict)   # ordered: the first decision for a record wins
    different: frozenset[PairKey] = frozenset()

    @classmethod
    def of(cls, rows: Iterable[tuple[str, str, str, Decision]]) -> Decisions:
        same: dict[PairKey, None] = {}
        different: set[PairKey] = set()
        for entity, local_id, qbo_id, decision in rows:
            key = (entity, str(local_id), str(qbo_id))
            if decision is Decision.SAME:
                same[key] = None
            else:
                different.add(key)
        return cls(same, frozenset(different))


def find_possible_matches(entity: str, here: list[Snap], qbo: list[Snap],
                          refused: frozenset[PairKey] = frozenset()) -> list[PossibleMatch]:
    """Pairs among ``here`` and ``qbo`` (records of ``entity`` found on one side only), best first.

    Each record appears in one pair at most; ``refused`` pairs (the user said *different*) are left out.
    """
    if not here or not qbo:
        return []
    found: dict[tuple[int, int], set[str]] = {}
    names: dict[tuple[int, int], int] = {}
    _contact_pairs(here, qbo, found)
    _name_pairs(here, qbo, found, names)
    candidates: list[tuple[int, int, int, int]] = []  # (-rules, -score, here index, qbo index)
    here_names = [_plain(s.label) for s in here]
    qbo_names = [_plain(s.label) for s in qbo]
    for (i, j), rules in found.items():
        if (entity, here[i].id, qbo[j].id) in refused:
            continue
        score = names.get((i, j))
        if score is None:
            score = round(fuzz.token_sort_ratio(here_names[i], qbo_names[j]))
        candidates.append((-len(rules), -score, i, j))
    candidates.sort()
    taken_here: set[int] = set()
    taken_qbo: set[int] = set()
    pairs: list[PossibleMatch] = []
    for _, minus_score, i, j in candidates:
        if i in taken_here or j in taken_qbo:
            continue
        taken_here.add(i)
        taken_qbo.add(j)
        met = tuple(r for r in RULES if r in found[(i, j)])
        pairs.append(PossibleMatch(entity, here[i].id, qbo[j].id, here[i].label, qbo[j].label, -minus_score, met))
    return pairs


def _contact_pairs(here: list[Snap], qbo: list[Snap], found: dict[tuple[int, int], set[str]]) -> None:
    """Same e-mail, phone or address: looked up, not compared pair by pair."""
    for rule in (R_EMAIL, R_PHONE, R_ADDRESS):
        index: dict[str, list[int]] = {}
        for j, snap in enumerate(qbo):
            value = getattr(snap.contact, rule, "") if snap.contact else ""
            if value:
                index.setdefault(value, []).append(j)
        for i, snap in enumerate(here):
            value = getattr(snap.contact, rule, "") if snap.contact else ""
            for j in index.get(value, ()) if value else ():
                found.setdefault((i, j), set()).add(rule)


def _name_pairs(here: list[Snap], qbo: list[Snap], found: dict[tuple[int, int], set[str]],
                names: dict[tuple[int, int], int]) -> None:
    """Near-identical names (rapidfuzz, in C++): every record here against every one in QuickBooks."""
    if len(here) * len(qbo) > MAX_NAME_COMPARISONS:
        return
    choices = [_plain(s.label) for s in qbo]
    for i, snap in enumerate(here):
        query = _plain(snap.label)
        if not query:
            continue
        for _, score, j in process.extract(query, choices, scorer=fuzz.token_sort_ratio, processor=None,
                                           score_cutoff=NAME_CUTOFF, limit=3):
            found.setdefault((i, j), set()).add(R_NAME)
            names[(i, j)] = round(score)
