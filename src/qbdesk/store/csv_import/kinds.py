"""What can be imported, and which module holds each kind's columns and rules.

Adding a kind means adding its module and one line to each table here; nothing
else in the import needs to know the kinds by name.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping

from qbdesk.store.csv_import import customers, invoices, items, payments, trial_balance, vendors
from qbdesk.store.csv_import.columns import Column
from qbdesk.store.csv_import.plan import Checker


class ImportKind(enum.StrEnum):
    """What a file holds; the value is the ``--type`` a user types."""

    CUSTOMERS = "customers"
    VENDORS = "vendors"
    ITEMS = "items"
    INVOICES = "invoices"
    PAYMENTS = "payments"
    TRIAL_BALANCE = "trial-balance"


COLUMNS: Mapping[ImportKind, tuple[Column, ...]] = {
    ImportKind.CUSTOMERS: customers.COLUMNS,
    ImportKind.VENDORS: vendors.COLUMNS,
    ImportKind.ITEMS: items.COLUMNS,
    ImportKind.INVOICES: invoices.COLUMNS,
    ImportKind.PAYMENTS: payments.COLUMNS,
    ImportKind.TRIAL_BALANCE: trial_balance.COLUMNS,
}

CHECKERS: Mapping[ImportKind, Checker] = {
    ImportKind.CUSTOMERS: customers.check,
    ImportKind.VENDORS: vendors.check,
    ImportKind.ITEMS: items.check,
    ImportKind.INVOICES: invoices.check,
    ImportKind.PAYMENTS: payments.check,
    ImportKind.TRIAL_BALANCE: trial_balance.check,
}
