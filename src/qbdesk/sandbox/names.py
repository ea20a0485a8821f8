"""The rules QuickBooks applies to names: which characters they may hold, what counts as no name at all,
and when two names are the same.

A colon is how QuickBooks writes a hierarchy (``Parent:Job``, ``Parent:Sub-item``), so a name must not
contain one; tab and newline are refused with it. Intuit's Customer, Vendor and Employee references:
"The DisplayName, Title, GivenName, MiddleName, FamilyName, Suffix, and PrintOnCheckName attributes must
not contain colon (:), tab (\\t), or newline (\\n) characters"; Account names may not hold ``"`` or
``:`` either (Intuit's Account reference). A name that breaks this is refused with 2040 "Invalid
String" and the offending value, as recorded twice in the wild (a ``Rob:Barnett:Company`` customer and a
display name starting with a tab) — rather than stored and then mangled into a wrong
``FullyQualifiedName``.

A customer, vendor or employee needs a ``DisplayName`` or one of Title, GivenName, MiddleName,
FamilyName, Suffix (6080); QuickBooks then builds the display name from those parts. ``CompanyName``
alone is not a name to QuickBooks' API (it is not in the documented list nor in the 6080 text).

Names are compared as QuickBooks compares them for uniqueness: letter case and runs of spaces do not
make two names different (see docs/qbo-rules.md for how far the sources go).
"""

from __future__ import annotations

from typing import Any

from qbdesk.sandbox import faults

PARTY_NAME_PARTS = ("Title", "GivenName", "MiddleName", "FamilyName", "Suffix")
PARTY_NAME_FIELDS = ("DisplayName", *PARTY_NAME_PARTS, "PrintOnCheckName")
# Classes and locations write their hierarchy with the colon too (``Parent:Class1:SubClass1``, Intuit's Class
# reference), so their names may not hold one either.
FORBIDDEN: dict[str, str] = {"party": ":\t\n", "Account": ':"\t\n', "Item": ":\t\n", "Class": ":\t\n",
                             "Department": ":\t\n"}
CHECKED_FIELDS: dict[str, tuple[str, ...]] = {"party": PARTY_NAME_FIELDS, "Account": ("Name",), "Item": ("Name",),
                                              "Class": ("Name",), "Department": ("Name",)}


def group_of(entity: str) -> str | None:
    """Which character rules apply: customers, vendors and employees share one set."""
    if entity in ("Customer", "Vendor", "Employee"):
        return "party"
    if entity in ("Account", "Item", "Class", "Department"):
        return entity
    return None


def check_characters(entity: str, data: dict[str, Any]) -> None:
    """2040 for the first name field holding a character QuickBooks reserves."""
    group = group_of(entity)
    if group is None:
        return
    forbidden = FORBIDDEN[group]
    for name in CHECKED_FIELDS[group]:
        value = data.get(name)
        if isinstance(value, str) and any(ch in value for ch in forbidden):
            raise faults.invalid_string(value, name)


def display_name(data: dict[str, Any]) -> str:
    """The DisplayName a party gets: its own, else its name parts joined (6080 when it has neither)."""
    own = str(data.get("DisplayName") or "").strip()
    if own:
        return own
    parts = [str(data[p]).strip() for p in PARTY_NAME_PARTS if str(data.get(p) or "").strip()]
    if not parts:
        raise faults.no_name()
    return " ".join(parts)


def name_key(name: str) -> str:
    """Two names QuickBooks treats as the same have the same key."""
    return " ".join(str(name).split()).casefold()
