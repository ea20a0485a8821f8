"""The company file's own books: each account's balance, what customers owe and what is owed to vendors.

A migration is right when these agree with QuickBooks' after it: each bank
account's balance, Undeposited Funds, open receivables and open payables. They
are computed here from the transactions, with the double entry an accountant (and
QuickBooks) makes — invoices debit receivables, payments move money into
Undeposited Funds, deposits take it to the bank, bills credit payables, bill
payments pay them out of the bank or the credit card, journal entries post as
their lines say (the table in :mod:`qbdesk.sandbox.ledger` gives every form).
Transactions that name no receivables, payables or Undeposited Funds account use
the company's first of each, as QuickBooks does.

One aggregate query per kind of posting: a company of 100,000 records is summed
in well under a second.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qbdesk.store.banking import Deposit, DepositLine, GeneralJournalLine, PostingType, Transfer
from qbdesk.store.lists import Account, AccountType, Item, ItemType
from qbdesk.store.purchasing import BillPayment, VendorCredit, VendorCreditLine
from qbdesk.store.sales_forms import SalesReceipt, SalesReceiptLine
from qbdesk.store.transactions import (
    ZERO,
    Bill,
    BillLine,
    CreditMemo,
    CreditMemoLine,
    Expense,
    ExpenseLine,
    Invoice,
    InvoiceLine,
    Payment,
    RefundReceipt,
    RefundReceiptLine,
)

BALANCE_SHEET = ("Asset", "Liability", "Equity")


@dataclass
class Books:
    """What the company file's books say (debit-positive per account; receivables and payables as owed)."""

    debits: dict[int, Decimal] = field(default_factory=lambda: defaultdict(lambda: ZERO))
    receivables: Decimal = ZERO
    payables: Decimal = ZERO

    def shown(self, account: Account) -> Decimal:
        """The balance as QuickBooks shows it: assets as debits, liabilities and equity as credits."""
        value = self.debits.get(account.id, ZERO)
        return value if account.account_type.classification == "Asset" else -value


def _defaults(session: Session) -> dict[str, int | None]:
    def first(kind: AccountType, subtype: str | None = None) -> int | None:
        stmt = select(Account.id).where(Account.account_type == kind, Account.active.is_(True))
        if subtype is not None:
            stmt = stmt.where(Account.account_subtype == subtype)
        return session.scalar(stmt.order_by(Account.id).limit(1))

    return {"ar": first(AccountType.ACCOUNTS_RECEIVABLE), "ap": first(AccountType.ACCOUNTS_PAYABLE),
            "undeposited": first(AccountType.OTHER_CURRENT_ASSET, "UndepositedFunds")}


def _post(books: Books, rows: Iterable[Any], sign: int, default: int | None = None) -> None:
    for account_id, amount in rows:
        target = account_id if account_id is not None else default
        if target is not None and amount:
            books.debits[target] += sign * Decimal(amount)


def books_of(session: Session) -> Books:
    """The balances of every account, the receivables and the payables, from the transactions."""
    books = Books()
    d = _defaults(session)
    run = session.execute

    def total(cls: Any, column: Any, *where: Any) -> Iterable[Any]:
        return run(select(column, func.sum(cls.total)).where(*where).group_by(column))

    # Sales forms: their header against their lines' items' income accounts.
    sales: tuple[tuple[Any, Any, int], ...] = ((Invoice, InvoiceLine, 1), (CreditMemo, CreditMemoLine, -1),
                                               (SalesReceipt, SalesReceiptLine, 1),
                                               (RefundReceipt, RefundReceiptLine, -1))
    for doc, line_cls, sign in sales:
        if doc in (Invoice, CreditMemo):
            _post(books, [(d["ar"], run(select(func.sum(doc.total))).scalar())], sign)
        else:
            _post(books, total(doc, doc.deposit_account_id), sign, d["undeposited"])
        _post(books, run(select(Item.income_account_id, func.sum(line_cls.amount))
                         .join(Item, line_cls.item_id == Item.id).group_by(Item.income_account_id)), -sign)
    _post(books, total(Payment, Payment.deposit_account_id), 1, d["undeposited"])
    _post(books, [(d["ar"], run(select(func.sum(Payment.total))).scalar())], -1)
    # Deposits: the bank against Undeposited Funds (the linked payment's account) or the line's account.
    _post(books, total(Deposit, Deposit.account_id), 1)
    _post(books, run(select(Payment.deposit_account_id, func.sum(DepositLine.amount))
                     .join(Payment, DepositLine.payment_id == Payment.id).group_by(Payment.deposit_account_id)),
          -1, d["undeposited"])
    _post(books, run(select(SalesReceipt.deposit_account_id, func.sum(DepositLine.amount))
                     .join(SalesReceipt, DepositLine.sales_receipt_id == SalesReceipt.id)
                     .group_by(SalesReceipt.deposit_account_id)), -1, d["undeposited"])
    _post(books, run(select(DepositLine.account_id, func.sum(DepositLine.amount))
                     .where(DepositLine.account_id.is_not(None)).group_by(DepositLine.account_id)), -1)
    # Money out: expenses from their account, bills and vendor credits through payables, and their lines.
    _post(books, total(Expense, Expense.account_id), -1)
    _post(books, total(Bill, Bill.ap_account_id), -1, d["ap"])
    _post(books, total(VendorCredit, VendorCredit.ap_account_id), 1, d["ap"])
    costs: tuple[tuple[Any, int], ...] = ((ExpenseLine, 1), (BillLine, 1), (VendorCreditLine, -1))
    for cost_cls, sign in costs:
        _post(books, run(select(cost_cls.account_id, func.sum(cost_cls.amount))
                         .where(cost_cls.account_id.is_not(None)).group_by(cost_cls.account_id)), sign)
        # An item bought: its inventory asset account (stock), else its expense account (no costing of sales).
        for kind, asset, expense, income, amount in run(
                select(Item.item_type, Item.asset_account_id, Item.expense_account_id, Item.income_account_id,
                       func.sum(cost_cls.amount)).join(Item, cost_cls.item_id == Item.id).group_by(Item.id)):
            target = asset if kind is ItemType.INVENTORY and asset else expense or income
            _post(books, [(target, amount)], sign)
    _post(books, total(BillPayment, BillPayment.ap_account_id), 1, d["ap"])
    _post(books, total(BillPayment, BillPayment.account_id), -1)
    # Transfers and journal entries.
    _post(books, run(select(Transfer.from_account_id, func.sum(Transfer.amount)).group_by(Transfer.from_account_id)),
          -1)
    _post(books, run(select(Transfer.to_account_id, func.sum(Transfer.amount)).group_by(Transfer.to_account_id)), 1)
    for posting, sign in ((PostingType.DEBIT, 1), (PostingType.CREDIT, -1)):
        _post(books, run(select(GeneralJournalLine.account_id, func.sum(GeneralJournalLine.amount))
                         .where(GeneralJournalLine.posting_type == posting).group_by(GeneralJournalLine.account_id)),
              sign)
    books.receivables = open_receivables(session)
    books.payables = open_payables(session)
    return books


def open_receivables(session: Session) -> Decimal:
    """What customers owe: open invoices, less credit memos not used yet and payments not applied yet, and
    journal entry lines on receivables that name a customer (an opening balance entered that way)."""
    return (_owed(session, Invoice.balance, CreditMemo.remaining_credit, Payment.unapplied)
            + _journal_owed(session, AccountType.ACCOUNTS_RECEIVABLE, GeneralJournalLine.customer_id, 1))


def open_payables(session: Session) -> Decimal:
    """What is owed to vendors: open bills, less vendor credits not used yet and bill payments not applied, and
    journal entry lines on payables that name a vendor."""
    return (_owed(session, Bill.balance, VendorCredit.remaining_credit, BillPayment.unapplied)
            + _journal_owed(session, AccountType.ACCOUNTS_PAYABLE, GeneralJournalLine.vendor_id, -1))


def _journal_owed(session: Session, account_type: AccountType, party: Any, debit_sign: int) -> Decimal:
    """Journal entry lines on receivables (payables) naming a customer (vendor), as QuickBooks counts them in the
    party's balance: on receivables a debit is owed by the customer, on payables a credit is owed to the vendor."""
    owed = ZERO
    for posting, amount in session.execute(
            select(GeneralJournalLine.posting_type, func.sum(GeneralJournalLine.amount))
            .join(Account, GeneralJournalLine.account_id == Account.id)
            .where(Account.account_type == account_type, party.is_not(None))
            .group_by(GeneralJournalLine.posting_type)):
        sign = debit_sign if posting is PostingType.DEBIT else -debit_sign
        owed += sign * Decimal(amount or 0)
    return owed


def _owed(session: Session, open_balance: Any, credit: Any, unapplied: Any) -> Decimal:
    """Open documents less the credits not yet used and the money paid but not applied."""
    def one(column: Any) -> Decimal:
        return Decimal(session.scalar(select(func.coalesce(func.sum(column), 0))) or 0)

    return one(open_balance) - one(credit) - one(unapplied)
