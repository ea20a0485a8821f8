"""After the first sync: CDC pulls, dirty records push, conflicts follow the policy, approvals wait."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from sqlalchemy import select
from tests.sync.conftest import Rig

from qbdesk.store import Customer, Invoice
from qbdesk.store.syncdata import (
    ApprovalDirection,
    ApprovalStatus,
    IssueStatus,
    Link,
    LinkState,
    SyncIssue,
)
from qbdesk.sync.approvals import approve, waiting
from qbdesk.sync.engine import SyncEngine
from qbdesk.sync.settings import ConflictPolicy, SyncSettings, save_settings

MakeRig = Callable[..., Rig]


def _synced(make_rig: MakeRig, **settings: object) -> Rig:
    rig = make_rig(qbo_size=150, here_size=150)
    bank = next(a["Id"] for a in rig.qbo("Account") if a["AccountType"] == "Bank")
    with rig.company.session() as s:
        save_settings(s, SyncSettings(refund_account=bank, **settings))  # type: ignore[arg-type]
    first = rig.engine().run()
    assert first.status == "completed" and first.problems == 0
    rig.server.advance(60)
    return rig


def _linked(rig: Rig, entity: str, local_id: int) -> str:
    with rig.company.session() as s:
        link = s.scalars(select(Link).where(Link.entity_type == entity, Link.local_id == local_id)).one()
        assert link.qbo_id is not None
        return link.qbo_id


def _qbo_edit(rig: Rig, entity: str, qbo_id: str, **fields: object) -> dict:  # type: ignore[type-arg]
    current = rig.server.sandbox.get(rig.realm_id, entity, qbo_id)
    assert current is not None
    return rig.server.sandbox.write(rig.realm_id, entity,
                                    {"Id": qbo_id, "SyncToken": current["SyncToken"], "sparse": True, **fields})


def _a_customer(rig: Rig) -> int:
    with rig.company.session() as s:
        return s.scalars(select(Customer.id).where(Customer.parent_id.is_(None))).first()  # type: ignore[return-value]


def test_one_local_change_costs_at_most_three_calls(make_rig: MakeRig) -> None:
    rig = _synced(make_rig)
    cid = _a_customer(rig)
    with rig.company.session() as s:
        s.get(Customer, cid).email = "new-address@example.com"  # type: ignore[union-attr]
    summary = rig.engine().run()
    assert summary.status == "completed"
    assert summary.updated == 1 and summary.api_calls <= 3
    qbo = rig.server.sandbox.get(rig.realm_id, "Customer", _linked(rig, "Customer", cid))
    assert qbo is not None and qbo["PrimaryEmailAddr"]["Address"] == "new-address@example.com"
    again = rig.engine().run()
    assert again.updated == 0 and again.api_calls == 1  # only the CDC look


def test_cdc_pulls_creates_updates_deletes_and_voids(make_rig: MakeRig) -> None:
    rig = _synced(make_rig)
    cid = _a_customer(rig)
    qbo_customer = _linked(rig, "Customer", cid)
    _qbo_edit(rig, "Customer", qbo_customer, CompanyName="Renamed In QuickBooks Ltd")
    new = rig.server.sandbox.write(rig.realm_id, "Customer", {"DisplayName": "Walk-in Customer From QBO"})
    with rig.company.session() as s:
        inv_a, inv_b = list(s.scalars(select(Invoice.id).limit(2)))
    qbo_a, qbo_b = _linked(rig, "Invoice", inv_a), _linked(rig, "Invoice", inv_b)
    rig.server.sandbox.delete(rig.realm_id, "Invoice", qbo_a)  # as a person does in QuickBooks' web app
    token_b = rig.server.sandbox.get(rig.realm_id, "Invoice", qbo_b)["SyncToken"]  # type: ignore[index]
    rig.connection.client.void("Invoice", qbo_b, token_b)

    summary = rig.engine().run()
    assert summary.status == "completed"
    with rig.company.session() as s:
        assert s.get(Customer, cid).company_name == "Renamed In QuickBooks Ltd"  # type: ignore[union-attr]
        created = s.scalars(select(Customer).where(Customer.display_name == "Walk-in Customer From QBO")).one()
        assert _linked(rig, "Customer", created.id) == new["Id"]
        voided = s.get(Invoice, inv_b)
        assert voided is not None and voided.total == Decimal("0.00")
        deleted_issue = s.scalars(select(SyncIssue).where(SyncIssue.local_id == inv_a,
                                                          SyncIssue.code == "deleted_in_qbo")).one()
        assert deleted_issue.status is IssueStatus.OPEN
        link = s.scalars(select(Link).where(Link.entity_type == "Invoice", Link.local_id == inv_a)).one()
        assert link.state is LinkState.DELETED_IN_QBO
    # Not silently re-created: a later sync leaves it alone.
    invoices_in_qbo = len(rig.qbo("Invoice"))
    rig.engine().run()
    assert len(rig.qbo("Invoice")) == invoices_in_qbo


def test_falls_back_to_a_full_comparison_after_thirty_days(make_rig: MakeRig) -> None:
    rig = _synced(make_rig)
    rig.server.advance(31 * 86400)
    rig.server.sandbox.write(rig.realm_id, "Vendor", {"DisplayName": "Month Later Supplies"})
    summary = rig.engine().run()
    assert summary.status == "completed"
    with rig.company.session() as s:
        from qbdesk.store import Vendor

        assert s.scalars(select(Vendor).where(Vendor.display_name == "Month Later Supplies")).one()


@pytest.mark.parametrize("policy", [ConflictPolicy.QBO_WINS, ConflictPolicy.HERE_WINS, ConflictPolicy.ASK])
def test_a_record_changed_on_both_sides_follows_the_policy(make_rig: MakeRig, policy: ConflictPolicy) -> None:
    rig = _synced(make_rig, conflict_policy=policy)
    cid = _a_customer(rig)
    qbo_id = _linked(rig, "Customer", cid)
    _qbo_edit(rig, "Customer", qbo_id, Notes="edited in QuickBooks")
    with rig.company.session() as s:
        s.get(Customer, cid).notes = "edited here"  # type: ignore[union-attr]
    rig.engine().run()
    remote = rig.server.sandbox.get(rig.realm_id, "Customer", qbo_id)
    assert remote is not None
    with rig.company.session() as s:
        local = s.get(Customer, cid)
        assert local is not None
        if policy is ConflictPolicy.QBO_WINS:
            assert local.notes == remote["Notes"] == "edited in QuickBooks"
        elif policy is ConflictPolicy.HERE_WINS:
            assert local.notes == remote["Notes"] == "edited here"
        else:
            assert (local.notes, remote["Notes"]) == ("edited here", "edited in QuickBooks")
            issue = s.scalars(select(SyncIssue).where(SyncIssue.code == "conflict")).one()
            fields = {f["field"]: (f["here"], f["qbo"]) for f in issue.data["fields"]}
            assert fields["Notes"] == ("edited here", "edited in QuickBooks")


@pytest.mark.parametrize("clear", [False, True])
def test_approvals_keep_or_clear_the_unchecked(make_rig: MakeRig, clear: bool) -> None:
    rig = _synced(make_rig, review_changes=True)
    with rig.company.session() as s:
        first, second = list(s.scalars(select(Customer).where(Customer.parent_id.is_(None)).limit(2)))
        first.phone, second.phone = "111-1111", "222-2222"
    rig.server.sandbox.write(rig.realm_id, "Vendor", {"DisplayName": "Approval Supplies"})
    rig.engine().run()
    with rig.company.session() as s:
        items = waiting(s)
        exports = [i for i in items if i.direction is ApprovalDirection.EXPORT]
        imports = [i for i in items if i.direction is ApprovalDirection.IMPORT]
        assert len(exports) == 2 and len(imports) == 1
        checked = [exports[0].id, imports[0].id]
        unchecked_id = exports[1].id
        approved_local = exports[0].local_id
    assert rig.qbo("Customer")  # nothing was sent before approval:
    result = approve(rig.company, rig.connection.client, SyncSettings(review_changes=True), checked,
                     clear_unchecked=clear)
    assert result.approved == 2 and (result.cleared, result.kept) == ((1, 0) if clear else (0, 1))
    sent = rig.server.sandbox.get(rig.realm_id, "Customer", _linked(rig, "Customer", approved_local or 0))
    assert sent is not None and sent["PrimaryPhone"]["FreeFormNumber"] in ("111-1111", "222-2222")
    rig.engine().run()  # the next sync: a kept change shows again, a cleared one does not
    with rig.company.session() as s:
        again = {i.id for i in waiting(s)}
        unchecked = s.get(type(exports[1]), unchecked_id)
        assert unchecked is not None
        if clear:
            assert unchecked.status is ApprovalStatus.CLEARED and not again
        else:
            assert unchecked_id in again


def test_an_approved_change_made_in_quickbooks_to_a_linked_record_is_taken_over_not_a_conflict(
        make_rig: MakeRig) -> None:
    rig = _synced(make_rig, review_changes=True)
    with rig.company.session() as s:
        customer = s.scalars(select(Customer).where(Customer.parent_id.is_(None))).first()
        assert customer is not None
        local_id = customer.id
    _qbo_edit(rig, "Customer", _linked(rig, "Customer", local_id), PrimaryPhone={"FreeFormNumber": "333-3333"})
    rig.engine().run()
    with rig.company.session() as s:
        [item] = [i for i in waiting(s) if i.direction is ApprovalDirection.IMPORT]
        assert s.get(Customer, local_id).phone != "333-3333"  # type: ignore[union-attr]
    result = approve(rig.company, rig.connection.client, SyncSettings(review_changes=True), [item.id],
                     clear_unchecked=False)
    assert (result.approved, result.problems) == (1, 0)
    with rig.company.session() as s:
        assert s.get(Customer, local_id).phone == "333-3333"  # type: ignore[union-attr]
        assert not s.scalars(select(SyncIssue).where(SyncIssue.code == "conflict")).all()


def test_an_invoice_moved_to_another_customer_in_quickbooks_is_surfaced(make_rig: MakeRig) -> None:
    rig = _synced(make_rig)
    with rig.company.session() as s:
        invoice = s.scalars(select(Invoice)).first()
        assert invoice is not None
        inv_id, customer_id = invoice.id, invoice.customer_id
        other = s.scalars(select(Customer.id).where(Customer.id != customer_id)).first()
    other_qbo = _linked(rig, "Customer", other or 0)
    _qbo_edit(rig, "Invoice", _linked(rig, "Invoice", inv_id), CustomerRef={"value": other_qbo})
    rig.engine().run()
    with rig.company.session() as s:
        assert s.get(Invoice, inv_id).customer_id == customer_id  # type: ignore[union-attr]
        issue = s.scalars(select(SyncIssue).where(SyncIssue.code == "moved_in_qbo")).one()
        assert issue.local_id == inv_id


def test_engine_reports_incremental_runs(make_rig: MakeRig) -> None:
    rig = _synced(make_rig)
    engine = SyncEngine(rig.company, rig.connection.client)
    assert engine.has_completed_full_sync()
    summary = engine.run()
    with rig.company.session() as s:
        from qbdesk.store.syncdata import SyncRun

        assert s.get(SyncRun, summary.run_id).kind == "incremental"  # type: ignore[union-attr]


@pytest.mark.parametrize("choice", ["keep-here", "keep-qbo"])
def test_a_conflict_is_settled_by_the_users_choice(make_rig: MakeRig, choice: str) -> None:
    from qbdesk.sync.actions import ProblemActions

    rig = _synced(make_rig, conflict_policy=ConflictPolicy.ASK)
    cid = _a_customer(rig)
    qbo_id = _linked(rig, "Customer", cid)
    _qbo_edit(rig, "Customer", qbo_id, Notes="theirs")
    with rig.company.session() as s:
        s.get(Customer, cid).notes = "mine"  # type: ignore[union-attr]
    rig.engine().run()
    with rig.company.session() as s:
        issue_id = s.scalars(select(SyncIssue.id).where(SyncIssue.code == "conflict")).one()
    result = ProblemActions(rig.company, rig.connection.client).apply(issue_id, choice)
    assert result.status == "resolved"
    rig.engine().run()
    remote = rig.server.sandbox.get(rig.realm_id, "Customer", qbo_id)
    with rig.company.session() as s:
        local = s.get(Customer, cid)
        assert local is not None and remote is not None
        expected = "mine" if choice == "keep-here" else "theirs"
        assert local.notes == remote["Notes"] == expected
        assert not list(s.scalars(select(SyncIssue).where(SyncIssue.status == IssueStatus.OPEN)))


@pytest.mark.parametrize("choice", ["move-back", "accept"])
def test_a_moved_invoice_is_moved_back_or_accepted(make_rig: MakeRig, choice: str) -> None:
    from qbdesk.sync.actions import ProblemActions

    rig = _synced(make_rig)
    with rig.company.session() as s:
        invoice = s.scalars(select(Invoice)).first()
        assert invoice is not None
        inv_id, original = invoice.id, invoice.customer_id
        other = s.scalars(select(Customer.id).where(Customer.id != original)).first()
    qbo_invoice = _linked(rig, "Invoice", inv_id)
    other_qbo = _linked(rig, "Customer", other or 0)
    _qbo_edit(rig, "Invoice", qbo_invoice, CustomerRef={"value": other_qbo})
    rig.engine().run()
    with rig.company.session() as s:
        issue_id = s.scalars(select(SyncIssue.id).where(SyncIssue.code == "moved_in_qbo")).one()
    ProblemActions(rig.company, rig.connection.client).apply(issue_id, choice)
    rig.engine().run()
    remote = rig.server.sandbox.get(rig.realm_id, "Invoice", qbo_invoice)
    with rig.company.session() as s:
        local = s.get(Invoice, inv_id)
        assert local is not None and remote is not None
        want_local = original if choice == "move-back" else other
        assert local.customer_id == want_local
        assert remote["CustomerRef"]["value"] == _linked(rig, "Customer", want_local or 0)


def test_the_full_comparison_fallback_also_carries_edits_and_deletions(make_rig: MakeRig) -> None:
    rig = _synced(make_rig)
    cid = _a_customer(rig)
    qbo_customer = _linked(rig, "Customer", cid)
    with rig.company.session() as s:
        inv_id = s.scalars(select(Invoice.id)).first()
        other = s.scalars(select(Customer).where(Customer.id != cid, Customer.parent_id.is_(None))).first()
        assert inv_id is not None and other is not None
        other.email = "edited-here@example.com"
        other_id = other.id
    qbo_invoice = _linked(rig, "Invoice", inv_id)
    _qbo_edit(rig, "Customer", qbo_customer, CompanyName="Edited In QuickBooks Ltd")
    rig.server.sandbox.delete(rig.realm_id, "Invoice", qbo_invoice)  # as a person does in QuickBooks' web app
    rig.server.advance(31 * 86400)  # beyond CDC's 30 days: a full comparison
    summary = rig.engine().run()
    assert summary.status == "completed"
    assert summary.api_calls > 10  # it did read everything
    remote_other = rig.server.sandbox.get(rig.realm_id, "Customer", _linked(rig, "Customer", other_id))
    assert remote_other is not None and remote_other["PrimaryEmailAddr"]["Address"] == "edited-here@example.com"
    with rig.company.session() as s:
        assert s.get(Customer, cid).company_name == "Edited In QuickBooks Ltd"  # type: ignore[union-attr]
        assert s.scalars(select(SyncIssue).where(SyncIssue.local_id == inv_id,
                                                 SyncIssue.code == "deleted_in_qbo")).one()
    again = rig.engine().run()
    assert again.api_calls <= 2  # back to incremental


def test_later_syncs_run_the_same_checks_before_sending(make_rig: MakeRig) -> None:
    rig = _synced(make_rig)
    cid = _a_customer(rig)
    qbo_id = _linked(rig, "Customer", cid)
    before = rig.server.sandbox.get(rig.realm_id, "Customer", qbo_id)
    with rig.company.session() as s:
        s.get(Customer, cid).display_name = "Bad:Name"  # type: ignore[union-attr]
    summary = rig.engine().run()
    assert summary.problems == 1 and summary.updated == 0
    assert rig.server.sandbox.get(rig.realm_id, "Customer", qbo_id) == before  # nothing was sent
    with rig.company.session() as s:
        issue = s.scalars(select(SyncIssue).where(SyncIssue.local_id == cid)).one()
        assert (issue.code, issue.source, issue.status) == ("name_characters", "preflight", IssueStatus.OPEN)
        s.get(Customer, cid).display_name = "Good Name"  # type: ignore[union-attr]
    rig.engine().run()
    after = rig.server.sandbox.get(rig.realm_id, "Customer", qbo_id)
    assert after is not None and after["DisplayName"] == "Good Name"
    with rig.company.session() as s:
        assert s.scalars(select(SyncIssue).where(SyncIssue.local_id == cid)).one().status is IssueStatus.RESOLVED


def test_conflict_differences_compare_references_by_name_not_by_shape() -> None:
    from qbdesk.sync.fields import differences

    here = {"SalesTermRef": {"value": "2"}, "Notes": "a"}
    qbo = {"SalesTermRef": {"value": "2", "name": "Net 60"}, "Notes": "b"}
    names = {("Term", "2"): "Net 60"}
    found = differences("Customer", here, qbo, lambda e, i: names.get((e, i)))
    assert [(c.field, c.label, c.here, c.qbo) for c in found] == [("Notes", "Notes", "a", "b")]
