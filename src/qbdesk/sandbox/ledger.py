"""What each transaction posts to the chart of accounts: the sandbox's general ledger.

QuickBooks keeps ``CurrentBalance`` on every balance-sheet account ("Current
balance for Balance Sheet accounts", Intuit's Account reference): what is in each
bank account, in Undeposited Funds, owed by customers (A/R) and to vendors (A/P).
A client that migrates books must leave those agreeing, so the sandbox keeps
them too, from the same double entry QuickBooks makes:

=================  =====================================================================
invoice            A/R debited by its total, the items' income accounts credited
credit memo        the reverse
payment            its deposit account (Undeposited Funds by default) debited, A/R credited
sales receipt      its deposit account debited, income credited
refund receipt     its refund account credited, income debited
deposit            the bank debited; each line credits Undeposited Funds (a linked payment or
                   sales receipt: the account it went into) or the account it names
expense            its payment account credited (a credit-card credit: debited), the lines debited
bill               A/P credited, the lines debited; a vendor credit the reverse
bill payment       A/P debited, the bank (check) or credit card credited
transfer           the source credited, the destination debited
journal entry      each line as its posting type says
estimate, P.O.     nothing: they do not post
=================  =====================================================================

Amounts are kept debit-positive here; an account shows them the way QuickBooks
does, assets as debits, liabilities and equity as credits. Inventory is not
costed (the sandbox tracks no quantities, ``docs/sandbox.md``): an inventory
item's purchase posts to its asset account and its sale to its income account.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

ZERO = Decimal("0.00")
Posting = tuple[str, Decimal]  # (account Id, amount; debit positive)
Lookup = Callable[[str, str], dict[str, Any] | None]

# What a transaction's header posts, debit-positive, against its lines (which post the opposite way).
SALES = {"Invoice": 1, "CreditMemo": -1, "SalesReceipt": 1, "RefundReceipt": -1}


def _id(ref: Any) -> str | None:
    if isinstance(ref, dict) and ref.get("value") not in (None, ""):
        return str(ref["value"])
    return None


def _amount(value: Any) -> Decimal:
    return Decimal(str(value)) if value not in (None, "") else ZERO


def _item_account(get: Lookup, detail: dict[str, Any], *, sale: bool) -> str | None:
    item = get("Item", _id(detail.get("ItemRef")) or "")
    if item is None:
        return None
    if sale:
        return _id(item.get("IncomeAccountRef"))
    if item.get("Type") == "Inventory":
        return _id(item.get("AssetAccountRef"))
    return _id(item.get("ExpenseAccountRef")) or _id(item.get("IncomeAccountRef"))


def _sales_lines(get: Lookup, data: dict[str, Any], sign: int) -> Iterator[Posting]:
    for line in data.get("Line") or ():
        if line.get("DetailType") != "SalesItemLineDetail":
            continue
        account = _item_account(get, line.get("SalesItemLineDetail") or {}, sale=True)
        if account is not None:
            yield account, sign * _amount(line.get("Amount"))
    for line in data.get("Line") or ():
        if line.get("DetailType") == "DiscountLineDetail":
            account = _id((line.get("DiscountLineDetail") or {}).get("DiscountAccountRef"))
            if account is not None:
                yield account, -sign * _amount(line.get("Amount"))


def _expense_lines(get: Lookup, data: dict[str, Any], sign: int) -> Iterator[Posting]:
    for line in data.get("Line") or ():
        kind = line.get("DetailType")
        detail = line.get(kind) if isinstance(kind, str) else None
        if not isinstance(detail, dict):
            continue
        if kind == "AccountBasedExpenseLineDetail":
            account = _id(detail.get("AccountRef"))
        elif kind == "ItemBasedExpenseLineDetail":
            account = _item_account(get, detail, sale=False)
        else:
            continue
        if account is not None:
            yield account, sign * _amount(line.get("Amount"))


def postings(entity: str, data: dict[str, Any], get: Lookup, defaults: dict[str, str | None]) -> list[Posting]:
    """The ledger lines of one transaction. ``defaults`` names the company's A/R, A/P and Undeposited Funds
    accounts (``ar``, ``ap``, ``undeposited``), which transactions use when they name none."""
    out: list[Posting] = []
    total = _amount(data.get("TotalAmt"))

    def post(account: str | None, amount: Decimal) -> None:
        if account is not None and amount:
            out.append((account, amount))

    if entity in SALES:
        sign = SALES[entity]
        header = _id(data.get("ARAccountRef")) or defaults["ar"] if entity in ("Invoice", "CreditMemo") \
            else _id(data.get("DepositToAccountRef")) or defaults["undeposited"]
        post(header, sign * total)
        out.extend(p for p in _sales_lines(get, data, -sign) if p[1])
    elif entity == "Payment":
        post(_id(data.get("DepositToAccountRef")) or defaults["undeposited"], total)
        post(_id(data.get("ARAccountRef")) or defaults["ar"], -total)
    elif entity == "Deposit":
        post(_id(data.get("DepositToAccountRef")), total)
        for line in data.get("Line") or ():
            amount = _amount(line.get("Amount"))
            links = [lt for lt in line.get("LinkedTxn") or () if lt.get("TxnType") in ("Payment", "SalesReceipt")]
            if links:
                source = get(str(links[0]["TxnType"]), str(links[0].get("TxnId")))
                account = _id((source or {}).get("DepositToAccountRef")) or defaults["undeposited"]
            else:
                account = _id((line.get("DepositLineDetail") or {}).get("AccountRef"))
            post(account, -amount)
    elif entity == "Purchase":
        sign = 1 if data.get("Credit") is True else -1
        post(_id(data.get("AccountRef")), sign * total)
        out.extend(p for p in _expense_lines(get, data, -sign) if p[1])
    elif entity in ("Bill", "VendorCredit"):
        sign = -1 if entity == "Bill" else 1
        post(_id(data.get("APAccountRef")) or defaults["ap"], sign * total)
        out.extend(p for p in _expense_lines(get, data, -sign) if p[1])
    elif entity == "BillPayment":
        block = data.get("CheckPayment") if data.get("PayType") == "Check" else data.get("CreditCardPayment")
        paid_from = _id((block or {}).get("BankAccountRef") or (block or {}).get("CCAccountRef"))
        post(_id(data.get("APAccountRef")) or defaults["ap"], total)
        post(paid_from, -total)
    elif entity == "Transfer":
        amount = _amount(data.get("Amount"))
        post(_id(data.get("FromAccountRef")), -amount)
        post(_id(data.get("ToAccountRef")), amount)
    elif entity == "JournalEntry":
        for line in data.get("Line") or ():
            detail = line.get("JournalEntryLineDetail")
            if isinstance(detail, dict):
                sign = 1 if detail.get("PostingType") == "Debit" else -1
                post(_id(detail.get("AccountRef")), sign * _amount(line.get("Amount")))
    return out


def shown(classification: str | None, debit_balance: Decimal) -> Decimal:
    """A balance as QuickBooks shows it on the account: assets as debits, the rest of the balance sheet as
    credits (what is owed, what is owned)."""
    return (debit_balance if classification == "Asset" else -debit_balance).quantize(Decimal("0.01"))


def _journal_lines(data: dict[str, Any]) -> Iterator[tuple[str, str, str, Decimal]]:
    """(party type, party Id, posting type, amount) of each journal entry line that names a customer or vendor."""
    for line in data.get("Line") or []:
        detail = line.get("JournalEntryLineDetail") if isinstance(line, dict) else None
        entity = detail.get("Entity") if isinstance(detail, dict) else None
        party = _id(entity.get("EntityRef")) if isinstance(entity, dict) else None
        if isinstance(detail, dict) and isinstance(entity, dict) and party:
            yield (str(entity.get("Type") or "Customer"), party, str(detail.get("PostingType")),
                   _amount(line.get("Amount")))


def journal_parties(data: dict[str, Any]) -> set[tuple[str, str]]:
    """The customers and vendors a journal entry's lines name (its balance may count in theirs)."""
    return {(kind, party) for kind, party, _posting, _amount_ in _journal_lines(data)
            if kind in ("Customer", "Vendor")}


def journal_owed(data: dict[str, Any], party_id: str, get: Lookup) -> Decimal:
    """What a journal entry adds to a customer's or vendor's balance.

    A line on Accounts Receivable naming a customer is owed by that customer (a debit
    adds, a credit takes away), one on Accounts Payable naming a vendor is owed to it
    (a credit adds): that is how an opening balance entered as a journal entry shows
    on the customer's or vendor's balance in QuickBooks (and a payment can be applied
    to the journal entry, qbo-api.md §5). Lines on other accounts name a party for
    reports only.
    """
    owed = ZERO
    for line in data.get("Line") or []:
        detail = line.get("JournalEntryLineDetail") if isinstance(line, dict) else None
        if not isinstance(detail, dict):
            continue
        entity = detail.get("Entity")
        if not isinstance(entity, dict) or _id(entity.get("EntityRef")) != party_id:
            continue
        account = get("Account", _id(detail.get("AccountRef")) or "") or {}
        debit = str(detail.get("PostingType")) == "Debit"
        amount = _amount(line.get("Amount"))
        if account.get("AccountType") == "Accounts Receivable" and entity.get("Type", "Customer") == "Customer":
            owed += amount if debit else -amount
        elif account.get("AccountType") == "Accounts Payable" and entity.get("Type") == "Vendor":
            owed += -amount if debit else amount
    return owed
