"""Customers, and sub-customers (jobs) below a customer in the company or earlier in the same file.

A parent earlier in the file does not exist yet while rows are checked, so it is
named by its key and looked up among the records the import has made by the time
the child is written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from qbdesk.store.csv_import.columns import Column
from qbdesk.store.csv_import.names import name_key
from qbdesk.store.csv_import.parties import PARTY_COLUMNS, DisplayNames, contact_fields
from qbdesk.store.csv_import.plan import Run
from qbdesk.store.csv_import.reading import CsvRow
from qbdesk.store.csv_import.rows import RowReader
from qbdesk.store.lists import Customer

COLUMNS = (*PARTY_COLUMNS, Column("parent"), Column("notes"))

# Levels of sub-customers QuickBooks allows below a top-level customer.
_MAX_LEVEL = 4


def check(run: Run, rows: Iterable[CsvRow]) -> None:
    names = DisplayNames(run, Customer)
    depth_of: dict[int, int] = {}

    def depth(customer: Customer) -> int:
        if customer.id not in depth_of:
            depth_of[customer.id] = 0 if customer.parent is None else depth(customer.parent) + 1
        return depth_of[customer.id]

    made: dict[str, Customer | int] = {}  # the file's customers written so far, by key: the record, then its id
    fresh: list[str] = []

    def forget_records() -> None:
        """Once flushed, a customer is remembered by its id only, so the session may let go of the record."""
        for key in fresh:
            written = made[key]
            if isinstance(written, Customer) and written.id is not None:
                made[key] = written.id
        fresh.clear()

    run.after_flush.append(forget_records)
    for csv_row in rows:
        r = run.row(csv_row)
        name = names.read(r)
        fields = contact_fields(r)
        parent, parent_key, level = _parent(r, names, depth)
        names.remember(r, name, level)
        if r.ok and name is not None:
            run.plan_record(r.number, "customers", partial(_customer, name, fields, parent, parent_key, made,
                                                             fresh))


def _parent(r: RowReader, names: DisplayNames,
            depth: Callable[[Customer], int]) -> tuple[Customer | None, str | None, int]:
    """The parent (in the company, or the key of one earlier in the file) and the row's level below the top.

    The level is worked out now, before anything is written, so that QuickBooks' depth
    limit fails the row here rather than the sync later.
    """
    parent_name = r.raw("parent")
    if not parent_name:
        return None, None, 0
    parent: Customer | None = None
    parent_key: str | None = None
    level = 0
    if names.customers.find(parent_name):
        parent = r.reference("parent", names.customers, "no_customer")
        level = depth(parent) + 1 if parent is not None else 0
    elif (earlier := names.earlier.get(name_key(parent_name))) is not None:
        if not earlier.ok:
            r.fail("parent", "parent_has_error", name=parent_name, other_row=earlier.row)
        parent_key, level = name_key(parent_name), earlier.level + 1
    else:
        r.fail("parent", "no_parent", name=parent_name)
    if level > _MAX_LEVEL:
        r.fail("parent", "too_deep")
    return parent, parent_key, level


def _customer(name: str, fields: dict[str, Any], parent: Customer | None, parent_key: str | None,
              made: dict[str, Customer | int], fresh: list[str]) -> Customer:
    owner = parent if parent_key is None else made[parent_key]
    if isinstance(owner, int):  # a customer earlier in the file, flushed already
        customer = Customer(display_name=name, parent_id=owner, is_job=True, **fields)
    else:
        customer = Customer(display_name=name, parent=owner, is_job=owner is not None, **fields)
    made[name_key(name)] = customer
    fresh.append(name_key(name))
    return customer
