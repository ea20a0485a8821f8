"""Validating a whole table against a company, then writing what passed, in the caller's transaction.

The whole file is read and checked before anything is written, so a spreadsheet
with mistakes never leaves half an import behind: either every row goes in or,
with ``valid_rows_only``, exactly the rows without an error, each invoice whole or
not at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from qbdesk.csv_safety import is_formula_like
from qbdesk.store.csv_import.columns import read_header
from qbdesk.store.csv_import.kinds import CHECKERS, COLUMNS, ImportKind
from qbdesk.store.csv_import.messages import CsvReadError, RowError, error
from qbdesk.store.csv_import.plan import Run, Unit
from qbdesk.store.csv_import.reading import CsvTable, read_csv
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

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def valid_rows(self) -> int:
        return sum(len(unit.rows) for unit in self.units)


def validate(session: Session, kind: ImportKind | str, table: CsvTable, *,
             date_format: DateFormat | str = DateFormat.ISO) -> Validation:
    """Check every row of ``table``; writes nothing. Header problems stop the row checks."""
    kind = ImportKind(kind)
    layout, header_errors = read_header(COLUMNS[kind], table)
    rows = table.data_rows
    if header_errors:
        return Validation(kind, len(rows), header_errors, [])
    run = Run(session, layout, DateFormat(date_format))
    if not rows:
        run.errors.append(error(None, None, "no_rows"))
    for row in rows:
        if any(cell.strip() for cell in row.cells[layout.width:]):
            run.errors.append(error(row.number, None, "row_too_long", count=len(row.cells), columns=layout.width))
            run.bad_shape.add(row.number)
    CHECKERS[kind](run, rows)
    order = layout.order
    run.errors.sort(key=lambda e: (e.row or 0, -1 if e.column is None else order.get(e.column, -1)))
    return Validation(kind, len(rows), run.errors, run.units, formula_warnings(table))


def formula_warnings(table: CsvTable) -> list[RowError]:
    """Cells a spreadsheet would run as a formula (``=…``, ``@…``, ``+cmd|…``): imported as written, but said,
    because such a cell in a file someone sent is more often an attack than a name."""
    warnings: list[RowError] = []
    for row in table.data_rows:
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
    checked = validate(session, kind, table, date_format=date_format)
    imported: dict[str, int] = {}
    imported_rows = 0
    if checked.ok or valid_rows_only:
        with session.no_autoflush:
            for unit in checked.units:
                unit.build()
                imported_rows += len(unit.rows)
                for name, count in unit.counts.items():
                    imported[name] = imported.get(name, 0) + count
        session.flush()
    return ImportReport(checked.kind, checked.rows, imported_rows, imported, checked.errors, valid_rows_only,
                        encoding=table.encoding, delimiter=table.delimiter, warnings=checked.warnings)


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
