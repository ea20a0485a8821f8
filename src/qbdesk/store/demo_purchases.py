"""The generated business's purchases: expenses, bills, vendor credits, bill payments, purchase orders.

Expenses come out of the checking account (cash, check) or the credit card; bills
carry vendor document numbers unique per vendor; bill payments pay bills by check
from the checking account or on the credit card, never more than a bill still owes,
now and then using the vendor's credit; purchase orders post nothing, the older
ones closed.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from decimal import Decimal

from qbdesk.store.demo import EXPENSE_KEYS, Books
from qbdesk.store.lists import ItemType
from qbdesk.store.purchasing import (
    BillPayment,
    BillPaymentLine,
    BillPayType,
    PurchaseOrder,
    PurchaseOrderLine,
    PurchaseOrderStatus,
    VendorCredit,
    VendorCreditLine,
)
from qbdesk.store.transactions import Bill, BillLine, Expense, ExpenseLine, PaymentType

ZERO = Decimal("0.00")


def generate_purchases(books: Books) -> None:
    _expenses(books)
    if not books.vendors:
        return
    bills = _bills(books)
    credits = _vendor_credits(books)
    _bill_payments(books, bills, credits)
    _purchase_orders(books)


def _expenses(books: Books) -> None:
    rng, accounts = books.rng, books.accounts
    expenses = []
    for _ in range(books.plan["Purchase"]):
        kind = rng.choice(list(PaymentType))
        txn = books.day_between(books.start, books.today)
        source = accounts["visa"] if kind is PaymentType.CREDIT_CARD else accounts["checking"]
        exp = Expense(txn_date=txn, payment_type=kind, account=source,
                      vendor=rng.choice(books.vendors) if books.vendors else None,
                      doc_number=books.check() if kind is PaymentType.CHECK else None,
                      location=books.some_location(), created_at=books.stamp(txn))
        for n in range(1, rng.randint(1, 3) + 1):
            exp.lines.append(ExpenseLine(line_num=n, account=accounts[rng.choice(EXPENSE_KEYS)],
                                         amount=books.money(5, 900), description=books.fake.sentence(nb_words=4),
                                         tracking_class=books.some_class()))
        expenses.append(exp)
    books.add("Purchase", expenses)


def _bills(books: Books) -> list[Bill]:
    rng, accounts = books.rng, books.accounts
    bills = []
    vendor_docs: Counter[int] = Counter()
    for _ in range(books.plan["Bill"]):
        vendor = rng.choice(books.vendors)
        vendor_docs[id(vendor)] += 1
        txn = books.day_between(books.start, books.today)
        term = vendor.term
        bill = Bill(vendor=vendor, txn_date=txn, term=term, ap_account=accounts["ap"],
                    doc_number=f"{vendor.display_name[:3].upper()}-{vendor_docs[id(vendor)]:05d}",
                    due_date=txn + timedelta(days=term.due_days or 0) if term and term.due_days is not None
                    else txn + timedelta(days=30), location=books.some_location(), created_at=books.stamp(txn))
        for n in range(1, rng.randint(1, 3) + 1):
            bill.lines.append(BillLine(line_num=n, account=accounts[rng.choice(EXPENSE_KEYS)],
                                       amount=books.money(20, 2500), description=books.fake.sentence(nb_words=4),
                                       tracking_class=books.some_class()))
        bills.append(bill)
    books.add("Bill", bills)
    return bills


def _vendor_credits(books: Books) -> list[VendorCredit]:
    rng, accounts = books.rng, books.accounts
    credits = []
    for n in range(books.plan["VendorCredit"]):
        vendor = rng.choice(books.vendors)
        txn = books.day_between(books.start, books.today)
        credit = VendorCredit(vendor=vendor, txn_date=txn, ap_account=accounts["ap"], doc_number=f"CR-{n + 1:05d}",
                              memo=books.fake.sentence(nb_words=4), created_at=books.stamp(txn))
        credit.lines.append(VendorCreditLine(line_num=1, account=accounts[rng.choice(EXPENSE_KEYS)],
                                             amount=books.money(10, 300), description=books.fake.sentence(nb_words=3)))
        credits.append(credit)
    books.add("VendorCredit", credits)
    return credits


def _bill_payments(books: Books, bills: list[Bill], credits: list[VendorCredit]) -> None:
    rng, accounts, today = books.rng, books.accounts, books.today
    left = {id(c): sum((ln.amount for ln in c.lines), ZERO) for c in credits}
    payments = []
    candidates = list(bills)
    rng.shuffle(candidates)
    for bill in candidates[: books.plan["BillPayment"]]:
        owed = sum((ln.amount for ln in bill.lines), ZERO)
        amount = owed if rng.random() < 0.8 else (owed * Decimal(rng.randint(30, 90)) / 100).quantize(Decimal("0.01"))
        paid_on = books.day_between(bill.txn_date, min(bill.txn_date + timedelta(days=60), today))
        by_card = rng.random() < 0.2
        pay = BillPayment(vendor=bill.vendor, txn_date=paid_on, total=amount, ap_account=accounts["ap"],
                          pay_type=BillPayType.CREDIT_CARD if by_card else BillPayType.CHECK,
                          account=accounts["visa"] if by_card else accounts["checking"],
                          doc_number=None if by_card else books.check(), created_at=books.stamp(paid_on))
        pay.applications.append(BillPaymentLine(bill=bill, amount=amount))
        credit = next((c for c in credits if c.vendor is bill.vendor and left[id(c)] > 0 and c.txn_date <= paid_on),
                      None)
        if credit is not None and amount > left[id(credit)]:
            used = left[id(credit)]
            pay.applications.append(BillPaymentLine(vendor_credit=credit, amount=used))
            pay.total = amount - used
            left[id(credit)] = ZERO
        payments.append(pay)
    books.add("BillPayment", payments)


def _purchase_orders(books: Books) -> None:
    rng, accounts = books.rng, books.accounts
    goods = [i for i in books.items if i.item_type is not ItemType.SERVICE and i.expense_account is not None]
    orders = []
    for n in range(books.plan["PurchaseOrder"]):
        vendor = rng.choice(books.vendors)
        txn = books.day_between(books.start, books.today)
        status = PurchaseOrderStatus.CLOSED if (books.today - txn).days > 60 else PurchaseOrderStatus.OPEN
        order = PurchaseOrder(vendor=vendor, txn_date=txn, doc_number=f"PO-{n + 1:05d}", status=status,
                              due_date=txn + timedelta(days=14), ap_account=accounts["ap"],
                              location=books.some_location(), created_at=books.stamp(txn))
        for line_num in range(1, rng.randint(1, 3) + 1):
            if goods:
                item = rng.choice(goods)
                qty = Decimal(rng.randint(5, 50))
                cost = item.purchase_cost or item.unit_price
                order.lines.append(PurchaseOrderLine(line_num=line_num, item=item, quantity=qty, unit_price=cost,
                                                     amount=(qty * cost).quantize(Decimal("0.01")),
                                                     description=item.name))
            else:
                order.lines.append(PurchaseOrderLine(line_num=line_num, account=accounts["supplies"],
                                                     amount=books.money(50, 900),
                                                     description=books.fake.sentence(nb_words=3)))
        orders.append(order)
    books.add("PurchaseOrder", orders)
