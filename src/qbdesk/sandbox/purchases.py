"""Money going out: expenses (QuickBooks' Purchase: cash, check, credit card), bills, vendor credits and
purchase orders.

The account an expense is paid from has to fit how it was paid (a check comes
out of a Bank account, a card charge out of a Credit Card account), otherwise
6430 with the text TaxDome's table quotes. A vendor's document numbers are
unique per vendor (BuildOps' "Vendor Document Number" errors): a second bill
with the same number for the same vendor is 6140, unless the client asked for
``allowduplicatedocnum``. A vendor credit has a bill's shape and the opposite
effect. A purchase order posts nothing; Intuit's reference requires its
``APAccountRef`` (an Accounts Payable account) and its ``POStatus`` is Open or
Closed; creating one "is available only in QBO Plus" (5020 otherwise, Intuit's
error list).
"""

from __future__ import annotations

from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from qbdesk.sandbox import faults
from qbdesk.sandbox.company import CENT, ZERO, ref_id
from qbdesk.sandbox.context import WriteContext, boolean, date_of, decimal_of, enum_of, money_of
from qbdesk.sandbox.faults import QboFault
from qbdesk.sandbox.sales import assign_line_ids, check_unique_doc, location, txn_date

PAYMENT_ACCOUNT_TYPES = {"Cash": ("Bank",), "Check": ("Bank",), "CreditCard": ("Credit Card",)}
EXPENSE_DETAIL_TYPES = ("AccountBasedExpenseLineDetail", "ItemBasedExpenseLineDetail")


def expense_lines(ctx: WriteContext, data: dict[str, Any], existing: dict[str, Any] | None) -> Decimal:
    raw = data.get("Line")
    if not isinstance(raw, list) or not raw:
        raise QboFault(faults.required_param("Line"))
    total = ZERO
    for line in raw:
        if not isinstance(line, dict):
            raise faults.malformed_body("Line")
        detail_type = line.get("DetailType") or next((t for t in EXPENSE_DETAIL_TYPES if t in line), None)
        if detail_type is None:
            raise QboFault(faults.required_param("Line.DetailType"))
        if detail_type not in EXPENSE_DETAIL_TYPES:
            raise QboFault(faults.invalid_enumeration(str(detail_type), "Line.DetailType"))
        line["DetailType"] = detail_type
        if line.get("Amount") is None:
            raise QboFault(faults.required_param("Line.Amount"))
        amount = money_of(line["Amount"], "Line.Amount")
        detail = line.get(detail_type)
        if not isinstance(detail, dict):
            raise QboFault(faults.required_param(f"Line.{detail_type}"))
        if detail_type == "AccountBasedExpenseLineDetail":
            element = "Line.AccountBasedExpenseLineDetail.AccountRef"
            if not detail.get("AccountRef"):
                raise QboFault(faults.required_param(element))
            ctx.resolve(detail["AccountRef"], "Account", element)
        else:
            element = "Line.ItemBasedExpenseLineDetail.ItemRef"
            if not detail.get("ItemRef"):
                raise QboFault(faults.required_param(element))
            ctx.resolve(detail["ItemRef"], "Item", element, inactive="path")
            qty = detail.get("Qty")
            price = detail.get("UnitPrice")
            if qty is not None and price is not None:
                q = decimal_of(qty, "Line.ItemBasedExpenseLineDetail.Qty")
                p = decimal_of(price, "Line.ItemBasedExpenseLineDetail.UnitPrice")
                if (q * p).quantize(CENT, ROUND_HALF_UP) != amount:
                    raise faults.amount_calculation(str(line["Amount"]))
                detail["Qty"], detail["UnitPrice"] = q, p
        if detail.get("CustomerRef"):
            ctx.resolve(detail["CustomerRef"], "Customer", f"Line.{detail_type}.CustomerRef", inactive="customer")
        if detail.get("ClassRef"):
            ctx.resolve(detail["ClassRef"], "Class", f"Line.{detail_type}.ClassRef")
        detail.setdefault("BillableStatus", "NotBillable")
        detail.setdefault("TaxCodeRef", {"value": "NON"})
        line["Amount"] = amount
        total += amount
    assign_line_ids(data, raw, existing)
    return total


def normalize_purchase(ctx: WriteContext, data: dict[str, Any], existing: dict[str, Any] | None) -> dict[str, Any]:
    ctx.require(data, "PaymentType")
    ctx.require(data, "AccountRef")
    if not data.get("Line"):
        ctx.errors.append(faults.required_param("Line"))
    ctx.check()
    payment_type = enum_of(data["PaymentType"], ("Cash", "Check", "CreditCard"), "PaymentType")
    account = ctx.resolve(data["AccountRef"], "Account", "AccountRef")
    if account.get("AccountType") not in PAYMENT_ACCOUNT_TYPES[payment_type]:
        raise faults.invalid_account_type(faults.ACCOUNT_TYPE_TXN, "AccountRef")
    if data.get("EntityRef"):
        ref = data["EntityRef"]
        kind = str(ref.get("type") or "Vendor") if isinstance(ref, dict) else "Vendor"
        kind = enum_of(kind, ("Vendor", "Customer", "Employee"), "EntityRef.type")
        ctx.resolve(ref, kind, "EntityRef", inactive="customer" if kind == "Customer" else "reference")
        ref["type"] = kind
    if data.get("PaymentMethodRef"):
        ctx.resolve(data["PaymentMethodRef"], "PaymentMethod", "PaymentMethodRef")
    location(ctx, data)
    txn_date(ctx, data)
    data["TotalAmt"] = expense_lines(ctx, data, existing)
    if payment_type == "CreditCard":
        data["Credit"] = boolean(data.get("Credit"), False)
    data["PaymentType"] = payment_type
    data["domain"], data["sparse"] = "QBO", False
    return data


def _payables(ctx: WriteContext, data: dict[str, Any], *, required: bool = False) -> None:
    """The A/P account a vendor document credits: an Accounts Payable one (6430), the company's first by
    default."""
    if data.get("APAccountRef"):
        account = ctx.resolve(data["APAccountRef"], "Account", "APAccountRef")
        if account.get("AccountType") != "Accounts Payable":
            raise faults.invalid_account_type(faults.ACCOUNT_TYPE_TXN, "APAccountRef")
        return
    if required:
        raise QboFault(faults.required_param("APAccountRef"))
    payable = ctx.company.accounts_of_type("Accounts Payable")
    if payable:
        data["APAccountRef"] = {"value": str(payable[0]["Id"]), "name": payable[0]["Name"]}


def _vendor_document(ctx: WriteContext, data: dict[str, Any], *, ap_required: bool = False) -> dict[str, Any]:
    ctx.require(data, "VendorRef")
    if not data.get("Line"):
        ctx.errors.append(faults.required_param("Line"))
    if ap_required:
        ctx.require(data, "APAccountRef")
    ctx.check()
    vendor = ctx.resolve(data["VendorRef"], "Vendor", "VendorRef")
    _payables(ctx, data, required=ap_required)
    location(ctx, data)
    return vendor


def normalize_bill(ctx: WriteContext, data: dict[str, Any], existing: dict[str, Any] | None) -> dict[str, Any]:
    vendor = _vendor_document(ctx, data)
    day = txn_date(ctx, data)
    term_ref = data.get("SalesTermRef") or vendor.get("TermRef")
    if data.get("SalesTermRef"):
        ctx.resolve(data["SalesTermRef"], "Term", "SalesTermRef")
    if data.get("DueDate"):
        data["DueDate"] = date_of(data["DueDate"], "DueDate").isoformat()
    else:
        term = ctx.company.get("Term", ref_id(term_ref) or "") if term_ref else None
        days = int(term.get("DueDays") or 0) if term else 0
        data["DueDate"] = (day + timedelta(days=days)).isoformat()
    total = expense_lines(ctx, data, existing)
    doc = data.get("DocNumber")
    if doc and ctx.company.settings.warn_duplicate_bill_number:
        changed = existing is None or existing.get("DocNumber") != doc or \
            ref_id(existing.get("VendorRef")) != str(vendor["Id"])
        if changed:
            check_unique_doc(ctx, ("Bill", str(vendor["Id"]), str(doc)), existing)
    data["TotalAmt"] = total
    data["Balance"] = (existing or {}).get("Balance", total)  # what bill payments left: the company keeps it
    data["domain"], data["sparse"] = "QBO", False
    return data


def normalize_vendor_credit(ctx: WriteContext, data: dict[str, Any],
                            existing: dict[str, Any] | None) -> dict[str, Any]:
    _vendor_document(ctx, data)
    txn_date(ctx, data)
    data["TotalAmt"] = expense_lines(ctx, data, existing)
    data["Balance"] = (existing or {}).get("Balance", data["TotalAmt"])
    data["domain"], data["sparse"] = "QBO", False
    return data


PO_STATUSES = ("Open", "Closed")
PLUS = ("QuickBooks Online Plus", "QuickBooks Online Advanced")


def normalize_purchase_order(ctx: WriteContext, data: dict[str, Any],
                             existing: dict[str, Any] | None) -> dict[str, Any]:
    sku = next((nv.get("Value") for nv in ctx.company.singleton("CompanyInfo").get("NameValue") or []
                if nv.get("Name") == "OfferingSku"), None)
    if sku is not None and sku not in PLUS:
        raise faults.permission_denied("Purchase Order creation is available only in QBO Plus")
    _vendor_document(ctx, data, ap_required=True)
    txn_date(ctx, data)
    if data.get("DueDate"):
        data["DueDate"] = date_of(data["DueDate"], "DueDate").isoformat()
    if data.get("SalesTermRef"):
        ctx.resolve(data["SalesTermRef"], "Term", "SalesTermRef")
    data["POStatus"] = enum_of(data.get("POStatus") or "Open", PO_STATUSES, "POStatus")
    data["TotalAmt"] = expense_lines(ctx, data, existing)
    data.setdefault("EmailStatus", "NotSet")
    data["domain"], data["sparse"] = "QBO", False
    return data


PURCHASE_NORMALIZERS = {"Purchase": normalize_purchase, "Bill": normalize_bill,
                        "VendorCredit": normalize_vendor_credit, "PurchaseOrder": normalize_purchase_order}
