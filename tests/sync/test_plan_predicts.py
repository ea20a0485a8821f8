"""The plan predicts every sync: after a first sync, random changes on both sides, and `plan` = what `sync` does.

Property-based: hypothesis draws the changes (edits, creations and deletions here and
in QuickBooks, records edited on both sides under each conflict setting, invoices
moved to another customer in QuickBooks, records marked changed without a change,
and now and then a month's pause that forces a full comparison). For each, the
counts of ``SyncEngine.plan()`` must equal what ``SyncEngine.run()`` then does, and
the plan after it must write nothing (no phantom updates, nothing left running).
Examples run one after the other on one synced company, so each starts from the
state the previous sync left.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from tests.sync.conftest import Rig
from tests.sync.probe import QboProbe, assert_each_record_once

from qbdesk.store import (
    BillPayment,
    Customer,
    Deposit,
    Expense,
    GeneralJournalEntry,
    Invoice,
    InvoiceLine,
    Item,
    Link,
    PurchaseOrder,
    Transfer,
    VendorCredit,
)
from qbdesk.store.syncdata import LinkState, RunStatus, SyncRun
from qbdesk.sync.plan import WRITES_HERE, WRITES_TO_QBO, OpKind, Plan
from qbdesk.sync.settings import ConflictPolicy, SyncSettings, save_settings

MakeRig = Callable[..., Rig]
_names = itertools.count()

SCENARIO = st.fixed_dictionaries({
    "edit_here": st.integers(0, 4), "new_customers_here": st.integers(0, 2), "new_invoices_here": st.integers(0, 3),
    "edit_qbo": st.integers(0, 3), "new_vendors_qbo": st.integers(0, 2), "both": st.integers(0, 2),
    "touched": st.integers(0, 2), "delete_here": st.integers(0, 1), "delete_qbo": st.integers(0, 1),
    "moved": st.integers(0, 1), "policy": st.sampled_from(list(ConflictPolicy)),
    "month_later": st.booleans(), "seed": st.integers(0, 10_000),
    # Issue 18's record types: memos changed here and in QuickBooks (never the same record).
    "new_types_here": st.integers(0, 2), "new_types_qbo": st.integers(0, 2),
})


def _linked(rig: Rig, entity: str) -> dict[int, str]:
    with rig.company.session() as s:
        return {lk.local_id: lk.qbo_id for lk in s.scalars(select(Link).where(
            Link.entity_type == entity, Link.state == LinkState.LINKED)) if lk.local_id and lk.qbo_id}


def _qbo_edit(rig: Rig, entity: str, qbo_id: str, **fields: object) -> None:
    current = rig.server.sandbox.get(rig.realm_id, entity, qbo_id)
    assert current is not None
    rig.server.sandbox.write(rig.realm_id, entity, {"Id": qbo_id, "SyncToken": current["SyncToken"], "sparse": True,
                                                    **fields})


def _apply(rig: Rig, sc: dict[str, object]) -> None:
    import random

    rng = random.Random(int(sc["seed"]))  # type: ignore[call-overload]
    customers = _linked(rig, "Customer")
    invoices = _linked(rig, "Invoice")
    pool = sorted(customers)
    rng.shuffle(pool)
    take = iter(pool)
    with rig.company.session() as s:
        top = [c for c in pool if (c_ := s.get(Customer, c)) is not None and c_.parent_id is None]
        items = list(s.scalars(select(Item).where(Item.active.is_(True)).order_by(Item.id)))
        for cid in itertools.islice(take, int(sc["edit_here"])):  # type: ignore[call-overload]
            s.get(Customer, cid).notes = f"here {next(_names)}"  # type: ignore[union-attr]
        both = list(itertools.islice(take, int(sc["both"])))  # type: ignore[call-overload]
        for cid in both:
            s.get(Customer, cid).notes = f"both here {next(_names)}"  # type: ignore[union-attr]
        for cid in itertools.islice(take, int(sc["touched"])):  # type: ignore[call-overload]
            s.get(Customer, cid).dirty = True  # marked changed, nothing changed: nothing to send
        for _ in range(int(sc["new_customers_here"])):  # type: ignore[call-overload]
            s.add(Customer(display_name=f"Predicted Customer {next(_names)}"))
        for _ in range(int(sc["new_invoices_here"])):  # type: ignore[call-overload]
            invoice = Invoice(customer_id=rng.choice(top), txn_date=date(2026, 7, 15), doc_number=f"P{next(_names)}")
            item = rng.choice(items)
            invoice.lines.append(InvoiceLine(line_num=1, item=item, quantity=Decimal(2), unit_price=item.unit_price))
            s.add(invoice)
        expenses = [e for e in s.scalars(select(Expense).order_by(Expense.id))
                    if e.id in _linked(rig, "Purchase")]
        for expense in expenses[:int(sc["delete_here"])]:  # type: ignore[call-overload]
            s.delete(expense)
        unpaid = [i for i in s.scalars(select(Invoice).order_by(Invoice.id))
                  if i.id in invoices and not i.payments_applied]
    for cid in list(itertools.islice(take, int(sc["edit_qbo"]))) + both:  # type: ignore[call-overload]
        _qbo_edit(rig, "Customer", customers[cid], CompanyName=f"QuickBooks {next(_names)}")
    for _ in range(int(sc["new_vendors_qbo"])):  # type: ignore[call-overload]
        rig.server.sandbox.write(rig.realm_id, "Vendor", {"DisplayName": f"Predicted Vendor {next(_names)}"})
    rng.shuffle(unpaid)
    for invoice in unpaid[:int(sc["delete_qbo"])]:  # type: ignore[call-overload]
        current = rig.server.sandbox.get(rig.realm_id, "Invoice", invoices[invoice.id])
        assert current is not None
        rig.connection.client.delete("Invoice", invoices[invoice.id], current["SyncToken"])
    for invoice in unpaid[1:1 + int(sc["moved"])]:  # type: ignore[call-overload]
        other = next(c for c in top if c != invoice.customer_id)
        _qbo_edit(rig, "Invoice", invoices[invoice.id], CustomerRef={"value": customers[other]})
    _edit_new_types(rig, rng, int(sc["new_types_here"]), int(sc["new_types_qbo"]))  # type: ignore[call-overload]
    if sc["month_later"]:
        rig.server.advance(31 * 86400)  # beyond CDC's 30 days: the sync compares both sides in full


NEW_TYPES: tuple[tuple[str, type[Any]], ...] = (
    ("Deposit", Deposit), ("Transfer", Transfer), ("JournalEntry", GeneralJournalEntry), ("BillPayment", BillPayment),
    ("VendorCredit", VendorCredit), ("PurchaseOrder", PurchaseOrder))


def _edit_new_types(rig: Rig, rng: Any, here: int, qbo: int) -> None:
    """Memos of deposits, transfers, journal entries, bill payments, vendor credits and purchase orders."""
    linked = [(entity, cls, local, qbo_id) for entity, cls in NEW_TYPES
              for local, qbo_id in _linked(rig, entity).items()]
    rng.shuffle(linked)
    with rig.company.session() as s:
        for _entity, cls, local, _qbo_id in linked[:here]:
            s.get(cls, local).memo = f"here {next(_names)}"
    for entity, _cls, _local, qbo_id in linked[here:here + qbo]:
        _qbo_edit(rig, entity, qbo_id, PrivateNote=f"QuickBooks {next(_names)}")


def _total(plan: Plan, key: str) -> int:
    return sum(getattr(c, key) for c in plan.counts.values())


@pytest.fixture
def synced(make_rig: MakeRig) -> Rig:
    rig = make_rig(qbo_size=60, here_size=200)
    bank = next(a["Id"] for a in rig.qbo("Account") if a["AccountType"] == "Bank")
    with rig.company.session() as s:
        save_settings(s, SyncSettings(refund_account=bank))
    first = rig.engine().run()
    assert first.status == "completed" and first.problems == 0, first
    rig.server.advance(600)
    return rig


@pytest.mark.slow
@settings(max_examples=int(os.environ.get("QBDESK_PLAN_EXAMPLES", "14")), deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(sc=SCENARIO)
def test_the_plan_predicts_every_later_sync(synced: Rig, sc: dict[str, object]) -> None:
    rig = synced
    bank = next(a["Id"] for a in rig.qbo("Account") if a["AccountType"] == "Bank")
    with rig.company.session() as s:
        save_settings(s, SyncSettings(refund_account=bank, conflict_policy=sc["policy"]))  # type: ignore[arg-type]
    _apply(rig, sc)
    plan = rig.engine().plan()
    moved = len(plan.of_kind(OpKind.MOVED))
    summary = rig.engine().run()
    assert summary.status == "completed", summary
    predicted = (_total(plan, "create_in_qbo"), _total(plan, "create_here"), _total(plan, "update_in_qbo"),
                 _total(plan, "update_here"), _total(plan, "delete_in_qbo"),
                 _total(plan, "blocked") + _total(plan, "conflicts") + _total(plan, "deleted_in_qbo") + moved)
    done = (summary.created_in_qbo, summary.created_here, summary.updated_in_qbo, summary.updated_here,
            summary.deleted_in_qbo + summary.deactivated_in_qbo, summary.problems)
    assert done == predicted, (sc, plan.to_json(details=True))
    assert summary.linked == len(plan.of_kind(OpKind.LINK))
    if sc["edit_here"] or sc["new_customers_here"] or sc["new_invoices_here"] or sc["new_types_here"]:
        assert summary.created_in_qbo + summary.updated_in_qbo > 0
    # Nothing is left to do: no phantom update, no run left running.
    rig.server.advance(60)
    after = rig.engine().plan()
    left = [op for op in after.operations if op.kind in WRITES_TO_QBO | WRITES_HERE | {OpKind.LINK}]
    assert not left, [op.to_json() for op in left]
    with rig.company.session() as s:
        assert not list(s.scalars(select(SyncRun.id).where(SyncRun.status == RunStatus.RUNNING)))
    probe = QboProbe(rig.server.api_base, rig.realm_id, rig.connection.tokens.access_token())
    try:
        assert_each_record_once(rig.company, probe)  # asked of QuickBooks over HTTP, not of the engine
    finally:
        probe.close()
