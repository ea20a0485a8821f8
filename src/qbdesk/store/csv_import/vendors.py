"""Vendors: the contact columns every party has, plus the account number the vendor knows the business by."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from qbdesk.store.csv_import.columns import Column
from qbdesk.store.csv_import.parties import PARTY_COLUMNS, DisplayNames, contact_fields
from qbdesk.store.csv_import.plan import Run
from qbdesk.store.csv_import.reading import CsvRow
from qbdesk.store.lists import Vendor

COLUMNS = (*PARTY_COLUMNS, Column("account_number"), Column("notes"))


def check(run: Run, rows: Iterable[CsvRow]) -> None:
    names = DisplayNames(run, Vendor)
    for csv_row in rows:
        r = run.row(csv_row)
        name = names.read(r)
        fields = contact_fields(r)
        fields["account_number"] = r.text("account_number", 100)
        names.remember(r, name)
        if r.ok and name is not None:
            run.plan_record(r.number, "vendors", partial(Vendor, display_name=name, **fields))
