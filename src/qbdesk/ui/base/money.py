"""Money (and other exact decimals) shown and read with the user's locale, never through float.

``QLocale.toString(float)`` and ``toDouble`` would round-trip amounts through
binary floating point; an accounting tool must not. The integer part is grouped
by ``QLocale.toString(int)`` (exact, and it knows each locale's grouping rules);
the fraction is written with the locale's decimal separator by hand.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from PySide6.QtCore import QLocale

_SPACES = {" ", "\u00a0", "\u202f", "\u2009", "'", "\u2019"}


def format_decimal(value: Decimal, locale: QLocale | None = None, *, places: int = 2,
                   min_places: int | None = None) -> str:
    """``value`` rounded half-up to ``places``; trailing zeros trimmed down to ``min_places``."""
    locale = locale or QLocale()
    quantum = Decimal(1).scaleb(-places)
    rounded = value.quantize(quantum, rounding=ROUND_HALF_UP)
    text = f"{abs(rounded):f}"
    whole, _, fraction = text.partition(".")
    if min_places is not None:
        fraction = fraction.rstrip("0").ljust(min_places, "0")
    result = locale.toString(int(whole))
    if fraction:
        result += locale.decimalPoint() + fraction
    if rounded < 0:
        result = locale.negativeSign() + result
    return result


def format_money(value: Decimal, locale: QLocale | None = None, currency: str | None = None) -> str:
    """An amount with two decimals; with ``currency`` (the company's home currency), as the locale writes
    money: "$1,234.56", "1 234,56 €", "1.234,56 USD"."""
    number = format_decimal(value, locale, places=2)
    if not currency:
        return number
    locale = locale or QLocale()
    negative = number.startswith(locale.negativeSign())
    digits = number[len(locale.negativeSign()):] if negative else number
    # The locale's pattern, read off the number one (exact as a float; no amount goes through float).
    pattern = locale.toCurrencyString(1.0, _SENTINEL, 2)
    one = format_decimal(Decimal(1), locale, places=2)
    symbol = currency_symbol(currency, locale)
    if symbol.isalpha() and _SENTINEL + one not in pattern and one + _SENTINEL not in pattern:
        glued = pattern  # the locale already separates them
    elif symbol.isalpha():
        glued = pattern.replace(_SENTINEL + one, _SENTINEL + "\u00a0" + one).replace(one + _SENTINEL,
                                                                                   one + "\u00a0" + _SENTINEL)
    else:
        glued = pattern
    text = glued.replace(one, digits, 1).replace(_SENTINEL, symbol)
    return locale.negativeSign() + text if negative else text


_SENTINEL = "XYZ"
# Symbols that name one currency wherever they are read; other currencies show their ISO code unless they are the
# locale's own ("$" is the dollar of the United States to an American, of Canada to a Quebecer).
_SYMBOLS = {"EUR": "\u20ac", "GBP": "\u00a3", "JPY": "\u00a5", "INR": "\u20b9"}


def currency_before(locale: QLocale | None = None) -> bool:
    """Whether the locale writes the currency before the amount ("$12", not "12 €")."""
    return (locale or QLocale()).toCurrencyString(1.0, _SENTINEL, 2).lstrip("(-").startswith(_SENTINEL)


def currency_symbol(code: str, locale: QLocale | None = None) -> str:
    """How ``code`` (ISO 4217) is written next to amounts for a reader of ``locale``."""
    locale = locale or QLocale()
    if code == locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode):
        return locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol) or code
    return _SYMBOLS.get(code, code)


class MoneyParseError(ValueError):
    """The text is not an amount; ``reason`` says why in words a user understands."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def parse_decimal(text: str, locale: QLocale | None = None, *, places: int = 2) -> Decimal:
    """Read an amount typed in the user's locale, exactly.

    Group separators (and spaces) are ignored; the decimal separator is the
    locale's, or ``.`` when ``.`` is not the locale's group separator (people type
    "12.50" on any keyboard). More than ``places`` decimals is refused, not rounded.
    Raises :class:`MoneyParseError` with a machine-readable reason: ``empty``,
    ``invalid`` or ``too_many_places``.
    """
    locale = locale or QLocale()
    raw = text.strip()
    if not raw:
        raise MoneyParseError("empty")
    negative = False
    for minus in (locale.negativeSign(), "-", "\u2212"):
        if raw.startswith(minus):
            negative, raw = True, raw[len(minus):].strip()
            break
    if raw.startswith("(") and raw.endswith(")"):
        negative, raw = True, raw[1:-1].strip()
    group = locale.groupSeparator()
    point = locale.decimalPoint()
    cleaned: list[str] = []
    seen_point = False
    for ch in raw:
        if ch.isdigit():
            cleaned.append(str(int(ch)))  # also accepts non-ASCII digits
        elif ch == point or (ch == "." and group != "."):
            if seen_point:
                raise MoneyParseError("invalid")
            seen_point = True
            cleaned.append(".")
        elif ch == group or ch in _SPACES:
            if seen_point:
                raise MoneyParseError("invalid")
        else:
            raise MoneyParseError("invalid")
    number = "".join(cleaned)
    if not any(c.isdigit() for c in number):
        raise MoneyParseError("invalid")
    try:
        value = Decimal(number)
    except InvalidOperation as exc:
        raise MoneyParseError("invalid") from exc
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > places:
        raise MoneyParseError("too_many_places")
    return -value if negative else value
