"""Transactions: invoices, payments, credit memos, refund receipts, expenses, bills.

Totals and balances are stored (so lists sort and filter on them in SQL) but are
computed by the store's flush hook from lines and applications, never by callers:
a balance that does not add up cannot be written. The other QuickBooks forms live
next door: sales receipts and estimates in :mod:`qbdesk.store.sales_forms`, vendor
credits, purchase orders and bill payments in :mod:`qbdesk.store.purchasing`,
deposits, transfers and journal entries in :mod:`qbdesk.store.banking`.
"""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Enum, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

from qbdesk.store.base import Base, Child, Record
from qbdesk.store.lists import Account, Customer, Item, PaymentMethod, TaxCode, Term, Vendor
from qbdesk.store.tracking import Location, TrackingClass
from qbdesk.store.types import Money, Rate

if TYPE_CHECKING:
    from qbdesk.store.purchasing import BillPaymentLine
    from qbdesk.store.sales_forms import Estimate

ZERO = Decimal("0.00")


class PaymentType(enum.Enum):
    """How an expense was paid; decides which account type it must come out of."""

    CASH = "Cash"
    CHECK = "Check"
    CREDIT_CARD = "CreditCard"


# --- sales documents ---------------------------------------------------------------------------


class _SalesDocument(Record):
    doc_number: Mapped[str | None] = mapped_column(String(21), index=True)
    txn_date: Mapped[date] = mapped_column(index=True)
    memo: Mapped[str | None] = mapped_column(String(1000))
    private_note: Mapped[str | None] = mapped_column(String(4000))
    total: Mapped[Decimal] = mapped_column(Money(), default=ZERO)

    @declared_attr
    def customer_id(cls) -> Mapped[int]:
        return mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"), index=True)

    @declared_attr
    def location_id(cls) -> Mapped[int | None]:
        """QuickBooks' ``DepartmentRef``: the location the whole document belongs to."""
        return mapped_column(ForeignKey("locations.id", ondelete="RESTRICT"), index=True)

    @declared_attr
    def location(cls) -> Mapped[Location | None]:
        return relationship(Location)


class _SalesLine(Child):
    line_num: Mapped[int] = mapped_column(default=1)
    description: Mapped[str | None] = mapped_column(String(4000))
    quantity: Mapped[Decimal] = mapped_column(Rate(), default=Decimal(1))
    unit_price: Mapped[Decimal] = mapped_column(Rate(), default=ZERO)
    amount: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    taxable: Mapped[bool] = mapped_column(default=False)

    @declared_attr
    def item_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("items.id", ondelete="RESTRICT"), index=True)

    @declared_attr
    def item(cls) -> Mapped[Item | None]:
        return relationship(Item)

    @declared_attr
    def class_id(cls) -> Mapped[int | None]:
        """QuickBooks' ``ClassRef`` on the line."""
        return mapped_column(ForeignKey("classes.id", ondelete="RESTRICT"), index=True)

    @declared_attr
    def tracking_class(cls) -> Mapped[TrackingClass | None]:
        return relationship(TrackingClass)

    @declared_attr
    def tax_code_id(cls) -> Mapped[int | None]:
        """The sales tax code QuickBooks gave the line (``TAX``/``NON`` in the US, a real code elsewhere)."""
        return mapped_column(ForeignKey("tax_codes.id", ondelete="RESTRICT"))

    @declared_attr
    def tax_code(cls) -> Mapped[TaxCode | None]:
        return relationship(TaxCode)


class Invoice(Base, _SalesDocument):
    __tablename__ = "invoices"
    qbo_entity = "Invoice"

    due_date: Mapped[date | None]
    term_id: Mapped[int | None] = mapped_column(ForeignKey("terms.id"))
    tax_code_id: Mapped[int | None] = mapped_column(ForeignKey("tax_codes.id"))
    email: Mapped[str | None] = mapped_column(String(100))
    balance: Mapped[Decimal] = mapped_column(Money(), default=ZERO, index=True)
    # The estimate this invoice was made from (QuickBooks' LinkedTxn of type Estimate on the invoice).
    estimate_id: Mapped[int | None] = mapped_column(ForeignKey("estimates.id", ondelete="SET NULL"), index=True)

    customer: Mapped[Customer] = relationship()
    term: Mapped[Term | None] = relationship()
    tax_code: Mapped[TaxCode | None] = relationship()
    estimate: Mapped[Estimate | None] = relationship(back_populates="invoices")
    lines: Mapped[list[InvoiceLine]] = relationship(
        back_populates="invoice", cascade="all, delete-orphan", order_by="InvoiceLine.line_num"
    )
    payments_applied: Mapped[list[PaymentApplication]] = relationship(back_populates="invoice")

    def __repr__(self) -> str:
        return f"<Invoice {self.id} #{self.doc_number} total={self.total} balance={self.balance}>"


class InvoiceLine(Base, _SalesLine):
    __tablename__ = "invoice_lines"

    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="CASCADE"), index=True)
    invoice: Mapped[Invoice] = relationship(back_populates="lines")

    def owner(self) -> Record | None:
        return self.invoice


class CreditMemo(Base, _SalesDocument):
    """A credit for a customer; ``remaining_credit`` is what payments have not applied yet.

    QuickBooks applies a credit memo to invoices through a payment: the payment's
    lines link the invoices it pays and the credit memos it uses, and its amount is
    the charges less the credits.
    """

    __tablename__ = "credit_memos"
    qbo_entity = "CreditMemo"

    remaining_credit: Mapped[Decimal] = mapped_column(Money(), default=ZERO)

    customer: Mapped[Customer] = relationship()
    lines: Mapped[list[CreditMemoLine]] = relationship(
        back_populates="credit_memo", cascade="all, delete-orphan", order_by="CreditMemoLine.line_num"
    )
    payments_applied: Mapped[list[PaymentApplication]] = relationship(back_populates="credit_memo")


class CreditMemoLine(Base, _SalesLine):
    __tablename__ = "credit_memo_lines"

    credit_memo_id: Mapped[int] = mapped_column(ForeignKey("credit_memos.id", ondelete="CASCADE"), index=True)
    credit_memo: Mapped[CreditMemo] = relationship(back_populates="lines")

    def owner(self) -> Record | None:
        return self.credit_memo


class RefundReceipt(Base, _SalesDocument):
    """Money paid back to a customer, out of a Bank (or Other Current Asset) account."""

    __tablename__ = "refund_receipts"
    qbo_entity = "RefundReceipt"

    deposit_account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    payment_method_id: Mapped[int | None] = mapped_column(ForeignKey("payment_methods.id"), index=True)

    customer: Mapped[Customer] = relationship()
    deposit_account: Mapped[Account | None] = relationship()
    payment_method: Mapped[PaymentMethod | None] = relationship()
    lines: Mapped[list[RefundReceiptLine]] = relationship(
        back_populates="refund_receipt", cascade="all, delete-orphan", order_by="RefundReceiptLine.line_num"
    )


class RefundReceiptLine(Base, _SalesLine):
    __tablename__ = "refund_receipt_lines"

    refund_receipt_id: Mapped[int] = mapped_column(
        ForeignKey("refund_receipts.id", ondelete="CASCADE"), index=True
    )
    refund_receipt: Mapped[RefundReceipt] = relationship(back_populates="lines")

    def owner(self) -> Record | None:
        return self.refund_receipt


# --- payments -------------------------------------------------------------------------------------


class Payment(Base, Record):
    """A customer payment; its applications say which invoices it pays and by how much."""

    __tablename__ = "payments"
    qbo_entity = "Payment"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"), index=True)
    txn_date: Mapped[date] = mapped_column(index=True)
    total: Mapped[Decimal] = mapped_column(Money())
    payment_method_id: Mapped[int | None] = mapped_column(ForeignKey("payment_methods.id"), index=True)
    deposit_account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    reference_number: Mapped[str | None] = mapped_column(String(21))
    memo: Mapped[str | None] = mapped_column(Text)
    unapplied: Mapped[Decimal] = mapped_column(Money(), default=ZERO)

    customer: Mapped[Customer] = relationship()
    payment_method: Mapped[PaymentMethod | None] = relationship()
    deposit_account: Mapped[Account | None] = relationship()
    applications: Mapped[list[PaymentApplication]] = relationship(
        back_populates="payment", cascade="all, delete-orphan"
    )

    def __repr__(self) -> str:
        return f"<Payment {self.id} {self.total}>"


class PaymentApplication(Base, Child):
    """One line of a payment: an invoice it pays, or a credit memo it uses (exactly one of the two)."""

    __tablename__ = "payment_applications"
    __table_args__ = (CheckConstraint("(invoice_id IS NULL) <> (credit_memo_id IS NULL)", name="one_target"),)

    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id", ondelete="CASCADE"), index=True)
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id", ondelete="RESTRICT"), index=True)
    credit_memo_id: Mapped[int | None] = mapped_column(ForeignKey("credit_memos.id", ondelete="RESTRICT"),
                                                       index=True)
    amount: Mapped[Decimal] = mapped_column(Money())

    payment: Mapped[Payment] = relationship(back_populates="applications")
    invoice: Mapped[Invoice | None] = relationship(back_populates="payments_applied")
    credit_memo: Mapped[CreditMemo | None] = relationship(back_populates="payments_applied")

    def owner(self) -> Record | None:
        return self.payment


# --- purchases ------------------------------------------------------------------------------------


class _ExpenseLine(Child):
    """An expense line: either a category (account) or an item, as in QuickBooks."""

    line_num: Mapped[int] = mapped_column(default=1)
    description: Mapped[str | None] = mapped_column(String(4000))
    amount: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    quantity: Mapped[Decimal | None] = mapped_column(Rate())
    unit_price: Mapped[Decimal | None] = mapped_column(Rate())
    billable: Mapped[bool] = mapped_column(default=False)

    @declared_attr
    def account_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("accounts.id", ondelete="RESTRICT"), index=True)

    @declared_attr
    def item_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("items.id", ondelete="RESTRICT"), index=True)

    @declared_attr
    def customer_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"))

    @declared_attr
    def account(cls) -> Mapped[Account | None]:
        return relationship(Account)

    @declared_attr
    def item(cls) -> Mapped[Item | None]:
        return relationship(Item)

    @declared_attr
    def class_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("classes.id", ondelete="RESTRICT"), index=True)

    @declared_attr
    def tracking_class(cls) -> Mapped[TrackingClass | None]:
        return relationship(TrackingClass)


class Expense(Base, Record):
    """QuickBooks' Purchase: cash, check or credit-card expense paid out of ``account``."""

    __tablename__ = "expenses"
    qbo_entity = "Purchase"

    txn_date: Mapped[date] = mapped_column(index=True)
    payment_type: Mapped[PaymentType] = mapped_column(
        Enum(PaymentType, name="payment_type", values_callable=lambda e: [m.value for m in e],
             native_enum=False, length=16, validate_strings=True)
    )
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="RESTRICT"), index=True)
    vendor_id: Mapped[int | None] = mapped_column(ForeignKey("vendors.id", ondelete="RESTRICT"), index=True)
    payment_method_id: Mapped[int | None] = mapped_column(ForeignKey("payment_methods.id"))
    doc_number: Mapped[str | None] = mapped_column(String(21))
    memo: Mapped[str | None] = mapped_column(String(4000))
    total: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id", ondelete="RESTRICT"), index=True)

    account: Mapped[Account] = relationship()
    location: Mapped[Location | None] = relationship()
    vendor: Mapped[Vendor | None] = relationship()
    payment_method: Mapped[PaymentMethod | None] = relationship()
    lines: Mapped[list[ExpenseLine]] = relationship(
        back_populates="expense", cascade="all, delete-orphan", order_by="ExpenseLine.line_num"
    )


class ExpenseLine(Base, _ExpenseLine):
    __tablename__ = "expense_lines"

    expense_id: Mapped[int] = mapped_column(ForeignKey("expenses.id", ondelete="CASCADE"), index=True)
    expense: Mapped[Expense] = relationship(back_populates="lines")

    def owner(self) -> Record | None:
        return self.expense


class Bill(Base, Record):
    """A vendor bill (a vendor receipt): ``doc_number`` is the vendor's own document number.

    ``balance`` is what bill payments have not paid yet.
    """

    __tablename__ = "bills"
    qbo_entity = "Bill"

    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendors.id", ondelete="RESTRICT"), index=True)
    doc_number: Mapped[str | None] = mapped_column(String(21), index=True)
    txn_date: Mapped[date] = mapped_column(index=True)
    due_date: Mapped[date | None]
    term_id: Mapped[int | None] = mapped_column(ForeignKey("terms.id"))
    ap_account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    memo: Mapped[str | None] = mapped_column(String(4000))
    total: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    balance: Mapped[Decimal] = mapped_column(Money(), default=ZERO, index=True)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id", ondelete="RESTRICT"), index=True)

    vendor: Mapped[Vendor] = relationship()
    term: Mapped[Term | None] = relationship()
    ap_account: Mapped[Account | None] = relationship()
    location: Mapped[Location | None] = relationship()
    lines: Mapped[list[BillLine]] = relationship(
        back_populates="bill", cascade="all, delete-orphan", order_by="BillLine.line_num"
    )
    payments_applied: Mapped[list[BillPaymentLine]] = relationship(back_populates="bill")


class BillLine(Base, _ExpenseLine):
    __tablename__ = "bill_lines"

    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id", ondelete="CASCADE"), index=True)
    bill: Mapped[Bill] = relationship(back_populates="lines")

    def owner(self) -> Record | None:
        return self.bill
