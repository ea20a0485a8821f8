"""CSV import of customers, vendors, items, invoices and payments.

The whole file is read and checked before anything is written, so a spreadsheet
with mistakes never leaves half an import behind: either every row goes in or,
with ``valid_rows_only``, exactly the rows without an error, each invoice whole or
not at all. Every problem is reported against the row and column the user sees in
their spreadsheet (the header is row 1), with a reason kept as a template plus
parameters so that the window can translate it
(``QCoreApplication.translate("CsvImport", error.reason_template)``).

Numbers and dates are never guessed: a value that could be read two ways (``1,234``)
is refused with a reason, and day-first or month-first dates are only read when the
caller says which one the file uses. Column formats are documented in
``docs/csv-import.md``; ``resources/csv-templates/`` has one example file per type.
"""

from __future__ import annotations

import codecs
import csv
import enum
import io
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, Generic, Literal, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from qbdesk.store.database import Company
from qbdesk.store.lists import Account, AccountType, Customer, Item, ItemType, PaymentMethod, Vendor
from qbdesk.store.transactions import Invoice, InvoiceLine, Payment, PaymentApplication


class ImportKind(enum.StrEnum):
    """What a file holds; the value is the ``--type`` a user types."""

    CUSTOMERS = "customers"
    VENDORS = "vendors"
    ITEMS = "items"
    INVOICES = "invoices"
    PAYMENTS = "payments"


class DateFormat(enum.StrEnum):
    """How slashed dates are read. ISO dates (2024-03-31) are read whatever the setting."""

    ISO = "iso"
    DMY = "dmy"
    MDY = "mdy"


DATE_EXAMPLES: Mapping[DateFormat, str] = {
    DateFormat.ISO: "2024-03-31",
    DateFormat.DMY: "31/03/2024",
    DateFormat.MDY: "03/31/2024",
}

# Every reason a row can be refused for, by code. The codes are stable (scripts and the
# window may key on them); the templates are what gets translated, so each placeholder
# is named and each sentence stands on its own.
MESSAGES: Mapping[str, str] = {
    # the file as a whole
    "empty_file": "The file is empty",
    "bad_encoding": "The file is not UTF-8 or Windows-1252 text",
    "bad_csv": "The file is not valid CSV near line {line}: {detail}",
    "no_rows": "The file has no rows to import",
    # the header row
    "missing_column": "Required column is missing",
    "unknown_column": "Unknown column; the columns for this type are: {columns}",
    "duplicate_column": "This column appears more than once",
    "unnamed_column": "This column has values but no name in row 1",
    "row_too_long": "This row has {count} values but the header has {columns} columns",
    # single values
    "required": "Required",
    "too_long": "Longer than {max} characters",
    "bad_name": "Must not contain a colon (:), a tab or a line break",
    "not_amount": "'{value}' is not an amount",
    "not_number": "'{value}' is not a number",
    "ambiguous_number": "'{value}' is ambiguous: it could mean {thousands} or {decimal}; write {thousands} "
                        "or {decimal}0 instead",
    "too_many_decimals": "'{value}' has more than {places} decimal places",
    "too_large": "'{value}' is too large",
    "negative": "Must not be negative",
    "not_positive": "Must be more than zero",
    "bad_date": "Date must look like {example} (found '{value}')",
    "not_a_date": "'{value}' is not a real date",
    "bad_email": "'{value}' is not an email address",
    "bad_boolean": "'{value}' is not yes or no",
    "bad_item_type": "'{value}' is not an item type: use Service, NonInventory or Inventory",
    # names: new ones and references
    "duplicate_in_file": "'{name}' is already on row {other_row} of this file",
    "customer_exists": "A customer named '{name}' already exists",
    "vendor_exists": "A vendor named '{name}' already exists",
    "item_exists": "An item named '{name}' already exists",
    "name_used_by_vendor": "A vendor is already named '{name}'; QuickBooks needs customer and vendor "
                           "names to differ",
    "name_used_by_customer": "A customer is already named '{name}'; QuickBooks needs customer and vendor "
                             "names to differ",
    "no_customer": "No customer named '{name}'",
    "no_parent": "No customer named '{name}' (and it is not earlier in this file)",
    "parent_has_error": "The parent customer '{name}' on row {other_row} has an error",
    "too_deep": "QuickBooks allows at most 4 levels of sub-customers below a customer",
    "no_item": "No item named '{name}'",
    "no_account": "No account named '{name}'",
    "no_payment_method": "No payment method named '{name}'",
    "ambiguous_name": "More than one record is named '{name}'",
    "inactive": "'{name}' is inactive",
    "wrong_account_type": "'{name}' is an account of type {actual}; this column needs {expected}",
    "required_for_type": "Required for {item_type} items",
    "required_with_purchase_cost": "Required when a purchase cost is given",
    "only_inventory": "Only Inventory items have a value here",
    # invoices and payments
    "invoice_exists": "Invoice {number} already exists in this company",
    "header_disagrees": "'{value}' differs from '{first}' on row {first_row} of the same invoice",
    "first_row_empty": "Row {first_row}, the first row of this invoice, leaves this column empty",
    "invoice_skipped": "Skipped because row {other_row} of the same invoice has an error",
    "due_before_date": "The due date is before the invoice date",
    "negative_total": "The invoice total would be negative ({total})",
    "line_too_large": "Quantity × unit price is too large",
    "no_invoice": "No invoice numbered '{number}'",
    "ambiguous_invoice": "More than one invoice is numbered '{number}'",
    "invoice_other_customer": "Invoice {number} belongs to '{customer}', not to this customer",
    "over_balance": "{amount} is more than the {balance} still open on invoice {number}",
}


@dataclass(frozen=True)
class RowError:
    """One problem, where the user will look for it.

    ``row`` is the spreadsheet row (header = 1) and ``column`` the header text as it
    is in the file; both are ``None`` for a problem with the file as a whole, and
    ``column`` is ``None`` for a problem with a row as a whole.
    """

    row: int | None
    column: str | None
    code: str
    params: tuple[tuple[str, str], ...] = ()

    @property
    def reason_template(self) -> str:
        return MESSAGES[self.code]

    @property
    def reason_params(self) -> dict[str, str]:
        return dict(self.params)

    @property
    def reason(self) -> str:
        return self.reason_template.format_map(self.reason_params)

    def as_dict(self) -> dict[str, Any]:
        return {
            "row": self.row, "column": self.column, "code": self.code, "reason": self.reason,
            "reason_template": self.reason_template, "params": self.reason_params,
        }


def _error(row: int | None, column: str | None, code: str, **params: object) -> RowError:
    return RowError(row, column, code, tuple((k, str(v)) for k, v in params.items()))


class CsvReadError(Exception):
    """The file cannot be read as CSV at all; carries the error to report."""

    def __init__(self, code: str, **params: object) -> None:
        self.error = _error(None, None, code, **params)
        super().__init__(self.error.reason)


class ValueProblem(ValueError):
    """A cell's value cannot be read; ``code`` and ``params`` say why (see :data:`MESSAGES`)."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(MESSAGES[code].format_map({k: str(v) for k, v in params.items()}))


# --- reading the file ----------------------------------------------------------------------------

DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES: Mapping[str, str] = {",": "comma", ";": "semicolon", "\t": "tab"}
ENCODING_NAMES: Mapping[str, str] = {
    "utf-8-sig": "UTF-8 with BOM", "utf-8": "UTF-8", "cp1252": "Windows-1252", "utf-16": "UTF-16",
}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


@dataclass(frozen=True)
class CsvRow:
    number: int
    cells: tuple[str, ...]

    @property
    def is_blank(self) -> bool:
        return not any(cell.strip() for cell in self.cells)


@dataclass(frozen=True)
class CsvTable:
    """A file's header and data rows, as text; blank rows are kept so numbering matches."""

    header: tuple[str, ...]
    rows: tuple[CsvRow, ...]
    encoding: str = "utf-8"
    delimiter: str = ","

    @property
    def data_rows(self) -> tuple[CsvRow, ...]:
        return tuple(row for row in self.rows if not row.is_blank)


def decode(data: bytes) -> tuple[str, str]:
    """Text and codec name: a BOM decides, else UTF-8 if it decodes, else Windows-1252.

    UTF-8 is tried before cp1252 because cp1252 decodes nearly any bytes: the other
    way round, every UTF-8 file with an accent would come out as mojibake.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise CsvReadError("bad_encoding") from None
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise CsvReadError("bad_encoding")


def _unquoted_counts(text: str, *, first_line_only: bool) -> dict[str, int]:
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif char in counts:
            counts[char] += 1
        elif first_line_only and char in "\r\n":
            break
    return counts


def detect_delimiter(text: str) -> str:
    """Comma, semicolon or tab.

    The header line decides when one candidate clearly occurs most there: column
    names never contain a delimiter, whereas data rows do (``1,5`` in a
    semicolon file). A header with none at all means a one-column file, whose
    real delimiter is the one that never appears unquoted in the data (a
    spreadsheet quotes a value containing it). A tie in the header is left to
    ``csv.Sniffer``, limited to the three, and then to comma.
    """
    counts = _unquoted_counts(text, first_line_only=True)
    best = max(counts.values())
    leaders = [d for d, n in counts.items() if n == best]
    if best == 0:
        everywhere = _unquoted_counts(text, first_line_only=False)
        return min(DELIMITERS, key=lambda d: everywhere[d])
    if len(leaders) == 1:
        return leaders[0]
    try:
        return csv.Sniffer().sniff(text[:65536], delimiters="".join(leaders)).delimiter
    except csv.Error:
        return leaders[0]


def parse_csv_text(text: str, *, encoding: str = "utf-8") -> CsvTable:
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise CsvReadError("empty_file")
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[str, ...]] = []
    try:
        records.extend(tuple(record) for record in reader)
    except csv.Error as exc:
        raise CsvReadError("bad_csv", line=reader.line_num, detail=str(exc)) from exc
    rows = [CsvRow(number, cells) for number, cells in enumerate(records, start=1)]
    while rows and rows[0].is_blank:
        rows.pop(0)
    if not rows:
        raise CsvReadError("empty_file")
    header = tuple(cell.strip() for cell in rows[0].cells)
    return CsvTable(header=header, rows=tuple(rows[1:]), encoding=encoding, delimiter=delimiter)


def read_csv(path: str | Path) -> CsvTable:
    """Read a CSV file as spreadsheets save it. Raises :class:`CsvReadError` or ``OSError``."""
    text, encoding = decode(Path(path).read_bytes())
    return parse_csv_text(text, encoding=encoding)


# --- reading values ------------------------------------------------------------------------------

_NUMBER_CHARS = re.compile(r"[0-9., ]+")
_SPACES = ("\u00a0", "\u202f", "\u2009")
_CURRENCIES = "$€£"


def _ungroup(digits: str, separator: str) -> str:
    groups = digits.split(separator)
    first, rest = groups[0], groups[1:]
    if not (first.isdigit() and len(first) <= 3 and not (first.startswith("0") and rest)):
        raise ValueError(digits)
    if any(not (g.isdigit() and len(g) == 3) for g in rest):
        raise ValueError(digits)
    return "".join(groups)


def _is_leading_group(digits: str) -> bool:
    return digits.isdigit() and 1 <= len(digits) <= 3 and not digits.startswith("0")


def _fraction(digits: str) -> str:
    if not digits.isdigit():
        raise ValueError(digits)
    return digits


def _split_number(body: str, sign: str) -> tuple[str, str]:
    """(integer digits, fraction digits) of a number written with any common separators."""
    if not _NUMBER_CHARS.fullmatch(body) or not any(c.isdigit() for c in body):
        raise ValueError(body)
    commas, dots, spaced = body.count(","), body.count("."), " " in body
    if commas and dots:
        if spaced:
            raise ValueError(body)
        mark = "," if body.rfind(",") > body.rfind(".") else "."
        if body.count(mark) != 1:
            raise ValueError(body)
        whole, frac = body.split(mark)
        return _ungroup(whole, "." if mark == "," else ","), _fraction(frac)
    mark = "," if commas else "." if dots else ""
    if not mark:
        return (_ungroup(body, " ") if spaced else body), ""
    if spaced or body.count(mark) == 1:
        if body.count(mark) != 1:
            raise ValueError(body)
        whole, frac = body.split(mark)
        if not spaced and len(frac) == 3 and _is_leading_group(whole):
            raise ValueProblem("ambiguous_number", value="", thousands=f"{sign}{whole}{frac}",
                               decimal=f"{sign}{whole}.{frac}")
        whole = _ungroup(whole, " ") if spaced else whole
        if whole and not whole.isdigit():
            raise ValueError(body)
        return whole, _fraction(frac)
    return _ungroup(body, mark), ""


def parse_decimal(text: str) -> Decimal:
    """Read ``1234.56``, ``1,234.56``, ``1234,56``, ``1 234,56`` or ``1.234,56`` exactly.

    A single comma or dot followed by exactly three digits (``1,234``) means a
    thousand-and-something in one country and a little over one in another, so it
    is refused as ambiguous rather than guessed. Raises :class:`ValueProblem`.
    """
    value = text.strip()
    body = value
    for space in _SPACES:
        body = body.replace(space, " ")
    sign = ""
    if body[:1] in ("-", "+", "\u2212"):
        sign = "" if body[0] == "+" else "-"
        body = body[1:].lstrip()
    if body[:1] and body[:1] in _CURRENCIES:
        body = body[1:].lstrip()
    elif body[-1:] and body[-1:] in _CURRENCIES:
        body = body[:-1].rstrip()
    try:
        whole, frac = _split_number(body, sign)
    except ValueProblem as problem:
        raise ValueProblem("ambiguous_number", **{**problem.params, "value": value}) from None
    except ValueError:
        raise ValueProblem("not_number", value=value) from None
    return Decimal(f"{sign}{whole or '0'}.{frac}" if frac else f"{sign}{whole}")


_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_SLASHED_DATE = re.compile(r"([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4})")


def parse_date(text: str, date_format: DateFormat = DateFormat.ISO) -> date:
    """Read an ISO date, or a slashed one in the order ``date_format`` names. Raises :class:`ValueProblem`."""
    value = text.strip()
    if match := _ISO_DATE.fullmatch(value):
        year, month, day = (int(g) for g in match.groups())
    elif date_format is not DateFormat.ISO and (match := _SLASHED_DATE.fullmatch(value)):
        first, _, second, year_text = match.groups()
        year = int(year_text)
        day, month = (int(first), int(second)) if date_format is DateFormat.DMY else (int(second), int(first))
    else:
        raise ValueProblem("bad_date", example=DATE_EXAMPLES[date_format], value=value)
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueProblem("not_a_date", value=value) from None


_TRUE = frozenset({"yes", "y", "true", "1"})
_FALSE = frozenset({"no", "n", "false", "0"})
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_ITEM_TYPES = {t.value.casefold(): t for t in ItemType}


def name_key(name: str) -> str:
    """Names match whatever their case and spacing, as QuickBooks compares them."""
    return " ".join(name.split()).casefold()


# --- columns -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    name: str
    required: bool = False


_PARTY_COLUMNS = (
    Column("display_name", True), Column("company_name"), Column("given_name"), Column("family_name"),
    Column("email"), Column("phone"), Column("address_line1"), Column("city"), Column("region"),
    Column("postal_code"), Column("country"),
)

COLUMNS: Mapping[ImportKind, tuple[Column, ...]] = {
    ImportKind.CUSTOMERS: (*_PARTY_COLUMNS, Column("parent"), Column("notes")),
    ImportKind.VENDORS: (*_PARTY_COLUMNS, Column("account_number"), Column("notes")),
    ImportKind.ITEMS: (
        Column("name", True), Column("type", True), Column("description"), Column("sku"),
        Column("unit_price"), Column("purchase_cost"), Column("income_account"), Column("expense_account"),
        Column("asset_account"), Column("qty_on_hand"), Column("inventory_start_date"), Column("taxable"),
    ),
    ImportKind.INVOICES: (
        Column("invoice_number", True), Column("customer", True), Column("date", True), Column("due_date"),
        Column("item", True), Column("description"), Column("quantity"), Column("unit_price"), Column("memo"),
    ),
    ImportKind.PAYMENTS: (
        Column("customer", True), Column("date", True), Column("amount", True), Column("payment_method"),
        Column("reference"), Column("invoice_number"), Column("memo"),
    ),
}

# Longest text QuickBooks (or the company file) accepts per column.
_PARTY_LENGTHS = {
    "company_name": 100, "given_name": 100, "family_name": 100, "phone": 30, "address_line1": 500,
    "city": 255, "region": 255, "postal_code": 30, "country": 255, "notes": 2000,
}
MONEY_PLACES = 2
RATE_PLACES = 6
_PRECISION = 18
_CENT = Decimal("0.01")


def normalise_header(text: str) -> str:
    """``Display Name`` and ``display-name`` both mean ``display_name``."""
    return "_".join(text.strip().casefold().replace("-", " ").replace("_", " ").split())


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


@dataclass(frozen=True)
class _Layout:
    """Where each known column is in the file, and what the user called it."""

    index: Mapping[str, int]
    labels: Mapping[str, str]
    width: int
    order: Mapping[str, int]


def _read_header(kind: ImportKind, table: CsvTable) -> tuple[_Layout, list[RowError]]:
    known = {c.name for c in COLUMNS[kind]}
    index: dict[str, int] = {}
    labels: dict[str, str] = {}
    order: dict[str, int] = {}
    errors: list[RowError] = []
    for position, label in enumerate(table.header):
        name = normalise_header(label)
        if not name:
            if any(position < len(row.cells) and row.cells[position].strip() for row in table.rows):
                errors.append(_error(1, _column_letter(position), "unnamed_column"))
            continue
        order.setdefault(label, position)
        if name not in known:
            errors.append(_error(1, label, "unknown_column",
                                 columns=", ".join(c.name for c in COLUMNS[kind])))
        elif name in index:
            errors.append(_error(1, label, "duplicate_column"))
        else:
            index[name] = position
            labels[name] = label
    for column in COLUMNS[kind]:
        if column.required and column.name not in index:
            errors.append(_error(1, column.name, "missing_column"))
    layout = _Layout(index=index, labels=labels, width=len(table.header), order=order)
    return layout, errors


# --- checking one row ----------------------------------------------------------------------------


class _Named(Protocol):
    @property
    def active(self) -> bool: ...


N = TypeVar("N", bound=_Named)
T = TypeVar("T")


class _Index(Generic[T]):
    """Records by name key; a name may belong to several (QuickBooks data is not always clean)."""

    def __init__(self, records: Iterable[T], *keys: Callable[[T], str | None]) -> None:
        self._by: dict[str, list[T]] = {}
        for record in records:
            seen: set[str] = set()
            for key in keys:
                name = key(record)
                if name is not None and name_key(name) not in seen:
                    seen.add(name_key(name))
                    self._by.setdefault(name_key(name), []).append(record)

    def find(self, name: str) -> list[T]:
        return self._by.get(name_key(name), [])


class _Row:
    """Typed values out of one row; every unreadable value becomes an error on its cell."""

    def __init__(self, row: CsvRow, layout: _Layout, date_format: DateFormat, errors: list[RowError]) -> None:
        self.row = row
        self.number = row.number
        self._layout = layout
        self._date_format = date_format
        self._errors = errors
        self.failed = False

    @property
    def ok(self) -> bool:
        return not self.failed

    def label(self, column: str) -> str:
        return self._layout.labels.get(column, column)

    def fail(self, column: str | None, code: str, **params: object) -> None:
        self.failed = True
        self._errors.append(_error(self.number, None if column is None else self.label(column), code, **params))

    def raw(self, column: str) -> str:
        position = self._layout.index.get(column)
        if position is None or position >= len(self.row.cells):
            return ""
        return self.row.cells[position].strip()

    def text(self, column: str, max_len: int, *, required: bool = False) -> str | None:
        value = self.raw(column)
        if not value:
            if required:
                self.fail(column, "required")
            return None
        if len(value) > max_len:
            self.fail(column, "too_long", max=max_len)
            return None
        return value

    def new_name(self, column: str, max_len: int) -> str | None:
        """A name for a new record: required, and free of QuickBooks' hierarchy separator."""
        value = self.text(column, max_len, required=True)
        if value is not None and any(c in value for c in ":\t\r\n"):
            self.fail(column, "bad_name")
            return None
        return value

    def decimal(self, column: str, places: int, *, required: bool = False,
                minimum: Literal["any", "zero", "positive"] = "any",
                noun: Literal["number", "amount"] = "number") -> Decimal | None:
        """A number with at most ``places`` decimals, as the column's ``ExactDecimal`` will take it."""
        text = self.raw(column)
        if not text:
            if required:
                self.fail(column, "required")
            return None
        try:
            value = parse_decimal(text)
        except ValueProblem as problem:
            code = "not_amount" if problem.code == "not_number" and noun == "amount" else problem.code
            self.fail(column, code, **problem.params)
            return None
        if abs(value) >= Decimal(10) ** (_PRECISION - places):  # first: quantize() fails on huge values
            self.fail(column, "too_large", value=text)
        elif value != value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP):
            self.fail(column, "too_many_decimals", value=text, places=places)
        elif minimum == "zero" and value < 0:
            self.fail(column, "negative")
        elif minimum == "positive" and value <= 0:
            self.fail(column, "not_positive")
        else:
            return value
        return None

    def date(self, column: str, *, required: bool = False) -> date | None:
        text = self.raw(column)
        if not text:
            if required:
                self.fail(column, "required")
            return None
        try:
            return parse_date(text, self._date_format)
        except ValueProblem as problem:
            self.fail(column, problem.code, **problem.params)
            return None

    def boolean(self, column: str) -> bool | None:
        text = self.raw(column).casefold()
        if not text:
            return None
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        self.fail(column, "bad_boolean", value=self.raw(column))
        return None

    def email(self, column: str) -> str | None:
        value = self.text(column, 100)
        if value is not None and not _EMAIL.fullmatch(value):
            self.fail(column, "bad_email", value=value)
            return None
        return value

    def reference(self, column: str, index: _Index[N], missing: str, *, required: bool = False) -> N | None:
        """The one active record ``column`` names, or ``None`` after an error (or when empty)."""
        name = self.raw(column)
        if not name:
            if required:
                self.fail(column, "required")
            return None
        found = index.find(name)
        if not found:
            self.fail(column, missing, name=name)
        elif len(found) > 1:
            self.fail(column, "ambiguous_name", name=name)
        elif not found[0].active:
            self.fail(column, "inactive", name=name)
        else:
            return found[0]
        return None


# --- the plan: what each valid row will write ----------------------------------------------------


@dataclass
class _Unit:
    """Rows that are written together (an invoice and its lines), and how to write them."""

    rows: tuple[int, ...]
    counts: Mapping[str, int]
    build: Callable[[], None]


@dataclass
class _Run:
    session: Session
    layout: _Layout
    date_format: DateFormat
    errors: list[RowError] = field(default_factory=list)
    units: list[_Unit] = field(default_factory=list)
    bad_shape: set[int] = field(default_factory=set)

    def row(self, row: CsvRow) -> _Row:
        checked = _Row(row, self.layout, self.date_format, self.errors)
        checked.failed = row.number in self.bad_shape
        return checked

    def all(self, model: type[T]) -> list[T]:
        return list(self.session.scalars(select(model)))


def _party_fields(r: _Row) -> dict[str, Any]:
    values: dict[str, Any] = {name: r.text(name, length) for name, length in _PARTY_LENGTHS.items()}
    values["email"] = r.email("email")
    return values


def _check_party_names(run: _Run, kind: ImportKind, rows: Sequence[CsvRow]) -> None:
    customers = _Index(run.all(Customer), lambda c: c.display_name)
    vendors = _Index(run.all(Vendor), lambda v: v.display_name)
    own, other = (customers, vendors) if kind is ImportKind.CUSTOMERS else (vendors, customers)
    exists, used_by_other = (("customer_exists", "name_used_by_vendor") if kind is ImportKind.CUSTOMERS
                             else ("vendor_exists", "name_used_by_customer"))
    depth_of: dict[int, int] = {}

    def depth(customer: Customer) -> int:
        if customer.id not in depth_of:
            depth_of[customer.id] = 0 if customer.parent is None else depth(customer.parent) + 1
        return depth_of[customer.id]

    earlier: dict[str, tuple[int, bool, int]] = {}  # name key -> (row, ok, depth)
    made: dict[str, Customer] = {}
    for csv_row in rows:
        r = run.row(csv_row)
        name = r.new_name("display_name", 500)
        fields = _party_fields(r)
        if kind is ImportKind.VENDORS:
            fields["account_number"] = r.text("account_number", 100)
        if name is not None:
            if name_key(name) in earlier:
                r.fail("display_name", "duplicate_in_file", name=name, other_row=earlier[name_key(name)][0])
            elif own.find(name):
                r.fail("display_name", exists, name=name)
            elif other.find(name):
                r.fail("display_name", used_by_other, name=name)
        parent: Customer | None = None
        parent_key: str | None = None
        level = 0
        if kind is ImportKind.CUSTOMERS and (parent_name := r.raw("parent")):
            if customers.find(parent_name):
                parent = r.reference("parent", customers, "no_customer")
                level = depth(parent) + 1 if parent is not None else 0
            elif name_key(parent_name) in earlier:
                parent_row, parent_ok, parent_level = earlier[name_key(parent_name)]
                if not parent_ok:
                    r.fail("parent", "parent_has_error", name=parent_name, other_row=parent_row)
                parent_key, level = name_key(parent_name), parent_level + 1
            else:
                r.fail("parent", "no_parent", name=parent_name)
            if level > 4:
                r.fail("parent", "too_deep")
        if name is not None and name_key(name) not in earlier:
            earlier[name_key(name)] = (r.number, r.ok, level)
        if r.ok and name is not None:
            run.units.append(_party_unit(run.session, kind, r.number, name, fields, parent, parent_key, made))


def _party_unit(session: Session, kind: ImportKind, row: int, name: str, fields: dict[str, Any],
                parent: Customer | None, parent_key: str | None, made: dict[str, Customer]) -> _Unit:
    def build() -> None:
        if kind is ImportKind.VENDORS:
            session.add(Vendor(display_name=name, **fields))
            return
        owner = parent if parent_key is None else made[parent_key]
        customer = Customer(display_name=name, parent=owner, is_job=owner is not None, **fields)
        made[name_key(name)] = customer
        session.add(customer)

    return _Unit((row,), {kind.value: 1}, build)


def _account_path(account: Account) -> str:
    return account.name if account.parent is None else f"{_account_path(account.parent)}:{account.name}"


_ACCOUNT_RULES: Mapping[str, tuple[frozenset[AccountType], str]] = {
    "income_account": (frozenset({AccountType.INCOME}), "an Income account"),
    "expense_account": (frozenset({AccountType.EXPENSE, AccountType.COST_OF_GOODS_SOLD}),
                        "an Expense or Cost of Goods Sold account"),
    "asset_account": (frozenset({AccountType.OTHER_CURRENT_ASSET}), "an Other Current Asset account"),
}


def _account(r: _Row, accounts: _Index[Account], column: str) -> Account | None:
    account = r.reference(column, accounts, "no_account")
    allowed, expected = _ACCOUNT_RULES[column]
    if account is not None and account.account_type not in allowed:
        r.fail(column, "wrong_account_type", name=r.raw(column), actual=account.account_type.value,
               expected=expected)
        return None
    return account


def _check_items(run: _Run, rows: Sequence[CsvRow]) -> None:
    items = _Index(run.all(Item), lambda i: i.name)
    accounts = _Index(run.all(Account), lambda a: a.name, _account_path)
    earlier: dict[str, int] = {}
    today = datetime.now().astimezone().date()
    for csv_row in rows:
        r = run.row(csv_row)
        name = r.new_name("name", 100)
        if name is not None:
            if name_key(name) in earlier:
                r.fail("name", "duplicate_in_file", name=name, other_row=earlier[name_key(name)])
            elif items.find(name):
                r.fail("name", "item_exists", name=name)
            else:
                earlier[name_key(name)] = r.number
        item_type: ItemType | None = None
        if raw_type := r.raw("type"):
            item_type = _ITEM_TYPES.get(re.sub(r"[\s_-]", "", raw_type).casefold())
            if item_type is None:
                r.fail("type", "bad_item_type", value=raw_type)
        else:
            r.fail("type", "required")
        fields: dict[str, Any] = {
            "description": r.text("description", 4000),
            "sku": r.text("sku", 100),
            "unit_price": r.decimal("unit_price", RATE_PLACES, minimum="zero", noun="amount"),
            "purchase_cost": r.decimal("purchase_cost", RATE_PLACES, minimum="zero", noun="amount"),
            "income_account": _account(r, accounts, "income_account"),
            "expense_account": _account(r, accounts, "expense_account"),
            "asset_account": _account(r, accounts, "asset_account"),
            "qty_on_hand": r.decimal("qty_on_hand", RATE_PLACES, minimum="zero"),
            "inventory_start_date": r.date("inventory_start_date"),
            "taxable": r.boolean("taxable"),
        }
        inventory = item_type is ItemType.INVENTORY
        if item_type is not None:
            required = ["income_account"] if item_type is not ItemType.NON_INVENTORY else []
            if inventory:
                required += ["expense_account", "asset_account", "qty_on_hand"]
            for column in required:
                if not r.raw(column):
                    r.fail(column, "required_for_type", item_type=item_type.value)
            if not inventory:
                for column in ("asset_account", "qty_on_hand", "inventory_start_date"):
                    if r.raw(column):
                        r.fail(column, "only_inventory")
            if r.raw("purchase_cost") and not r.raw("expense_account") and not inventory:
                r.fail("expense_account", "required_with_purchase_cost")
        if r.ok and name is not None and item_type is not None:
            if fields["unit_price"] is None:
                fields["unit_price"] = Decimal(0)
            if fields["taxable"] is None:
                fields["taxable"] = False
            if inventory and fields["inventory_start_date"] is None:
                fields["inventory_start_date"] = today
            run.units.append(_item_unit(run.session, r.number, name, item_type, fields))


def _item_unit(session: Session, row: int, name: str, item_type: ItemType, fields: dict[str, Any]) -> _Unit:
    return _Unit((row,), {"items": 1}, lambda: session.add(Item(name=name, item_type=item_type, **fields)))


@dataclass
class _Line:
    row: _Row
    item: Item | None
    description: str | None
    quantity: Decimal | None
    unit_price: Decimal | None


_INVOICE_HEADER = ("customer", "date", "due_date", "memo")


def _check_invoices(run: _Run, rows: Sequence[CsvRow]) -> None:
    customers = _Index(run.all(Customer), lambda c: c.display_name)
    items = _Index(run.all(Item), lambda i: i.name)
    existing = {n for n in run.session.scalars(select(Invoice.doc_number)) if n is not None}
    groups: dict[str, list[_Line]] = {}
    for csv_row in rows:
        r = run.row(csv_row)
        number = r.text("invoice_number", 21, required=True)
        item = r.reference("item", items, "no_item", required=True)
        line = _Line(r, item, r.text("description", 4000),
                     r.decimal("quantity", RATE_PLACES), r.decimal("unit_price", RATE_PLACES, noun="amount"))
        if number is None:
            for column in _INVOICE_HEADER:  # still report whatever else is wrong with the row
                _header_value(r, column)
            continue
        groups.setdefault(number, []).append(line)
    for number, lines in groups.items():
        _check_invoice(run, number, lines, customers, existing)


def _header_value(r: _Row, column: str) -> object:
    """An invoice-level value of a row, parsed so that equal values compare equal."""
    if column in ("date", "due_date"):
        return r.date(column)
    if column == "memo":
        return r.text(column, 1000)
    return name_key(r.raw(column)) if r.raw(column) else None


def _check_invoice(run: _Run, number: str, lines: list[_Line], customers: _Index[Customer],
                   existing: set[str]) -> None:
    """One invoice: the first row carries the invoice fields; later rows repeat them or leave them empty."""
    first = lines[0].row
    customer = first.reference("customer", customers, "no_customer", required=True)
    txn_date = first.date("date", required=True)
    due_date = first.date("due_date")
    memo = first.text("memo", 1000)
    header: dict[str, object] = {
        "customer": name_key(first.raw("customer")), "date": txn_date, "due_date": due_date, "memo": memo,
    }
    for line in lines[1:]:
        for column in _INVOICE_HEADER:
            value = _header_value(line.row, column) if line.row.raw(column) else None
            if value is None:
                continue
            if not first.raw(column):
                line.row.fail(column, "first_row_empty", first_row=first.number)
            elif header[column] is not None and value != header[column]:
                line.row.fail(column, "header_disagrees", value=line.row.raw(column),
                              first=first.raw(column), first_row=first.number)
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
        if abs(amount) >= Decimal(10) ** (_PRECISION - MONEY_PLACES):
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
    run.units.append(_invoice_unit(run.session, number, customer, txn_date, due_date, memo, lines))


def _invoice_unit(session: Session, number: str, customer: Customer, txn_date: date, due_date: date | None,
                  memo: str | None, lines: list[_Line]) -> _Unit:
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
    return _Unit(rows, {"invoices": 1, "invoice_lines": len(lines)}, build)


def _check_payments(run: _Run, rows: Sequence[CsvRow]) -> None:
    customers = _Index(run.all(Customer), lambda c: c.display_name)
    methods = _Index(run.all(PaymentMethod), lambda m: m.name)
    invoices: dict[str, list[Invoice]] = {}
    for existing in run.all(Invoice):
        if existing.doc_number is not None:
            invoices.setdefault(existing.doc_number, []).append(existing)
    applied: dict[int, Decimal] = {}  # invoice id -> paid by earlier rows of this file
    for csv_row in rows:
        r = run.row(csv_row)
        customer = r.reference("customer", customers, "no_customer", required=True)
        fields: dict[str, Any] = {
            "customer": customer,
            "txn_date": r.date("date", required=True),
            "total": r.decimal("amount", MONEY_PLACES, required=True, minimum="positive", noun="amount"),
            "payment_method": r.reference("payment_method", methods, "no_payment_method"),
            "reference_number": r.text("reference", 21),
            "memo": r.text("memo", 4000),
        }
        invoice: Invoice | None = None
        if number := r.text("invoice_number", 21):
            found = invoices.get(number, [])
            if not found:
                r.fail("invoice_number", "no_invoice", number=number)
            elif len(found) > 1:
                r.fail("invoice_number", "ambiguous_invoice", number=number)
            else:
                invoice = found[0]
                if customer is not None and invoice.customer_id != customer.id:
                    r.fail("invoice_number", "invoice_other_customer", number=number,
                           customer=invoice.customer.display_name)
        if invoice is not None and fields["total"] is not None and r.ok:
            open_balance = invoice.balance - applied.get(invoice.id, Decimal(0))
            if fields["total"] > open_balance:
                r.fail("amount", "over_balance", amount=fields["total"], balance=open_balance, number=number)
            else:
                applied[invoice.id] = applied.get(invoice.id, Decimal(0)) + fields["total"]
        if r.ok:
            run.units.append(_payment_unit(run.session, r.number, fields, invoice))


def _payment_unit(session: Session, row: int, fields: dict[str, Any], invoice: Invoice | None) -> _Unit:
    def build() -> None:
        payment = Payment(**fields)
        if invoice is not None:
            payment.applications.append(PaymentApplication(invoice=invoice, amount=fields["total"]))
        session.add(payment)

    return _Unit((row,), {"payments": 1}, build)


_CHECKERS: Mapping[ImportKind, Callable[[_Run, Sequence[CsvRow]], None]] = {
    ImportKind.CUSTOMERS: lambda run, rows: _check_party_names(run, ImportKind.CUSTOMERS, rows),
    ImportKind.VENDORS: lambda run, rows: _check_party_names(run, ImportKind.VENDORS, rows),
    ImportKind.ITEMS: _check_items,
    ImportKind.INVOICES: _check_invoices,
    ImportKind.PAYMENTS: _check_payments,
}


# --- the public entry points ---------------------------------------------------------------------


@dataclass
class Validation:
    """The outcome of checking a file against a company, before anything is written."""

    kind: ImportKind
    rows: int
    errors: list[RowError]
    units: list[_Unit] = field(repr=False)

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
    layout, header_errors = _read_header(kind, table)
    rows = table.data_rows
    if header_errors:
        return Validation(kind, len(rows), header_errors, [])
    run = _Run(session, layout, DateFormat(date_format))
    if not rows:
        run.errors.append(_error(None, None, "no_rows"))
    for row in rows:
        if any(cell.strip() for cell in row.cells[layout.width:]):
            run.errors.append(_error(row.number, None, "row_too_long", count=len(row.cells), columns=layout.width))
            run.bad_shape.add(row.number)
    _CHECKERS[kind](run, rows)
    order = layout.order
    run.errors.sort(key=lambda e: (e.row or 0, -1 if e.column is None else order.get(e.column, -1)))
    return Validation(kind, len(rows), run.errors, run.units)


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
                        encoding=table.encoding, delimiter=table.delimiter)


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
