"""The generated business is consistent: every reference resolves and the money adds up."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select, text
from tests.conftest import ANCHOR

from qbdesk.store import (
    BY_ENTITY,
    Account,
    AccountType,
    Bill,
    BillPayment,
    BillPayType,
    Company,
    CreditMemo,
    Customer,
    Deposit,
    EstimateStatus,
    Expense,
    GeneralJournalEntry,
    Invoice,
    Item,
    ItemType,
    Payment,
    PaymentType,
    RefundReceipt,
    Transfer,
    Vendor,
    VendorCredit,
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
            # The amount received is the invoices paid less the credit memos used.
            charges = sum(a.amount for a in pay.applications if a.invoice_id is not None)
            credits = sum(a.amount for a in pay.applications if a.credit_memo_id is not None)
            assert pay.total == charges - credits > 0
            assert pay.unapplied == 0
            for app in pay.applications:
                if app.credit_memo is not None:
                    assert app.credit_memo.customer_id == pay.customer_id
        for memo in s.scalars(select(CreditMemo)):
            used = sum((a.amount for a in memo.payments_applied), Decimal(0))
            assert Decimal(0) <= memo.remaining_credit == memo.total - used


def test_bills_are_paid_by_check_or_card_never_beyond_what_they_owe(demo_company: Company) -> None:
    with demo_company.session() as s:
        for bill in s.scalars(select(Bill)):
            paid = sum((a.amount for a in bill.payments_applied), Decimal(0))
            assert Decimal(0) <= bill.balance == bill.total - paid
        kinds = set()
        for pay in s.scalars(select(BillPayment)):
            want = AccountType.CREDIT_CARD if pay.pay_type is BillPayType.CREDIT_CARD else AccountType.BANK
            assert pay.account.account_type is want
            charges = sum(a.amount for a in pay.applications if a.bill_id is not None)
            credits = sum(a.amount for a in pay.applications if a.vendor_credit_id is not None)
            assert pay.total == charges - credits > 0 and pay.unapplied == 0
            kinds.add(pay.pay_type)
        assert kinds == set(BillPayType)
        for credit in s.scalars(select(VendorCredit)):
            assert Decimal(0) <= credit.remaining_credit <= credit.total


def test_deposits_take_payments_out_of_undeposited_funds_once(demo_company: Company) -> None:
    with demo_company.session() as s:
        taken = Counter()
        for deposit in s.scalars(select(Deposit)):
            assert deposit.account.account_type is AccountType.BANK
            assert deposit.total == sum(line.amount for line in deposit.lines)
            for line in deposit.lines:
                source = line.payment or line.sales_receipt
                if source is not None:
                    assert source.deposit_account.account_subtype == "UndepositedFunds"
                    assert line.amount == source.total
                    taken[(type(source).__name__, source.id)] += 1
        assert taken and max(taken.values()) == 1
        # Only the last week's takings still wait in Undeposited Funds (the bank balance is realistic).
        waiting = [p.txn_date for p in s.scalars(select(Payment)) if ("Payment", p.id) not in taken
                   and p.deposit_account.account_subtype == "UndepositedFunds"]
        assert waiting and all(day > ANCHOR - timedelta(days=8) for day in waiting), sorted(waiting)[:3]


def test_journal_entries_balance_and_estimates_become_invoices(demo_company: Company) -> None:
    with demo_company.session() as s:
        entries = list(s.scalars(select(GeneralJournalEntry)))
        assert entries
        for entry in entries:
            assert entry.imbalance() == 0 and len(entry.lines) >= 2
        converted = list(s.scalars(select(Invoice).where(Invoice.estimate_id.is_not(None))))
        assert converted
        for inv in converted:
            assert inv.estimate is not None and inv.estimate.customer_id == inv.customer_id
            assert inv.estimate.status is EstimateStatus.CLOSED
        for transfer in s.scalars(select(Transfer)):
            assert transfer.from_account.account_type.classification == "Asset"
            assert transfer.to_account.account_type.classification == "Asset"


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


def test_sales_form_numbers_are_unique(demo_company: Company) -> None:
    """Sales forms share one number sequence in QuickBooks, so a number is used once across all of them."""
    from qbdesk.store import Estimate, SalesReceipt

    with demo_company.session() as s:
        numbers = [n for cls in (Invoice, CreditMemo, RefundReceipt, SalesReceipt, Estimate)
                   for n in s.scalars(select(cls.doc_number))]
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
