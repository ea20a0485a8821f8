"""The store's flush hook: timestamps, the dirty flag, totals and balances.

Doing this in one ``before_flush`` listener, instead of in every caller, is what
makes the outbox trustworthy: whatever code path edits a record (the editor, CSV
import, a script), the change is stamped and queued for QuickBooks, and every
stored total and balance agrees with the lines and payments behind it.

Writes made on behalf of the sync itself (records created or updated from
QuickBooks) are flagged with :func:`sync_origin` so they are not echoed back.

An edit always writes ``dirty = true``, even when the session read the record as
dirty already: the sync clears the flag of a record it sent with a statement of
its own (``… WHERE version = <the version it sent>``, without bumping ``version``),
which may land between an editor's read and its save.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, cast

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import InstanceState, Mapper, Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from qbdesk.store.banking import Deposit, GeneralJournalEntry, PostingType
from qbdesk.store.base import Base, Child, Record
from qbdesk.store.purchasing import BillPayment, BillPaymentLine, PurchaseOrder, VendorCredit
from qbdesk.store.sales_forms import Estimate, SalesReceipt
from qbdesk.store.transactions import (
    ZERO,
    Bill,
    CreditMemo,
    Expense,
    Invoice,
    Payment,
    PaymentApplication,
    RefundReceipt,
    _SalesLine,
)
from qbdesk.store.types import ExactDecimal, utcnow

CENT = Decimal("0.01")

# Attributes whose change does not mean "the user changed this record": they are
# derived (balances), bookkeeping, or the reverse side of another record's change.
_NOT_CONTENT = frozenset({
    "dirty", "updated_at", "created_at", "version", "balance", "unapplied", "remaining_credit",
    "payments_applied", "jobs", "invoices",
})

ORIGIN_KEY = "qbdesk.origin"
BACKDATE_KEY = "qbdesk.backdate"


@contextmanager
def sync_origin(session: Session) -> Iterator[Session]:
    """Mark writes inside the block as coming from QuickBooks, so they are not sent back.

    The block's changes are flushed before it ends, while still marked, so that a
    commit after the block cannot stamp them as local edits.
    """
    previous = session.info.get(ORIGIN_KEY)
    session.info[ORIGIN_KEY] = "sync"
    try:
        yield session
        session.flush()
    finally:
        session.info[ORIGIN_KEY] = previous


@contextmanager
def backdated(session: Session) -> Iterator[Session]:
    """Let records keep a ``created_at`` set by the caller (sample data, imports of history)."""
    session.info[BACKDATE_KEY] = True
    try:
        yield session
    finally:
        session.info.pop(BACKDATE_KEY, None)


def _content_changed(obj: Any) -> bool:
    state = inspect(obj)
    for attr in state.attrs:
        if attr.key in _NOT_CONTENT:
            continue
        if attr.history.has_changes():
            return True
    return False


def _live(items: list[Any], deleted: set[Any]) -> list[Any]:
    return [i for i in items if i not in deleted]


def _sum(rows: list[Any], deleted: set[Any]) -> Decimal:
    return sum((row.amount or ZERO for row in _live(rows, deleted)), ZERO)


_LINED = (Invoice, CreditMemo, RefundReceipt, SalesReceipt, Estimate, Expense, Bill, VendorCredit, PurchaseOrder,
          Deposit)


def _recompute(obj: Record, deleted: set[Any]) -> None:
    if isinstance(obj, _LINED):
        obj.total = _sum(obj.lines, deleted)
    elif isinstance(obj, GeneralJournalEntry):
        obj.total = sum((ln.amount or ZERO for ln in _live(obj.lines, deleted)
                         if ln.posting_type is PostingType.DEBIT), ZERO)
    # What other documents applied to this one: paid, or used as a credit.
    if isinstance(obj, Invoice | Bill):
        obj.balance = obj.total - _sum(obj.payments_applied, deleted)
    elif isinstance(obj, CreditMemo | VendorCredit):
        obj.remaining_credit = obj.total - _sum(obj.payments_applied, deleted)
    elif isinstance(obj, Payment | BillPayment):
        # The amount is the charges paid less the credits used; what is left over is a credit with the party.
        charges = credits = ZERO
        for a in _live(obj.applications, deleted):
            if _is_credit(a):
                credits += a.amount or ZERO
            else:
                charges += a.amount or ZERO
        obj.unapplied = (obj.total or ZERO) - (charges - credits)


def _is_credit(app: PaymentApplication | BillPaymentLine) -> bool:
    """Whether the line uses a credit (credit memo, vendor credit) rather than paying a charge."""
    if isinstance(app, PaymentApplication):
        return app.credit_memo_id is not None or app.credit_memo is not None
    return app.vendor_credit_id is not None or app.vendor_credit is not None


_APPLIED_TO: dict[type[Child], tuple[tuple[str, str, type[Record]], ...]] = {
    PaymentApplication: (("invoice", "invoice_id", Invoice), ("credit_memo", "credit_memo_id", CreditMemo)),
    BillPaymentLine: (("bill", "bill_id", Bill), ("vendor_credit", "vendor_credit_id", VendorCredit)),
}


def _targets(app: PaymentApplication | BillPaymentLine, session: Session) -> list[Record]:
    """The documents an application pays or uses, now and before this flush (a line moved to another
    invoice changes both balances). A new application made with the document's id only (a payment read
    from QuickBooks) has no document object yet: it is looked up, or its balance would not move."""
    found: list[Record] = []
    state: InstanceState[Any] = inspect(app)
    for name, key, cls in _APPLIED_TO[type(app)]:
        current = getattr(app, name)
        if current is None and getattr(app, key) is not None:
            current = session.get(cls, getattr(app, key))
            setattr(app, name, current)  # the document's list of what was applied now holds this line
        for target in (current, *state.attrs[name].history.deleted):
            if isinstance(target, Record) and target not in found:
                found.append(target)
    return found


def _preload_targets(session: Session, objs: list[Any]) -> list[Any]:
    """Load, in one query per kind, the documents that new applications name by id only (payments read from
    QuickBooks), with their lines and what was applied to them: their balances are recomputed in this
    flush, and a first sync stores payments by the hundred. The caller keeps the list for the flush (the
    session holds loaded records weakly)."""
    loaded: list[Any] = []
    wanted: dict[type[Record], set[int]] = {}
    for obj in objs:
        if isinstance(obj, PaymentApplication | BillPaymentLine):
            for name, key, cls in _APPLIED_TO[type(obj)]:
                target_id = getattr(obj, key)
                if target_id is not None and getattr(obj, name) is None:
                    wanted.setdefault(cls, set()).add(target_id)
    for cls, ids in wanted.items():
        model: Any = cls
        missing = [i for i in ids if session.identity_map.get(inspect(model).identity_key_from_primary_key((i,)))
                   is None]
        if missing:
            loaded.extend(session.scalars(select(model).where(model.id.in_(missing)).options(
                selectinload(model.lines), selectinload(model.payments_applied))).all())
    return loaded


def _line_amount(line: _SalesLine) -> None:
    # Column defaults only apply at INSERT; a new line must add up before that.
    quantity = cast(Decimal | None, line.quantity)
    unit_price = cast(Decimal | None, line.unit_price)
    if quantity is None:
        line.quantity = quantity = Decimal(1)
    if unit_price is None:
        line.unit_price = unit_price = ZERO
    line.amount = (quantity * unit_price).quantize(CENT, ROUND_HALF_UP)


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, flush_context: Any, instances: Any) -> None:
    from_sync = session.info.get(ORIGIN_KEY) == "sync"
    backdate = bool(session.info.get(BACKDATE_KEY))
    now = utcnow()
    deleted = set(session.deleted)
    new = list(session.new)
    new_ids = {id(o) for o in new}

    with session.no_autoflush:
        touched: dict[int, Record] = {}
        recompute: dict[int, Record] = {}
        preloaded = _preload_targets(session, new)

        # Lines a payment dropped (QuickBooks voided it, or it was read again with fewer) are deleted only later in
        # the flush, as orphans: the documents they paid must not count them already now.
        for obj in list(session.dirty):
            if isinstance(obj, Payment | BillPayment):
                state: InstanceState[Any] = inspect(obj)
                for child in state.attrs.applications.history.deleted:
                    deleted.add(child)
                    for target in _targets(child, session):
                        recompute[id(target)] = target

        for obj in new + list(session.dirty) + list(deleted):
            if isinstance(obj, _SalesLine) and obj not in deleted:
                _line_amount(obj)
            if isinstance(obj, Child):
                owner = obj.owner()
                if owner is not None and owner not in deleted:
                    touched[id(owner)] = owner
                    recompute[id(owner)] = owner
                if isinstance(obj, PaymentApplication | BillPaymentLine):
                    for target in _targets(obj, session):
                        recompute[id(target)] = target
            elif isinstance(obj, Record) and obj not in deleted:
                recompute[id(obj)] = obj

        for obj in recompute.values():
            _recompute(obj, deleted)
        del preloaded  # held until here: the balances above are recomputed from them

        for obj in new:
            if not isinstance(obj, Record):
                continue
            if obj.created_at is None or not backdate:
                obj.created_at = now
            obj.updated_at = now
            obj.dirty = not from_sync

        for obj in list(session.dirty) + list(touched.values()):
            if not isinstance(obj, Record) or id(obj) in new_ids or obj in deleted:
                continue
            if id(obj) in touched or _content_changed(obj):
                obj.updated_at = now
                if not from_sync:
                    obj.dirty = True
                    # Written even when this session read the record as dirty already: the sync may have
                    # cleared the flag since, with a statement that leaves ``version`` alone (so this save
                    # still passes the version check), and this edit must mark the record again.
                    flag_modified(obj, "dirty")


def _exact_setter(column_type: ExactDecimal) -> Any:
    def check(target: Any, value: Any, oldvalue: Any, initiator: Any) -> Any:
        return None if value is None else column_type.coerce(value)

    return check


@event.listens_for(Base, "mapper_configured", propagate=True)
def _guard_money_attributes(mapper: Mapper[Any], cls: type[Any]) -> None:
    """Refuse a float (or an over-precise value) the moment it is assigned, not at flush.

    Failing at assignment points the traceback at the code that produced the float,
    and keeps derived totals from ever being computed with one.
    """
    for prop in mapper.column_attrs:
        for column in prop.columns:
            if isinstance(column.type, ExactDecimal):
                event.listen(getattr(cls, prop.key), "set", _exact_setter(column.type), retval=True)
