"""The plan: what each valid row will write, decided before anything is written.

Checking the whole file first and writing afterwards is what lets an import be
all or nothing (or exactly the valid rows) without savepoints: no row reaches the
session until every row has been judged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from qbdesk.store.csv_import.columns import Layout
from qbdesk.store.csv_import.messages import RowError
from qbdesk.store.csv_import.reading import CsvRow
from qbdesk.store.csv_import.rows import RowReader
from qbdesk.store.csv_import.values import DateFormat

T = TypeVar("T")


@dataclass
class Unit:
    """Rows that are written together (an invoice and its lines), and how to write them."""

    rows: tuple[int, ...]
    counts: Mapping[str, int]
    build: Callable[[], None]


@dataclass
class Run:
    """One check of one file, shared by every rule so that errors and units come out in row order."""

    session: Session
    layout: Layout
    date_format: DateFormat
    errors: list[RowError] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    bad_shape: set[int] = field(default_factory=set)
    # The write pass hands each unit to ``sink`` as soon as it is planned (and keeps none); without one, a check
    # keeps them in ``units`` (``keep_units``) or only counts them — a check of 100,000 rows keeps no records.
    sink: Callable[[Unit], None] | None = None
    keep_units: bool = True
    valid_rows: int = 0
    after_flush: list[Callable[[], None]] = field(default_factory=list)

    def add(self, unit: Unit) -> None:
        """A unit the rules passed: written now (the write pass), kept, or counted."""
        self.valid_rows += len(unit.rows)
        if self.sink is not None:
            self.sink(unit)
        elif self.keep_units:
            self.units.append(unit)

    def row(self, row: CsvRow) -> RowReader:
        """A reader for ``row``, already failed if the row's shape is wrong, so that it is never written."""
        checked = RowReader(row, self.layout, self.date_format, self.errors)
        checked.failed = row.number in self.bad_shape
        return checked

    def all(self, model: type[T]) -> list[T]:
        return list(self.session.scalars(select(model)))

    def plan_record(self, row: int, count_key: str, make: Callable[[], object]) -> None:
        """Plan a row that writes one record; ``make`` runs only at write time, once every row has been checked."""
        session = self.session
        self.add(Unit((row,), {count_key: 1}, lambda: session.add(make())))


# The rules for one kind of record: check every data row, adding a unit per valid one.
Checker = Callable[[Run, Iterable[CsvRow]], None]
