"""Transactions other transactions depend on: what QuickBooks refuses to delete or shrink under them.

An invoice (or credit memo) that payments are applied to carries money that is not its own:

- **delete** — Intuit's Invoice reference: "You must unlink any linked transactions associated with the
  invoice object before deleting it." The sandbox refuses (800, Intuit's "Cannot delete object") while a
  payment is applied, so a client learns to unapply or delete the payment first. The QuickBooks web app
  instead deletes and leaves the payment as a credit; the API documentation is what a client talks to, so
  the sandbox follows it (the disagreement is written down in docs/qbo-rules.md).
- **void** — documented without that condition ("The transaction remains active but all amounts and
  quantities are zeroed"), so it goes ahead and the payments' applied amounts become unapplied credit
  (:func:`qbdesk.sandbox.operations.void`).
- **edit below what was paid** — undocumented; the sandbox takes the strictest reading and refuses an
  update that would leave a negative balance, with QuickBooks' own text for applied amounts exceeding the
  charges.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from qbdesk.sandbox import faults
from qbdesk.sandbox.company import ZERO
from qbdesk.sandbox.context import WriteContext

DOCUMENTS = ("Invoice", "CreditMemo")  # what payments are applied to


def applied(ctx: WriteContext, entity: str, entity_id: str) -> Decimal:
    """What payments have applied to (or used of) this invoice or credit memo."""
    if entity not in DOCUMENTS:
        return ZERO
    return sum(ctx.company.applied_to(entity, entity_id).values(), ZERO)


def check_delete(ctx: WriteContext, entity: str, existing: dict[str, Any]) -> None:
    """Only an invoice's payments block its deletion (the documented case), and only through the API."""
    if entity == "Invoice" and not ctx.web_app and ctx.company.applied_to(entity, str(existing["Id"])):
        raise faults.cannot_delete()


def check_update(ctx: WriteContext, entity: str, data: dict[str, Any], existing: dict[str, Any]) -> None:
    """An invoice or credit memo may not drop below what its payments already applied."""
    used = applied(ctx, entity, str(existing["Id"]))
    if used and Decimal(data.get("TotalAmt") or 0) < used:
        raise faults.charges_exceed_received()
