"""A complete migration: every record type a small business's books hold, both ways, and the books agree after.

Each test talks to the sandbox over real HTTP through the engine, and checks what QuickBooks holds with the
test's own plain HTTP client (:class:`tests.sync.probe.QboProbe`): each record once, and — the accountant's
test — each bank account's balance, Undeposited Funds, open receivables and open payables the same on both
sides (QuickBooks' ``CurrentBalance`` of its accounts, its customers' and vendors' ``Balance``).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from tests.sync.conftest import Rig
from tests.sync.probe import QboProbe, assert_each_record_once

from qbdesk.store import Account, AccountType
from qbdesk.store.ledger import books_of
from qbdesk.store.syncdata import Link, LinkState
from qbdesk.sync.entities import ENTITIES
from qbdesk.sync.settings import SyncSettings, save_settings

MakeRig = Callable[..., Rig]
NEW_TYPES = ("Class", "Department", "Estimate", "SalesReceipt", "Deposit", "VendorCredit", "BillPayment",
             "PurchaseOrder", "Transfer", "JournalEntry")
CHECKED = (AccountType.BANK, AccountType.OTHER_CURRENT_ASSET, AccountType.ACCOUNTS_RECEIVABLE,
           AccountType.ACCOUNTS_PAYABLE, AccountType.CREDIT_CARD)


def _probe(rig: Rig) -> QboProbe:
    return QboProbe(rig.server.api_base, rig.realm_id, rig.connection.tokens.access_token())


def _settings(rig: Rig) -> SyncSettings:
    bank = next(a["Id"] for a in rig.qbo("Account") if a["Name"] in ("Checking", "Compte courant"))
    settings = SyncSettings(refund_account=bank)
    with rig.company.session() as s:
        save_settings(s, settings)
    return settings


def _qbo_books(probe: QboProbe) -> tuple[dict[str, Decimal], Decimal, Decimal]:
    """What QuickBooks says, read over HTTP: balance-sheet accounts by full name, receivables, payables."""
    accounts = {a["FullyQualifiedName"]: Decimal(str(a.get("CurrentBalance", 0)))
                for a in probe.live("Account").values() if a.get("Classification") in ("Asset", "Liability")}
    receivables = sum((Decimal(str(c.get("Balance", 0))) for c in probe.query("SELECT * FROM Customer "
                                                                                  "WHERE Active IN (true, false)")),
                      Decimal(0))
    payables = sum((Decimal(str(v.get("Balance", 0))) for v in probe.query("SELECT * FROM Vendor "
                                                                               "WHERE Active IN (true, false)")),
                   Decimal(0))
    return accounts, receivables, payables


def assert_books_agree(rig: Rig) -> dict[str, Any]:
    """Every bank, Undeposited Funds, receivables, payables and credit-card account: the same on both sides."""
    probe = _probe(rig)
    try:
        qbo_accounts, qbo_receivables, qbo_payables = _qbo_books(probe)
    finally:
        probe.close()
    checked: dict[str, Any] = {}
    with rig.company.session() as s:
        books = books_of(s)
        for account in s.scalars(select(Account).where(Account.account_type.in_(CHECKED))):
            here = books.shown(account)
            assert qbo_accounts.get(account.name) == here, (account.name, here, qbo_accounts.get(account.name))
            checked[account.name] = here
    assert books.receivables == qbo_receivables, (books.receivables, qbo_receivables)
    assert books.payables == qbo_payables, (books.payables, qbo_payables)
    checked["receivables"], checked["payables"] = books.receivables, books.payables
    return checked


def test_a_business_migrated_into_an_empty_quickbooks_company_has_the_same_books(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=0, here_size=1500, here_seed=11)
    summary = rig.engine().run(settings=_settings(rig))
    assert summary.status == "completed" and summary.problems == 0, summary
    probe = _probe(rig)
    try:
        counted = assert_each_record_once(rig.company, probe)
    finally:
        probe.close()
    assert all(counted[t] > 0 for t in NEW_TYPES), counted
    checked = assert_books_agree(rig)
    assert checked["receivables"] > 0 and checked["payables"] > 0
    assert any(v > 0 for k, v in checked.items() if k == "Undeposited Funds")


def test_a_quickbooks_company_migrated_into_an_empty_file_has_the_same_books(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=1500, here_size=0, qbo_seed=12)
    summary = rig.engine().run(settings=_settings(rig))
    assert summary.status == "completed" and summary.problems == 0, summary
    probe = _probe(rig)
    try:
        counted = assert_each_record_once(rig.company, probe)
    finally:
        probe.close()
    assert all(counted[t] > 0 for t in NEW_TYPES), counted
    assert_books_agree(rig)


def test_plan_json_names_every_record_type(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=0, here_size=300)
    doc = rig.engine().plan(_settings(rig)).to_json()
    assert set(doc["entities"]) == {e.name for e in ENTITIES}
    assert doc["entities"]["Deposit"]["create_in_qbo"] > 0


def _linked(rig: Rig, entity: str) -> dict[int, str]:
    with rig.company.session() as s:
        return {lk.local_id: lk.qbo_id for lk in s.scalars(select(Link).where(
            Link.entity_type == entity, Link.state == LinkState.LINKED)) if lk.local_id and lk.qbo_id}


def test_an_opening_trial_balance_imported_here_reaches_quickbooks_as_one_balanced_journal_entry(
        make_rig: MakeRig) -> None:
    """The migration that leaves the history behind: customers, vendors and a trial balance as of the migration
    date (the CSV templates), synced into an empty QuickBooks company — one journal entry there, and every
    balance-sheet account, receivables and payables equal on both sides."""
    from pathlib import Path

    from qbdesk.store.csv_import import import_csv

    templates = Path(__file__).resolve().parents[2] / "resources" / "csv-templates"
    rig = make_rig(qbo_size=0, here_size=0)
    for kind in ("customers", "vendors", "trial-balance"):
        assert import_csv(rig.company, kind, templates / f"{kind}.csv").ok, kind
    summary = rig.engine().run(settings=_settings(rig))
    assert summary.status == "completed" and summary.problems == 0, summary
    probe = _probe(rig)
    try:
        entries = probe.query("SELECT * FROM JournalEntry")
        assert_each_record_once(rig.company, probe)
    finally:
        probe.close()
    assert [e["DocNumber"] for e in entries] == ["OB-2026-01-01"]
    sides: dict[str, Decimal] = {"Debit": Decimal(0), "Credit": Decimal(0)}
    for line in entries[0]["Line"]:
        detail = line["JournalEntryLineDetail"]
        sides[detail["PostingType"]] += Decimal(str(line["Amount"]))
    assert sides == {"Debit": Decimal("56490.00"), "Credit": Decimal("56490.00")}
    checked = assert_books_agree(rig)
    assert (checked["Checking"], checked["receivables"], checked["payables"]) == (
        Decimal("18250.00"), Decimal("1240.00"), Decimal("860.00"))
