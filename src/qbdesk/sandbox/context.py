"""The context one write runs in, and the checks every entity shares.

A write sees the company through a :class:`WriteContext`: inside a batch, the
entities created by earlier items are hidden (QuickBooks runs batch items one
after another but "requests do not have visibility of earlier requests included
from the same payload"), and ``include``/``optionsData`` flags travel with it.
Field-level problems (missing or over-long fields) are collected and reported
together, as QuickBooks lists several errors in one fault; business rules stop
at the first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, Literal

from qbdesk.sandbox import faults
from qbdesk.sandbox.company import CENT, Company, Key
from qbdesk.sandbox.faults import FaultError, QboFault
from qbdesk.sandbox.schema import LINE_PROPERTIES, EntitySpec

InactiveRule = Literal["reference", "customer", "path"]

LINE_KNOWN = frozenset(LINE_PROPERTIES)


@dataclass
class WriteContext:
    company: Company
    hidden: frozenset[Key] = frozenset()
    options: frozenset[str] = frozenset()
    errors: list[FaultError] = field(default_factory=list)
    # A person in QuickBooks' web app rather than an API client: the web app deletes a paid invoice and leaves
    # the payment as a credit, where the API refuses (see dependents). Never set from a request.
    web_app: bool = False

    # --- collected field errors -------------------------------------------------------------------

    def require(self, data: dict[str, Any], name: str, element: str | None = None) -> bool:
        value = data.get(name)
        if value is None or value == "" or value == []:
            self.errors.append(faults.required_param(element or name))
            return False
        return True

    def check(self) -> None:
        if self.errors:
            errors, self.errors = self.errors, []
            raise QboFault(*errors)

    # --- lookups that respect batch visibility --------------------------------------------------

    def lookup(self, entity: str, entity_id: str) -> dict[str, Any] | None:
        if (entity, entity_id) in self.hidden:
            return None
        return self.company.get(entity, entity_id)

    def resolve(self, ref: Any, entity: str | Iterable[str], element: str, *,
                inactive: InactiveRule = "reference") -> dict[str, Any]:
        """Follow a ``{"value": Id}`` reference; fill in its ``name`` as QuickBooks does."""
        if not isinstance(ref, dict) or ref.get("value") in (None, ""):
            raise QboFault(faults.required_param(element))
        target_id = str(ref["value"])
        kinds = (entity,) if isinstance(entity, str) else tuple(entity)
        target = None
        for kind in kinds:
            target = self.lookup(kind, target_id)
            if target is not None:
                break
        if target is None:
            raise faults.invalid_reference(element)
        if not target.get("Active", True):
            if inactive == "customer":
                raise faults.deleted_customer(element)
            if inactive == "path":
                raise faults.invalid_reference(element)
            raise faults.inactive_reference(element)
        ref["value"] = target_id
        label = display_name(target)
        if label is not None:
            ref["name"] = label
        return target


def display_name(data: dict[str, Any]) -> str | None:
    for key in ("FullyQualifiedName", "DisplayName", "Name"):
        if data.get(key):
            return str(data[key])
    return None


# --- request-shape checks -------------------------------------------------------------------------------

def check_properties(spec: EntitySpec, body: dict[str, Any]) -> None:
    """Unknown properties are fault 2010, reported for the first one, with the class's known list."""
    known = spec.known
    for key in body:
        if key not in known:
            raise faults.unsupported_property(spec.name, key, list(spec.properties))
    for line in body.get("Line") or []:
        if isinstance(line, dict):
            for key in line:
                if key not in LINE_KNOWN:
                    raise faults.unsupported_property("Line", key, list(LINE_PROPERTIES))


def length_errors(spec: EntitySpec, data: dict[str, Any]) -> list[FaultError]:
    out = []
    for name, maximum in spec.lengths.items():
        value = data.get(name)
        if isinstance(value, dict):  # CustomerMemo is {"value": "..."}
            value = value.get("value")
        if isinstance(value, str) and len(value) > maximum:
            out.append(faults.string_length(name, maximum, len(value)))
    return out


def decimal_of(value: Any, element: str) -> Decimal:
    if isinstance(value, bool) or value is None:
        raise QboFault(faults.invalid_number(str(value), element))
    if isinstance(value, Decimal):
        result = value
    else:
        try:
            result = Decimal(str(value))
        except InvalidOperation:
            raise QboFault(faults.invalid_number(str(value), element)) from None
    if not result.is_finite():
        raise QboFault(faults.invalid_number(str(value), element))
    return result


def money_of(value: Any, element: str) -> Decimal:
    return decimal_of(value, element).quantize(CENT, ROUND_HALF_UP)


def date_of(value: Any, element: str) -> date:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise QboFault(faults.invalid_date(str(value), element)) from None


def boolean(value: Any, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, str):
        return value.strip().lower() == "true"
    return bool(value)


def enum_of(value: Any, allowed: Iterable[str], element: str) -> str:
    text = str(value)
    if text not in allowed:
        raise QboFault(faults.invalid_enumeration(text, element))
    return text
