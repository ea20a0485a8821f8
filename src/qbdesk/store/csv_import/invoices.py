"""Invoices: one row per line, rows sharing an invoice number making one invoice.

The invoice's own fields (customer, dates, memo) sit on its first row; later rows
may repeat them but not contradict them, since a spreadsheet user who changed one
of them most likely meant a different invoice. An invoice is written whole or not
at all: a bad line skips its siblings rather than leaving a short invoice behind.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from qbdesk.store.csv_import.columns import Column
from qbdesk.store.csv_import.names import NameIndex, name_key
from qbdesk.store.csv_import.plan import Run, Unit
from qbdesk.store.csv_import.reading import CsvRow
from qbdesk.store.csv_import.rows import RowReader
from qbdesk.store.csv_import.values import MONEY_PLACES, RATE_PLACES, too_large
from qbdesk.store.lists import Customer, Item
from qbdesk.store.transactions import Invoice, InvoiceLine

COLUMNS = (
    Column("invoice_number", True), Column("customer", True), Column("date", True), Column("due_date"),
    Column("item", True), Column("description"), Column("quantity"), Column("unit_price"), Column("memo"),
)

_HEADER = ("customer", "date", "due_date", "memo")
_CENT = Decimal("0.01")


@dataclass(slots=True)
class _Line:
    row: RowReader
    item: Item | None
    description: str | None
    quantity: Decimal | None
    unit_price: Decimal | None


def check(run: Run, rows: Iterable[CsvRow]) -> None:
    customers = NameIndex(run.all(Customer), lambda c: c.display_name)
    items = NameIndex(run.all(Item), lambda i: i.name)
    existing = {n for n in run.session.scalars(select(Invoice.doc_number)) if n is not None}
    groups: dict[str, list[_Line]] = {}
    header: dict[str, dict[str, object]] = {}  # the invoice fields of each first row, once a second row comes
    for csv_row in rows:
        r = run.row(csv_row)
        number = r.text("invoice_number", 21, required=True)
        item = r.reference("item", items, "no_item", required=True)
        line = _Line(r, item, r.text("description", 4000),
                     r.decimal("quantity", RATE_PLACES), r.decimal("unit_price", RATE_PLACES, noun="amount"))
        if number is None:
            for column in _HEADER:  # still report whatever else is wrong with the row
                _header_value(r, column)
            continue
        group = groups.get(number)
        if group is None:
            groups[number] = [line]  # the first row keeps its text: the invoice's fields are read at the end
            continue
        if len(group) == 1:
            header[number] = _header_of(run, group[0].row)
        _check_repeated_fields(group[0].row, r, header[number])
        r.forget_cells()  # a later line is checked as it passes: only its verdict and values stay
        group.append(line)
    header.clear()
    for number in list(groups):  # each invoice's lines go once it is judged (and, in the write pass, written)
        _check_invoice(run, number, groups.pop(number), customers, existing)


def _header_value(r: RowReader, column: str) -> object:
    """An invoice-level value of a row, parsed so that equal values compare equal."""
    if column in ("date", "due_date"):
        return r.date(column)
    if column == "memo":
        return r.text(column, 1000)
    return name_key(r.raw(column)) if r.raw(column) else None


def _header_of(run: Run, first: RowReader) -> dict[str, object]:
    """The invoice fields of its first row, parsed as :func:`_check_invoice` parses them but without reporting
    (that row's errors are reported once, there)."""
    quiet = RowReader(first.row, run.layout, run.date_format, [])
    return {column: _header_value(quiet, column) for column in _HEADER}


def _check_repeated_fields(first: RowReader, r: RowReader, header: dict[str, object]) -> None:
    """A later row of an invoice repeats its fields or leaves them empty."""
    for column in _HEADER:
        value = _header_value(r, column) if r.raw(column) else None
        if value is None:
            continue
        if not first.raw(column):
            r.fail(column, "first_row_empty", first_row=first.number)
        elif header[column] is not None and value != header[column]:
            r.fail(column, "header_disagrees", value=r.raw(column), first=first.raw(column), first_row=first.number)


def _check_invoice(run: Run, number: str, lines: list[_Line], customers: NameIndex[Customer],
                   existing: set[str]) -> None:
    """One invoice: the first row carries the invoice fields; later rows repeat them or leave them empty."""
    first = lines[0].row
    customer = first.reference("customer", customers, "no_customer", required=True)
    txn_date = first.date("date", required=True)
    due_date = first.date("due_date")
    memo = first.text("memo", 1000)
    if number in existing:
        first.fail("invoice_number", "invoice_exists", number=number)
    if txn_date is not None and due_date is not None and due_date < txn_date:
        first.fail("due_date", "due_before_date")
    total = Decimal("0.00")
    for line in lines:
        if line.item is None or not line.row.ok:
            continue
        if line.unit_price is None:
            line.unit_price = line.item.unit_price
        amount = ((line.quantity or Decimal(1)) * line.unit_price).quantize(_CENT, ROUND_HALF_UP)
        if too_large(amount, MONEY_PLACES):
            line.row.fail("unit_price", "line_too_large")
        total += amount
    if all(line.row.ok for line in lines) and total < 0:
        first.fail(None, "negative_total", total=total)
    bad = [line.row.number for line in lines if not line.row.ok]
    if bad:
        for line in lines:
            if line.row.ok:
                line.row.fail(None, "invoice_skipped", other_row=bad[0])
        return
    assert customer is not None and txn_date is not None
    run.add(_unit(run.session, number, customer, txn_date, due_date, memo, lines))


def _unit(session: Session, number: str, customer: Customer, txn_date: date, due_date: date | None,
          memo: str | None, lines: list[_Line]) -> Unit:
    def build() -> None:
        invoice = Invoice(doc_number=number, customer=customer, txn_date=txn_date, due_date=due_date, memo=memo)
        for line_num, line in enumerate(lines, start=1):
            assert line.item is not None
            invoice.lines.append(InvoiceLine(
                line_num=line_num, item=line.item,
                description=line.description if line.description is not None else line.item.description,
                quantity=line.quantity if line.quantity is not None else Decimal(1),
                unit_price=line.unit_price, taxable=line.item.taxable,
            ))
        session.add(invoice)

    rows = tuple(line.row.number for line in lines)
    return Unit(rows, {"invoices": 1, "invoice_lines": len(lines)}, build)
