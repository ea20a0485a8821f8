"""What every entity's mapping shares: references, dates, amounts, text, and the two kinds of lines.

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


def put(doc: Json, key: str, value: Any) -> None:
    """QuickBooks omits empty attributes; so do we (an empty string would clear a field)."""
    if value is not None and value != "":
        doc[key] = value


def ref(qbo_ref: QboRef, entity: str, local_id: int | None, field: str, required: bool = False) -> Json | None:
    if local_id is None:
        if required:
            raise UnresolvedReference(entity, None, field)
        return None
    qbo_id = qbo_ref(entity, local_id)
    if qbo_id is None:
        raise UnresolvedReference(entity, local_id, field)
    return {"value": qbo_id}


def required_ref(qbo_ref: QboRef, entity: str, local_id: int | None, field: str) -> Json:
    found = ref(qbo_ref, entity, local_id, field, required=True)
    assert found is not None
    return found


def maybe(doc: Json, key: str, value: Json | None) -> None:
    if value is not None:
        doc[key] = value


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def rate(value: Decimal | None) -> Decimal | None:
    """Quantities and prices are stored with six places; QuickBooks writes them without trailing zeros."""
    if value is None:
        return None
    normal = value.normalize()
    return normal.quantize(Decimal(1)) if normal == normal.to_integral_value() else normal


def location(doc: Json, record: Any, qbo_ref: QboRef) -> None:
    """The document's location (QuickBooks' DepartmentRef)."""
    maybe(doc, "DepartmentRef", ref(qbo_ref, "Department", record.location_id, "DepartmentRef"))


def linked(qbo_ref: QboRef, entity: str, local_id: int | None, field: str = "LinkedTxn") -> Json:
    """A ``LinkedTxn`` entry pointing at another transaction (it must be in QuickBooks already)."""
    return {"TxnId": required_ref(qbo_ref, entity, local_id, field)["value"], "TxnType": entity}


def sales_lines(lines: list[Any], qbo_ref: QboRef) -> list[Json]:
    out = []
    for n, line in enumerate(lines, start=1):
        detail: Json = {"Qty": rate(line.quantity), "UnitPrice": rate(line.unit_price)}
        maybe(detail, "ItemRef", ref(qbo_ref, "Item", line.item_id, "ItemRef"))
        maybe(detail, "ClassRef", ref(qbo_ref, "Class", line.class_id, "ClassRef"))
        # The line's tax code as QuickBooks gave it; a line that has none here says taxable or not, which a US
        # company writes with its pseudo codes (TAX / NON: non-taxable lines simply carry none).
        tax = qbo_ref("TaxCode", line.tax_code_id) if line.tax_code_id is not None else None
        if tax is not None:
            detail["TaxCodeRef"] = {"value": tax}
        elif line.taxable:
            detail["TaxCodeRef"] = {"value": "TAX"}
        out_line: Json = {"LineNum": line.line_num or n, "Amount": line.amount, "DetailType": "SalesItemLineDetail",
                          "SalesItemLineDetail": detail}
        put(out_line, "Description", line.description)
        out.append(out_line)
    return out


def expense_lines(lines: list[Any], qbo_ref: QboRef) -> list[Json]:
    out = []
    for n, line in enumerate(lines, start=1):
        out_line: Json = {"LineNum": line.line_num or n, "Amount": line.amount}
        put(out_line, "Description", line.description)
        if line.item_id is not None:
            detail: Json = {"ItemRef": ref(qbo_ref, "Item", line.item_id, "ItemRef")}
            put(detail, "Qty", rate(line.quantity))
            put(detail, "UnitPrice", rate(line.unit_price))
            kind = "ItemBasedExpenseLineDetail"
        else:
            detail = {"AccountRef": required_ref(qbo_ref, "Account", line.account_id, "AccountRef")}
            kind = "AccountBasedExpenseLineDetail"
        if line.billable and line.customer_id is not None:
            detail["BillableStatus"] = "Billable"
            detail["CustomerRef"] = ref(qbo_ref, "Customer", line.customer_id, "CustomerRef")
        maybe(detail, "ClassRef", ref(qbo_ref, "Class", line.class_id, "ClassRef"))
        out_line["DetailType"] = kind
        out_line[kind] = detail
        out.append(out_line)
    return out


# --- reading QuickBooks JSON ---------------------------------------------------------------------


def ref_id(value: Any) -> str | None:
    if isinstance(value, dict) and value.get("value") not in (None, ""):
        return str(value["value"])
    return None


def local(local_ref: LocalRef, entity: str, value: Any, field: str, required: bool = False) -> int | None:
    qbo_id = ref_id(value)
    if qbo_id is None:
        if required:
            raise UnresolvedReference(entity, None, field)
        return None
    local_id = local_ref(entity, qbo_id)
    if local_id is None:
        raise UnresolvedReference(entity, qbo_id, field)
    return local_id


def required_local(local_ref: LocalRef, entity: str, value: Any, field: str) -> int:
    found = local(local_ref, entity, value, field, required=True)
    assert found is not None
    return found


def linked_local(local_ref: LocalRef, entity: str, txn_id: Any) -> int:
    """The record here a ``LinkedTxn`` points at (it must be here already)."""
    return required_local(local_ref, entity, {"value": txn_id}, "LinkedTxn")


def dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def day(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def txn_day(row: Json) -> date:
    return day(row.get("TxnDate")) or date.today()  # noqa: DTZ011 - QuickBooks' default is its own today


def text(row: Json, key: str, limit: int | None = None) -> str | None:
    value = row.get(key)
    if value is None or value == "":
        return None
    found = str(value)
    return found[:limit] if limit else found


def active(row: Json) -> bool:
    return row.get("Active", True) is not False


def read_location(record: Any, row: Json, local_ref: LocalRef) -> None:
    record.location_id = local(local_ref, "Department", row.get("DepartmentRef"), "DepartmentRef")


def read_sales_lines(row: Json, local_ref: LocalRef, line_cls: Any) -> list[Any]:
    lines: list[Any] = []
    for raw in row.get("Line") or ():
        if raw.get("DetailType") != "SalesItemLineDetail":
            continue  # subtotal and description-only lines carry no amount of their own
        detail = raw.get("SalesItemLineDetail") or {}
        amount = dec(raw.get("Amount")) or Decimal(0)
        qty = dec(detail.get("Qty"))
        price = dec(detail.get("UnitPrice"))
        if qty is None or price is None:
            qty, price = Decimal(1), amount
        tax = ref_id(detail.get("TaxCodeRef"))
        lines.append(line_cls(line_num=int(raw.get("LineNum") or len(lines) + 1),
                              description=text(raw, "Description", 4000), quantity=qty, unit_price=price,
                              item_id=local(local_ref, "Item", detail.get("ItemRef"), "ItemRef"),
                              class_id=local(local_ref, "Class", detail.get("ClassRef"), "ClassRef"),
                              # A tax code not here (QuickBooks' own, never created by a client) leaves the flag.
                              tax_code_id=local_ref("TaxCode", tax) if tax is not None else None,
                              taxable=tax == "TAX"))
    return lines


def read_expense_lines(row: Json, local_ref: LocalRef, line_cls: Any) -> list[Any]:
    lines: list[Any] = []
    for raw in row.get("Line") or ():
        kind = raw.get("DetailType")
        if kind not in ("AccountBasedExpenseLineDetail", "ItemBasedExpenseLineDetail"):
            continue
        detail = raw.get(kind) or {}
        line = line_cls(line_num=int(raw.get("LineNum") or len(lines) + 1), amount=dec(raw.get("Amount")),
                        description=text(raw, "Description", 4000))
        if kind == "AccountBasedExpenseLineDetail":
            line.account_id = required_local(local_ref, "Account", detail.get("AccountRef"), "AccountRef")
        else:
            line.item_id = required_local(local_ref, "Item", detail.get("ItemRef"), "ItemRef")
            line.quantity = dec(detail.get("Qty"))
            line.unit_price = dec(detail.get("UnitPrice"))
        line.billable = detail.get("BillableStatus") == "Billable"
        line.customer_id = local(local_ref, "Customer", detail.get("CustomerRef"), "CustomerRef")
        line.class_id = local(local_ref, "Class", detail.get("ClassRef"), "ClassRef")
        lines.append(line)
    return lines
