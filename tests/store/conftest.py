"""Fixtures for the CSV import tests: a company with the lists a real one starts with."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from qbdesk.store import (
    Account,
    AccountType,
    Company,
    Customer,
    Item,
    ItemType,
    PaymentMethod,
    PaymentMethodKind,
    Vendor,
)

ACCOUNTS = {
    "Services": AccountType.INCOME,
    "Sales of Product Income": AccountType.INCOME,
    "Cost of Goods Sold": AccountType.COST_OF_GOODS_SOLD,
    "Office Supplies": AccountType.EXPENSE,
    "Inventory Asset": AccountType.OTHER_CURRENT_ASSET,
    "Checking": AccountType.BANK,
    # What a trial balance names (the template of resources/csv-templates/trial-balance.csv).
    "Savings": AccountType.BANK,
    "Accounts Receivable (A/R)": AccountType.ACCOUNTS_RECEIVABLE,
    "Truck": AccountType.FIXED_ASSET,
    "Accounts Payable (A/P)": AccountType.ACCOUNTS_PAYABLE,
    "Bank Loan": AccountType.LONG_TERM_LIABILITY,
    "Opening Balance Equity": AccountType.EQUITY,
}


@pytest.fixture
def books(company: Company) -> Company:
    """Accounts, payment methods, one customer, one vendor and one item, as QuickBooks would have them."""
    with company.session() as s:
        accounts = {name: Account(name=name, account_type=kind) for name, kind in ACCOUNTS.items()}
        s.add_all(accounts.values())
        s.add_all([
            PaymentMethod(name="Cash"),
            PaymentMethod(name="Check"),
            PaymentMethod(name="Credit Card", kind=PaymentMethodKind.CREDIT_CARD),
            Customer(display_name="Existing Co"),
            Customer(display_name="Gone Ltd", active=False),
            Vendor(display_name="Paper Supply"),
            Item(name="Consulting", item_type=ItemType.SERVICE, unit_price=Decimal("100"),
                 description="Consulting (per hour)", income_account=accounts["Services"]),
            Item(name="Widget", item_type=ItemType.NON_INVENTORY, unit_price=Decimal("2.5"), taxable=True,
                 income_account=accounts["Sales of Product Income"]),
        ])
    return company


CsvWriter = Callable[..., Path]


@pytest.fixture
def write_csv(tmp_path: Path) -> CsvWriter:
    """Write text as a spreadsheet would save it: the given encoding, lines ended with CRLF."""
    counter = iter(range(1_000_000))

    def write(text: str, *, encoding: str = "utf-8", name: str | None = None) -> Path:
        path = tmp_path / (name or f"file{next(counter)}.csv")
        path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
        return path

    return write
