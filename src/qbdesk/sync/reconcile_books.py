"""One side of a reconciliation: what a set of books says, in one form for both sides.

:mod:`qbdesk.sync.reconcile` compares two :class:`Books` — the company file's
(:func:`books_here`) and QuickBooks' (:mod:`qbdesk.sync.reconcile_qbo`) — so the
comparison never depends on where a number came from. Each side's transactions
carry their open amount on the reconciliation's day, worked out the same way on
both sides (what was still unpaid that day: payments dated later do not count),
so a difference can name the transactions behind it; the balances the verdict
rests on come, for QuickBooks, from its own reports.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qbdesk.store.lists import Account, Customer, Item, PaymentMethod, TaxCode, Term, Vendor
from qbdesk.store.summary import company_name
from qbdesk.store.transactions import (
    Bill,
    CreditMemo,
    Expense,
    Invoice,
    Payment,
    PaymentApplication,
    RefundReceipt,
)

ZERO = Decimal("0.00")
# What QuickBooks calls a month's "totals" per transaction type, and the transactions an open balance is made of.
MONTHLY = ("Invoice", "Payment", "CreditMemo", "Bill", "Purchase")
RECEIVABLE = ("Invoice", "CreditMemo", "Payment")
PAYABLE = ("Bill",)


@dataclass(frozen=True)
class Txn:
    """One transaction on one side: its number as people know it, date, total and open amount on the day."""

    entity: str
    id: str
    number: str
    day: date
    total: Decimal
    open: Decimal = ZERO          # signed as what the party owes (a credit is negative)
    party: str | None = None      # the customer's or vendor's id on this side


@dataclass
class Books:
    """A set of books on a day (see the module docstring). Ids are this side's own (local ids as text)."""

    side: str                                                               # "here" | "qbo"
    as_of: date
    name: str | None = None                                                 # the company's name on this side
    records: dict[str, dict[str, str]] = field(default_factory=dict)        # entity -> id -> label (what counts)
    names: dict[tuple[str, str], str] = field(default_factory=dict)         # labels of records that do not count
    txns: dict[str, dict[str, Txn]] = field(default_factory=dict)           # entity -> id -> transaction
    customers: dict[str, Decimal] = field(default_factory=dict)             # customer id -> own open balance
    vendors: dict[str, Decimal] = field(default_factory=dict)               # vendor id -> open balance
    receivables: Decimal = ZERO
    payables: Decimal = ZERO

    def label(self, entity: str, record_id: str) -> str:
        return self.records.get(entity, {}).get(record_id) or self.names.get((entity, record_id)) \
            or f"{entity} {record_id}"

    def monthly(self, entity: str) -> dict[str, Decimal]:
        """Totals of ``entity`` per month (``YYYY-MM``)."""
        found: dict[str, Decimal] = defaultdict(lambda: ZERO)
        for txn in self.txns.get(entity, {}).values():
            found[txn.day.strftime("%Y-%m")] += txn.total
        return dict(found)

    def open_items(self, party_entity: str, party_id: str) -> list[Txn]:
        kinds = RECEIVABLE if party_entity == "Customer" else PAYABLE
        return [t for kind in kinds for t in self.txns.get(kind, {}).values() if t.party == party_id and t.open]


def balances_of(txns: dict[str, dict[str, Txn]], kinds: tuple[str, ...]) -> dict[str, Decimal]:
    """Each party's own open balance from its open transactions."""
    found: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for kind in kinds:
        for txn in txns.get(kind, {}).values():
            if txn.party is not None and txn.open:
                found[txn.party] += txn.open
    return {party: amount for party, amount in found.items() if amount}


# --- the company file ----------------------------------------------------------------------------------------


_LISTS: tuple[tuple[str, Any, Any], ...] = (
    ("Account", Account, Account.name), ("PaymentMethod", PaymentMethod, PaymentMethod.name),
    ("Term", Term, Term.name), ("TaxCode", TaxCode, TaxCode.name), ("Item", Item, Item.name),
    ("Customer", Customer, Customer.display_name), ("Vendor", Vendor, Vendor.display_name),
)


def _applications(session: Session, as_of: date) -> tuple[dict[int, Decimal], dict[int, Decimal]]:
    """What payments dated on or before ``as_of`` applied: per invoice, and per payment (one query; summed here,
    exactly, not by the database)."""
    per_invoice: dict[int, Decimal] = defaultdict(lambda: ZERO)
    per_payment: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for payment_id, invoice_id, amount in session.execute(
            select(PaymentApplication.payment_id, PaymentApplication.invoice_id, PaymentApplication.amount)
            .join(Payment, Payment.id == PaymentApplication.payment_id).where(Payment.txn_date <= as_of)):
        if invoice_id is None:  # a credit memo used by the payment: the payment's total is invoices less credits
            per_payment[payment_id] -= amount
            continue
        per_invoice[invoice_id] += amount
        per_payment[payment_id] += amount
    return per_invoice, per_payment


def books_here(session: Session, as_of: date) -> Books:
    """The company file on ``as_of``: active list records, transactions dated then or before, open amounts."""
    books = Books("here", as_of, company_name(session))
    for entity, cls, name in _LISTS:
        books.records[entity] = {str(rid): label for rid, label in session.execute(
            select(cls.id, name).where(cls.active.is_(True)))}
    applied, used = _applications(session, as_of)
    invoices: dict[str, Txn] = {}
    for rid, number, day, total, customer in session.execute(
            select(Invoice.id, Invoice.doc_number, Invoice.txn_date, Invoice.total, Invoice.customer_id)
            .where(Invoice.txn_date <= as_of)):
        invoices[str(rid)] = Txn("Invoice", str(rid), number or f"#{rid}", day, total,
                                 total - applied.get(rid, ZERO), str(customer))
    memos = {str(rid): Txn("CreditMemo", str(rid), number or f"#{rid}", day, total, -remaining, str(customer))
             for rid, number, day, total, remaining, customer in session.execute(
                 select(CreditMemo.id, CreditMemo.doc_number, CreditMemo.txn_date, CreditMemo.total,
                        CreditMemo.remaining_credit, CreditMemo.customer_id).where(CreditMemo.txn_date <= as_of))}
    payments: dict[str, Txn] = {}
    for rid, day, total, reference, customer in session.execute(
            select(Payment.id, Payment.txn_date, Payment.total, Payment.reference_number, Payment.customer_id)
            .where(Payment.txn_date <= as_of)):
        payments[str(rid)] = Txn("Payment", str(rid), reference or f"{day.isoformat()} {total}", day, total,
                                 -(total - used.get(rid, ZERO)), str(customer))
    books.txns = {"Invoice": invoices, "CreditMemo": memos, "Payment": payments}
    books.txns["Bill"] = {str(rid): Txn("Bill", str(rid), number or f"#{rid}", day, total, balance, str(vendor))
                          for rid, number, day, total, balance, vendor in session.execute(
                              select(Bill.id, Bill.doc_number, Bill.txn_date, Bill.total, Bill.balance,
                                     Bill.vendor_id).where(Bill.txn_date <= as_of))}
    books.txns["Purchase"] = {str(rid): Txn("Purchase", str(rid), number or f"{day.isoformat()} {total}", day, total)
                              for rid, number, day, total in session.execute(
                                  select(Expense.id, Expense.doc_number, Expense.txn_date, Expense.total)
                                  .where(Expense.txn_date <= as_of))}
    books.txns["RefundReceipt"] = {str(rid): Txn("RefundReceipt", str(rid), number or f"#{rid}", day, total)
                                   for rid, number, day, total in session.execute(
                                       select(RefundReceipt.id, RefundReceipt.doc_number, RefundReceipt.txn_date,
                                              RefundReceipt.total).where(RefundReceipt.txn_date <= as_of))}
    for entity, txns in books.txns.items():
        books.records[entity] = {rid: txn.number for rid, txn in txns.items()}
    books.customers = balances_of(books.txns, RECEIVABLE)
    books.vendors = balances_of(books.txns, PAYABLE)
    books.receivables = sum(books.customers.values(), ZERO)
    books.payables = sum(books.vendors.values(), ZERO)
    return books

