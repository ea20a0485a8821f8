"""The store keeps timestamps, the dirty flag, totals and balances itself."""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm.exc import StaleDataError

from qbdesk.store import (
    Account,
    AccountType,
    Company,
    Customer,
    Invoice,
    InvoiceLine,
    Item,
    Payment,
    PaymentApplication,
    sync_origin,
)

D = Decimal


def _invoice(company: Company) -> int:
    with company.session() as s:
        income = Account(name="Sales", account_type=AccountType.INCOME)
        item = Item(name="Labor", income_account=income, unit_price=D("40"))
        inv = Invoice(customer=Customer(display_name="Ann"), txn_date=date(2026, 3, 1), doc_number="1001")
        inv.lines.append(InvoiceLine(item=item, quantity=D("2.5"), unit_price=D("40")))
        inv.lines.append(InvoiceLine(item=item, quantity=D("3"), unit_price=D("0.333")))
        s.add(inv)
    return inv.id


def test_new_records_get_timestamps_and_are_dirty(company: Company) -> None:
    with company.session() as s:
        c = Customer(display_name="Bob")
        s.add(c)
    assert c.created_at is not None and c.created_at.tzinfo is not None
    assert c.updated_at == c.created_at
    assert c.dirty is True


def test_callers_cannot_set_created_at(company: Company) -> None:
    from datetime import UTC, datetime

    with company.session() as s:
        c = Customer(display_name="Bob", created_at=datetime(2001, 1, 1, tzinfo=UTC))
        s.add(c)
    assert c.created_at.year != 2001


def test_an_edit_moves_updated_at_and_marks_dirty(company: Company) -> None:
    with company.session() as s:
        c = Customer(display_name="Bob")
        s.add(c)
    with company.session() as s, sync_origin(s):
        s.get(Customer, c.id).dirty = False  # type: ignore[union-attr]
    before = c.updated_at
    time.sleep(0.002)
    with company.session() as s:
        again = s.get(Customer, c.id)
        assert again is not None and again.dirty is False
        again.email = "bob@example.com"
    assert again.dirty is True
    assert again.updated_at > before


def test_writes_from_the_sync_are_not_marked_dirty(company: Company) -> None:
    with company.session() as s, sync_origin(s):
        c = Customer(display_name="From QBO")
        s.add(c)
    assert c.dirty is False
    with company.session() as s, sync_origin(s):
        s.get(Customer, c.id).phone = "555"  # type: ignore[union-attr]
    with company.session() as s:
        assert s.get(Customer, c.id).dirty is False  # type: ignore[union-attr]


def test_an_edit_saved_after_the_sync_cleared_the_flag_it_read_marks_the_record_again(company: Company) -> None:
    """The sync clears ``dirty`` with ``UPDATE … WHERE version = ?``, leaving the version alone: an editor that
    read the record (dirty) just before must still be able to save, and its save must mark it dirty again."""
    with company.session() as s:
        c = Customer(display_name="Bob")
        s.add(c)
    table = Customer.__table__
    with company.session() as s:
        editor = s.get(Customer, c.id)
        assert editor is not None and editor.dirty is True and editor.version == 1
        # What the sync does meanwhile (from its own connection; here in this transaction, for both backends).
        s.execute(update(table).where(table.c.id == c.id, table.c.version == 1).values(dirty=False))
        editor.phone = "555-0100"  # the session still believes the record dirty
    with company.session() as s:
        row = s.execute(select(table.c.dirty, table.c.version, table.c.phone).where(table.c.id == c.id)).one()
    assert (row.dirty, row.version, row.phone) == (True, 2, "555-0100")


def test_line_amounts_totals_and_balance_are_computed(company: Company) -> None:
    inv_id = _invoice(company)
    with company.session() as s:
        inv = s.get(Invoice, inv_id)
        assert inv is not None
        assert [line.amount for line in inv.lines] == [D("100.00"), D("1.00")]
        assert inv.total == D("101.00")
        assert inv.balance == D("101.00")


def test_changing_a_line_marks_the_invoice_dirty_and_updates_the_total(company: Company) -> None:
    inv_id = _invoice(company)
    with company.session() as s, sync_origin(s):
        s.get(Invoice, inv_id).dirty = False  # type: ignore[union-attr]
    with company.session() as s:
        inv = s.get(Invoice, inv_id)
        assert inv is not None
        inv.lines[0].quantity = D("1")
    with company.session() as s:
        inv = s.get(Invoice, inv_id)
        assert inv is not None
        assert inv.total == D("41.00")
        assert inv.dirty is True


def test_removing_a_line_updates_the_total(company: Company) -> None:
    inv_id = _invoice(company)
    with company.session() as s:
        inv = s.get(Invoice, inv_id)
        assert inv is not None
        del inv.lines[1]
    with company.session() as s:
        assert s.get(Invoice, inv_id).total == D("100.00")  # type: ignore[union-attr]


def test_payments_reduce_the_balance_without_dirtying_the_invoice(company: Company) -> None:
    inv_id = _invoice(company)
    with company.session() as s, sync_origin(s):
        s.get(Invoice, inv_id).dirty = False  # type: ignore[union-attr]
    with company.session() as s:
        inv = s.get(Invoice, inv_id)
        assert inv is not None
        pay = Payment(customer=inv.customer, txn_date=date(2026, 3, 5), total=D("60.00"))
        pay.applications.append(PaymentApplication(invoice=inv, amount=D("60.00")))
        s.add(pay)
    with company.session() as s:
        inv = s.get(Invoice, inv_id)
        assert inv is not None
        assert inv.balance == D("41.00")
        assert inv.dirty is False
        assert s.get(Payment, pay.id).unapplied == D("0.00")  # type: ignore[union-attr]
    with company.session() as s:
        s.delete(s.get(Payment, pay.id))
    with company.session() as s:
        assert s.get(Invoice, inv_id).balance == D("101.00")  # type: ignore[union-attr]


def test_two_editors_of_one_record_cannot_overwrite_each_other(company: Company) -> None:
    with company.session() as s:
        c = Customer(display_name="Shared")
        s.add(c)
    first, second = company.sessions(), company.sessions()
    a, b = first.get(Customer, c.id), second.get(Customer, c.id)
    assert a is not None and b is not None
    a.phone = "111"
    first.commit()
    b.phone = "222"
    with pytest.raises(StaleDataError):
        second.commit()
    second.rollback()
    first.close()
    second.close()
    with company.session() as s:
        assert s.get(Customer, c.id).phone == "111"  # type: ignore[union-attr]


def test_a_line_without_quantity_counts_as_one(company: Company) -> None:
    with company.session() as s:
        inv = Invoice(customer=Customer(display_name="Q"), txn_date=date(2026, 3, 1))
        inv.lines.append(InvoiceLine(unit_price=D("12.50")))
        s.add(inv)
    assert inv.total == D("12.50") and inv.lines[0].quantity == 1


def test_a_savepoint_rolled_back_inside_a_transaction_leaves_nothing(company: Company) -> None:
    session = company.sessions()
    with session.begin_nested():
        session.add(Customer(display_name="Inner"))
    session.rollback()
    session.close()
    with company.session() as s:
        assert s.query(Customer).count() == 0
    with company.session() as s:
        s.add(Customer(display_name="Outer"))
        try:
            with s.begin_nested():
                s.add(Customer(display_name="Doomed"))
                s.flush()
                raise RuntimeError("roll this one back")
        except RuntimeError:
            pass
    with company.session() as s:
        assert [c.display_name for c in s.query(Customer)] == ["Outer"]
