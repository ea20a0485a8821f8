"""The QuickBooks Online v3 API client: one ``requests.Session`` per company, paced and resilient.

What it does that the common libraries don't (qbo-api.md §7): checks the HTTP status
before parsing (a 401 has another JSON schema, a 429 is XML); sends
``minorversion=75`` on every call and a ``requestid`` on every write, reusing it on
every retry of that write; paces requests under the per-company limits with a
shared :class:`~qbdesk.qbo.governor.Governor`; retries throttles, server errors and
dropped connections with exponential back-off and jitter; refreshes the access
token on a 401 and retries (again if a later token expires while the request
is still waiting, never twice for the same token); pages queries with 1-based ``STARTPOSITION`` and
yields page by page so memory stays bounded; and keeps ``intuit_tid`` on every error.
The same code talks to production, Intuit's sandbox and the qbdesk sandbox: only
``api_base`` differs.
"""

from __future__ import annotations

import logging
import random
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

import requests

from qbdesk.qbo import jsoncodec
from qbdesk.qbo.errors import (
    AuthenticationError,
    FaultError,
    QboError,
    ThrottledError,
    TransportError,
    ValidationError,
    error_for,
    is_transient,
)
from qbdesk.qbo.governor import Governor

log = logging.getLogger("qbdesk.qbo.http")

MINOR_VERSION = "75"
PAGE_SIZE = 1000
BATCH_LIMIT = 30
REQUEST_ID_MAX = 50
BATCH_REQUEST_ID_MAX = 36
BATCH_BID_MAX = 10
TIMEOUT = (10.0, 125.0)  # connect, read: QuickBooks times requests out at 120 s
MAX_REFRESHES_PER_REQUEST = 4  # a request waiting for hours (throttles, outages) outlives several access tokens


class TokenSource(Protocol):
    def access_token(self) -> str: ...

    def refresh(self, stale_access_token: str | None = None) -> Any: ...


def new_request_id() -> str:
    return str(uuid.uuid4())


@dataclass
class CallStats:
    """What the client did, for the health panel, the run summary and benchmarks."""

    calls: int = 0
    retries: int = 0
    refreshes: int = 0
    last_success: float | None = None
    last_intuit_tid: str | None = None
    last_server_time: str | None = None  # QuickBooks' own clock, from the "time" of the last answer


@dataclass
class BatchItem:
    """One operation of a batch: ``operation`` is create/update/delete, or None with ``query``."""

    bid: str
    entity: str | None = None
    operation: str | None = None
    body: dict[str, Any] | None = None
    query: str | None = None
    options: str | None = None  # "void", "allowduplicatedocnum"

    def to_json(self) -> dict[str, Any]:
        item: dict[str, Any] = {"bId": self.bid}
        if self.query is not None:
            item["Query"] = self.query
            return item
        item["operation"] = self.operation
        if self.options:
            item["optionsData"] = self.options
        assert self.entity is not None and self.body is not None
        item[self.entity] = self.body
        return item


@dataclass
class BatchResult:
    bid: str
    entity: dict[str, Any] | None = None
    fault: QboError | None = None
    query: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        return self.fault is None


@dataclass
class CdcResult:
    entities: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    time: str | None = None

    @property
    def total(self) -> int:
        return sum(len(v) for v in self.entities.values())


_FROM = re.compile(r"\bfrom\s+(\w+)", re.IGNORECASE)


def _entity_of(query: str) -> str:
    match = _FROM.search(query)
    if not match:
        raise ValueError(f"not a QuickBooks query: {query!r}")
    return match.group(1)


def _retry_after(headers: Any) -> float | None:
    value = headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


class QboClient:
    """One company's API client. Thread-safe: the governor and token manager are shared safely."""

    # Record types this QuickBooks does not keep, whose references the writer leaves out of a body rather than
    # hold the record back (QuickBooks Online keeps them all; QuickBooks Desktop has no locations).
    references_left_out: frozenset[str] = frozenset()
    # The record types this QuickBooks keeps; None: every type of the registry (QuickBooks Online).
    entities_kept: frozenset[str] | None = None
    # Writes may also go one per request beside the batches (sync.scheduler): QuickBooks Online's request budget
    # is larger than its batch budget. A client whose every request is one round trip of a single channel (the
    # Web Connector's) carries writes in batches only.
    sends_singles: bool = True

    def __init__(self, realm_id: str, api_base: str, tokens: TokenSource, governor: Governor, *,
                 session: requests.Session | None = None, max_attempts: int = 6, backoff: float = 0.5,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.time) -> None:
        self.realm_id = realm_id
        self.api_base = api_base.rstrip("/")
        self.tokens = tokens
        self.governor = governor
        self.session = session or requests.Session()
        self.session.headers.update({"Accept": "application/json", "User-Agent": "qbdesk"})
        self.max_attempts = max_attempts
        self.backoff = backoff
        self._sleep = sleep
        self._clock = clock
        self._rng = random.Random()
        self.stats = CallStats()
        self._stats_lock = threading.Lock()  # writes are sent from several threads at once (the scheduler)
        # Told of every retry (the failure, the attempt about to be made, the wait before it), so that a person
        # watching a terminal sees why nothing moves rather than a silent pause.
        self.on_retry: Callable[[QboError, int, float], None] | None = None

    # --- transport ------------------------------------------------------------------------------

    def _url(self, path: str) -> str:
        return f"{self.api_base}/company/{self.realm_id}/{path}"

    def _backoff(self, attempt: int) -> float:
        base = self.governor.scaled(self.backoff * (2 ** attempt))
        return float(min(base, self.governor.scaled(30.0)) * (0.5 + self._rng.random()))

    def request(self, method: str, path: str, *, params: dict[str, str] | None = None, body: Any = None,
                text: str | None = None, batch: bool = False, request_id: str | None = None) -> Any:
        """Send one API call and return its parsed JSON; raise a typed :class:`QboError`."""
        query = {"minorversion": MINOR_VERSION, **(params or {})}
        if request_id is not None:
            query["requestid"] = request_id
        data: str | None
        headers: dict[str, str] = {}
        if text is not None:
            data, headers["Content-Type"] = text, "application/text"
        elif body is not None:
            data, headers["Content-Type"] = jsoncodec.dumps(body), "application/json"
        else:
            data = None
        refused: set[str] = set()  # access tokens QuickBooks answered 401 to, during this request
        attempt = 0
        while True:
            token = self.tokens.access_token()
            headers["Authorization"] = f"Bearer {token}"
            try:
                with self.governor.slot(batch=batch):
                    with self._stats_lock:
                        self.stats.calls += 1
                    resp = self.session.request(method, self._url(path), params=query, data=data,
                                                headers=headers, timeout=TIMEOUT)
            except (requests.ConnectionError, requests.Timeout) as exc:
                err: QboError = TransportError(status=None, raw=f"{type(exc).__name__}")
            else:
                tid = resp.headers.get("intuit_tid") or resp.headers.get("Intuit-Tid")
                self.stats.last_intuit_tid = tid
                if resp.status_code == 200:
                    doc = self._parse_ok(resp, tid)
                    self.stats.last_success = self._clock()
                    if isinstance(doc, dict) and isinstance(doc.get("time"), str):
                        self.stats.last_server_time = doc["time"]
                    return doc
                err = error_for(resp.status_code, resp.text, tid, _retry_after(resp.headers))
                if isinstance(err, AuthenticationError) and token not in refused \
                        and len(refused) < MAX_REFRESHES_PER_REQUEST:
                    # A request can wait long (throttled, retried): each token that expires meanwhile is
                    # refreshed once. The same token refused twice means QuickBooks will not take it: stop.
                    refused.add(token)
                    self.stats.refreshes += 1
                    self.tokens.refresh(stale_access_token=token)
                    continue
            attempt += 1
            if not is_transient(err) or attempt >= self.max_attempts:
                log.warning("%s %s failed: %s", method, path, err.summary)
                raise err
            if isinstance(err, ThrottledError):
                wait = self.governor.throttled(err.retry_after)
            else:
                wait = self._backoff(attempt)
            self.stats.retries += 1
            log.info("%s %s: %s; retry %d in %.2f s", method, path, err.summary, attempt, wait)
            if self.on_retry is not None:
                self.on_retry(err, attempt + 1, wait)
            self._sleep(wait)

    def _parse_ok(self, resp: requests.Response, tid: str | None) -> Any:
        try:
            doc = jsoncodec.loads(resp.content)
        except ValueError as exc:
            raise QboError(status=200, errors=[FaultError("", "Unreadable answer from QuickBooks")],
                           intuit_tid=tid, raw=resp.text[:4000]) from exc
        if isinstance(doc, dict) and "Fault" in doc:  # a 200 can still carry a fault
            err = error_for(400, resp.text, tid)
            raise err
        return doc

    # --- reads ----------------------------------------------------------------------------------

    def query_pages(self, statement: str, page_size: int = PAGE_SIZE) -> Iterator[list[dict[str, Any]]]:
        """Yield the rows of ``statement`` page by page (``statement`` has no paging clauses)."""
        entity = _entity_of(statement)
        start = 1
        while True:
            doc = self.request("POST", "query",
                               text=f"{statement} STARTPOSITION {start} MAXRESULTS {page_size}")
            rows = doc.get("QueryResponse", {}).get(entity, [])
            if rows:
                yield rows
            if len(rows) < page_size:
                return
            start += page_size

    def query(self, statement: str, page_size: int = PAGE_SIZE) -> list[dict[str, Any]]:
        return [row for page in self.query_pages(statement, page_size) for row in page]

    def count(self, entity: str, where: str = "") -> int:
        statement = f"SELECT COUNT(*) FROM {entity}" + (f" WHERE {where}" if where else "")
        doc = self.request("POST", "query", text=statement)
        return int(doc.get("QueryResponse", {}).get("totalCount", 0))

    def get(self, entity: str, entity_id: str) -> dict[str, Any]:
        doc = self.request("GET", f"{entity.lower()}/{entity_id}")
        result: dict[str, Any] = doc[entity]
        return result

    def report(self, name: str, params: dict[str, str] | None = None) -> dict[str, Any]:
        """One report of QuickBooks' Reports API (``Header``, ``Columns``, ``Rows``), money as exact text."""
        doc = self.request("GET", f"reports/{name}", params=params)
        if not isinstance(doc, dict):
            raise QboError(status=200, errors=[FaultError("", "Unreadable report from QuickBooks")])
        return doc

    def company_info(self) -> dict[str, Any]:
        return self.get("CompanyInfo", self.realm_id)

    def preferences(self) -> dict[str, Any]:
        doc = self.request("GET", "preferences")
        result: dict[str, Any] = doc["Preferences"]
        return result

    def cdc(self, entities: Sequence[str], changed_since: datetime) -> CdcResult:
        """Everything changed since ``changed_since`` (≤ 30 days back; ≤ 1,000 objects, no paging)."""
        if changed_since.tzinfo is None:
            raise ValueError("changed_since must be time-zone aware")
        doc = self.request("GET", "cdc", params={"entities": ",".join(entities),
                                                 "changedSince": changed_since.isoformat(timespec="seconds")})
        result = CdcResult(time=doc.get("time"))
        for response in doc.get("CDCResponse", []):
            for block in response.get("QueryResponse", []):
                for key, value in block.items():
                    if isinstance(value, list):
                        result.entities.setdefault(key, []).extend(value)
        return result

    # --- writes ---------------------------------------------------------------------------------

    def _write(self, entity: str, body: dict[str, Any], request_id: str | None,
               params: dict[str, str] | None = None) -> dict[str, Any]:
        rid = request_id or new_request_id()
        if len(rid) > REQUEST_ID_MAX:
            raise ValueError(f"requestid longer than {REQUEST_ID_MAX} characters")
        doc = self.request("POST", entity.lower(), params=params, body=body, request_id=rid)
        result: dict[str, Any] = doc[entity]
        return result

    def create(self, entity: str, body: dict[str, Any], request_id: str | None = None) -> dict[str, Any]:
        return self._write(entity, body, request_id)

    def update(self, entity: str, body: dict[str, Any], *, sparse: bool = True,
               request_id: str | None = None) -> dict[str, Any]:
        if "Id" not in body or "SyncToken" not in body:
            raise ValueError("an update needs the record's Id and current SyncToken")
        return self._write(entity, {**body, "sparse": sparse}, request_id)

    def delete(self, entity: str, entity_id: str, sync_token: str,
               request_id: str | None = None) -> dict[str, Any]:
        """Delete a transaction (name lists cannot be deleted: use :meth:`deactivate`)."""
        return self._write(entity, {"Id": entity_id, "SyncToken": sync_token}, request_id,
                           {"operation": "delete"})

    def deactivate(self, entity: str, entity_id: str, sync_token: str,
                   request_id: str | None = None) -> dict[str, Any]:
        return self.update(entity, {"Id": entity_id, "SyncToken": sync_token, "Active": False},
                           request_id=request_id)

    def void(self, entity: str, entity_id: str, sync_token: str, request_id: str | None = None) -> dict[str, Any]:
        body = {"Id": entity_id, "SyncToken": sync_token}
        if entity == "Invoice":
            return self._write(entity, body, request_id, {"operation": "void"})
        return self._write(entity, {**body, "sparse": True}, request_id, {"operation": "update", "include": "void"})

    def batch(self, items: Sequence[BatchItem], request_id: str | None = None) -> dict[str, BatchResult]:
        """Up to 30 independent operations in one call; results (and per-item faults) by ``bId``."""
        if not items:
            return {}
        if len(items) > BATCH_LIMIT:
            raise ValueError(f"a batch holds at most {BATCH_LIMIT} operations")
        rid = request_id or new_request_id()
        if len(rid) > BATCH_REQUEST_ID_MAX:
            raise ValueError(f"a batch requestid is at most {BATCH_REQUEST_ID_MAX} characters")
        bids = [i.bid for i in items]
        if len(set(bids)) != len(bids) or any(len(b) > BATCH_BID_MAX for b in bids):
            raise ValueError(f"bIds must be unique and at most {BATCH_BID_MAX} characters")
        doc = self.request("POST", "batch", body={"BatchItemRequest": [i.to_json() for i in items]},
                           batch=True, request_id=rid)
        by_entity = {i.bid: i.entity for i in items}
        results: dict[str, BatchResult] = {}
        for raw in doc.get("BatchItemResponse", []):
            bid = str(raw.get("bId"))
            if "Fault" in raw:
                fault = error_for(400, jsoncodec.dumps({"Fault": raw["Fault"]}), self.stats.last_intuit_tid)
                if not isinstance(fault, ValidationError | ThrottledError):
                    fault = ValidationError(status=200, errors=fault.errors, fault_type=fault.fault_type,
                                            intuit_tid=fault.intuit_tid, raw=fault.raw)
                results[bid] = BatchResult(bid, fault=fault)
            elif "QueryResponse" in raw:
                results[bid] = BatchResult(bid, query=raw["QueryResponse"])
            else:
                entity = by_entity.get(bid)
                results[bid] = BatchResult(bid, entity=raw.get(entity) if entity else None)
        return results
