"""Validating a whole table against a company, then writing what passed, in the caller's transaction.

The whole file is read and checked before anything is written, so a spreadsheet
with mistakes never leaves half an import behind: either every row goes in or,
with ``valid_rows_only``, exactly the rows without an error, each invoice whole or
not at all.

Memory does not grow with the file: the rows stream from the file (a pass holds
one row, plus what the rules remember across rows — names, an invoice's lines), the
check keeps no records, and the write pass checks the rows again (the same rules on
the same company give the same answer) and writes each unit as it is planned,
flushing a chunk at a time and letting go of what was flushed. Everything still goes
into the caller's one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from qbdesk.csv_safety import is_formula_like
from qbdesk.store.csv_import.columns import read_header
from qbdesk.store.csv_import.kinds import CHECKERS, COLUMNS, ImportKind
from qbdesk.store.csv_import.messages import CsvReadError, RowError, error
from qbdesk.store.csv_import.plan import Run, Unit
from qbdesk.store.csv_import.reading import CsvRow, CsvTable, read_csv
from qbdesk.store.csv_import.values import DateFormat
from qbdesk.store.database import Company


@dataclass
class Validation:
    """The outcome of checking a file against a company, before anything is written."""

    kind: ImportKind
    rows: int
    errors: list[RowError]
    units: list[Unit] = field(repr=False)
    warnings: list[RowError] = field(default_factory=list)
    valid_rows: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


def validate(session: Session, kind: ImportKind | str, table: CsvTable, *,
             date_format: DateFormat | str = DateFormat.ISO, keep_units: bool = True) -> Validation:
    """Check every row of ``table``; writes nothing. Header problems stop the row checks.

    ``keep_units=False`` keeps only the count of valid rows (what the import itself asks for: the write pass
    plans the units again), so that a check of a large file holds no records.
    """
    kind = ImportKind(kind)
    layout, header_errors = read_header(COLUMNS[kind], table)
    if header_errors:
        return Validation(kind, sum(1 for _ in table.iter_data_rows()), header_errors, [])
    run = Run(session, layout, DateFormat(date_format), keep_units=keep_units)
    count = _check_rows(run, kind, table)
    if not count:
        run.errors.append(error(None, None, "no_rows"))
    order = layout.order
    run.errors.sort(key=lambda e: (e.row or 0, -1 if e.column is None else order.get(e.column, -1)))
    return Validation(kind, count, run.errors, run.units, formula_warnings(table), run.valid_rows)


def _check_rows(run: Run, kind: ImportKind, table: CsvTable) -> int:
    """Run ``kind``'s rules over the table's data rows as they stream by; returns how many there were.

    A row longer than the header is failed as it passes, before its rules see it, so it is never written.
    """
    width = run.layout.width
    count = 0

    def shaped() -> Iterator[CsvRow]:
        nonlocal count
        for row in table.iter_data_rows():
            count += 1
            if any(cell.strip() for cell in row.cells[width:]):
                run.errors.append(error(row.number, None, "row_too_long", count=len(row.cells), columns=width))
                run.bad_shape.add(row.number)
            yield row

    CHECKERS[kind](run, shaped())
    return count


def formula_warnings(table: CsvTable) -> list[RowError]:
    """Cells a spreadsheet would run as a formula (``=…``, ``@…``, ``+cmd|…``): imported as written, but said,
    because such a cell in a file someone sent is more often an attack than a name."""
    warnings: list[RowError] = []
    for row in table.iter_data_rows():
        for index, cell in enumerate(row.cells):
            if is_formula_like(cell):
                column = table.header[index] if index < len(table.header) else None
                warnings.append(error(row.number, column, "formula_like", start=cell[:12]))
    return warnings


@dataclass
class ImportReport:
    """What an import did: counts of records written and every problem found."""

    kind: ImportKind
    rows: int
    imported_rows: int
    imported: dict[str, int]
    errors: list[RowError]
    valid_rows_only: bool
    source: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    warnings: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def rows_with_errors(self) -> int:
        return len({e.row for e in self.errors if e.row is not None})

    def as_dict(self) -> dict[str, Any]:
        return {
            "type": self.kind.value, "file": self.source, "encoding": self.encoding,
            "delimiter": self.delimiter, "rows": self.rows, "imported_rows": self.imported_rows,
            "imported": self.imported, "valid_rows_only": self.valid_rows_only, "ok": self.ok,
            "errors": [e.as_dict() for e in self.errors],
            "warnings": [w.as_dict() for w in self.warnings],
        }


def import_table(session: Session, kind: ImportKind | str, table: CsvTable, *, valid_rows_only: bool = False,
                 date_format: DateFormat | str = DateFormat.ISO) -> ImportReport:
    """Validate, then write the valid rows into ``session`` (the caller commits).

    Without ``valid_rows_only`` a single error means nothing is written. Either way
    everything that is written goes into the caller's one transaction; savepoints
    are not needed because no row reaches the session before the whole file has
    been checked.
    """
    checked = validate(session, kind, table, date_format=date_format, keep_units=False)
    imported: dict[str, int] = {}
    imported_rows = 0
    if checked.ok or valid_rows_only:
        layout, _ = read_header(COLUMNS[checked.kind], table)
        writer = _ChunkWriter(session)
        run = Run(session, layout, DateFormat(date_format), sink=writer.add)
        writer.after_flush = run.after_flush
        with session.no_autoflush:
            _check_rows(run, checked.kind, table)  # the same rules again: the same units, written as they come
        writer.flush()
        imported_rows, imported = writer.rows, writer.counts
    return ImportReport(checked.kind, checked.rows, imported_rows, imported, checked.errors, valid_rows_only,
                        encoding=table.encoding, delimiter=table.delimiter, warnings=checked.warnings)


class _ChunkWriter:
    """Builds units into the session and flushes them a chunk at a time, then lets the session forget the new
    records (they are in the transaction; nothing here reads them again), so memory stays that of one chunk."""

    CHUNK = 1000  # units per flush

    def __init__(self, session: Session) -> None:
        self.session = session
        self.pending = 0
        self.rows = 0
        self.counts: dict[str, int] = {}
        self.after_flush: list[Callable[[], None]] = []

    def add(self, unit: Unit) -> None:
        unit.build()
        self.rows += len(unit.rows)
        for name, count in unit.counts.items():
            self.counts[name] = self.counts.get(name, 0) + count
        self.pending += 1
        if self.pending >= self.CHUNK:
            self.flush()

    def flush(self) -> None:
        new = list(self.session.new)
        self.session.flush()
        for hook in self.after_flush:  # the rules swap what they remember of flushed records for their ids
            hook()
        for record in new:
            if record in self.session:
                self.session.expunge(record)
        self.pending = 0


def import_csv(company: Company, kind: ImportKind | str, path: str | Path, *, valid_rows_only: bool = False,
               date_format: DateFormat | str = DateFormat.ISO) -> ImportReport:
    """Import a CSV file into ``company`` in one transaction. Raises ``OSError`` if it cannot be read."""
    kind = ImportKind(kind)
    try:
        table = read_csv(path)
    except CsvReadError as exc:
        return ImportReport(kind, 0, 0, {}, [exc.error], valid_rows_only, source=str(path))
    with company.session() as session:
        report = import_table(session, kind, table, valid_rows_only=valid_rows_only, date_format=date_format)
    report.source = str(path)
    return report
