"""The company file as a :class:`Snapshot`, read with a few column-only queries.

It reads columns, not ORM objects, so that 100,000 records snapshot in seconds
with little memory (each record's ``version`` too, so that a link made from this
snapshot can tell whether the record was edited since), and it runs the local pre-flight checks (string lengths,
account types, missing accounts) on the way, so that a record QuickBooks would
refuse is blocked with a reason before any request is sent.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qbdesk.store.lists import Account, AccountType, Customer, Item, ItemType, PaymentMethod, TaxCode, Term, Vendor
from qbdesk.store.transactions import (
    Bill,
    BillLine,
    CreditMemo,
    CreditMemoLine,
    Expense,
    ExpenseLine,
    Invoice,
    InvoiceLine,
    Payment,
    PaymentApplication,
    PaymentType,
    RefundReceipt,
    RefundReceiptLine,
)
from qbdesk.sync.entities import ENTITIES, entity_type
from qbdesk.sync.keys import bill_key, name_key, payment_key, purchase_key, sales_doc_key
from qbdesk.sync.snapshot import Snap, Snapshot

DOC_NUMBER_LIMIT = 21

Check = tuple[str, str]


def _name_checks(entity: str, name: str) -> tuple[Check, ...]:
    found: list[Check] = []
    limit = entity_type(entity).name_limit  # QuickBooks' length limits (qbo-api.md §5): fault 2050
    if limit and len(name) > limit:
        found.append(("length", f"The name is {len(name)} characters long; QuickBooks allows {limit}."))
    if ":" in name or "\t" in name or "\n" in name:
        found.append(("name_characters", "QuickBooks does not allow ':' , tabs or line breaks in names."))
    if not name.strip():
        found.append(("required", "The name is empty."))
    return tuple(found)


def _party_checks(entity: str, row: Any) -> tuple[Check, ...]:
    """A customer's or vendor's names and e-mail, as QuickBooks checks them (qbo-api.md Part 2 §5.2): no colon,
    tab or line break in any name field (2040), an e-mail with an @ and a dot (2210)."""
    found = list(_name_checks(entity, row.display_name))
    for value in (row.given_name, row.family_name):
        if value and (":" in value or "\t" in value or "\n" in value) and not any(c[0] == "name_characters"
                                                                                for c in found):
            found.append(("name_characters", "QuickBooks does not allow ':' , tabs or line breaks in names."))
    email = (row.email or "").strip()
    if email and ("@" not in email or "." not in email.rpartition("@")[2]):
        found.append(("email_format", f"'{email}' is not an e-mail address QuickBooks accepts (it needs an @ and a "
                                      f"dot after it)."))
    return tuple(found)


def _doc_checks(doc_number: str | None) -> tuple[Check, ...]:
    if doc_number and len(doc_number) > DOC_NUMBER_LIMIT:
        return (("doc_number_length",
                 f"The number '{doc_number}' is {len(doc_number)} characters long; QuickBooks allows "
                 f"{DOC_NUMBER_LIMIT}."),)
    return ()


def _day(value: date | datetime | None) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value


def _refs(*pairs: tuple[str, int | None]) -> tuple[tuple[str, str], ...]:
    return tuple((entity, str(i)) for entity, i in pairs if i is not None)


def _line_refs(session: Session, line_cls: Any, owner_col: str, with_accounts: bool = False
               ) -> dict[int, list[tuple[str, str]]]:
    cols = [getattr(line_cls, owner_col), line_cls.item_id]
    if with_accounts:
        cols.append(line_cls.account_id)
    found: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for row in session.execute(select(*cols)):
        refs = found[row[0]]
        if row[1] is not None and ("Item", str(row[1])) not in refs:
            refs.append(("Item", str(row[1])))
        if with_accounts and row[2] is not None and ("Account", str(row[2])) not in refs:
            refs.append(("Account", str(row[2])))
    return found


def local_snapshot(session: Session) -> Snapshot:
    snap = Snapshot("here")

    accounts = {r.id: r for r in session.execute(select(Account.id, Account.name, Account.account_type,
                                                        Account.parent_id, Account.created_at,
                                                        Account.version))}

    def account_path(account_id: int | None) -> str:
        parts: list[str] = []
        seen: set[int] = set()
        while account_id is not None and account_id in accounts and account_id not in seen:
            seen.add(account_id)
            parts.append(accounts[account_id].name)
            account_id = accounts[account_id].parent_id
        return ":".join(reversed(parts))

    snap.add_all("Account", (
        Snap("Account", str(a.id), name_key(account_path(a.id)), a.name, _day(a.created_at),
             _refs(("Account", a.parent_id)), checks=_name_checks("Account", a.name), version=a.version)
        for a in accounts.values()))

    for cls, entity in ((PaymentMethod, "PaymentMethod"), (Term, "Term"), (TaxCode, "TaxCode")):
        snap.add_all(entity, (
            Snap(entity, str(r.id), name_key(r.name), r.name, _day(r.created_at),
                 checks=_name_checks(entity, r.name), version=r.version)
            for r in session.execute(select(cls.id, cls.name, cls.created_at, cls.version))))

    item_snaps = []
    for it in session.execute(select(Item.id, Item.name, Item.item_type, Item.income_account_id,
                                     Item.expense_account_id, Item.asset_account_id, Item.created_at,
                                     Item.version)):
        checks = list(_name_checks("Item", it.name))
        income = accounts.get(it.income_account_id) if it.income_account_id else None
        if income is None:
            checks.append(("income_account_missing", "The item has no income account."))
        elif income.account_type not in (AccountType.INCOME, AccountType.OTHER_INCOME):
            checks.append(("income_account_type",
                           f"The income account '{income.name}' is a {income.account_type.value} account; "
                           f"QuickBooks needs an Income account."))
        if it.item_type is ItemType.INVENTORY:
            asset = accounts.get(it.asset_account_id) if it.asset_account_id else None
            if asset is None or asset.account_type is not AccountType.OTHER_CURRENT_ASSET:
                checks.append(("asset_account", "An inventory item needs an Other Current Asset (inventory) "
                                                "account."))
            expense = accounts.get(it.expense_account_id) if it.expense_account_id else None
            if expense is None or expense.account_type not in (AccountType.COST_OF_GOODS_SOLD,
                                                               AccountType.EXPENSE):
                checks.append(("expense_account_type", "An inventory item needs a Cost of Goods Sold account."))
        item_snaps.append(Snap("Item", str(it.id), name_key(it.name), it.name, _day(it.created_at),
                               _refs(("Account", it.income_account_id), ("Account", it.expense_account_id),
                                     ("Account", it.asset_account_id)), checks=tuple(checks),
                               version=it.version))
    snap.add_all("Item", item_snaps)

    customers = {c.id: c for c in session.execute(select(
        Customer.id, Customer.display_name, Customer.parent_id, Customer.term_id, Customer.customer_since,
        Customer.created_at, Customer.version, Customer.given_name, Customer.family_name, Customer.email))}
    customer_key = {cid: name_key(c.display_name) for cid, c in customers.items()}
    snap.add_all("Customer", (
        Snap("Customer", str(c.id), customer_key[c.id], c.display_name, c.customer_since or _day(c.created_at),
             _refs(("Customer", c.parent_id), ("Term", c.term_id)), checks=_party_checks("Customer", c),
             version=c.version)
        for c in customers.values()))

    vendors = {v.id: v for v in session.execute(select(Vendor.id, Vendor.display_name, Vendor.term_id,
                                                       Vendor.created_at, Vendor.version, Vendor.given_name,
                                                       Vendor.family_name, Vendor.email))}
    vendor_key = {vid: name_key(v.display_name) for vid, v in vendors.items()}
    snap.add_all("Vendor", (
        Snap("Vendor", str(v.id), vendor_key[v.id], v.display_name, _day(v.created_at), _refs(("Term", v.term_id)),
             checks=_party_checks("Vendor", v), version=v.version)
        for v in vendors.values()))

    method_key = {m.id: name_key(m.name) for m in session.execute(select(PaymentMethod.id, PaymentMethod.name))}

    inv_lines = _line_refs(session, InvoiceLine, "invoice_id")
    snap.add_all("Invoice", (
        Snap("Invoice", str(i.id), sales_doc_key(i.doc_number, customer_key.get(i.customer_id, ""), f"here:{i.id}"),
             i.doc_number or f"#{i.id}", i.txn_date,
             (*_refs(("Customer", i.customer_id), ("Term", i.term_id)), *inv_lines.get(i.id, ())),
             checks=_doc_checks(i.doc_number), version=i.version)
        for i in session.execute(select(Invoice.id, Invoice.doc_number, Invoice.customer_id, Invoice.term_id,
                                        Invoice.txn_date, Invoice.version))))

    applied: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for a in session.execute(select(PaymentApplication.payment_id, PaymentApplication.invoice_id)):
        applied[a.payment_id].append(("Invoice", str(a.invoice_id)))
    snap.add_all("Payment", (
        Snap("Payment", str(p.id),
             payment_key(customer_key.get(p.customer_id, ""), p.txn_date, p.total, p.reference_number),
             f"{p.txn_date.isoformat()} {p.total}", p.txn_date,
             (*_refs(("Customer", p.customer_id), ("PaymentMethod", p.payment_method_id),
                     ("Account", p.deposit_account_id)), *applied.get(p.id, ())),
             method=method_key.get(p.payment_method_id) if p.payment_method_id else None, version=p.version)
        for p in session.execute(select(Payment.id, Payment.customer_id, Payment.txn_date, Payment.total,
                                        Payment.reference_number, Payment.payment_method_id,
                                        Payment.deposit_account_id, Payment.version))))

    cm_lines = _line_refs(session, CreditMemoLine, "credit_memo_id")
    snap.add_all("CreditMemo", (
        Snap("CreditMemo", str(c.id), sales_doc_key(c.doc_number, customer_key.get(c.customer_id, ""), f"here:{c.id}"),
             c.doc_number or f"#{c.id}", c.txn_date, (*_refs(("Customer", c.customer_id)), *cm_lines.get(c.id, ())),
             checks=_doc_checks(c.doc_number), version=c.version)
        for c in session.execute(select(CreditMemo.id, CreditMemo.doc_number, CreditMemo.customer_id,
                                        CreditMemo.txn_date, CreditMemo.version))))

    rr_lines = _line_refs(session, RefundReceiptLine, "refund_receipt_id")
    snap.add_all("RefundReceipt", (
        Snap("RefundReceipt", str(r.id),
             sales_doc_key(r.doc_number, customer_key.get(r.customer_id, ""), f"here:{r.id}"),
             r.doc_number or f"#{r.id}", r.txn_date,
             (*_refs(("Customer", r.customer_id), ("PaymentMethod", r.payment_method_id)), *rr_lines.get(r.id, ())),
             checks=_doc_checks(r.doc_number), version=r.version)
        for r in session.execute(select(RefundReceipt.id, RefundReceipt.doc_number, RefundReceipt.customer_id,
                                        RefundReceipt.txn_date, RefundReceipt.payment_method_id,
                                        RefundReceipt.version))))

    exp_lines = _line_refs(session, ExpenseLine, "expense_id", with_accounts=True)
    expense_snaps = []
    for e in session.execute(select(Expense.id, Expense.txn_date, Expense.total, Expense.account_id,
                                    Expense.doc_number, Expense.vendor_id, Expense.payment_type,
                                    Expense.payment_method_id, Expense.version)):
        checks = list(_doc_checks(e.doc_number))
        source = accounts.get(e.account_id)
        want = AccountType.CREDIT_CARD if e.payment_type is PaymentType.CREDIT_CARD else AccountType.BANK
        if source is not None and source.account_type is not want:
            checks.append(("purchase_account_type",
                           f"A {e.payment_type.value} expense must come out of a {want.value} account; "
                           f"'{source.name}' is a {source.account_type.value} account."))
        expense_snaps.append(Snap(
            "Purchase", str(e.id), purchase_key(e.txn_date, e.total, name_key(account_path(e.account_id)),
                                                e.doc_number),
            e.doc_number or f"{e.txn_date.isoformat()} {e.total}", e.txn_date,
            (*_refs(("Account", e.account_id), ("Vendor", e.vendor_id), ("PaymentMethod", e.payment_method_id)),
             *exp_lines.get(e.id, ())), checks=tuple(checks), version=e.version))
    snap.add_all("Purchase", expense_snaps)

    bill_lines = _line_refs(session, BillLine, "bill_id", with_accounts=True)
    snap.add_all("Bill", (
        Snap("Bill", str(b.id), bill_key(vendor_key.get(b.vendor_id, ""), b.doc_number, f"here:{b.id}"),
             f"{vendors[b.vendor_id].display_name} {b.doc_number or ''}".strip() if b.vendor_id in vendors
             else b.doc_number or f"#{b.id}", b.txn_date,
             (*_refs(("Vendor", b.vendor_id), ("Term", b.term_id), ("Account", b.ap_account_id)),
              *bill_lines.get(b.id, ())), checks=_doc_checks(b.doc_number), version=b.version)
        for b in session.execute(select(Bill.id, Bill.vendor_id, Bill.doc_number, Bill.txn_date, Bill.term_id,
                                        Bill.ap_account_id, Bill.version))))
    _outbox_and_ages(session, snap)
    return snap


def _outbox_and_ages(session: Session, snap: Snapshot) -> None:
    """Each record's ``dirty`` flag (the outbox) and creation time, one narrow query per record type."""
    for kind in ENTITIES:
        by_id = {s.id: s for s in snap.of(kind.name)}
        if not by_id:
            continue
        cls: Any = kind.record
        for rid, dirty, created in session.execute(select(cls.id, cls.dirty, cls.created_at)):
            found = by_id.get(str(rid))
            if found is not None:
                found.dirty, found.created = bool(dirty), created
