"""The header row: which known column is where, under the name the user gave it.

Spreadsheet users rename, reorder and re-case columns freely, so a column is found
by its normalised name, not its position; and every error keeps the user's own
spelling of the header so that they can find the cell.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from qbdesk.store.csv_import.messages import RowError, error
from qbdesk.store.csv_import.reading import CsvTable


@dataclass(frozen=True)
class Column:
    name: str
    required: bool = False


def normalise_header(text: str) -> str:
    """``Display Name`` and ``display-name`` both mean ``display_name``."""
    return "_".join(text.strip().casefold().replace("-", " ").replace("_", " ").split())


def _column_letter(index: int) -> str:
    """A column without a name can only be pointed at the way the spreadsheet labels it: A, B, …, AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


@dataclass(frozen=True)
class Layout:
    """Where each known column is in the file, and what the user called it."""

    index: Mapping[str, int]
    labels: Mapping[str, str]
    width: int
    order: Mapping[str, int]


def read_header(columns: Sequence[Column], table: CsvTable) -> tuple[Layout, list[RowError]]:
    """The layout, and every problem with the header at once, so one round of fixes is enough."""
    known = {c.name for c in columns}
    index: dict[str, int] = {}
    labels: dict[str, str] = {}
    order: dict[str, int] = {}
    errors: list[RowError] = []
    for position, label in enumerate(table.header):
        name = normalise_header(label)
        if not name:
            if any(position < len(row.cells) and row.cells[position].strip() for row in table.iter_rows()):
                errors.append(error(1, _column_letter(position), "unnamed_column"))
            continue
        order.setdefault(label, position)
        if name not in known:
            errors.append(error(1, label, "unknown_column", columns=", ".join(c.name for c in columns)))
        elif name in index:
            errors.append(error(1, label, "duplicate_column"))
        else:
            index[name] = position
            labels[name] = label
    for column in columns:
        if column.required and column.name not in index:
            errors.append(error(1, column.name, "missing_column"))
    layout = Layout(index=index, labels=labels, width=len(table.header), order=order)
    return layout, errors
