"""Replaying Intuit's recorded exchanges against the sandbox.

The cassettes in ``recordings/`` were recorded by minimul/qbo_api against
Intuit's own sandbox company (MIT licence, see LICENSE-qbo_api.txt). Every
entity they show is loaded into a sandbox company with its recorded Id, so
each recorded request can be sent again unchanged and the two answers compared
by structure: status, keys, JSON types, fault codes and texts.

Not replayed (the sandbox does not emulate them): attachments (``upload``),
invoice PDFs and the Reports API.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from qbdesk.sandbox import jsonio
from qbdesk.sandbox.clock import Clock, parse_moment
from qbdesk.sandbox.company import Company
from qbdesk.sandbox.practice import new_company
from qbdesk.sandbox.schema import SPECS
from tests.sandbox import vcr

RECORDINGS = Path(__file__).with_name("recordings")
INTUIT = "https://sandbox-quickbooks.api.intuit.com/v3"
REALM = "4620816365037572030"
# Keys that come from how Intuit's sample company is configured (a "Crew #" custom field), not from the API.
COMPANY_CONFIGURATION = frozenset({"CustomField"})
# Values compared exactly; everything else is compared by type only.
EXACT = frozenset({"code", "Message", "message", "type", "status", "domain", "DetailType", "startPosition",
                   "maxResults", "totalCount", "TxnType", "bId", "element", "Detail", "detail"})
# Where referenced-but-unrecorded accounts must have a particular type for the rules to accept them.
ACCOUNT_STUBS = {"4": ("Undeposited Funds", "Other Current Asset", "UndepositedFunds"),
                 "35": ("Checking", "Bank", "Checking"), "86": ("Discounts given", "Income", "DiscountsRefundsGiven"),
                 "1": ("Services", "Income", "ServiceFeeIncome")}
REF_TARGETS = {"ItemRef": "Item", "CustomerRef": "Customer", "VendorRef": "Vendor", "DepositToAccountRef": "Account",
               "IncomeAccountRef": "Account", "DiscountAccountRef": "Account", "PaymentMethodRef": "PaymentMethod",
               "TermRef": "Term", "SalesTermRef": "Term", "DefaultTaxCodeRef": "TaxCode", "TxnTaxCodeRef": "TaxCode"}


def cassettes() -> list[str]:
    return sorted(str(p.relative_to(RECORDINGS)) for p in RECORDINGS.rglob("*.yml"))


def _entities_in(document: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(document, dict):
        for key, value in document.items():
            if key in SPECS and isinstance(value, dict) and value.get("Id") and value.get("status") != "Deleted":
                yield key, value
            elif key in SPECS and isinstance(value, list):
                for row in value:
                    if isinstance(row, dict) and row.get("Id") and row.get("status") != "Deleted":
                        yield key, row
            else:
                yield from _entities_in(value)
    elif isinstance(document, list):
        for value in document:
            yield from _entities_in(value)


def _json(text: str) -> Any:
    try:
        return jsonio.loads(text)
    except ValueError:
        return None


def sample_company() -> dict[str, dict[str, dict[str, Any]]]:
    """Every entity the recordings show (the last recorded version of each), by type and Id."""
    found: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in SPECS}
    for name in cassettes():
        for interaction in vcr.cassette(RECORDINGS / name):
            for entity, data in _entities_in(_json(interaction.response_body)):
                found[entity][str(data["Id"])] = data
    return found


def _own_state(name: str, entities: dict[str, dict[str, dict[str, Any]]]) -> None:
    """The company as it was when this cassette was recorded: its reads show what existed, its creates what did not."""
    for interaction in vcr.cassette(RECORDINGS / name):
        document = _json(interaction.response_body)
        if interaction.status != 200 or not isinstance(document, dict):
            continue
        if interaction.method == "GET" and re.fullmatch(r"/\w+/\d+", interaction.path):
            for entity, data in _entities_in(document):
                entities[entity][str(data["Id"])] = data
        body = _json(interaction.request_body)
        if interaction.method == "POST" and isinstance(body, dict):
            if "BatchItemRequest" in body:
                pairs = list(zip(body["BatchItemRequest"], document.get("BatchItemResponse") or [], strict=False))
            else:
                pairs = [({"operation": "update" if "Id" in body else "create"}, document)]
            for request, result in pairs:
                if request.get("operation") == "create":
                    for entity, data in _entities_in(result):
                        entities[entity].pop(str(data["Id"]), None)


def _stub_references(entities: dict[str, dict[str, dict[str, Any]]]) -> None:
    wanted: set[tuple[str, str, str | None]] = set()

    def walk(value: Any, key: str | None = None) -> None:
        if isinstance(value, dict):
            if key in REF_TARGETS and "value" in value and str(value["value"]) not in ("TAX", "NON"):
                wanted.add((REF_TARGETS[key], str(value["value"]), value.get("name")))
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)

    walk(entities)
    for entity, ref, label in sorted(wanted, key=str):
        if ref in entities[entity]:
            continue
        stub: dict[str, Any] = {"Id": ref, "SyncToken": "0", "domain": "QBO", "sparse": False, "Active": True,
                                "MetaData": {"CreateTime": "2015-10-01T14:42:07-07:00",
                                             "LastUpdatedTime": "2015-10-01T14:42:07-07:00"}}
        if entity == "Account":
            name, acc_type, subtype = ACCOUNT_STUBS.get(ref, (label or f"Account {ref}", "Expense", "Utilities"))
            stub.update(Name=name, FullyQualifiedName=name, AccountType=acc_type, AccountSubType=subtype)
        elif entity == "Item":
            stub.update(Name=label or f"Item {ref}", FullyQualifiedName=label or f"Item {ref}", Type="Service",
                        IncomeAccountRef={"value": "1", "name": "Services"})
        elif entity == "TaxCode":
            stub.update(Name="California", Taxable=True)
        elif entity in ("Customer", "Vendor"):
            stub.update(DisplayName=label or f"{entity} {ref}", FullyQualifiedName=label or f"{entity} {ref}")
        else:
            stub.update(Name=label or f"{entity} {ref}")
        entities[entity][ref] = stub


def _created_before(entities: dict[str, dict[str, dict[str, Any]]], moment: datetime) -> None:
    """Drop what did not exist yet when the cassette was recorded (created by a later recording)."""
    for rows in entities.values():
        for key in [k for k, row in rows.items()
                    if parse_moment((row.get("MetaData") or {}).get("CreateTime") or "2000-01-01") >= moment]:
            del rows[key]


def seeded(name: str, clock: Clock) -> Company:
    """A sandbox company holding Intuit's sample company as this cassette saw it."""
    entities = sample_company()
    _created_before(entities, vcr.cassette(RECORDINGS / name)[0].recorded_at)
    _own_state(name, entities)
    _stub_references(entities)
    company = new_company(REALM, clock, name="Sandbox Company_US_1")
    for entity, rows in entities.items():
        if SPECS[entity].kind == "singleton":
            continue
        company.entities[entity].update(jsonio.clone(rows))
    company.rebuild()
    return company


def target(uri: str, api_base: str) -> str:
    """A recorded URL, pointed at the sandbox (some recordings dropped the company segment)."""
    rest = uri.removeprefix(INTUIT)
    rest = rest.replace("/company/-COMPANY_ID-", "")
    return f"{api_base}/company/{REALM}{rest}"


# --- comparison ------------------------------------------------------------------------------------------

def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float) or type(value).__name__ == "Decimal":
        return "number"
    return type(value).__name__


def normal_detail(text: str) -> str:
    """Details with parts that differ by server (user names, host names, Jackson's property list)."""
    text = re.sub(r"You and (.+?) were working on this at the same time\. \1 finished",
                  "You and <user> were working on this at the same time. <user> finished", text)
    text = text.split(" of full path: ")[0]
    text = text.split("not marked as ignorable (")[0]
    text = re.sub(r"/v3/company/[^/]+/", "/v3/company/<realm>/", text)
    return re.sub(r"^Token expired: .*", "Token expired: <token>", text)


def differences(recorded: Any, ours: Any, path: str = "") -> list[str]:
    """How our answer differs from the recorded one in structure (empty: it conforms)."""
    if _kind(recorded) != _kind(ours):
        return [f"{path or '/'}: {_kind(recorded)} recorded, {_kind(ours)} here"]
    out: list[str] = []
    if isinstance(recorded, dict):
        for key, value in recorded.items():
            if key in COMPANY_CONFIGURATION:
                continue
            if key not in ours:
                out.append(f"{path}/{key}: missing here")
                continue
            if key in EXACT and not isinstance(value, dict | list):
                mine = ours[key]
                if key in ("Detail", "detail") and isinstance(value, str) and isinstance(mine, str):
                    value, mine = normal_detail(value), normal_detail(mine)
                if value != mine:
                    out.append(f"{path}/{key}: {value!r} recorded, {mine!r} here")
                continue
            out += differences(value, ours[key], f"{path}/{key}")
        if "Error" in recorded or "error" in recorded:  # a fault: exactly the same keys per error
            errors_r = recorded.get("Error") or recorded.get("error") or []
            errors_o = ours.get("Error") or ours.get("error") or []
            for n, (a, b) in enumerate(zip(errors_r, errors_o, strict=False)):
                if set(a) != set(b):
                    out.append(f"{path}/Error/{n}: keys {sorted(a)} recorded, {sorted(b)} here")
    elif isinstance(recorded, list):
        if len(recorded) != len(ours):
            out.append(f"{path}: {len(recorded)} items recorded, {len(ours)} here")
        for n, (a, b) in enumerate(zip(recorded, ours, strict=False)):
            out += differences(a, b, f"{path}/{n}")
    return out


def canonical(document: Any) -> Any:
    """Transactions in query answers sorted by Id: QuickBooks' default order for them is undocumented."""
    if isinstance(document, dict):
        out = {}
        for key, value in document.items():
            if key in SPECS and not SPECS[key].is_list and isinstance(value, list):
                value = sorted(value, key=lambda row: int(row.get("Id", 0)) if str(row.get("Id", "")).isdigit() else 0)
            out[key] = canonical(value)
        return out
    if isinstance(document, list):
        return [canonical(v) for v in document]
    return document
