"""The user's word on possible matches, kept in the company file.

The wizard's *Possible matches* step and ``qbdesk plan --matches FILE`` both end
here: a decision is stored before anything is synced, so the re-plan that shows the
new counts, the sync that follows and any later look at the same pair agree. A
second word on the same pair replaces the first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qbdesk.store.syncdata import MatchDecision, MatchVerdict
from qbdesk.sync.entities import FUZZY_MATCHED
from qbdesk.sync.matching import Decision, Decisions
from qbdesk.sync.snapshot import Snapshot


@dataclass(frozen=True, slots=True)
class PairDecision:
    """One answer: the record here (its id), its possible twin in QuickBooks (its Id), and the word."""

    entity: str
    local_id: str
    qbo_id: str
    decision: Decision


def load_decisions(session: Session) -> Decisions:
    """Every decision, oldest first (the first *same record* said for a record wins)."""
    rows = session.execute(select(MatchDecision.entity_type, MatchDecision.local_id, MatchDecision.qbo_id,
                                  MatchDecision.verdict).order_by(MatchDecision.decided_at, MatchDecision.id))
    return Decisions.of((entity, str(local_id), qbo_id, Decision(verdict.value))
                        for entity, local_id, qbo_id, verdict in rows)


def save_decisions(session: Session, decisions: Iterable[PairDecision]) -> int:
    """Store each decision (replacing an earlier one on the same pair); returns how many were stored."""
    now = datetime.now(UTC)
    stored = 0
    for d in decisions:
        row = session.scalars(select(MatchDecision).where(MatchDecision.entity_type == d.entity,
                                                          MatchDecision.local_id == int(d.local_id),
                                                          MatchDecision.qbo_id == d.qbo_id)).first()
        verdict = MatchVerdict(d.decision.value)
        if row is None:
            session.add(MatchDecision(entity_type=d.entity, local_id=int(d.local_id), qbo_id=d.qbo_id,
                                      verdict=verdict, decided_at=now))
        else:
            row.verdict, row.decided_at = verdict, now
        stored += 1
    session.flush()
    return stored


class UnknownPairs(ValueError):
    """Decisions that name records the plan does not know, or cannot be taken: nothing was stored."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


def check_decisions(decisions: Iterable[PairDecision], here: Snapshot, qbo: Snapshot,
                    links: Mapping[tuple[str, str], Any]) -> list[str]:
    """What is wrong with ``decisions`` against what was read (empty when all can be stored).

    A decision must name a record type that has possible matches, a record here and one in QuickBooks that
    exist, a record here not linked already, and at most one *same record* per record on each side.
    """
    problems: list[str] = []
    same_here: dict[tuple[str, str], str] = {}
    same_qbo: dict[tuple[str, str], str] = {}
    for d in decisions:
        if d.entity not in FUZZY_MATCHED:
            problems.append(f"{d.entity!r} has no possible matches (record types that do: {', '.join(FUZZY_MATCHED)})")
            continue
        if here.get(d.entity, d.local_id) is None:
            problems.append(f"there is no {d.entity} with id {d.local_id} in this company")
            continue
        if qbo.get(d.entity, d.qbo_id) is None:
            problems.append(f"QuickBooks has no {d.entity} with Id {d.qbo_id}")
            continue
        if (d.entity, d.local_id) in links:
            problems.append(f"{d.entity} {d.local_id} is linked to QuickBooks already: there is nothing to decide")
            continue
        if d.decision is Decision.SAME:
            for seen, key, other in ((same_here, (d.entity, d.local_id), d.qbo_id),
                                     (same_qbo, (d.entity, d.qbo_id), d.local_id)):
                if key in seen and seen[key] != other:
                    side = "here" if seen is same_here else "in QuickBooks"
                    problems.append(f"{d.entity} {key[1]} {side} is called the same record as two others "
                                    f"({seen[key]} and {other})")
                seen[key] = other
    return problems
