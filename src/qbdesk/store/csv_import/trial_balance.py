"""A trial balance as of a date, imported as one opening-balance journal entry.

This is how an accountant brings a client's books in when the history stays behind:
every account's balance on the migration date, debits in one column and credits in
the other, becomes one balanced journal entry dated that day. QuickBooks refuses a
journal entry whose debits and credits differ and wants a customer on every
receivables line and a vendor on every payables line (docs/qbo-rules.md §6), so
the file is held to that here, with the row and the column of each problem —
before anything is written. The entry is whole or not at all: one bad row keeps it
out even with "import the valid rows only".
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from qbdesk.store.banking import GeneralJournalEntry, GeneralJournalLine, PostingType
from qbdesk.store.csv_import.columns import Column
from qbdesk.store.csv_import.messages import error
from qbdesk.store.csv_import.names import NameIndex
from qbdesk.store.csv_import.plan import Run, Unit
from qbdesk.store.csv_import.reading import CsvRow
from qbdesk.store.csv_import.values import MONEY_PLACES
from qbdesk.store.lists import Account, AccountType, Customer, Vendor

COLUMNS = (
    Column("account", True), Column("debit"), Column("credit"), Column("date", True), Column("name"),
    Column("memo"),
)
DEFAULT_MEMO = "Opening balance"
ZERO = Decimal("0.00")


def _full_name(account: Account) -> str:
    return f"{_full_name(account.parent)}:{account.name}" if account.parent is not None else account.name


def check(run: Run, rows: Iterable[CsvRow]) -> None:
    accounts = run.all(Account)
    by_name = NameIndex(accounts, lambda a: a.name, _full_name)
    customers = NameIndex(run.all(Customer), lambda c: c.display_name)
    vendors = NameIndex(run.all(Vendor), lambda v: v.display_name)
    lines: list[GeneralJournalLine] = []
    debits = credits = ZERO
    as_of: date | None = None
    first_row: int | None = None
    memo: str | None = None
    all_ok = True
    numbers: list[int] = []
    for csv_row in rows:
        numbers.append(csv_row.number)
        r = run.row(csv_row)
        account = r.reference("account", by_name, "no_account", required=True)
        debit = r.decimal("debit", MONEY_PLACES, minimum="zero", noun="amount")
        credit = r.decimal("credit", MONEY_PLACES, minimum="zero", noun="amount")
        day = r.date("date", required=True)
        memo = memo or r.text("memo", 4000)
        if debit and credit:
            r.fail("credit", "debit_and_credit")
        elif not debit and not credit and r.ok:
            r.fail("debit", "no_debit_or_credit")
        if day is not None:
            if as_of is None:
                as_of, first_row = day, r.number
            elif day != as_of:
                r.fail("date", "date_differs", value=r.raw("date"), first_row=first_row)
        customer = vendor = None
        name = r.raw("name")
        if account is not None and account.account_type is AccountType.ACCOUNTS_RECEIVABLE:
            customer = r.reference("name", customers, "no_customer") if name else None
            if customer is None and not name:
                r.fail("name", "needs_customer", account=account.name)
        elif account is not None and account.account_type is AccountType.ACCOUNTS_PAYABLE:
            vendor = r.reference("name", vendors, "no_vendor") if name else None
            if vendor is None and not name:
                r.fail("name", "needs_vendor", account=account.name)
        if not r.ok or account is None:
            all_ok = False
            continue
        posting = PostingType.DEBIT if debit else PostingType.CREDIT
        amount = debit or credit or ZERO
        debits += amount if posting is PostingType.DEBIT else ZERO
        credits += amount if posting is PostingType.CREDIT else ZERO
        lines.append(GeneralJournalLine(line_num=len(lines) + 1, posting_type=posting, amount=amount,
                                        account=account, customer=customer, vendor=vendor,
                                        description=r.text("memo", 4000)))
    if all_ok and lines and debits != credits:
        run.errors.append(error(None, None, "trial_balance_unbalanced", debits=debits, credits=credits))
        return
    if not all_ok or not lines or as_of is None:
        return
    entry_memo = memo or DEFAULT_MEMO
    day = as_of
    session = run.session

    def build() -> None:
        entry = GeneralJournalEntry(txn_date=day, memo=entry_memo, doc_number=f"OB-{day.isoformat()}")
        entry.lines = lines
        session.add(entry)

    run.add(Unit(tuple(numbers), {"journal_entries": 1}, build))
