"""The record types issue 18 added, held to QuickBooks' rules over real HTTP (sources: docs/qbo-rules.md §6).

Classes and departments, journal entries, deposits, transfers, bill payments, vendor credits, purchase
orders, estimates made into invoices, sales receipts — and the balances QuickBooks keeps on the accounts
they post to.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from tests.sandbox.conftest import Api, error, invoice_body, json


def _account(api: Api, subtype: str) -> dict[str, Any]:
    return api.account(subtype)


def _balance(api: Api, subtype: str) -> Decimal:
    return Decimal(str(api.read("Account", _account(api, subtype)["Id"])["CurrentBalance"]))


def _ref(record: dict[str, Any]) -> dict[str, str]:
    return {"value": str(record["Id"])}


# --- classes and departments -----------------------------------------------------------------------------


@pytest.mark.parametrize(("entity", "sub"), [("Class", "SubClass"), ("Department", "SubDepartment")])
def test_classes_and_departments_are_a_hierarchy_of_unique_names(api: Api, entity: str, sub: str) -> None:
    """Intuit's Class and Department references: Name required, ParentRef makes a sub-class, FullyQualifiedName
    is Parent:Child, five levels at most; names unique (6240) and free of the colon (2040)."""
    top = api.create(entity, {"Name": "North America"})
    assert (top[sub], top["FullyQualifiedName"], top["Active"]) == (False, "North America", True)
    child = api.create(entity, {"Name": "Canada", "ParentRef": _ref(top)})
    assert (child[sub], child["FullyQualifiedName"]) == (True, "North America:Canada")
    assert error(api.post(entity.lower(), {"Name": "north america"}))["code"] == "6240"
    assert api.create(entity, {"Name": "Canada"})["FullyQualifiedName"] == "Canada"  # another parent: allowed
    assert error(api.post(entity.lower(), {"Name": "A:B"}))["code"] == "2040"
    assert error(api.post(entity.lower(), {}))["code"] == "2020"
    parent = child
    for level in range(3, 6):
        parent = api.create(entity, {"Name": f"Level {level}", "ParentRef": _ref(parent)})
    assert error(api.post(entity.lower(), {"Name": "Too deep", "ParentRef": _ref(parent)}))["code"] == "6180"


def test_a_class_is_made_inactive_never_deleted_and_filtered_by_its_full_name(api: Api) -> None:
    """"Delete is achieved by setting the Active attribute to false"; Class filters on Id, Active, MetaData and
    FullyQualifiedName — Name's filterability is written nowhere."""
    klass = api.create("Class", {"Name": "Retail"})
    resp = api.post("class", {"Id": klass["Id"], "SyncToken": klass["SyncToken"]}, operation="delete")
    assert error(resp)["code"] == "500"
    gone = api.create("Class", {"Id": klass["Id"], "SyncToken": klass["SyncToken"], "sparse": True,
                                "Active": False})
    assert gone["Name"] == "Retail (deleted)"
    assert api.rows("SELECT * FROM Class WHERE FullyQualifiedName = 'Retail'") == []
    assert error(api.query("SELECT * FROM Class WHERE Name = 'Retail'"))["Detail"] == \
        "QueryValidationError: property 'Name' is not queryable"


def test_lines_and_transactions_carry_classes_and_locations(api: Api, basics: dict[str, Any]) -> None:
    klass, location = api.create("Class", {"Name": "Retail"}), api.create("Department", {"Name": "Downtown"})
    body = invoice_body(basics["customer"], basics["item"])
    body["DepartmentRef"] = _ref(location)
    body["Line"][0]["SalesItemLineDetail"]["ClassRef"] = _ref(klass)
    inv = api.create("Invoice", body)
    assert inv["DepartmentRef"] == {"value": location["Id"], "name": "Downtown"}
    assert inv["Line"][0]["SalesItemLineDetail"]["ClassRef"]["name"] == "Retail"
    body["Line"][0]["SalesItemLineDetail"]["ClassRef"] = {"value": "999999"}
    assert error(api.post("invoice", body))["code"] == "2500"


# --- journal entries -------------------------------------------------------------------------------------


def _je_line(account: dict[str, Any], posting: str, amount: str, **detail: Any) -> dict[str, Any]:
    return {"Amount": Decimal(amount), "DetailType": "JournalEntryLineDetail",
            "JournalEntryLineDetail": {"PostingType": posting, "AccountRef": _ref(account), **detail}}


def test_a_journal_entry_balances_or_is_refused(api: Api) -> None:
    """Intuit's JournalEntry reference: a debit and a credit at least (6000 "Fill out at least two detail lines to
    continue.", recorded), equal totals (6000; the words are the sandbox's), TotalAmt always zero."""
    equity, checking = _account(api, "OpeningBalanceEquity"), _account(api, "Checking")
    one = {"Line": [_je_line(checking, "Debit", "100")]}
    assert error(api.post("journalentry", one))["Detail"] == \
        "Business Validation Error: Fill out at least two detail lines to continue."
    unbalanced = {"Line": [_je_line(checking, "Debit", "100"), _je_line(equity, "Credit", "99.99")]}
    err = error(api.post("journalentry", unbalanced))
    assert (err["code"], err["Detail"]) == ("6000", "Business Validation Error: Please balance debits and credits.")
    bad = {"Line": [_je_line(checking, "Dr", "100"), _je_line(equity, "Credit", "100")]}
    assert error(api.post("journalentry", bad))["code"] == "2170"
    entry = api.create("JournalEntry", {"DocNumber": "OB-1", "TxnDate": "2026-01-01",
                                        "Line": [_je_line(checking, "Debit", "2500"),
                                                 _je_line(equity, "Credit", "2500")]})
    assert entry["TotalAmt"] == 0 and entry["Adjustment"] is False
    assert _balance(api, "Checking") == Decimal("2500.00")
    assert _balance(api, "OpeningBalanceEquity") == Decimal("2500.00")  # equity shown as a credit balance
    assert api.post("journalentry", {"Id": entry["Id"], "SyncToken": "0"}, operation="delete").status_code == 200
    assert _balance(api, "Checking") == 0


def test_receivables_and_payables_lines_need_a_name(api: Api, basics: dict[str, Any]) -> None:
    """"When you use Accounts Receivable, you must choose a customer in the Name field." (6000, recorded); the
    Accounts Payable sentence is the sandbox's by analogy (Intuit's rule: A/P "Needs to have a Vendor")."""
    ar, ap, equity = _account(api, "AccountsReceivable"), _account(api, "AccountsPayable"), \
        _account(api, "OpeningBalanceEquity")
    err = error(api.post("journalentry", {"Line": [_je_line(ar, "Debit", "50"), _je_line(equity, "Credit", "50")]}))
    assert err["Detail"] == ("Business Validation Error: When you use Accounts Receivable, you must choose a customer "
                             "in the Name field.")
    err = error(api.post("journalentry", {"Line": [_je_line(equity, "Debit", "50"), _je_line(ap, "Credit", "50")]}))
    assert "Accounts Payable, you must choose a vendor" in err["Detail"]
    customer = {"Type": "Customer", "EntityRef": _ref(basics["customer"])}
    vendor = {"Type": "Vendor", "EntityRef": _ref(basics["vendor"])}
    owed_by, owed_to = (Decimal(str(api.read(kind, basics[kind.lower()]["Id"])["Balance"]))
                        for kind in ("Customer", "Vendor"))
    entry = api.create("JournalEntry", {"Line": [_je_line(ar, "Debit", "50", Entity=customer),
                                                 _je_line(ap, "Credit", "50", Entity=vendor)]})
    assert _balance(api, "AccountsReceivable") == Decimal("50.00")
    assert _balance(api, "AccountsPayable") == Decimal("50.00")
    # The opening balance is the customer's and the vendor's too (a payment can be applied to it, §5).
    assert Decimal(str(api.read("Customer", basics["customer"]["Id"])["Balance"])) == owed_by + 50
    assert Decimal(str(api.read("Vendor", basics["vendor"]["Id"])["Balance"])) == owed_to + 50
    assert api.post("journalentry", {"Id": entry["Id"], "SyncToken": "0"}, operation="delete").status_code == 200
    assert Decimal(str(api.read("Customer", basics["customer"]["Id"])["Balance"])) == owed_by


def test_journal_entries_filter_on_number_and_date_only(api: Api) -> None:
    """qbo-api.md Part 2 §1.3: JournalEntry filters on Id, DocNumber, TxnDate; AccountRef is a line field."""
    assert api.query("SELECT * FROM JournalEntry WHERE DocNumber = 'OB-1'").status_code == 200
    assert error(api.query("SELECT * FROM JournalEntry WHERE AccountRef = '1'"))["Detail"] == \
        "QueryValidationError: Property AccountRef not found for Entity JournalEntry"


# --- deposits and transfers ------------------------------------------------------------------------------


def _payment(api: Api, basics: dict[str, Any], amount: str = "75.00") -> dict[str, Any]:
    inv = api.create("Invoice", invoice_body(basics["customer"], basics["item"], amount))
    return api.create("Payment", {"CustomerRef": _ref(basics["customer"]), "TotalAmt": Decimal(amount),
                                  "Line": [{"Amount": Decimal(amount),
                                            "LinkedTxn": [{"TxnId": inv["Id"], "TxnType": "Invoice"}]}]})


def test_a_deposit_takes_payments_out_of_undeposited_funds(api: Api, basics: dict[str, Any]) -> None:
    """Intuit's Deposit reference: a linked line moves a payment from Undeposited Funds to the bank; a direct
    line brings money from the account it names; TotalAmt is computed."""
    pay = _payment(api, basics)
    assert pay["DepositToAccountRef"]["value"] == _account(api, "UndepositedFunds")["Id"]
    assert _balance(api, "UndepositedFunds") == Decimal("75.00")
    interest = _account(api, "InterestEarned")
    deposit = api.create("Deposit", {"DepositToAccountRef": _ref(_account(api, "Checking")), "Line": [
        {"Amount": Decimal("75.00"), "LinkedTxn": [{"TxnId": pay["Id"], "TxnType": "Payment"}]},
        {"Amount": Decimal("4.10"), "DetailType": "DepositLineDetail",
         "DepositLineDetail": {"AccountRef": _ref(interest)}}]})
    assert deposit["TotalAmt"] == Decimal("79.10")
    assert _balance(api, "UndepositedFunds") == 0
    assert _balance(api, "Checking") == Decimal("79.10")


def test_deposit_lines_are_linked_or_name_an_account(api: Api, basics: dict[str, Any]) -> None:
    """python-quickbooks#329: a DepositLineDetail without its account is 2020 with that element; #391: a line
    that is neither is "Select a bank account for this deposit"; the account must be a bank (6430)."""
    checking = _ref(_account(api, "Checking"))
    err = error(api.post("deposit", {"DepositToAccountRef": checking, "Line": [
        {"Amount": Decimal("5"), "DetailType": "DepositLineDetail", "DepositLineDetail": {}}]}))
    assert err["Detail"] == "Required parameter Line.DepositLineDetail.AccountRef is missing in the request"
    err = error(api.post("deposit", {"DepositToAccountRef": checking, "Line": [{"Amount": Decimal("5")}]}))
    assert err["Detail"] == "Business Validation Error: Select a bank account for this deposit"
    err = error(api.post("deposit", {"DepositToAccountRef": _ref(_account(api, "AccountsPayable")), "Line": [
        {"Amount": Decimal("5"), "DetailType": "DepositLineDetail",
         "DepositLineDetail": {"AccountRef": _ref(_account(api, "InterestEarned"))}}]}))
    assert err["code"] == "6430"


def test_a_deposited_payment_cannot_be_changed_or_deleted(api: Api, basics: dict[str, Any]) -> None:
    """6540 (Intuit's common-errors page): "This transaction has been deposited. If you want to change or delete
    it, you must edit the deposit it appears on and remove it first." A second deposit of it is the same."""
    pay = _payment(api, basics)
    line = {"Amount": Decimal("75.00"), "LinkedTxn": [{"TxnId": pay["Id"], "TxnType": "Payment"}]}
    api.create("Deposit", {"DepositToAccountRef": _ref(_account(api, "Checking")), "Line": [line]})
    for resp in (api.post("payment", {"Id": pay["Id"], "SyncToken": pay["SyncToken"]}, operation="delete"),
                 api.post("payment", {**pay, "TotalAmt": Decimal("70.00"), "Line": []}),
                 api.post("deposit", {"DepositToAccountRef": _ref(_account(api, "Savings")), "Line": [line]})):
        err = error(resp)
        assert (err["code"], err["Message"]) == ("6540", "Deposited Transaction cannot be changed")
    noted = api.create("Payment", {"Id": pay["Id"], "SyncToken": pay["SyncToken"], "sparse": True,
                                   "PrivateNote": "a memo may still change"})
    assert noted["PrivateNote"] == "a memo may still change"


def test_a_transfer_moves_money_between_asset_accounts(api: Api) -> None:
    """Intuit's Transfer reference: FromAccountRef, ToAccountRef and Amount required; both accounts must be
    classified Asset (6430 otherwise)."""
    checking, savings = _account(api, "Checking"), _account(api, "Savings")
    assert error(api.post("transfer", {"FromAccountRef": _ref(checking), "ToAccountRef": _ref(savings)}))[
        "Detail"] == "Required parameter Amount is missing in the request"
    card = _account(api, "CreditCard")
    assert error(api.post("transfer", {"FromAccountRef": _ref(checking), "ToAccountRef": _ref(card),
                                       "Amount": Decimal("10")}))["code"] == "6430"
    api.create("Transfer", {"FromAccountRef": _ref(checking), "ToAccountRef": _ref(savings), "Amount": Decimal("250")})
    assert (_balance(api, "Checking"), _balance(api, "Savings")) == (Decimal("-250.00"), Decimal("250.00"))
    assert error(api.query("SELECT * FROM Deposit WHERE TotalAmt > '1'"))["Detail"] == \
        "QueryValidationError: property 'TotalAmt' is not queryable"


# --- bills paid, vendor credits, purchase orders ---------------------------------------------------------


def _bill(api: Api, basics: dict[str, Any], amount: str = "200.00", vendor: dict[str, Any] | None = None
          ) -> dict[str, Any]:
    return api.create("Bill", {"VendorRef": _ref(vendor or basics["vendor"]), "Line": [
        {"Amount": Decimal(amount), "DetailType": "AccountBasedExpenseLineDetail",
         "AccountBasedExpenseLineDetail": {"AccountRef": _ref(_account(api, "SuppliesMaterials"))}}]})


def _bill_payment(bill: dict[str, Any], vendor: dict[str, Any], bank: dict[str, Any], amount: str,
                  **extra: Any) -> dict[str, Any]:
    return {"VendorRef": _ref(vendor), "TotalAmt": Decimal(amount), "PayType": "Check",
            "CheckPayment": {"BankAccountRef": _ref(bank)},
            "Line": [{"Amount": Decimal(amount), "LinkedTxn": [{"TxnId": bill["Id"], "TxnType": "Bill"}]}], **extra}


def test_a_bill_payment_pays_bills_by_check_or_card(api: Api, basics: dict[str, Any]) -> None:
    """Intuit's BillPayment reference: PayType Check with CheckPayment.BankAccountRef (a Bank account), or
    CreditCard with CreditCardPayment.CCAccountRef (a Credit Card account); the bill's balance and the vendor's
    follow; no TotalAmt is 6000 "You must set a transaction amount."."""
    bill = _bill(api, basics)
    checking, card = _account(api, "Checking"), _account(api, "CreditCard")
    body = _bill_payment(bill, basics["vendor"], checking, "150.00")
    assert error(api.post("billpayment", {k: v for k, v in body.items() if k != "TotalAmt"}))["Detail"] == \
        "Business Validation Error: You must set a transaction amount."
    assert error(api.post("billpayment", {**body, "CheckPayment": {"BankAccountRef": _ref(card)}}))["code"] == "6430"
    assert error(api.post("billpayment", {**body, "CheckPayment": {}}))["Detail"] == \
        "Required parameter CheckPayment.BankAccountRef is missing in the request"
    paid = api.create("BillPayment", body)
    assert paid["CheckPayment"]["PrintStatus"] == "NeedToPrint"
    assert api.read("Bill", bill["Id"])["Balance"] == Decimal("50.00")
    assert api.read("Vendor", basics["vendor"]["Id"])["Balance"] == Decimal("50.00")
    by_card = {**_bill_payment(bill, basics["vendor"], card, "50.00"), "PayType": "CreditCard",
               "CreditCardPayment": {"CCAccountRef": _ref(card)}}
    by_card.pop("CheckPayment")
    api.create("BillPayment", by_card)
    assert api.read("Bill", bill["Id"])["Balance"] == 0
    assert (_balance(api, "Checking"), _balance(api, "CreditCard")) == (Decimal("-150.00"), Decimal("50.00"))
    assert _balance(api, "AccountsPayable") == 0


def test_a_bill_payment_never_pays_more_than_owed_nor_another_vendors_bill(api: Api, basics: dict[str, Any]) -> None:
    bill = _bill(api, basics, "80.00")
    checking = _account(api, "Checking")
    err = error(api.post("billpayment", _bill_payment(bill, basics["vendor"], checking, "90.00")))
    assert err["Detail"].startswith("Business Validation Error: The Amount Received (plus credits)")
    other = api.create("Vendor", {"DisplayName": "Other Supplies"})
    err = error(api.post("billpayment", _bill_payment(bill, other, checking, "80.00")))
    assert err["code"] == "620"


def test_a_paid_bill_cannot_be_deleted_and_a_voided_bill_payment_clears_its_lines(api: Api,
                                                                                   basics: dict[str, Any]) -> None:
    """The Bill reference's "You must unlink any linked transactions" (800, as for invoices); void: "all
    amounts and quantities are zeroed, all lines are cleared, and the string, Voided, is injected into
    PrivateNote"."""
    bill = _bill(api, basics)
    paid = api.create("BillPayment", _bill_payment(bill, basics["vendor"], _account(api, "Checking"), "200.00"))
    bill = api.read("Bill", bill["Id"])
    assert error(api.post("bill", {"Id": bill["Id"], "SyncToken": bill["SyncToken"]}, operation="delete"))[
        "code"] == "800"
    voided = json(api.post("billpayment", {"Id": paid["Id"], "SyncToken": paid["SyncToken"], "sparse": True},
                           operation="update", include="void"))["BillPayment"]
    assert (voided["TotalAmt"], voided["Line"], voided["PrivateNote"]) == (0, [], "Voided")
    assert api.read("Bill", bill["Id"])["Balance"] == Decimal("200.00")


def test_a_vendor_credit_lowers_what_is_owed_and_is_used_by_a_bill_payment(api: Api, basics: dict[str, Any]) -> None:
    """Intuit's VendorCredit reference: it reduces the vendor's A/P balance and is applied through BillPayment
    lines (TxnType VendorCredit); the payment is the bills less the credits."""
    bill = _bill(api, basics, "100.00")
    credit = api.create("VendorCredit", {"VendorRef": _ref(basics["vendor"]), "Line": [
        {"Amount": Decimal("30.00"), "DetailType": "AccountBasedExpenseLineDetail",
         "AccountBasedExpenseLineDetail": {"AccountRef": _ref(_account(api, "SuppliesMaterials"))}}]})
    assert api.read("Vendor", basics["vendor"]["Id"])["Balance"] == Decimal("70.00")
    body = _bill_payment(bill, basics["vendor"], _account(api, "Checking"), "70.00")
    body["Line"] = [{"Amount": Decimal("100.00"), "LinkedTxn": [{"TxnId": bill["Id"], "TxnType": "Bill"}]},
                    {"Amount": Decimal("30.00"), "LinkedTxn": [{"TxnId": credit["Id"], "TxnType": "VendorCredit"}]}]
    api.create("BillPayment", body)
    assert api.read("VendorCredit", credit["Id"])["Balance"] == 0
    assert api.read("Vendor", basics["vendor"]["Id"])["Balance"] == 0
    assert _balance(api, "AccountsPayable") == 0


def test_a_purchase_order_posts_nothing_and_needs_plus(api: Api, basics: dict[str, Any]) -> None:
    """Intuit's PurchaseOrder reference: APAccountRef required, POStatus Open or Closed, non-posting; Intuit's
    error list: 5020 "Purchase Order creation is available only in QBO Plus"."""
    ap = _account(api, "AccountsPayable")
    line = {"Amount": Decimal("40"), "DetailType": "AccountBasedExpenseLineDetail",
            "AccountBasedExpenseLineDetail": {"AccountRef": _ref(_account(api, "SuppliesMaterials"))}}
    assert error(api.post("purchaseorder", {"VendorRef": _ref(basics["vendor"]), "Line": [line]}))["Detail"] == \
        "Required parameter APAccountRef is missing in the request"
    order = api.create("PurchaseOrder", {"VendorRef": _ref(basics["vendor"]), "APAccountRef": _ref(ap),
                                         "Line": [line]})
    assert (order["POStatus"], order["TotalAmt"]) == ("Open", Decimal("40.00"))
    assert _balance(api, "AccountsPayable") == 0
    assert error(api.post("purchaseorder", {**order, "POStatus": "Received"}))["code"] == "2170"
    info = api.sb.sandbox.company(api.realm).singleton("CompanyInfo")
    for pair in info["NameValue"]:
        if pair["Name"] == "OfferingSku":
            pair["Value"] = "QuickBooks Online Essentials"
    err = error(api.post("purchaseorder", {"VendorRef": _ref(basics["vendor"]), "APAccountRef": _ref(ap),
                                           "Line": [line]}))
    assert (err["code"], err["Message"]) == ("5020", "Permission Denied")


# --- sales forms -------------------------------------------------------------------------------------------


def test_an_estimate_becomes_an_invoice_that_links_it(api: Api, basics: dict[str, Any]) -> None:
    """Intuit's Estimate reference: TxnStatus Accepted | Closed | Pending | Rejected | Converted; an invoice links
    its estimate with LinkedTxn TxnType Estimate; another customer's estimate cannot be linked (620)."""
    body = invoice_body(basics["customer"], basics["item"])
    estimate = api.create("Estimate", {**body, "TxnStatus": "Accepted"})
    assert error(api.post("estimate", {**body, "TxnStatus": "Won"}))["code"] == "2170"
    invoice = api.create("Invoice", {**body, "LinkedTxn": [{"TxnId": estimate["Id"], "TxnType": "Estimate"}]})
    assert {"TxnId": estimate["Id"], "TxnType": "Estimate"} in invoice["LinkedTxn"]
    other = api.create("Customer", {"DisplayName": "Other Customer"})
    err = error(api.post("invoice", {**invoice_body(other, basics["item"]),
                                     "LinkedTxn": [{"TxnId": estimate["Id"], "TxnType": "Estimate"}]}))
    assert err["code"] == "620"
    assert _balance(api, "AccountsReceivable") == Decimal(str(invoice["TotalAmt"]))  # the estimate posts nothing
    # An invoice moved to another customer keeps the estimate it was made from: the rule holds when the link is
    # made (docs/qbo-rules.md §7, [S]).
    moved = api.post("invoice", {**invoice, "CustomerRef": _ref(other)})
    assert moved.status_code == 200, moved.text
    assert {"TxnId": estimate["Id"], "TxnType": "Estimate"} in moved.json()["Invoice"]["LinkedTxn"]


def test_a_sales_receipt_goes_to_undeposited_funds_unless_told_otherwise(api: Api, basics: dict[str, Any]) -> None:
    """Intuit's SalesReceipt reference: "If not specified, payment is applied to the Undeposited Funds account"."""
    receipt = api.create("SalesReceipt", invoice_body(basics["customer"], basics["item"], "60.00"))
    assert receipt["DepositToAccountRef"]["value"] == _account(api, "UndepositedFunds")["Id"]
    assert (_balance(api, "UndepositedFunds"), _balance(api, "AccountsReceivable")) == (Decimal("60.00"), 0)
    direct = {**invoice_body(basics["customer"], basics["item"], "15.00"),
              "DepositToAccountRef": _ref(_account(api, "Checking"))}
    api.create("SalesReceipt", direct)
    assert _balance(api, "Checking") == Decimal("15.00")


def test_accounts_show_balances_for_the_balance_sheet_only(practice: Api) -> None:
    """Intuit's Account reference: CurrentBalance is the balance "for Balance Sheet accounts"."""
    for account in practice.rows("SELECT * FROM Account"):
        if account["Classification"] in ("Revenue", "Expense"):
            assert account["CurrentBalance"] == 0, account["Name"]
    receivable = next(a for a in practice.rows("SELECT * FROM Account") if a["AccountType"] == "Accounts Receivable")
    owed = sum(Decimal(str(c["Balance"])) for c in practice.rows("SELECT * FROM Customer MAXRESULTS 1000"))
    assert Decimal(str(receivable["CurrentBalance"])) == owed > 0
