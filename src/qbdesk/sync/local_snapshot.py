"""The company file as a :class:`Snapshot`, read with a few column-only queries.

It reads columns, not ORM objects, so that 100,000 records snapshot in seconds
with little memory (each record's ``version`` too, so that a link made from this
snapshot can tell whether the record was edited since), and it runs the local
pre-flight checks (:mod:`qbdesk.sync.preflight`) on the way, so that a record
QuickBooks would refuse is blocked with a reason before any request is sent.

What each record refers to comes from its foreign keys (:mod:`qbdesk.sync.refs`);
this module builds the keys, labels and checks, one builder per entity type:
name lists here, transactions in :mod:`qbdesk.sync.local_transactions`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qbdesk.store.lists import Account, AccountType, Customer, Item, ItemType, PaymentMethod, TaxCode, Term, Vendor
from qbdesk.store.tracking import Location, TrackingClass
from qbdesk.sync.entities import ENTITIES, EntityType
from qbdesk.sync.keys import name_key
from qbdesk.sync.matching import contact_of
from qbdesk.sync.preflight import DOC_NUMBER_LIMIT, name_checks, party_checks
from qbdesk.sync.refs import Ref, local_refs
from qbdesk.sync.snapshot import Snap, Snapshot

__all__ = ["DOC_NUMBER_LIMIT", "Here", "day", "local_snapshot"]


def day(value: date | datetime | None) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value


def _paths(rows: dict[int, Any]) -> Callable[[int | None], str]:
    """``Parent:Child`` full names of a self-parented list (accounts, classes, locations) from id → row."""
    def path(record_id: int | None) -> str:
        parts: list[str] = []
        seen: set[int] = set()
        while record_id is not None and record_id in rows and record_id not in seen:
            seen.add(record_id)
            parts.append(rows[record_id].name)
            record_id = rows[record_id].parent_id
        return ":".join(reversed(parts))

    return path


@dataclass
class Here:
    """What the builders share: the session, each record's references, and the names keys are made of."""

    session: Session
    refs: dict[int, list[Ref]] = field(default_factory=dict)
    accounts: dict[int, Any] = field(default_factory=dict)
    customer_key: dict[int, str] = field(default_factory=dict)
    vendor_key: dict[int, str] = field(default_factory=dict)
    vendor_name: dict[int, str] = field(default_factory=dict)
    method_key: dict[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.account_path = _paths(self.accounts)

    def account_key(self, account_id: int | None) -> str:
        return name_key(self.account_path(account_id))

    def refs_of(self, record_id: int) -> tuple[Ref, ...]:
        return tuple(self.refs.get(record_id, ()))


Builder = Callable[[Here], Iterable[Snap]]


def _accounts(here: Here) -> Iterator[Snap]:
    for a in here.accounts.values():
        yield Snap("Account", str(a.id), name_key(here.account_path(a.id)), a.name, day(a.created_at),
                   here.refs_of(a.id), checks=name_checks("Account", a.name), version=a.version)


def _named(entity: str, cls: Any) -> Builder:
    def build(here: Here) -> Iterator[Snap]:
        for r in here.session.execute(select(cls.id, cls.name, cls.created_at, cls.version)):
            yield Snap(entity, str(r.id), name_key(r.name), r.name, day(r.created_at),
                       checks=name_checks(entity, r.name), version=r.version)
    return build


def _tree(entity: str, cls: Any) -> Builder:
    """Classes and locations: keyed by their full name, like accounts."""
    def build(here: Here) -> Iterator[Snap]:
        rows = {r.id: r for r in here.session.execute(select(cls.id, cls.name, cls.parent_id, cls.created_at,
                                                             cls.version))}
        path = _paths(rows)
        for r in rows.values():
            yield Snap(entity, str(r.id), name_key(path(r.id)), r.name, day(r.created_at), here.refs_of(r.id),
                       checks=name_checks(entity, r.name), version=r.version)
    return build


def _items(here: Here) -> Iterator[Snap]:
    accounts = here.accounts
    for it in here.session.execute(select(Item.id, Item.name, Item.item_type, Item.income_account_id,
                                          Item.expense_account_id, Item.asset_account_id, Item.created_at,
                                          Item.version)):
        checks = list(name_checks("Item", it.name))
        income = accounts.get(it.income_account_id) if it.income_account_id else None
        if income is None:
            checks.append(("income_account_missing", "The item has no income account."))
        elif income.account_type not in (AccountType.INCOME, AccountType.OTHER_INCOME):
            checks.append(("income_account_type",
                           f"The income account '{income.name}' is a {income.account_type.value} account; "
                           f"QuickBooks needs an Income account."))
        if it.item_type is ItemType.INVENTORY:
            asset = accounts.get(it.asset_account_id) if it.asset_account_id else None
            if asset is None or asset.account_type is not AccountType.OTHER_CURRENT_ASSET:
                checks.append(("asset_account", "An inventory item needs an Other Current Asset (inventory) "
                                                "account."))
            expense = accounts.get(it.expense_account_id) if it.expense_account_id else None
            if expense is None or expense.account_type not in (AccountType.COST_OF_GOODS_SOLD,
                                                               AccountType.EXPENSE):
                checks.append(("expense_account_type", "An inventory item needs a Cost of Goods Sold account."))
        yield Snap("Item", str(it.id), name_key(it.name), it.name, day(it.created_at), here.refs_of(it.id),
                   checks=tuple(checks), version=it.version)


def _customers(here: Here) -> Iterator[Snap]:
    rows = list(here.session.execute(select(Customer.id, Customer.display_name, Customer.customer_since,
                                            Customer.created_at, Customer.version, Customer.given_name,
                                            Customer.family_name, Customer.email, Customer.phone,
                                            Customer.address_line1, Customer.postal_code)))
    here.customer_key.update({c.id: name_key(c.display_name) for c in rows})
    for c in rows:
        yield Snap("Customer", str(c.id), here.customer_key[c.id], c.display_name,
                   c.customer_since or day(c.created_at), here.refs_of(c.id),
                   checks=party_checks("Customer", c), version=c.version,
                   contact=contact_of(c.email, c.phone, c.address_line1, c.postal_code))


def _vendors(here: Here) -> Iterator[Snap]:
    rows = list(here.session.execute(select(Vendor.id, Vendor.display_name, Vendor.created_at, Vendor.version,
                                                 Vendor.given_name, Vendor.family_name, Vendor.email, Vendor.phone,
                                                 Vendor.address_line1, Vendor.postal_code)))
    here.vendor_key.update({v.id: name_key(v.display_name) for v in rows})
    here.vendor_name.update({v.id: v.display_name for v in rows})
    for v in rows:
        yield Snap("Vendor", str(v.id), here.vendor_key[v.id], v.display_name, day(v.created_at), here.refs_of(v.id),
                   checks=party_checks("Vendor", v), version=v.version,
                   contact=contact_of(v.email, v.phone, v.address_line1, v.postal_code))


def _builders() -> dict[str, Builder]:
    from qbdesk.sync import local_transactions as txns

    return {
        "Account": _accounts, "PaymentMethod": _named("PaymentMethod", PaymentMethod), "Term": _named("Term", Term),
        "TaxCode": _named("TaxCode", TaxCode), "Class": _tree("Class", TrackingClass),
        "Department": _tree("Department", Location), "Item": _items, "Customer": _customers, "Vendor": _vendors,
        **txns.BUILDERS,
    }


def local_snapshot(session: Session) -> Snapshot:
    snap = Snapshot("here")
    accounts = {r.id: r for r in session.execute(select(Account.id, Account.name, Account.account_type,
                                                        Account.parent_id, Account.created_at,
                                                        Account.version))}
    here = Here(session, accounts=accounts)
    here.method_key = {m.id: name_key(m.name) for m in session.execute(select(PaymentMethod.id, PaymentMethod.name))}
    builders = _builders()
    for kind in ENTITIES:
        here.refs = local_refs(session, kind)
        snap.add_all(kind.name, builders[kind.name](here))
    _outbox_and_ages(session, snap, ENTITIES)
    return snap


def _outbox_and_ages(session: Session, snap: Snapshot, kinds: Iterable[EntityType]) -> None:
    """Each record's ``dirty`` flag (the outbox) and creation time, one narrow query per record type."""
    for kind in kinds:
        by_id = {s.id: s for s in snap.of(kind.name)}
        if not by_id:
            continue
        cls: Any = kind.record
        for rid, dirty, created in session.execute(select(cls.id, cls.dirty, cls.created_at)):
            found = by_id.get(str(rid))
            if found is not None:
                found.dirty, found.created = bool(dirty), created
