"""Reading one cell's text as a number, date, yes/no or bounded text, never by guessing.

A value that could be read two ways (``1,234``) is refused with a reason, and
day-first or month-first dates are only read when the caller says which one the
file uses: a silently wrong amount or date in the books costs far more than an
error the user fixes in the spreadsheet. Every parser raises
:class:`ValueProblem`, which the row reader turns into an error on the cell.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from qbdesk.store.csv_import.messages import ValueProblem


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

MONEY_PLACES = 2
RATE_PLACES = 6
# Digits an ExactDecimal column holds in all; with ``places`` of them after the point.
_PRECISION = 18

# How small a number a column takes: invoice lines may go negative (discounts), item prices and stock not,
# payments only above zero.
Minimum = Literal["any", "zero", "positive"]

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


def parse_amount(text: str) -> Decimal:
    """:func:`parse_decimal` for money columns, where "not an amount" tells the user more than "not a number"."""
    try:
        return parse_decimal(text)
    except ValueProblem as problem:
        if problem.code != "not_number":
            raise
        raise ValueProblem("not_amount", **problem.params) from None


def too_large(value: Decimal, places: int) -> bool:
    """Whether ``value`` overflows a column with ``places`` decimals; ask before ``quantize()``, which fails on it."""
    return abs(value) >= Decimal(10) ** (_PRECISION - places)


def fit_decimal(value: Decimal, text: str, places: int, minimum: Minimum = "any") -> Decimal:
    """``value`` if the column's ``ExactDecimal`` will store it as read; rounding it would change the books."""
    if too_large(value, places):
        raise ValueProblem("too_large", value=text)
    if value != value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP):
        raise ValueProblem("too_many_decimals", value=text, places=places)
    if minimum == "zero" and value < 0:
        raise ValueProblem("negative")
    if minimum == "positive" and value <= 0:
        raise ValueProblem("not_positive")
    return value


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


def parse_boolean(text: str) -> bool:
    """Yes or no in the spellings spreadsheets and people use; anything else is refused, not taken as no."""
    value = text.strip()
    if value.casefold() in _TRUE:
        return True
    if value.casefold() in _FALSE:
        return False
    raise ValueProblem("bad_boolean", value=value)


def limit_length(text: str, max_len: int) -> str:
    """``text`` if it fits the column; cutting it short would lose what the user wrote without a word."""
    if len(text) > max_len:
        raise ValueProblem("too_long", max=max_len)
    return text


def plain_name(text: str) -> str:
    """``text`` if it can name a new record: a colon would make QuickBooks read it as a sub-record's path."""
    if any(c in text for c in ":\t\r\n"):
        raise ValueProblem("bad_name")
    return text


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


def parse_email(text: str) -> str:
    """Loosely checked: only the mistakes a spreadsheet makes (a name in the column, a missing domain) are caught."""
    if not _EMAIL.fullmatch(text):
        raise ValueProblem("bad_email", value=text)
    return text
