"""Two people editing one record: the second save is refused, never silently lost.

Every business record has a ``version`` column that SQLAlchemy uses as an
optimistic lock: an UPDATE says ``WHERE id = … AND version = <the version I read>``.
If someone else saved in between, no row matches and SQLAlchemy raises
``StaleDataError``. :class:`EditConflict` is that error told in words a user reads
("Someone else changed this customer; reload to see their change"), raised by
:func:`conflicts_explained` around the code that saves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm.exc import StaleDataError

from qbdesk.store.base import Base

# What a record is called in the message, by table.
NOUNS = {
    "accounts": "account", "payment_methods": "payment method", "terms": "term", "tax_codes": "tax code",
    "items": "product or service", "customers": "customer", "vendors": "vendor", "invoices": "invoice",
    "invoice_lines": "invoice", "payments": "payment", "payment_applications": "payment",
    "credit_memos": "credit memo", "credit_memo_lines": "credit memo", "refund_receipts": "refund",
    "refund_receipt_lines": "refund", "expenses": "expense", "expense_lines": "expense", "bills": "bill",
    "bill_lines": "bill", "classes": "class", "locations": "location", "estimates": "estimate",
    "estimate_lines": "estimate", "sales_receipts": "sales receipt", "sales_receipt_lines": "sales receipt",
    "deposits": "deposit", "deposit_lines": "deposit", "transfers": "transfer", "journal_entries": "journal entry",
    "journal_entry_lines": "journal entry", "vendor_credits": "vendor credit", "vendor_credit_lines": "vendor credit",
    "bill_payments": "bill payment", "bill_payment_lines": "bill payment", "purchase_orders": "purchase order",
    "purchase_order_lines": "purchase order",
}
_TABLE = re.compile(r"on table '([^']+)'")


class EditConflict(Exception):
    """Someone else saved (or deleted) this record after it was read here; this edit was not saved.

    The database cannot tell "changed" from "deleted" here (no row had the version
    read), so the message asks for a reload, which shows which it was.
    """

    def __init__(self, table: str | None) -> None:
        self.table = table
        self.noun = NOUNS.get(table or "", "record")
        super().__init__(f"Someone else changed this {self.noun}; reload to see their change")

    @classmethod
    def from_stale(cls, error: StaleDataError) -> EditConflict:
        match = _TABLE.search(str(error))
        return cls(match.group(1) if match and match.group(1) in Base.metadata.tables else None)


@contextmanager
def conflicts_explained() -> Iterator[None]:
    """Turn a ``StaleDataError`` raised inside the block (at flush or commit) into :class:`EditConflict`.

    Put it outside the session block so the commit is inside it::

        with conflicts_explained(), company.session() as s:
            s.get(Customer, cid).email = "new@example.com"
    """
    try:
        yield
    except StaleDataError as exc:
        raise EditConflict.from_stale(exc) from exc
