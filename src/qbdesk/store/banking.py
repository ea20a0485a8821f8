"""Money between accounts: deposits, transfers and journal entries.

A **deposit** puts money into a bank account: customer payments and sales
receipts waiting in Undeposited Funds (a line that links the payment), and any
other money (a line naming the account it comes from). A **transfer** moves money
between two asset accounts. A **journal entry** is the accountant's tool: lines
that debit and credit accounts and must balance — opening balances and
adjustments go through it. Journal entries are called ``GeneralJournalEntry``
here because ``JournalEntry`` is the sync's own journal (:mod:`qbdesk.store.syncdata`).
"""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, Enum, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from qbdesk.store.base import Base, Child, Record
from qbdesk.store.lists import Account, Customer, PaymentMethod, Vendor
from qbdesk.store.sales_forms import SalesReceipt
from qbdesk.store.tracking import Location, TrackingClass
from qbdesk.store.transactions import ZERO, Payment
from qbdesk.store.types import Money


class PostingType(enum.Enum):
    DEBIT = "Debit"
    CREDIT = "Credit"


class Deposit(Base, Record):
    """Money put into ``account`` (a Bank or Other Current Asset account)."""

    __tablename__ = "deposits"
    qbo_entity = "Deposit"

    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="RESTRICT"), index=True)
    txn_date: Mapped[date] = mapped_column(index=True)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id", ondelete="RESTRICT"), index=True)
    memo: Mapped[str | None] = mapped_column(String(4000))
    total: Mapped[Decimal] = mapped_column(Money(), default=ZERO)

    account: Mapped[Account] = relationship()
    location: Mapped[Location | None] = relationship()
    lines: Mapped[list[DepositLine]] = relationship(
        back_populates="deposit", cascade="all, delete-orphan", order_by="DepositLine.line_num"
    )


class DepositLine(Base, Child):
    """A payment or sales receipt taken out of Undeposited Funds, or other money from ``account``."""

    __tablename__ = "deposit_lines"
    __table_args__ = (CheckConstraint(
        "(CASE WHEN payment_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN sales_receipt_id IS NULL THEN 0 ELSE 1 END)"
        " + (CASE WHEN account_id IS NULL THEN 0 ELSE 1 END) = 1", name="one_source"),)

    deposit_id: Mapped[int] = mapped_column(ForeignKey("deposits.id", ondelete="CASCADE"), index=True)
    line_num: Mapped[int] = mapped_column(default=1)
    amount: Mapped[Decimal] = mapped_column(Money())
    description: Mapped[str | None] = mapped_column(String(4000))
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id", ondelete="RESTRICT"), index=True)
    sales_receipt_id: Mapped[int | None] = mapped_column(ForeignKey("sales_receipts.id", ondelete="RESTRICT"),
                                                         index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="RESTRICT"), index=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"), index=True)
    vendor_id: Mapped[int | None] = mapped_column(ForeignKey("vendors.id", ondelete="RESTRICT"), index=True)
    payment_method_id: Mapped[int | None] = mapped_column(ForeignKey("payment_methods.id"))
    check_number: Mapped[str | None] = mapped_column(String(21))
    class_id: Mapped[int | None] = mapped_column(ForeignKey("classes.id", ondelete="RESTRICT"), index=True)

    deposit: Mapped[Deposit] = relationship(back_populates="lines")
    payment: Mapped[Payment | None] = relationship()
    sales_receipt: Mapped[SalesReceipt | None] = relationship()
    account: Mapped[Account | None] = relationship()
    customer: Mapped[Customer | None] = relationship()
    vendor: Mapped[Vendor | None] = relationship()
    payment_method: Mapped[PaymentMethod | None] = relationship()
    tracking_class: Mapped[TrackingClass | None] = relationship()

    def owner(self) -> Record | None:
        return self.deposit


class Transfer(Base, Record):
    """``amount`` moved from one asset account to another (QuickBooks requires both to be assets)."""

    __tablename__ = "transfers"
    qbo_entity = "Transfer"

    from_account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="RESTRICT"), index=True)
    to_account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="RESTRICT"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money())
    txn_date: Mapped[date] = mapped_column(index=True)
    memo: Mapped[str | None] = mapped_column(String(4000))

    from_account: Mapped[Account] = relationship(foreign_keys=[from_account_id])
    to_account: Mapped[Account] = relationship(foreign_keys=[to_account_id])


class GeneralJournalEntry(Base, Record):
    """QuickBooks' ``JournalEntry``: debits and credits that balance; ``total`` is the debits' sum."""

    __tablename__ = "journal_entries"
    qbo_entity = "JournalEntry"

    doc_number: Mapped[str | None] = mapped_column(String(21), index=True)
    txn_date: Mapped[date] = mapped_column(index=True)
    memo: Mapped[str | None] = mapped_column(String(4000))
    adjustment: Mapped[bool] = mapped_column(default=False)
    total: Mapped[Decimal] = mapped_column(Money(), default=ZERO)

    lines: Mapped[list[GeneralJournalLine]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", order_by="GeneralJournalLine.line_num"
    )

    def imbalance(self) -> Decimal:
        """Debits less credits: zero for an entry QuickBooks accepts."""
        return sum((ln.amount if ln.posting_type is PostingType.DEBIT else -ln.amount for ln in self.lines), ZERO)


class GeneralJournalLine(Base, Child):
    """One debit or credit of a journal entry; A/R lines name a customer, A/P lines a vendor."""

    __tablename__ = "journal_entry_lines"

    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entries.id", ondelete="CASCADE"), index=True)
    line_num: Mapped[int] = mapped_column(default=1)
    posting_type: Mapped[PostingType] = mapped_column(
        Enum(PostingType, name="posting_type", values_callable=lambda e: [m.value for m in e], native_enum=False,
             length=8, validate_strings=True))
    amount: Mapped[Decimal] = mapped_column(Money())
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="RESTRICT"), index=True)
    description: Mapped[str | None] = mapped_column(String(4000))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"), index=True)
    vendor_id: Mapped[int | None] = mapped_column(ForeignKey("vendors.id", ondelete="RESTRICT"), index=True)
    class_id: Mapped[int | None] = mapped_column(ForeignKey("classes.id", ondelete="RESTRICT"), index=True)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id", ondelete="RESTRICT"), index=True)

    entry: Mapped[GeneralJournalEntry] = relationship(back_populates="lines")
    account: Mapped[Account] = relationship()
    customer: Mapped[Customer | None] = relationship()
    vendor: Mapped[Vendor | None] = relationship()
    tracking_class: Mapped[TrackingClass | None] = relationship()
    location: Mapped[Location | None] = relationship()

    def owner(self) -> Record | None:
        return self.entry
