"""Words and figures for the reconciliation: the checks' names, verdicts, what each difference is about.

The engine names its checks with stable codes (``count.Invoice``, ``customer_balances``,
``monthly.Bill``); this module is the one place that says them in the user's
language — for the Reconciliation page and for the PDF alike — and writes money
and days with the user's locale (money exactly, never through a float).
GLOSSARY: Reconciliation = Rapprochement / Conciliación; Balanced / Differences =
Concordant / Écarts, Cuadra / Diferencias; Here = Ici / Aquí.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from qbdesk.ui.base.moments import format_date
from qbdesk.ui.base.money import format_money
from qbdesk.ui.base.tr import QT_TRANSLATE_NOOP
from qbdesk.ui.sync.text import entity_singular, entity_title

if TYPE_CHECKING:
    from qbdesk.sync.reconcile import Check, Difference, RecordRef

CONTEXT: Final = "Reconciliation"

# The sections of the checks, in the order an accountant reads them.
SECTIONS: Final = (
    ("count", QT_TRANSLATE_NOOP("Reconciliation", "Number of records")),
    ("balances", QT_TRANSLATE_NOOP("Reconciliation", "Open balances")),
    ("monthly", QT_TRANSLATE_NOOP("Reconciliation", "Totals per month")),
)
_BALANCES: Final = {
    "open_receivables": QT_TRANSLATE_NOOP("Reconciliation", "Open receivables (total)"),
    "customer_balances": QT_TRANSLATE_NOOP("Reconciliation", "Each customer's open balance"),
    "open_payables": QT_TRANSLATE_NOOP("Reconciliation", "Open payables (total)"),
    "vendor_balances": QT_TRANSLATE_NOOP("Reconciliation", "Each vendor's open balance"),
    # Bank, Undeposited Funds, card, receivables and payables accounts (the differences name each one).
    "account_balances": QT_TRANSLATE_NOOP("Reconciliation", "Account balances"),
}
_WHERE: Final = {
    "here": QT_TRANSLATE_NOOP("Reconciliation", "Here only"),
    "qbo": QT_TRANSLATE_NOOP("Reconciliation", "QuickBooks only"),
    "both": QT_TRANSLATE_NOOP("Reconciliation", "Both"),
}
BALANCED_WORD: Final = QT_TRANSLATE_NOOP("Reconciliation", "Balanced")
DIFFERENCES_WORD: Final = QT_TRANSLATE_NOOP("Reconciliation", "Differences")


def _t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def section_of(check: str) -> str:
    if check.startswith("count."):
        return "count"
    if check.startswith("monthly."):
        return "monthly"
    return "balances"


def section_title(key: str) -> str:
    return _t(dict(SECTIONS).get(key, key))


def check_title(name: str) -> str:
    """A check's line as the page and the PDF show it (a record type for counts and months)."""
    if "." in name:
        return entity_title(name.split(".", 1)[1])
    source = _BALANCES.get(name)
    return _t(source) if source else name


def verdict_word(balanced: bool) -> str:
    return _t(BALANCED_WORD if balanced else DIFFERENCES_WORD)


def where_word(side: str) -> str:
    return _t(_WHERE.get(side, side))


def figure(value: Decimal | int | None, locale: QLocale | None = None) -> str:
    """A count or an amount in the user's locale ("—" for nothing)."""
    locale = locale or QLocale()
    if value is None:
        return "—"
    if isinstance(value, int):
        return locale.toString(value)
    return format_money(value, locale)


def day_text(day: date, locale: QLocale | None = None, *, long: bool = False) -> str:
    if not long:
        return format_date(day, locale)
    return (locale or QLocale()).toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def month_text(month: str, locale: QLocale | None = None) -> str:
    """``2026-05`` as the user's language writes a month ("May 2026", "mai 2026", "mayo de 2026")."""
    year, number = (int(part) for part in month.split("-"))
    locale = locale or QLocale()
    return locale.toString(QDate(year, number, 1), ReconcileText.month_format(locale))


def record_text(ref: RecordRef) -> str:
    return f"{entity_singular(ref.entity)} {ref.number}"


class ReconcileText(QObject):
    """The sentences with plurals (lupdate reads ``%n`` only from ``tr()`` on a QObject)."""

    @staticmethod
    def month_format(locale: QLocale) -> str:
        """A month and year: the locale's own order and words (Spanish "mayo de 2026")."""
        return "MMMM 'de' yyyy" if locale.language() == QLocale.Language.Spanish else "MMMM yyyy"

    def difference_title(self, diff: Difference, locale: QLocale | None = None) -> str:
        if diff.field == "count":
            return self.tr("{things}: not the same records on both sides").format(things=entity_title(diff.entity))
        if diff.field == "open_balance":
            return self.tr("{party} {name}: open balance").format(party=entity_singular(diff.entity), name=diff.record)
        if diff.field == "balance":
            return self.tr("Account {name}: balance").format(name=diff.record)
        return self.tr("{things}, {month}: total").format(things=entity_title(diff.entity),
                                                         month=month_text(diff.record, locale))

    def records(self, n: int) -> str:
        return self.tr("%n record(s)", "", n)

    def verdict_sentence(self, balanced: bool, differences: int) -> str:
        """What follows the verdict word (Balanced / Differences)."""
        if balanced:
            return self.tr("The books here and in QuickBooks agree on every check.")
        return self.tr("%n difference(s) between the books here and in QuickBooks, each listed below with the "
                       "records behind it.", "", differences)

    def more(self, n: int) -> str:
        return self.tr("… and %n more", "", n)

    def checks_line(self, checks: list[Check]) -> str:
        agreeing = sum(1 for c in checks if c.balanced)
        return self.tr("%n check(s) agree", "", agreeing) + " · " + self.tr(
            "%n check(s) differ", "", len(checks) - agreeing)


@cache
def reconcile_words() -> ReconcileText:
    return ReconcileText()
