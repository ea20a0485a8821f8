"""What each record view shows: its columns as SQL expressions, and how to read them.

Columns are SQL, not Python attributes, so that sorting and filtering happen in
the database over every row (100k customers sort in milliseconds on an index)
instead of over the handful of rows that happen to be loaded. Related names
(an invoice's customer, an item's income account) are outer joins.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import ColumnElement, Select, bindparam, exists, or_, select
from sqlalchemy.orm import aliased

from qbdesk.store import (
    Account,
    Bill,
    BillPayment,
    CreditMemo,
    Customer,
    Deposit,
    Estimate,
    Expense,
    GeneralJournalEntry,
    Invoice,
    IssueStatus,
    Item,
    Link,
    Location,
    Payment,
    PaymentMethod,
    PurchaseOrder,
    Record,
    RefundReceipt,
    SalesReceipt,
    SyncIssue,
    TaxCode,
    Term,
    TrackingClass,
    Transfer,
    Vendor,
    VendorCredit,
)
from qbdesk.ui.base.tr import QT_TRANSLATE_NOOP


class Kind(enum.Enum):
    TEXT = "text"
    MONEY = "money"
    RATE = "rate"
    DATE = "date"
    INT = "int"
    BOOL = "bool"
    ACTIVE = "active"
    ENUM = "enum"


@dataclass(frozen=True)
class Column:
    header: str  # untranslated source (context "RecordColumns")
    expr: ColumnElement[Any]
    kind: Kind = Kind.TEXT
    filterable: bool = False
    width: int = 14  # in average characters; a starting width the user can change

    def title(self) -> str:
        return QCoreApplication.translate("RecordColumns", self.header)


@dataclass(frozen=True)
class RecordSpec:
    """A record view: the model class, its columns, the joins they need, the default order."""

    key: str
    model: type[Record]
    columns: tuple[Column, ...]
    joins: tuple[tuple[Any, Any], ...] = ()
    sort_column: int = 0
    sort_descending: bool = False
    filter_hint: str = QT_TRANSLATE_NOOP("RecordColumns", "Filter by name")
    editable: bool = True
    extra: dict[str, Any] = field(default_factory=dict)

    def id_column(self) -> ColumnElement[int]:
        return self.model.__table__.c.id  # type: ignore[attr-defined, no-any-return]

    def _from(self, stmt: Select[Any]) -> Select[Any]:
        stmt = stmt.select_from(self.model)
        for target, onclause in self.joins:
            stmt = stmt.outerjoin(target, onclause)
        return stmt

    def filter_clause(self, text: str) -> ColumnElement[bool] | None:
        text = text.strip()
        if not text:
            return None
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        clauses = [c.expr.ilike(pattern, escape="\\") for c in self.columns if c.filterable]
        return or_(*clauses) if clauses else None

    def ids_query(self, filter_text: str = "", sort_column: int | None = None,
                  descending: bool | None = None) -> Select[Any]:
        """Every matching id, in display order: the model's row index."""
        column = self.columns[self.sort_column if sort_column is None else sort_column]
        desc = self.sort_descending if descending is None else descending
        stmt = self._from(select(self.id_column()))
        clause = self.filter_clause(filter_text)
        if clause is not None:
            stmt = stmt.where(clause)
        order = column.expr.desc() if desc else column.expr.asc()
        tie = self.id_column().desc() if desc else self.id_column().asc()
        return stmt.order_by(order.nulls_last() if not desc else order.nulls_first(), tie)

    def rows_query(self, ids: Sequence[int]) -> Select[Any]:
        """The displayed values of a page of rows, looked up by primary key."""
        stmt = self._from(select(self.id_column(), *(c.expr for c in self.columns)))
        return stmt.where(self.id_column().in_(list(ids)))

    def rows_statement(self, with_sync: bool = False) -> Select[Any]:
        """:meth:`rows_query` built once, the page's ids bound at execution as ``ids``.

        With ``with_sync``, two more columns per row: the record's link state (or
        NULL when it has no link) and whether it has an open problem, as correlated
        lookups on the links' and problems' (entity, local id) indexes — one
        statement per page of rows, so the Sync column costs no extra round trip
        and no Python-side statement building while the table scrolls.
        """
        key = (self.key, with_sync)
        stmt = _STATEMENTS.get(key)
        if stmt is None:
            record_id = self.id_column()
            columns: list[Any] = [record_id, *(c.expr for c in self.columns)]
            if with_sync:
                entity = self.model.qbo_entity
                columns.append(select(Link.state).where(Link.entity_type == entity, Link.local_id == record_id)
                               .limit(1).scalar_subquery())
                columns.append(exists().where(SyncIssue.entity_type == entity, SyncIssue.local_id == record_id,
                                              SyncIssue.status == IssueStatus.OPEN))
            stmt = self._from(select(*columns)).where(record_id.in_(bindparam("ids", expanding=True)))
            _STATEMENTS[key] = stmt
        return stmt


_STATEMENTS: dict[tuple[str, bool], Select[Any]] = {}




def _col(header: str, expr: Any, kind: Kind = Kind.TEXT, *, filterable: bool = False,
         width: int = 14) -> Column:
    return Column(header, expr, kind, filterable, width)


@cache
def specs() -> dict[str, RecordSpec]:
    """Built on first use: nothing here runs before the window is on screen."""
    parent = aliased(Customer, name="parent_customer")
    income = aliased(Account, name="income_account")
    payment_account = aliased(Account, name="payment_account")
    refund_account = aliased(Account, name="refund_account")
    method = aliased(PaymentMethod, name="method")

    def party(model: type[Customer] | type[Vendor]) -> list[Column]:
        return [
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Name"), model.display_name, filterable=True, width=28),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Company"),
                 model.company_name, filterable=True, width=22),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Email"), model.email, filterable=True, width=24),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Phone"), model.phone, filterable=True, width=14),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "City"), model.city, filterable=True, width=14),
        ]

    active = QT_TRANSLATE_NOOP("RecordColumns", "Status")
    all_specs = [
        RecordSpec("customers", Customer, (
            *party(Customer)[:2],
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Sub-customer of"),
                 parent.display_name, filterable=True, width=20),
            *party(Customer)[2:],
            _col(active, Customer.active, Kind.ACTIVE, width=9),
        ), joins=((parent, Customer.parent_id == parent.id),),
            filter_hint=QT_TRANSLATE_NOOP("RecordColumns", "Filter by name, company, email, phone or city")),
        RecordSpec("vendors", Vendor, (
            *party(Vendor),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Account no."),
                 Vendor.account_number, filterable=True, width=12),
            _col(active, Vendor.active, Kind.ACTIVE, width=9),
        ), filter_hint=QT_TRANSLATE_NOOP("RecordColumns", "Filter by name, company, email, phone or city")),
        RecordSpec("items", Item, (
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Name"), Item.name, filterable=True, width=28),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Type"), Item.item_type, Kind.ENUM, width=14),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "SKU"), Item.sku, filterable=True, width=12),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Price"), Item.unit_price, Kind.RATE, width=11),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Income account"),
                 income.name, filterable=True, width=22),
            _col(active, Item.active, Kind.ACTIVE, width=9),
        ), joins=((income, Item.income_account_id == income.id),),
            filter_hint=QT_TRANSLATE_NOOP("RecordColumns", "Filter by name, SKU or account")),
        RecordSpec("accounts", Account, (
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Name"), Account.name, filterable=True, width=30),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Number"), Account.acct_num, filterable=True, width=9),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Type"), Account.account_type, Kind.ENUM, width=22),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Detail type"),
                 Account.account_subtype, filterable=True, width=22),
            _col(active, Account.active, Kind.ACTIVE, width=9),
        ), filter_hint=QT_TRANSLATE_NOOP("RecordColumns", "Filter by name, number or detail type")),
        RecordSpec("payment_methods", PaymentMethod, (
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Name"), PaymentMethod.name, filterable=True, width=28),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Type"), PaymentMethod.kind, Kind.ENUM, width=20),
            _col(active, PaymentMethod.active, Kind.ACTIVE, width=9),
        )),
        RecordSpec("terms", Term, (
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Name"), Term.name, filterable=True, width=28),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Due in (days)"), Term.due_days, Kind.INT, width=12),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Due on day of month"),
                 Term.day_of_month_due, Kind.INT, width=16),
            _col(active, Term.active, Kind.ACTIVE, width=9),
        )),
        RecordSpec("tax_codes", TaxCode, (
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Name"), TaxCode.name, filterable=True, width=24),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Description"),
                 TaxCode.description, filterable=True, width=30),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Taxable"), TaxCode.taxable, Kind.BOOL, width=9),
            _col(active, TaxCode.active, Kind.ACTIVE, width=9),
        ), editable=False),
        RecordSpec("invoices", Invoice, (
            _col(QT_TRANSLATE_NOOP("RecordColumns", "No."), Invoice.doc_number, filterable=True, width=9),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Date"), Invoice.txn_date, Kind.DATE, width=11),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Customer"),
                 Customer.display_name, filterable=True, width=28),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Due date"), Invoice.due_date, Kind.DATE, width=11),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Total"), Invoice.total, Kind.MONEY, width=12),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Open balance"), Invoice.balance, Kind.MONEY, width=12),
        ), joins=((Customer, Invoice.customer_id == Customer.id),), sort_column=1, sort_descending=True,
            filter_hint=QT_TRANSLATE_NOOP("RecordColumns", "Filter by number or customer")),
        RecordSpec("payments", Payment, (
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Date"), Payment.txn_date, Kind.DATE, width=11),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Customer"),
                 Customer.display_name, filterable=True, width=28),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Reference no."),
                 Payment.reference_number, filterable=True, width=12),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Payment method"),
                 method.name, filterable=True, width=16),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Amount"), Payment.total, Kind.MONEY, width=12),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Unapplied"), Payment.unapplied, Kind.MONEY, width=12),
        ), joins=((Customer, Payment.customer_id == Customer.id),
                  (method, Payment.payment_method_id == method.id)), sort_descending=True,
            filter_hint=QT_TRANSLATE_NOOP("RecordColumns", "Filter by customer, reference or method")),
        RecordSpec("credit_memos", CreditMemo, (
            _col(QT_TRANSLATE_NOOP("RecordColumns", "No."), CreditMemo.doc_number, filterable=True, width=9),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Date"), CreditMemo.txn_date, Kind.DATE, width=11),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Customer"),
                 Customer.display_name, filterable=True, width=28),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Total"), CreditMemo.total, Kind.MONEY, width=12),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Remaining credit"),
                 CreditMemo.remaining_credit, Kind.MONEY, width=12),
        ), joins=((Customer, CreditMemo.customer_id == Customer.id),), sort_column=1, sort_descending=True,
            filter_hint=QT_TRANSLATE_NOOP("RecordColumns", "Filter by number or customer")),
        RecordSpec("refunds", RefundReceipt, (
            _col(QT_TRANSLATE_NOOP("RecordColumns", "No."),
                 RefundReceipt.doc_number, filterable=True, width=9),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Date"), RefundReceipt.txn_date, Kind.DATE, width=11),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Customer"),
                 Customer.display_name, filterable=True, width=28),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Refund from"),
                 refund_account.name, filterable=True, width=18),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Payment method"),
                 method.name, filterable=True, width=16),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Total"), RefundReceipt.total, Kind.MONEY, width=12),
        ), joins=((Customer, RefundReceipt.customer_id == Customer.id),
                  (refund_account, RefundReceipt.deposit_account_id == refund_account.id),
                  (method, RefundReceipt.payment_method_id == method.id)), sort_column=1, sort_descending=True,
            filter_hint=QT_TRANSLATE_NOOP("RecordColumns", "Filter by number or customer")),
        RecordSpec("expenses", Expense, (
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Date"), Expense.txn_date, Kind.DATE, width=11),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "No."), Expense.doc_number, filterable=True, width=9),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Payee"), Vendor.display_name, filterable=True, width=26),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Payment account"),
                 payment_account.name, filterable=True, width=20),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Payment type"),
                 Expense.payment_type, Kind.ENUM, width=12),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Total"), Expense.total, Kind.MONEY, width=12),
        ), joins=((Vendor, Expense.vendor_id == Vendor.id),
                  (payment_account, Expense.account_id == payment_account.id)), sort_descending=True,
            filter_hint=QT_TRANSLATE_NOOP("RecordColumns", "Filter by payee, number or account")),
        RecordSpec("bills", Bill, (
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Vendor document no."),
                 Bill.doc_number, filterable=True, width=12),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Date"), Bill.txn_date, Kind.DATE, width=11),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Vendor"),
                 Vendor.display_name, filterable=True, width=26),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Due date"), Bill.due_date, Kind.DATE, width=11),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Total"), Bill.total, Kind.MONEY, width=12),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Open balance"), Bill.balance, Kind.MONEY, width=12),
        ), joins=((Vendor, Bill.vendor_id == Vendor.id),), sort_column=1, sort_descending=True,
            filter_hint=QT_TRANSLATE_NOOP("RecordColumns", "Filter by vendor or document number")),
    ]
    all_specs += _more_specs(active)
    return {s.key: s for s in all_specs}


def _more_specs(active: str) -> list[RecordSpec]:
    """The record types of issue 18: classes and locations, the other sales forms, vendor documents, banking."""
    parent_class = aliased(TrackingClass, name="parent_class")
    parent_location = aliased(Location, name="parent_location")
    into = aliased(Account, name="deposit_account")
    source = aliased(Account, name="from_account")
    target = aliased(Account, name="to_account")
    paid_from = aliased(Account, name="paid_from")
    method = aliased(PaymentMethod, name="receipt_method")
    number = QT_TRANSLATE_NOOP("RecordColumns", "No.")
    date = QT_TRANSLATE_NOOP("RecordColumns", "Date")
    total = QT_TRANSLATE_NOOP("RecordColumns", "Total")
    memo = QT_TRANSLATE_NOOP("RecordColumns", "Memo")
    by_number = QT_TRANSLATE_NOOP("RecordColumns", "Filter by number or customer")
    by_vendor = QT_TRANSLATE_NOOP("RecordColumns", "Filter by vendor or document number")
    return [
        RecordSpec("classes", TrackingClass, (
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Name"), TrackingClass.name, filterable=True, width=28),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Sub-class of"), parent_class.name, filterable=True,
                 width=22),
            _col(active, TrackingClass.active, Kind.ACTIVE, width=9),
        ), joins=((parent_class, TrackingClass.parent_id == parent_class.id),)),
        RecordSpec("locations", Location, (
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Name"), Location.name, filterable=True, width=28),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Sub-location of"), parent_location.name, filterable=True,
                 width=22),
            _col(active, Location.active, Kind.ACTIVE, width=9),
        ), joins=((parent_location, Location.parent_id == parent_location.id),)),
        RecordSpec("estimates", Estimate, (
            _col(number, Estimate.doc_number, filterable=True, width=9),
            _col(date, Estimate.txn_date, Kind.DATE, width=11),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Customer"), Customer.display_name, filterable=True, width=28),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Expiration date"), Estimate.expiration_date, Kind.DATE,
                 width=11),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Status"), Estimate.status, Kind.ENUM, width=11),
            _col(total, Estimate.total, Kind.MONEY, width=12),
        ), joins=((Customer, Estimate.customer_id == Customer.id),), sort_column=1, sort_descending=True,
            filter_hint=by_number),
        RecordSpec("sales_receipts", SalesReceipt, (
            _col(number, SalesReceipt.doc_number, filterable=True, width=9),
            _col(date, SalesReceipt.txn_date, Kind.DATE, width=11),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Customer"), Customer.display_name, filterable=True, width=26),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Deposit to"), into.name, filterable=True, width=18),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Payment method"), method.name, filterable=True, width=14),
            _col(total, SalesReceipt.total, Kind.MONEY, width=12),
        ), joins=((Customer, SalesReceipt.customer_id == Customer.id),
                  (into, SalesReceipt.deposit_account_id == into.id),
                  (method, SalesReceipt.payment_method_id == method.id)), sort_column=1, sort_descending=True,
            filter_hint=by_number),
        RecordSpec("bill_payments", BillPayment, (
            _col(date, BillPayment.txn_date, Kind.DATE, width=11),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Vendor"), Vendor.display_name, filterable=True, width=22),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Paid from"), paid_from.name, filterable=True, width=18),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Check no."), BillPayment.doc_number, filterable=True, width=8),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Amount"), BillPayment.total, Kind.MONEY, width=12),
        ), joins=((Vendor, BillPayment.vendor_id == Vendor.id), (paid_from, BillPayment.account_id == paid_from.id)),
            sort_descending=True, filter_hint=by_vendor),
        RecordSpec("vendor_credits", VendorCredit, (
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Ref no."), VendorCredit.doc_number, filterable=True, width=10),
            _col(date, VendorCredit.txn_date, Kind.DATE, width=11),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Vendor"), Vendor.display_name, filterable=True, width=26),
            _col(total, VendorCredit.total, Kind.MONEY, width=12),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Remaining credit"), VendorCredit.remaining_credit, Kind.MONEY,
                 width=12),
        ), joins=((Vendor, VendorCredit.vendor_id == Vendor.id),), sort_column=1, sort_descending=True,
            filter_hint=by_vendor),
        RecordSpec("purchase_orders", PurchaseOrder, (
            _col(QT_TRANSLATE_NOOP("RecordColumns", "P.O. no."), PurchaseOrder.doc_number, filterable=True,
                 width=10),
            _col(date, PurchaseOrder.txn_date, Kind.DATE, width=11),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Vendor"), Vendor.display_name, filterable=True, width=26),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Status"), PurchaseOrder.status, Kind.ENUM, width=10),
            _col(total, PurchaseOrder.total, Kind.MONEY, width=12),
        ), joins=((Vendor, PurchaseOrder.vendor_id == Vendor.id),), sort_column=1, sort_descending=True,
            filter_hint=by_vendor),
        RecordSpec("deposits", Deposit, (
            _col(date, Deposit.txn_date, Kind.DATE, width=11),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Account"), into.name, filterable=True, width=22),
            _col(memo, Deposit.memo, filterable=True, width=30),
            _col(total, Deposit.total, Kind.MONEY, width=12),
        ), joins=((into, Deposit.account_id == into.id),), sort_descending=True,
            filter_hint=QT_TRANSLATE_NOOP("RecordColumns", "Filter by account or memo")),
        RecordSpec("transfers", Transfer, (
            _col(date, Transfer.txn_date, Kind.DATE, width=11),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "From"), source.name, filterable=True, width=18),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "To"), target.name, filterable=True, width=18),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Amount"), Transfer.amount, Kind.MONEY, width=12),
            _col(memo, Transfer.memo, filterable=True, width=24),
        ), joins=((source, Transfer.from_account_id == source.id), (target, Transfer.to_account_id == target.id)),
            sort_descending=True, filter_hint=QT_TRANSLATE_NOOP("RecordColumns", "Filter by account or memo")),
        RecordSpec("journal_entries", GeneralJournalEntry, (
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Journal no."), GeneralJournalEntry.doc_number,
                 filterable=True, width=10),
            _col(date, GeneralJournalEntry.txn_date, Kind.DATE, width=11),
            _col(memo, GeneralJournalEntry.memo, filterable=True, width=34),
            _col(QT_TRANSLATE_NOOP("RecordColumns", "Debits"), GeneralJournalEntry.total, Kind.MONEY, width=12),
        ), sort_column=1, sort_descending=True,
            filter_hint=QT_TRANSLATE_NOOP("RecordColumns", "Filter by number or memo")),
    ]
