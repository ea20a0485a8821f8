"""Sales documents (invoices, sales receipts, estimates, credit memos, refund
receipts) and customer payments.

Lines are where most client bugs show: amounts that are not quantity × price
(6070), items that were deleted (2500), customers made inactive (the seeds'
"Invalid Customer" text). Totals are always computed here, never taken from the
client, and QuickBooks' trailing subtotal line is added to every response. A
payment may never apply more to an invoice than it still owes, nor more credit
than there are charges — the seeds' "The Amount Received (plus credits) can't be
less than the selected charges" fault.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from qbdesk.sandbox import faults
from qbdesk.sandbox.clock import today
from qbdesk.sandbox.company import CENT, DOC_SPACE, ZERO, ref_id
from qbdesk.sandbox.context import WriteContext, boolean, date_of, decimal_of, enum_of, money_of
from qbdesk.sandbox.faults import QboFault
from qbdesk.sandbox.schema import SALES_FORMS

DEPOSIT_TYPES = ("Bank", "Other Current Asset")
# How a 6140 detail names the type holding a number ("TxnType=Credit Memo", quoted by Clio's support page).
TXN_TYPE_NAMES = {"CreditMemo": "Credit Memo"}
US_LINE_TAX_CODES = ("TAX", "NON")  # a US company's lines name these pseudo codes, never a TaxCode Id (6100)
SALES_DETAIL_TYPES = ("SalesItemLineDetail", "GroupLineDetail", "DescriptionOnly", "DiscountLineDetail",
                      "SubTotalLineDetail")


def txn_date(ctx: WriteContext, data: dict[str, Any]) -> date:
    day = date_of(data["TxnDate"], "TxnDate") if data.get("TxnDate") else today(ctx.company.clock)
    data["TxnDate"] = day.isoformat()
    return day


def assign_line_ids(data: dict[str, Any], lines: list[dict[str, Any]], existing: dict[str, Any] | None) -> None:
    """Line Ids keep counting up across updates: a line sent without its Id is a new line (as recorded)."""
    old_ids = {str(line["Id"]) for line in (existing or {}).get("Line") or [] if line.get("Id") is not None}
    seq = max([int((existing or {}).get("_lineseq") or 0), *(int(i) for i in old_ids if i.isdigit())])
    for number, line in enumerate(lines, start=1):
        line_id = str(line["Id"]) if line.get("Id") is not None else None
        if line_id is None or line_id not in old_ids:
            seq += 1
            line_id = str(seq)
        rest = {k: v for k, v in line.items() if k not in ("Id", "LineNum")}
        line.clear()
        line["Id"] = line_id
        line["LineNum"] = number
        line.update(rest)
    data["_lineseq"] = seq


def sales_lines(ctx: WriteContext, data: dict[str, Any], existing: dict[str, Any] | None) -> Decimal:
    """Check and complete sales lines; returns the total after discounts."""
    raw = data.get("Line")
    if not isinstance(raw, list):
        raise QboFault(faults.required_param("Line"))
    lines: list[dict[str, Any]] = []
    subtotal = ZERO
    discount = ZERO
    for line in raw:
        if not isinstance(line, dict):
            raise faults.malformed_body("Line")
        detail_type = line.get("DetailType") or next(
            (t for t in SALES_DETAIL_TYPES if t in line), None)
        if detail_type is None:
            raise QboFault(faults.required_param("Line.DetailType"))
        if detail_type not in SALES_DETAIL_TYPES:
            raise QboFault(faults.invalid_enumeration(str(detail_type), "Line.DetailType"))
        line["DetailType"] = detail_type
        if detail_type == "SubTotalLineDetail":
            continue  # recomputed below
        if detail_type == "SalesItemLineDetail":
            subtotal += _item_line(ctx, line)
        elif detail_type == "GroupLineDetail":
            subtotal += money_of(line.get("Amount") or 0, "Line.Amount")
            line["Amount"] = money_of(line.get("Amount") or 0, "Line.Amount")
        elif detail_type == "DiscountLineDetail":
            detail = line.setdefault("DiscountLineDetail", {})
            if line.get("Amount") is None and detail.get("DiscountPercent") is None:
                raise faults.discount_incomplete()
            if boolean(detail.get("PercentBased"), False):
                pct = decimal_of(detail.get("DiscountPercent") or 0, "Line.DiscountLineDetail.DiscountPercent")
                line["Amount"] = (subtotal * pct / 100).quantize(CENT, ROUND_HALF_UP)
            else:
                line["Amount"] = money_of(line.get("Amount") or 0, "Line.Amount")
            if detail.get("DiscountAccountRef"):
                ctx.resolve(detail["DiscountAccountRef"], "Account", "Line.DiscountLineDetail.DiscountAccountRef")
            discount += line["Amount"]
        else:  # DescriptionOnly
            line.setdefault("DescriptionLineDetail", {})
            line["Amount"] = money_of(line.get("Amount") or 0, "Line.Amount")
        lines.append(line)
    if not lines:
        raise QboFault(faults.required_param("Line"))
    assign_line_ids(data, lines, existing)
    lines.append({"Amount": subtotal, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}})
    data["Line"] = lines
    return subtotal - discount


def _item_line(ctx: WriteContext, line: dict[str, Any]) -> Decimal:
    detail = line.get("SalesItemLineDetail")
    if not isinstance(detail, dict):
        detail = line["SalesItemLineDetail"] = {}
    if line.get("Amount") is None:
        raise QboFault(faults.required_param("Line.Amount"))
    amount = money_of(line["Amount"], "Line.Amount")
    if detail.get("ItemRef"):
        item = ctx.resolve(detail["ItemRef"], "Item", "Line.SalesItemLineDetail.ItemRef", inactive="path")
        if item.get("Type") == "Category":
            raise faults.category_reference("Line.SalesItemLineDetail.ItemRef")
    if detail.get("ClassRef"):
        ctx.resolve(detail["ClassRef"], "Class", "Line.SalesItemLineDetail.ClassRef")
    qty = decimal_of(detail["Qty"], "Line.SalesItemLineDetail.Qty") if detail.get("Qty") is not None else None
    price = (decimal_of(detail["UnitPrice"], "Line.SalesItemLineDetail.UnitPrice")
             if detail.get("UnitPrice") is not None else None)
    if qty is not None and price is not None:
        if (qty * price).quantize(CENT, ROUND_HALF_UP) != amount:
            raise faults.amount_calculation(str(line["Amount"]))
        detail["Qty"], detail["UnitPrice"] = qty, price
    elif qty is not None:
        detail["Qty"] = qty
        if qty:
            detail["UnitPrice"] = (amount / qty).normalize()
    elif price is not None:
        detail["UnitPrice"] = price
    tax = detail.get("TaxCodeRef")
    if not tax:
        detail["TaxCodeRef"] = {"value": "NON"}
    elif ref_id(tax) not in US_LINE_TAX_CODES:
        if ctx.company.singleton("CompanyInfo").get("Country", "US") == "US":
            raise faults.invalid_line_tax_code(str(ref_id(tax)), "Line.SalesItemLineDetail.TaxCodeRef")
        ctx.resolve(tax, "TaxCode", "Line.SalesItemLineDetail.TaxCodeRef")
    line["Amount"] = amount
    return amount


def sales_customer(ctx: WriteContext, data: dict[str, Any], *, required: bool) -> dict[str, Any] | None:
    if not data.get("CustomerRef"):
        if required:
            raise QboFault(faults.required_param("CustomerRef"))
        return None
    return ctx.resolve(data["CustomerRef"], "Customer", "CustomerRef", inactive="customer")


def doc_number(ctx: WriteContext, entity: str, data: dict[str, Any], existing: dict[str, Any] | None) -> None:
    """Automatic numbering when custom numbers are off; duplicates refused (6140) when they are on."""
    custom = bool(ctx.company.pref("SalesFormsPrefs", "CustomTxnNumbers", False))
    doc = data.get("DocNumber")
    if doc == "AUTO_GENERATE" or (not doc and not custom):
        if existing is not None and existing.get("DocNumber") and doc != "AUTO_GENERATE":
            doc = existing["DocNumber"]
        else:
            doc = str(ctx.company.sequences.get("SalesDocNumber", 1000) + 1)
    if not doc:
        data.pop("DocNumber", None)
        return
    data["DocNumber"] = str(doc)
    if custom and (existing is None or existing.get("DocNumber") != data["DocNumber"]):
        check_unique_doc(ctx, (DOC_SPACE.get(entity, entity), data["DocNumber"]), existing)


def check_unique_doc(ctx: WriteContext, key: tuple[str, ...], existing: dict[str, Any] | None) -> None:
    """6140, naming the transaction that holds the number as QuickBooks names its type ("Credit Memo")."""
    if "allowduplicatedocnum" in ctx.options:
        return
    own = str(existing["Id"]) if existing is not None else None
    others = sorted((i for i in ctx.company.doc_owners(key) if i != own), key=int)
    if others:
        owner = next((e for e in (*SALES_FORMS, "Bill", "Purchase") if ctx.company.get(e, others[0]) is not None),
                     key[0])
        raise faults.duplicate_doc_number(key[-1], TXN_TYPE_NAMES.get(owner, owner), others[0])


def _term_due(ctx: WriteContext, term_ref: Any, day: date) -> date | None:
    term_id = ref_id(term_ref)
    term = ctx.company.get("Term", term_id) if term_id else None
    if term is None:
        return None
    if term.get("DayOfMonthDue"):
        month = day.replace(day=1) + timedelta(days=32)
        dom = min(int(term["DayOfMonthDue"]), 28)
        return month.replace(day=dom)
    return day + timedelta(days=int(term.get("DueDays") or 0))


def _sales_common(ctx: WriteContext, entity: str, data: dict[str, Any], existing: dict[str, Any] | None,
                  *, customer_required: bool) -> tuple[dict[str, Any] | None, Decimal, date]:
    if customer_required and not data.get("CustomerRef"):
        ctx.errors.append(faults.required_param("CustomerRef"))
    if not data.get("Line"):
        ctx.errors.append(faults.required_param("Line"))
    ctx.check()
    customer = sales_customer(ctx, data, required=customer_required)
    day = txn_date(ctx, data)
    total = sales_lines(ctx, data, existing)
    doc_number(ctx, entity, data, existing)
    if customer is not None:
        for addr in ("BillAddr", "ShipAddr"):
            if not data.get(addr) and customer.get(addr):
                data[addr] = dict(customer[addr])
    if data.get("SalesTermRef"):
        ctx.resolve(data["SalesTermRef"], "Term", "SalesTermRef")
    location(ctx, data)
    data["TxnTaxDetail"] = {"TotalTax": ZERO}
    data["TotalAmt"] = total
    data["ApplyTaxAfterDiscount"] = boolean(data.get("ApplyTaxAfterDiscount"), False)
    data.setdefault("PrintStatus", "NeedToPrint")
    data.setdefault("EmailStatus", "NotSet")
    data["domain"], data["sparse"] = "QBO", False
    return customer, total, day


def location(ctx: WriteContext, data: dict[str, Any]) -> None:
    """A transaction's location (``DepartmentRef``) must exist and be active."""
    if data.get("DepartmentRef"):
        ctx.resolve(data["DepartmentRef"], "Department", "DepartmentRef")


def _estimate_links(ctx: WriteContext, data: dict[str, Any], customer: dict[str, Any] | None,
                    existing: dict[str, Any] | None) -> None:
    """An invoice made from an estimate links it ("Links to Estimate … can be established directly with UI or
    API"): the estimate must exist and, when the link is made, be the same customer's (620, as a payment linked
    to another customer's invoice). An invoice moved to another customer later keeps its link."""
    kept = {str(lt.get("TxnId")) for lt in (existing or {}).get("LinkedTxn") or [] if lt.get("TxnType") == "Estimate"}
    for link in data.get("LinkedTxn") or []:
        if link.get("TxnType") != "Estimate" or str(link.get("TxnId")) in kept:
            continue
        target_id = str(link.get("TxnId"))
        estimate = ctx.lookup("Estimate", target_id)
        if estimate is None:
            if ctx.company.is_deleted("Estimate", target_id):
                raise faults.transaction_deleted()
            raise faults.invalid_reference("LinkedTxn.TxnId")
        if customer is not None and ref_id(estimate.get("CustomerRef")) != str(customer["Id"]):
            raise faults.cannot_link("Estimate", target_id, element="LinkedTxn")
        link["TxnId"] = target_id


def normalize_invoice(ctx: WriteContext, data: dict[str, Any], existing: dict[str, Any] | None) -> dict[str, Any]:
    customer, _total, day = _sales_common(ctx, "Invoice", data, existing, customer_required=True)
    _estimate_links(ctx, data, customer, existing)
    if data.get("DueDate"):
        data["DueDate"] = date_of(data["DueDate"], "DueDate").isoformat()
    else:
        term = data.get("SalesTermRef") or (customer or {}).get("SalesTermRef") or \
            ctx.company.pref("SalesFormsPrefs", "DefaultTerms")
        due = _term_due(ctx, term, day) if term else None
        data["DueDate"] = (due or day).isoformat()
    for flag in ("AllowIPNPayment", "AllowOnlinePayment", "AllowOnlineCreditCardPayment", "AllowOnlineACHPayment"):
        data[flag] = boolean(data.get(flag), False)
    data["LinkedTxn"] = [lt for lt in data.get("LinkedTxn") or [] if lt.get("TxnType") != "Payment"]
    data["Balance"] = (existing or {}).get("Balance", data["TotalAmt"])
    return data


def normalize_credit_memo(ctx: WriteContext, data: dict[str, Any],
                          existing: dict[str, Any] | None) -> dict[str, Any]:
    _sales_common(ctx, "CreditMemo", data, existing, customer_required=True)
    data["RemainingCredit"] = (existing or {}).get("RemainingCredit", data["TotalAmt"])
    data["Balance"] = data["RemainingCredit"]
    return data


ESTIMATE_STATUSES = ("Accepted", "Closed", "Pending", "Rejected", "Converted")  # Intuit's Estimate reference


def normalize_estimate(ctx: WriteContext, data: dict[str, Any], existing: dict[str, Any] | None) -> dict[str, Any]:
    _sales_common(ctx, "Estimate", data, existing, customer_required=True)
    data["TxnStatus"] = enum_of(data.get("TxnStatus") or "Pending", ESTIMATE_STATUSES, "TxnStatus")
    for name in ("ExpirationDate", "AcceptedDate"):
        if data.get(name):
            data[name] = date_of(data[name], name).isoformat()
    data.pop("LinkedTxn", None)  # QuickBooks' own: the invoices made from it (the sandbox keeps none)
    return data


def _deposit_account(ctx: WriteContext, data: dict[str, Any], *, required: bool) -> None:
    if not data.get("DepositToAccountRef"):
        if required:
            raise QboFault(faults.required_param("DepositToAccountRef"))
        undeposited = ctx.company.account_by_subtype("UndepositedFunds")
        if undeposited is not None:
            data["DepositToAccountRef"] = {"value": str(undeposited["Id"]), "name": undeposited["Name"]}
        return
    account = ctx.resolve(data["DepositToAccountRef"], "Account", "DepositToAccountRef")
    if account.get("AccountType") not in DEPOSIT_TYPES:
        raise faults.invalid_account_type(faults.ACCOUNT_TYPE_TXN, "DepositToAccountRef")


def normalize_sales_receipt(ctx: WriteContext, data: dict[str, Any],
                            existing: dict[str, Any] | None) -> dict[str, Any]:
    _sales_common(ctx, "SalesReceipt", data, existing, customer_required=False)
    _deposit_account(ctx, data, required=False)
    if data.get("PaymentMethodRef"):
        ctx.resolve(data["PaymentMethodRef"], "PaymentMethod", "PaymentMethodRef")
    data["Balance"] = ZERO
    return data


def normalize_refund_receipt(ctx: WriteContext, data: dict[str, Any],
                             existing: dict[str, Any] | None) -> dict[str, Any]:
    # "A RefundReceipt object must have a DepositToAccountRef" (Bank or Other Current Asset).
    if not data.get("DepositToAccountRef"):
        ctx.errors.append(faults.required_param("DepositToAccountRef"))
    _sales_common(ctx, "RefundReceipt", data, existing, customer_required=False)
    _deposit_account(ctx, data, required=True)
    if data.get("PaymentMethodRef"):
        ctx.resolve(data["PaymentMethodRef"], "PaymentMethod", "PaymentMethodRef")
    data["Balance"] = ZERO
    return data


def normalize_payment(ctx: WriteContext, data: dict[str, Any], existing: dict[str, Any] | None) -> dict[str, Any]:
    if not data.get("CustomerRef"):
        ctx.errors.append(faults.required_param("CustomerRef"))
    ctx.check()
    if data.get("TotalAmt") is None:
        raise faults.transaction_amount_missing()
    total = money_of(data["TotalAmt"], "TotalAmt")
    customer = ctx.resolve(data["CustomerRef"], "Customer", "CustomerRef", inactive="customer")
    txn_date(ctx, data)
    _deposit_account(ctx, data, required=False)
    if data.get("PaymentMethodRef"):
        ctx.resolve(data["PaymentMethodRef"], "PaymentMethod", "PaymentMethodRef")
    if data.get("ARAccountRef"):
        ctx.resolve(data["ARAccountRef"], "Account", "ARAccountRef")
    own_id = str(existing["Id"]) if existing is not None else None
    charges = credits = ZERO
    lines = []
    for line in data.get("Line") or []:
        if not isinstance(line, dict):
            raise faults.malformed_body("Line")
        if line.get("Amount") is None:
            raise QboFault(faults.required_param("Line.Amount"))
        amount = money_of(line["Amount"], "Line.Amount")
        links = line.get("LinkedTxn") or []
        for link in links:
            target_type, target_id = link.get("TxnType"), str(link.get("TxnId"))
            if target_type not in ("Invoice", "CreditMemo"):
                continue
            target = ctx.lookup(target_type, target_id)
            if target is None:
                if ctx.company.is_deleted(target_type, target_id):
                    raise faults.transaction_deleted()
                raise faults.invalid_reference("Line.LinkedTxn.TxnId")
            if ref_id(target.get("CustomerRef")) != str(customer["Id"]):
                raise faults.cannot_link(target_type, target_id)
            already = ctx.company.applied_to(target_type, target_id).get(own_id or "", ZERO)
            field = "Balance" if target_type == "Invoice" else "RemainingCredit"
            if amount > Decimal(target.get(field) or 0) + already:
                raise faults.charges_exceed_received()
            if target_type == "Invoice":
                charges += amount
            else:
                credits += amount
        line["Amount"] = amount
        line["LinkedTxn"] = [{"TxnId": str(lt.get("TxnId")), "TxnType": lt.get("TxnType")} for lt in links]
        lines.append(line)
    if credits > charges or charges > total + credits:
        raise faults.charges_exceed_received()
    data["Line"] = lines
    data["TotalAmt"] = total
    data["UnappliedAmt"] = total - (charges - credits)
    data["ProcessPayment"] = boolean(data.get("ProcessPayment"), False)
    data["domain"], data["sparse"] = "QBO", False
    return data


SALES_NORMALIZERS = {
    "Invoice": normalize_invoice, "CreditMemo": normalize_credit_memo, "Estimate": normalize_estimate,
    "SalesReceipt": normalize_sales_receipt, "RefundReceipt": normalize_refund_receipt,
    "Payment": normalize_payment,
}
assert set(SALES_FORMS) <= set(SALES_NORMALIZERS)
