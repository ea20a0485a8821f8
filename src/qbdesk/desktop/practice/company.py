"""A practice QuickBooks Desktop company file that answers qbXML requests with Desktop's rules.

Records are kept as their ``XxxRet`` elements, built from the Add requests and
changed by the Mod requests, so what a query answers is what was sent plus what
Desktop adds (ListID/TxnID, EditSequence, times, FullName and Sublevel, line ids,
amounts, totals and balances). What it checks (qbwc.md §3–4; :mod:`.rules`):
element order (else the whole document fails to parse, HRESULT 0x80040400),
Latin-1 text (same), name lengths and some field lengths (3070), one name list
for customers and vendors (3100), references that exist and are of the right
kind (3140), the current EditSequence on a Mod (3200), ListID/TxnID that exist
(3120), payments not above what an invoice owes (3210), queries that find
nothing (1, or 500 for a ListID/FullName that is not there), iterators, and
``stopOnError`` / ``continueOnError``.
"""

from __future__ import annotations

import copy
import itertools
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from qbdesk.desktop.practice import rules
from qbdesk.desktop.qbxml import Element, QbxmlError, messages, response_document, sub, text_of

CENT = Decimal("0.01")
LIST_KINDS = ("Account", "Class", "PaymentMethod", "StandardTerms", "DateDrivenTerms", "ItemService",
              "ItemNonInventory", "ItemInventory", "Customer", "Vendor")
TXN_KINDS = ("Invoice", "CreditMemo", "ReceivePayment", "Bill", "Check")
QUERY_KINDS: dict[str, tuple[str, ...]] = {
    "AccountQuery": ("Account",), "ClassQuery": ("Class",), "PaymentMethodQuery": ("PaymentMethod",),
    "TermsQuery": rules.TERMS_KINDS, "StandardTermsQuery": ("StandardTerms",),
    "ItemQuery": rules.ITEM_KINDS, "ItemServiceQuery": ("ItemService",), "CustomerQuery": ("Customer",),
    "VendorQuery": ("Vendor",), "InvoiceQuery": ("Invoice",), "CreditMemoQuery": ("CreditMemo",),
    "ReceivePaymentQuery": ("ReceivePayment",), "BillQuery": ("Bill",), "CheckQuery": ("Check",)}
# What a reference may point at: the kinds of the tag's target.
REF_KINDS: dict[str, tuple[str, ...]] = {
    "CustomerRef": ("Customer",), "VendorRef": ("Vendor",), "ParentRef": (), "TermsRef": rules.TERMS_KINDS,
    "ItemRef": rules.ITEM_KINDS, "AccountRef": ("Account",), "IncomeAccountRef": ("Account",),
    "ExpenseAccountRef": ("Account",), "COGSAccountRef": ("Account",), "AssetAccountRef": ("Account",),
    "ARAccountRef": ("Account",), "APAccountRef": ("Account",), "DepositToAccountRef": ("Account",),
    "PaymentMethodRef": ("PaymentMethod",), "ClassRef": ("Class",), "PayeeEntityRef": ("Customer", "Vendor")}
REF_LABELS = {"ClassRef": "Class",
              "CustomerRef": "Customer", "VendorRef": "Vendor", "ItemRef": "Item", "TermsRef": "Terms",
              "PaymentMethodRef": "PaymentMethod", "PayeeEntityRef": "Entity", "ParentRef": "Parent"}
WHERE = {"Invoice": "invoice", "CreditMemo": "credit memo", "ReceivePayment": "payment", "Bill": "bill",
         "Check": "check"}


class ParseFailure(Exception):
    """The whole document is refused, as Desktop does (the Web Connector reports HRESULT and message)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.hresult, self.message = rules.PARSE_ERROR


class StatusError(Exception):
    def __init__(self, code: int, message: str, severity: str = "Error") -> None:
        super().__init__(message)
        self.code, self.message, self.severity = code, message, severity


def _money(text: str | None) -> Decimal:
    return Decimal(text or "0")


@dataclass
class _Iterator:
    kinds: tuple[str, ...]
    ids: list[str]
    include_lines: bool
    position: int = 0


@dataclass
class DesktopCompany:
    """One company file. Thread-safe: one request document at a time, like QuickBooks itself."""

    name: str = "Green Leaf Landscaping (practice)"
    clock: Callable[[], datetime] = field(default=lambda: datetime.now().astimezone())
    records: dict[str, dict[str, Element]] = field(default_factory=dict)
    deleted: list[tuple[str, str, datetime]] = field(default_factory=list)
    handled: list[str] = field(default_factory=list)      # every request's element name, in order (tests)
    # Called after each request document is applied, before the answer leaves: fault injection.
    after_commit: Callable[[str], None] | None = None

    def __post_init__(self) -> None:
        for kind in (*LIST_KINDS, *TXN_KINDS):
            self.records.setdefault(kind, {})
        self._counter = itertools.count(0x80000001)
        self._last_sequence = 0
        self._lines = itertools.count(1)
        self._txn_numbers = itertools.count(1)
        self._iterators: dict[str, _Iterator] = {}
        self.lock = threading.RLock()

    # --- ids and stamps ------------------------------------------------------------------------------

    def _new_id(self) -> str:
        return f"{next(self._counter):X}-{int(time.time())}"   # "<hex counter>-<epoch>" (qbwc.md §3.3)

    def _sequence(self) -> str:
        self._last_sequence = max(int(time.time()), self._last_sequence + 1)
        return str(self._last_sequence)

    def _stamp(self) -> str:
        return self.clock().isoformat(timespec="seconds")

    # --- the request document ------------------------------------------------------------------------

    def process(self, text: str) -> str:
        """Answer one qbXML request document; raises :class:`ParseFailure` for what Desktop cannot parse."""
        with self.lock:
            if any(ord(c) > 255 for c in text):
                raise ParseFailure("a character outside ISO-8859-1")
            try:
                requests = messages(text, rq=True)
                root_text = text
            except QbxmlError as exc:
                raise ParseFailure(str(exc)) from exc
            stop = 'onError="stopOnError"' in root_text or "onError='stopOnError'" in root_text
            for rq in requests:
                self._check_order(rq)
            answers: list[Element] = []
            for rq in requests:
                rs = self._answer(rq)
                answers.append(rs)
                if stop and rs.get("statusSeverity") == "Error":
                    break   # the rest is not processed (and not answered: docs/desktop.md)
            document = response_document(answers)
        if self.after_commit is not None:
            self.after_commit(document)
        return document

    def _check_order(self, elem: Element) -> None:
        order = rules.order_of(elem.tag)
        if order is not None:
            last = -1
            for child in elem:
                if child.tag not in order:
                    raise ParseFailure(f"{child.tag} is not an element of {elem.tag}")
                index = order.index(child.tag)
                if index < last:
                    raise ParseFailure(f"{child.tag} is out of order in {elem.tag}")
                last = index
        for child in elem:
            self._check_order(child)

    def _answer(self, rq: Element) -> Element:
        name = rq.tag[:-2] if rq.tag.endswith("Rq") else rq.tag
        self.handled.append(name)
        rs = Element(f"{name}Rs")
        if rq.get("requestID") is not None:
            rs.set("requestID", rq.get("requestID", ""))
        try:
            if name.endswith("Query"):
                self._query(name, rq, rs)
            elif name == "TxnDel":
                self._delete(rq, rs)
            elif name.endswith("Add"):
                rs.append(self._add(name[:-3], rq[0]))
            elif name.endswith("Mod"):
                rs.append(self._mod(name[:-3], rq[0]))
            else:
                raise StatusError(3250, "This feature is not enabled or not available in this version of QuickBooks.")
        except StatusError as err:
            for child in list(rs):
                rs.remove(child)
            rs.set("statusCode", str(err.code))
            rs.set("statusSeverity", err.severity)
            rs.set("statusMessage", err.message)
            return rs
        if "statusCode" not in rs.attrib:
            rs.set("statusCode", "0")
            rs.set("statusSeverity", "Info")
            rs.set("statusMessage", "Status OK")
        return rs

    # --- lookups -------------------------------------------------------------------------------------

    def _find(self, object_id: str) -> tuple[str, Element] | None:
        for kind, records in self.records.items():
            if object_id in records:
                return kind, records[object_id]
        return None

    def _by_name(self, kinds: tuple[str, ...], full_name: str) -> tuple[str, Element] | None:
        wanted = full_name.casefold()
        for kind in kinds:
            for ret in self.records[kind].values():
                if (text_of(ret, "FullName") or text_of(ret, "Name") or "").casefold() == wanted:
                    return kind, ret
        return None

    def _resolve(self, ref: Element, kinds: tuple[str, ...], label: str, where: str) -> Element:
        """A reference with ListID and FullName, checked (3140 if it points at nothing, or the wrong kind)."""
        list_id, full = text_of(ref, "ListID"), text_of(ref, "FullName")
        found = None
        if list_id:
            hit = self._find(list_id)
            found = hit if hit is not None and hit[0] in kinds else None
        elif full:
            found = self._by_name(kinds, full)
        if found is None:
            raise StatusError(3140, rules.invalid_reference(label, full or list_id or "", where))
        out = Element(ref.tag)
        sub(out, "ListID", text_of(found[1], "ListID"))
        sub(out, "FullName", text_of(found[1], "FullName") or text_of(found[1], "Name"))
        return out

    # --- adds and mods -------------------------------------------------------------------------------

    def _check_text(self, elem: Element, kind: str) -> None:
        for child in elem.iter():
            value = child.text or ""
            if child.tag == "Name" and child is elem.find("Name"):
                limit = rules.NAME_LIMITS.get(kind)
            elif child.tag == "RefNumber":
                limit = rules.REF_NUMBER_LIMITS.get(kind)
            else:
                limit = rules.FIELD_LIMITS.get(child.tag)
            if limit is not None and len(value) > limit:
                raise StatusError(3070, rules.too_long(value, child.tag))

    def _build(self, kind: str, source: Element, ret: Element) -> None:
        """Copy ``source``'s fields onto ``ret``: references resolved, lines made Ret lines."""
        where = WHERE.get(kind, kind)
        line_tags: set[str] = set()
        for child in source:
            tag = child.tag
            if tag in ("ListID", "TxnID", "EditSequence"):
                continue
            if tag.endswith("Mod") and tag not in ("SalesOrPurchaseMod", "SalesAndPurchaseMod"):
                tag = tag[:-3] + "Add"
            if tag.endswith("LineAdd") or tag == "AppliedToTxnAdd":
                ret_tag = tag[:-3] + "Ret"
                if ret_tag not in line_tags:
                    for old in ret.findall(ret_tag):
                        ret.remove(old)
                    line_tags.add(ret_tag)
                ret.append(self._line(kind, child, ret_tag, where))
                continue
            tag = tag.removesuffix("Mod") if tag in ("SalesOrPurchaseMod", "SalesAndPurchaseMod") else tag
            for old in ret.findall(tag):
                ret.remove(old)
            ret.append(self._copy(child, tag, where, kind))

    def _copy(self, elem: Element, tag: str, where: str, kind: str) -> Element:
        if tag.endswith("Ref"):
            kinds = REF_KINDS.get(tag, ())
            if tag == "ParentRef":
                kinds = (kind,) if kind not in rules.ITEM_KINDS else rules.ITEM_KINDS
            if tag == "SalesTaxCodeRef":
                out = Element(tag)
                sub(out, "FullName", text_of(elem, "FullName") or "Tax")
                return out
            return self._resolve(elem, kinds, REF_LABELS.get(tag, "Account"), where)
        out = Element(tag)
        out.text = elem.text
        for child in elem:
            out.append(self._copy(child, child.tag, where, kind))
        return out

    def _line(self, kind: str, line: Element, ret_tag: str, where: str) -> Element:
        out = Element(ret_tag)
        if ret_tag == "AppliedToTxnRet":
            return self._applied(line, out)
        sub(out, "TxnLineID", f"{next(self._lines):X}-{int(time.time())}")
        for child in line:
            if child.tag == "TxnLineID":
                continue
            out.append(self._copy(child, child.tag, f"{where} line", kind))
        if out.find("Amount") is None:
            qty, rate = text_of(out, "Quantity"), text_of(out, "Rate") or text_of(out, "Cost")
            if rate is not None:
                amount = (_money(qty or "1") * _money(rate)).quantize(CENT, ROUND_HALF_UP)
                _insert_before(out, "Amount", format(amount, "f"), ("ServiceDate", "SalesTaxCodeRef", "CustomerRef",
                                                                    "BillableStatus"))
        return out

    def _applied(self, line: Element, out: Element) -> Element:
        txn_id = text_of(line, "TxnID") or ""
        hit = self._find(txn_id)
        if hit is None or hit[0] != "Invoice":
            raise StatusError(3140, rules.invalid_reference("Invoice", txn_id, "payment"))
        invoice = hit[1]
        sub(out, "TxnID", txn_id)
        sub(out, "TxnType", "Invoice")
        sub(out, "TxnDate", text_of(invoice, "TxnDate"))
        if text_of(invoice, "RefNumber"):
            sub(out, "RefNumber", text_of(invoice, "RefNumber"))
        sub(out, "BalanceRemaining", text_of(invoice, "BalanceRemaining") or "0.00")
        sub(out, "Amount", text_of(line, "PaymentAmount") or "0.00")
        for credit in line.findall("SetCredit"):
            credit_id = text_of(credit, "CreditTxnID") or ""
            found = self._find(credit_id)
            if found is None or found[0] != "CreditMemo":
                raise StatusError(3140, rules.invalid_reference("CreditMemo", credit_id, "payment"))
            link = sub(out, "LinkedTxn")
            sub(link, "TxnID", credit_id)
            sub(link, "TxnType", "CreditMemo")
            sub(link, "TxnDate", text_of(found[1], "TxnDate"))
            sub(link, "LinkType", "AMTTYPE")
            sub(link, "Amount", "-" + (text_of(credit, "AppliedAmount") or "0.00"))
        return out

    def _check_name(self, kind: str, ret: Element, own_id: str | None) -> None:
        name = text_of(ret, "FullName") or text_of(ret, "Name") or ""
        if not name:
            raise StatusError(3150, 'There is a missing element: "Name".')
        hit = self._by_name(rules.name_group(kind), name)
        if hit is not None and text_of(hit[1], "ListID") != own_id:
            raise StatusError(3100, rules.duplicate_name(name))

    def _full_name(self, kind: str, ret: Element) -> None:
        parent = ret.find("ParentRef")
        name = text_of(ret, "Name") or ""
        level = 0
        full = name
        if parent is not None:
            parent_full = text_of(parent, "FullName") or ""
            full = f"{parent_full}:{name}"
            level = parent_full.count(":") + 1
        for tag, value in (("FullName", full), ("Sublevel", str(level))):
            old = ret.find(tag)
            if old is None:
                _insert_after(ret, tag, value, "Name")
            else:
                old.text = value

    def _add(self, kind: str, add: Element) -> Element:
        if kind not in self.records:
            raise StatusError(3250, "This feature is not enabled or not available in this version of QuickBooks.")
        self._check_text(add, kind)
        ret = Element(f"{kind}Ret")
        stamp, object_id = self._stamp(), self._new_id()
        list_kind = kind in LIST_KINDS
        sub(ret, "ListID" if list_kind else "TxnID", object_id)
        sub(ret, "TimeCreated", stamp)
        sub(ret, "TimeModified", stamp)
        sub(ret, "EditSequence", self._sequence())
        if not list_kind:
            sub(ret, "TxnNumber", next(self._txn_numbers))
        self._build(kind, add, ret)
        if list_kind:
            if ret.find("IsActive") is None:
                _insert_after(ret, "IsActive", "true", "Name")
            self._full_name(kind, ret)
            self._check_name(kind, ret, None)
        else:
            self._totals(kind, ret, None)
        self.records[kind][object_id] = ret
        if kind == "ReceivePayment":
            self._rebalance(_paid_invoices(ret))
        return copy.deepcopy(ret)

    def _mod(self, kind: str, mod: Element) -> Element:
        if kind not in self.records:
            raise StatusError(3250, "This feature is not enabled or not available in this version of QuickBooks.")
        self._check_text(mod, kind)
        list_kind = kind in LIST_KINDS
        object_id = text_of(mod, "ListID" if list_kind else "TxnID") or ""
        current = self.records[kind].get(object_id)
        if current is None:
            raise StatusError(3120, rules.missing_object(object_id))
        sequence = text_of(mod, "EditSequence") or ""
        if sequence != text_of(current, "EditSequence"):
            raise StatusError(3200, rules.stale(sequence))
        ret = copy.deepcopy(current)
        self._build(kind, mod, ret)
        if list_kind:
            self._full_name(kind, ret)
            self._check_name(kind, ret, object_id)
        else:
            self._totals(kind, ret, object_id)
        ret.find("TimeModified").text = self._stamp()   # type: ignore[union-attr]
        ret.find("EditSequence").text = self._sequence()   # type: ignore[union-attr]
        self.records[kind][object_id] = ret
        if kind == "ReceivePayment":
            self._rebalance(_paid_invoices(current) | _paid_invoices(ret))
        elif kind == "Invoice":
            self._rebalance({object_id})
        return copy.deepcopy(ret)

    def _totals(self, kind: str, ret: Element, own_id: str | None) -> None:
        """What Desktop computes: totals, balances; a payment may not pay more than an invoice owes (3210)."""
        if kind in ("Invoice", "CreditMemo"):
            total = sum((_money(text_of(line, "Amount")) for line in ret.findall(f"{kind}LineRet")), Decimal(0))
            _set(ret, "Subtotal", format(total.quantize(CENT), "f"), before=f"{kind}LineRet")
            _set(ret, "BalanceRemaining" if kind == "Invoice" else "CreditRemaining", format(total.quantize(CENT), "f"),
                 before=f"{kind}LineRet")
        elif kind in ("Bill", "Check"):
            total = sum((_money(text_of(line, "Amount")) for tag in ("ExpenseLineRet", "ItemLineRet")
                         for line in ret.findall(tag)), Decimal(0))
            _set(ret, "AmountDue" if kind == "Bill" else "Amount", format(total.quantize(CENT), "f"),
                 before="ExpenseLineRet")
            if kind == "Bill":
                _set(ret, "OpenAmount", format(total.quantize(CENT), "f"), before="ExpenseLineRet")
        elif kind == "ReceivePayment":
            for applied in ret.findall("AppliedToTxnRet"):
                txn_id = text_of(applied, "TxnID") or ""
                invoice = self.records["Invoice"][txn_id]
                owed = self._owed(invoice, exclude=own_id)
                credits = sum((-_money(text_of(c, "Amount")) for c in applied.findall("LinkedTxn")), Decimal(0))
                paid = _money(text_of(applied, "Amount"))
                if paid + credits > owed:
                    raise StatusError(3210, rules.overpaid(format(paid, "f")), severity="Error")
        if kind == "ReceivePayment":
            applied_total = sum((_money(text_of(a, "Amount")) for a in ret.findall("AppliedToTxnRet")), Decimal(0))
            unused = _money(text_of(ret, "TotalAmount")) - applied_total
            _set(ret, "UnusedPayment", format(unused.quantize(CENT), "f"), before="AppliedToTxnRet")

    def _owed(self, invoice: Element, exclude: str | None = None) -> Decimal:
        total = _money(text_of(invoice, "Subtotal"))
        invoice_id = text_of(invoice, "TxnID")
        for pay_id, payment in self.records["ReceivePayment"].items():
            if pay_id == exclude:
                continue
            for applied in payment.findall("AppliedToTxnRet"):
                if text_of(applied, "TxnID") == invoice_id:
                    total -= _money(text_of(applied, "Amount"))
                    total -= sum((-_money(text_of(c, "Amount")) for c in applied.findall("LinkedTxn")), Decimal(0))
        return total

    def _rebalance(self, invoice_ids: set[str] | None = None) -> None:
        for invoice_id, invoice in self.records["Invoice"].items():
            if invoice_ids is not None and invoice_id not in invoice_ids:
                continue
            owed = self._owed(invoice)
            _set(invoice, "BalanceRemaining", format(owed.quantize(CENT), "f"), before="InvoiceLineRet")
            _set(invoice, "IsPaid", "true" if owed <= 0 else "false", before="InvoiceLineRet")

    def _delete(self, rq: Element, rs: Element) -> None:
        del_type, txn_id = text_of(rq, "TxnDelType") or "", text_of(rq, "TxnID") or ""
        records = self.records.get(del_type)
        if records is None or txn_id not in records:
            raise StatusError(3120, rules.missing_object(txn_id))
        del records[txn_id]
        moment = self.clock()
        self.deleted.append((del_type, txn_id, moment))
        if del_type == "ReceivePayment":
            self._rebalance()
        sub(rs, "TxnDelType", del_type)
        sub(rs, "TxnID", txn_id)
        sub(rs, "TimeDeleted", moment.isoformat(timespec="seconds"))

    # --- queries -------------------------------------------------------------------------------------

    def _query(self, name: str, rq: Element, rs: Element) -> None:
        if name == "TxnDeletedQuery":
            self._deleted_query(rq, rs)
            return
        if name in ("HostQuery", "CompanyQuery", "PreferencesQuery"):
            rs.append(self.host_ret() if name == "HostQuery" else self.company_ret())
            return
        kinds = QUERY_KINDS.get(name)
        if kinds is None:
            raise StatusError(3250, "This feature is not enabled or not available in this version of QuickBooks.")
        include_lines = (text_of(rq, "IncludeLineItems") or "false") == "true"
        iterator = rq.get("iterator")
        if iterator == "Continue":
            state = self._iterators.get(rq.get("iteratorID", ""))
            if state is None:
                raise StatusError(3250, "The iterator has expired or does not exist.")
        else:
            state = _Iterator(kinds, self._matching(kinds, rq), include_lines)
            if iterator == "Start":
                iterator_id = "{" + str(uuid.uuid4()) + "}"
                self._iterators[iterator_id] = state
                rq.set("iteratorID", iterator_id)
        limit = int(text_of(rq, "MaxReturned") or 0) or None
        chunk = state.ids[state.position:state.position + limit] if limit else state.ids[state.position:]
        state.position += len(chunk)
        for object_id in chunk:
            hit = self._find(object_id)
            if hit is None:
                continue
            ret = copy.deepcopy(hit[1])
            if not state.include_lines:
                for line in [c for c in ret if c.tag.endswith("LineRet")]:
                    ret.remove(line)
            rs.append(ret)
        if iterator in ("Start", "Continue"):
            rs.set("iteratorRemainingCount", str(len(state.ids) - state.position))
            rs.set("iteratorID", rq.get("iteratorID", ""))
        rs.set("retCount", str(len(chunk)))
        if not chunk and iterator != "Continue":
            rs.set("statusCode", "1")
            rs.set("statusSeverity", "Info")
            rs.set("statusMessage", rules.NOT_FOUND_QUERY)

    def _matching(self, kinds: tuple[str, ...], rq: Element) -> list[str]:
        ids = [e.text or "" for e in rq if e.tag in ("ListID", "TxnID")]
        names = [e.text or "" for e in rq if e.tag == "FullName"]
        if ids or names:
            found = [i for i in ids if any(i in self.records[k] for k in kinds)]
            found += [str(text_of(hit[1], "ListID")) for n in names if (hit := self._by_name(kinds, n)) is not None]
            if len(found) < len(ids) + len(names):
                missing = next(iter(set(ids) - set(found)), None) or next(iter(names), "")
                raise StatusError(500, "The query request has not been fully completed. There was a required element "
                                       f'("{missing}") that could not be found in QuickBooks.', severity="Warn")
            return found
        numbers = {e.text or "" for e in rq if e.tag == "RefNumber"}
        status = text_of(rq, "ActiveStatus") or "ActiveOnly"
        since_text = text_of(rq, "FromModifiedDate") or text_of(rq.find("ModifiedDateRangeFilter"),
                                                                  "FromModifiedDate")
        since = _moment(since_text) if since_text else None
        out: list[str] = []
        for kind in kinds:
            for object_id, ret in self.records[kind].items():
                if kind in LIST_KINDS:
                    active = text_of(ret, "IsActive") != "false"
                    if (status == "ActiveOnly" and not active) or (status == "InactiveOnly" and active):
                        continue
                if since is not None and _moment(text_of(ret, "TimeModified") or "") < since:
                    continue
                if numbers and text_of(ret, "RefNumber") not in numbers:
                    continue
                out.append(object_id)
        return out

    def _deleted_query(self, rq: Element, rs: Element) -> None:
        types = {e.text for e in rq.findall("TxnDelType")}
        since_text = text_of(rq.find("DeletedDateRangeFilter"), "FromDeletedDate")
        since = _moment(since_text) if since_text else None
        found = [(t, i, m) for t, i, m in self.deleted if t in types and (since is None or m >= since)]
        for del_type, txn_id, moment in found:
            ret = sub(rs, "TxnDeletedRet")
            sub(ret, "TxnDelType", del_type)
            sub(ret, "TxnID", txn_id)
            sub(ret, "TimeDeleted", moment.isoformat(timespec="seconds"))
        if not found:
            rs.set("statusCode", "1")
            rs.set("statusSeverity", "Info")
            rs.set("statusMessage", rules.NOT_FOUND_QUERY)

    # --- what the Web Connector sends first ----------------------------------------------------------

    def host_ret(self) -> Element:
        ret = Element("HostRet")
        for tag, value in (("ProductName", "QuickBooks Pro 2014"), ("MajorVersion", "24"), ("MinorVersion", "0"),
                           ("Country", "US")):
            sub(ret, tag, value)
        for version in ("12.0", "13.0"):
            sub(ret, "SupportedQBXMLVersion", version)
        sub(ret, "IsAutomaticLogin", "false")
        sub(ret, "QBFileMode", "SingleUser")
        return ret

    def company_ret(self) -> Element:
        ret = Element("CompanyRet")
        sub(ret, "IsSampleCompany", "false")
        sub(ret, "CompanyName", self.name)
        return ret

    def hcp_response(self) -> str:
        """strHCPResponse: the Host, Company and Preferences answers of the first sendRequestXML (§1.2)."""
        out = []
        for n, (tag, ret) in enumerate((("HostQueryRs", self.host_ret()), ("CompanyQueryRs", self.company_ret()))):
            rs = Element(tag, requestID=str(n), statusCode="0", statusSeverity="Info", statusMessage="Status OK")
            rs.append(ret)
            out.append(rs)
        return response_document(out)

    def resume_counters(self, next_id: int, last_sequence: int) -> None:
        """Go on after the ids and edit sequences of a company read back from a file."""
        self._counter = itertools.count(next_id)
        self._last_sequence = last_sequence

    def apply(self, rq: Element) -> Element:
        """Carry out one request element (the seeding path: no document around it)."""
        with self.lock:
            self._check_order(rq)
            return self._answer(rq)

    def count(self, kind: str) -> int:
        return len(self.records.get(kind, {}))

    def find_by_name(self, kind: str, name: str) -> Element | None:
        hit = self._by_name((kind,), name)
        return hit[1] if hit is not None else None


def _moment(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.astimezone()


def _set(ret: Element, tag: str, value: str, before: str) -> None:
    old = ret.find(tag)
    if old is not None:
        old.text = value
        return
    children = list(ret)
    index = next((i for i, c in enumerate(children) if c.tag == before or c.tag.endswith("LineRet")
                  or c.tag == "AppliedToTxnRet"), len(children))
    new = Element(tag)
    new.text = value
    ret.insert(index, new)


def _insert_after(ret: Element, tag: str, value: str, after: str) -> None:
    children = list(ret)
    index = next((i + 1 for i, c in enumerate(children) if c.tag == after), len(children))
    new = Element(tag)
    new.text = value
    ret.insert(index, new)


def _insert_before(ret: Element, tag: str, value: str, before: tuple[str, ...]) -> None:
    children = list(ret)
    index = next((i for i, c in enumerate(children) if c.tag in before), len(children))
    new = Element(tag)
    new.text = value
    ret.insert(index, new)


def _paid_invoices(payment: Element) -> set[str]:
    return {text_of(a, "TxnID") or "" for a in payment.findall("AppliedToTxnRet")}
