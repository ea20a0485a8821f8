"""``POST /batch``: up to 30 operations and queries in one request.

Items run one after another and each gets its own result or fault, keyed by
``bId``; a failing item does not stop the others. As in QuickBooks, an item
cannot see what earlier items of the same batch created (create a customer and
an invoice for it in one batch and the invoice fails), so clients that rely on
that are caught here. With a ``requestid`` each item is remembered under
requestid + bId (QuickBooks allows 36 + 10 characters) and a repeated batch
returns the remembered results instead of running again.
"""

from __future__ import annotations

from typing import Any

from qbdesk.sandbox import faults, operations, query
from qbdesk.sandbox.company import Company, Key
from qbdesk.sandbox.context import WriteContext
from qbdesk.sandbox.faults import QboFault
from qbdesk.sandbox.schema import SPECS

MAX_ITEMS = 30
BATCH_REQUEST_ID_MAX = 36
BID_MAX = 10
REQUEST_ID_MAX = 50


def run(company: Company, body: Any, request_id: str | None) -> list[dict[str, Any]]:
    items = body.get("BatchItemRequest") if isinstance(body, dict) else None
    if not isinstance(items, list):
        raise QboFault(faults.required_param("BatchItemRequest"))
    if len(items) > MAX_ITEMS:
        raise faults.batch_too_large(len(items), MAX_ITEMS)
    created: set[Key] = set()
    out = []
    for item in items:
        bid = str(item.get("bId", "")) if isinstance(item, dict) else ""
        key = f"{request_id}{bid}" if request_id else None
        if key is not None and key in company.batch_replies:
            out.append(company.batch_replies[key])
            continue
        try:
            if request_id is not None:
                _check_ids(request_id, bid)
            result = _one(company, item, frozenset(created))
            if result[0] is not None:
                created.add(result[0])
            response = {**result[1], "bId": bid}
        except QboFault as fault:
            response = {"Fault": fault.as_json(batch=True), "bId": bid}
        if key is not None and "Fault" not in response:
            # As for single writes, only what succeeded is remembered: a refused item may run again.
            company.remember_item(key, response)
        out.append(response)
    return out


def _check_ids(request_id: str, bid: str) -> None:
    combined = request_id + bid
    if len(request_id) > BATCH_REQUEST_ID_MAX:
        raise faults.request_id_too_long(request_id, BATCH_REQUEST_ID_MAX)
    if len(bid) > BID_MAX or len(combined) > REQUEST_ID_MAX:
        raise faults.request_id_too_long(combined, REQUEST_ID_MAX)


def _one(company: Company, item: Any, hidden: frozenset[Key]) -> tuple[Key | None, dict[str, Any]]:
    if not isinstance(item, dict) or not item.get("bId"):
        raise QboFault(faults.required_param("bId"))
    if "Query" in item:
        return None, {"QueryResponse": query.execute(company, str(item["Query"]), hidden)}
    payload_names = [k for k in item if k in SPECS]
    if len(payload_names) != 1:
        raise faults.malformed_body("BatchItemRequest")
    entity = payload_names[0]
    operation = str(item.get("operation") or "").lower()
    options = {o.strip().lower() for o in str(item.get("optionsData") or "").split(",") if o.strip()}
    ctx = WriteContext(company, hidden=hidden, options=frozenset(options))
    payload = item[entity]
    if SPECS[entity].kind == "readonly":
        raise faults.unsupported_operation(f"Operation {operation or 'create'} is not supported.")
    if operation == "create":
        if isinstance(payload, dict) and payload.get("Id") not in (None, ""):
            raise faults.malformed_body("Id")
        result = operations.write(ctx, entity, payload)
        return (entity, str(result["Id"])), {entity: result}
    if operation == "update":
        if "void" in options:
            return None, {entity: operations.void(ctx, entity, payload)}
        if not isinstance(payload, dict) or payload.get("Id") in (None, ""):
            raise QboFault(faults.required_param("Id"))
        return None, {entity: operations.write(ctx, entity, payload)}
    if operation == "delete":
        return None, {entity: operations.delete(ctx, entity, payload)}
    raise QboFault(faults.invalid_enumeration(operation or "null", "operation"))
