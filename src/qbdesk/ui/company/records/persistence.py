"""Reading a record for the editor and writing it back: plain functions run off the GUI thread.

They take and return plain values (no ORM objects cross threads, STYLE §8.4).
Checks that need the database (a name already used, a vendor's document number
already used) run here, inside the same short session that saves, and come back
as :class:`ValidationFailed` with one machine-readable reason per field; the
editor turns reasons into translated messages next to the fields.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from qbdesk.store import (
    Account,
    AccountType,
    Bill,
    BillLine,
    BillPayment,
    BillPayType,
    Company,
    Customer,
    DepositLine,
    Expense,
    GeneralJournalLine,
    Invoice,
    InvoiceLine,
    Item,
    Location,
    Payment,
    PaymentType,
    Record,
    TrackingClass,
    Transfer,
    Vendor,
)
from qbdesk.store.summary import home_currency
from qbdesk.ui.company.records.fields import MODELS, Field, FieldKind, fields_for, label_of
from qbdesk.ui.company.records.labels import enum_label


class RecordGone(LookupError):
    """The record was deleted since the list was read."""


class RecordChanged(RuntimeError):
    """Someone else saved the record since the editor read it (optimistic lock)."""


@dataclass(frozen=True)
class Problem:
    reason: str  # e.g. "duplicate_name", "not_found", "doc_number_used"
    params: dict[str, str] = field(default_factory=dict)


class ValidationFailed(ValueError):
    def __init__(self, problems: dict[str, Problem]) -> None:
        super().__init__(", ".join(f"{k}: {p.reason}" for k, p in problems.items()))
        self.problems = problems


@dataclass(frozen=True)
class Choice:
    id: int
    label: str
    detail: str = ""


@dataclass
class LineValues:
    """One line of an invoice or a bill as the lines editor shows and returns it (plain values, no ORM)."""

    id: int | None               # the line's id here; None for a line added in the editor
    what: tuple[str, int] | None  # ("item", id) or ("account", id): the product or service, or the category
    description: str | None = None
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    amount: Decimal | None = None
    class_id: int | None = None


# Record types whose lines the editor changes (the others show theirs read-only).
EDITABLE_LINES = frozenset({"invoices", "bills"})


@dataclass
class LoadedRecord:
    key: str
    record_id: int
    version: int
    values: dict[str, Any]
    party_labels: dict[str, str]
    choices: dict[str, list[Choice]]
    lines: list[tuple[str, str, str, Decimal | None, Decimal | None, Decimal | None]]
    title: str
    editable_lines: list[LineValues] | None = None
    # What a line may name: "items", "accounts" (a bill's categories), "classes".
    line_choices: dict[str, list[Choice]] = field(default_factory=dict)
    currency: str | None = None  # the company's home currency, once a sync read it from QuickBooks


def _choices(session: Session, f: Field, current: int | None) -> list[Choice]:
    assert f.ref_model is not None
    model: Any = f.ref_model
    stmt = select(model)
    if f.account_types:
        stmt = stmt.where(model.account_type.in_(f.account_types))
    if hasattr(model, "active"):
        stmt = stmt.where((model.active.is_(True)) | (model.id == current))
    rows = session.scalars(stmt.order_by(model.name)).all()
    out = [Choice(r.id, label_of(r), getattr(getattr(r, "account_type", None), "value", "")) for r in rows]
    return out


def _what(line: Any) -> str:
    """What a line is about, as the lines table shows it (a journal entry's side in the user's language)."""
    if isinstance(line, DepositLine):
        if line.payment is not None:
            return f"{line.payment.customer.display_name} {line.payment.txn_date.isoformat()}"
        if line.sales_receipt is not None:
            return line.sales_receipt.doc_number or str(line.sales_receipt.txn_date)
    if isinstance(line, GeneralJournalLine):
        return f"{line.account.name} · {enum_label(line.posting_type.value)}"
    if getattr(line, "item", None) is not None:
        return str(line.item.name)
    if getattr(line, "account", None) is not None:
        return str(line.account.name)
    return ""


def _lines(obj: Any) -> list[tuple[str, str, str, Decimal | None, Decimal | None, Decimal | None]]:
    out = []
    for line in getattr(obj, "lines", []) or []:
        out.append((str(line.line_num), _what(line), line.description or "", getattr(line, "quantity", None),
                    getattr(line, "unit_price", None), line.amount))
    return out


def _editable_lines(obj: Any) -> list[LineValues]:
    out = []
    for line in obj.lines:
        what: tuple[str, int] | None = ("item", line.item_id) if line.item_id is not None else \
            ("account", line.account_id) if getattr(line, "account_id", None) is not None else None
        out.append(LineValues(line.id, what, line.description, getattr(line, "quantity", None),
                              getattr(line, "unit_price", None), line.amount, line.class_id))
    return out


def _line_choices(session: Session, key: str) -> dict[str, list[Choice]]:
    items = session.scalars(select(Item).where(Item.active.is_(True)).order_by(Item.name)).all()
    found = {"items": [Choice(i.id, i.name) for i in items],
             "classes": [Choice(c.id, c.name) for c in session.scalars(
                 select(TrackingClass).where(TrackingClass.active.is_(True)).order_by(TrackingClass.name))]}
    if key == "bills":
        kinds = (AccountType.EXPENSE, AccountType.COST_OF_GOODS_SOLD, AccountType.OTHER_EXPENSE,
                 AccountType.FIXED_ASSET, AccountType.OTHER_CURRENT_ASSET, AccountType.OTHER_ASSET)
        found["accounts"] = [Choice(a.id, a.name) for a in session.scalars(
            select(Account).where(Account.account_type.in_(kinds), Account.active.is_(True)).order_by(Account.name))]
    return found


def _title(key: str, obj: Any) -> str:
    for attr in ("display_name", "name", "doc_number"):
        value = getattr(obj, attr, None)
        if value:
            return str(value)
    return f"#{obj.id}"


def load_record(company: Company, key: str, record_id: int) -> LoadedRecord:
    model = MODELS[key]
    with company.sessions() as session:
        obj: Any = session.get(model, record_id)
        if obj is None:
            raise RecordGone(record_id)
        values: dict[str, Any] = {}
        party_labels: dict[str, str] = {}
        choices: dict[str, list[Choice]] = {}
        for f in fields_for(key):
            value = getattr(obj, f.key)
            values[f.key] = value
            if f.kind is FieldKind.PARTY and value is not None:
                assert f.ref_model is not None
                ref = session.get(f.ref_model, value)
                party_labels[f.key] = label_of(ref) if ref is not None else ""
            elif f.kind is FieldKind.CHOICE:
                choices[f.key] = _choices(session, f, value)
        loaded = LoadedRecord(key, record_id, obj.version, values, party_labels, choices, _lines(obj),
                              _title(key, obj), currency=home_currency(session))
        if key in EDITABLE_LINES:
            loaded.editable_lines = _editable_lines(obj)
            loaded.line_choices = _line_choices(session, key)
        return loaded


def _find_party(session: Session, model: type[Customer] | type[Vendor], name: str) -> int | None:
    exact = session.scalar(select(model.id).where(model.display_name == name).limit(1))
    if exact is not None:
        return exact
    return session.scalar(select(model.id).where(func.lower(model.display_name) == name.lower()).limit(1))


def _name_taken(session: Session, name: str, model: type[Record], record_id: int) -> str | None:
    """QuickBooks keeps one name list for customers and vendors (error 6240)."""
    folded = name.strip().lower()
    for other in (Customer, Vendor):
        stmt = select(other.display_name).where(func.lower(other.display_name) == folded)
        if other is model:
            stmt = stmt.where(other.id != record_id)
        hit = session.scalar(stmt.limit(1))
        if hit is not None:
            return "customer" if other is Customer else "vendor"
    return None


def save_record(company: Company, key: str, record_id: int, version: int, values: dict[str, Any],
                party_names: dict[str, str], lines: list[LineValues] | None = None) -> int:
    """Apply the edited values (and an invoice's or bill's lines); the store's flush hook stamps the record,
    recomputes its total and balance, and marks it dirty."""
    model = MODELS[key]
    problems: dict[str, Problem] = {}
    try:
        with company.session() as session:
            obj: Any = session.get(model, record_id)
            if obj is None:
                raise RecordGone(record_id)
            if obj.version != version:
                raise RecordChanged(record_id)
            for f in fields_for(key):
                if f.kind is not FieldKind.PARTY:
                    continue
                name = party_names.get(f.key, "").strip()
                if not name:
                    values[f.key] = None
                    continue
                assert f.ref_model is not None
                found = _find_party(session, f.ref_model, name)  # type: ignore[arg-type]
                if found is None:
                    problems[f.key] = Problem("not_found", {"name": name})
                elif model is Customer and f.key == "parent_id" and found == record_id:
                    problems[f.key] = Problem("own_parent")
                else:
                    values[f.key] = found
            problems.update(_business_rules(session, model, record_id, values))
            if lines is not None:
                problems.update(_line_rules(obj, lines))
            if problems:
                raise ValidationFailed(problems)
            for name, value in values.items():
                if getattr(obj, name) != value:
                    setattr(obj, name, value)
            if lines is not None:
                _apply_lines(obj, lines)
            session.flush()
            return int(obj.version)
    except StaleDataError as exc:
        raise RecordChanged(record_id) from exc


def _business_rules(session: Session, model: type[Record], record_id: int,
                    values: dict[str, Any]) -> dict[str, Problem]:
    problems: dict[str, Problem] = {}
    if model in (Customer, Vendor) and values.get("display_name"):
        taken = _name_taken(session, values["display_name"], model, record_id)
        if taken:
            problems["display_name"] = Problem(f"name_used_by_{taken}", {"name": values["display_name"]})
    if model is Bill and values.get("doc_number") and values.get("vendor_id"):
        used = session.scalar(select(Bill.id).where(
            Bill.vendor_id == values["vendor_id"], Bill.doc_number == values["doc_number"],
            Bill.id != record_id).limit(1))
        if used is not None:
            problems["doc_number"] = Problem("vendor_doc_used", {"number": values["doc_number"]})
    if model is Invoice and values.get("doc_number"):
        used = session.scalar(select(Invoice.id).where(
            Invoice.doc_number == values["doc_number"], Invoice.id != record_id).limit(1))
        if used is not None:
            problems["doc_number"] = Problem("invoice_number_used", {"number": values["doc_number"]})
    due, dated = values.get("due_date"), values.get("txn_date")
    if due is not None and dated is not None and due < dated:
        problems["due_date"] = Problem("due_before_date")
    if model is Payment and values.get("total") is not None:
        payment = session.get(Payment, record_id)
        applied = sum((a.amount for a in payment.applications), Decimal("0.00")) if payment else Decimal(0)
        if values["total"] < applied:
            problems["total"] = Problem("below_applied", {"applied": str(applied)})
    if model is Expense and values.get("account_id") and values.get("payment_type"):
        account = session.get(Account, values["account_id"])
        wants_card = values["payment_type"] == PaymentType.CREDIT_CARD
        if account is not None and (account.account_type == AccountType.CREDIT_CARD) != wants_card:
            problems["account_id"] = Problem("card_account" if wants_card else "bank_account")
    if model is BillPayment:
        problems.update(_bill_payment_rules(session, record_id, values))
    if model is Transfer and values.get("from_account_id") and values["from_account_id"] == values.get("to_account_id"):
        problems["to_account_id"] = Problem("same_account")
    if model in (TrackingClass, Location) and values.get("parent_id") == record_id:
        problems["parent_id"] = Problem("own_parent_list")
    return problems


def _bill_payment_rules(session: Session, record_id: int, values: dict[str, Any]) -> dict[str, Problem]:
    problems: dict[str, Problem] = {}
    account = session.get(Account, values["account_id"]) if values.get("account_id") else None
    by_card = values.get("pay_type") == BillPayType.CREDIT_CARD
    if account is not None and (account.account_type == AccountType.CREDIT_CARD) != by_card:
        problems["account_id"] = Problem("bill_card_account" if by_card else "bill_bank_account")
    payment = session.get(BillPayment, record_id)
    if payment is not None and values.get("total") is not None:
        applied = sum((a.amount if a.bill_id is not None else -a.amount for a in payment.applications),
                      Decimal("0.00"))
        if values["total"] < applied:
            problems["total"] = Problem("below_applied_bills", {"applied": str(applied)})
    return problems


CENT = Decimal("0.01")


def _amount_of(line: LineValues, invoice: bool) -> Decimal:
    if invoice:
        return ((line.quantity or Decimal(1)) * (line.unit_price or Decimal(0))).quantize(CENT)
    return line.amount or Decimal(0)


def _line_rules(obj: Any, lines: list[LineValues]) -> dict[str, Problem]:
    """A document keeps at least one line, every bill line names a category or a product, and neither may
    fall below what was already paid on it (QuickBooks refuses that, 6000)."""
    invoice = isinstance(obj, Invoice)
    if not lines:
        return {"lines": Problem("no_lines")}
    for n, line in enumerate(lines, start=1):
        if not invoice and line.what is None:
            return {"lines": Problem("line_needs_account", {"line": str(n)})}
    total = sum((_amount_of(line, invoice) for line in lines), Decimal("0.00"))
    paid = sum((a.amount for a in obj.payments_applied), Decimal("0.00"))
    if total < paid:
        return {"lines": Problem("below_paid", {"paid": str(paid)})}
    return {}


def _apply_lines(obj: Any, lines: list[LineValues]) -> None:
    """The lines as the editor left them: kept lines changed in place (their tax codes stay), new ones added,
    removed ones deleted."""
    invoice = isinstance(obj, Invoice)
    existing = {line.id: line for line in obj.lines}
    kept: list[Any] = []
    for n, values in enumerate(lines, start=1):
        line: Any = existing.get(values.id) if values.id is not None else None
        if line is None:
            line = InvoiceLine() if invoice else BillLine()
        line.line_num = n
        line.description = values.description
        line.class_id = values.class_id
        kind, target = values.what if values.what is not None else (None, None)
        line.item_id = target if kind == "item" else None
        if invoice:
            line.quantity = values.quantity if values.quantity is not None else Decimal(1)
            line.unit_price = values.unit_price if values.unit_price is not None else Decimal(0)
        else:
            line.account_id = target if kind == "account" else None
            line.amount = values.amount or Decimal("0.00")
            # A product bought keeps its quantity and cost only while they still make the amount (6070).
            if line.item_id is None or line.quantity is None or line.unit_price is None or \
                    (line.quantity * line.unit_price).quantize(CENT) != line.amount:
                line.quantity = line.unit_price = None
        kept.append(line)
    obj.lines = kept


def plain(value: Any) -> Any:
    """A value as the editor widgets take it (enums by value, dates as dates)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date | Decimal | int | str | bool) or value is None:
        return value
    return str(value)
