"""Customer payments, each optionally applied to one open invoice of the same customer.

Rows are checked in order against what earlier rows already applied, so a file
can never pay an invoice more than its open balance.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from functools import partial
from typing import Any

from qbdesk.store.csv_import.columns import Column
from qbdesk.store.csv_import.names import NameIndex
from qbdesk.store.csv_import.plan import Run
from qbdesk.store.csv_import.reading import CsvRow
from qbdesk.store.csv_import.values import MONEY_PLACES
from qbdesk.store.lists import Customer, PaymentMethod
from qbdesk.store.transactions import Invoice, Payment, PaymentApplication

COLUMNS = (
    Column("customer", True), Column("date", True), Column("amount", True), Column("payment_method"),
    Column("reference"), Column("invoice_number"), Column("memo"),
)


def check(run: Run, rows: Iterable[CsvRow]) -> None:
    customers = NameIndex(run.all(Customer), lambda c: c.display_name)
    methods = NameIndex(run.all(PaymentMethod), lambda m: m.name)
    invoices: dict[str, list[Invoice]] = {}
    for existing in run.all(Invoice):
        if existing.doc_number is not None:
            invoices.setdefault(existing.doc_number, []).append(existing)
    applied: dict[int, Decimal] = {}  # invoice id -> paid by earlier rows of this file
    for csv_row in rows:
        r = run.row(csv_row)
        customer = r.reference("customer", customers, "no_customer", required=True)
        fields: dict[str, Any] = {
            "customer": customer,
            "txn_date": r.date("date", required=True),
            "total": r.decimal("amount", MONEY_PLACES, required=True, minimum="positive", noun="amount"),
            "payment_method": r.reference("payment_method", methods, "no_payment_method"),
            "reference_number": r.text("reference", 21),
            "memo": r.text("memo", 4000),
        }
        invoice: Invoice | None = None
        if number := r.text("invoice_number", 21):
            found = invoices.get(number, [])
            if not found:
                r.fail("invoice_number", "no_invoice", number=number)
            elif len(found) > 1:
                r.fail("invoice_number", "ambiguous_invoice", number=number)
            else:
                invoice = found[0]
                if customer is not None and invoice.customer_id != customer.id:
                    r.fail("invoice_number", "invoice_other_customer", number=number,
                           customer=invoice.customer.display_name)
        if invoice is not None and fields["total"] is not None and r.ok:
            open_balance = invoice.balance - applied.get(invoice.id, Decimal(0))
            if fields["total"] > open_balance:
                r.fail("amount", "over_balance", amount=fields["total"], balance=open_balance, number=number)
            else:
                applied[invoice.id] = applied.get(invoice.id, Decimal(0)) + fields["total"]
        if r.ok:
            run.plan_record(r.number, "payments", partial(_payment, fields, invoice))


def _payment(fields: dict[str, Any], invoice: Invoice | None) -> Payment:
    payment = Payment(**fields)
    if invoice is not None:
        payment.applications.append(PaymentApplication(invoice=invoice, amount=fields["total"]))
    return payment
