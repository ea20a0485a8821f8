"""What a record refers to, on either side: the references the planner follows.

A record is created only after what it refers to (its customer, its lines' items
and classes, the payments a deposit takes out of Undeposited Funds), is blocked
when one of those cannot sync, and pulls them into a sync the date cutoff would
otherwise leave them out of. Both sides answer the same question here, from what
each has: the company file from its foreign keys (the record's and its lines'),
read with one column-only query per table; QuickBooks from the references in a
record's JSON — header, lines and the ``LinkedTxn`` entries the registry names as
a record's forward links (:attr:`qbdesk.sync.entities.EntityType.links`).

Tax codes are left out: QuickBooks never accepts one from a client, and a line
whose tax code has no twin falls back to its taxable flag (the mapping).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from typing import Any

from sqlalchemy import Column, Table, select
from sqlalchemy.orm import Session

from qbdesk.sync.entities import BY_NAME, ENTITIES, EntityType

Ref = tuple[str, str]
Row = dict[str, Any]

NOT_DEPENDENCIES = frozenset({"TaxCode"})

# QuickBooks' reference fields and the entity each names (a ``ParentRef`` names the record's own type).
REF_FIELDS: dict[str, str] = {
    "CustomerRef": "Customer", "VendorRef": "Vendor", "SalesTermRef": "Term", "TermRef": "Term",
    "PaymentMethodRef": "PaymentMethod", "DepositToAccountRef": "Account", "APAccountRef": "Account",
    "AccountRef": "Account", "IncomeAccountRef": "Account", "ExpenseAccountRef": "Account",
    "AssetAccountRef": "Account", "FromAccountRef": "Account", "ToAccountRef": "Account",
    "BankAccountRef": "Account", "CCAccountRef": "Account", "DepartmentRef": "Department", "ClassRef": "Class",
    "ItemRef": "Item",
}
# Blocks of a record whose references count as the record's own (a bill payment's account).
NESTED = ("CheckPayment", "CreditCardPayment")
# The references of a list record that are its dependencies (besides its parent): not, say, a customer's
# preferred payment method or an item's preferred vendor, which the company file does not keep.
LIST_FIELDS: dict[str, frozenset[str]] = {
    "Item": frozenset({"IncomeAccountRef", "ExpenseAccountRef", "AssetAccountRef"}),
    "Customer": frozenset({"SalesTermRef"}), "Vendor": frozenset({"TermRef"}),
}


# --- the company file ------------------------------------------------------------------------------


@cache
def _entity_of_table() -> dict[str, str]:
    return {e.record.__table__.name: e.name for e in ENTITIES}  # type: ignore[attr-defined]


def _ref_columns(table: Table, skip: Table | None = None) -> list[tuple[Column[Any], str]]:
    """The columns of ``table`` that point at a synced record (and not at ``skip``, a line's own document)."""
    found: list[tuple[Column[Any], str]] = []
    for column in table.columns:
        for fk in column.foreign_keys:
            target = fk.column.table
            entity = _entity_of_table().get(target.name)
            if entity is None or entity in NOT_DEPENDENCIES or target is skip:
                continue
            found.append((column, entity))
    return found


def _add(found: list[Ref], entity: str, value: Any) -> None:
    if value is not None:
        ref = (entity, str(value))
        if ref not in found:
            found.append(ref)


def local_refs(session: Session, kind: EntityType) -> dict[int, list[Ref]]:
    """Every record of ``kind`` here → what it and its lines refer to (local ids)."""
    table: Table = kind.record.__table__  # type: ignore[attr-defined]
    found: dict[int, list[Ref]] = defaultdict(list)
    columns = _ref_columns(table)
    if columns:
        for row in session.execute(select(table.c.id, *(c for c, _ in columns))):
            refs = found[row[0]]
            for (_column, entity), value in zip(columns, row[1:], strict=True):
                _add(refs, entity, value)
    if kind.children is not None:
        child: Table = getattr(kind.record, kind.children).property.mapper.local_table
        owner = next(c for c in child.columns for fk in c.foreign_keys if fk.column.table is table)
        columns = _ref_columns(child, skip=table)
        if columns:
            for row in session.execute(select(owner, *(c for c, _ in columns))):
                refs = found[row[0]]
                for (_column, entity), value in zip(columns, row[1:], strict=True):
                    _add(refs, entity, value)
    return found


# --- QuickBooks ------------------------------------------------------------------------------------


def _value(ref: Any) -> str | None:
    if isinstance(ref, dict) and ref.get("value") not in (None, ""):
        return str(ref["value"])
    return None


def _from_block(block: Any, found: list[Ref], fields: frozenset[str] | None = None) -> None:
    if not isinstance(block, dict):
        return
    for field, entity in REF_FIELDS.items():
        if fields is not None and field not in fields:
            continue
        _add(found, entity, _value(block.get(field)))
    entity_ref = block.get("Entity")
    if isinstance(entity_ref, dict):  # a journal entry's {Type, EntityRef}, a deposit line's {value, type}
        kind = entity_ref.get("Type") or entity_ref.get("type")
        target = entity_ref.get("EntityRef") if "EntityRef" in entity_ref else entity_ref
        if kind in ("Customer", "Vendor"):
            _add(found, str(kind), _value(target))


def _links(items: Any, allowed: tuple[str, ...]) -> Iterator[Ref]:
    for link in items or ():
        if isinstance(link, dict) and link.get("TxnType") in allowed and link.get("TxnId") is not None:
            yield str(link["TxnType"]), str(link["TxnId"])


def qbo_refs(entity: str, row: Row) -> tuple[Ref, ...]:
    """What a QuickBooks record refers to (QuickBooks Ids), in the order the fields come."""
    kind = BY_NAME[entity]
    found: list[Ref] = []
    parent = _value(row.get("ParentRef"))
    if kind.self_parent and parent is not None:
        _add(found, entity, parent)
    if kind.kind == "list":
        _from_block(row, found, LIST_FIELDS.get(entity, frozenset()))
        return tuple(r for r in found if r[0] in BY_NAME and r[0] not in NOT_DEPENDENCIES)
    _from_block(row, found)
    entity_ref = row.get("EntityRef")
    if isinstance(entity_ref, dict) and (entity_ref.get("type") or "Vendor") in ("Vendor", "Customer"):
        _add(found, str(entity_ref.get("type") or "Vendor"), _value(entity_ref))
    for block in NESTED:
        _from_block(row.get(block), found)
    for ref in _links(row.get("LinkedTxn"), kind.links):
        _add(found, *ref)
    for line in row.get("Line") or ():
        if not isinstance(line, dict):
            continue
        for ref in _links(line.get("LinkedTxn"), kind.links):
            _add(found, *ref)
        detail_type = line.get("DetailType")
        if isinstance(detail_type, str):
            _from_block(line.get(detail_type), found)
    return tuple(r for r in found if r[0] in BY_NAME and r[0] not in NOT_DEPENDENCIES)
