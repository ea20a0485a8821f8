"""The company's home currency, and what the company file cannot keep yet: another currency, sales tax.

A complete sync reads QuickBooks' ``Preferences.CurrencyPrefs.HomeCurrency`` and keeps it with the
company (every amount is shown in it). A multicurrency company's records in another currency, and
transactions that charge sales tax, stay in QuickBooks with a problem saying why (``docs/sync.md``,
"Not supported") — everything else still comes here and the books still agree.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from tests.sync.conftest import Rig
from tests.sync.test_complete_books import _settings

from qbdesk.store import Customer, Invoice
from qbdesk.store.summary import home_currency, summarize
from qbdesk.store.syncdata import IssueStatus, Link, SyncIssue

MakeRig = Callable[..., Rig]


def _prefs(rig: Rig, **currency: Any) -> None:
    """What an accountant sets in QuickBooks' Account and settings (the API cannot change the home currency)."""
    company = rig.server.sandbox.company(rig.realm_id)
    with company.lock:
        company.entities["Preferences"]["1"]["CurrencyPrefs"] = currency


def _linked(rig: Rig, entity: str) -> set[str]:
    with rig.company.session() as s:
        return {lk.qbo_id for lk in s.scalars(select(Link).where(Link.entity_type == entity)) if lk.qbo_id}


def test_the_home_currency_comes_from_quickbooks_and_is_kept_with_the_company(make_rig: MakeRig) -> None:
    """A QuickBooks France company is in euros (the French practice company is one)."""
    rig = make_rig(qbo_size=60, qbo_locale="fr")
    with rig.company.session() as s:
        assert home_currency(s) is None
    summary = rig.engine().run(settings=_settings(rig))
    assert summary.status == "completed" and summary.problems == 0, summary
    with rig.company.session() as s:
        assert home_currency(s) == "EUR" and summarize(s).currency == "EUR"
    # What the company sends names no currency: QuickBooks puts it in its home currency.
    customer = rig.server.sandbox.write(rig.realm_id, "Customer", {"DisplayName": "Boulangerie Martin"})
    assert customer["CurrencyRef"]["value"] == "EUR"


def test_records_in_another_currency_or_charging_sales_tax_stay_in_quickbooks_with_a_problem(
        make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=60)
    _prefs(rig, MultiCurrencyEnabled=True, HomeCurrency={"value": "USD"})
    write = rig.server.sandbox.write
    item = next(i for i in rig.qbo("Item") if i.get("Type") == "Service")
    euro = {"value": "EUR", "name": "Euro"}
    foreign = write(rig.realm_id, "Customer", {"DisplayName": "Maison Dupont", "CurrencyRef": euro})
    line = {"Amount": Decimal("100.00"), "DetailType": "SalesItemLineDetail",
            "SalesItemLineDetail": {"ItemRef": {"value": item["Id"]}, "Qty": 1, "UnitPrice": Decimal("100.00")}}
    in_euros = write(rig.realm_id, "Invoice", {"CustomerRef": {"value": foreign["Id"]}, "CurrencyRef": euro,
                                               "Line": [line]})
    local_customer = next(c for c in rig.qbo("Customer") if c["Id"] != foreign["Id"])
    taxed = write(rig.realm_id, "Invoice", {"CustomerRef": {"value": local_customer["Id"]}, "Line": [line]})
    # QuickBooks' automated sales tax fills TxnTaxDetail (the sandbox charges no tax: the test writes what
    # QuickBooks would hold).
    company = rig.server.sandbox.company(rig.realm_id)
    with company.lock:
        company.get("Invoice", taxed["Id"])["TxnTaxDetail"] = {"TotalTax": Decimal("8.25")}  # type: ignore[index]

    summary = rig.engine().run(settings=_settings(rig))
    assert summary.status == "completed" and summary.problems == 3, summary
    with rig.company.session() as s:
        issues = {(i.entity_type, i.qbo_id): i for i in s.scalars(select(SyncIssue).where(
            SyncIssue.status == IssueStatus.OPEN))}
        assert {key: i.code for key, i in issues.items()} == {
            ("Customer", foreign["Id"]): "foreign_currency", ("Invoice", in_euros["Id"]): "foreign_currency",
            ("Invoice", taxed["Id"]): "sales_tax"}
        assert "EUR" in issues[("Customer", foreign["Id"])].message
        assert "8.25" in issues[("Invoice", taxed["Id"])].message
        assert s.scalars(select(Customer).where(Customer.display_name == "Maison Dupont")).first() is None
        assert home_currency(s) == "USD"
        invoices_here = len(s.scalars(select(Invoice)).all())
    qbo_invoices = {i["Id"] for i in rig.qbo("Invoice")}
    assert _linked(rig, "Invoice") == qbo_invoices - {in_euros["Id"], taxed["Id"]}
    assert invoices_here == len(qbo_invoices) - 2
    assert _linked(rig, "Customer") == {c["Id"] for c in rig.qbo("Customer")} - {foreign["Id"]}


def test_links_this_app_does_not_keep_leave_the_record_in_quickbooks() -> None:
    """A payment applied to a journal entry (an opening balance), a deposit of a transfer: their link has nowhere
    to go here, and the record would arrive with a wrong balance (qbo-api.md §4.1: a payment line may link an
    Invoice, CreditMemo, JournalEntry, Expense, Check or CreditCardCredit)."""
    from qbdesk.sync.preflight import qbo_row_checks

    def row(*kinds: str) -> dict[str, Any]:
        return {"Line": [{"Amount": 10, "LinkedTxn": [{"TxnId": str(n), "TxnType": k}]}
                         for n, k in enumerate(kinds, start=1)]}

    assert qbo_row_checks(row("Invoice", "CreditMemo"), "USD", "Payment") == ()
    assert qbo_row_checks(row("Invoice", "JournalEntry"), "USD", "Payment") == (
        ("unsupported_link", "A line is linked to JournalEntry 2."),)
    assert qbo_row_checks(row("Bill", "VendorCredit"), "USD", "BillPayment") == ()
    assert qbo_row_checks(row("JournalEntry"), "USD", "BillPayment")[0][0] == "unsupported_link"
    assert qbo_row_checks(row("Payment", "SalesReceipt"), "USD", "Deposit") == ()
    assert qbo_row_checks(row("Transfer"), "USD", "Deposit")[0][0] == "unsupported_link"
    assert qbo_row_checks(row("Estimate"), "USD", "Invoice") == ()  # an invoice's links are not lines' links
