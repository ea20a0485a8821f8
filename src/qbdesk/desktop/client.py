"""The engine's QuickBooks client, speaking qbXML to QuickBooks Desktop through the Web Connector.

:class:`QbwcClient` offers the part of :class:`~qbdesk.qbo.client.QboClient` the
engine uses — queries (page by page), reads by Id, change capture, preferences,
and batches of creates, updates, deactivations and deletions — so the one
pipeline (*changes → plan → pre-flight → journal → send → settle*) runs
unchanged against Desktop. Each call becomes one qbXML document handed to the
Web Connector at its next sendRequestXML (:mod:`qbdesk.desktop.channel`); the
call blocks until receiveResponseXML brings Desktop's answer.

The engine's queries are QuickBooks Online statements. The few shapes it sends
(``SELECT * FROM E``, ``WHERE Id IN (…)``, ``WHERE MetaData.CreateTime >= …``, a
natural key ``IN (…)``, ``Active IN (true, false)``) become Desktop queries —
by ListID/TxnID, from a modified date, or all records — and whatever Desktop
cannot filter is filtered here, on the rows. Statuses become the engine's typed
errors with ``qbxml:<code>`` codes (Desktop's 3100 is not Online's 3100), which
the problem catalogue explains (:mod:`qbdesk.sync.catalogue`).

Clock: Desktop gives no server time with its answers, so "QuickBooks' clock" (the
watermark, the journal's time of a write) is this computer's, which is also the
Web Connector's when both run on the office PC (docs/desktop.md).
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from typing import Any

from qbdesk.desktop import from_qbxml, to_qbxml
from qbdesk.desktop.channel import Channel, SessionClosed
from qbdesk.desktop.qbxml import Element, QbxmlError, messages, request_document, status_of, sub, text_of
from qbdesk.desktop.types import BY_ENTITY, DesktopType
from qbdesk.qbo.client import BatchItem, BatchResult, CdcResult, QboClient
from qbdesk.qbo.errors import FaultError, QboError, ServerError, TransportError, ValidationError
from qbdesk.qbo.governor import Governor, Limits

Row = dict[str, Any]
DST_SLACK = timedelta(hours=1)
PAGE = 100          # MaxReturned per iterator page (qbwc.md §1.5: keep each answer small)
RETRYABLE = {3170, 3175, 3176, 3180}   # "list has been modified by another user", locks (quickbooks-php)
_STATEMENT = re.compile(r"^\s*SELECT\s+(?P<what>\*|COUNT\(\*\))\s+FROM\s+(?P<entity>\w+)(?:\s+WHERE\s+(?P<where>.*?))?"
                        r"(?:\s+ORDERBY\s+(?P<order>[\w.]+)(?:\s+(?:ASC|DESC))?)?\s*$", re.IGNORECASE | re.DOTALL)
_CONDITION = re.compile(r"\s*(?P<field>[\w.]+)\s*(?P<op>>=|<=|=|>|<|\bIN\b|\bLIKE\b)\s*"
                        r"(?P<value>\((?:[^()']|'(?:[^'\\]|\\.)*')*\)|'(?:[^'\\]|\\.)*'|\w+)\s*", re.IGNORECASE)
_AND = re.compile(r"AND\b", re.IGNORECASE)
_LITERAL = re.compile(r"'((?:[^'\\]|\\.)*)'|\b(true|false)\b", re.IGNORECASE)


class _NoTokens:
    """The Web Connector authenticates the session; the client carries no token."""

    def access_token(self) -> str:
        return ""

    def refresh(self, stale_access_token: str | None = None) -> None:
        return None


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _local_naive(moment: datetime) -> str:
    """A moment as Desktop wants it in a filter: the computer's local time without an offset (qbwc.md §3.3), an
    hour early — Desktop's times are an hour off during daylight saving time (qbwc.md §3.3), and reading a record
    twice costs nothing (it is recognised by its EditSequence), missing one would."""
    return (moment.astimezone() - DST_SLACK).replace(tzinfo=None).isoformat(timespec="seconds")


def fault(code: int | str, message: str, status: int = 400) -> QboError:
    """A Desktop status as the engine's typed error (retryable lock statuses as a server error)."""
    errors = [FaultError(f"qbxml:{code}", message)]
    if isinstance(code, int) and code in RETRYABLE:
        return ServerError(status=503, errors=errors)
    return ValidationError(status=status, errors=errors)


class Statement:
    """One QuickBooks Online query statement, as far as Desktop needs to understand it."""

    def __init__(self, text: str) -> None:
        match = _STATEMENT.match(text.strip())
        if match is None:
            raise ValueError(f"not a query qbdesk sends: {text!r}")
        self.entity = match["entity"]
        self.count = match["what"] != "*"
        self.conditions: list[tuple[str, str, list[Any]]] = []
        where, pos = match["where"] or "", 0
        while where[pos:].strip():   # conditions joined by AND (never split inside a quoted name: 'Smith and Sons')
            found = _CONDITION.match(where, pos)
            if found is None:
                raise ValueError(f"not a condition qbdesk sends: {where[pos:]!r}")
            values = [a.replace("\\'", "'").replace("\\\\", "\\") if a or not b else b.lower() == "true"
                      for a, b in _LITERAL.findall(found["value"])]
            self.conditions.append((found["field"], found["op"].upper(), values))
            pos = found.end()
            joined = _AND.match(where, pos)
            if joined is None and where[pos:].strip():
                raise ValueError(f"not a condition qbdesk sends: {where[pos:]!r}")
            pos = joined.end() if joined is not None else len(where)

    def value(self, field: str, op: str) -> list[Any] | None:
        return next((v for f, o, v in self.conditions if f == field and o == op), None)

    @property
    def all_active_states(self) -> bool:
        return self.value("Active", "IN") is not None

    def keeps(self, row: Row) -> bool:
        """Whether ``row`` meets every condition (QuickBooks compares names case-insensitively)."""
        for field, op, values in self.conditions:
            if field == "Active":
                continue
            got: Any = row
            for part in field.split("."):
                got = got.get(part) if isinstance(got, dict) else None
            if isinstance(got, dict):
                got = got.get("value")
            if op in ("IN", "=") and str(got).casefold() not in {str(v).casefold() for v in values}:
                return False
            if op == "LIKE" and not _like(str(got or ""), str(values[0]) if values else ""):
                return False
            bound: Any = values[0] if values else None
            if op in (">=", ">") and field.startswith("MetaData.") and bound is not None:
                bound = (datetime.fromisoformat(str(bound)) - DST_SLACK).isoformat()   # as for the filter sent
            if op in (">=", ">", "<=", "<") and not _compare(got, op, bound):
                return False
        return True


def _like(text: str, pattern: str) -> bool:
    """QuickBooks' LIKE: ``%`` for any text, case-insensitive."""
    parts = [re.escape(p) for p in pattern.casefold().split("%")]
    return re.fullmatch(".*".join(parts), text.casefold(), re.DOTALL) is not None


def _compare(got: Any, op: str, value: Any) -> bool:
    if got is None or value is None:
        return False
    try:
        left, right = datetime.fromisoformat(str(got)), datetime.fromisoformat(str(value))
        if left.tzinfo is None:
            left = left.astimezone()
        if right.tzinfo is None:
            right = right.astimezone()
        a: Any = left
        b: Any = right
    except ValueError:
        a, b = str(got), str(value)
    return bool({">=": a >= b, ">": a > b, "<=": a <= b, "<": a < b}[op])


class QbwcClient(QboClient):
    """The engine's client for QuickBooks Desktop; ``channel`` is the Web Connector session's."""

    # Desktop has no locations (Online's Department), and estimates are not synced with it: an invoice with a
    # location, or made from an estimate, is sent without them (docs/desktop.md).
    references_left_out = frozenset({"Department", "Estimate"})
    # One Web Connector round trip at a time: a batch is one qbXML document, singles would only queue behind it.
    sends_singles = False
    # What the qbXML mapping writes; the planner leaves the other types here, counted as ignored with the
    # reason, instead of sending each one to be refused.
    entities_kept: frozenset[str] | None = frozenset(to_qbxml.WRITERS)

    def __init__(self, realm_id: str, channel: Channel, *, company_name: str = "") -> None:
        # One request at a time (QuickBooks processes one, and a Web Connector round trip carries one document),
        # batches only: the scheduler sends no single writes beside them (sync/scheduler.py).
        super().__init__(realm_id, "qbxml://desktop", _NoTokens(),
                         Governor(Limits(requests_per_minute=1_000_000, in_flight=1, batches_per_minute=1_000_000)))
        self.channel = channel
        self.company_name = company_name
        self.version = "13.0"
        self._item_kinds: dict[str, str] = {}   # ListID → Desktop item kind (ItemService…), for a Mod's tag
        self._vendors: set[str] = set()          # vendor ListIDs seen, to type a check's payee
        self._seq = 0

    # --- one round trip ------------------------------------------------------------------------------

    def request(self, method: str, path: str, *, params: dict[str, str] | None = None, body: Any = None,
                text: str | None = None, batch: bool = False, request_id: str | None = None) -> Any:
        raise NotImplementedError("QuickBooks Desktop speaks qbXML: use the client's methods")

    def _exchange(self, requests: list[Element], on_error: str = "continueOnError") -> dict[str, Element]:
        """Send ``requests`` in one document; their answers by requestID."""
        self.stats.calls += 1
        self.stats.last_server_time = _now()
        try:
            reply = self.channel.call(request_document(requests, on_error=on_error, version=self.version))
        except SessionClosed as exc:
            raise TransportError(status=None, errors=[FaultError("qbwc", str(exc))], raw=str(exc)) from exc
        if not reply.response.strip():
            # Desktop could not read the request at all (HRESULT 0x80040400 and kin, qbwc.md §1.4)
            raise fault(reply.hresult or "hresult", reply.message or "QuickBooks Desktop gave no answer")
        try:
            answers = messages(reply.response, rq=False)
        except QbxmlError as exc:
            raise fault("hresult", f"Unreadable answer from QuickBooks Desktop: {exc}") from exc
        self.stats.last_success = time.time()
        return {rs.get("requestID", ""): rs for rs in answers}

    def _rid(self) -> str:
        self._seq += 1
        return f"q{self._seq}"

    def _remember(self, ret: Element, row: Row) -> None:
        if ret.tag.startswith("Item") and row.get("Id"):
            self._item_kinds[str(row["Id"])] = ret.tag[:-3]
        if ret.tag == "VendorRet" and row.get("Id"):
            self._vendors.add(str(row["Id"]))

    def _rows(self, rs: Element, kind: DesktopType) -> list[Row]:
        rows: list[Row] = []
        for ret in rs:
            if ret.tag not in kind.rets:
                continue
            row = from_qbxml.row_of(ret, frozenset(self._vendors))
            if row is not None:
                self._remember(ret, row)
                rows.append(row)
        return rows

    # --- reads ---------------------------------------------------------------------------------------

    def _query(self, kind: DesktopType, stmt: Statement | None, page_size: int) -> Iterator[list[Row]]:
        """Desktop's rows for ``stmt`` (None: every active one), page by page."""
        ids = stmt.value("Id", "IN") if stmt is not None else None
        since = stmt.value("MetaData.CreateTime", ">=") if stmt is not None else None
        everything = stmt is not None and stmt.all_active_states

        def build(iterator: str | None = None, iterator_id: str | None = None) -> Element:
            rq = Element(f"{kind.query}Rq", requestID=self._rid())
            if iterator is not None:
                rq.set("iterator", iterator)
            if iterator_id is not None:
                rq.set("iteratorID", iterator_id)
            if ids:
                for one in ids:
                    sub(rq, "ListID" if kind.kind == "list" else "TxnID", str(one))
            else:
                if iterator is not None:
                    sub(rq, "MaxReturned", page_size)
                if kind.kind == "list":
                    if everything or since:
                        sub(rq, "ActiveStatus", "All")
                    if since:
                        sub(rq, "FromModifiedDate", _local_naive(datetime.fromisoformat(str(since[0]))))
                elif since:
                    block = sub(rq, "ModifiedDateRangeFilter")
                    sub(block, "FromModifiedDate", _local_naive(datetime.fromisoformat(str(since[0]))))
            if kind.lines:
                sub(rq, "IncludeLineItems", True)
            return rq

        paged = kind.iterator and not ids
        request = build("Start" if paged else None)
        first = True
        while True:
            rid = request.get("requestID", "")
            rs = self._exchange([request]).get(rid)
            if rs is None:
                raise fault("hresult", f"QuickBooks Desktop did not answer {kind.query}")
            status = status_of(rs)
            if status.not_found:
                if first:
                    yield []   # one page, empty: the caller still learns that (and when) Desktop was read
                return
            first = False
            if not status.ok and status.severity == "Error":
                raise fault(status.code, status.message)
            rows = self._rows(rs, kind)
            if stmt is not None:
                rows = [r for r in rows if stmt.keeps(r)]
            if rows:
                yield rows
            remaining = rs.get("iteratorRemainingCount")
            if not paged or not remaining or int(remaining) <= 0:
                return
            request = build("Continue", rs.get("iteratorID"))

    def query_pages(self, statement: str, page_size: int = PAGE) -> Iterator[list[Row]]:
        stmt = Statement(statement)
        kind = BY_ENTITY.get(stmt.entity)
        if kind is None:
            return iter(())  # a type not synced with Desktop: it has none
        return self._query(kind, stmt if stmt.conditions else None, min(page_size, PAGE))

    def query(self, statement: str, page_size: int = PAGE) -> list[Row]:
        return [row for page in self.query_pages(statement, page_size) for row in page]

    def count(self, entity: str, where: str = "") -> int:
        return len(self.query(f"SELECT * FROM {entity}" + (f" WHERE {where}" if where else "")))

    def get(self, entity: str, entity_id: str) -> Row:
        rows = self.query(f"SELECT * FROM {entity} WHERE Id IN ('{entity_id}')")
        if not rows:
            raise fault(3120, f'Object "{entity_id}" specified in the request cannot be found.', status=404)
        return rows[0]

    def report(self, name: str, params: dict[str, str] | None = None) -> dict[str, Any]:
        raise fault("unsupported", "Reports are not read from QuickBooks Desktop; use its own reports.")

    def company_info(self) -> Row:
        return {"CompanyName": self.company_name, "Country": "US"}

    def preferences(self) -> Row:
        # Desktop always takes an app's document numbers (RefNumber); its home currency is not read (US editions).
        return {"SalesFormsPrefs": {"CustomTxnNumbers": True}}

    def cdc(self, entities: Sequence[str], changed_since: datetime) -> CdcResult:
        """Desktop's changes since ``changed_since``: every record modified since, and the transactions deleted
        since — in one round trip (no iterators: a later sync's changes are few)."""
        if changed_since.tzinfo is None:
            raise ValueError("changed_since must be time-zone aware")
        result = CdcResult(time=_now())
        since = _local_naive(changed_since)
        wanted = [BY_ENTITY[e] for e in entities if e in BY_ENTITY]
        requests: list[tuple[DesktopType, Element]] = []
        for kind in wanted:
            rq = Element(f"{kind.query}Rq", requestID=self._rid())
            if kind.kind == "list":
                sub(rq, "ActiveStatus", "All")
                sub(rq, "FromModifiedDate", since)
            else:
                sub(sub(rq, "ModifiedDateRangeFilter"), "FromModifiedDate", since)
            if kind.lines:
                sub(rq, "IncludeLineItems", True)
            requests.append((kind, rq))
        deleted = Element("TxnDeletedQueryRq", requestID=self._rid())
        del_types = {kind.del_type: kind.entity for kind in wanted if kind.del_type}
        for del_type in del_types:
            sub(deleted, "TxnDelType", del_type)
        sub(sub(deleted, "DeletedDateRangeFilter"), "FromDeletedDate", since)
        answers = self._exchange([rq for _, rq in requests] + ([deleted] if del_types else []))
        for kind, rq in requests:
            rs = answers.get(rq.get("requestID", ""))
            if rs is None:
                continue
            status = status_of(rs)
            if not status.ok and not status.not_found:
                raise fault(status.code, status.message)
            rows = self._rows(rs, kind)
            if rows:
                result.entities.setdefault(kind.entity, []).extend(rows)
        rs = answers.get(deleted.get("requestID", "")) if del_types else None
        if rs is not None and status_of(rs).ok:
            for ret in rs.findall("TxnDeletedRet"):
                entity = del_types.get(text_of(ret, "TxnDelType") or "")
                if entity is not None:
                    result.entities.setdefault(entity, []).append({"Id": text_of(ret, "TxnID"), "status": "Deleted"})
        return result

    # --- writes --------------------------------------------------------------------------------------

    def _write_request(self, item: BatchItem, rid: str) -> Element:
        entity = item.entity or ""
        body = dict(item.body or {})
        kind = BY_ENTITY.get(entity)
        if kind is None:
            raise to_qbxml.NotForDesktop(f"{entity} records are not synced with QuickBooks Desktop")
        if item.operation == "delete":
            if kind.del_type is None:
                raise to_qbxml.NotForDesktop("QuickBooks Desktop list records are made inactive, not deleted")
            return to_qbxml.delete_request(kind.del_type, str(body["Id"]), rid)
        if entity == "Item" and body.get("Id") and "Type" not in body:
            known = self._item_kinds.get(str(body["Id"]), "ItemService")
            body["Type"] = {v: k for k, v in to_qbxml.ITEM_KINDS.items()}.get(known, "Service")
        return to_qbxml.write_request(entity, body, rid)

    def _write(self, entity: str, body: dict[str, Any], request_id: str | None,
               params: dict[str, str] | None = None) -> dict[str, Any]:
        """A single create, update or deletion: a batch of one (QboClient's create/update/delete/… end here)."""
        operation = (params or {}).get("operation") or ("update" if body.get("Id") else "create")
        if operation not in ("create", "update", "delete"):
            raise fault("unsupported", f"QuickBooks Desktop records are not changed with '{operation}'")
        results = self.batch([BatchItem("one", entity, operation, body)], request_id=request_id)
        result = results["one"]
        if result.fault is not None:
            raise result.fault
        if result.entity is None:
            raise fault("hresult", "QuickBooks Desktop did not say what it did")
        return result.entity

    def batch(self, items: Sequence[BatchItem], request_id: str | None = None) -> dict[str, BatchResult]:
        """Up to 30 writes in one qbXML document (``continueOnError``): each succeeds or fails alone."""
        results: dict[str, BatchResult] = {}
        sent: list[tuple[BatchItem, Element]] = []
        for n, item in enumerate(items):
            rid = f"{item.bid}.{(request_id or '')[:36]}.{n}"[:50]
            try:
                sent.append((item, self._write_request(item, rid)))
            except to_qbxml.NotForDesktop as exc:
                results[item.bid] = BatchResult(item.bid, fault=fault("unsupported", str(exc)))
        if not sent:
            return results
        answers = self._exchange([rq for _, rq in sent])
        for item, rq in sent:
            rs = answers.get(rq.get("requestID", ""))
            if rs is None:  # not processed (Desktop stopped before it): nothing happened
                results[item.bid] = BatchResult(item.bid, fault=fault(
                    "not_processed", "QuickBooks Desktop did not process this request"))
                continue
            status = status_of(rs)
            if not status.ok and status.severity == "Error":
                results[item.bid] = BatchResult(item.bid, fault=fault(status.code, status.message))
                continue
            if rq.tag == "TxnDelRq":
                results[item.bid] = BatchResult(item.bid, entity={"Id": text_of(rs, "TxnID"), "status": "Deleted"})
                continue
            ret = next(iter(rs), None)
            row = from_qbxml.row_of(ret, frozenset(self._vendors)) if ret is not None else None
            if ret is not None and row is not None:
                self._remember(ret, row)
            results[item.bid] = BatchResult(item.bid, entity=row)
        return results
