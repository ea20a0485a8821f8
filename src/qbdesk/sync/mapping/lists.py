"""Name lists both ways: accounts, payment methods, terms, tax codes, items, customers, vendors, classes,
locations."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

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
from qbdesk.store.tracking import Location, TrackingClass
from qbdesk.sync.mapping.common import (
    Json,
    LocalRef,
    QboRef,
    ReadOnlyEntity,
    active,
    day,
    dec,
    iso,
    local,
    maybe,
    put,
    ref,
    text,
)


def _party(doc: Json, p: Customer | Vendor) -> None:
    put(doc, "DisplayName", p.display_name)
    put(doc, "CompanyName", p.company_name)
    put(doc, "GivenName", p.given_name)
    put(doc, "FamilyName", p.family_name)
    if p.email:
        doc["PrimaryEmailAddr"] = {"Address": p.email}
    if p.phone:
        doc["PrimaryPhone"] = {"FreeFormNumber": p.phone}
    addr: Json = {}
    put(addr, "Line1", p.address_line1)
    put(addr, "City", p.city)
    put(addr, "CountrySubDivisionCode", p.region)
    put(addr, "PostalCode", p.postal_code)
    put(addr, "Country", p.country)
    if addr:
        doc["BillAddr"] = addr
    put(doc, "Notes", p.notes)
    doc["Active"] = bool(p.active)


def account_to(record: Account, qbo_ref: QboRef) -> Json:
    doc: Json = {"Name": record.name, "AccountType": record.account_type.value}
    put(doc, "AccountSubType", record.account_subtype)
    put(doc, "AcctNum", record.acct_num)
    put(doc, "Description", record.description)
    if record.parent_id is not None:
        doc["SubAccount"] = True
        maybe(doc, "ParentRef", ref(qbo_ref, "Account", record.parent_id, "ParentRef"))
    doc["Active"] = bool(record.active)
    return doc


def payment_method_to(record: PaymentMethod, qbo_ref: QboRef) -> Json:
    return {"Name": record.name, "Type": record.kind.value, "Active": bool(record.active)}


def term_to(record: Term, qbo_ref: QboRef) -> Json:
    doc: Json = {"Name": record.name}
    if record.day_of_month_due is not None:
        doc["DayOfMonthDue"] = record.day_of_month_due
    else:
        doc["DueDays"] = record.due_days or 0
    put(doc, "DiscountPercent", record.discount_percent)
    put(doc, "DiscountDays", record.discount_days)
    doc["Active"] = bool(record.active)
    return doc


def tax_code_to(record: TaxCode, qbo_ref: QboRef) -> Json:
    raise ReadOnlyEntity("QuickBooks tax codes cannot be created through the API")


def item_to(record: Item, qbo_ref: QboRef) -> Json:
    doc: Json = {"Name": record.name, "Type": record.item_type.value, "UnitPrice": record.unit_price,
                 "Taxable": bool(record.taxable), "Active": bool(record.active)}
    put(doc, "Description", record.description)
    put(doc, "PurchaseDesc", record.purchase_description)
    put(doc, "Sku", record.sku)
    put(doc, "PurchaseCost", record.purchase_cost)
    maybe(doc, "IncomeAccountRef", ref(qbo_ref, "Account", record.income_account_id, "IncomeAccountRef"))
    maybe(doc, "ExpenseAccountRef", ref(qbo_ref, "Account", record.expense_account_id, "ExpenseAccountRef"))
    maybe(doc, "AssetAccountRef", ref(qbo_ref, "Account", record.asset_account_id, "AssetAccountRef"))
    if record.item_type is ItemType.INVENTORY:
        doc["TrackQtyOnHand"] = True
        doc["QtyOnHand"] = record.qty_on_hand if record.qty_on_hand is not None else Decimal(0)
        put(doc, "InvStartDate", iso(record.inventory_start_date))
    return doc


def customer_to(record: Customer, qbo_ref: QboRef) -> Json:
    doc: Json = {}
    _party(doc, record)
    if record.parent_id is not None:
        doc["Job"] = True
        doc["BillWithParent"] = False
        maybe(doc, "ParentRef", ref(qbo_ref, "Customer", record.parent_id, "ParentRef"))
    maybe(doc, "SalesTermRef", ref(qbo_ref, "Term", record.term_id, "SalesTermRef"))
    return doc


def vendor_to(record: Vendor, qbo_ref: QboRef) -> Json:
    doc: Json = {}
    _party(doc, record)
    put(doc, "AcctNum", record.account_number)
    maybe(doc, "TermRef", ref(qbo_ref, "Term", record.term_id, "TermRef"))
    return doc


def _tracking_to(record: TrackingClass | Location, qbo_ref: QboRef, entity: str, sub: str) -> Json:
    doc: Json = {"Name": record.name, "Active": bool(record.active)}
    if record.parent_id is not None:
        doc[sub] = True
        maybe(doc, "ParentRef", ref(qbo_ref, entity, record.parent_id, "ParentRef"))
    return doc


def class_to(record: TrackingClass, qbo_ref: QboRef) -> Json:
    return _tracking_to(record, qbo_ref, "Class", "SubClass")


def location_to(record: Location, qbo_ref: QboRef) -> Json:
    return _tracking_to(record, qbo_ref, "Department", "SubDepartment")


# --- reading -------------------------------------------------------------------------------------


def _read_party(p: Customer | Vendor, row: Json) -> None:
    p.display_name = str(row.get("DisplayName") or "")
    p.company_name = text(row, "CompanyName", 100)
    p.given_name = text(row, "GivenName", 100)
    p.family_name = text(row, "FamilyName", 100)
    p.email = text(row.get("PrimaryEmailAddr") or {}, "Address", 100)
    p.phone = text(row.get("PrimaryPhone") or {}, "FreeFormNumber", 30)
    addr = row.get("BillAddr") or {}
    p.address_line1 = text(addr, "Line1", 500)
    p.city = text(addr, "City", 255)
    p.region = text(addr, "CountrySubDivisionCode", 255)
    p.postal_code = text(addr, "PostalCode", 30)
    p.country = text(addr, "Country", 255)
    p.notes = text(row, "Notes")
    p.active = active(row)


def account_from(record: Account, row: Json, local_ref: LocalRef) -> None:
    record.name = str(row.get("Name") or "")
    record.account_type = AccountType(row["AccountType"])
    record.account_subtype = text(row, "AccountSubType", 64)
    record.acct_num = text(row, "AcctNum", 20)
    record.description = text(row, "Description", 100)
    record.parent_id = local(local_ref, "Account", row.get("ParentRef"), "ParentRef")
    record.active = active(row)


def payment_method_from(record: PaymentMethod, row: Json, local_ref: LocalRef) -> None:
    record.name = str(row.get("Name") or "")
    record.kind = PaymentMethodKind(row.get("Type") or "NON_CREDIT_CARD")
    record.active = active(row)


def term_from(record: Term, row: Json, local_ref: LocalRef) -> None:
    record.name = str(row.get("Name") or "")
    record.due_days = row.get("DueDays")
    record.day_of_month_due = row.get("DayOfMonthDue")
    record.discount_percent = dec(row.get("DiscountPercent"))
    record.discount_days = row.get("DiscountDays")
    record.active = active(row)


def tax_code_from(record: TaxCode, row: Json, local_ref: LocalRef) -> None:
    record.name = str(row.get("Name") or "")
    record.description = text(row, "Description", 100)
    record.taxable = row.get("Taxable", True) is not False
    record.active = active(row)


def item_from(record: Item, row: Json, local_ref: LocalRef) -> None:
    record.name = str(row.get("Name") or "")
    record.item_type = ItemType(row.get("Type") or "Service")
    record.description = text(row, "Description", 4000)
    record.purchase_description = text(row, "PurchaseDesc", 1000)
    record.sku = text(row, "Sku", 100)
    record.unit_price = dec(row.get("UnitPrice")) or Decimal(0)
    record.purchase_cost = dec(row.get("PurchaseCost"))
    record.taxable = bool(row.get("Taxable", False))
    record.income_account_id = local(local_ref, "Account", row.get("IncomeAccountRef"), "IncomeAccountRef")
    record.expense_account_id = local(local_ref, "Account", row.get("ExpenseAccountRef"), "ExpenseAccountRef")
    record.asset_account_id = local(local_ref, "Account", row.get("AssetAccountRef"), "AssetAccountRef")
    record.qty_on_hand = dec(row.get("QtyOnHand"))
    record.inventory_start_date = day(row.get("InvStartDate"))
    record.active = active(row)


def customer_from(record: Customer, row: Json, local_ref: LocalRef) -> None:
    _read_party(record, row)
    record.parent_id = local(local_ref, "Customer", row.get("ParentRef"), "ParentRef")
    record.is_job = bool(row.get("Job", False)) or record.parent_id is not None
    record.term_id = local(local_ref, "Term", row.get("SalesTermRef"), "SalesTermRef")
    created = (row.get("MetaData") or {}).get("CreateTime")
    if record.customer_since is None:
        record.customer_since = day(created)


def vendor_from(record: Vendor, row: Json, local_ref: LocalRef) -> None:
    _read_party(record, row)
    record.account_number = text(row, "AcctNum", 100)
    record.term_id = local(local_ref, "Term", row.get("TermRef"), "TermRef")


def class_from(record: TrackingClass, row: Json, local_ref: LocalRef) -> None:
    record.name = str(row.get("Name") or "")
    record.parent_id = local(local_ref, "Class", row.get("ParentRef"), "ParentRef")
    record.active = active(row)


def location_from(record: Location, row: Json, local_ref: LocalRef) -> None:
    record.name = str(row.get("Name") or "")
    record.parent_id = local(local_ref, "Department", row.get("ParentRef"), "ParentRef")
    record.active = active(row)


WRITERS: dict[type[Any], Any] = {
    Account: account_to, PaymentMethod: payment_method_to, Term: term_to, TaxCode: tax_code_to, Item: item_to,
    Customer: customer_to, Vendor: vendor_to, TrackingClass: class_to, Location: location_to,
}
READERS: dict[type[Any], Any] = {
    Account: account_from, PaymentMethod: payment_method_from, Term: term_from, TaxCode: tax_code_from,
    Item: item_from, Customer: customer_from, Vendor: vendor_from, TrackingClass: class_from,
    Location: location_from,
}
