"""QuickBooks' side of a reconciliation: its records by query, its balances from its own Reports API.

The balances an accountant signs off on come from QuickBooks' reports — the
Customer and Vendor Balance Summaries for each party, the A/R and A/P Aging
Summaries for the totals — exactly as QuickBooks computes them, not re-added
here. The records themselves are read with paged queries (1,000 a call; name
lists active only, as QuickBooks counts them) so that every difference can name
the transactions behind it, their open amounts on the day worked out from the
payments dated on or before it, as the company file's are.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from qbdesk.qbo.client import QboClient
from qbdesk.sync.entities import ENTITIES
from qbdesk.sync.progress import NullReporter, Reporter
from qbdesk.sync.qbo_snapshot import QboKeys, to_snap
from qbdesk.sync.reconcile_books import BALANCE_ACCOUNTS, PAYABLE, RECEIVABLE, UNDEPOSITED, ZERO, Books, Txn

Row = dict[str, Any]
# The reports each total and balance comes from (qbo-api.md Part 2 §3).
REPORTS = ("CustomerBalance", "VendorBalance", "AgedReceivables", "AgedPayables", "TrialBalance")
BALANCE_TYPES = tuple(t.value for t in BALANCE_ACCOUNTS)  # the store's account types are QuickBooks' words


def _money(text: Any) -> Decimal:
    """A report's money cell ("1593.50", "" for nothing) or an entity's amount, exactly."""
    if text in (None, ""):
        return ZERO
    try:
        return Decimal(str(text).replace(",", ""))
    except InvalidOperation:
        return ZERO


def _day(text: Any) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def _ref(row: Row, field: str) -> str | None:
    value = row.get(field)
    return str(value["value"]) if isinstance(value, dict) and value.get("value") not in (None, "") else None


# --- reports ---------------------------------------------------------------------------------------------------


def report_rows(doc: Row) -> Iterator[tuple[str, str, list[Decimal]]]:
    """Every data row of a report that names an entity, sections opened: (id, name, money cells)."""
    def walk(rows: list[Row]) -> Iterator[tuple[str, str, list[Decimal]]]:
        for row in rows:
            cells = row.get("ColData")
            if isinstance(cells, list) and cells and isinstance(cells[0], dict) and cells[0].get("id"):
                yield str(cells[0]["id"]), str(cells[0].get("value") or ""), [_money(c.get("value")) for c in cells[1:]]
            yield from walk(((row.get("Rows") or {}).get("Row")) or [])

    yield from walk(((doc.get("Rows") or {}).get("Row")) or [])


def grand_total(doc: Row) -> list[Decimal]:
    """The money cells of a report's ``GrandTotal`` summary (none: an empty report, all zero)."""
    for row in ((doc.get("Rows") or {}).get("Row")) or []:
        if row.get("group") == "GrandTotal":
            cells = ((row.get("Summary") or {}).get("ColData")) or []
            return [_money(c.get("value")) for c in cells[1:]]
    return []


def _last(values: list[Decimal]) -> Decimal:
    return values[-1] if values else ZERO


# --- the books -------------------------------------------------------------------------------------------------


def _applied(payments: list[Row], as_of: date) -> dict[tuple[str, str], Decimal]:
    applied: dict[tuple[str, str], Decimal] = defaultdict(lambda: ZERO)
    for payment in payments:
        day = _day(payment.get("TxnDate"))
        if day is None or day > as_of:
            continue
        for line in payment.get("Line") or []:
            for link in line.get("LinkedTxn") or []:
                applied[(str(link.get("TxnType")), str(link.get("TxnId")))] += _money(line.get("Amount"))
    return applied


def _transactions(entity: str, rows: list[Row], as_of: date, applied: dict[tuple[str, str], Decimal],
                  keys: QboKeys) -> dict[str, Txn]:
    found: dict[str, Txn] = {}
    for row in rows:
        day = _day(row.get("TxnDate"))
        if day is None or day > as_of:
            continue
        rid = str(row["Id"])
        total = _money(row.get("Amount") if entity == "Transfer" else row.get("TotalAmt"))
        label = to_snap(entity, row, keys).label
        if entity in ("Invoice", "Bill"):
            party = _ref(row, "CustomerRef" if entity == "Invoice" else "VendorRef")
            txn = Txn(entity, rid, label, day, total, total - applied.get((entity, rid), ZERO), party)
        elif entity in ("CreditMemo", "VendorCredit"):
            party = _ref(row, "CustomerRef" if entity == "CreditMemo" else "VendorRef")
            txn = Txn(entity, rid, label, day, total, -(total - applied.get((entity, rid), ZERO)), party)
        elif entity == "Payment":
            used = ZERO
            for line in row.get("Line") or []:
                for link in line.get("LinkedTxn") or []:
                    sign = 1 if link.get("TxnType") == "Invoice" else -1 if link.get("TxnType") == "CreditMemo" else 0
                    used += sign * _money(line.get("Amount"))
            txn = Txn(entity, rid, label, day, total, -(total - used), _ref(row, "CustomerRef"))
        else:
            txn = Txn(entity, rid, label, day, total)
        found[rid] = txn
    return found


def _journal_items(rows: list[Row], as_of: date, account_types: dict[str, str], keys: QboKeys) -> dict[str, Txn]:
    """A journal entry's lines on receivables (payables) that name a customer (vendor): one open item per entry
    and party, as QuickBooks counts them in the party's balance."""
    items: dict[str, Txn] = {}
    for row in rows:
        day = _day(row.get("TxnDate"))
        if day is None or day > as_of:
            continue
        owed: dict[tuple[str, str], Decimal] = defaultdict(lambda: ZERO)
        for line in row.get("Line") or []:
            detail = line.get("JournalEntryLineDetail") if isinstance(line, dict) else None
            entity = detail.get("Entity") if isinstance(detail, dict) else None
            if not isinstance(detail, dict) or not isinstance(entity, dict):
                continue
            party = _ref(entity, "EntityRef")
            kind = account_types.get(_ref(detail, "AccountRef") or "")
            debit = detail.get("PostingType") == "Debit"
            amount = _money(line.get("Amount"))
            if party and kind == "Accounts Receivable" and entity.get("Type", "Customer") == "Customer":
                owed[("Customer", party)] += amount if debit else -amount
            elif party and kind == "Accounts Payable" and entity.get("Type") == "Vendor":
                owed[("Vendor", party)] += -amount if debit else amount
        label = to_snap("JournalEntry", row, keys).label
        for (party_entity, party), amount in owed.items():
            items[f"{row['Id']}:{party_entity}:{party}"] = Txn("JournalEntry", str(row["Id"]), label, day, ZERO,
                                                               amount, party, party_entity)
    return items


def _in_scope(account: Row) -> bool:
    return account.get("AccountType") in BALANCE_TYPES or account.get("AccountSubType") == UNDEPOSITED


def books_qbo(client: QboClient, as_of: date, reporter: Reporter | None = None, *,
              with_accounts: bool = False) -> Books:
    """QuickBooks on ``as_of``: its records (lists active only), transactions dated then or before, and the
    balances of its reports on that day (and, ``with_accounts``, its Trial Balance's bank, Undeposited Funds,
    card, receivables and payables accounts)."""
    reporter = reporter or NullReporter()
    info = client.company_info()
    books = Books("qbo", as_of, str(info.get("CompanyName") or "") or None)
    keys = QboKeys()
    rows: dict[str, list[Row]] = {}
    for kind in ENTITIES:  # in dependency order: customers' names are known when their invoices are labelled
        reporter.phase(kind.name)
        rows[kind.name] = client.query(f"SELECT * FROM {kind.name}")
        if kind.kind == "list":
            books.records[kind.name] = {str(r["Id"]): to_snap(kind.name, r, keys).label for r in rows[kind.name]
                                        if r.get("Active", True) is not False}
    applied = _applied(rows.get("Payment", []) + rows.get("BillPayment", []), as_of)
    for kind in ENTITIES:
        if kind.kind == "transaction":
            txns = _transactions(kind.name, rows[kind.name], as_of, applied, keys)
            books.records[kind.name] = {rid: txn.number for rid, txn in txns.items()}
            if kind.name != "JournalEntry":
                books.txns[kind.name] = txns
    accounts = {str(a["Id"]): a for a in rows.get("Account", [])}
    books.txns["JournalEntry"] = _journal_items(rows.get("JournalEntry", []), as_of,
                                                {rid: str(a.get("AccountType")) for rid, a in accounts.items()}, keys)
    day = {"report_date": as_of.isoformat()}
    reporter.phase("reports")
    customers = client.report("CustomerBalance", day)
    vendors = client.report("VendorBalance", day)
    books.customers = {rid: values[-1] for rid, _name, values in report_rows(customers) if values and values[-1]}
    books.vendors = {rid: values[-1] for rid, _name, values in report_rows(vendors) if values and values[-1]}
    for entity, doc in (("Customer", customers), ("Vendor", vendors)):  # inactive ones with a balance too
        books.names.update({(entity, rid): name for rid, name, _values in report_rows(doc)})
    books.receivables = _last(grand_total(client.report("AgedReceivables", day)))
    books.payables = _last(grand_total(client.report("AgedPayables", day)))
    if with_accounts:
        # The Trial Balance on the day (its day is ``end_date``, not ``report_date``): debit and credit columns, one
        # row per account with a balance.
        for rid, _name, values in report_rows(client.report("TrialBalance", {"end_date": as_of.isoformat()})):
            if rid in accounts and _in_scope(accounts[rid]) and len(values) >= 2:
                books.accounts[rid] = values[0] - values[1]
        books.accounts.update({rid: ZERO for rid, a in accounts.items()
                               if _in_scope(a) and a.get("Active", True) is not False and rid not in books.accounts})
    return books


__all__ = ["PAYABLE", "RECEIVABLE", "REPORTS", "books_qbo", "grand_total", "report_rows"]
