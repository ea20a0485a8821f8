"""Transactions of the company file as snaps: their keys, labels and pre-flight checks.

Keys are the ones :mod:`qbdesk.sync.keys` defines for both sides: sales forms by
number and customer, vendor documents by number and vendor, payments and bill
payments by party, date, amount and reference, and the number-less banking
forms by date, amount and accounts. Each builder reads its table with one
column-only query (plus one over the lines where a check needs them).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from qbdesk.store.banking import Deposit, GeneralJournalEntry, GeneralJournalLine, PostingType, Transfer
from qbdesk.store.lists import AccountType
from qbdesk.store.purchasing import BillPayment, BillPaymentLine, BillPayType, PurchaseOrder, VendorCredit
from qbdesk.store.sales_forms import Estimate, SalesReceipt
from qbdesk.store.transactions import (
    ZERO,
    Bill,
    CreditMemo,
    Expense,
    Invoice,
    Payment,
    PaymentType,
    RefundReceipt,
)
from qbdesk.sync.keys import (
    bill_key,
    deposit_key,
    journal_key,
    payment_key,
    purchase_key,
    sales_doc_key,
    transfer_key,
)
from qbdesk.sync.local_snapshot import Builder, Here, day
from qbdesk.sync.preflight import (
    ASSETS,
    DEPOSIT_TYPES,
    Check,
    account_type_check,
    bill_payment_checks,
    doc_checks,
    journal_checks,
)
from qbdesk.sync.snapshot import Snap


def _account_check(here: Here, code: str, what: str, account_id: int | None,
                   allowed: tuple[AccountType, ...] | frozenset[AccountType]) -> tuple[Check, ...]:
    account = here.accounts.get(account_id) if account_id is not None else None
    if account is None:
        return ()
    return account_type_check(code, what, account.name, account.account_type, allowed)


def _sales(entity: str, cls: Any) -> Builder:
    def build(here: Here) -> Iterator[Snap]:
        columns = [cls.id, cls.doc_number, cls.customer_id, cls.txn_date, cls.version]
        receipt = cls is SalesReceipt
        if receipt:
            columns.append(cls.deposit_account_id)
        for r in here.session.execute(select(*columns)):
            checks = doc_checks(r.doc_number)
            if receipt:
                checks += _account_check(here, "deposit_account_type", "A sales receipt's money",
                                         r.deposit_account_id, DEPOSIT_TYPES)
            key = sales_doc_key(r.doc_number, here.customer_key.get(r.customer_id, ""), f"here:{r.id}")
            yield Snap(entity, str(r.id), key, r.doc_number or f"#{r.id}", r.txn_date, here.refs_of(r.id),
                       checks=checks, version=r.version)
    return build


def _payments(here: Here) -> Iterator[Snap]:
    for p in here.session.execute(select(Payment.id, Payment.customer_id, Payment.txn_date, Payment.total,
                                         Payment.reference_number, Payment.payment_method_id,
                                         Payment.deposit_account_id, Payment.version)):
        yield Snap("Payment", str(p.id),
                   payment_key(here.customer_key.get(p.customer_id, ""), p.txn_date, p.total, p.reference_number),
                   f"{p.txn_date.isoformat()} {p.total}", p.txn_date, here.refs_of(p.id),
                   checks=_account_check(here, "deposit_account_type", "A payment's money", p.deposit_account_id,
                                         DEPOSIT_TYPES),
                   method=here.method_key.get(p.payment_method_id) if p.payment_method_id else None,
                   version=p.version)


def _expenses(here: Here) -> Iterator[Snap]:
    for e in here.session.execute(select(Expense.id, Expense.txn_date, Expense.total, Expense.account_id,
                                         Expense.doc_number, Expense.payment_type, Expense.version)):
        checks = list(doc_checks(e.doc_number))
        source = here.accounts.get(e.account_id)
        want = AccountType.CREDIT_CARD if e.payment_type is PaymentType.CREDIT_CARD else AccountType.BANK
        if source is not None and source.account_type is not want:
            checks.append(("purchase_account_type",
                           f"A {e.payment_type.value} expense must come out of a {want.value} account; "
                           f"'{source.name}' is a {source.account_type.value} account."))
        yield Snap("Purchase", str(e.id), purchase_key(e.txn_date, e.total, here.account_key(e.account_id),
                                                       e.doc_number),
                   e.doc_number or f"{e.txn_date.isoformat()} {e.total}", e.txn_date, here.refs_of(e.id),
                   checks=tuple(checks), version=e.version)


def _vendor_documents(entity: str, cls: Any) -> Builder:
    """Bills, vendor credits and purchase orders: by the vendor's document number."""
    def build(here: Here) -> Iterator[Snap]:
        for b in here.session.execute(select(cls.id, cls.vendor_id, cls.doc_number, cls.txn_date,
                                             cls.ap_account_id, cls.version)):
            checks = doc_checks(b.doc_number)
            checks += _account_check(here, "ap_account_type", "The payables account", b.ap_account_id,
                                     (AccountType.ACCOUNTS_PAYABLE,))
            if cls is PurchaseOrder and b.ap_account_id is None:
                checks += (("required", "A purchase order needs an Accounts Payable account."),)
            name = here.vendor_name.get(b.vendor_id)
            yield Snap(entity, str(b.id), bill_key(here.vendor_key.get(b.vendor_id, ""), b.doc_number, f"here:{b.id}"),
                       f"{name} {b.doc_number or ''}".strip() if name else b.doc_number or f"#{b.id}", b.txn_date,
                       here.refs_of(b.id), checks=checks, version=b.version)
    return build


def _bill_payments(here: Here) -> Iterator[Snap]:
    applied: dict[int, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
    for line in here.session.execute(select(BillPaymentLine.bill_payment_id, BillPaymentLine.vendor_credit_id,
                                            BillPaymentLine.amount)):
        applied[line.bill_payment_id][1 if line.vendor_credit_id is not None else 0] += line.amount
    for p in here.session.execute(select(BillPayment.id, BillPayment.vendor_id, BillPayment.txn_date,
                                         BillPayment.total, BillPayment.doc_number, BillPayment.pay_type,
                                         BillPayment.account_id, BillPayment.version)):
        charges, credits = applied.get(p.id, (ZERO, ZERO))
        allowed = (AccountType.CREDIT_CARD,) if p.pay_type is BillPayType.CREDIT_CARD else (AccountType.BANK,)
        what = "A bill paid by credit card" if p.pay_type is BillPayType.CREDIT_CARD else "A bill paid by check"
        checks = (*doc_checks(p.doc_number), *_account_check(here, "bill_payment_account_type", what, p.account_id,
                                                             allowed),
                  *bill_payment_checks(p.total, charges, credits))
        name = here.vendor_name.get(p.vendor_id, "")
        yield Snap("BillPayment", str(p.id),
                   payment_key(here.vendor_key.get(p.vendor_id, ""), p.txn_date, p.total, p.doc_number),
                   f"{name} {p.txn_date.isoformat()} {p.total}".strip(), p.txn_date, here.refs_of(p.id),
                   checks=checks, version=p.version)


def _deposits(here: Here) -> Iterator[Snap]:
    for d in here.session.execute(select(Deposit.id, Deposit.account_id, Deposit.txn_date, Deposit.total,
                                         Deposit.version)):
        yield Snap("Deposit", str(d.id), deposit_key(d.txn_date, d.total, here.account_key(d.account_id)),
                   f"{d.txn_date.isoformat()} {d.total}", d.txn_date, here.refs_of(d.id),
                   checks=_account_check(here, "deposit_account_type", "A deposit", d.account_id, DEPOSIT_TYPES),
                   version=d.version)


def _transfers(here: Here) -> Iterator[Snap]:
    for t in here.session.execute(select(Transfer.id, Transfer.from_account_id, Transfer.to_account_id,
                                         Transfer.amount, Transfer.txn_date, Transfer.version)):
        checks = (*_account_check(here, "transfer_account_type", "A transfer", t.from_account_id, ASSETS),
                  *_account_check(here, "transfer_account_type", "A transfer", t.to_account_id, ASSETS))
        yield Snap("Transfer", str(t.id),
                   transfer_key(t.txn_date, t.amount, here.account_key(t.from_account_id),
                                here.account_key(t.to_account_id)),
                   f"{t.txn_date.isoformat()} {t.amount}", t.txn_date, here.refs_of(t.id), checks=checks,
                   version=t.version)


def _journal_entries(here: Here) -> Iterator[Snap]:
    debits: dict[int, Decimal] = defaultdict(lambda: ZERO)
    credits: dict[int, Decimal] = defaultdict(lambda: ZERO)
    count: dict[int, int] = defaultdict(int)
    ar_unnamed: set[int] = set()
    ap_unnamed: set[int] = set()
    for ln in here.session.execute(select(GeneralJournalLine.entry_id, GeneralJournalLine.posting_type,
                                          GeneralJournalLine.amount, GeneralJournalLine.account_id,
                                          GeneralJournalLine.customer_id, GeneralJournalLine.vendor_id)):
        count[ln.entry_id] += 1
        if ln.posting_type is PostingType.DEBIT:
            debits[ln.entry_id] += ln.amount
        else:
            credits[ln.entry_id] += ln.amount
        account = here.accounts.get(ln.account_id)
        kind = account.account_type if account is not None else None
        if kind is AccountType.ACCOUNTS_RECEIVABLE and ln.customer_id is None:
            ar_unnamed.add(ln.entry_id)
        if kind is AccountType.ACCOUNTS_PAYABLE and ln.vendor_id is None:
            ap_unnamed.add(ln.entry_id)
    for j in here.session.execute(select(GeneralJournalEntry.id, GeneralJournalEntry.doc_number,
                                         GeneralJournalEntry.txn_date, GeneralJournalEntry.version)):
        checks = (*doc_checks(j.doc_number),
                  *journal_checks(debits[j.id], credits[j.id], count[j.id], j.id in ar_unnamed, j.id in ap_unnamed))
        yield Snap("JournalEntry", str(j.id), journal_key(j.txn_date, debits[j.id], j.doc_number),
                   j.doc_number or f"{j.txn_date.isoformat()} {debits[j.id]}", day(j.txn_date), here.refs_of(j.id),
                   checks=checks, version=j.version)


BUILDERS: dict[str, Builder] = {
    "Estimate": _sales("Estimate", Estimate), "Invoice": _sales("Invoice", Invoice),
    "CreditMemo": _sales("CreditMemo", CreditMemo), "Payment": _payments,
    "SalesReceipt": _sales("SalesReceipt", SalesReceipt), "RefundReceipt": _sales("RefundReceipt", RefundReceipt),
    "Deposit": _deposits, "Purchase": _expenses, "Bill": _vendor_documents("Bill", Bill),
    "VendorCredit": _vendor_documents("VendorCredit", VendorCredit), "BillPayment": _bill_payments,
    "PurchaseOrder": _vendor_documents("PurchaseOrder", PurchaseOrder), "Transfer": _transfers,
    "JournalEntry": _journal_entries,
}
