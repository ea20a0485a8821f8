"""Deposits, transfers and journal entries: the bank and the accountant's forms.

**Deposit** (Intuit's reference and ``qbo-api.md`` Part 2 §4.2): ``DepositToAccountRef``
(a Bank or Other Current Asset account, 6430 otherwise) and at least one line. A
line either links what Undeposited Funds holds (``LinkedTxn`` to a Payment or
SalesReceipt — "Any transaction that funds Undeposited Funds") or brings other
money from the account its ``DepositLineDetail`` names; a line with the detail
but no account is 2020 ``Required parameter Line.DepositLineDetail.AccountRef is
missing in the request`` (python-quickbooks#329), and a line that is neither is
6000 ``Select a bank account for this deposit`` (python-quickbooks#391). The total
is computed. A transaction can be deposited once: a second deposit of it is the
6540 QuickBooks gives for changing a deposited transaction (the sandbox's reading).

**Transfer**: ``FromAccountRef``, ``ToAccountRef`` and ``Amount`` are required, and
"Both accounts must have Account.Classification set to Asset" (6430).

**JournalEntry**: "at least one pair of lines, a debit and a credit" (6000 "Fill
out at least two detail lines to continue.", recorded), each line's
``PostingType`` and ``AccountRef``; an A/R line "needs to have a Customer in the
Name Field" (6000 "When you use Accounts Receivable, you must choose a customer in
the Name field.", recorded) and an A/P line a vendor (the same sentence for
vendors: the sandbox's by analogy); and "If … the total amount on debit is not
equal to total amount on credit, an error is returned" — 6000, in words of the
sandbox's (no recorded payload has them). Its ``TotalAmt`` "will always be set to
zero".
"""

from __future__ import annotations

from typing import Any

from qbdesk.sandbox import faults
from qbdesk.sandbox.company import ZERO
from qbdesk.sandbox.context import WriteContext, boolean, enum_of, money_of
from qbdesk.sandbox.faults import QboFault
from qbdesk.sandbox.sales import assign_line_ids, location, txn_date

DEPOSIT_TYPES = ("Bank", "Other Current Asset")
DEPOSITABLE = ("Payment", "SalesReceipt", "RefundReceipt", "Transfer", "JournalEntry")  # Intuit's list
ENTITY_TYPES = ("Customer", "Vendor", "Employee")


def _finish(data: dict[str, Any]) -> dict[str, Any]:
    data["domain"], data["sparse"] = "QBO", False
    return data


def normalize_deposit(ctx: WriteContext, data: dict[str, Any], existing: dict[str, Any] | None) -> dict[str, Any]:
    ctx.require(data, "DepositToAccountRef")
    ctx.require(data, "Line")
    ctx.check()
    account = ctx.resolve(data["DepositToAccountRef"], "Account", "DepositToAccountRef")
    if account.get("AccountType") not in DEPOSIT_TYPES:
        raise faults.invalid_account_type(faults.ACCOUNT_TYPE_TXN, "DepositToAccountRef")
    location(ctx, data)
    txn_date(ctx, data)
    own_id = str(existing["Id"]) if existing is not None else None
    total = ZERO
    lines = data["Line"]
    if not isinstance(lines, list):
        raise faults.malformed_body("Line")
    for line in lines:
        if not isinstance(line, dict):
            raise faults.malformed_body("Line")
        if line.get("Amount") is None:
            raise QboFault(faults.required_param("Line.Amount"))
        line["Amount"] = money_of(line["Amount"], "Line.Amount")
        links = [lt for lt in line.get("LinkedTxn") or [] if lt.get("TxnType") in DEPOSITABLE]
        if links and line.get("DetailType") != "DepositLineDetail":
            _linked_line(ctx, links, own_id)
        elif line.get("DetailType") == "DepositLineDetail" or isinstance(line.get("DepositLineDetail"), dict):
            _direct_line(ctx, line)
        else:
            raise faults.business_validation("Select a bank account for this deposit")
        total += line["Amount"]
    assign_line_ids(data, lines, existing)
    data["TotalAmt"] = total
    return _finish(data)


def _linked_line(ctx: WriteContext, links: list[dict[str, Any]], own_id: str | None) -> None:
    for link in links:
        kind, target_id = str(link.get("TxnType")), str(link.get("TxnId"))
        target = ctx.lookup(kind, target_id)
        if target is None:
            if ctx.company.is_deleted(kind, target_id):
                raise faults.transaction_deleted()
            raise faults.invalid_reference("Line.LinkedTxn.TxnId")
        elsewhere = set(ctx.company.applied_to(kind, target_id)) - {own_id}
        if elsewhere:
            raise faults.deposited()
        link["TxnId"] = target_id
        link.setdefault("TxnLineId", "0")


def _direct_line(ctx: WriteContext, line: dict[str, Any]) -> None:
    line["DetailType"] = "DepositLineDetail"
    detail = line.get("DepositLineDetail")
    if not isinstance(detail, dict) or not detail.get("AccountRef"):
        raise QboFault(faults.required_param("Line.DepositLineDetail.AccountRef"))
    ctx.resolve(detail["AccountRef"], "Account", "Line.DepositLineDetail.AccountRef")
    entity = detail.get("Entity")
    if isinstance(entity, dict) and entity.get("value"):
        kind = enum_of(entity.get("type") or "Customer", ENTITY_TYPES, "Line.DepositLineDetail.Entity.type")
        ctx.resolve(entity, kind, "Line.DepositLineDetail.Entity",
                    inactive="customer" if kind == "Customer" else "reference")
        entity["type"] = kind
    if detail.get("PaymentMethodRef"):
        ctx.resolve(detail["PaymentMethodRef"], "PaymentMethod", "Line.DepositLineDetail.PaymentMethodRef")
    if detail.get("ClassRef"):
        ctx.resolve(detail["ClassRef"], "Class", "Line.DepositLineDetail.ClassRef")


def normalize_transfer(ctx: WriteContext, data: dict[str, Any], existing: dict[str, Any] | None) -> dict[str, Any]:
    ctx.require(data, "FromAccountRef")
    ctx.require(data, "ToAccountRef")
    if data.get("Amount") is None:
        ctx.errors.append(faults.required_param("Amount"))
    ctx.check()
    for field in ("FromAccountRef", "ToAccountRef"):
        account = ctx.resolve(data[field], "Account", field)
        if account.get("Classification") != "Asset":
            raise faults.invalid_account_type(faults.ACCOUNT_TYPE_TXN, field)
    data["Amount"] = money_of(data["Amount"], "Amount")
    txn_date(ctx, data)
    data["domain"], data["sparse"] = "QBO", False
    return data


def normalize_journal_entry(ctx: WriteContext, data: dict[str, Any],
                            existing: dict[str, Any] | None) -> dict[str, Any]:
    ctx.require(data, "Line")
    ctx.check()
    lines = data["Line"]
    if not isinstance(lines, list):
        raise faults.malformed_body("Line")
    debits = credits = ZERO
    detail_lines = 0
    for line in lines:
        if not isinstance(line, dict):
            raise faults.malformed_body("Line")
        if line.get("DetailType", "JournalEntryLineDetail") == "DescriptionOnly":
            line["Amount"] = ZERO
            continue
        line["DetailType"] = "JournalEntryLineDetail"
        detail = line.get("JournalEntryLineDetail")
        if not isinstance(detail, dict):
            raise QboFault(faults.required_param("Line.JournalEntryLineDetail"))
        if line.get("Amount") is None:
            raise QboFault(faults.required_param("Line.Amount"))
        amount = money_of(line["Amount"], "Line.Amount")
        line["Amount"] = amount
        if not detail.get("PostingType"):
            raise QboFault(faults.required_param("Line.JournalEntryLineDetail.PostingType"))
        posting = enum_of(detail["PostingType"], ("Debit", "Credit"), "Line.JournalEntryLineDetail.PostingType")
        if not detail.get("AccountRef"):
            raise QboFault(faults.required_param("Line.JournalEntryLineDetail.AccountRef"))
        account = ctx.resolve(detail["AccountRef"], "Account", "Line.JournalEntryLineDetail.AccountRef")
        _line_entity(ctx, detail, str(account.get("AccountType")))
        for name, entity in (("ClassRef", "Class"), ("DepartmentRef", "Department")):
            if detail.get(name):
                ctx.resolve(detail[name], entity, f"Line.JournalEntryLineDetail.{name}")
        detail["PostingType"] = posting
        detail_lines += 1
        if posting == "Debit":
            debits += amount
        else:
            credits += amount
    if detail_lines < 2:
        raise faults.business_validation("Fill out at least two detail lines to continue.")
    if debits != credits:
        raise faults.journal_unbalanced()
    assign_line_ids(data, lines, existing)
    txn_date(ctx, data)
    data["Adjustment"] = boolean(data.get("Adjustment"), False)
    data["TotalAmt"] = ZERO  # "The value of this field will always be set to zero."
    data.setdefault("TxnTaxDetail", {})
    return _finish(data)


def _line_entity(ctx: WriteContext, detail: dict[str, Any], account_type: str) -> None:
    entity = detail.get("Entity")
    kind: str | None = None
    if isinstance(entity, dict) and isinstance(entity.get("EntityRef"), dict):
        kind = enum_of(entity.get("Type") or "Customer", ENTITY_TYPES, "Line.JournalEntryLineDetail.Entity.Type")
        ctx.resolve(entity["EntityRef"], kind, "Line.JournalEntryLineDetail.Entity.EntityRef",
                    inactive="customer" if kind == "Customer" else "reference")
        entity["Type"] = kind
    if account_type == "Accounts Receivable" and kind != "Customer":
        raise faults.business_validation("When you use Accounts Receivable, you must choose a customer in the "
                                         "Name field.")
    if account_type == "Accounts Payable" and kind != "Vendor":
        raise faults.business_validation("When you use Accounts Payable, you must choose a vendor in the Name "
                                         "field.")


BANKING_NORMALIZERS = {"Deposit": normalize_deposit, "Transfer": normalize_transfer,
                       "JournalEntry": normalize_journal_entry}
