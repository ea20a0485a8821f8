"""Invoice numbers kept in step with QuickBooks (TaxDome's "Sync invoice numbers", seed 004).

When the company's "Keep invoice numbers in step with QuickBooks" setting is on,
a new invoice gets max(last number in QuickBooks, last number here) + 1, and a
number typed into an invoice is checked against QuickBooks as the user types:
"This number already exists in QuickBooks — use N". Plain functions, run in
background operations (they query the company file and QuickBooks).

QuickBooks' sales forms (invoices, credit memos, refund receipts) share one
number sequence, so the highest number here is taken over all three, as the
engine's own pre-flight check does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import select

from qbdesk.store import Company, CreditMemo, Invoice, Link, LinkState, RefundReceipt

if TYPE_CHECKING:
    from qbdesk.qbo.client import QboClient

RECENT: Final = 100      # QuickBooks invoices looked at for its highest number (the newest ones)
MAX_PROBES: Final = 25   # numbers tried upwards before giving up on a free one


@dataclass(frozen=True)
class NumberCheck:
    number: str
    taken: bool                 # QuickBooks already has another invoice with this number
    suggestion: int | None      # the next number free on both sides


def _numeric(values: Any) -> int:
    return max((int(v) for v in values if v and str(v).isdigit()), default=0)


def highest_here(company: Company) -> int:
    with company.sessions() as s:
        return max(_numeric(s.scalars(select(model.doc_number).where(model.doc_number.is_not(None))))
                   for model in (Invoice, CreditMemo, RefundReceipt))


def highest_in_qbo(client: QboClient) -> int:
    """The highest number among QuickBooks' newest invoices (one query, not the whole list)."""
    pages = client.query_pages("SELECT * FROM Invoice ORDERBY MetaData.CreateTime DESC", page_size=RECENT)
    return _numeric(row.get("DocNumber") for row in next(iter(pages), []))


def taken_in_qbo(client: QboClient, number: str, own_qbo_id: str | None = None) -> bool:
    """Whether another QuickBooks invoice than this one's twin uses ``number``."""
    from qbdesk.sync.changes import quote

    where = f"DocNumber = {quote(number)}"
    if client.count("Invoice", where) == 0:
        return False
    if own_qbo_id is None:
        return True
    return any(str(row.get("Id")) != own_qbo_id for row in client.query(f"SELECT * FROM Invoice WHERE {where}"))


def taken_here(company: Company, number: str, own_id: int | None) -> bool:
    with company.sessions() as s:
        query = select(Invoice.id).where(Invoice.doc_number == number)
        if own_id is not None:
            query = query.where(Invoice.id != own_id)
        return s.scalars(query.limit(1)).first() is not None


def suggest_number(company: Company, client: QboClient | None) -> int:
    """max(last QuickBooks number, last number here) + 1, moved up past any number QuickBooks still has."""
    candidate = max(highest_here(company), highest_in_qbo(client) if client is not None else 0) + 1
    for _ in range(MAX_PROBES):
        if not taken_here(company, str(candidate), None) and \
                (client is None or not taken_in_qbo(client, str(candidate))):
            break
        candidate += 1
    return candidate


def twin_of(company: Company, invoice_id: int) -> str | None:
    with company.sessions() as s:
        return s.scalars(select(Link.qbo_id).where(Link.entity_type == "Invoice", Link.local_id == invoice_id,
                                                   Link.state == LinkState.LINKED)).first()


def check_number(company: Company, client: QboClient, number: str, invoice_id: int | None) -> NumberCheck:
    number = number.strip()
    if not number:
        return NumberCheck(number, False, None)
    own = twin_of(company, invoice_id) if invoice_id is not None else None
    if not taken_in_qbo(client, number, own):
        return NumberCheck(number, False, None)
    return NumberCheck(number, True, suggest_number(company, client))
