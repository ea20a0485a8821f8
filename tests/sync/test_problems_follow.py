"""Problems follow their cause: they name what is missing, close when it is gone, and Resync really retries."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from tests.sync.conftest import Rig

import qbdesk.sync.local_writes as local_writes
from qbdesk.store import Customer, Invoice, InvoiceLine, Item, Vendor
from qbdesk.store.syncdata import IssueStatus, SyncIssue
from qbdesk.sync.actions import ProblemActions
from qbdesk.sync.settings import SyncSettings, save_settings

MakeRig = Callable[..., Rig]


def _synced(make_rig: MakeRig) -> Rig:
    rig = make_rig(qbo_size=40, here_size=60)
    bank = next(a["Id"] for a in rig.qbo("Account") if a["AccountType"] == "Bank")
    with rig.company.session() as s:
        save_settings(s, SyncSettings(refund_account=bank))
    assert rig.engine().run().status == "completed"
    rig.server.advance(60)
    return rig


def _open(rig: Rig) -> list[SyncIssue]:
    with rig.company.session() as s:
        return list(s.scalars(select(SyncIssue).where(SyncIssue.status == IssueStatus.OPEN)))


def test_a_record_waiting_for_another_names_it_and_both_close_when_it_syncs(make_rig: MakeRig) -> None:
    rig = _synced(make_rig)
    employee = rig.qbo("Employee")[0]["DisplayName"]
    with rig.company.session() as s:
        customer = Customer(display_name=employee)  # QuickBooks refuses it: an employee has the name (6240)
        item = s.scalars(select(Item).where(Item.active.is_(True))).first()
        assert item is not None
        invoice = Invoice(customer=customer, txn_date=date(2026, 7, 1), doc_number="W-1")
        invoice.lines.append(InvoiceLine(line_num=1, item=item, quantity=Decimal(1), unit_price=Decimal("50.00")))
        s.add_all([customer, invoice])
        s.flush()
        customer_id, invoice_id = customer.id, invoice.id
    summary = rig.engine().run()
    assert summary.problems == 2
    problems = {i.local_id: i for i in _open(rig)}
    assert problems[customer_id].code == "6240"
    waiting = problems[invoice_id]
    assert waiting.code == "depends_on_failed"
    assert waiting.message == f"Waits for Customer '{employee}', which could not sync."
    assert waiting.data["params"]["record"] == f"Customer '{employee}'"  # the one missing, not the one waiting

    with rig.company.session() as s:
        s.get(Customer, customer_id).display_name = f"{employee} (customer)"  # type: ignore[union-attr]
    fixed = rig.engine().run()
    assert (fixed.created_in_qbo, fixed.problems) == (2, 0)
    assert _open(rig) == []  # both closed by themselves: the cause is gone


def test_resync_of_a_quickbooks_record_that_could_not_come_here_retries_it(make_rig: MakeRig,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    rig = _synced(make_rig)
    made = rig.server.sandbox.write(rig.realm_id, "Vendor", {"DisplayName": "Refused Once Supplies"})
    real = local_writes.from_qbo
    refusing = [True]

    def from_qbo(entity: str, row: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        record = real(entity, row, *args, **kwargs)
        if row.get("Id") == made["Id"] and refusing[0]:
            record.display_name = None  # the database refuses the row (NOT NULL)
        return record

    monkeypatch.setattr(local_writes, "from_qbo", from_qbo)
    first = rig.engine().run()
    assert first.problems == 1
    [problem] = _open(rig)
    assert (problem.code, problem.local_id, problem.qbo_id) == ("not_stored", None, made["Id"])
    rig.server.advance(600)
    rig.engine().run()  # CDC's overlap reads it once more (refused again)
    refusing[0] = False  # what made the database refuse it is fixed (in life: a newer qbdesk, a wider column)
    rig.server.advance(600)
    quiet = rig.engine().run()  # a later sync reads only what changed in QuickBooks: not this one any more
    assert quiet.created_here == 0 and _open(rig)
    ProblemActions(rig.company, rig.connection.client).apply(problem.id, "resync")
    rig.server.advance(60)
    retried = rig.engine().run()
    assert retried.created_here == 1
    with rig.company.session() as s:
        assert s.scalars(select(Vendor).where(Vendor.display_name == "Refused Once Supplies")).one()
    assert _open(rig) == []  # the record is here now: its problem is over
