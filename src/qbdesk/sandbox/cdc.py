"""Change data capture: every entity of the asked types changed since a moment.

QuickBooks looks back at most 30 days (older is refused with the text clients
have reported), returns full entities plus ``Deleted`` stubs for deleted
transactions, and at most 1,000 objects per response with no paging — a client
near that cap must ask again with a shorter window. The cap is applied oldest
change first, so a client that advances its watermark to the newest
``LastUpdatedTime`` it received never skips a change.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from qbdesk.sandbox import faults
from qbdesk.sandbox.clock import parse_moment
from qbdesk.sandbox.company import Company
from qbdesk.sandbox.schema import BY_LOWER

LOOKBACK_DAYS = 30
MAX_OBJECTS = 1000


def _updated(data: dict[str, Any]) -> float:
    stamp = data.get("_ts")
    if isinstance(stamp, float):
        return stamp
    text = (data.get("MetaData") or {}).get("LastUpdatedTime")
    return parse_moment(text).timestamp() if text else 0.0


def changes(company: Company, entities: str | None, changed_since: str | None) -> dict[str, Any]:
    if not entities:
        raise faults.QboFault(faults.required_param("entities"))
    if not changed_since:
        raise faults.QboFault(faults.required_param("changedSince"))
    try:
        since = parse_moment(changed_since)
    except ValueError:
        raise faults.QboFault(faults.invalid_date(changed_since, "changedSince")) from None
    if since < company.clock.now() - timedelta(days=LOOKBACK_DAYS):
        raise faults.unsupported_operation(
            f"Operation cdc with changedSince date {changed_since} which is older than fixed days is not supported.")
    threshold = since.timestamp()
    names = []
    for raw in entities.split(","):
        spec = BY_LOWER.get(raw.strip().lower())
        if spec is None:
            raise faults.query_invalid(f"invalid context declaration: {raw.strip()}")
        names.append(spec.name)
    found: list[tuple[float, str, dict[str, Any]]] = []
    for name in names:
        if not BY_LOWER[name.lower()].cdc:
            continue
        for data in company.all(name):
            moment = _updated(data)
            if moment >= threshold:
                found.append((moment, name, data))
        for stub in company.deleted[name].values():
            moment = _updated(stub)
            if moment >= threshold:
                found.append((moment, name, stub))
    found.sort(key=lambda row: row[0])
    kept = found[:MAX_OBJECTS]
    per_entity: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    for _moment, name, data in kept:
        per_entity[name].append(data)
    responses: list[dict[str, Any]] = []
    for name in names:
        items = per_entity[name]
        if items:
            responses.append({name: items, "startPosition": 1, "maxResults": len(items)})
        else:
            responses.append({})
    return {"QueryResponse": responses}
