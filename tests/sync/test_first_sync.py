"""The first sync against the sandbox over real HTTP: counts are what happens, settings are honoured."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from tests.sync.conftest import Rig

from qbdesk.store import Customer, Deposit, Invoice, Payment, PaymentMethod, RefundReceipt
from qbdesk.store.syncdata import IssueStatus, JournalEntry, JournalState, SyncIssue
from qbdesk.sync.entities import ENTITIES
from qbdesk.sync.plan import OpKind
from qbdesk.sync.settings import OneSided, SyncSettings, save_settings
from qbdesk.sync.snapshot import norm

MakeRig = Callable[..., Rig]


def _refund_account(rig: Rig) -> str:
    return next(a["Id"] for a in rig.qbo("Account") if a["AccountType"] == "Bank")


def test_counts_are_what_the_sync_does_and_a_second_plan_is_empty(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=250, here_size=300)
    engine = rig.engine()
    settings = SyncSettings(refund_account=_refund_account(rig))
    plan = engine.plan(settings)
    want_qbo = sum(c.create_in_qbo for c in plan.counts.values())
    want_here = sum(c.create_here for c in plan.counts.values())
    before = {e: len(rig.qbo(e)) for e in ("Customer", "Invoice", "Payment", "Bill")}

    summary = engine.run(settings=settings)

    assert summary.status == "completed"
    assert (summary.created_in_qbo, summary.created_here) == (want_qbo, want_here)
    assert summary.problems == 0
    for entity in before:
        assert len(rig.qbo(entity)) == before[entity] + plan.counts[entity].create_in_qbo
    again = engine.plan(settings, refresh=True)
    assert again.writes() == []
    for entity, counts in again.counts.items():
        assert counts.here == counts.in_qbo == counts.matched, entity
    # Batching: far fewer calls than records written. Each record type costs a read, a read of the rows that come
    # here and at least one batch; beyond that, one call per 30 records.
    assert summary.api_calls <= 3 * len(ENTITIES) + (want_qbo + want_here) / 30


def test_money_arrives_exactly_and_payments_reduce_balances_in_quickbooks(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=0, here_size=200)
    rig.engine().run(settings=SyncSettings(refund_account=_refund_account(rig)))
    with rig.company.session() as s:
        local = {i.doc_number: (i.total, i.balance) for i in s.scalars(select(Invoice))}
    remote = {i["DocNumber"]: (Decimal(str(i["TotalAmt"])), Decimal(str(i["Balance"]))) for i in rig.qbo("Invoice")}
    assert local == remote


def test_ignore_both_ways_creates_nothing_and_says_why(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=120, here_size=150)
    settings = SyncSettings(only_in_qbo=OneSided.IGNORE, only_here=OneSided.IGNORE)
    plan = rig.engine().plan(settings)
    assert not plan.of_kind(OpKind.CREATE_IN_QBO) and not plan.of_kind(OpKind.CREATE_HERE)
    qbo_before = len(rig.qbo("Invoice"))
    summary = rig.engine().run(settings=settings)
    assert summary.created_in_qbo == summary.created_here == 0
    assert len(rig.qbo("Invoice")) == qbo_before
    assert plan.counts["Invoice"].ignored == plan.counts["Invoice"].here + plan.counts["Invoice"].in_qbo


def test_dependents_of_an_ignored_customer_are_not_created(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=0, here_size=120)
    with rig.company.session() as s:
        customer_id = s.scalars(select(Invoice.customer_id)).first()
        customer = s.get(Customer, customer_id)
        assert customer is not None
        name = customer.display_name
        invoices = s.scalar(select(func.count()).select_from(Invoice).where(Invoice.customer_id == customer_id))
    from qbdesk.store.syncdata import Link, LinkState
    from qbdesk.store.types import utcnow

    with rig.company.session() as s:
        s.add(Link(entity_type="Customer", local_id=customer_id, state=LinkState.DONT_SYNC, created_at=utcnow(),
                   updated_at=utcnow()))
    plan = rig.engine().plan(SyncSettings())
    skipped = [op for op in plan.operations if op.kind is OpKind.SKIP and op.entity == "Invoice"]
    assert len(skipped) == invoices
    assert all(op.params["record"] == f"Customer {name}" for op in skipped)
    rig.engine().run(settings=SyncSettings())
    assert not any(norm(c["DisplayName"]) == norm(name) for c in rig.qbo("Customer"))


def test_date_cutoff_syncs_old_customers_only_when_a_new_invoice_uses_them(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=0, here_size=300)
    rig.server.sandbox.set_preferences(rig.realm_id, custom_txn_numbers=True)  # the invoices keep their numbers
    cutoff = date(2026, 1, 1)
    with rig.company.session() as s:
        recent_invoice_customers = set(s.scalars(select(Invoice.customer_id).where(Invoice.txn_date >= cutoff)))
        expected = {c.display_name for c in s.scalars(select(Customer))
                    if (c.customer_since or cutoff) >= cutoff or c.id in recent_invoice_customers}
        old_used = [c.display_name for c in s.scalars(select(Customer))
                    if c.customer_since and c.customer_since < cutoff and c.id in recent_invoice_customers]
        recent_invoices = {i.doc_number for i in s.scalars(select(Invoice).where(Invoice.txn_date >= cutoff))}
        # A new payment of an old invoice takes the invoice along (it could not be applied otherwise).
        recent_payments = list(s.scalars(select(Payment).where(Payment.txn_date >= cutoff)))
        # ... and so does a new deposit of an old payment (QuickBooks links a deposit to the payments it banks).
        recent_payments += [line.payment for d in s.scalars(select(Deposit).where(Deposit.txn_date >= cutoff))
                            for line in d.lines if line.payment is not None]
        recent_invoices |= {a.invoice.doc_number for p in recent_payments for a in p.applications
                            if a.invoice is not None}
        items = s.scalar(select(func.count()).select_from(PaymentMethod))
    assert old_used, "the generated data should have an old customer with a new invoice"
    settings = SyncSettings(since=cutoff, refund_account=_refund_account(rig))
    rig.engine().run(settings=settings)
    sent_customers = {c["DisplayName"] for c in rig.qbo("Customer")}
    # Jobs pull in their parent customers too; everything expected is there, nothing old and unused.
    assert expected <= sent_customers
    assert set(old_used) <= sent_customers
    assert {i["DocNumber"] for i in rig.qbo("Invoice")} == recent_invoices
    assert len(rig.qbo("PaymentMethod")) >= items  # reference lists ignore the date


def test_refunds_wait_for_a_refund_account_then_go_from_it(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=0, here_size=300)
    with rig.company.session() as s:
        refunds = s.scalar(select(func.count()).select_from(RefundReceipt))
    assert refunds
    summary = rig.engine().run(settings=SyncSettings())
    assert len(rig.qbo("RefundReceipt")) == 0
    assert summary.problems == refunds
    with rig.company.session() as s:
        codes = set(s.scalars(select(SyncIssue.code).where(SyncIssue.entity_type == "RefundReceipt")))
    assert codes == {"refund_account_missing"}

    bank = _refund_account(rig)
    rig.engine().run(settings=SyncSettings(refund_account=bank))
    sent = rig.qbo("RefundReceipt")
    assert len(sent) == refunds
    assert {r["DepositToAccountRef"]["value"] for r in sent} == {bank}
    with rig.company.session() as s:
        still_open = [(i.entity_type, i.code, i.message) for i in
                      s.scalars(select(SyncIssue).where(SyncIssue.status == IssueStatus.OPEN))]
    assert still_open == []


def test_payment_method_filter_in_both_directions(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=200, here_size=200)
    with rig.company.session() as s:
        local_visa = s.scalar(select(func.count()).select_from(Payment).join(PaymentMethod)
                              .where(PaymentMethod.name == "Visa"))
        local_total = s.scalar(select(func.count()).select_from(Payment))
    remote_visa = sum(1 for p in rig.qbo("Payment") if (p.get("PaymentMethodRef") or {}).get("name") == "Visa")
    remote_total = len(rig.qbo("Payment"))
    assert local_visa and remote_visa
    settings = SyncSettings(excluded_methods=frozenset({"visa"}), refund_account=_refund_account(rig))
    plan = rig.engine().plan(settings)
    assert plan.counts["Payment"].filtered == local_visa + remote_visa
    rig.engine().run(settings=settings)
    assert len(rig.qbo("Payment")) == remote_total + local_total - local_visa
    with rig.company.session() as s:
        assert s.scalar(select(func.count()).select_from(Payment)) == local_total + remote_total - remote_visa


def test_every_write_is_journaled_with_its_request_id(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=0, here_size=80)
    save = SyncSettings(refund_account=_refund_account(rig))
    with rig.company.session() as s:
        save_settings(s, save)
    summary = rig.engine().run()
    with rig.company.session() as s:
        entries = list(s.scalars(select(JournalEntry).where(JournalEntry.operation == "create_in_qbo")))
    assert len(entries) == summary.created_in_qbo
    assert all(e.state is JournalState.DONE and e.request_id and e.qbo_id for e in entries)
    assert len({e.request_id for e in entries}) == len(entries)


def test_an_invoice_number_taken_in_quickbooks_is_caught_before_sending(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=200, here_size=0)
    rig.server.sandbox.set_preferences(rig.realm_id, custom_txn_numbers=True)
    taken = rig.qbo("Invoice")[0]["DocNumber"]
    with rig.company.session() as s:
        customer = Customer(display_name="Numbering Test Co")
        inv = Invoice(customer=customer, txn_date=date(2026, 5, 1), doc_number=taken)
        from qbdesk.store import InvoiceLine

        inv.lines.append(InvoiceLine(quantity=Decimal(1), unit_price=Decimal("10.00")))
        s.add(inv)
    calls_before = rig.connection.client.stats.calls
    summary = rig.engine().run(settings=SyncSettings(refund_account=_refund_account(rig)))
    assert summary.problems == 1
    with rig.company.session() as s:
        issue = s.scalars(select(SyncIssue).where(SyncIssue.entity_type == "Invoice")).one()
        assert issue.code == "duplicate_doc_number" and issue.source == "preflight"
        suggestion = issue.data["params"]["suggestion"]
        assert f"use {suggestion}" in (issue.message or "")
        assert int(suggestion) > max(int(i["DocNumber"]) for i in rig.qbo("Invoice") if i["DocNumber"].isdigit())
        mine = s.get(Invoice, issue.local_id)
        assert mine is not None and mine.doc_number == taken
        mine.doc_number = suggestion
    assert rig.connection.client.stats.calls > calls_before
    rig.engine().run(settings=SyncSettings(refund_account=_refund_account(rig)))
    assert [i for i in rig.qbo("Invoice") if i["DocNumber"] == suggestion]
    with rig.company.session() as s:
        assert s.scalars(select(SyncIssue).where(SyncIssue.entity_type == "Invoice")).one().status \
            is IssueStatus.RESOLVED
