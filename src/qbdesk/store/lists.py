"""Name lists: accounts, payment methods, terms, tax codes, items, customers, vendors.

The vocabulary (account types, item types, payment-method kinds) is QuickBooks'
own, so that mapping to and from QBO is a rename, never a guess.
"""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal

from sqlalchemy import Enum, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from qbdesk.store.base import Base, Record
from qbdesk.store.types import Rate


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    """Store the QuickBooks spelling (the enum's value), checked by the database."""
    return Enum(cls, name=name, values_callable=lambda e: [m.value for m in e], validate_strings=True,
                native_enum=False, length=32)


class AccountType(enum.Enum):
    BANK = "Bank"
    ACCOUNTS_RECEIVABLE = "Accounts Receivable"
    OTHER_CURRENT_ASSET = "Other Current Asset"
    FIXED_ASSET = "Fixed Asset"
    OTHER_ASSET = "Other Asset"
    ACCOUNTS_PAYABLE = "Accounts Payable"
    CREDIT_CARD = "Credit Card"
    OTHER_CURRENT_LIABILITY = "Other Current Liability"
    LONG_TERM_LIABILITY = "Long Term Liability"
    EQUITY = "Equity"
    INCOME = "Income"
    COST_OF_GOODS_SOLD = "Cost of Goods Sold"
    EXPENSE = "Expense"
    OTHER_INCOME = "Other Income"
    OTHER_EXPENSE = "Other Expense"
    NON_POSTING = "Non-Posting"

    @property
    def classification(self) -> str:
        """QuickBooks' derived classification (read-only there, derived here the same way)."""
        return _CLASSIFICATION[self]


_CLASSIFICATION = {
    AccountType.BANK: "Asset",
    AccountType.ACCOUNTS_RECEIVABLE: "Asset",
    AccountType.OTHER_CURRENT_ASSET: "Asset",
    AccountType.FIXED_ASSET: "Asset",
    AccountType.OTHER_ASSET: "Asset",
    AccountType.ACCOUNTS_PAYABLE: "Liability",
    AccountType.CREDIT_CARD: "Liability",
    AccountType.OTHER_CURRENT_LIABILITY: "Liability",
    AccountType.LONG_TERM_LIABILITY: "Liability",
    AccountType.EQUITY: "Equity",
    AccountType.INCOME: "Revenue",
    AccountType.OTHER_INCOME: "Revenue",
    AccountType.COST_OF_GOODS_SOLD: "Expense",
    AccountType.EXPENSE: "Expense",
    AccountType.OTHER_EXPENSE: "Expense",
    AccountType.NON_POSTING: "Asset",
}


class PaymentMethodKind(enum.Enum):
    CREDIT_CARD = "CREDIT_CARD"
    NON_CREDIT_CARD = "NON_CREDIT_CARD"


class ItemType(enum.Enum):
    SERVICE = "Service"
    NON_INVENTORY = "NonInventory"
    INVENTORY = "Inventory"


class Account(Base, Record):
    __tablename__ = "accounts"
    qbo_entity = "Account"

    name: Mapped[str] = mapped_column(String(100), index=True)
    account_type: Mapped[AccountType] = mapped_column(_enum(AccountType, "account_type"))
    account_subtype: Mapped[str | None] = mapped_column(String(64))
    acct_num: Mapped[str | None] = mapped_column(String(20))
    description: Mapped[str | None] = mapped_column(String(100))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="RESTRICT"), index=True)
    active: Mapped[bool] = mapped_column(default=True)

    parent: Mapped[Account | None] = relationship(remote_side="Account.id")

    def __repr__(self) -> str:
        return f"<Account {self.id} {self.name!r} {self.account_type.value}>"


class PaymentMethod(Base, Record):
    __tablename__ = "payment_methods"
    qbo_entity = "PaymentMethod"

    name: Mapped[str] = mapped_column(String(31), index=True)
    kind: Mapped[PaymentMethodKind] = mapped_column(
        _enum(PaymentMethodKind, "payment_method_kind"), default=PaymentMethodKind.NON_CREDIT_CARD
    )
    active: Mapped[bool] = mapped_column(default=True)


class Term(Base, Record):
    __tablename__ = "terms"
    qbo_entity = "Term"

    name: Mapped[str] = mapped_column(String(31), index=True)
    due_days: Mapped[int | None]
    day_of_month_due: Mapped[int | None]
    discount_percent: Mapped[Decimal | None] = mapped_column(Rate())
    discount_days: Mapped[int | None]
    active: Mapped[bool] = mapped_column(default=True)


class TaxCode(Base, Record):
    """Read-only in QuickBooks' API: tax codes are only ever imported, never exported."""

    __tablename__ = "tax_codes"
    qbo_entity = "TaxCode"

    name: Mapped[str] = mapped_column(String(100), index=True)
    description: Mapped[str | None] = mapped_column(String(100))
    taxable: Mapped[bool] = mapped_column(default=True)
    active: Mapped[bool] = mapped_column(default=True)


class Item(Base, Record):
    """A product or service. Income/expense/asset accounts follow QuickBooks' rules per type."""

    __tablename__ = "items"
    qbo_entity = "Item"

    name: Mapped[str] = mapped_column(String(100), index=True)
    item_type: Mapped[ItemType] = mapped_column(_enum(ItemType, "item_type"), default=ItemType.SERVICE)
    sku: Mapped[str | None] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(String(4000))
    purchase_description: Mapped[str | None] = mapped_column(String(1000))
    unit_price: Mapped[Decimal] = mapped_column(Rate(), default=Decimal(0))
    purchase_cost: Mapped[Decimal | None] = mapped_column(Rate())
    taxable: Mapped[bool] = mapped_column(default=False)
    income_account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    expense_account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    asset_account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    qty_on_hand: Mapped[Decimal | None] = mapped_column(Rate())
    inventory_start_date: Mapped[date | None]
    active: Mapped[bool] = mapped_column(default=True)

    income_account: Mapped[Account | None] = relationship(foreign_keys=[income_account_id])
    expense_account: Mapped[Account | None] = relationship(foreign_keys=[expense_account_id])
    asset_account: Mapped[Account | None] = relationship(foreign_keys=[asset_account_id])


class _Party:
    """Contact fields shared by customers and vendors (QuickBooks' name-list shape)."""

    display_name: Mapped[str] = mapped_column(String(500), index=True)
    company_name: Mapped[str | None] = mapped_column(String(100))
    given_name: Mapped[str | None] = mapped_column(String(100))
    family_name: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(30))
    address_line1: Mapped[str | None] = mapped_column(String(500))
    city: Mapped[str | None] = mapped_column(String(255))
    region: Mapped[str | None] = mapped_column(String(255))
    postal_code: Mapped[str | None] = mapped_column(String(30))
    country: Mapped[str | None] = mapped_column(String(255))
    notes: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)


class Customer(Base, Record, _Party):
    """A customer, or a sub-customer (job / property) when ``parent_id`` is set."""

    __tablename__ = "customers"
    qbo_entity = "Customer"

    parent_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"), index=True)
    is_job: Mapped[bool] = mapped_column(default=False)
    term_id: Mapped[int | None] = mapped_column(ForeignKey("terms.id"))
    customer_since: Mapped[date | None] = mapped_column(index=True)

    parent: Mapped[Customer | None] = relationship(remote_side="Customer.id", back_populates="jobs")
    jobs: Mapped[list[Customer]] = relationship(back_populates="parent")
    term: Mapped[Term | None] = relationship()

    @property
    def fully_qualified_name(self) -> str:
        """``Parent:Job`` as QuickBooks spells a sub-customer's full name."""
        return f"{self.parent.fully_qualified_name}:{self.display_name}" if self.parent else self.display_name

    def __repr__(self) -> str:
        return f"<Customer {self.id} {self.display_name!r}>"


class Vendor(Base, Record, _Party):
    __tablename__ = "vendors"
    qbo_entity = "Vendor"

    term_id: Mapped[int | None] = mapped_column(ForeignKey("terms.id"))
    account_number: Mapped[str | None] = mapped_column(String(100))

    term: Mapped[Term | None] = relationship()
