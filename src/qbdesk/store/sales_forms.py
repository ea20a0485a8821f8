"""Sales receipts and estimates: the sales forms that are not invoices.

A sales receipt is a sale paid on the spot: its money goes into Undeposited Funds
(or straight into a bank account) without passing through receivables. An
estimate is a quote: it posts nothing, and when the customer accepts it, an
invoice is made from it (the invoice keeps a link to it and the estimate is
then "Closed" in QuickBooks' words).
"""

from __future__ import annotations

import enum
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Enum, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from qbdesk.store.base import Base, Record
from qbdesk.store.lists import Account, Customer, PaymentMethod
from qbdesk.store.transactions import _SalesDocument, _SalesLine

if TYPE_CHECKING:
    from qbdesk.store.transactions import Invoice


class EstimateStatus(enum.Enum):
    """QuickBooks' ``TxnStatus`` of an estimate."""

    PENDING = "Pending"
    ACCEPTED = "Accepted"
    CLOSED = "Closed"
    REJECTED = "Rejected"


class SalesReceipt(Base, _SalesDocument):
    """A sale paid at once, into ``deposit_account`` (Undeposited Funds when none is named)."""

    __tablename__ = "sales_receipts"
    qbo_entity = "SalesReceipt"

    # QuickBooks takes a sales receipt without a customer (a walk-in sale).
    customer_id: Mapped[int | None] = mapped_column(  # type: ignore[assignment]
        ForeignKey("customers.id", ondelete="RESTRICT"), index=True)
    deposit_account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    payment_method_id: Mapped[int | None] = mapped_column(ForeignKey("payment_methods.id"), index=True)
    reference_number: Mapped[str | None] = mapped_column(String(21))

    customer: Mapped[Customer | None] = relationship()
    deposit_account: Mapped[Account | None] = relationship()
    payment_method: Mapped[PaymentMethod | None] = relationship()
    lines: Mapped[list[SalesReceiptLine]] = relationship(
        back_populates="sales_receipt", cascade="all, delete-orphan", order_by="SalesReceiptLine.line_num"
    )


class SalesReceiptLine(Base, _SalesLine):
    __tablename__ = "sales_receipt_lines"

    sales_receipt_id: Mapped[int] = mapped_column(ForeignKey("sales_receipts.id", ondelete="CASCADE"), index=True)
    sales_receipt: Mapped[SalesReceipt] = relationship(back_populates="lines")

    def owner(self) -> Record | None:
        return self.sales_receipt


class Estimate(Base, _SalesDocument):
    """A quote for a customer; posts nothing. Invoices made from it link back to it."""

    __tablename__ = "estimates"
    qbo_entity = "Estimate"

    expiration_date: Mapped[date | None]
    status: Mapped[EstimateStatus] = mapped_column(
        Enum(EstimateStatus, name="estimate_status", values_callable=lambda e: [m.value for m in e],
             native_enum=False, length=16, validate_strings=True), default=EstimateStatus.PENDING)
    email: Mapped[str | None] = mapped_column(String(100))

    customer: Mapped[Customer] = relationship()
    lines: Mapped[list[EstimateLine]] = relationship(
        back_populates="estimate", cascade="all, delete-orphan", order_by="EstimateLine.line_num"
    )
    invoices: Mapped[list[Invoice]] = relationship(back_populates="estimate")


class EstimateLine(Base, _SalesLine):
    __tablename__ = "estimate_lines"

    estimate_id: Mapped[int] = mapped_column(ForeignKey("estimates.id", ondelete="CASCADE"), index=True)
    estimate: Mapped[Estimate] = relationship(back_populates="lines")

    def owner(self) -> Record | None:
        return self.estimate
