"""QuickBooks Online-shaped JSON (what :func:`qbdesk.sync.mapping.to_qbo` builds) → qbXML requests.

The engine builds every body with the one mapping it uses for QuickBooks Online;
this module only rewrites it in Desktop's words, in the element order Desktop's
parser demands (qbwc.md §3.1: out of order is HRESULT 0x80040400). Orders follow
Intuit's qbxmlops130 sample ([OPS13] in qbwc.md §3.4). An update becomes a
``XxxMod`` with the ListID/TxnID and EditSequence the engine keeps as Id and
SyncToken. Fields Desktop has no place for (classes, locations, a customer
memo, an item's SKU) are left out; docs/desktop.md lists them.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from qbdesk.desktop.qbxml import Element, sub

Json = dict[str, Any]

# QuickBooks Online's account types → Desktop's AccountType enumeration.
ACCOUNT_TYPES = {"Bank": "Bank", "Accounts Receivable": "AccountsReceivable",
                 "Other Current Asset": "OtherCurrentAsset", "Fixed Asset": "FixedAsset",
                 "Other Asset": "OtherAsset", "Accounts Payable": "AccountsPayable", "Credit Card": "CreditCard",
                 "Other Current Liability": "OtherCurrentLiability", "Long Term Liability": "LongTermLiability",
                 "Equity": "Equity", "Income": "Income", "Cost of Goods Sold": "CostOfGoodsSold",
                 "Expense": "Expense", "Other Income": "OtherIncome", "Other Expense": "OtherExpense",
                 "Non-Posting": "NonPosting"}


class NotForDesktop(ValueError):
    """A write Desktop has no request for (a change to a payment method, a cash expense, …)."""


def _id(value: Any) -> str | None:
    if isinstance(value, dict) and value.get("value") not in (None, ""):
        return str(value["value"])
    return None


def _ref(parent: Element, tag: str, value: Any) -> None:
    ref_id = _id(value)
    if ref_id is not None:
        sub(sub(parent, tag), "ListID", ref_id)


def _put(parent: Element, tag: str, value: Any) -> None:
    if value not in (None, ""):
        sub(parent, tag, value)


def _money(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.01"))


def _head(rq: Element, kind: str, body: Json, list_type: bool) -> Element:
    """``XxxAdd`` or ``XxxMod`` (with the Id and EditSequence) under ``rq``."""
    if body.get("Id"):
        obj = sub(rq, f"{kind}Mod")
        sub(obj, "ListID" if list_type else "TxnID", str(body["Id"]))
        sub(obj, "EditSequence", str(body.get("SyncToken") or ""))
    else:
        obj = sub(rq, f"{kind}Add")
    return obj


def _address(parent: Element, tag: str, addr: Any) -> None:
    if not isinstance(addr, dict) or not any(addr.values()):
        return
    block = sub(parent, tag)
    _put(block, "Addr1", addr.get("Line1"))
    _put(block, "City", addr.get("City"))
    _put(block, "State", addr.get("CountrySubDivisionCode"))
    _put(block, "PostalCode", addr.get("PostalCode"))
    _put(block, "Country", addr.get("Country"))


def _active(obj: Element, body: Json) -> None:
    if "Active" in body:
        sub(obj, "IsActive", body["Active"] is not False)


# --- name lists -----------------------------------------------------------------------------------


def customer(rq: Element, body: Json) -> None:
    obj = _head(rq, "Customer", body, True)
    _put(obj, "Name", body.get("DisplayName"))
    _active(obj, body)
    _ref(obj, "ParentRef", body.get("ParentRef"))
    _put(obj, "CompanyName", body.get("CompanyName"))
    _put(obj, "FirstName", body.get("GivenName"))
    _put(obj, "LastName", body.get("FamilyName"))
    _address(obj, "BillAddress", body.get("BillAddr"))
    _put(obj, "Phone", (body.get("PrimaryPhone") or {}).get("FreeFormNumber"))
    _put(obj, "Email", (body.get("PrimaryEmailAddr") or {}).get("Address"))
    _ref(obj, "TermsRef", body.get("SalesTermRef"))
    _put(obj, "Notes", body.get("Notes"))


def vendor(rq: Element, body: Json) -> None:
    obj = _head(rq, "Vendor", body, True)
    _put(obj, "Name", body.get("DisplayName"))
    _active(obj, body)
    _put(obj, "CompanyName", body.get("CompanyName"))
    _put(obj, "FirstName", body.get("GivenName"))
    _put(obj, "LastName", body.get("FamilyName"))
    _address(obj, "VendorAddress", body.get("BillAddr"))
    _put(obj, "Phone", (body.get("PrimaryPhone") or {}).get("FreeFormNumber"))
    _put(obj, "Email", (body.get("PrimaryEmailAddr") or {}).get("Address"))
    _put(obj, "AccountNumber", body.get("AcctNum"))
    _put(obj, "Notes", body.get("Notes"))
    _ref(obj, "TermsRef", body.get("TermRef"))


def account(rq: Element, body: Json) -> None:
    obj = _head(rq, "Account", body, True)
    _put(obj, "Name", body.get("Name"))
    _active(obj, body)
    _ref(obj, "ParentRef", body.get("ParentRef"))
    if body.get("AccountType"):
        kind = ACCOUNT_TYPES.get(str(body["AccountType"]))
        if kind is None:
            raise NotForDesktop(f"Desktop has no account type {body['AccountType']}")
        sub(obj, "AccountType", kind)
    _put(obj, "AccountNumber", body.get("AcctNum"))
    _put(obj, "Desc", body.get("Description"))


def payment_method(rq: Element, body: Json) -> None:
    if body.get("Id"):
        raise NotForDesktop("QuickBooks Desktop does not let apps change a payment method")
    obj = sub(rq, "PaymentMethodAdd")
    _put(obj, "Name", body.get("Name"))
    _active(obj, body)
    sub(obj, "PaymentMethodType", "OtherCreditCard" if body.get("Type") == "CREDIT_CARD" else "Other")


def term(rq: Element, body: Json) -> None:
    if body.get("Id"):
        raise NotForDesktop("QuickBooks Desktop does not let apps change terms")
    if body.get("DayOfMonthDue") is not None:
        obj = sub(rq, "DateDrivenTermsAdd")
        _put(obj, "Name", body.get("Name"))
        _active(obj, body)
        sub(obj, "DayOfMonthDue", int(body["DayOfMonthDue"]))
    else:
        obj = sub(rq, "StandardTermsAdd")
        _put(obj, "Name", body.get("Name"))
        _active(obj, body)
        sub(obj, "StdDueDays", int(body.get("DueDays") or 0))
    _put(obj, "DiscountDays" if obj.tag == "DateDrivenTermsAdd" else "StdDiscountDays", body.get("DiscountDays"))
    _put(obj, "DiscountPct", body.get("DiscountPercent"))


def tracking_class(rq: Element, body: Json) -> None:
    obj = _head(rq, "Class", body, True)
    _put(obj, "Name", body.get("Name"))
    _active(obj, body)
    _ref(obj, "ParentRef", body.get("ParentRef"))


ITEM_KINDS = {"Service": "ItemService", "NonInventory": "ItemNonInventory", "Inventory": "ItemInventory"}


def item(rq: Element, body: Json) -> None:
    kind = ITEM_KINDS.get(str(body.get("Type") or "Service"))
    if kind is None:
        raise NotForDesktop(f"Desktop items of type {body.get('Type')} are not synced")
    obj = _head(rq, kind, body, True)
    mod = obj.tag.endswith("Mod")
    _put(obj, "Name", body.get("Name"))
    _active(obj, body)
    if "Taxable" in body:
        sub(sub(obj, "SalesTaxCodeRef"), "FullName", "Tax" if body["Taxable"] else "Non")
    if kind == "ItemInventory":
        _put(obj, "SalesDesc", body.get("Description"))
        _put(obj, "SalesPrice", _money(body.get("UnitPrice")))
        _ref(obj, "IncomeAccountRef", body.get("IncomeAccountRef"))
        _put(obj, "PurchaseDesc", body.get("PurchaseDesc"))
        _put(obj, "PurchaseCost", _money(body.get("PurchaseCost")))
        _ref(obj, "COGSAccountRef", body.get("ExpenseAccountRef"))
        _ref(obj, "AssetAccountRef", body.get("AssetAccountRef"))
        if not mod:
            _put(obj, "QuantityOnHand", body.get("QtyOnHand"))
            _put(obj, "InventoryDate", body.get("InvStartDate"))
        return
    suffix = "Mod" if mod else ""
    if body.get("ExpenseAccountRef") or body.get("PurchaseCost") is not None:
        both = sub(obj, f"SalesAndPurchase{suffix}")
        _put(both, "SalesDesc", body.get("Description"))
        _put(both, "SalesPrice", _money(body.get("UnitPrice")))
        _ref(both, "IncomeAccountRef", body.get("IncomeAccountRef"))
        _put(both, "PurchaseDesc", body.get("PurchaseDesc"))
        _put(both, "PurchaseCost", _money(body.get("PurchaseCost")))
        _ref(both, "ExpenseAccountRef", body.get("ExpenseAccountRef"))
    else:
        one = sub(obj, f"SalesOrPurchase{suffix}")
        _put(one, "Desc", body.get("Description"))
        _put(one, "Price", _money(body.get("UnitPrice")))
        _ref(one, "AccountRef", body.get("IncomeAccountRef"))


# --- transactions ---------------------------------------------------------------------------------


def _tax(line_detail: Json) -> str | None:
    code = _id(line_detail.get("TaxCodeRef"))
    if code is None:
        return None
    return "Non" if code.upper() == "NON" else "Tax"


def _sales_lines(obj: Element, tag: str, body: Json, mod: bool) -> None:
    for line in body.get("Line") or ():
        if line.get("DetailType") != "SalesItemLineDetail":
            continue
        detail = line.get("SalesItemLineDetail") or {}
        out = sub(obj, f"{tag}Line{'Mod' if mod else 'Add'}")
        if mod:
            sub(out, "TxnLineID", "-1")  # every line sent anew: the ones not sent are removed (docs/desktop.md)
        _ref(out, "ItemRef", detail.get("ItemRef"))
        _put(out, "Desc", line.get("Description"))
        _put(out, "Quantity", detail.get("Qty"))
        _put(out, "Rate", detail.get("UnitPrice"))
        _ref(out, "ClassRef", detail.get("ClassRef"))
        if detail.get("Qty") is None or detail.get("UnitPrice") is None:
            _put(out, "Amount", _money(line.get("Amount")))
        tax = _tax(detail)
        if tax is not None:
            sub(sub(out, "SalesTaxCodeRef"), "FullName", tax)


def _sales_form(rq: Element, body: Json, kind: str) -> None:
    obj = _head(rq, kind, body, False)
    _ref(obj, "CustomerRef", body.get("CustomerRef"))
    _put(obj, "TxnDate", body.get("TxnDate"))
    _put(obj, "RefNumber", body.get("DocNumber"))
    if kind == "Invoice":
        _ref(obj, "TermsRef", body.get("SalesTermRef"))
        _put(obj, "DueDate", body.get("DueDate"))
    _put(obj, "Memo", body.get("PrivateNote"))
    _sales_lines(obj, kind, body, obj.tag.endswith("Mod"))


def invoice(rq: Element, body: Json) -> None:
    _sales_form(rq, body, "Invoice")


def credit_memo(rq: Element, body: Json) -> None:
    _sales_form(rq, body, "CreditMemo")


def payment(rq: Element, body: Json) -> None:
    obj = _head(rq, "ReceivePayment", body, False)
    mod = obj.tag.endswith("Mod")
    _ref(obj, "CustomerRef", body.get("CustomerRef"))
    _put(obj, "TxnDate", body.get("TxnDate"))
    _put(obj, "RefNumber", body.get("PaymentRefNum"))
    _put(obj, "TotalAmount", _money(body.get("TotalAmt")))
    _ref(obj, "PaymentMethodRef", body.get("PaymentMethodRef"))
    _put(obj, "Memo", body.get("PrivateNote"))
    _ref(obj, "DepositToAccountRef", body.get("DepositToAccountRef"))
    credits: list[tuple[str, Any]] = []
    invoices: list[tuple[str, Any]] = []
    for line in body.get("Line") or ():
        for link in line.get("LinkedTxn") or ():
            target = (str(link.get("TxnId")), line.get("Amount"))
            (credits if link.get("TxnType") == "CreditMemo" else invoices).append(target)
    for n, (txn_id, amount) in enumerate(invoices):
        applied = sub(obj, "AppliedToTxnMod" if mod else "AppliedToTxnAdd")
        sub(applied, "TxnID", txn_id)
        # A credit memo's credit is set against the payment's first invoice (Desktop's SetCredit).
        charge = _money(amount) or Decimal(0)
        credit_total = sum((_money(a) or Decimal(0) for _, a in credits), Decimal(0)) if n == 0 else Decimal(0)
        sub(applied, "PaymentAmount", charge - credit_total)
        if n == 0:
            for credit_id, credit_amount in credits:
                block = sub(applied, "SetCredit")
                sub(block, "CreditTxnID", credit_id)
                sub(block, "AppliedAmount", _money(credit_amount))


def _expense_lines(obj: Element, body: Json, mod: bool) -> None:
    suffix = "Mod" if mod else "Add"
    lines = [line for line in body.get("Line") or () if isinstance(line, dict)]
    for line in lines:  # Desktop wants every expense line before every item line
        detail = line.get("AccountBasedExpenseLineDetail")
        if line.get("DetailType") != "AccountBasedExpenseLineDetail" or not isinstance(detail, dict):
            continue
        out = sub(obj, f"ExpenseLine{suffix}")
        if mod:
            sub(out, "TxnLineID", "-1")
        _ref(out, "AccountRef", detail.get("AccountRef"))
        _put(out, "Amount", _money(line.get("Amount")))
        _put(out, "Memo", line.get("Description"))
        _ref(out, "CustomerRef", detail.get("CustomerRef"))
        _ref(out, "ClassRef", detail.get("ClassRef"))
        if detail.get("BillableStatus"):
            sub(out, "BillableStatus", "Billable" if detail["BillableStatus"] == "Billable" else "NotBillable")
    for line in lines:
        detail = line.get("ItemBasedExpenseLineDetail")
        if line.get("DetailType") != "ItemBasedExpenseLineDetail" or not isinstance(detail, dict):
            continue
        out = sub(obj, f"ItemLine{suffix}")
        if mod:
            sub(out, "TxnLineID", "-1")
        _ref(out, "ItemRef", detail.get("ItemRef"))
        _put(out, "Desc", line.get("Description"))
        _put(out, "Quantity", detail.get("Qty"))
        _put(out, "Cost", detail.get("UnitPrice"))
        _put(out, "Amount", _money(line.get("Amount")))
        _ref(out, "CustomerRef", detail.get("CustomerRef"))
        _ref(out, "ClassRef", detail.get("ClassRef"))
        if detail.get("BillableStatus"):
            sub(out, "BillableStatus", "Billable" if detail["BillableStatus"] == "Billable" else "NotBillable")


def bill(rq: Element, body: Json) -> None:
    obj = _head(rq, "Bill", body, False)
    _ref(obj, "VendorRef", body.get("VendorRef"))
    _ref(obj, "APAccountRef", body.get("APAccountRef"))
    _put(obj, "TxnDate", body.get("TxnDate"))
    _put(obj, "DueDate", body.get("DueDate"))
    _put(obj, "RefNumber", body.get("DocNumber"))
    _ref(obj, "TermsRef", body.get("SalesTermRef"))
    _put(obj, "Memo", body.get("PrivateNote"))
    _expense_lines(obj, body, obj.tag.endswith("Mod"))


def check(rq: Element, body: Json) -> None:
    if body.get("PaymentType") not in (None, "Check"):
        raise NotForDesktop("only expenses paid by check are sent to QuickBooks Desktop")
    obj = _head(rq, "Check", body, False)
    _ref(obj, "AccountRef", body.get("AccountRef"))
    _ref(obj, "PayeeEntityRef", body.get("EntityRef"))
    _put(obj, "RefNumber", body.get("DocNumber"))
    _put(obj, "TxnDate", body.get("TxnDate"))
    _put(obj, "Memo", body.get("PrivateNote"))
    _expense_lines(obj, body, obj.tag.endswith("Mod"))


WRITERS: dict[str, Callable[[Element, Json], None]] = {
    "Customer": customer, "Vendor": vendor, "Account": account,
    "Class": tracking_class, "PaymentMethod": payment_method, "Term": term,
    "Item": item, "Invoice": invoice, "CreditMemo": credit_memo, "Payment": payment, "Bill": bill,
    "Purchase": check,
}
# The XxxAddRq/XxxModRq of an add or mod element (ItemServiceAdd → ItemServiceAddRq).


def write_request(entity: str, body: Json, request_id: str) -> Element:
    """The ``XxxAddRq``/``XxxModRq`` that carries out a create or sparse update of ``body``."""
    writer = WRITERS.get(entity)
    if writer is None:
        raise NotForDesktop(f"{entity} records are not synced with QuickBooks Desktop")
    holder = Element("holder")
    writer(holder, body)
    obj = holder[0]
    rq = Element(f"{obj.tag}Rq", requestID=request_id)
    rq.append(obj)
    return rq


def deactivate_request(entity: str, list_type_tag: str, body: Json, request_id: str) -> Element:
    """A list record made inactive: its Mod with ``IsActive`` false (``list_type_tag``: CustomerMod, …)."""
    rq = Element(f"{list_type_tag}Rq", requestID=request_id)
    obj = sub(rq, list_type_tag)
    sub(obj, "ListID", str(body["Id"]))
    sub(obj, "EditSequence", str(body.get("SyncToken") or ""))
    sub(obj, "IsActive", False)
    return rq


def delete_request(del_type: str, txn_id: str, request_id: str) -> Element:
    rq = Element("TxnDelRq", requestID=request_id)
    sub(rq, "TxnDelType", del_type)
    sub(rq, "TxnID", txn_id)
    return rq
