"""The generated business is consistent: every reference resolves and the money adds up."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select, text
from tests.conftest import ANCHOR

from qbdesk.store import (
    BY_ENTITY,
    Account,
    AccountType,
    Bill,
    Company,
    Customer,
    Expense,
    Invoice,
    Item,
    ItemType,
    Payment,
    PaymentType,
    RefundReceipt,
    Vendor,
    open_company,
)
from qbdesk.store.demo import generate


def test_every_reference_resolves(demo_company: Company) -> None:
    with demo_company.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []


def test_every_record_type_is_present(demo_company: Company) -> None:
    with demo_company.session() as s:
        for cls in BY_ENTITY.values():
            assert s.scalar(select(func.count()).select_from(cls)), cls.__name__
        assert s.scalar(select(func.count()).select_from(Customer).where(Customer.parent_id.is_not(None)))


def test_invoice_totals_equal_their_lines_and_lines_equal_qty_times_price(demo_company: Company) -> None:
    with demo_company.session() as s:
        for inv in s.scalars(select(Invoice)):
            assert inv.lines
            for line in inv.lines:
                assert line.amount == (line.quantity * line.unit_price).quantize(Decimal("0.01"))
            assert inv.total == sum(line.amount for line in inv.lines)


def test_payments_never_exceed_balances(demo_company: Company) -> None:
    with demo_company.session() as s:
        for inv in s.scalars(select(Invoice)):
            paid = sum((a.amount for a in inv.payments_applied), Decimal(0))
            assert Decimal(0) <= inv.balance == inv.total - paid
            for app in inv.payments_applied:
                assert app.payment.customer_id == inv.customer_id
                assert app.payment.txn_date >= inv.txn_date
        for pay in s.scalars(select(Payment)):
            assert pay.total == sum(a.amount for a in pay.applications) > 0
            assert pay.unapplied == 0


def test_accounts_have_the_types_quickbooks_requires(demo_company: Company) -> None:
    with demo_company.session() as s:
        types = {a.account_type for a in s.scalars(select(Account))}
        for needed in (AccountType.BANK, AccountType.ACCOUNTS_RECEIVABLE, AccountType.ACCOUNTS_PAYABLE,
                       AccountType.INCOME, AccountType.COST_OF_GOODS_SOLD, AccountType.EXPENSE,
                       AccountType.OTHER_CURRENT_ASSET, AccountType.CREDIT_CARD):
            assert needed in types
        assert s.scalar(select(Account).where(Account.account_subtype == "UndepositedFunds")) is not None
        for item in s.scalars(select(Item)):
            assert item.income_account is not None
            assert item.income_account.account_type is AccountType.INCOME
            if item.item_type is ItemType.INVENTORY:
                assert item.asset_account is not None
                assert item.asset_account.account_type is AccountType.OTHER_CURRENT_ASSET
        for exp in s.scalars(select(Expense)):
            want = AccountType.CREDIT_CARD if exp.payment_type is PaymentType.CREDIT_CARD else AccountType.BANK
            assert exp.account.account_type is want
            assert exp.total == sum(line.amount for line in exp.lines)
        for refund in s.scalars(select(RefundReceipt)):
            assert refund.deposit_account is not None
            assert refund.deposit_account.account_type is AccountType.BANK


def test_names_are_unique_across_customers_and_vendors(demo_company: Company) -> None:
    with demo_company.session() as s:
        names = [n.casefold() for n in s.scalars(select(Customer.display_name))]
        names += [n.casefold() for n in s.scalars(select(Vendor.display_name))]
        assert len(names) == len(set(names))
        assert all(":" not in n for n in names)


def test_vendor_document_numbers_are_unique_per_vendor(demo_company: Company) -> None:
    with demo_company.session() as s:
        pairs = Counter((b.vendor_id, b.doc_number) for b in s.scalars(select(Bill)))
        assert pairs and max(pairs.values()) == 1


def test_invoice_numbers_are_unique(demo_company: Company) -> None:
    with demo_company.session() as s:
        numbers = list(s.scalars(select(Invoice.doc_number)))
        assert len(numbers) == len(set(numbers))


def test_history_is_backdated_within_two_years(demo_company: Company) -> None:
    with demo_company.session() as s:
        dates = [inv.txn_date for inv in s.scalars(select(Invoice))]
        assert min(dates) < max(dates) <= ANCHOR
        created = {c.created_at.date() for c in s.scalars(select(Customer))}
        assert len(created) > 10  # not all "now"


def _dump(path: Path, seed: int, locale: str = "en") -> list[tuple[object, ...]]:
    company = open_company(path, create=True)
    with company.session() as s:
        generate(s, 300, seed=seed, locale=locale, anchor=ANCHOR)
    with company.session() as s:
        rows: list[tuple[object, ...]] = [(c.display_name, c.email) for c in s.scalars(select(Customer))]
        rows += [(i.doc_number, i.total, i.txn_date) for i in s.scalars(select(Invoice))]
    company.close()
    return rows


def test_generation_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    assert _dump(tmp_path / "a.qbdesk", 5) == _dump(tmp_path / "b.qbdesk", 5)
    assert _dump(tmp_path / "c.qbdesk", 6) != _dump(tmp_path / "d.qbdesk", 5)


def test_size_is_respected(tmp_path: Path) -> None:
    company = open_company(tmp_path / "s.qbdesk", create=True)
    with company.session() as s:
        summary = generate(s, 1500, seed=1, anchor=ANCHOR)
    assert 1350 <= summary.total <= 1500
    company.close()


def test_names_follow_the_locale(tmp_path: Path) -> None:
    company = open_company(tmp_path / "fr.qbdesk", create=True)
    with company.session() as s:
        generate(s, 200, seed=2, locale="fr", anchor=ANCHOR)
    with company.session() as s:
        names = set(s.scalars(select(Account.name)))
        assert "Fonds non déposés" in names and "Compte courant" in names
    company.close()


def test_an_empty_company_gets_only_reference_lists(tmp_path: Path) -> None:
    company = open_company(tmp_path / "e.qbdesk", create=True)
    with company.session() as s:
        summary = generate(s, 0, seed=0, anchor=ANCHOR)
    assert summary.counts["Invoice"] == 0 and summary.counts["Account"] > 10
    company.close()
