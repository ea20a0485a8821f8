"""The response headers QuickBooks' API sends, as the recorded exchanges show them.

Every answer carries ``intuit_tid`` (the id Intuit support asks for; the recordings show it as
``Intuit-Tid`` only because the recording client re-capitalised header names — Intuit's SDKs read
``intuit_tid``), ``X-Spanid`` and ``X-Amzn-Trace-Id: Root=<tid>``. A successful answer from the data
service is ``application/json;charset=utf-8`` with ``Cache-Control: max-age=0, no-cache, no-store,
must-revalidate, private``, ``Expires: 0``, ``QBO-Version`` and ``Service-Time: total=…, db=…``; a
fault (400) or the gateway's 401/403 is plain ``application/json`` without them (minimul/qbo_api
cassettes, e.g. ``error/validation.yml`` against ``create/customer.yml``). A client that relies on a
charset parameter, or on caching headers, meets the same headers here as there.
"""

from __future__ import annotations

import os
import time
import uuid

JSON_OK = "application/json;charset=utf-8"
JSON_FAULT = "application/json"
NO_CACHE = "max-age=0, no-cache, no-store, must-revalidate, private"
QBO_VERSION = "1988.128"  # the newest build the recordings show (void/invoice.yml, 2022)


def new_tid() -> str:
    """An intuit_tid shaped like the recorded ones: ``1-<seconds, hex>-<24 hex digits>``."""
    return f"1-{int(time.time()):08x}-{os.urandom(12).hex()}"


def trace(tid: str) -> list[tuple[str, str]]:
    """The tracing headers every answer carries."""
    return [("intuit_tid", tid), ("X-Spanid", str(uuid.uuid4())), ("X-Amzn-Trace-Id", f"Root={tid}")]


def data_service(total_seconds: float, db_seconds: float) -> list[tuple[str, str]]:
    """What a successful Accounting API answer adds."""
    total = max(1, round(total_seconds * 1000))
    db = min(total, max(0, round(db_seconds * 1000)))
    return [("Cache-Control", NO_CACHE), ("Expires", "0"), ("QBO-Version", QBO_VERSION),
            ("Service-Time", f"total={total}, db={db}")]
