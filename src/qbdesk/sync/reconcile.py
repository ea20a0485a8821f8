"""The reconciliation report: do the books here and in QuickBooks agree? Proof an accountant can file.

Side by side, on a day (by default today), here and in QuickBooks, with the
difference and a verdict for each check:

* record counts per entity type (name lists: active records; transactions: those
  dated on or before the day) — and which records are on one side only;
* open receivables and open payables in total (QuickBooks' A/R and A/P Aging
  Summaries) and **each customer's and each vendor's open balance** (its
  Customer and Vendor Balance Summaries);
* on today's date: the balance of every bank, Undeposited Funds, card, receivables and
  payables account against QuickBooks' Trial Balance (the company file keeps no
  history of its balances, so an earlier day leaves this check out);
* the totals of every transaction type that posts (invoices, payments, credit memos,
  sales and refund receipts, deposits, bills, expenses, vendor credits, bill
  payments) per month.

Every difference names what differs and the records behind it — the customer's
open transactions whose amounts disagree, the month's transactions that are on one
side only or differ — by their ids on each side and their numbers, so the window
can open them and a script can list them. Money stays ``Decimal`` and goes out as
exact decimal text.

Nothing is written anywhere. QuickBooks' side costs one query per 1,000 records of
each type (23 at least), plus six calls (the company's name and five reports).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from qbdesk.qbo.client import QboClient
from qbdesk.store import Company
from qbdesk.sync.entities import ENTITY_ORDER, entity_type
from qbdesk.sync.links import LinkCache
from qbdesk.sync.progress import NullReporter, Reporter
from qbdesk.sync.reconcile_books import MONTHLY, ZERO, Books, Txn, books_here
from qbdesk.sync.reconcile_qbo import books_qbo

Side = Literal["here", "qbo", "both"]
CENT = Decimal("0.01")
BALANCED, DIFFERENCES = "balanced", "differences"


def money_text(value: Decimal) -> str:
    """An amount as exact decimal text, two places (QuickBooks' way)."""
    return format(value.quantize(CENT), "f")


@dataclass(frozen=True)
class RecordRef:
    """A record behind a difference: where it is, its ids on each side, its number or name, its amounts."""

    entity: str
    side: Side
    local_id: int | None
    qbo_id: str | None
    number: str
    here: Decimal | None = None
    qbo: Decimal | None = None

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"entity": self.entity, "side": self.side, "local_id": self.local_id,
                               "qbo_id": self.qbo_id, "number": self.number}
        if self.here is not None or self.qbo is not None:
            doc["here"] = money_text(self.here) if self.here is not None else None
            doc["qbo"] = money_text(self.qbo) if self.qbo is not None else None
        return doc


@dataclass(frozen=True)
class Check:
    """One line of the report: a figure here and in QuickBooks, and whether they agree.

    ``name`` is a stable code (``count.Invoice``, ``open_receivables``, ``customer_balances``,
    ``open_payables``, ``vendor_balances``, ``monthly.Invoice``); the window words it. A check of
    counts or balances per record agrees only if every record does, not only the totals.
    """

    name: str
    here: Decimal | int
    qbo: Decimal | int
    balanced: bool

    @property
    def is_count(self) -> bool:
        return isinstance(self.here, int)

    @property
    def difference(self) -> Decimal | int:
        return self.here - self.qbo

    def _out(self, value: Decimal | int) -> str | int:
        return value if isinstance(value, int) else money_text(value)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "here": self._out(self.here), "qbo": self._out(self.qbo),
                "difference": self._out(self.difference), "balanced": self.balanced}


@dataclass(frozen=True)
class Difference:
    """What differs: an entity type's count, a customer's or vendor's open balance, a month's total."""

    entity: str
    record: str        # the customer's or vendor's name, the month (YYYY-MM), or the entity type's plural
    field: str         # "count" | "open_balance" | "monthly_total"
    here: Decimal | int
    qbo: Decimal | int
    records: tuple[RecordRef, ...] = ()
    check: str = ""    # the check it belongs to

    def to_json(self) -> dict[str, Any]:
        def out(value: Decimal | int) -> str | int:
            return value if isinstance(value, int) else money_text(value)

        return {"entity": self.entity, "record": self.record, "field": self.field, "here": out(self.here),
                "qbo": out(self.qbo), "records": [r.to_json() for r in self.records], "check": self.check}


@dataclass
class Reconciliation:
    as_of: date
    company: str | None            # the company file's name
    qbo_company: str | None        # QuickBooks' company name
    checks: list[Check] = field(default_factory=list)
    differences: list[Difference] = field(default_factory=list)
    months: dict[str, list[tuple[str, Decimal, Decimal]]] = field(default_factory=dict)  # entity -> (month, here, qbo)

    @property
    def status(self) -> str:
        return BALANCED if not self.differences and all(c.balanced for c in self.checks) else DIFFERENCES

    @property
    def balanced(self) -> bool:
        return self.status == BALANCED

    def for_check(self, name: str) -> list[Difference]:
        return [d for d in self.differences if d.check == name]

    def to_json(self) -> dict[str, Any]:
        return {"status": self.status, "as_of": self.as_of.isoformat(), "company": self.company,
                "qbo_company": self.qbo_company, "checks": [c.to_json() for c in self.checks],
                "differences": [d.to_json() for d in self.differences],
                "months": {entity: [{"month": m, "here": money_text(h), "qbo": money_text(q),
                                     "difference": money_text(h - q)} for m, h, q in rows]
                           for entity, rows in self.months.items()}}


# --- the comparison (pure) --------------------------------------------------------------------------------------


class _Compare:
    def __init__(self, here: Books, qbo: Books, links: LinkCache) -> None:
        self.here = here
        self.qbo = qbo
        self.links = links
        self.result = Reconciliation(here.as_of, here.name, qbo.name)

    def twin(self, entity: str, local_id: str) -> str | None:
        return self.links.qbo_id(entity, int(local_id)) if local_id.isdigit() else None

    def local(self, entity: str, qbo_id: str) -> str | None:
        found = self.links.local_id(entity, qbo_id)
        return str(found) if found is not None else None

    def ref(self, entity: str, local_id: str | None, qbo_id: str | None, here: Decimal | None = None,
            qbo: Decimal | None = None) -> RecordRef:
        side: Side = "both" if local_id is not None and qbo_id is not None else "here" if local_id else "qbo"
        number = self.here.label(entity, local_id) if local_id is not None else self.qbo.label(entity, qbo_id or "")
        return RecordRef(entity, side, int(local_id) if local_id is not None else None, qbo_id, number, here, qbo)

    # --- counts ---

    def counts(self) -> None:
        for entity in ENTITY_ORDER:
            mine, theirs = self.here.records.get(entity, {}), self.qbo.records.get(entity, {})
            only_here = [rid for rid in mine if self.twin(entity, rid) not in theirs]
            only_qbo = [qid for qid in theirs if self.local(entity, qid) not in mine]
            name = f"count.{entity}"
            balanced = len(mine) == len(theirs) and not only_here and not only_qbo
            self.result.checks.append(Check(name, len(mine), len(theirs), balanced))
            if not balanced:
                refs = [self.ref(entity, rid, None) for rid in only_here] + \
                       [self.ref(entity, None, qid) for qid in only_qbo]
                self.result.differences.append(Difference(entity, entity_type(entity).plural, "count", len(mine),
                                                          len(theirs), tuple(refs), name))

    # --- balances ---

    def _behind(self, party: str, local_party: str | None, qbo_party: str | None) -> list[RecordRef]:
        """A party's open transactions whose open amounts differ between the two sides (or that are on one only)."""
        refs: list[RecordRef] = []
        theirs = {t.id: t for t in self.qbo.open_items(party, qbo_party)} if qbo_party else {}
        for txn in self.here.open_items(party, local_party) if local_party else []:
            twin_id = self.twin(txn.entity, txn.id)
            twin = theirs.pop(twin_id, None) if twin_id else None
            if twin is None:
                twin = self.qbo.txns.get(txn.entity, {}).get(twin_id or "")
            if twin is None or twin.open != txn.open:
                refs.append(self.ref(txn.entity, txn.id, twin_id if twin is not None else None, txn.open,
                                     twin.open if twin is not None else None))
        for twin in theirs.values():
            local_id = self.local(twin.entity, twin.id)
            mine = self.here.txns.get(twin.entity, {}).get(local_id or "")
            refs.append(self.ref(twin.entity, local_id if mine is not None else None, twin.id,
                                 mine.open if mine is not None else None, twin.open))
        return refs

    def balances(self, party: str, totals: str, each: str) -> None:
        mine = self.here.customers if party == "Customer" else self.here.vendors
        theirs = self.qbo.customers if party == "Customer" else self.qbo.vendors
        here_total = self.here.receivables if party == "Customer" else self.here.payables
        qbo_total = self.qbo.receivables if party == "Customer" else self.qbo.payables
        self.result.checks.append(Check(totals, here_total, qbo_total, here_total == qbo_total))
        differences: list[Difference] = []
        seen_qbo: set[str] = set()
        for local_id, amount in mine.items():
            qbo_id = self.twin(party, local_id)
            other = theirs.get(qbo_id, ZERO) if qbo_id else ZERO
            if qbo_id:
                seen_qbo.add(qbo_id)
            if amount != other:
                refs = [self.ref(party, local_id, qbo_id), *self._behind(party, local_id, qbo_id)]
                differences.append(Difference(party, self.here.label(party, local_id), "open_balance", amount,
                                              other, tuple(refs), each))
        for their_id, amount in theirs.items():
            if their_id in seen_qbo:
                continue
            twin_here = self.local(party, their_id)
            mine_amount = mine.get(twin_here, ZERO) if twin_here else ZERO
            if mine_amount != amount:
                refs = [self.ref(party, twin_here, their_id), *self._behind(party, twin_here, their_id)]
                differences.append(Difference(party, self.qbo.label(party, their_id), "open_balance", mine_amount,
                                              amount, tuple(refs), each))
        differences.sort(key=lambda d: d.record.casefold())
        self.result.differences.extend(differences)
        self.result.checks.append(Check(each, sum(mine.values(), ZERO), sum(theirs.values(), ZERO),
                                        not differences))

    # --- monthly totals ---

    def _month_behind(self, entity: str, month: str) -> list[RecordRef]:
        def of_month(txns: Iterable[Txn]) -> dict[str, Txn]:
            return {t.id: t for t in txns if t.day.strftime("%Y-%m") == month}

        mine = of_month(self.here.txns.get(entity, {}).values())
        theirs = of_month(self.qbo.txns.get(entity, {}).values())
        refs: list[RecordRef] = []
        for txn in mine.values():
            twin_id = self.twin(entity, txn.id)
            twin: Txn | None = theirs.pop(twin_id, None) if twin_id else None
            if twin is None or twin.total != txn.total:
                refs.append(self.ref(entity, txn.id, twin_id if twin is not None else None, txn.total,
                                     twin.total if twin is not None else None))
        for other in theirs.values():
            local_id = self.local(entity, other.id)
            refs.append(self.ref(entity, local_id if local_id in self.here.txns.get(entity, {}) else None, other.id,
                                 None, other.total))
        return refs

    def monthly(self) -> None:
        for entity in MONTHLY:
            mine, theirs = self.here.monthly(entity), self.qbo.monthly(entity)
            rows = [(m, mine.get(m, ZERO), theirs.get(m, ZERO)) for m in sorted(set(mine) | set(theirs))]
            self.result.months[entity] = rows
            name = f"monthly.{entity}"
            differing = [(m, h, q) for m, h, q in rows if h != q]
            self.result.checks.append(Check(name, sum(mine.values(), ZERO), sum(theirs.values(), ZERO),
                                            not differing))
            for month, here_total, qbo_total in differing:
                self.result.differences.append(Difference(entity, month, "monthly_total", here_total, qbo_total,
                                                          tuple(self._month_behind(entity, month)), name))

    # --- account balances ---

    def accounts(self) -> None:
        """Bank, Undeposited Funds, card, receivables and payables accounts, each against QuickBooks' Trial
        Balance (only on today's date or later: the company file keeps no history of its balances)."""
        if not self.here.accounts:
            return
        differences: list[Difference] = []
        seen: set[str] = set()
        for local_id, amount in self.here.accounts.items():
            qbo_id = self.twin("Account", local_id)
            other = self.qbo.accounts.get(qbo_id, ZERO) if qbo_id else ZERO
            if qbo_id:
                seen.add(qbo_id)
            if amount != other:
                differences.append(Difference("Account", self.here.label("Account", local_id), "balance", amount,
                                              other, (self.ref("Account", local_id, qbo_id, amount, other),),
                                              "account_balances"))
        for their_id, amount in self.qbo.accounts.items():
            if their_id not in seen and amount:
                twin_here = self.local("Account", their_id)
                differences.append(Difference("Account", self.qbo.label("Account", their_id), "balance", ZERO,
                                              amount, (self.ref("Account", twin_here, their_id, None, amount),),
                                              "account_balances"))
        differences.sort(key=lambda d: d.record.casefold())
        self.result.differences.extend(differences)
        self.result.checks.append(Check("account_balances", sum(self.here.accounts.values(), ZERO),
                                        sum(self.qbo.accounts.values(), ZERO), not differences))

    def run(self) -> Reconciliation:
        self.counts()
        self.balances("Customer", "open_receivables", "customer_balances")
        self.balances("Vendor", "open_payables", "vendor_balances")
        self.accounts()
        self.monthly()
        return self.result


def compare(here: Books, qbo: Books, links: LinkCache) -> Reconciliation:
    """Compare two sets of books on the same day (pure: both sides are read already)."""
    return _Compare(here, qbo, links).run()


def reconcile(company: Company, client: QboClient, as_of: date | None = None, *,
              reporter: Reporter | None = None, today: Callable[[], date] = date.today) -> Reconciliation:
    """Here and in QuickBooks on ``as_of`` (default today): the checks, their verdicts, the differences."""
    reporter = reporter or NullReporter()
    day = as_of or today()
    reporter.phase("read_here")
    with company.session() as s:
        here = books_here(s, day, today=today())
        links = LinkCache.load(s)
    reporter.phase("read_qbo")
    qbo = books_qbo(client, day, reporter, with_accounts=bool(here.accounts))
    return compare(here, qbo, links)
