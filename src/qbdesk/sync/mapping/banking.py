"""Deposits, transfers and journal entries both ways.

A deposit line either links a payment or sales receipt waiting in Undeposited
Funds (``LinkedTxn`` — and then no ``DetailType``: with one, QuickBooks asks for
the line's account, python-quickbooks#329) or brings other money from an account
(``DepositLineDetail``). A journal entry line names a customer or vendor as
``Entity: {Type, EntityRef}`` (Intuit's JournalEntry reference); a deposit line
names it as a reference with a ``type``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from qbdesk.store.banking import (
    Deposit,
    DepositLine,
    GeneralJournalEntry,
    GeneralJournalLine,
    PostingType,
    Transfer,
)
from qbdesk.sync.mapping.common import (
    Json,
    LocalRef,
    QboRef,
    dec,
    iso,
    linked,
    linked_local,
    local,
    location,
    maybe,
    put,
    read_location,
    ref,
    required_local,
    required_ref,
    text,
    txn_day,
)


def deposit_to(record: Deposit, qbo_ref: QboRef) -> Json:
    doc: Json = {"DepositToAccountRef": required_ref(qbo_ref, "Account", record.account_id, "DepositToAccountRef"),
                 "TxnDate": iso(record.txn_date)}
    put(doc, "PrivateNote", record.memo)
    location(doc, record, qbo_ref)
    lines = []
    for n, line in enumerate(record.lines, start=1):
        out: Json = {"LineNum": line.line_num or n, "Amount": line.amount}
        put(out, "Description", line.description)
        if line.payment_id is not None or line.sales_receipt_id is not None:
            kind = "Payment" if line.payment_id is not None else "SalesReceipt"
            target = linked(qbo_ref, kind, line.payment_id if kind == "Payment" else line.sales_receipt_id)
            out["LinkedTxn"] = [{**target, "TxnLineId": "0"}]
        else:
            detail: Json = {"AccountRef": required_ref(qbo_ref, "Account", line.account_id, "AccountRef")}
            if line.customer_id is not None:
                detail["Entity"] = {**required_ref(qbo_ref, "Customer", line.customer_id, "Entity"),
                                    "type": "Customer"}
            elif line.vendor_id is not None:
                detail["Entity"] = {**required_ref(qbo_ref, "Vendor", line.vendor_id, "Entity"), "type": "Vendor"}
            maybe(detail, "PaymentMethodRef", ref(qbo_ref, "PaymentMethod", line.payment_method_id,
                                                  "PaymentMethodRef"))
            put(detail, "CheckNum", line.check_number)
            maybe(detail, "ClassRef", ref(qbo_ref, "Class", line.class_id, "ClassRef"))
            out["DetailType"] = "DepositLineDetail"
            out["DepositLineDetail"] = detail
        lines.append(out)
    doc["Line"] = lines
    return doc


def transfer_to(record: Transfer, qbo_ref: QboRef) -> Json:
    doc: Json = {"FromAccountRef": required_ref(qbo_ref, "Account", record.from_account_id, "FromAccountRef"),
                 "ToAccountRef": required_ref(qbo_ref, "Account", record.to_account_id, "ToAccountRef"),
                 "Amount": record.amount, "TxnDate": iso(record.txn_date)}
    put(doc, "PrivateNote", record.memo)
    return doc


def journal_entry_to(record: GeneralJournalEntry, qbo_ref: QboRef) -> Json:
    doc: Json = {"TxnDate": iso(record.txn_date), "Adjustment": bool(record.adjustment)}
    put(doc, "DocNumber", record.doc_number)
    put(doc, "PrivateNote", record.memo)
    lines = []
    for n, line in enumerate(record.lines, start=1):
        detail: Json = {"PostingType": line.posting_type.value,
                        "AccountRef": required_ref(qbo_ref, "Account", line.account_id, "AccountRef")}
        if line.customer_id is not None:
            detail["Entity"] = {"Type": "Customer",
                                "EntityRef": required_ref(qbo_ref, "Customer", line.customer_id, "Entity")}
        elif line.vendor_id is not None:
            detail["Entity"] = {"Type": "Vendor",
                                "EntityRef": required_ref(qbo_ref, "Vendor", line.vendor_id, "Entity")}
        maybe(detail, "ClassRef", ref(qbo_ref, "Class", line.class_id, "ClassRef"))
        maybe(detail, "DepartmentRef", ref(qbo_ref, "Department", line.location_id, "DepartmentRef"))
        out: Json = {"LineNum": line.line_num or n, "Amount": line.amount, "DetailType": "JournalEntryLineDetail",
                     "JournalEntryLineDetail": detail}
        put(out, "Description", line.description)
        lines.append(out)
    doc["Line"] = lines
    return doc


# --- reading -------------------------------------------------------------------------------------


def deposit_from(record: Deposit, row: Json, local_ref: LocalRef) -> None:
    record.account_id = required_local(local_ref, "Account", row.get("DepositToAccountRef"), "DepositToAccountRef")
    record.txn_date = txn_day(row)
    record.memo = text(row, "PrivateNote", 4000)
    read_location(record, row, local_ref)
    lines: list[DepositLine] = []
    for raw in row.get("Line") or ():
        line = DepositLine(line_num=int(raw.get("LineNum") or len(lines) + 1),
                           amount=dec(raw.get("Amount")) or Decimal(0), description=text(raw, "Description", 4000))
        links = [lt for lt in raw.get("LinkedTxn") or () if lt.get("TxnType") in ("Payment", "SalesReceipt")]
        if links:
            target = linked_local(local_ref, links[0]["TxnType"], links[0].get("TxnId"))
            if links[0]["TxnType"] == "Payment":
                line.payment_id = target
            else:
                line.sales_receipt_id = target
        elif raw.get("DetailType") == "DepositLineDetail":
            detail = raw.get("DepositLineDetail") or {}
            line.account_id = required_local(local_ref, "Account", detail.get("AccountRef"), "AccountRef")
            entity = detail.get("Entity") or {}
            kind = entity.get("type") or entity.get("Type")
            if kind == "Customer":
                line.customer_id = local(local_ref, "Customer", entity, "Entity")
            elif kind == "Vendor":
                line.vendor_id = local(local_ref, "Vendor", entity, "Entity")
            line.payment_method_id = local(local_ref, "PaymentMethod", detail.get("PaymentMethodRef"),
                                           "PaymentMethodRef")
            line.check_number = text(detail, "CheckNum", 21)
            line.class_id = local(local_ref, "Class", detail.get("ClassRef"), "ClassRef")
        else:
            continue  # a line linking a transfer or journal entry: not kept here (docs/sync.md)
        lines.append(line)
    record.lines = lines


def transfer_from(record: Transfer, row: Json, local_ref: LocalRef) -> None:
    record.from_account_id = required_local(local_ref, "Account", row.get("FromAccountRef"), "FromAccountRef")
    record.to_account_id = required_local(local_ref, "Account", row.get("ToAccountRef"), "ToAccountRef")
    record.amount = dec(row.get("Amount")) or Decimal(0)
    record.txn_date = txn_day(row)
    record.memo = text(row, "PrivateNote", 4000)


def journal_entry_from(record: GeneralJournalEntry, row: Json, local_ref: LocalRef) -> None:
    record.doc_number = text(row, "DocNumber", 21)
    record.txn_date = txn_day(row)
    record.memo = text(row, "PrivateNote", 4000)
    record.adjustment = bool(row.get("Adjustment", False))
    lines: list[GeneralJournalLine] = []
    for raw in row.get("Line") or ():
        if raw.get("DetailType") != "JournalEntryLineDetail":
            continue  # a description-only line carries no amount
        detail = raw.get("JournalEntryLineDetail") or {}
        line = GeneralJournalLine(line_num=int(raw.get("LineNum") or len(lines) + 1),
                                  posting_type=PostingType(detail.get("PostingType") or "Debit"),
                                  amount=dec(raw.get("Amount")) or Decimal(0),
                                  description=text(raw, "Description", 4000),
                                  account_id=required_local(local_ref, "Account", detail.get("AccountRef"),
                                                            "AccountRef"))
        entity = detail.get("Entity") or {}
        kind = entity.get("Type") or entity.get("type")
        if kind == "Customer":
            line.customer_id = local(local_ref, "Customer", entity.get("EntityRef"), "Entity")
        elif kind == "Vendor":
            line.vendor_id = local(local_ref, "Vendor", entity.get("EntityRef"), "Entity")
        line.class_id = local(local_ref, "Class", detail.get("ClassRef"), "ClassRef")
        line.location_id = local(local_ref, "Department", detail.get("DepartmentRef"), "DepartmentRef")
        lines.append(line)
    record.lines = lines


WRITERS: dict[type[Any], Any] = {Deposit: deposit_to, Transfer: transfer_to, GeneralJournalEntry: journal_entry_to}
READERS: dict[type[Any], Any] = {Deposit: deposit_from, Transfer: transfer_from,
                                 GeneralJournalEntry: journal_entry_from}
