"""The Reports API: CustomerBalance, VendorBalance, AgedReceivables, AgedPayables and TrialBalance, computed
from the company's own books and shaped as QuickBooks sends them (qbo-api.md Part 2 §3, Intuit's samples)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from qbdesk.sandbox.clock import today
from tests.sandbox.conftest import Api, error, invoice_body, json


def report(api: Api, name: str, **params: str) -> dict[str, Any]:
    resp = api.get(f"reports/{name}", **params)
    assert resp.status_code == 200, resp.text
    doc: dict[str, Any] = json(resp)
    return doc


def data_rows(rows: list[dict[str, Any]]) -> list[list[str]]:
    """Every data row, sections opened (their own rows), as the values of its cells."""
    found: list[list[str]] = []
    for row in rows:
        if "ColData" in row:
            found.append([c["value"] for c in row["ColData"]])
        found.extend(data_rows((row.get("Rows") or {}).get("Row") or []))
    return found


def grand_total(doc: dict[str, Any]) -> list[str]:
    last = doc["Rows"]["Row"][-1]
    assert (last["group"], last["type"]) == ("GrandTotal", "Section")
    return [c["value"] for c in last["Summary"]["ColData"]]


def option(doc: dict[str, Any], name: str) -> str:
    return next(o["Value"] for o in doc["Header"]["Option"] if o["Name"] == name)


def _pay(api: Api, customer: dict[str, Any], invoice: dict[str, Any], amount: str, day: date) -> dict[str, Any]:
    return api.create("Payment", {"CustomerRef": {"value": customer["Id"]}, "TotalAmt": Decimal(amount),
                                  "TxnDate": day.isoformat(),
                                  "Line": [{"Amount": Decimal(amount),
                                            "LinkedTxn": [{"TxnId": invoice["Id"], "TxnType": "Invoice"}]}]})


def test_customer_balance_in_quickbooks_shape_on_any_day(api: Api, basics: dict[str, Any]) -> None:
    now = today(api.sb.sandbox.clock)
    amy = basics["customer"]
    invoice = api.create("Invoice", invoice_body(amy, basics["item"], "100.00", TxnDate=(now - timedelta(days=20))
                                                 .isoformat()))
    _pay(api, amy, invoice, "40.00", now - timedelta(days=5))
    api.create("CreditMemo", invoice_body(amy, basics["item"], "10.00", TxnDate=(now - timedelta(days=2)).isoformat()))

    doc = report(api, "CustomerBalance")
    assert set(doc) == {"Header", "Columns", "Rows"}  # no "time" wrapper
    assert doc["Header"]["ReportName"] == "CustomerBalance" and doc["Header"]["Currency"] == "USD"
    assert option(doc, "NoReportData") == "false" and option(doc, "report_date") == now.isoformat()
    assert doc["Columns"]["Column"] == [{"ColType": "Customer", "ColTitle": ""},
                                        {"ColType": "Money", "ColTitle": "Total"}]
    assert doc["Rows"]["Row"][0] == {"ColData": [{"value": "Amy's Bird Sanctuary", "id": amy["Id"]},
                                                 {"value": "50.00"}]}
    assert grand_total(doc) == ["TOTAL", "50.00"]
    # The customer's own Balance agrees with the report.
    assert api.read("Customer", amy["Id"])["Balance"] == Decimal("50.00")

    # On earlier days: before the payment, before the invoice.
    week_ago = report(api, "CustomerBalance", report_date=(now - timedelta(days=7)).isoformat())
    assert grand_total(week_ago) == ["TOTAL", "100.00"]
    before = report(api, "CustomerBalance", report_date=(now - timedelta(days=30)).isoformat())
    assert option(before, "NoReportData") == "true" and before["Rows"] == {}
    only = report(api, "CustomerBalance", customer=amy["Id"])
    assert only["Header"]["Customer"] == amy["Id"]


def test_jobs_are_nested_under_their_customer(api: Api, basics: dict[str, Any]) -> None:
    amy = basics["customer"]
    job = api.create("Customer", {"DisplayName": "Garden project", "Job": True, "ParentRef": {"value": amy["Id"]}})
    api.create("Invoice", invoice_body(amy, basics["item"], "30.00"))
    api.create("Invoice", invoice_body(job, basics["item"], "70.00"))
    section = report(api, "CustomerBalance")["Rows"]["Row"][0]
    assert section["type"] == "Section"
    assert section["Header"]["ColData"][0] == {"value": "Amy's Bird Sanctuary", "id": amy["Id"]}
    assert data_rows(section["Rows"]["Row"]) == [["Amy's Bird Sanctuary", "30.00"], ["Garden project", "70.00"]]
    assert [c["value"] for c in section["Summary"]["ColData"]] == ["Total Amy's Bird Sanctuary", "100.00"]
    assert grand_total(report(api, "CustomerBalance")) == ["TOTAL", "100.00"]


def test_aging_puts_each_open_amount_in_its_bucket(api: Api, basics: dict[str, Any]) -> None:
    now = today(api.sb.sandbox.clock)
    amy = basics["customer"]
    for days_late, amount in ((-5, "10.00"), (10, "20.00"), (45, "40.00"), (75, "80.00"), (200, "160.00")):
        due = now - timedelta(days=days_late)
        api.create("Invoice", invoice_body(amy, basics["item"], amount, TxnDate=(due - timedelta(days=30))
                                           .isoformat(), DueDate=due.isoformat()))
    doc = report(api, "AgedReceivables")
    titles = [c["ColTitle"] for c in doc["Columns"]["Column"]]
    assert titles == ["", "Current", "1 - 30", "31 - 60", "61 - 90", "91 and over", "Total"]
    assert data_rows(doc["Rows"]["Row"]) == [["Amy's Bird Sanctuary", "10.00", "20.00", "40.00", "80.00", "160.00",
                                              "310.00"]]
    # Data rows leave an empty bucket empty; the total says 0.00 (Intuit's sample).
    later = report(api, "AgedReceivables", report_date=(now - timedelta(days=100)).isoformat())
    # (100 days ago: the invoice due in 25 days is current, the one due 100 days before is 91 and over; the others
    # did not exist yet.)
    assert data_rows(later["Rows"]["Row"]) == [["Amy's Bird Sanctuary", "80.00", "", "", "", "160.00", "240.00"]]
    assert grand_total(later) == ["TOTAL", "80.00", "0.00", "0.00", "0.00", "160.00", "240.00"]


def test_vendors_owe_their_bills(api: Api, basics: dict[str, Any]) -> None:
    expense = api.account("OfficeGeneralAdministrativeExpenses")
    vendor = basics["vendor"]
    api.create("Bill", {"VendorRef": {"value": vendor["Id"]}, "Line": [
        {"Amount": Decimal("200.00"), "DetailType": "AccountBasedExpenseLineDetail",
         "AccountBasedExpenseLineDetail": {"AccountRef": {"value": expense["Id"]}}}]})
    balance = report(api, "VendorBalance")
    assert balance["Columns"]["Column"][0] == {"ColType": "Vendor", "ColTitle": ""}
    assert balance["Rows"]["Row"][0]["ColData"] == [{"value": "Books by Bessie", "id": vendor["Id"]},
                                                    {"value": "200.00"}]
    aging = report(api, "AgedPayables", vendor=vendor["Id"])
    assert grand_total(aging)[-1] == "200.00" and aging["Header"]["Vendor"] == vendor["Id"]


def test_the_trial_balance_balances_and_agrees_with_receivables_and_payables(practice: Api) -> None:
    tb = report(practice, "TrialBalance")
    assert [c["ColTitle"] for c in tb["Columns"]["Column"]] == ["", "Debit", "Credit"]
    assert tb["Header"]["ReportBasis"] == "Accrual"
    total = grand_total(tb)
    assert total[0] == "TOTAL" and total[1] == total[2] and Decimal(total[1]) > 0
    accounts = {a["Id"]: a for a in practice.sb.sandbox.entities(practice.realm, "Account")}
    by_type: dict[str, Decimal] = {}
    for row in tb["Rows"]["Row"][:-1]:
        first, debit, credit = row["ColData"]
        amount = Decimal(debit["value"] or "0") - Decimal(credit["value"] or "0")
        kind = accounts[first["id"]]["AccountType"]
        by_type[kind] = by_type.get(kind, Decimal(0)) + amount
    receivable = Decimal(grand_total(report(practice, "CustomerBalance"))[-1])
    payable = Decimal(grand_total(report(practice, "VendorBalance"))[-1])
    assert by_type["Accounts Receivable"] == receivable
    assert -by_type["Accounts Payable"] == payable
    assert Decimal(grand_total(report(practice, "AgedReceivables"))[-1]) == receivable
    assert Decimal(grand_total(report(practice, "AgedPayables"))[-1]) == payable
    customers = practice.rows("SELECT * FROM Customer MAXRESULTS 1000")
    assert sum((Decimal(c.get("Balance") or 0) for c in customers), Decimal(0)) == receivable


def test_what_quickbooks_refuses(api: Api) -> None:
    assert error(api.get("reports/NoSuchReport"))["Message"] == "Unsupported Operation"
    assert error(api.get("reports/CustomerBalance", report_date="31/12/2026"))["element"] == "report_date"
    assert error(api.get("reports/CustomerBalance", date_macro="Someday"))["element"] == "date_macro"
    assert option(report(api, "CustomerBalance"), "NoReportData") == "true"
