"""The generated business's sales: estimates, invoices (some made from an estimate), credit memos,
payments (some using a credit memo), sales receipts and refunds.

Sales forms share one number sequence, as in QuickBooks. A payment never applies
more than an invoice still owes, a credit memo is used at most for what it holds,
and a payment's amount is the invoices paid less the credits used.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

from qbdesk.store.demo import CENT, Books
from qbdesk.store.lists import Customer
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

ZERO = Decimal("0.00")


def _lines(books: Books, line_cls: Any, count: int) -> list[Any]:
    lines = []
    for n in range(1, count + 1):
        item = books.rng.choice(books.items)
        lines.append(line_cls(line_num=n, item=item, description=item.name,
                              quantity=Decimal(books.rng.randint(1, 8)), unit_price=item.unit_price,
                              tracking_class=books.some_class()))
    return lines


def _total(lines: list[Any]) -> Decimal:
    return sum(((line.quantity * line.unit_price).quantize(CENT) for line in lines), ZERO)


def _since(books: Books, customer: Customer) -> Any:
    return max(customer.customer_since or books.start, books.start)


def generate_sales(books: Books) -> None:
    if not books.buyers or not books.items:
        return
    estimates = _estimates(books)
    invoices, open_balance = _invoices(books, estimates)
    memos = _credit_memos(books)
    _payments(books, invoices, open_balance, memos)
    _sales_receipts(books)
    _refunds(books)


def _estimates(books: Books) -> list[Estimate]:
    estimates = []
    for _ in range(books.plan["Estimate"]):
        customer = books.rng.choice(books.buyers)
        txn = books.day_between(_since(books, customer), books.today)
        estimate = Estimate(customer=customer, txn_date=txn, doc_number=books.number(),
                            expiration_date=txn + timedelta(days=30), location=books.some_location(),
                            status=books.rng.choice((EstimateStatus.PENDING, EstimateStatus.ACCEPTED,
                                                     EstimateStatus.REJECTED)),
                            created_at=books.stamp(txn))
        estimate.lines = _lines(books, EstimateLine, books.rng.randint(1, 3))
        estimates.append(estimate)
    books.add("Estimate", estimates)
    return estimates


def _invoices(books: Books, estimates: list[Estimate]) -> tuple[list[Invoice], dict[int, Decimal]]:
    """Invoices; an accepted estimate becomes one (its lines, the estimate then closed)."""
    rng = books.rng
    accepted = [e for e in estimates if e.status is EstimateStatus.ACCEPTED]
    invoices: list[Invoice] = []
    open_balance: dict[int, Decimal] = {}
    for _ in range(books.plan["Invoice"]):
        estimate = accepted.pop() if accepted and rng.random() < 0.5 else None
        customer = estimate.customer if estimate is not None else rng.choice(books.buyers)
        first = estimate.txn_date if estimate is not None else _since(books, customer)
        txn = books.day_between(first, books.today)
        term = customer.term
        inv = Invoice(customer=customer, txn_date=txn, doc_number=books.number(), term=term,
                      due_date=txn + timedelta(days=term.due_days or 0) if term and term.due_days is not None
                      else txn + timedelta(days=30),
                      memo=books.fake.sentence(nb_words=5) if rng.random() < 0.3 else None,
                      location=books.some_location(), created_at=books.stamp(txn))
        if estimate is not None:
            inv.estimate = estimate
            estimate.status = EstimateStatus.CLOSED
            inv.lines = [InvoiceLine(line_num=ln.line_num, item=ln.item, description=ln.description,
                                     quantity=ln.quantity, unit_price=ln.unit_price,
                                     tracking_class=ln.tracking_class) for ln in estimate.lines]
        else:
            inv.lines = _lines(books, InvoiceLine, rng.randint(1, 4))
        invoices.append(inv)
        open_balance[id(inv)] = _total(inv.lines)
    books.add("Invoice", invoices)
    return invoices, open_balance


def _credit_memos(books: Books) -> dict[int, list[tuple[CreditMemo, Decimal]]]:
    """Credit memos, by customer, with what each still holds."""
    by_customer: dict[int, list[tuple[CreditMemo, Decimal]]] = {}
    memos = []
    for _ in range(books.plan["CreditMemo"]):
        customer = books.rng.choice(books.buyers)
        txn = books.day_between(_since(books, customer), books.today)
        memo = CreditMemo(customer=customer, txn_date=txn, doc_number=books.number(),
                          location=books.some_location(), created_at=books.stamp(txn))
        memo.lines = _lines(books, CreditMemoLine, 1)
        memos.append(memo)
        by_customer.setdefault(id(customer), []).append((memo, _total(memo.lines)))
    books.add("CreditMemo", memos)
    return by_customer


def _payments(books: Books, invoices: list[Invoice], open_balance: dict[int, Decimal],
              memos: dict[int, list[tuple[CreditMemo, Decimal]]]) -> None:
    rng, today = books.rng, books.today
    by_customer: dict[int, list[Invoice]] = {}
    for inv in invoices:
        by_customer.setdefault(id(inv.customer), []).append(inv)
    payments: list[Payment] = []
    candidates = list(invoices)
    rng.shuffle(candidates)
    for inv in candidates[: books.plan["Payment"]]:
        due = open_balance[id(inv)]
        if due <= 0:
            continue
        amount = due if rng.random() < 0.75 else (due * Decimal(rng.randint(20, 90)) / 100).quantize(CENT)
        amount = max(min(amount, due), CENT)
        paid_on = books.day_between(inv.txn_date, min(inv.txn_date + timedelta(days=90), today))
        pay = Payment(customer=inv.customer, txn_date=paid_on, total=amount, payment_method=rng.choice(books.methods),
                      deposit_account=books.accounts["undeposited"], reference_number=str(rng.randint(1000, 99999)),
                      created_at=books.stamp(paid_on))
        pay.applications.append(PaymentApplication(invoice=inv, amount=amount))
        open_balance[id(inv)] = due - amount
        # Now and then one payment settles a second open invoice of the same customer too.
        sibling = next((o for o in by_customer.get(id(inv.customer), [])
                        if o is not inv and open_balance[id(o)] > 0 and o.txn_date <= paid_on), None)
        if sibling is not None and rng.random() < 0.15:
            extra = open_balance[id(sibling)]
            pay.total = amount + extra
            pay.applications.append(PaymentApplication(invoice=sibling, amount=extra))
            open_balance[id(sibling)] = Decimal(0)
        # And now and then the customer's credit memo pays part of it (QuickBooks applies credits so).
        credits = memos.get(id(inv.customer), [])
        usable = next(((i, m, left) for i, (m, left) in enumerate(credits) if left > 0 and m.txn_date <= paid_on),
                      None)
        if usable is not None and rng.random() < 0.6 and pay.total > CENT:
            index, memo, left = usable
            used = min(left, pay.total - CENT)
            pay.applications.append(PaymentApplication(credit_memo=memo, amount=used))
            pay.total -= used
            credits[index] = (memo, left - used)
        payments.append(pay)
    books.add("Payment", payments)


def _sales_receipts(books: Books) -> None:
    rng = books.rng
    receipts = []
    for _ in range(books.plan["SalesReceipt"]):
        customer = rng.choice(books.buyers)
        txn = books.day_between(_since(books, customer), books.today)
        into = books.accounts["undeposited"] if rng.random() < 0.8 else books.accounts["checking"]
        receipt = SalesReceipt(customer=customer, txn_date=txn, doc_number=books.number(), deposit_account=into,
                               payment_method=rng.choice(books.methods), location=books.some_location(),
                               created_at=books.stamp(txn))
        receipt.lines = _lines(books, SalesReceiptLine, rng.randint(1, 2))
        receipts.append(receipt)
    books.add("SalesReceipt", receipts)


def _refunds(books: Books) -> None:
    refunds = []
    for _ in range(books.plan["RefundReceipt"]):
        customer = books.rng.choice(books.buyers)
        txn = books.day_between(_since(books, customer), books.today)
        refund = RefundReceipt(customer=customer, txn_date=txn, doc_number=books.number(),
                               deposit_account=books.accounts["checking"],
                               payment_method=books.rng.choice(books.methods), created_at=books.stamp(txn))
        refund.lines = _lines(books, RefundReceiptLine, 1)
        refunds.append(refund)
    books.add("RefundReceipt", refunds)
