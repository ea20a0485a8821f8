"""Classes and departments (locations): name lists with a hierarchy.

Intuit's Class and Department references: ``Name`` is required (100 characters at
most), ``ParentRef`` makes a sub-class (``SubClass`` / ``SubDepartment`` and
``FullyQualifiedName`` are QuickBooks'), "Limited to 5 levels", and neither can
be deleted — "Delete is achieved by setting the Active attribute to false …
References to inactive objects are left intact." Names are unique by their full
name, like accounts and items, and a colon is refused (2040) because it is the
hierarchy's separator. Beyond five levels the sandbox answers 6180, the code
Intuit's list gives a too-deep customer (no source gives the class one).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from qbdesk.sandbox import faults
from qbdesk.sandbox.context import WriteContext, boolean
from qbdesk.sandbox.names import check_characters

MAX_DEPTH = 5  # "Limited to 5 levels."
Normalizer = Callable[[WriteContext, dict[str, Any], dict[str, Any] | None], dict[str, Any]]


def _tree(entity: str, sub_field: str) -> Normalizer:
    def normalize(ctx: WriteContext, data: dict[str, Any], existing: dict[str, Any] | None) -> dict[str, Any]:
        ctx.require(data, "Name")
        ctx.check()
        check_characters(entity, data)
        parent = ctx.resolve(data["ParentRef"], entity, "ParentRef") if data.get("ParentRef") else None
        if parent is not None:
            if existing is not None and _descends_from(ctx, entity, parent, str(existing["Id"])):
                raise faults.parent_cannot_be_child()
            if str(parent.get("FullyQualifiedName") or "").count(":") + 2 > MAX_DEPTH:
                raise faults.sub_level_limit()
            data["FullyQualifiedName"] = f"{parent['FullyQualifiedName']}:{data['Name']}"
        else:
            data.pop("ParentRef", None)
            data["FullyQualifiedName"] = str(data["Name"])
        data[sub_field] = parent is not None
        data["Active"] = boolean(data.get("Active"), True)
        data["domain"], data["sparse"] = "QBO", False
        return data

    return normalize


def _descends_from(ctx: WriteContext, entity: str, candidate: dict[str, Any], ancestor_id: str) -> bool:
    seen: set[str] = set()
    node: dict[str, Any] | None = candidate
    while node is not None and str(node["Id"]) not in seen:
        if str(node["Id"]) == ancestor_id:
            return True
        seen.add(str(node["Id"]))
        parent = node.get("ParentRef")
        node = ctx.company.get(entity, str(parent["value"])) if isinstance(parent, dict) else None
    return False


TRACKING_NORMALIZERS: dict[str, Normalizer] = {
    "Class": _tree("Class", "SubClass"), "Department": _tree("Department", "SubDepartment"),
}
