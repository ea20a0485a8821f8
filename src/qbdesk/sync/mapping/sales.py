"""Sales forms and customer payments both ways: invoices, credit memos, refund receipts, sales receipts,
estimates, payments.

A payment's lines link what it pays (invoices) and what it uses (credit memos):
QuickBooks applies a credit memo to an invoice exactly that way, the payment's
amount being the charges less the credits. An invoice made from an estimate
carries a ``LinkedTxn`` of type Estimate.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from qbdesk.store.sales_forms import Estimate, EstimateLine, EstimateStatus, SalesReceipt, SalesReceiptLine
from qbdesk.store.transactions import (
    CreditMemo,
    CreditMemoLine,
    Invoice,
    InvoiceLine,
    Payment,
    PaymentApplication,
    RefundReceipt,
    RefundReceiptLine,
)
from qbdesk.sync.mapping.common import (
    Json,
    LocalRef,
    QboRef,
    day,
    dec,
    iso,
    linked,
    linked_local,
    local,
    location,
    maybe,
    put,
    read_location,
    read_sales_lines,
    ref,
    required_local,
    required_ref,
    sales_lines,
    text,
    txn_day,
)

SalesForm = Invoice | CreditMemo | RefundReceipt | SalesReceipt | Estimate
_LINES: dict[type[Any], type[Any]] = {Invoice: InvoiceLine, CreditMemo: CreditMemoLine,
                                      RefundReceipt: RefundReceiptLine, SalesReceipt: SalesReceiptLine,
                                      Estimate: EstimateLine}


def sales_form_to(record: SalesForm, qbo_ref: QboRef) -> Json:
    doc: Json = {}
    put(doc, "DocNumber", record.doc_number)
    doc["TxnDate"] = iso(record.txn_date)
    if isinstance(record, SalesReceipt):
        maybe(doc, "CustomerRef", ref(qbo_ref, "Customer", record.customer_id, "CustomerRef"))
    else:
        doc["CustomerRef"] = required_ref(qbo_ref, "Customer", record.customer_id, "CustomerRef")
    if record.memo:
        doc["CustomerMemo"] = {"value": record.memo}
    put(doc, "PrivateNote", record.private_note)
    location(doc, record, qbo_ref)
    doc["Line"] = sales_lines(record.lines, qbo_ref)
    if isinstance(record, Invoice):
        put(doc, "DueDate", iso(record.due_date))
        maybe(doc, "SalesTermRef", ref(qbo_ref, "Term", record.term_id, "SalesTermRef"))
        if record.email:
            doc["BillEmail"] = {"Address": record.email}
        if record.estimate_id is not None:
            doc["LinkedTxn"] = [linked(qbo_ref, "Estimate", record.estimate_id)]
    elif isinstance(record, Estimate):
        put(doc, "ExpirationDate", iso(record.expiration_date))
        doc["TxnStatus"] = record.status.value
        if record.email:
            doc["BillEmail"] = {"Address": record.email}
    elif isinstance(record, RefundReceipt | SalesReceipt):
        maybe(doc, "DepositToAccountRef", ref(qbo_ref, "Account", record.deposit_account_id, "DepositToAccountRef"))
        maybe(doc, "PaymentMethodRef", ref(qbo_ref, "PaymentMethod", record.payment_method_id, "PaymentMethodRef"))
        if isinstance(record, SalesReceipt):
            put(doc, "PaymentRefNum", record.reference_number)
    return doc


def payment_to(record: Payment, qbo_ref: QboRef) -> Json:
    doc: Json = {"CustomerRef": required_ref(qbo_ref, "Customer", record.customer_id, "CustomerRef"),
                 "TxnDate": iso(record.txn_date), "TotalAmt": record.total}
    maybe(doc, "PaymentMethodRef", ref(qbo_ref, "PaymentMethod", record.payment_method_id, "PaymentMethodRef"))
    maybe(doc, "DepositToAccountRef", ref(qbo_ref, "Account", record.deposit_account_id, "DepositToAccountRef"))
    put(doc, "PaymentRefNum", record.reference_number)
    put(doc, "PrivateNote", record.memo)
    lines = []
    for a in record.applications:
        target = linked(qbo_ref, "CreditMemo", a.credit_memo_id) if a.credit_memo_id is not None \
            else linked(qbo_ref, "Invoice", a.invoice_id)
        lines.append({"Amount": a.amount, "LinkedTxn": [target]})
    doc["Line"] = lines
    return doc


# --- reading -------------------------------------------------------------------------------------


def sales_form_from(record: SalesForm, row: Json, local_ref: LocalRef) -> None:
    record.doc_number = text(row, "DocNumber", 21)
    record.txn_date = txn_day(row)
    if isinstance(record, SalesReceipt):
        record.customer_id = local(local_ref, "Customer", row.get("CustomerRef"), "CustomerRef")
    else:
        record.customer_id = required_local(local_ref, "Customer", row.get("CustomerRef"), "CustomerRef")
    record.memo = text(row.get("CustomerMemo") or {}, "value", 1000)
    record.private_note = text(row, "PrivateNote", 4000)
    read_location(record, row, local_ref)
    record.lines = read_sales_lines(row, local_ref, _LINES[type(record)])
    if isinstance(record, Invoice):
        record.due_date = day(row.get("DueDate"))
        record.term_id = local(local_ref, "Term", row.get("SalesTermRef"), "SalesTermRef")
        record.email = text(row.get("BillEmail") or {}, "Address", 100)
        estimates = [lt for lt in row.get("LinkedTxn") or () if lt.get("TxnType") == "Estimate"]
        record.estimate_id = linked_local(local_ref, "Estimate", estimates[0].get("TxnId")) if estimates else None
    elif isinstance(record, Estimate):
        record.expiration_date = day(row.get("ExpirationDate"))
        status = str(row.get("TxnStatus") or "Pending")
        # QuickBooks' fifth status, Converted, is a closed estimate by another name (the invoice links it).
        record.status = EstimateStatus(status) if status in EstimateStatus._value2member_map_ \
            else EstimateStatus.CLOSED
        record.email = text(row.get("BillEmail") or {}, "Address", 100)
    elif isinstance(record, RefundReceipt | SalesReceipt):
        record.deposit_account_id = local(local_ref, "Account", row.get("DepositToAccountRef"), "DepositToAccountRef")
        record.payment_method_id = local(local_ref, "PaymentMethod", row.get("PaymentMethodRef"), "PaymentMethodRef")
        if isinstance(record, SalesReceipt):
            record.reference_number = text(row, "PaymentRefNum", 21)


def payment_from(record: Payment, row: Json, local_ref: LocalRef) -> None:
    record.customer_id = required_local(local_ref, "Customer", row.get("CustomerRef"), "CustomerRef")
    record.txn_date = txn_day(row)
    record.total = dec(row.get("TotalAmt")) or Decimal(0)
    record.payment_method_id = local(local_ref, "PaymentMethod", row.get("PaymentMethodRef"), "PaymentMethodRef")
    record.deposit_account_id = local(local_ref, "Account", row.get("DepositToAccountRef"), "DepositToAccountRef")
    record.reference_number = text(row, "PaymentRefNum", 21)
    record.memo = text(row, "PrivateNote")
    apps = []
    for line in row.get("Line") or ():
        for link in line.get("LinkedTxn") or ():
            kind = link.get("TxnType")
            if kind not in ("Invoice", "CreditMemo"):
                continue  # a journal entry or expense credit: not kept here (docs/sync.md)
            target = linked_local(local_ref, kind, link.get("TxnId"))
            app = PaymentApplication(amount=dec(line.get("Amount")))
            if kind == "Invoice":
                app.invoice_id = target
            else:
                app.credit_memo_id = target
            apps.append(app)
    record.applications = apps


WRITERS: dict[type[Any], Any] = {cls: sales_form_to for cls in _LINES} | {Payment: payment_to}
READERS: dict[type[Any], Any] = {cls: sales_form_from for cls in _LINES} | {Payment: payment_from}
