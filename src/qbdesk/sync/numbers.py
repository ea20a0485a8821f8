"""Giving sales forms the next free numbers: the one-click way out of numbers QuickBooks already uses.

A company that keeps its own invoice numbers into a QuickBooks company that already
has invoices finds some numbers taken there (QuickBooks refuses them, 6140). The
planner blocks those before anything is sent and suggests the next number free on
both sides; this applies it, to each blocked record in turn, as an edit of the
record here (so it is journaled, stamped and sent like any other change).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from qbdesk.store import Company
from qbdesk.sync.entities import NUMBERED, entity_type


def highest_here(session: Session) -> int:
    """The highest all-digit number any sales form here uses (QuickBooks gives them one sequence)."""
    highest = 0
    for name in NUMBERED:
        cls = entity_type(name).record
        for number in session.scalars(select(cls.doc_number).where(cls.doc_number.is_not(None))):  # type: ignore[attr-defined]
            if number and str(number).isdigit():
                highest = max(highest, int(number))
    return highest


def renumber(company: Company, records: Iterable[tuple[str, int]], start: int) -> dict[tuple[str, int], str]:
    """Give ``records`` (entity, local id) the next free numbers from ``start`` on; returns the new numbers.

    ``start`` is the planner's suggestion (free in QuickBooks as far as it read); a number used
    here since is skipped.
    """
    given: dict[tuple[str, int], str] = {}
    with company.session() as s:
        number = max(start, highest_here(s) + 1)
        for entity, local_id in records:
            if entity not in NUMBERED:
                continue
            record = s.get(entity_type(entity).record, local_id)
            if record is None:
                continue
            record.doc_number = str(number)  # type: ignore[attr-defined]
            given[(entity, local_id)] = str(number)
            number += 1
    return given
