"""A first sync into a QuickBooks company that already has invoices: no number is ever used twice there.

Both choices, checked with the test's own HTTP client: letting QuickBooks number the
invoices (its numbers come back here), and keeping this company file's numbers (custom
transaction numbers on; the clashing ones blocked before sending, then given the next
free numbers with one action each).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from sqlalchemy import select
from tests.sync.conftest import Rig
from tests.sync.probe import QboProbe, assert_each_record_once

from qbdesk.store import Invoice, Link
from qbdesk.store.syncdata import IssueStatus, LinkState, SyncIssue
from qbdesk.sync.actions import ProblemActions
from qbdesk.sync.entities import NUMBERED, entity_type, number_space
from qbdesk.sync.settings import Numbering, SyncSettings, save_settings

MakeRig = Callable[..., Rig]


def _populated(make_rig: MakeRig, numbering: Numbering | None, custom_numbers: bool) -> Rig:
    rig = make_rig(qbo_size=120, here_size=200)  # both number their invoices from 1001: the numbers overlap
    rig.server.sandbox.set_preferences(rig.realm_id, custom_txn_numbers=custom_numbers)
    bank = next(a["Id"] for a in rig.qbo("Account") if a["AccountType"] == "Bank")
    with rig.company.session() as s:
        save_settings(s, SyncSettings(refund_account=bank, numbering=numbering))
    return rig


def _numbers_in_quickbooks(rig: Rig) -> Counter[str]:
    probe = QboProbe(rig.server.api_base, rig.realm_id, rig.connection.tokens.access_token())
    try:
        # One count per number space: an estimate may carry an invoice's number, an invoice not a credit memo's.
        return Counter(f"{number_space(entity)}:{row.get('DocNumber')}" for entity in NUMBERED
                       for row in probe.live(entity).values() if row.get("DocNumber"))
    finally:
        probe.close()


def _twins(rig: Rig) -> list[tuple[str | None, str]]:
    """(number here, number of its twin in QuickBooks) of every linked invoice."""
    with rig.company.session() as s:
        links = {lk.local_id: lk.qbo_id for lk in s.scalars(select(Link).where(
            Link.entity_type == "Invoice", Link.state == LinkState.LINKED))}
        here = {i.id: i.doc_number for i in s.scalars(select(Invoice))}
    out = []
    for local_id, qbo_id in links.items():
        twin = rig.server.sandbox.get(rig.realm_id, "Invoice", qbo_id or "")
        assert twin is not None
        out.append((here[local_id or 0], str(twin.get("DocNumber"))))
    return out


def test_letting_quickbooks_number_them_uses_no_number_twice_and_brings_its_numbers_here(make_rig: MakeRig) -> None:
    rig = _populated(make_rig, Numbering.QUICKBOOKS, custom_numbers=False)
    plan = rig.engine().plan()
    assert plan.numbering is Numbering.QUICKBOOKS and plan.counts["Invoice"].blocked == 0
    summary = rig.engine().run()
    assert summary.status == "completed" and summary.problems == 0, summary
    numbers = _numbers_in_quickbooks(rig)
    assert numbers and max(numbers.values()) == 1, [n for n, c in numbers.items() if c > 1]
    twins = _twins(rig)
    with rig.company.session() as s:
        local = len(list(s.scalars(select(Invoice.id))))
    assert len(twins) == local > 50 and all(here == there for here, there in twins)  # QuickBooks' numbers came back
    probe = QboProbe(rig.server.api_base, rig.realm_id, rig.connection.tokens.access_token())
    try:
        assert_each_record_once(rig.company, probe)
    finally:
        probe.close()
    again = rig.engine().plan()  # and the numbers that came back are nothing to send
    assert not [op for op in again.writes() if op.entity == "Invoice"]


def test_keeping_the_numbers_blocks_those_quickbooks_uses_and_gives_them_the_next_free_ones(
        make_rig: MakeRig) -> None:
    rig = _populated(make_rig, Numbering.KEEP, custom_numbers=True)
    before = _numbers_in_quickbooks(rig)
    first = rig.engine().run()
    assert first.status == "completed"
    with rig.company.session() as s:
        clashes = list(s.scalars(select(SyncIssue).where(SyncIssue.code == "duplicate_doc_number",
                                                         SyncIssue.status == IssueStatus.OPEN)))
        assert clashes, "the generated numbers overlap: some must clash"
        assert all(f"{number_space(issue.entity_type)}:{issue.record_label}" in before  # blocked: QuickBooks
                   for issue in clashes)                                                # uses their numbers
        first_round = {(issue.entity_type, int(issue.local_id or 0)) for issue in clashes}
    numbers = _numbers_in_quickbooks(rig)
    assert max(numbers.values()) == 1  # nothing was sent twice under one number
    kept = [(here, there) for here, there in _twins(rig)]
    assert all(here == there for here, there in kept)  # the others kept the numbers they have here

    # Give each clash the next free number and sync again. A document waiting on another blocked one (an invoice
    # made from a clashing estimate, a payment of a clashing invoice) meets its own clash only once that one is
    # sent, so a second round may find more: at most one per level of dependency.
    actions = ProblemActions(rig.company, rig.connection.client)
    renumbered: list[tuple[str, int]] = []
    second = None
    for _round in range(3):
        with rig.company.session() as s:
            clashes = [(issue.id, issue.entity_type, int(issue.local_id or 0)) for issue in s.scalars(
                select(SyncIssue).where(SyncIssue.code == "duplicate_doc_number",
                                        SyncIssue.status == IssueStatus.OPEN))]
        if not clashes:
            break
        for issue_id, entity, local_id in clashes:
            assert actions.apply(issue_id, "renumber").status == "resolved"
            renumbered.append((entity, local_id))
        second = rig.engine().run()
        assert second.status == "completed", second
    assert second is not None and second.problems == 0, second
    assert first_round <= set(renumbered)
    numbers = _numbers_in_quickbooks(rig)
    assert max(numbers.values()) == 1
    highest_before = max(int(n.rpartition(":")[2]) for n in before if n.rpartition(":")[2].isdigit())
    with rig.company.session() as s:
        given = [s.get(entity_type(entity).record, local_id) for entity, local_id in renumbered]
    assert all(r is not None and r.doc_number is not None and int(r.doc_number) > highest_before  # type: ignore[attr-defined]
               for r in given)


def test_keeping_the_numbers_needs_quickbooks_custom_numbers_on(make_rig: MakeRig) -> None:
    rig = _populated(make_rig, Numbering.KEEP, custom_numbers=False)
    plan = rig.engine().plan()
    blocked = [op for op in plan.operations if op.entity == "Invoice" and op.reason == "custom_numbers_off"]
    assert blocked and plan.counts["Invoice"].create_in_qbo == 0  # nothing numbered goes until it is on
    rig.server.sandbox.set_preferences(rig.realm_id, custom_txn_numbers=True)
    assert not [op for op in rig.engine().plan().operations if op.reason == "custom_numbers_off"]
