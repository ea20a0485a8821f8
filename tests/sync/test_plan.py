"""The planner, on hand-made snapshots: every setting and combination, counts = operations."""

from __future__ import annotations

from datetime import date

from qbdesk.sync.plan import (
    R_DATE,
    R_DEPENDS_BLOCKED,
    R_DEPENDS_IGNORED,
    R_DUPLICATE,
    R_NAME_IN_USE,
    R_ONLY_HERE,
    R_ONLY_QBO,
    R_REFUND_ACCOUNT,
    LinkInfo,
    OpKind,
    Outcome,
    Plan,
    make_plan,
)
from qbdesk.sync.settings import OneSided, SyncSettings
from qbdesk.sync.snapshot import Snap, Snapshot, norm

OLD, NEW, CUTOFF = date(2024, 1, 1), date(2026, 1, 1), date(2025, 6, 1)


def snap(entity: str, id_: str, name: str, day: date | None = None, refs: tuple[tuple[str, str], ...] = (),
         method: str | None = None, checks: tuple[tuple[str, str], ...] = ()) -> Snap:
    return Snap(entity, id_, norm(name), name, day, refs, method, checks=checks)


def side(name: str, *snaps: Snap) -> Snapshot:
    s = Snapshot(name)
    for sn in snaps:
        s.add_all(sn.entity, [sn])
    return s


def ops(plan: Plan, kind: OpKind, entity: str) -> list[str]:
    return sorted(op.label for op in plan.operations if op.kind is kind and op.entity == entity)


def skips(plan: Plan, entity: str) -> dict[str, tuple[Outcome | None, str | None]]:
    return {op.label: (op.outcome, op.reason) for op in plan.operations
            if op.kind is OpKind.SKIP and op.entity == entity}


def assert_counts_match_operations(plan: Plan) -> None:
    for entity, c in plan.counts.items():
        assert c.create_in_qbo == len(ops(plan, OpKind.CREATE_IN_QBO, entity))
        assert c.create_here == len(ops(plan, OpKind.CREATE_HERE, entity))
        entity_skips = [op for op in plan.operations if op.kind is OpKind.SKIP and op.entity == entity]
        assert c.ignored == sum(op.outcome is Outcome.IGNORED for op in entity_skips)
        assert c.blocked == sum(op.outcome is Outcome.BLOCKED for op in entity_skips)


def test_names_match_case_and_space_insensitively_and_links_win() -> None:
    here = side("here", snap("Customer", "1", "Acme  Corp"), snap("Customer", "2", "Bob"))
    qbo = side("qbo", snap("Customer", "10", "ACME corp"), snap("Customer", "20", "Robert"))
    plan = make_plan(here, qbo, {("Customer", "2"): LinkInfo("20")}, SyncSettings())
    links = {(op.local_id, op.qbo_id) for op in plan.of_kind(OpKind.LINK)}
    assert links == {("1", "10")}  # "2" is already linked to "20": nothing to do
    c = plan.counts["Customer"]
    assert (c.here, c.in_qbo, c.matched, c.create_in_qbo, c.create_here) == (2, 2, 2, 0, 0)


def test_one_sided_records_are_created_or_ignored_per_side() -> None:
    here = side("here", snap("Customer", "1", "Only Here"))
    qbo = side("qbo", snap("Customer", "9", "Only There"))
    plan = make_plan(here, qbo, {}, SyncSettings())
    assert ops(plan, OpKind.CREATE_IN_QBO, "Customer") == ["Only Here"]
    assert ops(plan, OpKind.CREATE_HERE, "Customer") == ["Only There"]

    plan = make_plan(here, qbo, {}, SyncSettings(only_in_qbo=OneSided.IGNORE, only_here=OneSided.IGNORE))
    assert skips(plan, "Customer") == {"Only Here": (Outcome.IGNORED, R_ONLY_HERE),
                                       "Only There": (Outcome.IGNORED, R_ONLY_QBO)}
    assert plan.counts["Customer"].ignored == 2
    assert_counts_match_operations(plan)


def test_whatever_depends_on_an_ignored_record_is_not_created() -> None:
    qbo = side("qbo", snap("Customer", "9", "Ignored Co"), snap("Item", "5", "Mowing"),
               snap("Invoice", "70", "1001", NEW, refs=(("Customer", "9"), ("Item", "5"))),
               snap("Payment", "80", "pay", NEW, refs=(("Customer", "9"), ("Invoice", "70"))))
    here = side("here", snap("Item", "1", "mowing"))
    plan = make_plan(here, qbo, {}, SyncSettings(only_in_qbo=OneSided.IGNORE))
    assert skips(plan, "Invoice")["1001"] == (Outcome.IGNORED, R_DEPENDS_IGNORED)
    invoice_skip = next(op for op in plan.operations if op.entity == "Invoice")
    assert invoice_skip.params["record"] == "Customer Ignored Co"
    assert skips(plan, "Payment")["pay"] == (Outcome.IGNORED, R_DEPENDS_IGNORED)
    assert plan.counts["Item"].matched == 1
    assert_counts_match_operations(plan)


def test_date_cutoff_spares_reference_lists_and_pulls_in_old_customers_used_by_new_invoices() -> None:
    here = side(
        "here",
        snap("Item", "1", "Old Service", OLD),
        snap("Customer", "1", "Old Unused", OLD),
        snap("Customer", "2", "Old But Invoiced", OLD),
        snap("Customer", "3", "New Customer", NEW),
        snap("Invoice", "1", "1001", OLD, refs=(("Customer", "3"),)),
        snap("Invoice", "2", "1002", NEW, refs=(("Customer", "2"), ("Item", "1"))),
        snap("Payment", "1", "old pay", OLD, refs=(("Customer", "3"),)),
    )
    plan = make_plan(here, side("qbo"), {}, SyncSettings(since=CUTOFF))
    assert ops(plan, OpKind.CREATE_IN_QBO, "Customer") == ["New Customer", "Old But Invoiced"]
    assert ops(plan, OpKind.CREATE_IN_QBO, "Invoice") == ["1002"]
    assert ops(plan, OpKind.CREATE_IN_QBO, "Item") == ["Old Service"]
    assert ops(plan, OpKind.CREATE_IN_QBO, "Payment") == []
    assert plan.counts["Customer"].filtered == 1
    assert plan.counts["Invoice"].filtered == 1
    assert plan.counts["Payment"].filtered == 1
    assert plan.counts["Customer"].here == 2
    assert R_DATE  # the reason code exists for the UI's explanation
    assert_counts_match_operations(plan)


def test_matching_sees_records_hidden_by_the_cutoff_so_nothing_is_duplicated() -> None:
    here = side("here", snap("Customer", "1", "Old Twin", OLD),
                snap("Invoice", "1", "1002", NEW, refs=(("Customer", "1"),)))
    qbo = side("qbo", snap("Customer", "50", "old twin", OLD))
    plan = make_plan(here, qbo, {}, SyncSettings(since=CUTOFF))
    assert ops(plan, OpKind.CREATE_IN_QBO, "Customer") == []
    assert [(op.local_id, op.qbo_id) for op in plan.of_kind(OpKind.LINK)] == [("1", "50")]
    assert ops(plan, OpKind.CREATE_IN_QBO, "Invoice") == ["1002"]


def test_payment_method_filter_works_in_both_directions() -> None:
    here = side("here", snap("Customer", "1", "Ann"),
                snap("Payment", "1", "by card here", NEW, refs=(("Customer", "1"),), method="stripe"),
                snap("Payment", "2", "by check here", NEW, refs=(("Customer", "1"),), method="check"))
    qbo = side("qbo", snap("Customer", "7", "Ann"),
               snap("Payment", "71", "by card there", NEW, refs=(("Customer", "7"),), method="stripe"),
               snap("Payment", "72", "cash there", NEW, refs=(("Customer", "7"),), method="cash"))
    plan = make_plan(here, qbo, {}, SyncSettings(excluded_methods=frozenset({"stripe"})))
    assert ops(plan, OpKind.CREATE_IN_QBO, "Payment") == ["by check here"]
    assert ops(plan, OpKind.CREATE_HERE, "Payment") == ["cash there"]
    assert plan.counts["Payment"].filtered == 2
    assert (plan.counts["Payment"].here, plan.counts["Payment"].in_qbo) == (1, 1)


def test_refunds_need_a_refund_bank_account() -> None:
    here = side("here", snap("Customer", "1", "Ann"), snap("RefundReceipt", "1", "R-1", NEW, refs=(("Customer", "1"),)))
    plan = make_plan(here, side("qbo"), {}, SyncSettings())
    assert skips(plan, "RefundReceipt") == {"R-1": (Outcome.BLOCKED, R_REFUND_ACCOUNT)}
    plan = make_plan(here, side("qbo"), {}, SyncSettings(refund_account="35"))
    assert ops(plan, OpKind.CREATE_IN_QBO, "RefundReceipt") == ["R-1"]


def test_preflight_findings_block_the_record_and_its_dependents() -> None:
    here = side("here", snap("Customer", "1", "x" * 10, checks=(("length", "Name longer than 100"),)),
                snap("Invoice", "1", "1001", NEW, refs=(("Customer", "1"),)))
    plan = make_plan(here, side("qbo"), {}, SyncSettings())
    found = skips(plan, "Customer")["x" * 10]
    assert found == (Outcome.BLOCKED, "preflight:length")
    assert skips(plan, "Invoice")["1001"] == (Outcome.BLOCKED, R_DEPENDS_BLOCKED)
    assert plan.counts["Invoice"].blocked == 1


def test_a_customer_named_like_a_quickbooks_vendor_is_blocked_not_sent() -> None:
    here = side("here", snap("Customer", "1", "Bright Supplies"))
    qbo = side("qbo", snap("Vendor", "3", "Bright Supplies"))
    plan = make_plan(here, qbo, {}, SyncSettings())
    assert skips(plan, "Customer") == {"Bright Supplies": (Outcome.BLOCKED, R_NAME_IN_USE)}


def test_duplicates_on_one_side_are_blocked_after_the_first() -> None:
    here = side("here", snap("Bill", "1", "V|INV-1"), snap("Bill", "2", "v|inv-1"))
    plan = make_plan(here, side("qbo"), {}, SyncSettings())
    assert ops(plan, OpKind.CREATE_IN_QBO, "Bill") == ["V|INV-1"]
    assert skips(plan, "Bill") == {"v|inv-1": (Outcome.BLOCKED, R_DUPLICATE)}


def test_sub_customers_come_after_their_parents() -> None:
    here = side("here", snap("Customer", "2", "Job", refs=(("Customer", "1"),)), snap("Customer", "1", "Parent"))
    plan = make_plan(here, side("qbo"), {}, SyncSettings())
    assert [op.label for op in plan.of_kind(OpKind.CREATE_IN_QBO)] == ["Parent", "Job"]


def test_plan_json_has_the_contract_shape() -> None:
    plan = make_plan(side("here", snap("Customer", "1", "A")), side("qbo"), {}, SyncSettings())
    doc = plan.to_json()
    assert doc["operations"] == 1
    # The contract's keys stay; more may be added (ARCHITECTURE.md, JSON shapes).
    assert set(doc["entities"]["Customer"]) >= {"in_qbo", "here", "matched", "create_in_qbo", "create_here",
                                                 "update", "ignored", "filtered", "blocked"}


def test_an_invoice_number_already_used_in_quickbooks_is_blocked_with_the_next_free_number() -> None:
    def invoice(id_: str, number: str, customer: tuple[str, str]) -> Snap:
        return Snap("Invoice", id_, f"{number}|{customer[1]}", number, None, (("Customer", customer[0]),))

    here = side("here", snap("Customer", "1", "Ann"), invoice("1", "1781", ("1", "ann")))
    qbo = side("qbo", snap("Customer", "7", "Bob"), invoice("70", "1781", ("7", "bob")),
               invoice("71", "1802", ("7", "bob")))
    assert make_plan(here, qbo, {}, SyncSettings()).counts["Invoice"].blocked == 0  # QuickBooks numbers itself
    qbo.custom_numbers = True  # now QuickBooks would refuse the duplicate (6140)
    plan = make_plan(here, qbo, {}, SyncSettings())
    op = next(o for o in plan.operations if o.entity == "Invoice" and o.local_id == "1")
    assert (op.outcome, op.reason) == (Outcome.BLOCKED, "duplicate_doc_number")
    assert op.params == {"number": "1781", "suggestion": "1803"}
