"""QuickBooks' Reports API in the sandbox: ``GET /v3/company/{realm}/reports/{ReportName}``.

Served from the company's own books (:mod:`qbdesk.sandbox.open_items`), in the JSON
shape QuickBooks uses (qbo-api.md Part 2 §3, and Intuit's samples of each report):
three top-level keys, ``Header``, ``Columns`` and ``Rows`` — no ``time`` wrapper —;
data rows whose first cell carries the entity's ``id``; money as text with two
decimals, ``""`` for an empty cell on a data row and ``"0.00"`` on the total; a
closing ``GrandTotal`` section whose ``Summary`` reads ``TOTAL``.

* ``CustomerBalance`` / ``VendorBalance`` (Customer / Vendor Balance Summary):
  each party's open balance on ``report_date`` (default today), one column;
* ``AgedReceivables`` / ``AgedPayables`` (A/R, A/P Aging Summary): the same,
  by days past due on ``report_date`` — Current, 1 - 30, 31 - 60, 61 - 90,
  91 and over — and the total; credits are aged from their own date;
* ``TrialBalance``: each account's balance on ``end_date`` as a debit or a credit.

Sub-customers (jobs) are nested under their parent as a section headed by the
parent, holding the parent's own row and its jobs' rows, summed as "Total …", as
QuickBooks' screens show them (the exact JSON of a nested section is not in
Intuit's samples: **unconfirmed**). Filters (``customer``, ``vendor``) take
entity Ids, comma-separated, and are echoed in the header. Rows are sorted by
name. Only the accrual basis is computed (``accounting_method=Cash`` is refused).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from qbdesk.sandbox import faults
from qbdesk.sandbox.clock import response_time, today
from qbdesk.sandbox.company import ZERO, Company, ref_id
from qbdesk.sandbox.context import date_of
from qbdesk.sandbox.faults import QboFault
from qbdesk.sandbox.open_items import OpenItem, balances, balances_on, payables, receivables

Json = dict[str, Any]
Params = dict[str, str]
AGING = (("Current", None), ("1 - 30", 30), ("31 - 60", 60), ("61 - 90", 90), ("91 and over", None))
# QuickBooks lists accounts by type, balance-sheet accounts first (then by name).
TYPE_ORDER = ("Bank", "Accounts Receivable", "Other Current Asset", "Fixed Asset", "Other Asset", "Accounts Payable",
              "Credit Card", "Other Current Liability", "Long Term Liability", "Equity", "Income",
              "Cost of Goods Sold", "Expense", "Other Income", "Other Expense")
# date_macro values resolved to the report's day (the ones a "balance on a day" report is asked with).
_MACROS: dict[str, Callable[[date], date]] = {
    "today": lambda d: d, "yesterday": lambda d: d - timedelta(days=1),
    "this month-to-date": lambda d: d, "this fiscal year-to-date": lambda d: d,
    "this calendar year-to-date": lambda d: d,
    "last month": lambda d: d.replace(day=1) - timedelta(days=1),
    "last fiscal year": lambda d: date(d.year - 1, 12, 31), "last calendar year": lambda d: date(d.year - 1, 12, 31),
}


def money(value: Decimal) -> str:
    return format(value.quantize(Decimal("0.01")), "f")


def _cell(value: Decimal) -> str:
    """A data row's money cell: empty when zero (QuickBooks' way)."""
    return money(value) if value else ""


def _report_day(company: Company, params: Params, name: str = "report_date") -> tuple[date, str | None]:
    """The report's day: ``report_date`` (or ``end_date``), else the ``date_macro``, else today."""
    now = today(company.clock)
    text = params.get(name)
    if text:
        return date_of(text, name), None
    macro = params.get("date_macro")
    if macro:
        resolve = _MACROS.get(macro.strip().lower())
        if resolve is None:
            raise QboFault(faults.invalid_enumeration(macro, "date_macro"))
        return resolve(now), macro.strip().lower()
    return now, None


def _ids(params: Params, name: str) -> set[str] | None:
    text = params.get(name)
    return {part.strip() for part in text.split(",") if part.strip()} if text else None


def _header(company: Company, name: str, params: Params, extra: Json) -> Json:
    method = params.get("accounting_method", "Accrual")
    if method not in ("Accrual", "Cash"):
        raise QboFault(faults.invalid_enumeration(method, "accounting_method"))
    if method == "Cash":
        raise faults.unsupported_operation("Operation accounting_method=Cash is not supported by the sandbox.")
    header: Json = {"Time": response_time(company.clock.now()), "ReportName": name, **extra, "Currency": "USD"}
    for key, echo in (("customer", "Customer"), ("vendor", "Vendor")):
        if params.get(key):
            header[echo] = params[key]
    return header


def _options(day: date | None, empty: bool) -> list[Json]:
    options = [{"Name": "report_date", "Value": day.isoformat()}] if day is not None else []
    return [*options, {"Name": "NoReportData", "Value": "true" if empty else "false"}]


def _grand_total(values: list[Decimal]) -> Json:
    return {"group": "GrandTotal", "type": "Section",
            "Summary": {"ColData": [{"value": "TOTAL"}, *({"value": money(v)} for v in values)]}}


# --- parties: one row per customer or vendor, jobs nested ------------------------------------------------


class _Parties:
    """Rows of a party report: a row's values come from ``values(party id)``, a list of money columns."""

    def __init__(self, company: Company, entity: str, values: dict[str, list[Decimal]], width: int) -> None:
        self.company = company
        self.entity = entity
        self.values = values
        self.width = width
        self.children: dict[str, list[str]] = {}
        if entity == "Customer":
            for party_id in values:
                self._register(party_id)

    def _name(self, party_id: str) -> str:
        row = self.company.get(self.entity, party_id) or {}
        return str(row.get("DisplayName") or party_id)

    def _parent(self, party_id: str) -> str | None:
        row = self.company.get(self.entity, party_id) or {}
        return ref_id(row.get("ParentRef"))

    def _register(self, party_id: str) -> None:
        parent = self._parent(party_id)
        seen: set[str] = {party_id}
        while parent is not None and parent not in seen:
            siblings = self.children.setdefault(parent, [])
            if party_id not in siblings:
                siblings.append(party_id)
            seen.add(parent)
            party_id, parent = parent, self._parent(parent)

    def total(self, party_id: str) -> list[Decimal]:
        own = self.values.get(party_id, [ZERO] * self.width)
        sums = list(own)
        for child in self.children.get(party_id, []):
            sums = [a + b for a, b in zip(sums, self.total(child), strict=True)]
        return sums

    def _data(self, party_id: str) -> Json:
        cells = self.values.get(party_id, [ZERO] * self.width)
        return {"ColData": [{"value": self._name(party_id), "id": party_id}, *({"value": _cell(v)} for v in cells)]}

    def row(self, party_id: str) -> Json:
        children = sorted(self.children.get(party_id, []), key=lambda p: self._name(p).casefold())
        if not children:
            return self._data(party_id)
        rows = ([self._data(party_id)] if any(self.values.get(party_id, [])) else []) + [self.row(c) for c in children]
        return {"Header": {"ColData": [{"value": self._name(party_id), "id": party_id},
                                       *({"value": ""} for _ in range(self.width))]},
                "Rows": {"Row": rows},
                "Summary": {"ColData": [{"value": f"Total {self._name(party_id)}"},
                                        *({"value": money(v)} for v in self.total(party_id))]},
                "type": "Section"}

    def rows(self) -> list[Json]:
        tops = {p for p in self.values if self._parent(p) is None} | {p for p in self.children
                                                                      if self._parent(p) is None}
        ordered = sorted(tops, key=lambda p: self._name(p).casefold())
        found = [self.row(p) for p in ordered]
        if not found:
            return []
        grand = [ZERO] * self.width
        for party in ordered:
            grand = [a + b for a, b in zip(grand, self.total(party), strict=True)]
        return [*found, _grand_total(grand)]


def _open_items(company: Company, entity: str, day: date, params: Params) -> list[OpenItem]:
    items = receivables(company, day) if entity == "Customer" else payables(company, day)
    wanted = _ids(params, "customer" if entity == "Customer" else "vendor")
    return [i for i in items if wanted is None or i.party_id in wanted]


def _balance_report(company: Company, name: str, entity: str, params: Params) -> Json:
    day, macro = _report_day(company, params)
    found = balances(_open_items(company, entity, day, params))
    rows = _Parties(company, entity, {p: [amount] for p, amount in found.items()}, 1).rows()
    extra: Json = {"DateMacro": macro or ("all" if not params.get("report_date") else None)}
    header = _header(company, name, params, {k: v for k, v in extra.items() if v})
    header["Option"] = _options(day, not rows)
    columns = [{"ColType": entity, "ColTitle": ""}, {"ColType": "Money", "ColTitle": "Total"}]
    return {"Header": header, "Columns": {"Column": columns}, "Rows": {"Row": rows} if rows else {}}


def _bucket(item: OpenItem, day: date) -> int:
    late = (day - item.due_date).days
    if late <= 0:
        return 0
    return 1 if late <= 30 else 2 if late <= 60 else 3 if late <= 90 else 4


def _aging_report(company: Company, name: str, entity: str, params: Params) -> Json:
    day, macro = _report_day(company, params)
    values: dict[str, list[Decimal]] = {}
    for item in _open_items(company, entity, day, params):
        cells = values.setdefault(item.party_id, [ZERO] * (len(AGING) + 1))
        cells[_bucket(item, day)] += item.amount
        cells[-1] += item.amount
    values = {p: cells for p, cells in values.items() if cells[-1] or any(cells)}
    rows = _Parties(company, entity, values, len(AGING) + 1).rows()
    extra: Json = {"DateMacro": macro} if macro else {}
    header = _header(company, name, params, {**extra, "EndPeriod": day.isoformat()})
    header["Option"] = _options(day, not rows)
    columns = [{"ColType": entity, "ColTitle": ""}, *({"ColType": "Money", "ColTitle": t} for t, _ in AGING),
               {"ColType": "Money", "ColTitle": "Total"}]
    return {"Header": header, "Columns": {"Column": columns}, "Rows": {"Row": rows} if rows else {}}


def _trial_balance(company: Company, params: Params) -> Json:
    day, macro = _report_day(company, params, "end_date")
    start = date_of(params["start_date"], "start_date") if params.get("start_date") else date(day.year, 1, 1)
    totals = balances_on(company, day)
    rows: list[Json] = []
    debits = credits = ZERO

    def order(account_id: str) -> tuple[int, str]:
        account = company.get("Account", account_id) or {}
        kind = str(account.get("AccountType") or "")
        rank = TYPE_ORDER.index(kind) if kind in TYPE_ORDER else len(TYPE_ORDER)
        return rank, str(account.get("FullyQualifiedName") or account.get("Name") or "").casefold()

    for account_id in sorted(totals, key=order):
        amount = totals[account_id]
        account = company.get("Account", account_id) or {}
        name = str(account.get("FullyQualifiedName") or account.get("Name") or "Uncategorized")
        first: Json = {"value": name, "id": account_id} if account_id else {"value": name}
        rows.append({"ColData": [first, {"value": _cell(max(amount, ZERO))}, {"value": _cell(max(-amount, ZERO))}]})
        debits += max(amount, ZERO)
        credits += max(-amount, ZERO)
    if rows:
        rows.append(_grand_total([debits, credits]))
    extra: Json = {"DateMacro": macro} if macro else {}
    header = _header(company, "TrialBalance", params, {**extra, "ReportBasis": "Accrual",
                                                       "StartPeriod": start.isoformat(), "EndPeriod": day.isoformat()})
    header["Option"] = _options(None, not rows)
    columns = [{"ColType": "Account", "ColTitle": ""}, {"ColType": "Money", "ColTitle": "Debit"},
               {"ColType": "Money", "ColTitle": "Credit"}]
    return {"Header": header, "Columns": {"Column": columns}, "Rows": {"Row": rows} if rows else {}}


REPORTS: dict[str, Callable[[Company, Params], Json]] = {
    "CustomerBalance": lambda c, p: _balance_report(c, "CustomerBalance", "Customer", p),
    "VendorBalance": lambda c, p: _balance_report(c, "VendorBalance", "Vendor", p),
    "AgedReceivables": lambda c, p: _aging_report(c, "AgedReceivables", "Customer", p),
    "AgedPayables": lambda c, p: _aging_report(c, "AgedPayables", "Vendor", p),
    "TrialBalance": _trial_balance,
}


def run(company: Company, name: str, query: dict[str, list[str]], relative: str, full: str) -> Json:
    """The report ``name`` with the request's parameters; an unknown report is QuickBooks' not-found fault."""
    build = REPORTS.get(name)
    if build is None:
        raise faults.resource_not_found(relative, full)
    params = {key: values[0] for key, values in query.items() if values}
    with company.lock:
        return build(company, params)
