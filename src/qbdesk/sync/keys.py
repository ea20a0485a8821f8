"""Natural keys: how a record here and its twin in QuickBooks recognise each other.

Both snapshot builders (the company file's and QuickBooks') build keys with these
functions, so a match never depends on which side a value came from. Names are
compared case- and space-insensitively; transactions by document number and
their customer or vendor; payments (which have no number) by customer, date,
amount and reference.
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
