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
from qbdesk.sync.keys import bill_key, name_key, payment_key, purchase_key, sales_doc_key
from qbdesk.sync.snapshot import Snap, Snapshot

Row = dict[str, Any]


def _ref(row: Row, field: str) -> str | None:
    value = row.get(field)
    if isinstance(value, dict) and value.get("value") not in (None, ""):
        return str(value["value"])
    return None


def _refs(*pairs: tuple[str, str | None]) -> list[tuple[str, str]]:
    return [(entity, i) for entity, i in pairs if i is not None]


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


def _line_refs(row: Row) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for line in row.get("Line") or ():
        for detail_key in ("SalesItemLineDetail", "ItemBasedExpenseLineDetail"):
            detail = line.get(detail_key)
            if isinstance(detail, dict) and (item := _ref(detail, "ItemRef")) and ("Item", item) not in found:
                found.append(("Item", item))
        detail = line.get("AccountBasedExpenseLineDetail")
        if isinstance(detail, dict) and (acc := _ref(detail, "AccountRef")) and ("Account", acc) not in found:
            found.append(("Account", acc))
    return found


class QboKeys:
    """Keys of the records read so far, so transactions can be keyed by their customer's or vendor's name."""

    def __init__(self) -> None:
        self.customer: dict[str, str] = {}
        self.vendor: dict[str, str] = {}
        self.account: dict[str, str] = {}


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
    return snap


def _to_snap(entity: str, row: Row, keys: QboKeys) -> Snap:
    rid = str(row.get("Id"))
    token = str(row.get("SyncToken")) if row.get("SyncToken") is not None else None
    active = row.get("Active", True) is not False
    if entity == "Account":
        full = row.get("FullyQualifiedName") or row.get("Name") or ""
        keys.account[rid] = name_key(full)
        return Snap(entity, rid, name_key(full), str(row.get("Name") or full), _created(row),
                    tuple(_refs(("Account", _ref(row, "ParentRef")))), active=active, sync_token=token)
    if entity in ("PaymentMethod", "Term", "TaxCode"):
        name = str(row.get("Name") or "")
        return Snap(entity, rid, name_key(name), name, _created(row), active=active, sync_token=token)
    if entity == "Item":
        name = str(row.get("Name") or "")
        return Snap(entity, rid, name_key(name), name, _created(row),
                    tuple(_refs(("Account", _ref(row, "IncomeAccountRef")), ("Account", _ref(row, "ExpenseAccountRef")),
                                ("Account", _ref(row, "AssetAccountRef")))), active=active, sync_token=token)
    if entity in ("Customer", "Vendor"):
        name = str(row.get("DisplayName") or "")
        (keys.customer if entity == "Customer" else keys.vendor)[rid] = name_key(name)
        refs = _refs(("Customer", _ref(row, "ParentRef"))) if entity == "Customer" else []
        refs += _refs(("Term", _ref(row, "SalesTermRef") or _ref(row, "TermRef")))
        return Snap(entity, rid, name_key(name), name, _created(row), tuple(refs), active=active, sync_token=token)
    day = _day(row.get("TxnDate"))
    doc = row.get("DocNumber")
    if entity in ("Invoice", "CreditMemo", "RefundReceipt"):
        customer = _ref(row, "CustomerRef")
        refs = _refs(("Customer", customer), ("Term", _ref(row, "SalesTermRef")),
                     ("PaymentMethod", _ref(row, "PaymentMethodRef"))) + _line_refs(row)
        return Snap(entity, rid, sales_doc_key(doc, keys.customer.get(customer or "", ""), f"qbo:{rid}"),
                    str(doc or f"#{rid}"), day, tuple(refs), sync_token=token)
    if entity == "Payment":
        customer = _ref(row, "CustomerRef")
        invoices = [("Invoice", str(t["TxnId"])) for line in row.get("Line") or ()
                    for t in line.get("LinkedTxn") or () if t.get("TxnType") == "Invoice"]
        method_name = (row.get("PaymentMethodRef") or {}).get("name")
        amount = _amount(row.get("TotalAmt"))
        key = payment_key(keys.customer.get(customer or "", ""), day, amount, row.get("PaymentRefNum"))
        return Snap(entity, rid, key,
                    f"{day.isoformat() if day else ''} {amount}", day,
                    tuple(_refs(("Customer", customer), ("PaymentMethod", _ref(row, "PaymentMethodRef")),
                                ("Account", _ref(row, "DepositToAccountRef"))) + invoices),
                    method=name_key(method_name) if method_name else None, sync_token=token)
    if entity == "Purchase":
        account = _ref(row, "AccountRef")
        entity_ref = row.get("EntityRef") or {}
        vendor = str(entity_ref["value"]) if entity_ref.get("type", "Vendor") == "Vendor" and "value" in entity_ref \
            else None
        amount = _amount(row.get("TotalAmt"))
        return Snap(entity, rid, purchase_key(day, amount, keys.account.get(account or "", ""), doc),
                    str(doc or f"{day.isoformat() if day else ''} {amount}"), day,
                    tuple(_refs(("Account", account), ("Vendor", vendor),
                                ("PaymentMethod", _ref(row, "PaymentMethodRef"))) + _line_refs(row)),
                    sync_token=token)
    if entity == "Bill":
        vendor = _ref(row, "VendorRef")
        vendor_name = (row.get("VendorRef") or {}).get("name", "")
        return Snap(entity, rid, bill_key(keys.vendor.get(vendor or "", ""), doc, f"qbo:{rid}"),
                    f"{vendor_name} {doc or ''}".strip() or f"#{rid}", day,
                    tuple(_refs(("Vendor", vendor), ("Term", _ref(row, "SalesTermRef")),
                                ("Account", _ref(row, "APAccountRef"))) + _line_refs(row)), sync_token=token)
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
                 progress: Callable[[str, int], None] | None = None) -> Snapshot:
    """Read every active record of ``entities`` from QuickBooks (``query_pages`` is the client's)."""
    snapshot = Snapshot("qbo")
    keys = QboKeys()
    for entity in entities:
        read = 0
        for page in query_pages(f"SELECT * FROM {entity}"):
            snapshot.add_all(entity, (to_snap(entity, row, keys) for row in page))
            read += len(page)
            if progress:
                progress(entity, read)
    fill_payment_methods(snapshot)
    return snapshot
