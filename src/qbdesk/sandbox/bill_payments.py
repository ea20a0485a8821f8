"""Bill payments: money paid to a vendor against its bills, by check or by credit card.

Intuit's BillPayment reference: ``VendorRef``, ``TotalAmt``, ``PayType`` (Check |
CreditCard) and ``Line`` are required, and with them the block of the pay type —
``CheckPayment.BankAccountRef`` for a check, ``CreditCardPayment.CCAccountRef`` for
a card. Lines link the bills paid and the vendor credits used; "If TotalAmt is
greater than the total on the lines being paid, the overpayment is treated as a
credit". The sandbox holds it to what it holds customer payments to: no more paid
on a bill than it still owes, no more credit used than a vendor credit has, the
credits never beyond the bills (QuickBooks' text for applied amounts exceeding
charges), only the vendor's own bills (620), and an amount (6000 "You must set a
transaction amount."). A check comes out of a Bank account, a card payment out of
a Credit Card account (6430).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from qbdesk.sandbox import faults
from qbdesk.sandbox.company import ZERO, ref_id
from qbdesk.sandbox.context import WriteContext, enum_of, money_of
from qbdesk.sandbox.faults import QboFault
from qbdesk.sandbox.sales import location, txn_date

PAY_BLOCKS = {"Check": ("CheckPayment", "BankAccountRef", "Bank"),
              "CreditCard": ("CreditCardPayment", "CCAccountRef", "Credit Card")}


def normalize_bill_payment(ctx: WriteContext, data: dict[str, Any],
                           existing: dict[str, Any] | None) -> dict[str, Any]:
    ctx.require(data, "VendorRef")
    ctx.require(data, "PayType")
    if data.get("Line") is None:
        ctx.errors.append(faults.required_param("Line"))
    ctx.check()
    if data.get("TotalAmt") is None:
        raise faults.transaction_amount_missing()
    pay_type = enum_of(data["PayType"], PAY_BLOCKS, "PayType")
    block, field, account_type = PAY_BLOCKS[pay_type]
    other = next(b for b, _f, _t in PAY_BLOCKS.values() if b != block)
    data.pop(other, None)
    details = data.get(block)
    if not isinstance(details, dict) or not details.get(field):
        raise QboFault(faults.required_param(f"{block}.{field}"))
    account = ctx.resolve(details[field], "Account", f"{block}.{field}")
    if account.get("AccountType") != account_type:
        raise faults.invalid_account_type(faults.ACCOUNT_TYPE_TXN, f"{block}.{field}")
    if pay_type == "Check":
        details.setdefault("PrintStatus", "NeedToPrint")
    vendor = ctx.resolve(data["VendorRef"], "Vendor", "VendorRef")
    if data.get("APAccountRef"):
        payable = ctx.resolve(data["APAccountRef"], "Account", "APAccountRef")
        if payable.get("AccountType") != "Accounts Payable":
            raise faults.invalid_account_type(faults.ACCOUNT_TYPE_TXN, "APAccountRef")
    location(ctx, data)
    txn_date(ctx, data)
    total = money_of(data["TotalAmt"], "TotalAmt")
    charges, credits = _lines(ctx, data, str(vendor["Id"]), str(existing["Id"]) if existing is not None else None)
    if credits > charges or charges - credits > total:
        raise faults.charges_exceed_received()
    data["TotalAmt"] = total
    data["PayType"] = pay_type
    data["domain"], data["sparse"] = "QBO", False
    return data


def _lines(ctx: WriteContext, data: dict[str, Any], vendor_id: str, own_id: str | None) -> tuple[Decimal, Decimal]:
    """Check each line against the bill or vendor credit it links; returns (bills paid, credits used)."""
    charges = credits = ZERO
    for line in data.get("Line") or []:
        if not isinstance(line, dict):
            raise faults.malformed_body("Line")
        if line.get("Amount") is None:
            raise QboFault(faults.required_param("Line.Amount"))
        amount = money_of(line["Amount"], "Line.Amount")
        links = line.get("LinkedTxn") or []
        for link in links:
            kind, target_id = link.get("TxnType"), str(link.get("TxnId"))
            if kind not in ("Bill", "VendorCredit"):
                continue
            target = ctx.lookup(kind, target_id)
            if target is None:
                if ctx.company.is_deleted(kind, target_id):
                    raise faults.transaction_deleted()
                raise faults.invalid_reference("Line.LinkedTxn.TxnId")
            if ref_id(target.get("VendorRef")) != vendor_id:
                raise faults.cannot_link(kind, target_id, party="vendor")
            already = ctx.company.applied_to(kind, target_id).get(own_id or "", ZERO)
            if amount > Decimal(target.get("Balance") or 0) + already:
                raise faults.charges_exceed_received()
            if kind == "Bill":
                charges += amount
            else:
                credits += amount
        line["Amount"] = amount
        line["LinkedTxn"] = [{"TxnId": str(lt.get("TxnId")), "TxnType": lt.get("TxnType")} for lt in links]
    return charges, credits


BILL_PAYMENT_NORMALIZERS = {"BillPayment": normalize_bill_payment}
