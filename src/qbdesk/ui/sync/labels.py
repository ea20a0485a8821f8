"""Words for the sync screens: problem categories, actions, changes, log states, and the banner sentence.

The engine names things with stable codes ("invoices", "clear-id", "update_in_qbo");
this module is the one place that turns them into the user's language, so the
Problems view, the banner, the tray, Approvals and the Sync log all say the same
thing (``../shared/GLOSSARY.md``: Resync / Resynchroniser / Resincronizar, Skip /
Ignorer / Omitir…). Plurals are literal ``%n`` calls, one per category, because
lupdate only reads literal strings.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Final

from PySide6.QtCore import QCoreApplication, QObject

from qbdesk.sync.words import CHANGES, LOG_STATUS, OPERATIONS, RUN_KINDS
from qbdesk.ui.base.tr import QT_TRANSLATE_NOOP

CONTEXT: Final = "SyncLabels"

# The Problems view's groups, in the order of issue 7 (TaxDome's tabs, then ours).
CATEGORIES: Final = (
    "customers", "vendors", "invoices", "credit_memos", "payments", "refunds", "expenses", "bills",
    "estimates", "sales_receipts", "deposits", "vendor_credits", "bill_payments", "purchase_orders", "transfers",
    "journal_entries", "services", "accounts", "lists", "connection", "other",
)

_CATEGORY_TITLES: Final = {
    "customers": QT_TRANSLATE_NOOP("SyncLabels", "Customers"),
    "vendors": QT_TRANSLATE_NOOP("SyncLabels", "Vendors"),
    "invoices": QT_TRANSLATE_NOOP("SyncLabels", "Invoices"),
    "credit_memos": QT_TRANSLATE_NOOP("SyncLabels", "Credit memos"),
    "payments": QT_TRANSLATE_NOOP("SyncLabels", "Payments"),
    "refunds": QT_TRANSLATE_NOOP("SyncLabels", "Refunds"),
    "expenses": QT_TRANSLATE_NOOP("SyncLabels", "Expenses"),
    "bills": QT_TRANSLATE_NOOP("SyncLabels", "Bills"),
    "estimates": QT_TRANSLATE_NOOP("SyncLabels", "Estimates"),
    "sales_receipts": QT_TRANSLATE_NOOP("SyncLabels", "Sales receipts"),
    "deposits": QT_TRANSLATE_NOOP("SyncLabels", "Deposits"),
    "vendor_credits": QT_TRANSLATE_NOOP("SyncLabels", "Vendor credits"),
    "bill_payments": QT_TRANSLATE_NOOP("SyncLabels", "Bill payments"),
    "purchase_orders": QT_TRANSLATE_NOOP("SyncLabels", "Purchase orders"),
    "transfers": QT_TRANSLATE_NOOP("SyncLabels", "Transfers"),
    "journal_entries": QT_TRANSLATE_NOOP("SyncLabels", "Journal entries"),
    "services": QT_TRANSLATE_NOOP("SyncLabels", "Products and services"),
    "accounts": QT_TRANSLATE_NOOP("SyncLabels", "Accounts"),
    "lists": QT_TRANSLATE_NOOP("SyncLabels", "Lists"),
    "connection": QT_TRANSLATE_NOOP("SyncLabels", "Connection"),
    "other": QT_TRANSLATE_NOOP("SyncLabels", "Other"),
}

# Button texts, by the engine's action names (catalogue.RESYNC, …).
_ACTIONS: Final = {
    "resync": QT_TRANSLATE_NOOP("SyncLabels", "Resync"),
    "skip": QT_TRANSLATE_NOOP("SyncLabels", "Skip"),
    "unskip": QT_TRANSLATE_NOOP("SyncLabels", "Unskip"),
    "bypass": QT_TRANSLATE_NOOP("SyncLabels", "Bypass"),
    "clear-id": QT_TRANSLATE_NOOP("SyncLabels", "Clear ID"),
    "delete": QT_TRANSLATE_NOOP("SyncLabels", "Delete"),
    "match": QT_TRANSLATE_NOOP("SyncLabels", "Match…"),
    "create": QT_TRANSLATE_NOOP("SyncLabels", "Create in QuickBooks"),
    "dont-sync": QT_TRANSLATE_NOOP("SyncLabels", "Don't sync"),
    "edit": QT_TRANSLATE_NOOP("SyncLabels", "Edit…"),
    "move-back": QT_TRANSLATE_NOOP("SyncLabels", "Move back"),
    "accept": QT_TRANSLATE_NOOP("SyncLabels", "Accept QuickBooks' change"),
    "keep-here": QT_TRANSLATE_NOOP("SyncLabels", "Keep the version here"),
    "keep-qbo": QT_TRANSLATE_NOOP("SyncLabels", "Keep QuickBooks' version"),
    "renumber": QT_TRANSLATE_NOOP("SyncLabels", "Give the next free number"),
    "undo-anyway": QT_TRANSLATE_NOOP("SyncLabels", "Undo anyway"),
    "keep-it": QT_TRANSLATE_NOOP("SyncLabels", "Keep it"),
    "choose-refund-account": QT_TRANSLATE_NOOP("SyncLabels", "Choose a refund account…"),
}

# What each action does, for tooltips (the same sentence as the seeds' help pages).
_ACTION_TIPS: Final = {
    "resync": QT_TRANSLATE_NOOP("SyncLabels", "Try again at the next sync."),
    "choose-refund-account": QT_TRANSLATE_NOOP("SyncLabels", "Open the sync settings at the refund bank account; "
                                                             "the refunds are sent at the next sync."),
    "skip": QT_TRANSLATE_NOOP("SyncLabels", "Stop retrying this problem and stop notifying about it."),
    "unskip": QT_TRANSLATE_NOOP("SyncLabels", "Show this problem again and retry it at the next sync."),
    "bypass": QT_TRANSLATE_NOOP("SyncLabels", "The payment is already in QuickBooks: link it and never send it."),
    "clear-id": QT_TRANSLATE_NOOP("SyncLabels", "Forget the deleted QuickBooks record: the next sync creates it "
                                                "again."),
    "delete": QT_TRANSLATE_NOOP("SyncLabels", "Delete this service here so it can be created again with the right "
                                              "account."),
    "match": QT_TRANSLATE_NOOP("SyncLabels", "Pick the QuickBooks customer this customer is."),
    "create": QT_TRANSLATE_NOOP("SyncLabels", "Create this customer in QuickBooks now."),
    "dont-sync": QT_TRANSLATE_NOOP("SyncLabels", "Leave this customer out of the sync; its invoices and payments "
                                                 "wait too."),
    "edit": QT_TRANSLATE_NOOP("SyncLabels", "Open the record; saving it sends it again."),
    "move-back": QT_TRANSLATE_NOOP("SyncLabels", "Put the invoice back on the customer it has here."),
    "accept": QT_TRANSLATE_NOOP("SyncLabels", "Move the invoice here to the customer it has in QuickBooks."),
    "keep-here": QT_TRANSLATE_NOOP("SyncLabels", "Send the version here to QuickBooks at the next sync."),
    "keep-qbo": QT_TRANSLATE_NOOP("SyncLabels", "Replace the version here with QuickBooks' version."),
    "renumber": QT_TRANSLATE_NOOP("SyncLabels", "Give it the next number free here and in QuickBooks; the next sync "
                                                "sends it."),
    "undo-anyway": QT_TRANSLATE_NOOP("SyncLabels", "Take the run back for this record all the same: the later "
                                                   "change is lost."),
    "keep-it": QT_TRANSLATE_NOOP("SyncLabels", "Leave the record as it is now; undoing the run again leaves it "
                                               "too."),
}

# The engine's English words for them (the command line prints those): translated here.
_CHANGES: Final = CHANGES
_LOG_STATUS: Final = LOG_STATUS
_OPERATIONS: Final = OPERATIONS
_RUN_KINDS: Final = RUN_KINDS


def _t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def category_title(category: str) -> str:
    return _t(_CATEGORY_TITLES.get(category, _CATEGORY_TITLES["other"]))


def action_label(action: str) -> str:
    source = _ACTIONS.get(action)
    return _t(source) if source else action


def action_tip(action: str) -> str:
    source = _ACTION_TIPS.get(action)
    return _t(source) if source else ""


def change_label(kind: str) -> str:
    source = _CHANGES.get(kind)
    return _t(source) if source else kind


def log_status_label(status: str) -> str:
    source = _LOG_STATUS.get(status)
    return _t(source) if source else status


def operation_label(operation: str) -> str:
    source = _OPERATIONS.get(operation)
    return _t(source) if source else operation


def run_kind_label(kind: str | None) -> str:
    source = _RUN_KINDS.get(kind or "")
    return _t(source) if source else (kind or "")


def entity_label(entity: str) -> str:
    """A QuickBooks entity name ("Invoice") as the record views call one record of that type."""
    from qbdesk.ui.company.records.labels import BY_ENTITY, type_singular

    label = BY_ENTITY.get(entity)
    return type_singular(label.key) if label is not None else entity


def entity_record_text(text: str) -> str:
    """A record as the engine names it ("Vendor 'Gilbert y Sanz'", "Estimate 1001"), its type in the user's
    language ("Proveedor 'Gilbert y Sanz'"): the engine writes QuickBooks' English type names."""
    from qbdesk.ui.company.records.labels import BY_ENTITY

    for entity in sorted(BY_ENTITY, key=len, reverse=True):
        if text == entity or text.startswith(entity + " "):
            return f"{entity_label(entity)}{text[len(entity):]}"
    return text


class SyncLabels(QObject):
    """The plural phrases: lupdate extracts ``%n`` plurals only from ``tr()`` calls on a QObject, and a
    class named like the context keeps every sync word in one context ("SyncLabels")."""

    def count_phrase(self, category: str, n: int) -> str:
        if category == "customers":
            return self.tr("%n customer(s)", "", n)
        if category == "vendors":
            return self.tr("%n vendor(s)", "", n)
        if category == "invoices":
            return self.tr("%n invoice(s)", "", n)
        if category == "credit_memos":
            return self.tr("%n credit memo(s)", "", n)
        if category == "payments":
            return self.tr("%n payment(s)", "", n)
        if category == "refunds":
            return self.tr("%n refund(s)", "", n)
        if category == "expenses":
            return self.tr("%n expense(s)", "", n)
        if category == "bills":
            return self.tr("%n bill(s)", "", n)
        return self._more_count_phrase(category, n)

    def _more_count_phrase(self, category: str, n: int) -> str:
        if category == "estimates":
            return self.tr("%n estimate(s)", "", n)
        if category == "sales_receipts":
            return self.tr("%n sales receipt(s)", "", n)
        if category == "deposits":
            return self.tr("%n deposit(s)", "", n)
        if category == "vendor_credits":
            return self.tr("%n vendor credit(s)", "", n)
        if category == "bill_payments":
            return self.tr("%n bill payment(s)", "", n)
        if category == "purchase_orders":
            return self.tr("%n purchase order(s)", "", n)
        if category == "transfers":
            return self.tr("%n transfer(s)", "", n)
        if category == "journal_entries":
            return self.tr("%n journal entry(s)", "", n)
        if category == "services":
            return self.tr("%n product(s) or service(s)", "", n)
        if category == "accounts":
            return self.tr("%n account(s)", "", n)
        if category == "lists":
            return self.tr("%n list entry(s)", "", n)
        return self.tr("%n other record(s)", "", n)

    def could_not_sync(self, records: str, total: int) -> str:
        """``total`` picks the verb's form where a language needs it (French 'n'a pas pu' / 'n'ont pas pu')."""
        return self.tr("{records} could not sync", "", total).format(records=records)


@cache
def _labels() -> SyncLabels:
    return SyncLabels()


def count_phrase(category: str, n: int) -> str:
    """'3 invoices', '1 payment' — one literal plural per category so every language can inflect it."""
    return _labels().count_phrase(category, n)


def join_phrases(parts: list[str]) -> str:
    """'a', 'a and b', 'a, b and c' in the user's language (French 'et', Spanish 'y')."""
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    head = parts[0]
    for part in parts[1:-1]:
        head = QCoreApplication.translate("SyncLabels", "{list}, {item}").format(list=head, item=part)
    return QCoreApplication.translate("SyncLabels", "{list} and {last}").format(list=head, last=parts[-1])


MAX_NAMED_CATEGORIES: Final = 3


def banner_text(counts: Mapping[str, int]) -> str:
    """The banner's sentence: "3 invoices and 1 payment could not sync".

    At most three categories are named (the largest first, ties in the usual
    order); the rest become "2 other records". Connection problems are not
    records, so they get their own sentence. Empty when nothing is open.
    """
    records = [(c, counts.get(c, 0)) for c in CATEGORIES if c != "connection" and counts.get(c, 0) > 0]
    records += [(c, n) for c, n in counts.items() if c not in CATEGORIES and n > 0]
    records.sort(key=lambda cn: -cn[1])  # stable: ties keep the categories' order
    named = records[:MAX_NAMED_CATEGORIES]
    rest = sum(n for _c, n in records[MAX_NAMED_CATEGORIES:])
    parts = [count_phrase(c if c in CATEGORIES else "other", n) for c, n in named]
    if rest:
        parts.append(count_phrase("other", rest))
    sentence = _labels().could_not_sync(join_phrases(parts), sum(n for _c, n in records)) if parts else ""
    if counts.get("connection", 0) > 0:
        if not sentence:
            return QCoreApplication.translate("SyncLabels", "The connection to QuickBooks needs attention")
        return QCoreApplication.translate(
            "SyncLabels", "{records}, and the connection to QuickBooks needs attention").format(records=sentence)
    return sentence
