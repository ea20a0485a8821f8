"""Mapping between QuickBooks JSON and company-file records, both directions, for every entity.

One mapping serves the sync client (send a record, read one back) and the sandbox
(build its practice company from the same generator), so the emulator can never
drift into accepting shapes the real API would not.

References are resolved through callables: ``qbo_ref(entity, local_id)`` gives the
QuickBooks Id of a local record (through the sync links), ``local_ref(entity,
qbo_id)`` the reverse. A reference that does not resolve raises
:class:`UnresolvedReference`, so the caller can block the record with a reason
instead of sending something QuickBooks would refuse. Money stays ``Decimal``;
unknown fields QuickBooks adds later are ignored on reading.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from qbdesk.store.base import Record
from qbdesk.store.lists import (
    Account,
    AccountType,
    Customer,
    Item,
    ItemType,
    PaymentMethod,
    PaymentMethodKind,
    TaxCode,
    Term,
    Vendor,
)
from qbdesk.store.transactions import (
    Bill,
    BillLine,
    CreditMemo,
    CreditMemoLine,
    Expense,
    ExpenseLine,
    Invoice,
    InvoiceLine,
    Payment,
    PaymentApplication,
    PaymentType,
    RefundReceipt,
    RefundReceiptLine,
)

Json = dict[str, Any]
QboRef = Callable[[str, int], str | None]
LocalRef = Callable[[str, str], int | None]


class UnresolvedReference(LookupError):
    """A record refers to another that has no twin on the other side (yet)."""

    def __init__(self, entity: str, record_id: object, field: str) -> None:
        super().__init__(f"{field}: {entity} {record_id} has no counterpart")
        self.entity = entity
        self.record_id = record_id
        self.field = field


class ReadOnlyEntity(ValueError):
    """QuickBooks does not accept this entity through the API (tax codes)."""


# --- writing QuickBooks JSON ---------------------------------------------------------------------


def _put(doc: Json, key: str, value: Any) -> None:
    """QuickBooks omits empty attributes; so do we (an empty string would clear a field)."""
    if value is not None and value != "":
        doc[key] = value


def _ref(qbo_ref: QboRef, entity: str, local_id: int | None, field: str, required: bool = False) -> Json | None:
    if local_id is None:
        if required:
            raise UnresolvedReference(entity, None, field)
        return None
    qbo_id = qbo_ref(entity, local_id)
    if qbo_id is None:
        raise UnresolvedReference(entity, local_id, field)
    return {"value": qbo_id}


def _date(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _party(doc: Json, p: Customer | Vendor) -> None:
    _put(doc, "DisplayName", p.display_name)
    _put(doc, "CompanyName", p.company_name)
    _put(doc, "GivenName", p.given_name)
    _put(doc, "FamilyName", p.family_name)
    if p.email:
        doc["PrimaryEmailAddr"] = {"Address": p.email}
    if p.phone:
        doc["PrimaryPhone"] = {"FreeFormNumber": p.phone}
    addr: Json = {}
    _put(addr, "Line1", p.address_line1)
    _put(addr, "City", p.city)
    _put(addr, "CountrySubDivisionCode", p.region)
    _put(addr, "PostalCode", p.postal_code)
    _put(addr, "Country", p.country)
    if addr:
        doc["BillAddr"] = addr
    _put(doc, "Notes", p.notes)
    doc["Active"] = bool(p.active)


def _rate(value: Decimal | None) -> Decimal | None:
    """Quantities and prices are stored with six places; QuickBooks writes them without trailing zeros."""
    if value is None:
        return None
    normal = value.normalize()
    return normal.quantize(Decimal(1)) if normal == normal.to_integral_value() else normal


def _sales_lines(lines: list[Any], qbo_ref: QboRef) -> list[Json]:
    out = []
    for n, line in enumerate(lines, start=1):
        detail: Json = {"Qty": _rate(line.quantity), "UnitPrice": _rate(line.unit_price)}
        item = _ref(qbo_ref, "Item", line.item_id, "ItemRef")
        if item:
            detail["ItemRef"] = item
        if line.taxable:  # US pseudo tax code; non-taxable lines simply carry none
            detail["TaxCodeRef"] = {"value": "TAX"}
        out_line: Json = {"LineNum": line.line_num or n, "Amount": line.amount, "DetailType": "SalesItemLineDetail",
                          "SalesItemLineDetail": detail}
        _put(out_line, "Description", line.description)
        out.append(out_line)
    return out


def _expense_lines(lines: list[Any], qbo_ref: QboRef) -> list[Json]:
    out = []
    for n, line in enumerate(lines, start=1):
        out_line: Json = {"LineNum": line.line_num or n, "Amount": line.amount}
        _put(out_line, "Description", line.description)
        if line.item_id is not None:
            detail: Json = {"ItemRef": _ref(qbo_ref, "Item", line.item_id, "ItemRef")}
            _put(detail, "Qty", _rate(line.quantity))
            _put(detail, "UnitPrice", _rate(line.unit_price))
            out_line["DetailType"] = "ItemBasedExpenseLineDetail"
            out_line["ItemBasedExpenseLineDetail"] = detail
        else:
            detail = {"AccountRef": _ref(qbo_ref, "Account", line.account_id, "AccountRef", required=True)}
            if line.billable and line.customer_id is not None:
                detail["BillableStatus"] = "Billable"
                detail["CustomerRef"] = _ref(qbo_ref, "Customer", line.customer_id, "CustomerRef")
            out_line["DetailType"] = "AccountBasedExpenseLineDetail"
            out_line["AccountBasedExpenseLineDetail"] = detail
        out.append(out_line)
    return out


def _maybe(doc: Json, key: str, value: Json | None) -> None:
    if value is not None:
        doc[key] = value


def to_qbo(record: Record, qbo_ref: QboRef) -> Json:
    """The QuickBooks JSON body that creates ``record`` (add Id/SyncToken to update)."""
    doc: Json = {}
    if isinstance(record, Account):
        doc["Name"] = record.name
        doc["AccountType"] = record.account_type.value
        _put(doc, "AccountSubType", record.account_subtype)
        _put(doc, "AcctNum", record.acct_num)
        _put(doc, "Description", record.description)
        if record.parent_id is not None:
            doc["SubAccount"] = True
            _maybe(doc, "ParentRef", _ref(qbo_ref, "Account", record.parent_id, "ParentRef"))
        doc["Active"] = bool(record.active)
    elif isinstance(record, PaymentMethod):
        doc.update(Name=record.name, Type=record.kind.value, Active=bool(record.active))
    elif isinstance(record, Term):
        doc["Name"] = record.name
        if record.day_of_month_due is not None:
            doc["DayOfMonthDue"] = record.day_of_month_due
        else:
            doc["DueDays"] = record.due_days or 0
        _put(doc, "DiscountPercent", record.discount_percent)
        _put(doc, "DiscountDays", record.discount_days)
        doc["Active"] = bool(record.active)
    elif isinstance(record, TaxCode):
        raise ReadOnlyEntity("QuickBooks tax codes cannot be created through the API")
    elif isinstance(record, Item):
        doc.update(Name=record.name, Type=record.item_type.value, UnitPrice=record.unit_price,
                   Taxable=bool(record.taxable), Active=bool(record.active))
        _put(doc, "Description", record.description)
        _put(doc, "PurchaseDesc", record.purchase_description)
        _put(doc, "Sku", record.sku)
        _put(doc, "PurchaseCost", record.purchase_cost)
        _maybe(doc, "IncomeAccountRef", _ref(qbo_ref, "Account", record.income_account_id, "IncomeAccountRef"))
        _maybe(doc, "ExpenseAccountRef", _ref(qbo_ref, "Account", record.expense_account_id, "ExpenseAccountRef"))
        _maybe(doc, "AssetAccountRef", _ref(qbo_ref, "Account", record.asset_account_id, "AssetAccountRef"))
        if record.item_type is ItemType.INVENTORY:
            doc["TrackQtyOnHand"] = True
            doc["QtyOnHand"] = record.qty_on_hand if record.qty_on_hand is not None else Decimal(0)
            _put(doc, "InvStartDate", _date(record.inventory_start_date))
    elif isinstance(record, Customer):
        _party(doc, record)
        if record.parent_id is not None:
            doc["Job"] = True
            doc["BillWithParent"] = False
            _maybe(doc, "ParentRef", _ref(qbo_ref, "Customer", record.parent_id, "ParentRef"))
        _maybe(doc, "SalesTermRef", _ref(qbo_ref, "Term", record.term_id, "SalesTermRef"))
    elif isinstance(record, Vendor):
        _party(doc, record)
        _put(doc, "AcctNum", record.account_number)
        _maybe(doc, "TermRef", _ref(qbo_ref, "Term", record.term_id, "TermRef"))
    elif isinstance(record, Invoice | CreditMemo | RefundReceipt):
        _put(doc, "DocNumber", record.doc_number)
        doc["TxnDate"] = _date(record.txn_date)
        doc["CustomerRef"] = _ref(qbo_ref, "Customer", record.customer_id, "CustomerRef", required=True)
        if record.memo:
            doc["CustomerMemo"] = {"value": record.memo}
        _put(doc, "PrivateNote", record.private_note)
        doc["Line"] = _sales_lines(record.lines, qbo_ref)
        if isinstance(record, Invoice):
            _put(doc, "DueDate", _date(record.due_date))
            _maybe(doc, "SalesTermRef", _ref(qbo_ref, "Term", record.term_id, "SalesTermRef"))
            if record.email:
                doc["BillEmail"] = {"Address": record.email}
        if isinstance(record, RefundReceipt):
            _maybe(doc, "DepositToAccountRef",
                   _ref(qbo_ref, "Account", record.deposit_account_id, "DepositToAccountRef"))
            _maybe(doc, "PaymentMethodRef", _ref(qbo_ref, "PaymentMethod", record.payment_method_id,
                                                 "PaymentMethodRef"))
    elif isinstance(record, Payment):
        doc["CustomerRef"] = _ref(qbo_ref, "Customer", record.customer_id, "CustomerRef", required=True)
        doc["TxnDate"] = _date(record.txn_date)
        doc["TotalAmt"] = record.total
        _maybe(doc, "PaymentMethodRef", _ref(qbo_ref, "PaymentMethod", record.payment_method_id, "PaymentMethodRef"))
        _maybe(doc, "DepositToAccountRef",
               _ref(qbo_ref, "Account", record.deposit_account_id, "DepositToAccountRef"))
        _put(doc, "PaymentRefNum", record.reference_number)
        _put(doc, "PrivateNote", record.memo)
        doc["Line"] = [{"Amount": a.amount,
                        "LinkedTxn": [{"TxnId": _ref(qbo_ref, "Invoice", a.invoice_id, "LinkedTxn", required=True)
                                       ["value"], "TxnType": "Invoice"}]}  # type: ignore[index]
                       for a in record.applications]
    elif isinstance(record, Expense):
        doc["TxnDate"] = _date(record.txn_date)
        doc["PaymentType"] = record.payment_type.value
        doc["AccountRef"] = _ref(qbo_ref, "Account", record.account_id, "AccountRef", required=True)
        if record.vendor_id is not None:
            vendor = _ref(qbo_ref, "Vendor", record.vendor_id, "EntityRef")
            doc["EntityRef"] = {**(vendor or {}), "type": "Vendor"}
        _maybe(doc, "PaymentMethodRef", _ref(qbo_ref, "PaymentMethod", record.payment_method_id, "PaymentMethodRef"))
        _put(doc, "DocNumber", record.doc_number)
        _put(doc, "PrivateNote", record.memo)
        doc["Line"] = _expense_lines(record.lines, qbo_ref)
    elif isinstance(record, Bill):
        doc["VendorRef"] = _ref(qbo_ref, "Vendor", record.vendor_id, "VendorRef", required=True)
        _put(doc, "DocNumber", record.doc_number)
        doc["TxnDate"] = _date(record.txn_date)
        _put(doc, "DueDate", _date(record.due_date))
        _maybe(doc, "SalesTermRef", _ref(qbo_ref, "Term", record.term_id, "SalesTermRef"))
        _maybe(doc, "APAccountRef", _ref(qbo_ref, "Account", record.ap_account_id, "APAccountRef"))
        _put(doc, "PrivateNote", record.memo)
        doc["Line"] = _expense_lines(record.lines, qbo_ref)
    else:
        raise TypeError(f"no QuickBooks mapping for {type(record).__name__}")
    return doc


# --- reading QuickBooks JSON ---------------------------------------------------------------------


def _id(ref: Any) -> str | None:
    if isinstance(ref, dict) and ref.get("value") not in (None, ""):
        return str(ref["value"])
    return None


def _local(local_ref: LocalRef, entity: str, ref: Any, field: str, required: bool = False) -> int | None:
    qbo_id = _id(ref)
    if qbo_id is None:
        if required:
            raise UnresolvedReference(entity, None, field)
        return None
    local_id = local_ref(entity, qbo_id)
    if local_id is None:
        raise UnresolvedReference(entity, qbo_id, field)
    return local_id


def _dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _parse_date(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def _text(row: Json, key: str, limit: int | None = None) -> str | None:
    value = row.get(key)
    if value is None or value == "":
        return None
    text = str(value)
    return text[:limit] if limit else text


def _read_party(p: Customer | Vendor, row: Json) -> None:
    p.display_name = str(row.get("DisplayName") or "")
    p.company_name = _text(row, "CompanyName", 100)
    p.given_name = _text(row, "GivenName", 100)
    p.family_name = _text(row, "FamilyName", 100)
    p.email = _text(row.get("PrimaryEmailAddr") or {}, "Address", 100)
    p.phone = _text(row.get("PrimaryPhone") or {}, "FreeFormNumber", 30)
    addr = row.get("BillAddr") or {}
    p.address_line1 = _text(addr, "Line1", 500)
    p.city = _text(addr, "City", 255)
    p.region = _text(addr, "CountrySubDivisionCode", 255)
    p.postal_code = _text(addr, "PostalCode", 30)
    p.country = _text(addr, "Country", 255)
    p.notes = _text(row, "Notes")
    p.active = row.get("Active", True) is not False


def _read_sales_lines(row: Json, local_ref: LocalRef, line_cls: Any) -> list[Any]:
    lines: list[Any] = []
    for raw in row.get("Line") or ():
        if raw.get("DetailType") != "SalesItemLineDetail":
            continue  # subtotal and description-only lines carry no amount of their own
        detail = raw.get("SalesItemLineDetail") or {}
        amount = _dec(raw.get("Amount")) or Decimal(0)
        qty = _dec(detail.get("Qty"))
        price = _dec(detail.get("UnitPrice"))
        if qty is None or price is None:
            qty, price = Decimal(1), amount
        lines.append(line_cls(line_num=int(raw.get("LineNum") or len(lines) + 1),
                              description=_text(raw, "Description", 4000), quantity=qty, unit_price=price,
                              item_id=_local(local_ref, "Item", detail.get("ItemRef"), "ItemRef"),
                              taxable=_id(detail.get("TaxCodeRef")) == "TAX"))
    return lines


def _read_expense_lines(row: Json, local_ref: LocalRef, line_cls: Any) -> list[Any]:
    lines: list[Any] = []
    for raw in row.get("Line") or ():
        kind = raw.get("DetailType")
        line = line_cls(line_num=int(raw.get("LineNum") or len(lines) + 1), amount=_dec(raw.get("Amount")),
                        description=_text(raw, "Description", 4000))
        if kind == "AccountBasedExpenseLineDetail":
            detail = raw.get(kind) or {}
            line.account_id = _local(local_ref, "Account", detail.get("AccountRef"), "AccountRef", required=True)
            line.billable = detail.get("BillableStatus") == "Billable"
            line.customer_id = _local(local_ref, "Customer", detail.get("CustomerRef"), "CustomerRef")
        elif kind == "ItemBasedExpenseLineDetail":
            detail = raw.get(kind) or {}
            line.item_id = _local(local_ref, "Item", detail.get("ItemRef"), "ItemRef", required=True)
            line.quantity = _dec(detail.get("Qty"))
            line.unit_price = _dec(detail.get("UnitPrice"))
        else:
            continue
        lines.append(line)
    return lines


_NEW: dict[str, type[Record]] = {
    "Account": Account, "PaymentMethod": PaymentMethod, "Term": Term, "TaxCode": TaxCode, "Item": Item,
    "Customer": Customer, "Vendor": Vendor, "Invoice": Invoice, "Payment": Payment, "CreditMemo": CreditMemo,
    "RefundReceipt": RefundReceipt, "Purchase": Expense, "Bill": Bill,
}


def from_qbo(entity: str, row: Json, local_ref: LocalRef, into: Record | None = None) -> Record:
    """A new record (or ``into``, updated in place) holding what QuickBooks sent in ``row``."""
    record = into if into is not None else _NEW[entity]()
    if isinstance(record, Account):
        record.name = str(row.get("Name") or "")
        record.account_type = AccountType(row["AccountType"])
        record.account_subtype = _text(row, "AccountSubType", 64)
        record.acct_num = _text(row, "AcctNum", 20)
        record.description = _text(row, "Description", 100)
        record.parent_id = _local(local_ref, "Account", row.get("ParentRef"), "ParentRef")
        record.active = row.get("Active", True) is not False
    elif isinstance(record, PaymentMethod):
        record.name = str(row.get("Name") or "")
        record.kind = PaymentMethodKind(row.get("Type") or "NON_CREDIT_CARD")
        record.active = row.get("Active", True) is not False
    elif isinstance(record, Term):
        record.name = str(row.get("Name") or "")
        record.due_days = row.get("DueDays")
        record.day_of_month_due = row.get("DayOfMonthDue")
        record.discount_percent = _dec(row.get("DiscountPercent"))
        record.discount_days = row.get("DiscountDays")
        record.active = row.get("Active", True) is not False
    elif isinstance(record, TaxCode):
        record.name = str(row.get("Name") or "")
        record.description = _text(row, "Description", 100)
        record.taxable = row.get("Taxable", True) is not False
        record.active = row.get("Active", True) is not False
    elif isinstance(record, Item):
        record.name = str(row.get("Name") or "")
        record.item_type = ItemType(row.get("Type") or "Service")
        record.description = _text(row, "Description", 4000)
        record.purchase_description = _text(row, "PurchaseDesc", 1000)
        record.sku = _text(row, "Sku", 100)
        record.unit_price = _dec(row.get("UnitPrice")) or Decimal(0)
        record.purchase_cost = _dec(row.get("PurchaseCost"))
        record.taxable = bool(row.get("Taxable", False))
        record.income_account_id = _local(local_ref, "Account", row.get("IncomeAccountRef"), "IncomeAccountRef")
        record.expense_account_id = _local(local_ref, "Account", row.get("ExpenseAccountRef"), "ExpenseAccountRef")
        record.asset_account_id = _local(local_ref, "Account", row.get("AssetAccountRef"), "AssetAccountRef")
        record.qty_on_hand = _dec(row.get("QtyOnHand"))
        record.inventory_start_date = _parse_date(row.get("InvStartDate"))
        record.active = row.get("Active", True) is not False
    elif isinstance(record, Customer):
        _read_party(record, row)
        record.parent_id = _local(local_ref, "Customer", row.get("ParentRef"), "ParentRef")
        record.is_job = bool(row.get("Job", False)) or record.parent_id is not None
        record.term_id = _local(local_ref, "Term", row.get("SalesTermRef"), "SalesTermRef")
        created = (row.get("MetaData") or {}).get("CreateTime")
        if record.customer_since is None:
            record.customer_since = _parse_date(created)
    elif isinstance(record, Vendor):
        _read_party(record, row)
        record.account_number = _text(row, "AcctNum", 100)
        record.term_id = _local(local_ref, "Term", row.get("TermRef"), "TermRef")
    elif isinstance(record, Invoice | CreditMemo | RefundReceipt):
        record.doc_number = _text(row, "DocNumber", 21)
        record.txn_date = _parse_date(row.get("TxnDate")) or date.today()  # noqa: DTZ011
        customer_id = _local(local_ref, "Customer", row.get("CustomerRef"), "CustomerRef", required=True)
        assert customer_id is not None
        record.customer_id = customer_id
        record.memo = _text(row.get("CustomerMemo") or {}, "value", 1000)
        record.private_note = _text(row, "PrivateNote", 4000)
        line_cls: Any = (InvoiceLine if isinstance(record, Invoice) else
                                      CreditMemoLine if isinstance(record, CreditMemo) else RefundReceiptLine)
        record.lines = _read_sales_lines(row, local_ref, line_cls)
        if isinstance(record, Invoice):
            record.due_date = _parse_date(row.get("DueDate"))
            record.term_id = _local(local_ref, "Term", row.get("SalesTermRef"), "SalesTermRef")
            record.email = _text(row.get("BillEmail") or {}, "Address", 100)
        if isinstance(record, RefundReceipt):
            record.deposit_account_id = _local(local_ref, "Account", row.get("DepositToAccountRef"),
                                               "DepositToAccountRef")
            record.payment_method_id = _local(local_ref, "PaymentMethod", row.get("PaymentMethodRef"),
                                              "PaymentMethodRef")
    elif isinstance(record, Payment):
        customer_id = _local(local_ref, "Customer", row.get("CustomerRef"), "CustomerRef", required=True)
        assert customer_id is not None
        record.customer_id = customer_id
        record.txn_date = _parse_date(row.get("TxnDate")) or date.today()  # noqa: DTZ011
        record.total = _dec(row.get("TotalAmt")) or Decimal(0)
        record.payment_method_id = _local(local_ref, "PaymentMethod", row.get("PaymentMethodRef"),
                                          "PaymentMethodRef")
        record.deposit_account_id = _local(local_ref, "Account", row.get("DepositToAccountRef"),
                                           "DepositToAccountRef")
        record.reference_number = _text(row, "PaymentRefNum", 21)
        record.memo = _text(row, "PrivateNote")
        apps = []
        for line in row.get("Line") or ():
            for linked in line.get("LinkedTxn") or ():
                if linked.get("TxnType") == "Invoice":
                    invoice_id = _local(local_ref, "Invoice", {"value": linked.get("TxnId")}, "LinkedTxn",
                                        required=True)
                    assert invoice_id is not None
                    apps.append(PaymentApplication(invoice_id=invoice_id, amount=_dec(line.get("Amount"))))
        record.applications = apps
    elif isinstance(record, Expense):
        record.txn_date = _parse_date(row.get("TxnDate")) or date.today()  # noqa: DTZ011
        record.payment_type = PaymentType(row.get("PaymentType") or "Cash")
        account_id = _local(local_ref, "Account", row.get("AccountRef"), "AccountRef", required=True)
        assert account_id is not None
        record.account_id = account_id
        entity_ref = row.get("EntityRef") or {}
        record.vendor_id = (_local(local_ref, "Vendor", entity_ref, "EntityRef")
                            if entity_ref.get("type", "Vendor") == "Vendor" else None)
        record.payment_method_id = _local(local_ref, "PaymentMethod", row.get("PaymentMethodRef"),
                                          "PaymentMethodRef")
        record.doc_number = _text(row, "DocNumber", 21)
        record.memo = _text(row, "PrivateNote", 4000)
        record.lines = _read_expense_lines(row, local_ref, ExpenseLine)
    elif isinstance(record, Bill):
        vendor_id = _local(local_ref, "Vendor", row.get("VendorRef"), "VendorRef", required=True)
        assert vendor_id is not None
        record.vendor_id = vendor_id
        record.doc_number = _text(row, "DocNumber", 21)
        record.txn_date = _parse_date(row.get("TxnDate")) or date.today()  # noqa: DTZ011
        record.due_date = _parse_date(row.get("DueDate"))
        record.term_id = _local(local_ref, "Term", row.get("SalesTermRef"), "SalesTermRef")
        record.ap_account_id = _local(local_ref, "Account", row.get("APAccountRef"), "APAccountRef")
        record.memo = _text(row, "PrivateNote", 4000)
        record.lines = _read_expense_lines(row, local_ref, BillLine)
    else:
        raise TypeError(f"no mapping for {entity}")
    return record
