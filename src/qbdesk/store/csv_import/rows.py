"""Typed values out of one row, with every unreadable value turned into an error on its cell.

Checks go on after a bad cell, so the user sees every problem of a row at once
instead of fixing them one import at a time; ``ok`` says whether the row may be
written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any, Literal, TypeVar

from qbdesk.store.csv_import.columns import Layout
from qbdesk.store.csv_import.messages import RowError, ValueProblem, error
from qbdesk.store.csv_import.names import N, NameIndex
from qbdesk.store.csv_import.reading import CsvRow
from qbdesk.store.csv_import.values import (
    DateFormat,
    Minimum,
    fit_decimal,
    limit_length,
    parse_amount,
    parse_boolean,
    parse_date,
    parse_decimal,
    parse_email,
    plain_name,
)

V = TypeVar("V")


class RowReader:
    """One row's cells by column name, since users reorder columns freely.

    Errors go into the run's single list rather than staying with the row, so that
    they can be put in reading order once every rule has had its say.
    """

    __slots__ = ("_date_format", "_errors", "_layout", "failed", "number", "row")

    def __init__(self, row: CsvRow, layout: Layout, date_format: DateFormat, errors: list[RowError]) -> None:
        self.row = row
        self.number = row.number
        self._layout = layout
        self._date_format = date_format
        self._errors = errors
        self.failed = False

    @property
    def ok(self) -> bool:
        return not self.failed

    def forget_cells(self) -> None:
        """Let go of the row's text once every cell has been read (a rule that keeps the reader for its verdict
        and its errors, as an invoice keeps its lines until the file ends, then holds no text)."""
        self.row = CsvRow(self.number, ())

    def label(self, column: str) -> str:
        return self._layout.labels.get(column, column)

    def fail(self, column: str | None, code: str, **params: object) -> None:
        self.failed = True
        self._errors.append(error(self.number, None if column is None else self.label(column), code, **params))

    def raw(self, column: str) -> str:
        position = self._layout.index.get(column)
        if position is None or position >= len(self.row.cells):
            return ""
        return self.row.cells[position].strip()

    def read(self, column: str, parse: Callable[[str], V], *, required: bool = False) -> V | None:
        """``parse`` of the cell, or ``None`` when it is empty or after failing the cell with the parser's reason."""
        text = self.raw(column)
        if not text:
            if required:
                self.fail(column, "required")
            return None
        try:
            return parse(text)
        except ValueProblem as problem:
            self.fail(column, problem.code, **problem.params)
            return None

    def text(self, column: str, max_len: int, *, required: bool = False) -> str | None:
        return self.read(column, partial(limit_length, max_len=max_len), required=required)

    def new_name(self, column: str, max_len: int) -> str | None:
        """A name for a new record: required, and free of QuickBooks' hierarchy separator."""
        return self.read(column, lambda text: plain_name(limit_length(text, max_len)), required=True)

    def decimal(self, column: str, places: int, *, required: bool = False, minimum: Minimum = "any",
                noun: Literal["number", "amount"] = "number") -> Decimal | None:
        """A number with at most ``places`` decimals, as the column's ``ExactDecimal`` will take it."""
        parse = parse_amount if noun == "amount" else parse_decimal
        return self.read(column, lambda text: fit_decimal(parse(text), text, places, minimum), required=required)

    def date(self, column: str, *, required: bool = False) -> date | None:
        return self.read(column, partial(parse_date, date_format=self._date_format), required=required)

    def boolean(self, column: str) -> bool | None:
        return self.read(column, parse_boolean)

    def email(self, column: str) -> str | None:
        return self.read(column, lambda text: parse_email(limit_length(text, 100)))

    def reference(self, column: str, index: NameIndex[N], missing: str, *, required: bool = False) -> N | None:
        """The one active record ``column`` names, or ``None`` after an error (or when empty)."""
        return self.read(column, partial(index.one, missing=missing), required=required)

    def is_new_name(self, column: str, name: str, earlier_row: int | None,
                    taken: Iterable[tuple[NameIndex[Any], str]]) -> bool:
        """Whether ``name`` is free for a new record, failing ``column`` if not.

        A name used earlier in the file is reported as such even when the company has
        it too, since that row is the one the user is about to fix; ``taken`` pairs each
        list the name must not already be in with the reason to give.
        """
        if earlier_row is not None:
            self.fail(column, "duplicate_in_file", name=name, other_row=earlier_row)
            return False
        for index, code in taken:
            if index.find(name):
                self.fail(column, code, name=name)
                return False
        return True
