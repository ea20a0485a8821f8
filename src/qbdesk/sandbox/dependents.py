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

A bill (or vendor credit) that bill payments apply follows the same rules — Intuit's Bill reference
carries the same "You must unlink any linked transactions" sentence. A payment or sales receipt that a
deposit took out of Undeposited Funds "cannot be changed": deleting or voiding it, or changing its
amount, account or customer, is 6540 ("This transaction has been deposited. If you want to change or
delete it, you must edit the deposit it appears on and remove it first." — Intuit's common-errors page);
which changes count is the sandbox's reading (a memo may still change).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from qbdesk.sandbox import faults
from qbdesk.sandbox.company import ZERO
from qbdesk.sandbox.context import WriteContext

DOCUMENTS = ("Invoice", "CreditMemo", "Bill", "VendorCredit")  # what payments and bill payments apply
DEPOSITABLE = ("Payment", "SalesReceipt")  # what deposits take out of Undeposited Funds
DEPOSITED_FIELDS = ("TotalAmt", "DepositToAccountRef", "CustomerRef")


def applied(ctx: WriteContext, entity: str, entity_id: str) -> Decimal:
    """What payments have applied to (or used of) this invoice or credit memo."""
    if entity not in DOCUMENTS:
        return ZERO
    return sum(ctx.company.applied_to(entity, entity_id).values(), ZERO)


def deposited(ctx: WriteContext, entity: str, entity_id: str) -> bool:
    return entity in DEPOSITABLE and bool(ctx.company.applied_to(entity, entity_id))


def check_delete(ctx: WriteContext, entity: str, existing: dict[str, Any]) -> None:
    """An invoice's payments (a bill's or vendor credit's bill payments) block its deletion through the API
    (the documented case); a deposited payment or sales receipt cannot be deleted at all."""
    entity_id = str(existing["Id"])
    if deposited(ctx, entity, entity_id):
        raise faults.deposited()
    if entity in ("Invoice", "Bill", "VendorCredit") and not ctx.web_app and ctx.company.applied_to(entity, entity_id):
        raise faults.cannot_delete()


def check_void(ctx: WriteContext, entity: str, existing: dict[str, Any]) -> None:
    if deposited(ctx, entity, str(existing["Id"])):
        raise faults.deposited()


def check_update(ctx: WriteContext, entity: str, data: dict[str, Any], existing: dict[str, Any]) -> None:
    """A document may not drop below what was applied to it; a deposited payment keeps its money as it is."""
    entity_id = str(existing["Id"])
    used = applied(ctx, entity, entity_id)
    if used and Decimal(data.get("TotalAmt") or 0) < used:
        raise faults.charges_exceed_received()
    if deposited(ctx, entity, entity_id) and any(_plain(data.get(f)) != _plain(existing.get(f))
                                                 for f in DEPOSITED_FIELDS):
        raise faults.deposited()


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return value.get("value")
    return Decimal(str(value)) if isinstance(value, Decimal | int | float) else value
