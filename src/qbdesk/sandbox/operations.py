"""Create, read, update (full and sparse), delete, void and deactivate.

QuickBooks decides create or update by the presence of ``Id``; an update must
carry the current ``SyncToken`` (optimistic locking: anything else is 5010); a
sparse update changes only the fields sent, a full update clears the writable
fields it omits. An update that changes nothing leaves the entity, its
SyncToken and its LastUpdatedTime alone (recorded: deactivating an already
inactive account). Transactions can be deleted (gone for good, a ``Deleted``
stub for CDC, 610 if used again) or voided; name lists cannot be deleted, only
made inactive. Nothing may change on or before the company's closing date
(6210), and what payments depend on is guarded by :mod:`qbdesk.sandbox.dependents`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from qbdesk.sandbox import dependents, faults
from qbdesk.sandbox.banking import BANKING_NORMALIZERS
from qbdesk.sandbox.bill_payments import BILL_PAYMENT_NORMALIZERS
from qbdesk.sandbox.clock import stamp
from qbdesk.sandbox.company import ZERO, money
from qbdesk.sandbox.context import WriteContext, check_properties, date_of, length_errors
from qbdesk.sandbox.jsonio import clone
from qbdesk.sandbox.lists import NORMALIZERS as LIST_NORMALIZERS
from qbdesk.sandbox.lists import finish_list
from qbdesk.sandbox.purchases import PURCHASE_NORMALIZERS
from qbdesk.sandbox.sales import SALES_NORMALIZERS
from qbdesk.sandbox.schema import SPECS, EntitySpec
from qbdesk.sandbox.tracking import TRACKING_NORMALIZERS

Normalizer = Callable[[WriteContext, dict[str, Any], dict[str, Any] | None], dict[str, Any]]
NORMALIZERS: dict[str, Normalizer] = {**LIST_NORMALIZERS, **TRACKING_NORMALIZERS, **SALES_NORMALIZERS,
                                      **PURCHASE_NORMALIZERS, **BILL_PAYMENT_NORMALIZERS, **BANKING_NORMALIZERS}

# Never taken from a request: QuickBooks owns them.
READ_ONLY = frozenset({"Id", "SyncToken", "MetaData", "domain", "sparse", "status", "FullyQualifiedName",
                       "Balance", "BalanceWithJobs", "Classification", "CurrentBalance",
                       "CurrentBalanceWithSubAccounts", "RemainingCredit", "UnappliedAmt", "HomeBalance",
                       "SubAccount", "Level"})
COMPUTED_TOTAL = frozenset({"Invoice", "CreditMemo", "SalesReceipt", "RefundReceipt", "Estimate", "Purchase",
                            "Bill", "VendorCredit", "PurchaseOrder", "Deposit", "JournalEntry"})
# Derived by the company from other entities; an update is "no change" if only these would differ.
DERIVED = frozenset({"MetaData", "SyncToken", "Balance", "BalanceWithJobs", "LinkedTxn", "RemainingCredit",
                     "sparse", "_ts"})
VOIDABLE_BY_UPDATE = ("Payment", "SalesReceipt", "RefundReceipt", "BillPayment")


def _writable(entity: str, body: dict[str, Any]) -> dict[str, Any]:
    skip = READ_ONLY | ({"TotalAmt"} if entity in COMPUTED_TOTAL else frozenset())
    return {k: clone(v) for k, v in body.items() if k not in skip}


def find_target(ctx: WriteContext, entity: str, entity_id: Any) -> dict[str, Any]:
    """The entity an update, delete or void names; 610 in QuickBooks' two wordings when it is gone."""
    target_id = str(entity_id)
    existing = ctx.lookup(entity, target_id)
    if existing is None:
        if ctx.company.is_deleted(entity, target_id):
            raise faults.transaction_deleted()
        raise faults.object_not_found()
    return existing


def check_sync_token(ctx: WriteContext, body: dict[str, Any], existing: dict[str, Any]) -> None:
    token = body.get("SyncToken")
    if token is None or token == "":
        raise faults.QboFault(faults.required_param("SyncToken"))
    if str(token) != str(existing.get("SyncToken")):
        raise faults.stale_object(ctx.company.settings.user_name)


def check_period(ctx: WriteContext, *days: Any) -> None:
    close = ctx.company.pref("AccountingInfoPrefs", "BookCloseDate")
    if not close:
        return
    limit = date.fromisoformat(str(close)[:10])
    for day in days:
        if day and date_of(day, "TxnDate") <= limit:
            raise faults.account_period_closed()


def _same(new: dict[str, Any], old: dict[str, Any]) -> bool:
    keys = (set(new) | set(old)) - DERIVED
    return all(new.get(k) == old.get(k) for k in keys)


def commit(ctx: WriteContext, entity: str, data: dict[str, Any], existing: dict[str, Any] | None) -> dict[str, Any]:
    now = ctx.company.clock.now()
    moment = stamp(now)
    if existing is None:
        data["Id"] = ctx.company.next_id(entity)
        data["SyncToken"] = "0"
        data["MetaData"] = {"CreateTime": moment, "LastUpdatedTime": moment}
    else:
        data["Id"] = existing["Id"]
        data["SyncToken"] = str(int(existing.get("SyncToken") or 0) + 1)
        created = (existing.get("MetaData") or {}).get("CreateTime", moment)
        data["MetaData"] = {"CreateTime": created, "LastUpdatedTime": moment}
    data["_ts"] = now.timestamp()
    return ctx.company.put(entity, data)


def write(ctx: WriteContext, entity: str, body: Any) -> dict[str, Any]:
    """POST /{entity}: create, or update when the body has an Id."""
    spec = SPECS[entity]
    if not isinstance(body, dict):
        raise faults.malformed_body(entity)
    check_properties(spec, body)
    if spec.kind == "singleton":
        return write_singleton(ctx, spec, body)
    existing = None
    if body.get("Id") not in (None, ""):
        existing = find_target(ctx, entity, body["Id"])
        check_sync_token(ctx, body, existing)
    sparse = str(body.get("sparse")).lower() == "true"
    if existing is not None and sparse:
        data = clone(existing)
        data.update(_writable(entity, body))
    else:
        data = _writable(entity, body)
        if existing is not None:
            data.update({k: v for k, v in existing.items() if k.startswith("_")})
    # Field problems (lengths here, missing fields in the normalizer) are reported together.
    ctx.errors.extend(length_errors(spec, data))
    data = NORMALIZERS[entity](ctx, data, existing)
    if "CurrencyRef" in spec.properties:  # a record names no currency: it is in the company's home currency
        data.setdefault("CurrencyRef", ctx.company.home_currency())
    ctx.check()
    if spec.is_list:
        finish_list(ctx, entity, data, existing)
        if entity == "Customer" and not data["Active"] and (existing is None or existing.get("Active", True)):
            _deactivate_jobs(ctx, str(existing["Id"]) if existing else None)
    if spec.is_txn:
        check_period(ctx, data.get("TxnDate"), (existing or {}).get("TxnDate"))
        if existing is not None:
            dependents.check_update(ctx, entity, data, existing)
    if existing is not None and _same(data, existing):
        return existing
    result = commit(ctx, entity, data, existing)
    if entity == "Customer" and existing is not None and \
            existing.get("FullyQualifiedName") != result.get("FullyQualifiedName"):
        _rename_jobs(ctx, result)
    return result


def _rename_jobs(ctx: WriteContext, parent: dict[str, Any]) -> None:
    """A job's full name starts with its parent's: renaming (or deactivating) the parent renames the jobs."""
    for job_id in sorted(ctx.company.jobs_of(str(parent["Id"]))):
        job = ctx.company.get("Customer", job_id)
        if job is None:
            continue
        data = clone(job)
        data["FullyQualifiedName"] = f"{parent['FullyQualifiedName']}:{data['DisplayName']}"
        ctx.company.touch(data)
        ctx.company.put("Customer", data)
        _rename_jobs(ctx, data)


def _deactivate_jobs(ctx: WriteContext, customer_id: str | None) -> None:
    if customer_id is None:
        return
    for job_id in list(ctx.company.jobs_of(customer_id)):
        job = ctx.company.get("Customer", job_id)
        if job is None or not job.get("Active", True):
            continue
        data = clone(job)
        data["Active"] = False
        finish_list(ctx, "Customer", data, job)
        _deactivate_jobs(ctx, job_id)
        commit(ctx, "Customer", data, job)


def write_singleton(ctx: WriteContext, spec: EntitySpec, body: dict[str, Any]) -> dict[str, Any]:
    """CompanyInfo and Preferences: one per company, changed by (deep-merged) update only."""
    existing = ctx.company.singleton(spec.name)
    check_sync_token(ctx, body, existing)
    data = clone(existing)
    for key, value in _writable(spec.name, body).items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key].update(value)
        else:
            data[key] = value
    ctx.errors.extend(length_errors(spec, data))
    ctx.check()
    if spec.name == "Preferences":
        close = (data.get("AccountingInfoPrefs") or {}).get("BookCloseDate")
        if close:
            data["AccountingInfoPrefs"]["BookCloseDate"] = date_of(close, "BookCloseDate").isoformat()
    if _same(data, existing):
        return existing
    return commit(ctx, spec.name, data, existing)


def delete(ctx: WriteContext, entity: str, body: Any) -> dict[str, Any]:
    """POST /{entity}?operation=delete for transactions; lists are made inactive instead."""
    spec = SPECS[entity]
    if not spec.is_txn:
        raise faults.unsupported_operation("Operation Delete is not supported.")
    if not isinstance(body, dict):
        raise faults.malformed_body(entity)
    if body.get("Id") in (None, ""):
        raise faults.QboFault(faults.required_param("Id"))
    existing = find_target(ctx, entity, body["Id"])
    check_sync_token(ctx, body, existing)
    check_period(ctx, existing.get("TxnDate"))
    dependents.check_delete(ctx, entity, existing)
    _unlink_payments(ctx, entity, str(existing["Id"]))
    ctx.company.remove(entity, str(existing["Id"]))
    return {"domain": "QBO", "status": "Deleted", "Id": str(existing["Id"])}


def void(ctx: WriteContext, entity: str, body: Any) -> dict[str, Any]:
    """Zero a transaction but keep it (``operation=void`` for invoices, ``include=void`` for the others)."""
    if entity != "Invoice" and entity not in VOIDABLE_BY_UPDATE:
        raise faults.unsupported_operation("Operation Void is not supported.")
    if not isinstance(body, dict):
        raise faults.malformed_body(entity)
    if body.get("Id") in (None, ""):
        raise faults.QboFault(faults.required_param("Id"))
    existing = find_target(ctx, entity, body["Id"])
    check_sync_token(ctx, body, existing)
    check_period(ctx, existing.get("TxnDate"))
    if entity == "Invoice":
        _unlink_payments(ctx, entity, str(existing["Id"]))
        existing = ctx.company.get(entity, str(existing["Id"])) or existing
    dependents.check_void(ctx, entity, existing)
    data = clone(existing)
    for line in data.get("Line") or []:
        line["Amount"] = ZERO
        detail = line.get("SalesItemLineDetail")
        if isinstance(detail, dict):
            detail.pop("Qty", None)
            detail.pop("UnitPrice", None)
    data["TotalAmt"] = ZERO
    if entity == "Payment":
        data["UnappliedAmt"] = ZERO
    elif entity == "BillPayment":
        data["Line"] = []  # "all lines are cleared" (Intuit's BillPayment reference)
    else:
        data["Balance"] = ZERO
    # "the string, Voided, is injected into Invoice.PrivateNote, prepended to existing text"
    note = str(existing.get("PrivateNote") or "").strip()
    data["PrivateNote"] = "Voided" if not note or note.startswith("Voided") else f"Voided {note}"
    return commit(ctx, entity, data, existing)


# Who applies a document, and which of its types are charges (the rest are credits).
_APPLIERS = {"Invoice": ("Payment", "Invoice"), "CreditMemo": ("Payment", "Invoice"),
             "Bill": ("BillPayment", "Bill"), "VendorCredit": ("BillPayment", "Bill")}


def _unlink_payments(ctx: WriteContext, entity: str, entity_id: str) -> None:
    """A deleted or voided invoice or credit memo drops out of the payments applied to it (a bill or vendor
    credit out of its bill payments): what they paid becomes a credit with the customer or vendor."""
    if entity not in _APPLIERS:
        return
    payer, charge = _APPLIERS[entity]
    for payment_id in sorted(ctx.company.applied_to(entity, entity_id)):
        payment = ctx.company.get(payer, payment_id)
        if payment is None:
            continue
        data = clone(payment)
        kept = [line for line in data.get("Line") or []
                if not any(lt.get("TxnType") == entity and str(lt.get("TxnId")) == entity_id
                           for lt in line.get("LinkedTxn") or [])]
        data["Line"] = kept
        if payer == "Payment":
            charges = sum((Decimal(ln["Amount"]) for ln in kept
                           if any(lt.get("TxnType") == charge for lt in ln.get("LinkedTxn") or [])), ZERO)
            credits = sum((Decimal(ln["Amount"]) for ln in kept
                           if any(lt.get("TxnType") != charge for lt in ln.get("LinkedTxn") or [])), ZERO)
            data["UnappliedAmt"] = money(Decimal(data.get("TotalAmt") or 0) - (charges - credits))
        commit(ctx, payer, data, payment)


def read(ctx: WriteContext, entity: str, entity_id: str) -> dict[str, Any]:
    spec = SPECS[entity]
    if spec.kind == "singleton":
        return ctx.company.singleton(entity)
    return find_target(ctx, entity, entity_id)
