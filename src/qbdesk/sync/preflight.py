"""Pre-flight checks: what QuickBooks would refuse, found in the company file before anything is sent.

Each check returns ``(code, message)`` pairs; the planner blocks the record with
the first one and the problem list explains the code (:mod:`qbdesk.sync.catalogue`).
The rules and their sources are QuickBooks' (``docs/qbo-rules.md``): name lengths
and characters (2050, 2040), account types per use (6430), a journal entry's
debits equal to its credits and a customer on an A/R line, a vendor on an A/P line
(6000), both accounts of a transfer assets, a purchase order's payables account —
and, the other way, what a QuickBooks record holds that cannot be kept here (another
currency, sales tax charged).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from qbdesk.store.lists import AccountType
from qbdesk.sync.entities import entity_type

DOC_NUMBER_LIMIT = 21
Check = tuple[str, str]

ASSETS = frozenset(t for t in AccountType if t.classification == "Asset" and t is not AccountType.NON_POSTING)
DEPOSIT_TYPES = (AccountType.BANK, AccountType.OTHER_CURRENT_ASSET)


def name_checks(entity: str, name: str) -> tuple[Check, ...]:
    found: list[Check] = []
    limit = entity_type(entity).name_limit  # QuickBooks' length limits (qbo-api.md §5): fault 2050
    if limit and len(name) > limit:
        found.append(("length", f"The name is {len(name)} characters long; QuickBooks allows {limit}."))
    if ":" in name or "\t" in name or "\n" in name:
        found.append(("name_characters", "QuickBooks does not allow ':' , tabs or line breaks in names."))
    if not name.strip():
        found.append(("required", "The name is empty."))
    return tuple(found)


def party_checks(entity: str, row: Any) -> tuple[Check, ...]:
    """A customer's or vendor's names and e-mail, as QuickBooks checks them (qbo-api.md Part 2 §5.2): no colon,
    tab or line break in any name field (2040), an e-mail with an @ and a dot (2210)."""
    found = list(name_checks(entity, row.display_name))
    for value in (row.given_name, row.family_name):
        if value and (":" in value or "\t" in value or "\n" in value) and not any(c[0] == "name_characters"
                                                                                for c in found):
            found.append(("name_characters", "QuickBooks does not allow ':' , tabs or line breaks in names."))
    email = (row.email or "").strip()
    if email and ("@" not in email or "." not in email.rpartition("@")[2]):
        found.append(("email_format", f"'{email}' is not an e-mail address QuickBooks accepts (it needs an @ and a "
                                      f"dot after it)."))
    return tuple(found)


def doc_checks(doc_number: str | None) -> tuple[Check, ...]:
    if doc_number and len(doc_number) > DOC_NUMBER_LIMIT:
        return (("doc_number_length",
                 f"The number '{doc_number}' is {len(doc_number)} characters long; QuickBooks allows "
                 f"{DOC_NUMBER_LIMIT}."),)
    return ()


def account_type_check(code: str, what: str, name: str, actual: AccountType,
                       allowed: tuple[AccountType, ...] | frozenset[AccountType]) -> tuple[Check, ...]:
    """6430 before it happens: ``what`` must come out of (or go into) one of ``allowed``."""
    if actual in allowed:
        return ()
    wanted = " or ".join(sorted(t.value for t in allowed)) if len(allowed) <= 3 else "an asset"
    return ((code, f"{what} needs a {wanted} account; '{name}' is a {actual.value} account."),)


def journal_checks(debits: Decimal, credits: Decimal, lines: int, ar_without_customer: bool,
                   ap_without_vendor: bool) -> tuple[Check, ...]:
    """Intuit's JournalEntry rules: at least a debit and a credit line, equal totals, names on A/R and A/P."""
    found: list[Check] = []
    if lines < 2:
        found.append(("journal_lines", "A journal entry needs at least two lines, a debit and a credit."))
    if debits != credits:
        found.append(("journal_unbalanced",
                      f"The debits ({debits}) and the credits ({credits}) of this journal entry are not equal."))
    if ar_without_customer:
        found.append(("journal_ar_customer",
                      "A line on an Accounts Receivable account must name a customer."))
    if ap_without_vendor:
        found.append(("journal_ap_vendor", "A line on an Accounts Payable account must name a vendor."))
    return tuple(found)


def bill_payment_checks(total: Decimal, charges: Decimal, credits: Decimal) -> tuple[Check, ...]:
    """A bill payment cannot be negative, nor use more credit than the bills it pays (the amount is the bills
    paid less the credits used; anything beyond is a credit with the vendor)."""
    if total < 0:
        return (("bill_payment_amount", "A bill payment's amount cannot be negative."),)
    if credits > charges or charges - credits > total:
        return (("bill_payment_amount",
                 f"The bills paid ({charges}) less the credits used ({credits}) exceed the amount paid ({total})."),)
    return ()


# What the lines of a payment, bill payment or deposit may link to and be kept here (docs/sync.md).
KEPT_LINKS = {"Payment": ("Invoice", "CreditMemo"), "BillPayment": ("Bill", "VendorCredit"),
              "Deposit": ("Payment", "SalesReceipt")}


def qbo_row_checks(row: dict[str, Any], home_currency: str | None, entity: str = "") -> tuple[Check, ...]:
    """What a QuickBooks record holds that the company file cannot keep yet (docs/sync.md, the table of
    record types).

    Amounts here are in the company's home currency and carry no sales tax: a record in
    another currency (a multicurrency company's foreign customer, vendor, bank account or
    transaction) or a transaction that charges sales tax would come here with amounts that
    no longer add up, and so would a payment applied to a journal entry (an opening
    balance) or a deposit of a transfer, whose link has nowhere to go here. Such a record
    stays in QuickBooks with a problem that says why, rather than arrive wrong.
    """
    found: list[Check] = []
    for line in row.get("Line") or () if entity in KEPT_LINKS else ():
        for link in (line.get("LinkedTxn") or ()) if isinstance(line, dict) else ():
            kind = link.get("TxnType") if isinstance(link, dict) else None
            if kind and kind not in KEPT_LINKS[entity]:
                found.append(("unsupported_link", f"A line is linked to {kind} {link.get('TxnId')}."))
                break
    currency = row.get("CurrencyRef")
    code = currency.get("value") if isinstance(currency, dict) else None
    if home_currency and code and str(code) != home_currency:
        found.append(("foreign_currency", f"It is in {code}; the company's home currency is {home_currency}."))
    tax = row.get("TxnTaxDetail")
    total_tax = tax.get("TotalTax") if isinstance(tax, dict) else None
    if total_tax not in (None, "") and Decimal(str(total_tax)) != 0:
        found.append(("sales_tax", f"It charges {Decimal(str(total_tax))} of sales tax."))
    return tuple(found)
