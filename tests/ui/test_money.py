"""Money shown and read with QLocale, exactly as Decimal: no float anywhere on the way."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from qbdesk.ui.base.money import MoneyParseError, currency_before, format_decimal, format_money, parse_decimal


@pytest.mark.parametrize(("locale", "text"), [
    ("en_US", "1,234,567.89"), ("fr_FR", "1\u202f234\u202f567,89"), ("es_ES", "1.234.567,89"),
    ("de_CH", "1\u2019234\u2019567.89"),
])
def test_round_trip_is_exact(locale: str, text: str) -> None:
    loc = QLocale(locale)
    value = Decimal("1234567.89")
    shown = format_money(value, loc)
    assert shown.replace("'", "\u2019") == text
    assert parse_decimal(shown, loc) == value


def test_huge_amounts_keep_every_cent() -> None:
    value = Decimal("9007199254740993.01")  # beyond float's 2**53: a float would change it
    loc = QLocale("en_US")
    assert parse_decimal(format_money(value, loc), loc) == value


def test_negative_and_rounding_half_up() -> None:
    loc = QLocale("en_US")
    assert format_money(Decimal("-1234.5"), loc) == "-1,234.50"
    assert format_money(Decimal("0.005"), loc) == "0.01"
    assert format_decimal(Decimal("12.500000"), loc, places=6, min_places=2) == "12.50"
    assert parse_decimal("(12.50)", loc) == Decimal("-12.50")


def test_people_type_a_dot_on_any_keyboard() -> None:
    assert parse_decimal("12.5", QLocale("fr_FR")) == Decimal("12.5")
    assert parse_decimal("1 234,5", QLocale("fr_FR")) == Decimal("1234.5")
    assert parse_decimal("1.234,5", QLocale("es_ES")) == Decimal("1234.5")


@pytest.mark.parametrize(("text", "reason"), [
    ("", "empty"), ("  ", "empty"), ("abc", "invalid"), ("1.2.3", "invalid"), ("12,34.5.6", "invalid"),
    ("1.234", "too_many_places"), ("--1", "invalid"),
])
def test_refusals_say_why(text: str, reason: str) -> None:
    with pytest.raises(MoneyParseError) as caught:
        parse_decimal(text, QLocale("en_US"))
    assert caught.value.reason == reason


@pytest.mark.parametrize(("locale", "currency", "text"), [
    ("en_US", "USD", "$1,234.56"), ("en_US", "EUR", "\u20ac1,234.56"), ("en_US", "USD", "-$5.00"),
    ("fr_FR", "EUR", "1\u202f234,56\u00a0\u20ac"), ("fr_FR", "USD", "1\u202f234,56\u00a0USD"),
    ("es_ES", "EUR", "1234,56\u00a0\u20ac"), ("en_GB", "USD", "USD\u00a01,234.56"),
])
def test_amounts_are_shown_in_the_company_currency_as_the_locale_writes_money(locale: str, currency: str,
                                                                               text: str) -> None:
    """A QuickBooks France company is in euros: "1 234,56 €" to a French reader, "€1,234.56" to an American; a
    currency that is not the reader's and has no symbol of its own is named by its code."""
    value = Decimal("-5") if text.startswith("-") else Decimal("1234.56")
    assert format_money(value, QLocale(locale), currency) == text
    assert format_money(value, QLocale(locale)) == format_decimal(value, QLocale(locale))  # unknown: no unit
    assert currency_before(QLocale("en_US")) and not currency_before(QLocale("fr_FR"))
