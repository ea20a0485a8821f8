"""What a business owes its vendors beyond bills: vendor credits, purchase orders and bill payments.

A bill payment pays bills — by check out of a bank account or on a credit card —
and may use the vendor's credits on the way; its amount is the bills paid less
the credits used. Bills' and vendor credits' balances follow from it (the store's
flush hook computes them, :mod:`qbdesk.store.events`). A purchase order posts
nothing: it is an order, open until the goods come, then closed.
"""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, Enum, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from qbdesk.store.base import Base, Child, Record
from qbdesk.store.lists import Account, Term, Vendor
from qbdesk.store.tracking import Location
from qbdesk.store.transactions import ZERO, Bill, _ExpenseLine
from qbdesk.store.types import Money


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    return Enum(cls, name=name, values_callable=lambda e: [m.value for m in e], native_enum=False, length=16,
                validate_strings=True)


class PurchaseOrderStatus(enum.Enum):
    OPEN = "Open"
    CLOSED = "Closed"


class BillPayType(enum.Enum):
    """How a bill was paid: QuickBooks' ``PayType`` (a check from a bank account, or a credit card)."""

    CHECK = "Check"
    CREDIT_CARD = "CreditCard"


class VendorCredit(Base, Record):
    """Money a vendor owes back; ``remaining_credit`` is what bill payments have not used yet."""

    __tablename__ = "vendor_credits"
    qbo_entity = "VendorCredit"

    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendors.id", ondelete="RESTRICT"), index=True)
    doc_number: Mapped[str | None] = mapped_column(String(21), index=True)
    txn_date: Mapped[date] = mapped_column(index=True)
    ap_account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id", ondelete="RESTRICT"), index=True)
    memo: Mapped[str | None] = mapped_column(String(4000))
    total: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    remaining_credit: Mapped[Decimal] = mapped_column(Money(), default=ZERO)

    vendor: Mapped[Vendor] = relationship()
    ap_account: Mapped[Account | None] = relationship()
    location: Mapped[Location | None] = relationship()
    lines: Mapped[list[VendorCreditLine]] = relationship(
        back_populates="vendor_credit", cascade="all, delete-orphan", order_by="VendorCreditLine.line_num"
    )
    payments_applied: Mapped[list[BillPaymentLine]] = relationship(back_populates="vendor_credit")


class VendorCreditLine(Base, _ExpenseLine):
    __tablename__ = "vendor_credit_lines"

    vendor_credit_id: Mapped[int] = mapped_column(ForeignKey("vendor_credits.id", ondelete="CASCADE"), index=True)
    vendor_credit: Mapped[VendorCredit] = relationship(back_populates="lines")

    def owner(self) -> Record | None:
        return self.vendor_credit


class PurchaseOrder(Base, Record):
    """An order to a vendor: non-posting, ``Open`` until received, then ``Closed``."""

    __tablename__ = "purchase_orders"
    qbo_entity = "PurchaseOrder"

    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendors.id", ondelete="RESTRICT"), index=True)
    doc_number: Mapped[str | None] = mapped_column(String(21), index=True)
    txn_date: Mapped[date] = mapped_column(index=True)
    due_date: Mapped[date | None]
    status: Mapped[PurchaseOrderStatus] = mapped_column(_enum(PurchaseOrderStatus, "purchase_order_status"),
                                                        default=PurchaseOrderStatus.OPEN)
    ap_account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    term_id: Mapped[int | None] = mapped_column(ForeignKey("terms.id"))
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id", ondelete="RESTRICT"), index=True)
    message: Mapped[str | None] = mapped_column(String(4000))    # QuickBooks' Memo: printed for the vendor
    memo: Mapped[str | None] = mapped_column(String(4000))       # QuickBooks' PrivateNote
    total: Mapped[Decimal] = mapped_column(Money(), default=ZERO)

    vendor: Mapped[Vendor] = relationship()
    ap_account: Mapped[Account | None] = relationship()
    term: Mapped[Term | None] = relationship()
    location: Mapped[Location | None] = relationship()
    lines: Mapped[list[PurchaseOrderLine]] = relationship(
        back_populates="purchase_order", cascade="all, delete-orphan", order_by="PurchaseOrderLine.line_num"
    )


class PurchaseOrderLine(Base, _ExpenseLine):
    __tablename__ = "purchase_order_lines"

    purchase_order_id: Mapped[int] = mapped_column(ForeignKey("purchase_orders.id", ondelete="CASCADE"),
                                                   index=True)
    purchase_order: Mapped[PurchaseOrder] = relationship(back_populates="lines")

    def owner(self) -> Record | None:
        return self.purchase_order


class BillPayment(Base, Record):
    """A payment of bills, out of ``account`` (a bank account for a check, a credit-card account for a card).

    ``unapplied`` is what it paid beyond the bills it names: a credit with the vendor.
    """

    __tablename__ = "bill_payments"
    qbo_entity = "BillPayment"

    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendors.id", ondelete="RESTRICT"), index=True)
    txn_date: Mapped[date] = mapped_column(index=True)
    pay_type: Mapped[BillPayType] = mapped_column(_enum(BillPayType, "bill_pay_type"), default=BillPayType.CHECK)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="RESTRICT"), index=True)
    ap_account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id", ondelete="RESTRICT"), index=True)
    doc_number: Mapped[str | None] = mapped_column(String(21))  # the check number
    memo: Mapped[str | None] = mapped_column(String(4000))
    total: Mapped[Decimal] = mapped_column(Money())
    unapplied: Mapped[Decimal] = mapped_column(Money(), default=ZERO)

    vendor: Mapped[Vendor] = relationship()
    account: Mapped[Account] = relationship(foreign_keys=[account_id])
    ap_account: Mapped[Account | None] = relationship(foreign_keys=[ap_account_id])
    location: Mapped[Location | None] = relationship()
    applications: Mapped[list[BillPaymentLine]] = relationship(
        back_populates="bill_payment", cascade="all, delete-orphan"
    )


class BillPaymentLine(Base, Child):
    """One line of a bill payment: a bill it pays, or a vendor credit it uses (exactly one of the two)."""

    __tablename__ = "bill_payment_lines"
    __table_args__ = (CheckConstraint("(bill_id IS NULL) <> (vendor_credit_id IS NULL)", name="one_target"),)

    bill_payment_id: Mapped[int] = mapped_column(ForeignKey("bill_payments.id", ondelete="CASCADE"), index=True)
    bill_id: Mapped[int | None] = mapped_column(ForeignKey("bills.id", ondelete="RESTRICT"), index=True)
    vendor_credit_id: Mapped[int | None] = mapped_column(ForeignKey("vendor_credits.id", ondelete="RESTRICT"),
                                                         index=True)
    amount: Mapped[Decimal] = mapped_column(Money())

    bill_payment: Mapped[BillPayment] = relationship(back_populates="applications")
    bill: Mapped[Bill | None] = relationship(back_populates="payments_applied")
    vendor_credit: Mapped[VendorCredit | None] = relationship(back_populates="payments_applied")

    def owner(self) -> Record | None:
        return self.bill_payment
