"""The sandbox's books as QuickBooks' reports see them: who owes what on a day, and each account's balance.

The sandbox keeps entities as QuickBooks returns them; its reports are computed
from them when asked, the way QuickBooks' report service reads the same books:

* **open items** — on a given day, every invoice with what is still unpaid
  (payments dated on or before that day count, later ones do not), every credit
  memo with what is still unused, every payment with what it left unapplied;
  bills likewise (bill payments and vendor credits, where the company has them).
  A customer's balance is the sum of its own open items (a job's are the job's);
* **the ledger** — every transaction's postings by account, debits positive:
  an invoice debits Accounts Receivable and credits each line's item's income
  account; a payment debits the account it was deposited to (Undeposited Funds
  by default) and credits A/R; an expense credits the account it was paid from
  and debits each line's account (or its item's expense account); a bill
  credits Accounts Payable; and the entity types of a complete migration
  (sales receipts, bill payments, deposits, journal entries, transfers, vendor
  credits) post as QuickBooks documents them, when the company has any.

Everything is ``Decimal`` read from the stored JSON; nothing passes through a float.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from qbdesk.sandbox.company import ZERO, Company, money, ref_id

Row = dict[str, Any]


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
    return items


def payables(company: Company, as_of: date) -> list[OpenItem]:
    """Every vendor's open items on ``as_of`` (bill payments and vendor credits where the company has them)."""
    applied = _applied(company, "BillPayment", ("Bill", "VendorCredit"), as_of)
    items: list[OpenItem] = []
    for kind, sign in (("Bill", 1), ("VendorCredit", -1)):
        for row in _dated(company, kind, as_of):
            open_amount = _amount(row.get("TotalAmt")) - applied.get((kind, str(row["Id"])), ZERO)
            _add(items, row, "VendorRef", kind, sign * open_amount)
    return items


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


# --- the ledger ----------------------------------------------------------------------------------------------


class _Postings:
    """Debits positive, credits negative, by account Id ("" for an account the company does not have)."""

    def __init__(self, company: Company) -> None:
        self.company = company
        self.totals: dict[str, Decimal] = defaultdict(lambda: ZERO)
        self.ar = self._by_type("Accounts Receivable")
        self.ap = self._by_type("Accounts Payable")
        undeposited = company.account_by_subtype("UndepositedFunds")
        self.undeposited = str(undeposited["Id"]) if undeposited is not None else ""

    def _by_type(self, account_type: str) -> str:
        found = sorted(self.company.accounts_of_type(account_type), key=lambda a: int(a["Id"]))
        return str(found[0]["Id"]) if found else ""

    def post(self, account: str | None, amount: Decimal) -> None:
        if amount:
            self.totals[account or ""] += amount

    def _item_account(self, item_id: str | None, field: str) -> str | None:
        item = self.company.get("Item", item_id) if item_id else None
        return ref_id(item.get(field)) if item is not None else None

    def sales_lines(self, row: Row, sign: int) -> None:
        """Credit (sign -1) or debit the income accounts of a sales form's lines; returns nothing."""
        for line in row.get("Line") or []:
            detail_type = line.get("DetailType")
            amount = _amount(line.get("Amount"))
            if detail_type == "SalesItemLineDetail":
                item = ref_id((line.get("SalesItemLineDetail") or {}).get("ItemRef"))
                self.post(self._item_account(item, "IncomeAccountRef"), sign * amount)
            elif detail_type == "DiscountLineDetail":
                account = ref_id((line.get("DiscountLineDetail") or {}).get("DiscountAccountRef"))
                self.post(account, -sign * amount)
            elif detail_type == "DescriptionOnly":
                self.post(None, sign * amount)

    def expense_lines(self, row: Row, sign: int) -> None:
        """Debit (sign 1) or credit what a purchase or bill bought, line by line."""
        for line in row.get("Line") or []:
            amount = _amount(line.get("Amount"))
            if line.get("DetailType") == "AccountBasedExpenseLineDetail":
                self.post(ref_id((line.get("AccountBasedExpenseLineDetail") or {}).get("AccountRef")), sign * amount)
            elif line.get("DetailType") == "ItemBasedExpenseLineDetail":
                item = ref_id((line.get("ItemBasedExpenseLineDetail") or {}).get("ItemRef"))
                account = self._item_account(item, "AssetAccountRef") or self._item_account(item, "ExpenseAccountRef")
                self.post(account, sign * amount)


def ledger(company: Company, as_of: date) -> dict[str, Decimal]:
    """Every account's balance on ``as_of`` (all transactions dated then or before), debits positive."""
    p = _Postings(company)
    for row in _dated(company, "Invoice", as_of):
        p.post(p.ar, _amount(row.get("TotalAmt")))
        p.sales_lines(row, -1)
    for row in _dated(company, "CreditMemo", as_of):
        p.post(p.ar, -_amount(row.get("TotalAmt")))
        p.sales_lines(row, 1)
    for row in _dated(company, "SalesReceipt", as_of):
        p.post(ref_id(row.get("DepositToAccountRef")) or p.undeposited, _amount(row.get("TotalAmt")))
        p.sales_lines(row, -1)
    for row in _dated(company, "RefundReceipt", as_of):
        p.post(ref_id(row.get("DepositToAccountRef")), -_amount(row.get("TotalAmt")))
        p.sales_lines(row, 1)
    for row in _dated(company, "Payment", as_of):
        total = _amount(row.get("TotalAmt"))
        p.post(ref_id(row.get("DepositToAccountRef")) or p.undeposited, total)
        p.post(ref_id(row.get("ARAccountRef")) or p.ar, -total)
    for row in _dated(company, "Purchase", as_of):
        sign = -1 if row.get("Credit") is True else 1  # a credit-card credit reverses the charge
        p.post(ref_id(row.get("AccountRef")), -sign * _amount(row.get("TotalAmt")))
        p.expense_lines(row, sign)
    for row in _dated(company, "Bill", as_of):
        p.post(ref_id(row.get("APAccountRef")) or p.ap, -_amount(row.get("TotalAmt")))
        p.expense_lines(row, 1)
    _complete_migration(company, p, as_of)
    return {account: money(amount) for account, amount in p.totals.items() if amount}


def _complete_migration(company: Company, p: _Postings, as_of: date) -> None:
    """The entity types of a complete migration, as QuickBooks documents their postings (qbo-api.md Part 2 §4)."""
    for row in _dated(company, "VendorCredit", as_of):
        p.post(ref_id(row.get("APAccountRef")) or p.ap, _amount(row.get("TotalAmt")))
        p.expense_lines(row, -1)
    for row in _dated(company, "BillPayment", as_of):
        total = _amount(row.get("TotalAmt"))
        paid_from = ref_id((row.get("CheckPayment") or {}).get("BankAccountRef")) \
            or ref_id((row.get("CreditCardPayment") or {}).get("CCAccountRef"))
        p.post(ref_id(row.get("APAccountRef")) or p.ap, total)
        p.post(paid_from, -total)
    for row in _dated(company, "Deposit", as_of):
        p.post(ref_id(row.get("DepositToAccountRef")), _amount(row.get("TotalAmt")))
        for line in row.get("Line") or []:
            detail = line.get("DepositLineDetail") or {}
            source = ref_id(detail.get("AccountRef")) or (p.undeposited if line.get("LinkedTxn") else None)
            p.post(source, -_amount(line.get("Amount")))
    for row in _dated(company, "JournalEntry", as_of):
        for line in row.get("Line") or []:
            detail = line.get("JournalEntryLineDetail") or {}
            sign = 1 if detail.get("PostingType") == "Debit" else -1
            p.post(ref_id(detail.get("AccountRef")), sign * _amount(line.get("Amount")))
    for row in _dated(company, "Transfer", as_of):
        amount = _amount(row.get("Amount"))
        p.post(ref_id(row.get("ToAccountRef")), amount)
        p.post(ref_id(row.get("FromAccountRef")), -amount)
