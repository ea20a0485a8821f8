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

from sqlalchemy import null, select
from sqlalchemy.orm import Session

from qbdesk.store.banking import GeneralJournalEntry, GeneralJournalLine, PostingType
from qbdesk.store.ledger import books_of
from qbdesk.store.lists import Account, AccountType
from qbdesk.store.purchasing import BillPayment, BillPaymentLine
from qbdesk.store.summary import company_name
from qbdesk.store.transactions import Payment, PaymentApplication
from qbdesk.sync.entities import ENTITIES

ZERO = Decimal("0.00")
# What QuickBooks calls a month's "totals" per transaction type (a journal entry's TotalAmt is always 0 in
# QuickBooks, and estimates and purchase orders post nothing), and the transactions an open balance is made of
# (a journal entry: its lines on receivables or payables that name the customer or vendor).
MONTHLY = ("Invoice", "Payment", "CreditMemo", "SalesReceipt", "RefundReceipt", "Deposit", "Bill", "Purchase",
           "VendorCredit", "BillPayment")
RECEIVABLE = ("Invoice", "CreditMemo", "Payment", "JournalEntry")
PAYABLE = ("Bill", "VendorCredit", "JournalEntry")
# The accounts whose balances prove a migration (bank, Undeposited Funds, cards, receivables, payables):
# QuickBooks' account types, checked against its Trial Balance on the day.
BALANCE_ACCOUNTS = (AccountType.BANK, AccountType.CREDIT_CARD, AccountType.ACCOUNTS_RECEIVABLE,
                    AccountType.ACCOUNTS_PAYABLE)
UNDEPOSITED = "UndepositedFunds"


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
    party_entity: str | None = None  # "Customer" or "Vendor" where the type alone does not say (journal entries)


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
    # Bank, Undeposited Funds, card, receivables and payables accounts: id -> balance (debits positive); only on
    # today's date or later here (the company file keeps no history of its balances), so empty for an earlier day.
    accounts: dict[str, Decimal] = field(default_factory=dict)

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
        return [t for kind in kinds for t in self.txns.get(kind, {}).values()
                if t.party == party_id and t.open and t.party_entity in (None, party_entity)]


def balances_of(txns: dict[str, dict[str, Txn]], kinds: tuple[str, ...], party_entity: str) -> dict[str, Decimal]:
    """Each party's own open balance from its open transactions."""
    found: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for kind in kinds:
        for txn in txns.get(kind, {}).values():
            if txn.party is not None and txn.open and txn.party_entity in (None, party_entity):
                found[txn.party] += txn.open
    return {party: amount for party, amount in found.items() if amount}


# --- the company file ----------------------------------------------------------------------------------------


def _name_column(cls: Any) -> Any:
    return cls.display_name if hasattr(cls, "display_name") else cls.name


def _applications(session: Session, as_of: date) -> tuple[dict[tuple[str, int], Decimal], dict[int, Decimal]]:
    """What payments and bill payments dated on or before ``as_of`` applied: per document (``("Invoice", id)``,
    ``("CreditMemo", id)``, ``("Bill", id)``, ``("VendorCredit", id)``) and per payment (its invoices less the
    credits it used — QuickBooks' way of adding a payment's lines)."""
    per_doc: dict[tuple[str, int], Decimal] = defaultdict(lambda: ZERO)
    per_payment: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for payment_id, invoice_id, memo_id, amount in session.execute(
            select(PaymentApplication.payment_id, PaymentApplication.invoice_id, PaymentApplication.credit_memo_id,
                   PaymentApplication.amount)
            .join(Payment, Payment.id == PaymentApplication.payment_id).where(Payment.txn_date <= as_of)):
        if invoice_id is not None:
            per_doc[("Invoice", invoice_id)] += amount
            per_payment[payment_id] += amount
        elif memo_id is not None:
            per_doc[("CreditMemo", memo_id)] += amount
            per_payment[payment_id] -= amount
    for bill_id, credit_id, amount in session.execute(
            select(BillPaymentLine.bill_id, BillPaymentLine.vendor_credit_id, BillPaymentLine.amount)
            .join(BillPayment, BillPayment.id == BillPaymentLine.bill_payment_id).where(BillPayment.txn_date <= as_of)):
        if bill_id is not None:
            per_doc[("Bill", bill_id)] += amount
        elif credit_id is not None:
            per_doc[("VendorCredit", credit_id)] += amount
    return per_doc, per_payment


def _open(entity: str, rid: int, total: Decimal, applied: dict[tuple[str, int], Decimal],
          used: dict[int, Decimal]) -> Decimal:
    """A transaction's open amount on the day, signed as what the party owes."""
    if entity in ("Invoice", "Bill"):
        return total - applied.get((entity, rid), ZERO)
    if entity in ("CreditMemo", "VendorCredit"):
        return -(total - applied.get((entity, rid), ZERO))
    if entity == "Payment":
        return -(total - used.get(rid, ZERO))
    return ZERO


def _journal_items(session: Session, as_of: date) -> dict[str, Txn]:
    """Journal entry lines on receivables (payables) naming a customer (vendor), one open item per entry and
    party: what QuickBooks counts in that party's balance (an opening balance entered as a journal entry)."""
    owed: dict[tuple[int, str, int], Decimal] = defaultdict(lambda: ZERO)
    heads: dict[int, tuple[str | None, date]] = {}
    for entry, number, day, posting, amount, kind, customer, vendor in session.execute(
            select(GeneralJournalEntry.id, GeneralJournalEntry.doc_number, GeneralJournalEntry.txn_date,
                   GeneralJournalLine.posting_type, GeneralJournalLine.amount, Account.account_type,
                   GeneralJournalLine.customer_id, GeneralJournalLine.vendor_id)
            .join(GeneralJournalLine, GeneralJournalLine.entry_id == GeneralJournalEntry.id)
            .join(Account, Account.id == GeneralJournalLine.account_id)
            .where(GeneralJournalEntry.txn_date <= as_of,
                   Account.account_type.in_((AccountType.ACCOUNTS_RECEIVABLE, AccountType.ACCOUNTS_PAYABLE)))):
        debit = posting is PostingType.DEBIT
        heads[entry] = (number, day)
        if kind is AccountType.ACCOUNTS_RECEIVABLE and customer is not None:
            owed[(entry, "Customer", customer)] += amount if debit else -amount
        elif kind is AccountType.ACCOUNTS_PAYABLE and vendor is not None:
            owed[(entry, "Vendor", vendor)] += -amount if debit else amount
    items: dict[str, Txn] = {}
    for (entry, party_entity, party), amount in owed.items():
        number, day = heads[entry]
        items[f"{entry}:{party_entity}:{party}"] = Txn("JournalEntry", str(entry), number or f"#{entry}", day, ZERO,
                                                       amount, str(party), party_entity)
    return items


def _accounts_here(session: Session) -> dict[str, Decimal]:
    """Today's balances (debits positive) of the accounts that prove a migration, from the company file's books."""
    books = books_of(session)
    return {str(rid): books.debits.get(rid, ZERO) for rid, kind, subtype in session.execute(
                select(Account.id, Account.account_type, Account.account_subtype))
            if kind in BALANCE_ACCOUNTS or subtype == UNDEPOSITED}


def books_here(session: Session, as_of: date, *, today: date | None = None) -> Books:
    """The company file on ``as_of``: active list records, transactions dated then or before, open amounts, and
    — when ``as_of`` is today or later — the balances of its bank, card, receivables and payables accounts."""
    books = Books("here", as_of, company_name(session))
    applied, used = _applications(session, as_of)
    for kind in ENTITIES:
        cls: Any = kind.record
        columns = cls.__table__.columns
        if kind.kind == "list":
            books.records[kind.name] = {str(rid): label for rid, label in session.execute(
                select(cls.id, _name_column(cls)).where(cls.active.is_(True)))}
            continue
        total = cls.amount if "amount" in columns and "total" not in columns else cls.total
        number = cls.doc_number if "doc_number" in columns else \
            cls.reference_number if "reference_number" in columns else None
        party = cls.customer_id if "customer_id" in columns else cls.vendor_id if "vendor_id" in columns else None
        picked = [cls.id, cls.txn_date, total, number if number is not None else null().label("number"),
                  party if party is not None else null().label("party")]
        txns: dict[str, Txn] = {}
        for rid, day, amount, label, who in session.execute(select(*picked).where(cls.txn_date <= as_of)):
            text = str(label) if number is not None and label else \
                f"#{rid}" if kind.name != "Payment" and kind.name != "Deposit" and kind.name != "Transfer" \
                else f"{day.isoformat()} {amount}"
            txns[str(rid)] = Txn(kind.name, str(rid), text, day, amount,
                                 _open(kind.name, rid, amount, applied, used), str(who) if party is not None else None)
        books.records[kind.name] = {rid: txn.number for rid, txn in txns.items()}
        if kind.name != "JournalEntry":
            books.txns[kind.name] = txns
    books.txns["JournalEntry"] = _journal_items(session, as_of)
    books.customers = balances_of(books.txns, RECEIVABLE, "Customer")
    books.vendors = balances_of(books.txns, PAYABLE, "Vendor")
    books.receivables = sum(books.customers.values(), ZERO)
    books.payables = sum(books.vendors.values(), ZERO)
    if today is not None and as_of >= today:
        books.accounts = _accounts_here(session)
    return books
