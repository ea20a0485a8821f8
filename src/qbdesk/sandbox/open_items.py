"""Who owes what on a day, and each account's balance on a day: the sandbox's books as QuickBooks' reports read
them (the Reports API, :mod:`qbdesk.sandbox.reports`).

* **open items** — on a given day, every invoice with what is still unpaid
  (payments dated on or before that day count, later ones do not), every credit
  memo with what is still unused, every payment with what it left unapplied, a
  journal entry's lines on receivables (payables) naming a customer (vendor);
  bills likewise (bill payments and vendor credits). A customer's balance is the
  sum of its own open items (a job's are the job's);
* **balances on a day** — every posting transaction dated then or before, posted
  by the one rule the sandbox keeps ``CurrentBalance`` with
  (:func:`qbdesk.sandbox.ledger.postings`), so a trial balance and the accounts'
  balances cannot disagree.

Everything is ``Decimal`` read from the stored JSON; nothing passes through a float.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from qbdesk.sandbox import ledger
from qbdesk.sandbox.company import ZERO, Company, money, ref_id

Row = dict[str, Any]

# Every entity type that posts to the ledger (estimates and purchase orders do not).
POSTING: tuple[str, ...] = ("Invoice", "CreditMemo", "SalesReceipt", "RefundReceipt", "Payment", "Deposit", "Purchase",
                            "Bill", "VendorCredit", "BillPayment", "Transfer", "JournalEntry")


@dataclass(frozen=True)
class OpenItem:
    """One transaction's open amount on the report's day, signed as what the party owes (credits negative)."""

    party_id: str
    txn_type: str
    txn_id: str
    txn_date: date
    due_date: date
    amount: Decimal


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _amount(value: Any) -> Decimal:
    return Decimal(str(value)) if value not in (None, "") else ZERO


def _dated(company: Company, entity: str, as_of: date) -> Iterator[Row]:
    """The records of ``entity`` dated on or before ``as_of`` (an entity the company has none of: nothing)."""
    for row in company.entities.get(entity, {}).values():
        day = _day(row.get("TxnDate"))
        if day is not None and day <= as_of:
            yield row


def _linked(row: Row, kinds: tuple[str, ...]) -> Iterator[tuple[str, str, Decimal]]:
    """A payment's lines: (linked type, linked Id, amount)."""
    for line in row.get("Line") or []:
        for link in line.get("LinkedTxn") or []:
            if link.get("TxnType") in kinds and link.get("TxnId") is not None:
                yield str(link["TxnType"]), str(link["TxnId"]), _amount(line.get("Amount"))


def _applied(company: Company, payer: str, kinds: tuple[str, ...], as_of: date) -> dict[tuple[str, str], Decimal]:
    """What payments of type ``payer`` dated on or before ``as_of`` applied to each linked transaction."""
    applied: dict[tuple[str, str], Decimal] = defaultdict(lambda: ZERO)
    for payment in _dated(company, payer, as_of):
        for kind, txn_id, amount in _linked(payment, kinds):
            applied[(kind, txn_id)] += amount
    return applied


def receivables(company: Company, as_of: date) -> list[OpenItem]:
    """Every customer's open items on ``as_of``."""
    applied = _applied(company, "Payment", ("Invoice", "CreditMemo"), as_of)
    items: list[OpenItem] = []
    for kind, sign in (("Invoice", 1), ("CreditMemo", -1)):
        for row in _dated(company, kind, as_of):
            open_amount = _amount(row.get("TotalAmt")) - applied.get((kind, str(row["Id"])), ZERO)
            _add(items, row, "CustomerRef", kind, sign * open_amount)
    for row in _dated(company, "Payment", as_of):
        used = sum((a if k == "Invoice" else -a for k, _i, a in _linked(row, ("Invoice", "CreditMemo"))), ZERO)
        _add(items, row, "CustomerRef", "Payment", -(_amount(row.get("TotalAmt")) - used))
    return items + _journal_items(company, as_of, "Customer")


def payables(company: Company, as_of: date) -> list[OpenItem]:
    """Every vendor's open items on ``as_of`` (bill payments and vendor credits where the company has them)."""
    applied = _applied(company, "BillPayment", ("Bill", "VendorCredit"), as_of)
    items: list[OpenItem] = []
    for kind, sign in (("Bill", 1), ("VendorCredit", -1)):
        for row in _dated(company, kind, as_of):
            open_amount = _amount(row.get("TotalAmt")) - applied.get((kind, str(row["Id"])), ZERO)
            _add(items, row, "VendorRef", kind, sign * open_amount)
    return items + _journal_items(company, as_of, "Vendor")


def _add(items: list[OpenItem], row: Row, party_field: str, kind: str, amount: Decimal) -> None:
    party = ref_id(row.get(party_field))
    day = _day(row.get("TxnDate"))
    if party is None or day is None or not amount:
        return
    items.append(OpenItem(party, kind, str(row["Id"]), day, _day(row.get("DueDate")) or day, money(amount)))


def balances(items: list[OpenItem]) -> dict[str, Decimal]:
    """Each party's own open balance (a job's items are the job's)."""
    found: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for item in items:
        found[item.party_id] += item.amount
    return {party: amount for party, amount in found.items() if amount}



def _journal_items(company: Company, as_of: date, party_type: str) -> list[OpenItem]:
    """A journal entry's receivables (payables) lines naming a customer (vendor): what QuickBooks counts in the
    party's balance (an opening balance entered as a journal entry)."""
    items: list[OpenItem] = []
    for row in _dated(company, "JournalEntry", as_of):
        for kind, party in sorted(ledger.journal_parties(row)):
            if kind != party_type:
                continue
            owed = ledger.journal_owed(row, party, company.get)
            day = _day(row.get("TxnDate"))
            if owed and day is not None:
                items.append(OpenItem(party, "JournalEntry", str(row["Id"]), day, day, money(owed)))
    return items


def balances_on(company: Company, as_of: date) -> dict[str, Decimal]:
    """Every account's balance on ``as_of`` (all transactions dated then or before), debits positive."""
    totals: dict[str, Decimal] = defaultdict(lambda: ZERO)
    defaults = company.default_accounts()
    for entity in POSTING:
        for row in _dated(company, entity, as_of):
            for account, amount in ledger.postings(entity, row, company.get, defaults):
                totals[account] += amount
    return {account: money(amount) for account, amount in totals.items() if amount}
