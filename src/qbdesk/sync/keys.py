"""Natural keys: how a record here and its twin in QuickBooks recognise each other.

Both snapshot builders (the company file's and QuickBooks') build keys with these
functions, so a match never depends on which side a value came from. Names are
compared case- and space-insensitively; transactions by document number and
their customer or vendor; payments and bill payments (which have no number of
their own) by customer or vendor, date, amount and reference; deposits,
transfers and journal entries by date, amount and the accounts (or number) they
name.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from qbdesk.sync.snapshot import money_key, norm


def name_key(name: str | None) -> str:
    return norm(name)


def sales_doc_key(doc_number: str | None, customer_key: str, fallback: str) -> str:
    return f"{norm(doc_number)}|{customer_key}" if doc_number else f"~{fallback}"


def payment_key(customer_key: str, day: date | None, amount: Decimal | None, reference: str | None) -> str:
    return f"{customer_key}|{day.isoformat() if day else ''}|{money_key(amount)}|{norm(reference)}"


def purchase_key(day: date | None, amount: Decimal | None, account_key: str, doc_number: str | None) -> str:
    return f"{day.isoformat() if day else ''}|{money_key(amount)}|{account_key}|{norm(doc_number)}"


def bill_key(vendor_key: str, doc_number: str | None, fallback: str) -> str:
    return f"{vendor_key}|{norm(doc_number)}" if doc_number else f"~{fallback}"


def deposit_key(day: date | None, amount: Decimal | None, account_key: str) -> str:
    """A deposit has no number: its date, amount and bank account."""
    return f"{day.isoformat() if day else ''}|{money_key(amount)}|{account_key}"


def transfer_key(day: date | None, amount: Decimal | None, from_key: str, to_key: str) -> str:
    return f"{day.isoformat() if day else ''}|{money_key(amount)}|{from_key}|{to_key}"


def journal_key(day: date | None, debits: Decimal | None, doc_number: str | None) -> str:
    """A journal entry by its date, its debits and its number (QuickBooks' TotalAmt of one is always 0)."""
    return f"{day.isoformat() if day else ''}|{money_key(debits)}|{norm(doc_number)}"
