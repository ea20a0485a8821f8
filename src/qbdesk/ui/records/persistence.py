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
    Company,
    Customer,
    Expense,
    Invoice,
    Payment,
    PaymentType,
    Record,
    Vendor,
)
from qbdesk.ui.records.fields import MODELS, Field, FieldKind, fields_for, label_of


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
class LoadedRecord:
    key: str
    record_id: int
    version: int
    values: dict[str, Any]
    party_labels: dict[str, str]
    choices: dict[str, list[Choice]]
    lines: list[tuple[str, str, str, Decimal | None, Decimal | None, Decimal | None]]
    title: str


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


def _lines(obj: Any) -> list[tuple[str, str, str, Decimal | None, Decimal | None, Decimal | None]]:
    out = []
    for line in getattr(obj, "lines", []) or []:
        what = ""
        if getattr(line, "item", None) is not None:
            what = line.item.name
        elif getattr(line, "account", None) is not None:
            what = line.account.name
        out.append((str(line.line_num), what, line.description or "", getattr(line, "quantity", None),
                    getattr(line, "unit_price", None), line.amount))
    return out


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
        return LoadedRecord(key, record_id, obj.version, values, party_labels, choices, _lines(obj),
                            _title(key, obj))


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
                party_names: dict[str, str]) -> int:
    """Apply the edited values; the store's flush hook stamps the record and marks it dirty."""
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
            if problems:
                raise ValidationFailed(problems)
            for name, value in values.items():
                if getattr(obj, name) != value:
                    setattr(obj, name, value)
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
    return problems


def plain(value: Any) -> Any:
    """A value as the editor widgets take it (enums by value, dates as dates)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date | Decimal | int | str | bool) or value is None:
        return value
    return str(value)
