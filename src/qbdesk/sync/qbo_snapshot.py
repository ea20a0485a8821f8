"""QuickBooks as a :class:`Snapshot`, read with paged queries (1,000 rows a call).

Only what planning needs is kept of each row; the rows themselves are dropped page
by page so that reading 100,000 records stays within a bounded amount of memory.
The same functions turn a single QuickBooks record (from CDC, a batch answer) into
a :class:`Snap`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from qbdesk.sync.entities import ENTITY_ORDER
from qbdesk.sync.keys import (
    bill_key,
    deposit_key,
    journal_key,
    name_key,
    payment_key,
    purchase_key,
    sales_doc_key,
    transfer_key,
)
from qbdesk.sync.matching import contact_of
from qbdesk.sync.preflight import qbo_row_checks
from qbdesk.sync.refs import qbo_refs
from qbdesk.sync.snapshot import Snap, Snapshot

Row = dict[str, Any]


def _ref(row: Row, field: str) -> str | None:
    value = row.get(field)
    if isinstance(value, dict) and value.get("value") not in (None, ""):
        return str(value["value"])
    return None


def _day(text: Any) -> date | None:
    if not isinstance(text, str) or len(text) < 10:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _created(row: Row) -> date | None:
    meta = row.get("MetaData")
    return _day(meta.get("CreateTime")) if isinstance(meta, dict) else None


def _amount(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _debits(row: Row) -> Decimal:
    """A journal entry's debits (QuickBooks' TotalAmt of one is always zero)."""
    total = Decimal(0)
    for line in row.get("Line") or ():
        detail = line.get("JournalEntryLineDetail") if isinstance(line, dict) else None
        if isinstance(detail, dict) and detail.get("PostingType") == "Debit":
            total += Decimal(str(line.get("Amount") or 0))
    return total


class QboKeys:
    """Keys of the records read so far, so transactions can be keyed by their customer's or vendor's name."""

    def __init__(self) -> None:
        self.customer: dict[str, str] = {}
        self.vendor: dict[str, str] = {}
        self.account: dict[str, str] = {}
        self.vendor_name: dict[str, str] = {}
        # QuickBooks' home currency (Preferences.CurrencyPrefs): a record in another one cannot come here.
        self.home_currency: str | None = None


def created_at(row: Row) -> datetime | None:
    """QuickBooks' ``MetaData.CreateTime`` (its own clock, with its offset), if the row has one."""
    meta = row.get("MetaData")
    text = meta.get("CreateTime") if isinstance(meta, dict) else None
    if not isinstance(text, str):
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def to_snap(entity: str, row: Row, keys: QboKeys) -> Snap:
    """One QuickBooks record as a :class:`Snap` (``keys`` learns names as customers/vendors pass by)."""
    snap = _to_snap(entity, row, keys)
    snap.created = created_at(row)
    snap.checks = qbo_row_checks(row, keys.home_currency, entity)
    return snap


def _to_snap(entity: str, row: Row, keys: QboKeys) -> Snap:
    rid = str(row.get("Id"))
    token = str(row.get("SyncToken")) if row.get("SyncToken") is not None else None
    active = row.get("Active", True) is not False
    refs = qbo_refs(entity, row)
    if entity in ("Account", "Class", "Department"):
        full = row.get("FullyQualifiedName") or row.get("Name") or ""
        if entity == "Account":
            keys.account[rid] = name_key(full)
        return Snap(entity, rid, name_key(full), str(row.get("Name") or full), _created(row), refs, active=active,
                    sync_token=token)
    if entity in ("PaymentMethod", "Term", "TaxCode", "Item"):
        name = str(row.get("Name") or "")
        return Snap(entity, rid, name_key(name), name, _created(row), refs, active=active, sync_token=token)
    if entity in ("Customer", "Vendor"):
        name = str(row.get("DisplayName") or "")
        (keys.customer if entity == "Customer" else keys.vendor)[rid] = name_key(name)
        if entity == "Vendor":
            keys.vendor_name[rid] = name
        address = row.get("BillAddr") or {}
        contact = contact_of((row.get("PrimaryEmailAddr") or {}).get("Address"),
                             (row.get("PrimaryPhone") or {}).get("FreeFormNumber"), address.get("Line1"),
                             address.get("PostalCode"))
        return Snap(entity, rid, name_key(name), name, _created(row), refs, active=active, sync_token=token,
                    contact=contact)
    day = _day(row.get("TxnDate"))
    doc = row.get("DocNumber")
    when = day.isoformat() if day else ""
    if entity in ("Invoice", "CreditMemo", "RefundReceipt", "SalesReceipt", "Estimate"):
        customer = _ref(row, "CustomerRef")
        return Snap(entity, rid, sales_doc_key(doc, keys.customer.get(customer or "", ""), f"qbo:{rid}"),
                    str(doc or f"#{rid}"), day, refs, sync_token=token)
    if entity == "Payment":
        customer = _ref(row, "CustomerRef")
        method_name = (row.get("PaymentMethodRef") or {}).get("name")
        amount = _amount(row.get("TotalAmt"))
        key = payment_key(keys.customer.get(customer or "", ""), day, amount, row.get("PaymentRefNum"))
        return Snap(entity, rid, key, f"{when} {amount}", day, refs,
                    method=name_key(method_name) if method_name else None, sync_token=token)
    if entity == "Purchase":
        amount = _amount(row.get("TotalAmt"))
        return Snap(entity, rid, purchase_key(day, amount, keys.account.get(_ref(row, "AccountRef") or "", ""), doc),
                    str(doc or f"{when} {amount}"), day, refs, sync_token=token)
    if entity in ("Bill", "VendorCredit", "PurchaseOrder"):
        vendor = _ref(row, "VendorRef")
        vendor_name = (row.get("VendorRef") or {}).get("name") or keys.vendor_name.get(vendor or "", "")
        return Snap(entity, rid, bill_key(keys.vendor.get(vendor or "", ""), doc, f"qbo:{rid}"),
                    f"{vendor_name} {doc or ''}".strip() or f"#{rid}", day, refs, sync_token=token)
    if entity == "BillPayment":
        vendor = _ref(row, "VendorRef")
        vendor_name = (row.get("VendorRef") or {}).get("name") or keys.vendor_name.get(vendor or "", "")
        amount = _amount(row.get("TotalAmt"))
        return Snap(entity, rid, payment_key(keys.vendor.get(vendor or "", ""), day, amount, doc),
                    f"{vendor_name} {when} {amount}".strip(), day, refs, sync_token=token)
    if entity == "Deposit":
        amount = _amount(row.get("TotalAmt"))
        account = keys.account.get(_ref(row, "DepositToAccountRef") or "", "")
        return Snap(entity, rid, deposit_key(day, amount, account), f"{when} {amount}", day, refs, sync_token=token)
    if entity == "Transfer":
        amount = _amount(row.get("Amount"))
        key = transfer_key(day, amount, keys.account.get(_ref(row, "FromAccountRef") or "", ""),
                           keys.account.get(_ref(row, "ToAccountRef") or "", ""))
        return Snap(entity, rid, key, f"{when} {amount}", day, refs, sync_token=token)
    if entity == "JournalEntry":
        debits = _debits(row)
        return Snap(entity, rid, journal_key(day, debits, doc), str(doc or f"{when} {debits}"), day, refs,
                    sync_token=token)
    raise ValueError(f"unsupported entity {entity}")


def fill_payment_methods(snapshot: Snapshot, fallback: Callable[[str], str | None] | None = None) -> None:
    """Give each payment its method's name (for the payment-method filter) when QuickBooks did not send
    ``PaymentMethodRef.name``: from the method's record in the snapshot, else from ``fallback`` (by Id)."""
    names = {s.id: s.key for s in snapshot.of("PaymentMethod")}
    for pay in snapshot.of("Payment"):
        if pay.method is None:
            method = next((r[1] for r in pay.refs if r[0] == "PaymentMethod"), None)
            if method is not None:
                pay.method = names.get(method) or (fallback(method) if fallback is not None else None)


QueryPages = Callable[[str], Iterable[list[Row]]]


def qbo_snapshot(query_pages: QueryPages, entities: Iterable[str] = ENTITY_ORDER,
                 progress: Callable[[str, int], None] | None = None, *,
                 home_currency: str | None = None) -> Snapshot:
    """Read every active record of ``entities`` from QuickBooks (``query_pages`` is the client's)."""
    snapshot = Snapshot("qbo", home_currency=home_currency)
    keys = QboKeys()
    keys.home_currency = home_currency
    for entity in entities:
        read = 0
        for page in query_pages(f"SELECT * FROM {entity}"):
            snapshot.add_all(entity, (to_snap(entity, row, keys) for row in page))
            read += len(page)
            if progress:
                progress(entity, read)
    fill_payment_methods(snapshot)
    return snapshot
