"""What customers and vendors share: contact columns, and display names unique across both lists.

QuickBooks keeps customer and vendor names in one namespace, so a new customer is
checked against the vendors as well as the customers, and the other way round.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qbdesk.store.csv_import.columns import Column
from qbdesk.store.csv_import.names import NameIndex, name_key
from qbdesk.store.csv_import.plan import Run
from qbdesk.store.csv_import.rows import RowReader
from qbdesk.store.lists import Customer, Vendor

PARTY_COLUMNS = (
    Column("display_name", True), Column("company_name"), Column("given_name"), Column("family_name"),
    Column("email"), Column("phone"), Column("address_line1"), Column("city"), Column("region"),
    Column("postal_code"), Column("country"),
)

# Longest text QuickBooks (or the company file) accepts per column.
_LENGTHS = {
    "company_name": 100, "given_name": 100, "family_name": 100, "phone": 30, "address_line1": 500,
    "city": 255, "region": 255, "postal_code": 30, "country": 255, "notes": 2000,
}


def contact_fields(r: RowReader) -> dict[str, Any]:
    values: dict[str, Any] = {name: r.text(name, length) for name, length in _LENGTHS.items()}
    values["email"] = r.email("email")
    return values


@dataclass(frozen=True)
class Earlier:
    """A display name's first row in the file, as later rows naming it again need it.

    ``level`` is how far below a top-level customer the row sits, so that a
    sub-customer of a row in the same file can be held to QuickBooks' depth limit.
    """

    row: int
    ok: bool
    level: int = 0


class DisplayNames:
    """The display names of one file, checked against the company's customers and vendors and each other."""

    def __init__(self, run: Run, new: type[Customer] | type[Vendor]) -> None:
        self.customers = NameIndex(run.all(Customer), lambda c: c.display_name)
        vendors = NameIndex(run.all(Vendor), lambda v: v.display_name)
        self._taken: tuple[tuple[NameIndex[Any], str], ...] = (
            ((self.customers, "customer_exists"), (vendors, "name_used_by_vendor")) if new is Customer
            else ((vendors, "vendor_exists"), (self.customers, "name_used_by_customer"))
        )
        self.earlier: dict[str, Earlier] = {}

    def read(self, r: RowReader) -> str | None:
        """The row's display name, failed unless it is new to the company and to the file so far."""
        name = r.new_name("display_name", 500)
        if name is not None:
            earlier = self.earlier.get(name_key(name))
            r.is_new_name("display_name", name, None if earlier is None else earlier.row, self._taken)
        return name

    def remember(self, r: RowReader, name: str | None, level: int = 0) -> None:
        """Record the first row with ``name``, once the row is fully checked (later rows need its ``ok``)."""
        if name is not None and name_key(name) not in self.earlier:
            self.earlier[name_key(name)] = Earlier(r.number, r.ok, level)
