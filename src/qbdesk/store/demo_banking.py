"""The generated business's banking: deposits, transfers and journal entries.

Customer payments and sales receipts wait in Undeposited Funds until a deposit
takes them to the checking account — a few days' takings at a time, the last
week's still waiting, as in real books — and some deposits bring other money too (interest). Money
moves between checking and savings by transfer. The first journal entry records
the opening balances of the accounts the business started with, the others small
adjustments; every one balances.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from qbdesk.store.banking import Deposit, DepositLine, GeneralJournalEntry, GeneralJournalLine, PostingType, Transfer
from qbdesk.store.demo import Books
from qbdesk.store.sales_forms import SalesReceipt
from qbdesk.store.transactions import Payment

OPENING = {"en": "Opening balances", "fr": "Soldes d'ouverture", "es": "Saldos iniciales"}
ADJUSTMENT = {"en": "Bank charges adjustment", "fr": "Régularisation des frais bancaires",
              "es": "Ajuste de comisiones bancarias"}
RECENT_DAYS = 7  # what was received in the last week is not deposited yet
DEPOSIT_MEMO = {"en": "Deposit of customer payments", "fr": "Remise des paiements clients",
                "es": "Ingreso de cobros de clientes"}


def generate_banking(books: Books) -> None:
    _deposits(books)
    _transfers(books)
    _journal_entries(books)


def _waiting(books: Books) -> list[tuple[date, Payment | SalesReceipt]]:
    """What is in Undeposited Funds, oldest first."""
    books.session.flush()
    undeposited = books.accounts["undeposited"]
    found: list[tuple[date, Payment | SalesReceipt]] = [
        (p.txn_date, p) for p in books.session.scalars(select(Payment).where(Payment.deposit_account == undeposited))]
    found += [(r.txn_date, r) for r in books.session.scalars(
        select(SalesReceipt).where(SalesReceipt.deposit_account == undeposited))]
    found.sort(key=lambda pair: (pair[0], pair[1].id))
    return found


def _deposits(books: Books) -> None:
    rng, accounts = books.rng, books.accounts
    planned = books.plan["Deposit"]
    waiting = _waiting(books)
    if not planned or not waiting:
        return
    # Everything received more than a week ago has been taken to the bank, in ``planned`` deposits of a few
    # days' takings each; the last week's payments still wait in Undeposited Funds, as in real books.
    eligible = [pair for pair in waiting if pair[0] <= books.today - timedelta(days=RECENT_DAYS)]
    count = min(planned, len(eligible))
    deposits = []
    for n in range(count):
        batch = eligible[n * len(eligible) // count:(n + 1) * len(eligible) // count]
        if not batch:
            continue
        day = min(books.today, batch[-1][0] + timedelta(days=rng.randint(0, 3)))
        deposit = Deposit(account=accounts["checking"], txn_date=day, location=books.some_location(),
                          memo=DEPOSIT_MEMO[books.locale], created_at=books.stamp(day))
        for n, (_day, source) in enumerate(batch, start=1):
            line = DepositLine(line_num=n, amount=source.total)
            if isinstance(source, Payment):
                line.payment = source
            else:
                line.sales_receipt = source
            deposit.lines.append(line)
        if rng.random() < 0.2:
            deposit.lines.append(DepositLine(line_num=len(deposit.lines) + 1, amount=books.money(1, 40),
                                             account=accounts["interest_income"],
                                             description=books.fake.sentence(nb_words=3)))
        deposits.append(deposit)
    books.add("Deposit", deposits)


def _transfers(books: Books) -> None:
    rng, accounts = books.rng, books.accounts
    transfers = []
    for _ in range(books.plan["Transfer"]):
        day = books.day_between(books.start, books.today)
        to_savings = rng.random() < 0.7
        transfers.append(Transfer(from_account=accounts["checking" if to_savings else "savings"],
                                  to_account=accounts["savings" if to_savings else "checking"],
                                  amount=books.money(200, 5000), txn_date=day,
                                  memo=books.fake.sentence(nb_words=3), created_at=books.stamp(day)))
    books.add("Transfer", transfers)


def _entry(day: date, memo: str, lines: list[tuple[PostingType, object, Decimal]], books: Books,
           doc_number: str) -> GeneralJournalEntry:
    entry = GeneralJournalEntry(txn_date=day, memo=memo, doc_number=doc_number, created_at=books.stamp(day))
    for n, (posting, account, amount) in enumerate(lines, start=1):
        entry.lines.append(GeneralJournalLine(line_num=n, posting_type=posting, account=account, amount=amount,
                                              description=memo))
    return entry


def _journal_entries(books: Books) -> None:
    accounts, locale = books.accounts, books.locale
    planned = books.plan["JournalEntry"]
    if not planned:
        return
    cash, truck, loan = books.money(15000, 40000), books.money(20000, 45000), books.money(10000, 25000)
    entries = [_entry(books.start, OPENING[locale], [
        (PostingType.DEBIT, accounts["checking"], cash),
        (PostingType.DEBIT, accounts["equipment"], truck),
        (PostingType.CREDIT, accounts["loan"], loan),
        (PostingType.CREDIT, accounts["equity"], cash + truck - loan),
    ], books, "JE-00001")]
    days = sorted(books.day_between(books.start, books.today) for _ in range(planned - 1))
    for n, day in enumerate(days, start=2):  # numbered in the order they were entered, as QuickBooks does
        fee = books.money(5, 80)
        entries.append(_entry(day, ADJUSTMENT[locale], [
            (PostingType.DEBIT, accounts["bank_fees"], fee),
            (PostingType.CREDIT, accounts["checking"], fee),
        ], books, f"JE-{n:05d}"))
    books.add("JournalEntry", entries)
