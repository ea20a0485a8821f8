"""qbXML ``XxxRet`` elements → QuickBooks Online-shaped JSON rows, for the engine's one mapping.

The engine reads QuickBooks through :func:`qbdesk.sync.mapping.from_qbo` and its
snapshots; this module gives it Desktop's records in that shape: ListID/TxnID as
``Id``, EditSequence as ``SyncToken``, TimeCreated/TimeModified as ``MetaData``,
references as ``{"value": ListID, "name": FullName}``. A job's ``Name`` is its
own name and its ``FullName`` the colon path (``Parent:Job``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from qbdesk.desktop.qbxml import Element, text_of

Json = dict[str, Any]

ACCOUNT_TYPES_BACK = {"Bank": "Bank", "AccountsReceivable": "Accounts Receivable",
                      "OtherCurrentAsset": "Other Current Asset", "FixedAsset": "Fixed Asset",
                      "OtherAsset": "Other Asset", "AccountsPayable": "Accounts Payable", "CreditCard": "Credit Card",
                      "OtherCurrentLiability": "Other Current Liability", "LongTermLiability": "Long Term Liability",
                      "Equity": "Equity", "Income": "Income", "CostOfGoodsSold": "Cost of Goods Sold",
                      "Expense": "Expense", "OtherIncome": "Other Income", "OtherExpense": "Other Expense",
                      "NonPosting": "Non-Posting"}
CREDIT_CARD_METHODS = {"AmericanExpress", "Discover", "MasterCard", "OtherCreditCard", "Visa"}


def _ref(elem: Element, tag: str) -> Json | None:
    block = elem.find(tag)
    if block is None:
        return None
    list_id = text_of(block, "ListID")
    if not list_id:
        return None
    ref: Json = {"value": list_id}
    name = text_of(block, "FullName")
    if name:
        ref["name"] = name
    return ref


def _put(doc: Json, key: str, value: Any) -> None:
    if value not in (None, ""):
        doc[key] = value


def _dec(elem: Element, tag: str) -> Decimal | None:
    value = text_of(elem, tag)
    return Decimal(value) if value not in (None, "") else None


def _common(ret: Element, id_tag: str) -> Json:
    doc: Json = {"Id": text_of(ret, id_tag), "SyncToken": text_of(ret, "EditSequence")}
    created, modified = text_of(ret, "TimeCreated"), text_of(ret, "TimeModified")
    if created:
        doc["MetaData"] = {"CreateTime": created, "LastUpdatedTime": modified or created}
    active = text_of(ret, "IsActive")
    if active is not None:
        doc["Active"] = active == "true"
    return doc


def _address(ret: Element, tag: str) -> Json | None:
    block = ret.find(tag)
    if block is None:
        return None
    addr: Json = {}
    for src, dst in (("Addr1", "Line1"), ("City", "City"), ("State", "CountrySubDivisionCode"),
                     ("PostalCode", "PostalCode"), ("Country", "Country")):
        _put(addr, dst, text_of(block, src))
    return addr or None


def _party(ret: Element, address_tag: str) -> Json:
    doc = _common(ret, "ListID")
    doc["DisplayName"] = text_of(ret, "Name") or ""
    doc["FullyQualifiedName"] = text_of(ret, "FullName") or doc["DisplayName"]
    _put(doc, "CompanyName", text_of(ret, "CompanyName"))
    _put(doc, "GivenName", text_of(ret, "FirstName"))
    _put(doc, "FamilyName", text_of(ret, "LastName"))
    addr = _address(ret, address_tag)
    if addr:
        doc["BillAddr"] = addr
    phone, email = text_of(ret, "Phone"), text_of(ret, "Email")
    if phone:
        doc["PrimaryPhone"] = {"FreeFormNumber": phone}
    if email:
        doc["PrimaryEmailAddr"] = {"Address": email}
    _put(doc, "Notes", text_of(ret, "Notes"))
    return doc


def customer(ret: Element) -> Json:
    doc = _party(ret, "BillAddress")
    parent = _ref(ret, "ParentRef")
    if parent is not None:
        doc["ParentRef"] = parent
        doc["Job"] = True
    terms = _ref(ret, "TermsRef")
    if terms is not None:
        doc["SalesTermRef"] = terms
    _put(doc, "Balance", _dec(ret, "TotalBalance"))
    return doc


def vendor(ret: Element) -> Json:
    doc = _party(ret, "VendorAddress")
    _put(doc, "AcctNum", text_of(ret, "AccountNumber"))
    terms = _ref(ret, "TermsRef")
    if terms is not None:
        doc["TermRef"] = terms
    _put(doc, "Balance", _dec(ret, "Balance"))
    return doc


def account(ret: Element) -> Json:
    doc = _common(ret, "ListID")
    doc["Name"] = text_of(ret, "Name") or ""
    doc["FullyQualifiedName"] = text_of(ret, "FullName") or doc["Name"]
    doc["AccountType"] = ACCOUNT_TYPES_BACK.get(text_of(ret, "AccountType") or "", "Non-Posting")
    parent = _ref(ret, "ParentRef")
    if parent is not None:
        doc["ParentRef"], doc["SubAccount"] = parent, True
    _put(doc, "AcctNum", text_of(ret, "AccountNumber"))
    _put(doc, "Description", text_of(ret, "Desc"))
    _put(doc, "CurrentBalance", _dec(ret, "Balance"))
    return doc


def payment_method(ret: Element) -> Json:
    doc = _common(ret, "ListID")
    doc["Name"] = text_of(ret, "Name") or ""
    kind = text_of(ret, "PaymentMethodType") or ""
    doc["Type"] = "CREDIT_CARD" if kind in CREDIT_CARD_METHODS else "NON_CREDIT_CARD"
    return doc


def term(ret: Element) -> Json:
    doc = _common(ret, "ListID")
    doc["Name"] = text_of(ret, "Name") or ""
    if ret.tag == "DateDrivenTermsRet":
        doc["DayOfMonthDue"] = int(text_of(ret, "DayOfMonthDue") or 1)
        days = text_of(ret, "DiscountDayOfMonth")
    else:
        doc["DueDays"] = int(text_of(ret, "StdDueDays") or 0)
        days = text_of(ret, "StdDiscountDays")
    if days:
        doc["DiscountDays"] = int(days)
    _put(doc, "DiscountPercent", _dec(ret, "DiscountPct"))
    return doc


def tracking_class(ret: Element) -> Json:
    doc = _common(ret, "ListID")
    doc["Name"] = text_of(ret, "Name") or ""
    doc["FullyQualifiedName"] = text_of(ret, "FullName") or doc["Name"]
    parent = _ref(ret, "ParentRef")
    if parent is not None:
        doc["ParentRef"], doc["SubClass"] = parent, True
    return doc


ITEM_TYPES = {"ItemServiceRet": "Service", "ItemNonInventoryRet": "NonInventory", "ItemInventoryRet": "Inventory"}


def item(ret: Element) -> Json:
    doc = _common(ret, "ListID")
    doc["Name"] = text_of(ret, "Name") or ""
    doc["FullyQualifiedName"] = text_of(ret, "FullName") or doc["Name"]
    doc["Type"] = ITEM_TYPES.get(ret.tag, "Service")
    tax = ret.find("SalesTaxCodeRef")
    doc["Taxable"] = tax is not None and (text_of(tax, "FullName") or "").lower() == "tax"
    price = Decimal(0)
    if ret.tag == "ItemInventoryRet":
        block: Element | None = ret
        desc, price_tag, income = "SalesDesc", "SalesPrice", "IncomeAccountRef"
        expense = "COGSAccountRef"
        asset = _ref(ret, "AssetAccountRef")
        if asset is not None:
            doc["AssetAccountRef"] = asset
        doc["TrackQtyOnHand"] = True
        doc["QtyOnHand"] = _dec(ret, "QuantityOnHand") or Decimal(0)
        _put(doc, "InvStartDate", text_of(ret, "InventoryDate"))
    elif ret.find("SalesAndPurchase") is not None:
        block = ret.find("SalesAndPurchase")
        desc, price_tag, income, expense = "SalesDesc", "SalesPrice", "IncomeAccountRef", "ExpenseAccountRef"
    else:
        block = ret.find("SalesOrPurchase")
        desc, price_tag, income, expense = "Desc", "Price", "AccountRef", ""
    if block is not None:
        _put(doc, "Description", text_of(block, desc))
        price = _dec(block, price_tag) or Decimal(0)
        income_ref = _ref(block, income)
        if income_ref is not None:
            doc["IncomeAccountRef"] = income_ref
        if expense:
            expense_ref = _ref(block, expense)
            if expense_ref is not None:
                doc["ExpenseAccountRef"] = expense_ref
            _put(doc, "PurchaseDesc", text_of(block, "PurchaseDesc"))
            _put(doc, "PurchaseCost", _dec(block, "PurchaseCost"))
    doc["UnitPrice"] = price
    return doc


# --- transactions ---------------------------------------------------------------------------------


def _txn(ret: Element) -> Json:
    doc = _common(ret, "TxnID")
    _put(doc, "TxnDate", text_of(ret, "TxnDate"))
    _put(doc, "PrivateNote", text_of(ret, "Memo"))
    return doc


def _sales_lines(ret: Element, tag: str) -> list[Json]:
    lines: list[Json] = []
    for n, line in enumerate(ret.findall(f"{tag}LineRet"), start=1):
        detail: Json = {}
        for tag in ("ItemRef", "ClassRef"):
            found = _ref(line, tag)
            if found is not None:
                detail[tag] = found
        qty, rate, amount = _dec(line, "Quantity"), _dec(line, "Rate"), _dec(line, "Amount")
        if qty is not None:
            detail["Qty"] = qty
        if rate is not None:
            detail["UnitPrice"] = rate
        tax = line.find("SalesTaxCodeRef")
        if tax is not None and (text_of(tax, "FullName") or "").lower() == "tax":
            detail["TaxCodeRef"] = {"value": "TAX"}
        out: Json = {"Id": text_of(line, "TxnLineID"), "LineNum": n, "Amount": amount or Decimal(0),
                     "DetailType": "SalesItemLineDetail", "SalesItemLineDetail": detail}
        _put(out, "Description", text_of(line, "Desc"))
        lines.append(out)
    return lines


def _sales_form(ret: Element, tag: str) -> Json:
    doc = _txn(ret)
    doc["CustomerRef"] = _ref(ret, "CustomerRef")
    _put(doc, "DocNumber", text_of(ret, "RefNumber"))
    terms = _ref(ret, "TermsRef")
    if terms is not None:
        doc["SalesTermRef"] = terms
    _put(doc, "DueDate", text_of(ret, "DueDate"))
    doc["Line"] = _sales_lines(ret, tag)
    total = _dec(ret, "Subtotal")
    doc["TotalAmt"] = total if total is not None else sum((line["Amount"] for line in doc["Line"]), Decimal(0))
    balance = _dec(ret, "BalanceRemaining") if tag == "Invoice" else _dec(ret, "CreditRemaining")
    _put(doc, "Balance" if tag == "Invoice" else "RemainingCredit", balance)
    return doc


def invoice(ret: Element) -> Json:
    return _sales_form(ret, "Invoice")


def credit_memo(ret: Element) -> Json:
    return _sales_form(ret, "CreditMemo")


def payment(ret: Element) -> Json:
    doc = _txn(ret)
    doc["CustomerRef"] = _ref(ret, "CustomerRef")
    _put(doc, "PaymentRefNum", text_of(ret, "RefNumber"))
    doc["TotalAmt"] = _dec(ret, "TotalAmount") or Decimal(0)
    for tag, key in (("PaymentMethodRef", "PaymentMethodRef"), ("DepositToAccountRef", "DepositToAccountRef")):
        ref = _ref(ret, tag)
        if ref is not None:
            doc[key] = ref
    lines: list[Json] = []
    for applied in ret.findall("AppliedToTxnRet"):
        credit_lines: list[Json] = []
        for credit in applied.findall("LinkedTxn"):  # credit memos set against this invoice (SetCredit)
            amount = abs(_dec(credit, "Amount") or Decimal(0))
            credit_lines.append({"Amount": amount, "LinkedTxn": [{"TxnId": text_of(credit, "TxnID"),
                                                                   "TxnType": "CreditMemo"}]})
        paid = (_dec(applied, "Amount") or Decimal(0)) + sum((c["Amount"] for c in credit_lines), Decimal(0))
        lines.append({"Amount": paid, "LinkedTxn": [{"TxnId": text_of(applied, "TxnID"),
                                                     "TxnType": text_of(applied, "TxnType") or "Invoice"}]})
        lines.extend(credit_lines)
    doc["Line"] = lines
    return doc


def _expense_lines(ret: Element) -> list[Json]:
    lines: list[Json] = []
    for line in ret.findall("ExpenseLineRet"):
        detail: Json = {"AccountRef": _ref(line, "AccountRef")}
        for tag in ("CustomerRef", "ClassRef"):
            found = _ref(line, tag)
            if found is not None:
                detail[tag] = found
        if text_of(line, "BillableStatus") == "Billable":
            detail["BillableStatus"] = "Billable"
        out: Json = {"Id": text_of(line, "TxnLineID"), "LineNum": len(lines) + 1,
                     "Amount": _dec(line, "Amount") or Decimal(0),
                     "DetailType": "AccountBasedExpenseLineDetail", "AccountBasedExpenseLineDetail": detail}
        _put(out, "Description", text_of(line, "Memo"))
        lines.append(out)
    for line in ret.findall("ItemLineRet"):
        detail = {"ItemRef": _ref(line, "ItemRef")}
        _put(detail, "Qty", _dec(line, "Quantity"))
        _put(detail, "UnitPrice", _dec(line, "Cost"))
        for tag in ("CustomerRef", "ClassRef"):
            found = _ref(line, tag)
            if found is not None:
                detail[tag] = found
        if text_of(line, "BillableStatus") == "Billable":
            detail["BillableStatus"] = "Billable"
        out = {"Id": text_of(line, "TxnLineID"), "LineNum": len(lines) + 1,
               "Amount": _dec(line, "Amount") or Decimal(0),
               "DetailType": "ItemBasedExpenseLineDetail", "ItemBasedExpenseLineDetail": detail}
        _put(out, "Description", text_of(line, "Desc"))
        lines.append(out)
    return lines


def bill(ret: Element) -> Json:
    doc = _txn(ret)
    doc["VendorRef"] = _ref(ret, "VendorRef")
    for tag, key in (("APAccountRef", "APAccountRef"), ("TermsRef", "SalesTermRef")):
        ref = _ref(ret, tag)
        if ref is not None:
            doc[key] = ref
    _put(doc, "DocNumber", text_of(ret, "RefNumber"))
    _put(doc, "DueDate", text_of(ret, "DueDate"))
    doc["Line"] = _expense_lines(ret)
    doc["TotalAmt"] = _dec(ret, "AmountDue") or sum((line["Amount"] for line in doc["Line"]), Decimal(0))
    _put(doc, "Balance", _dec(ret, "OpenAmount"))
    return doc


def check(ret: Element, vendors: frozenset[str] = frozenset()) -> Json:
    doc = _txn(ret)
    doc["PaymentType"] = "Check"
    doc["AccountRef"] = _ref(ret, "AccountRef")
    payee = _ref(ret, "PayeeEntityRef")
    if payee is not None:
        doc["EntityRef"] = {**payee, "type": "Vendor" if payee["value"] in vendors else "Customer"}
    _put(doc, "DocNumber", text_of(ret, "RefNumber"))
    doc["Line"] = _expense_lines(ret)
    doc["TotalAmt"] = _dec(ret, "Amount") or sum((line["Amount"] for line in doc["Line"]), Decimal(0))
    return doc


READERS = {
    "ClassRet": tracking_class,
    "CustomerRet": customer, "VendorRet": vendor, "AccountRet": account, "PaymentMethodRet": payment_method,
    "StandardTermsRet": term, "DateDrivenTermsRet": term, "ItemServiceRet": item, "ItemNonInventoryRet": item,
    "ItemInventoryRet": item, "InvoiceRet": invoice, "CreditMemoRet": credit_memo, "ReceivePaymentRet": payment,
    "BillRet": bill,
}


def row_of(ret: Element, vendors: frozenset[str] = frozenset()) -> Json | None:
    """The JSON row of one ``XxxRet`` (None for a kind qbdesk does not read)."""
    if ret.tag == "CheckRet":
        return check(ret, vendors)
    reader = READERS.get(ret.tag)
    return reader(ret) if reader is not None else None
