"""Every QuickBooks error the integrators' documents quote, reproduced by the request a real client sends.

TaxDome's table (seeds 002 in French, 004 in Spanish) shows QuickBooks faults as
"Message: Detail"; the sandbox must produce that text verbatim in the same
situation. BuildOps' troubleshooting page (seed 000) describes its cases in
prose; each is reproduced with the fault QuickBooks gives for it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from tests.sandbox.conftest import Api, error, invoice_body, json, shown


def deactivate(api: Api, entity: str, data: dict[str, Any]) -> None:
    """What a QuickBooks user does with "Delete"/"Make inactive" in the web app."""
    current = api.sb.sandbox.get(api.realm, entity, data["Id"])
    assert current is not None
    api.sb.sandbox.write(api.realm, entity, {"Id": data["Id"], "SyncToken": current["SyncToken"], "sparse": True,
                                             "Active": False})


# --- TaxDome's table --------------------------------------------------------------------------------------

def test_taxdome_1_no_exact_match_for_the_account_name(api: Api, basics: dict[str, Any]) -> None:
    """TaxDome's own message, raised when its lookup by display name comes back empty."""
    resp = api.query("SELECT * FROM Customer WHERE DisplayName = 'Amy\\'s Bird Sanctuary Ltd'")
    assert json(resp)["QueryResponse"] == {}


def test_taxdome_2_duplicate_payment_method_name(api: Api) -> None:
    api.sb.sandbox.write(api.realm, "PaymentMethod", {"Name": "Credit Card", "Type": "NON_CREDIT_CARD"})
    # QuickBooks cannot filter payment methods by Type: look up by name, compare the type here.
    same_name = api.rows("SELECT * FROM PaymentMethod WHERE Name = 'Credit Card'")
    assert [m for m in same_name if m["Type"] == "CREDIT_CARD"] == [] and len(same_name) == 1
    err = error(api.post("paymentmethod", {"Name": "Credit Card", "Type": "CREDIT_CARD"}))
    assert shown(err) == "Duplicate Name Exists Error: The name supplied already exists. :"


def test_taxdome_3_deleted_customer(api: Api, basics: dict[str, Any]) -> None:
    client = api.create("Customer", {"DisplayName": "Gevelber Photography"})
    deactivate(api, "Customer", client)
    err = error(api.post("invoice", invoice_body(client, basics["item"])))
    assert shown(err) == ("Invalid Customer: The customer you have specified has been deleted. You cannot create or "
                          "edit a transaction with a deleted customer.")


def test_taxdome_4_duplicate_invoice_number(api: Api, basics: dict[str, Any]) -> None:
    api.sb.sandbox.set_preferences(api.realm, custom_txn_numbers=True)
    api.sb.sandbox.company(api.realm).reserve_id("Invoice", "3187")
    made_in_qbo = api.sb.sandbox.write(api.realm, "Invoice", invoice_body(basics["customer"], basics["item"],
                                                                          DocNumber="1781"))
    assert made_in_qbo["Id"] == "3188"
    err = error(api.post("invoice", invoice_body(basics["customer"], basics["item"], DocNumber="1781")))
    assert shown(err) == ("Duplicate Document Number Error: Duplicate Document Number Error : You must specify a "
                          "different number. This number has already been used. DocNumber=1781 is assigned to "
                          "TxnType=Invoice with TxnId=3188")


def test_taxdome_5_invalid_item_reference(api: Api, basics: dict[str, Any]) -> None:
    deactivate(api, "Item", basics["item"])
    err = error(api.post("invoice", invoice_body(basics["customer"], basics["item"])))
    assert shown(err) == "Invalid Reference Id: Invalid Reference Id : Line.SalesItemLineDetail.ItemRef"


def test_taxdome_6_credit_beyond_the_open_balance(api: Api, basics: dict[str, Any]) -> None:
    cust = basics["customer"]
    inv = api.create("Invoice", invoice_body(cust, basics["item"], "100.00"))
    api.sb.sandbox.write(api.realm, "Payment", {  # paid in part in QuickBooks meanwhile
        "CustomerRef": {"value": cust["Id"]}, "TotalAmt": Decimal("80.00"),
        "Line": [{"Amount": Decimal("80.00"), "LinkedTxn": [{"TxnId": inv["Id"], "TxnType": "Invoice"}]}]})
    memo = api.create("CreditMemo", invoice_body(cust, basics["item"], "50.00"))
    err = error(api.post("payment", {
        "CustomerRef": {"value": cust["Id"]}, "TotalAmt": 0,
        "Line": [{"Amount": Decimal("50.00"), "LinkedTxn": [{"TxnId": inv["Id"], "TxnType": "Invoice"}]},
                 {"Amount": Decimal("50.00"), "LinkedTxn": [{"TxnId": memo["Id"], "TxnType": "CreditMemo"}]}]}))
    assert shown(err) == ("A business validation error has occurred while processing your request: Business "
                          "Validation Error: The Amount Received (plus credits) can't be less than the selected "
                          "charges. Also, the selected charges can't be less than the selected credits.")


def test_taxdome_7_expense_from_the_wrong_account(api: Api, basics: dict[str, Any]) -> None:
    fees = api.account("BankCharges")
    err = error(api.post("purchase", {
        "PaymentType": "CreditCard", "AccountRef": {"value": api.account("Checking")["Id"]},
        "EntityRef": {"value": basics["vendor"]["Id"], "type": "Vendor"},
        "Line": [{"Amount": Decimal("2.99"), "DetailType": "AccountBasedExpenseLineDetail",
                  "AccountBasedExpenseLineDetail": {"AccountRef": {"value": fees["Id"]}}}]}))
    assert shown(err) == ("Invalid account type used: Invalid account type: Check your account details before you "
                          "continue. You may need to select a different type of account for your transaction.")


def test_taxdome_8_service_without_income_account(api: Api) -> None:
    err = error(api.post("item", {"Name": "Tax Return Preparation", "Type": "Service", "UnitPrice": 250}))
    assert err["Detail"] == "Please specify the income account"
    assert (err["code"], err["element"]) == ("2020", "IncomeAccountRef")


def test_taxdome_9_service_on_a_receivable_account(api: Api) -> None:
    err = error(api.post("item", {"Name": "Bookkeeping", "Type": "Service",
                                  "IncomeAccountRef": {"value": api.account("AccountsReceivable")["Id"]}}))
    assert shown(err) == ("Invalid account type used: Invalid account type: You can't associate a product or service "
                          "with accounts of certain types (such as Accounts Receivable and Accounts Payable).")


def test_taxdome_10_service_name_too_long(api: Api) -> None:
    err = error(api.post("item", {"Name": "Consultation " + "x" * 97, "Type": "Service",
                                  "IncomeAccountRef": {"value": api.account("ServiceFeeIncome")["Id"]}}))
    assert shown(err) == ("String length is either shorter or longer than supported by specification: String length "
                          "specified does not match the supported length. Min:0 Max:100 supported. Supplied "
                          "length:110")


# --- BuildOps' cases --------------------------------------------------------------------------------------

def test_buildops_invoice_deleted_in_quickbooks(api: Api, basics: dict[str, Any]) -> None:
    inv = api.create("Invoice", invoice_body(basics["customer"], basics["item"]))
    company = api.sb.sandbox.company(api.realm)
    with company.lock:
        company.remove("Invoice", inv["Id"])  # deleted by a user in QuickBooks
    err = error(api.post("invoice", {"Id": inv["Id"], "SyncToken": inv["SyncToken"], "sparse": True,
                                     "PrivateNote": "resync"}))
    assert shown(err) == "Object Not Found: Object Not Found : Another user has deleted this transaction."


def test_buildops_invoice_moved_to_another_customer(api: Api, basics: dict[str, Any]) -> None:
    inv = api.create("Invoice", invoice_body(basics["customer"], basics["item"]))
    other = api.create("Customer", {"DisplayName": "Cool Cars"})
    api.sb.sandbox.write(api.realm, "Invoice", {"Id": inv["Id"], "SyncToken": "0", "sparse": True,
                                                "CustomerRef": {"value": other["Id"]}})
    err = error(api.post("invoice", {"Id": inv["Id"], "SyncToken": "0", "sparse": True, "PrivateNote": "x"}))
    assert err["code"] == "5010"  # the client's copy is stale; reading it back shows the new customer
    assert api.read("Invoice", inv["Id"])["CustomerRef"]["value"] == other["Id"]


def test_buildops_duplicate_property(api: Api, basics: dict[str, Any]) -> None:
    parent = basics["customer"]
    api.create("Customer", {"DisplayName": "0969 Ocean View Road", "ParentRef": {"value": parent["Id"]}})
    err = error(api.post("customer", {"DisplayName": "0969 Ocean View Road", "ParentRef": {"value": parent["Id"]}}))
    assert shown(err) == "Duplicate Name Exists Error: The name supplied already exists. : null"


def test_buildops_payment_already_in_quickbooks(api: Api, basics: dict[str, Any]) -> None:
    cust = basics["customer"]
    inv = api.create("Invoice", invoice_body(cust, basics["item"], "85.00"))
    payment = {"CustomerRef": {"value": cust["Id"]}, "TotalAmt": Decimal("85.00"), "PaymentRefNum": "5521",
               "Line": [{"Amount": Decimal("85.00"), "LinkedTxn": [{"TxnId": inv["Id"], "TxnType": "Invoice"}]}]}
    api.sb.sandbox.write(api.realm, "Payment", payment)  # entered in QuickBooks directly
    err = error(api.post("payment", payment))
    assert err["code"] == "6000" and "can't be less than the selected charges" in err["Detail"]
    assert api.rows(f"SELECT * FROM Payment WHERE CustomerRef = '{cust['Id']}'")[0]["PaymentRefNum"] == "5521"


def test_buildops_vendor_document_number_not_unique_for_the_vendor(api: Api, basics: dict[str, Any]) -> None:
    supplies = api.account("SuppliesMaterials")
    receipt = {"VendorRef": {"value": basics["vendor"]["Id"]}, "DocNumber": "R-1001",
               "Line": [{"Amount": Decimal("120.00"), "DetailType": "AccountBasedExpenseLineDetail",
                         "AccountBasedExpenseLineDetail": {"AccountRef": {"value": supplies["Id"]}}}]}
    first = api.create("Bill", receipt)
    err = error(api.post("bill", receipt))
    assert shown(err) == ("Duplicate Document Number Error: Duplicate Document Number Error : You must specify a "
                          "different number. This number has already been used. DocNumber=R-1001 is assigned to "
                          f"TxnType=Bill with TxnId={first['Id']}")


def test_buildops_expense_account_mapping_mismatch(api: Api) -> None:
    err = error(api.post("item", {"Name": "Copper Pipe", "Type": "NonInventory",
                                  "IncomeAccountRef": {"value": api.account("SalesOfProductIncome")["Id"]},
                                  "ExpenseAccountRef": {"value": api.account("AccountsPayable")["Id"]}}))
    assert (err["code"], err["element"]) == ("6430", "ExpenseAccountRef")


def test_buildops_deleted_receipt_resynced(api: Api, basics: dict[str, Any]) -> None:
    body = {"VendorRef": {"value": basics["vendor"]["Id"]}, "DocNumber": "R-77",
            "Line": [{"Amount": Decimal("9.99"), "DetailType": "AccountBasedExpenseLineDetail",
                      "AccountBasedExpenseLineDetail": {"AccountRef": {"value": api.account("Utilities")["Id"]}}}]}
    bill = api.create("Bill", body)
    assert api.post("bill", {"Id": bill["Id"], "SyncToken": "0"}, operation="delete").status_code == 200
    stale = error(api.post("bill", {**body, "Id": bill["Id"], "SyncToken": "0"}))
    assert stale["Detail"] == "Object Not Found : Another user has deleted this transaction."
    again = api.create("Bill", body)  # after the reference is reset, it syncs as a new bill
    assert again["Id"] != bill["Id"] and again["DocNumber"] == "R-77"
