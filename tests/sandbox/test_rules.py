"""The business rules that produce QuickBooks' faults, each with its exact code, message and detail."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from tests.sandbox.conftest import Api, error, invoice_body


def pay(customer: dict[str, Any], total: str, *links: tuple[str, str, str]) -> dict[str, Any]:
    return {"CustomerRef": {"value": customer["Id"]}, "TotalAmt": Decimal(total),
            "Line": [{"Amount": Decimal(amount), "LinkedTxn": [{"TxnId": txn_id, "TxnType": kind}]}
                     for kind, txn_id, amount in links]}


def test_display_names_are_unique_across_customers_vendors_employees(api: Api, basics: dict[str, Any]) -> None:
    same = error(api.post("customer", {"DisplayName": "Amy's Bird Sanctuary"}))
    assert same == {"Message": "Duplicate Name Exists Error", "Detail": "The name supplied already exists. : null",
                    "code": "6240"}
    other = error(api.post("vendor", {"DisplayName": "amy's bird  sanctuary"}))
    assert other["Detail"] == ("The name supplied already exists. : Another customer, vendor or employee is already "
                               "using this name. Please use a different name.")
    assert error(api.post("employee", {"DisplayName": "Books by Bessie"}))["code"] == "6240"
    # Jobs are customers too: "unique across all other customer, employee, and vendor objects".
    parent = api.create("Customer", {"DisplayName": "Books by Bessie (customer)"})
    job = error(api.post("customer", {"DisplayName": "Amy's Bird Sanctuary", "ParentRef": {"value": parent["Id"]}}))
    assert (job["code"], job["Detail"]) == ("6240", "The name supplied already exists. : null")


def test_item_and_account_names_are_unique(api: Api, basics: dict[str, Any]) -> None:
    income = api.account("ServiceFeeIncome")
    err = error(api.post("item", {"Name": "Services", "Type": "Service",
                                  "IncomeAccountRef": {"value": income["Id"]}}))
    assert (err["code"], err["Detail"]) == ("6240", "The name supplied already exists. :")
    acc = error(api.post("account", {"Name": income["Name"], "AccountType": "Income"}))
    assert acc["Detail"] == "The name supplied already exists. : Another account is already using this name."


def test_string_lengths_are_2050(api: Api, basics: dict[str, Any]) -> None:
    income = api.account("ServiceFeeIncome")
    err = error(api.post("item", {"Name": "N" * 110, "Type": "Service",
                                  "IncomeAccountRef": {"value": income["Id"]}}))
    assert err == {"Message": "String length is either shorter or longer than supported by specification",
                   "Detail": "String length specified does not match the supported length. Min:0 Max:100 "
                             "supported. Supplied length:110", "code": "2050", "element": "Name"}
    doc = error(api.post("invoice", invoice_body(basics["customer"], basics["item"], DocNumber="D" * 45)))
    assert doc["Detail"].endswith("Min:0 Max:21 supported. Supplied length:45") and doc["element"] == "DocNumber"
    assert error(api.post("customer", {"DisplayName": "x" * 501}))["element"] == "DisplayName"
    assert error(api.post("paymentmethod", {"Name": "p" * 32}))["element"] == "Name"


def test_duplicate_doc_numbers_when_custom_numbers_are_on(api: Api, basics: dict[str, Any]) -> None:
    first = api.create("Invoice", invoice_body(basics["customer"], basics["item"], DocNumber="1781"))
    # Custom numbers off (the default): QuickBooks does not object.
    api.create("Invoice", invoice_body(basics["customer"], basics["item"], DocNumber="1781"))
    api.sb.sandbox.set_preferences(api.realm, custom_txn_numbers=True)
    err = error(api.post("invoice", invoice_body(basics["customer"], basics["item"], DocNumber="1781")))
    assert err["code"] == "6140" and err["Message"] == "Duplicate Document Number Error"
    assert err["Detail"] == ("Duplicate Document Number Error : You must specify a different number. This number has "
                             f"already been used. DocNumber=1781 is assigned to TxnType=Invoice with "
                             f"TxnId={first['Id']}")
    blank = api.create("Invoice", invoice_body(basics["customer"], basics["item"]))
    assert "DocNumber" not in blank  # custom numbers on: QuickBooks leaves it empty
    auto = api.create("Invoice", invoice_body(basics["customer"], basics["item"], DocNumber="AUTO_GENERATE"))
    assert auto["DocNumber"] == "1782"


def test_bill_numbers_are_unique_per_vendor(api: Api, basics: dict[str, Any]) -> None:
    rent = api.account("RentOrLeaseOfBuildings")
    other = api.create("Vendor", {"DisplayName": "Hall Properties"})

    def bill(vendor: dict[str, Any]) -> dict[str, Any]:
        return {"VendorRef": {"value": vendor["Id"]}, "DocNumber": "BILL-2625476",
                "Line": [{"Amount": Decimal("52.00"), "DetailType": "AccountBasedExpenseLineDetail",
                          "AccountBasedExpenseLineDetail": {"AccountRef": {"value": rent["Id"]}}}]}

    first = api.create("Bill", bill(basics["vendor"]))
    api.create("Bill", bill(other))  # another vendor may use the same number
    err = error(api.post("bill", bill(basics["vendor"])))
    assert err["Detail"].endswith(f"DocNumber=BILL-2625476 is assigned to TxnType=Bill with TxnId={first['Id']}")
    allowed = api.post("bill", bill(basics["vendor"]), include="allowduplicatedocnum")
    assert allowed.status_code == 200


def test_references_must_exist_and_be_active(api: Api, basics: dict[str, Any]) -> None:
    missing = error(api.post("invoice", {"CustomerRef": {"value": basics["customer"]["Id"]},
                                         "Line": [{"Amount": 10, "DetailType": "SalesItemLineDetail",
                                                   "SalesItemLineDetail": {"ItemRef": {"value": "999"}}}]}))
    assert (missing["code"], missing["Detail"], missing["element"]) == (
        "2500", "Invalid Reference Id : Line.SalesItemLineDetail.ItemRef", "Line.SalesItemLineDetail.ItemRef")
    term = api.create("Term", {"Name": "Net 90", "DueDays": 90})
    api.create("Term", {"Id": term["Id"], "SyncToken": "0", "sparse": True, "Active": False})
    inactive = error(api.post("customer", {"DisplayName": "New", "SalesTermRef": {"value": term["Id"]}}))
    assert inactive["Detail"] == ("Invalid Reference Id : Something you're trying to use has been made inactive. "
                                  "Check the fields with accounts, customers, items, vendors or employees.")
    nobody = error(api.post("invoice", invoice_body({"Id": "4242"}, basics["item"])))
    assert (nobody["code"], nobody["element"]) == ("2500", "CustomerRef")


def test_deleted_customer_on_a_sales_transaction(api: Api, basics: dict[str, Any]) -> None:
    gone = api.create("Customer", {"DisplayName": "To be Deleted Later"})
    api.create("Customer", {"Id": gone["Id"], "SyncToken": "0", "sparse": True, "Active": False})
    for entity, body in (("invoice", invoice_body(gone, basics["item"])),
                         ("payment", {"CustomerRef": {"value": gone["Id"]}, "TotalAmt": 5})):
        err = error(api.post(entity, body))
        assert err["code"] == "6250" and err["Message"] == "Invalid Customer"
        assert err["Detail"] == ("The customer you have specified has been deleted. You cannot create or edit a "
                                 "transaction with a deleted customer.")


def test_account_types(api: Api, basics: dict[str, Any]) -> None:
    receivable = api.account("AccountsReceivable")
    item = error(api.post("item", {"Name": "Widget", "Type": "Service",
                                   "IncomeAccountRef": {"value": receivable["Id"]}}))
    assert (item["code"], item["Message"]) == ("6430", "Invalid account type used")
    assert item["Detail"] == ("Invalid account type: You can't associate a product or service with accounts of "
                              "certain types (such as Accounts Receivable and Accounts Payable).")
    card = api.account("CreditCard")
    purchase = error(api.post("purchase", {
        "PaymentType": "Check", "AccountRef": {"value": card["Id"]},
        "Line": [{"Amount": 5, "DetailType": "AccountBasedExpenseLineDetail",
                  "AccountBasedExpenseLineDetail": {"AccountRef": {"value": api.account("BankCharges")["Id"]}}}]}))
    assert purchase["Detail"] == ("Invalid account type: Check your account details before you continue. You may "
                                  "need to select a different type of account for your transaction.")
    refund = error(api.post("refundreceipt", {**invoice_body(basics["customer"], basics["item"]),
                                              "DepositToAccountRef": {"value": receivable["Id"]}}))
    assert refund["code"] == "6430"
    no_account = error(api.post("refundreceipt", invoice_body(basics["customer"], basics["item"])))
    assert (no_account["code"], no_account["element"]) == ("2020", "DepositToAccountRef")
    savings = api.account("Savings")
    ok = api.create("RefundReceipt", {**invoice_body(basics["customer"], basics["item"]),
                                      "DepositToAccountRef": {"value": savings["Id"]}})
    assert ok["TotalAmt"] == Decimal("100.00")


def test_amount_must_equal_quantity_times_price(api: Api, basics: dict[str, Any]) -> None:
    body = invoice_body(basics["customer"], basics["item"], "100.00")
    body["Line"][0]["SalesItemLineDetail"].update(Qty=Decimal("4.5"), UnitPrice=Decimal("75"))
    err = error(api.post("invoice", body))
    assert (err["code"], err["Message"]) == ("6070", "Amount calculation incorrect in the request")
    body["Line"][0]["Amount"] = Decimal("337.50")
    inv = api.create("Invoice", body)
    assert inv["TotalAmt"] == Decimal("337.50") and inv["Line"][0]["SalesItemLineDetail"]["Qty"] == Decimal("4.5")


def test_payments_reduce_balances_and_never_exceed_them(api: Api, basics: dict[str, Any]) -> None:
    cust = basics["customer"]
    inv = api.create("Invoice", invoice_body(cust, basics["item"], "100.00"))
    assert api.read("Customer", cust["Id"])["Balance"] == Decimal("100.00")
    part = api.create("Payment", pay(cust, "40.00", ("Invoice", inv["Id"], "40.00")))
    assert part["UnappliedAmt"] == 0
    after = api.read("Invoice", inv["Id"])
    assert after["Balance"] == Decimal("60.00") and after["SyncToken"] == inv["SyncToken"]
    assert after["LinkedTxn"] == [{"TxnId": part["Id"], "TxnType": "Payment"}]
    assert api.read("Customer", cust["Id"])["Balance"] == Decimal("60.00")
    err = error(api.post("payment", pay(cust, "70.00", ("Invoice", inv["Id"], "70.00"))))
    assert err["code"] == "6000"
    assert err["Detail"] == ("Business Validation Error: The Amount Received (plus credits) can't be less than the "
                             "selected charges. Also, the selected charges can't be less than the selected credits.")
    short = error(api.post("payment", pay(cust, "10.00", ("Invoice", inv["Id"], "20.00"))))
    assert short["code"] == "6000"
    over = api.create("Payment", pay(cust, "80.00", ("Invoice", inv["Id"], "60.00")))
    assert over["UnappliedAmt"] == Decimal("20.00")
    assert api.read("Customer", cust["Id"])["Balance"] == Decimal("-20.00")


def test_credit_memos_apply_through_payments(api: Api, basics: dict[str, Any]) -> None:
    cust = basics["customer"]
    inv = api.create("Invoice", invoice_body(cust, basics["item"], "100.00"))
    memo = api.create("CreditMemo", invoice_body(cust, basics["item"], "30.00"))
    assert memo["RemainingCredit"] == Decimal("30.00")
    too_much = error(api.post("payment", pay(cust, "0", ("Invoice", inv["Id"], "10.00"),
                                             ("CreditMemo", memo["Id"], "30.00"))))
    assert too_much["code"] == "6000"
    api.create("Payment", pay(cust, "70.00", ("Invoice", inv["Id"], "100.00"), ("CreditMemo", memo["Id"], "30.00")))
    assert api.read("Invoice", inv["Id"])["Balance"] == 0
    assert api.read("CreditMemo", memo["Id"])["RemainingCredit"] == 0


def test_payment_needs_an_amount_and_its_own_customers_invoices(api: Api, basics: dict[str, Any]) -> None:
    err = error(api.post("payment", {"CustomerRef": {"value": basics["customer"]["Id"]}}))
    assert err["Detail"] == "Business Validation Error: You must set a transaction amount."
    inv = api.create("Invoice", invoice_body(basics["customer"], basics["item"]))
    stranger = api.create("Customer", {"DisplayName": "Stranger"})
    assert error(api.post("payment", pay(stranger, "5", ("Invoice", inv["Id"], "5"))))["code"] == "620"
    payment = api.create("Payment", pay(basics["customer"], "25.00"))
    assert payment["UnappliedAmt"] == Decimal("25.00")
    undeposited = api.account("UndepositedFunds")
    assert payment["DepositToAccountRef"] == {"value": undeposited["Id"], "name": undeposited["Name"]}


def test_computed_totals_ignore_what_the_client_sends(api: Api, basics: dict[str, Any]) -> None:
    body = invoice_body(basics["customer"], basics["item"], "25.00", TotalAmt=Decimal("999"), Balance=1)
    body["Line"].append({"Amount": Decimal("5.50"), "DetailType": "SalesItemLineDetail",
                         "SalesItemLineDetail": {"ItemRef": {"value": basics["item"]["Id"]}}})
    inv = api.create("Invoice", body)
    assert inv["TotalAmt"] == inv["Balance"] == Decimal("30.50")
    expense = api.create("Purchase", {
        "PaymentType": "Cash", "AccountRef": {"value": api.account("Checking")["Id"]},
        "Line": [{"Amount": Decimal("10.10"), "DetailType": "AccountBasedExpenseLineDetail",
                  "AccountBasedExpenseLineDetail": {"AccountRef": {"value": api.account("Utilities")["Id"]}}},
                 {"Amount": Decimal("0.20"), "DetailType": "AccountBasedExpenseLineDetail",
                  "AccountBasedExpenseLineDetail": {"AccountRef": {"value": api.account("Utilities")["Id"]}}}]})
    assert expense["TotalAmt"] == Decimal("10.30")


def test_closed_books_refuse_changes_on_or_before_the_closing_date(api: Api, basics: dict[str, Any]) -> None:
    old = api.create("Invoice", invoice_body(basics["customer"], basics["item"], TxnDate="2025-06-01"))
    api.sb.sandbox.set_preferences(api.realm, book_close_date=date(2025, 12, 31))
    for resp in (api.post("invoice", invoice_body(basics["customer"], basics["item"], TxnDate="2025-12-31")),
                 api.post("invoice", {"Id": old["Id"], "SyncToken": "0"}, operation="delete"),
                 api.post("invoice", {"Id": old["Id"], "SyncToken": "0", "sparse": True, "TxnDate": "2026-01-05"})):
        err = error(resp)
        assert (err["code"], err["Message"]) == ("6210", "Account Period Closed")
        assert err["Detail"] == ("The account period has closed and the account books cannot be updated through "
                                 "the QBO Services API. Please use the QBO website to make these changes.")
    assert api.post("invoice", invoice_body(basics["customer"], basics["item"], TxnDate="2026-01-01")) \
        .status_code == 200


def test_customer_with_open_balance_cannot_be_made_inactive(api: Api, basics: dict[str, Any]) -> None:
    api.create("Invoice", invoice_body(basics["customer"], basics["item"]))
    cust = api.read("Customer", basics["customer"]["Id"])
    err = error(api.post("customer", {"Id": cust["Id"], "SyncToken": cust["SyncToken"], "sparse": True,
                                      "Active": False}))
    assert err["code"] == "6220"


@pytest.mark.parametrize(("body", "code", "element"), [
    ({"Name": "Fees", "Type": "Inventory", "IncomeAccountRef": {"value": "INCOME"}}, "2020", "AssetAccountRef"),
    ({"Name": "Fees", "Type": "Service", "QtyOnHand": 3, "IncomeAccountRef": {"value": "INCOME"}}, "2010",
     "QtyOnHand"),
    ({"Name": "Fees", "Type": "Gadget"}, "2170", "Type"),
    ({"Type": "Service"}, "2020", "Name"),
])
def test_item_rules(api: Api, body: dict[str, Any], code: str, element: str) -> None:
    if "IncomeAccountRef" in body:
        body["IncomeAccountRef"] = {"value": api.account("ServiceFeeIncome")["Id"]}
    err = error(api.post("item", body))
    assert (err["code"], err["element"]) == (code, element)


def test_account_needs_a_type(api: Api) -> None:
    err = error(api.post("account", {"Name": "Mystery"}))
    assert err["code"] == "6010"
    sub = api.create("Account", {"Name": "Petty Cash", "AccountSubType": "CashOnHand"})
    assert (sub["AccountType"], sub["Classification"]) == ("Bank", "Asset")
