"""Pre-flight: what QuickBooks would refuse is blocked before any request, with QuickBooks' own reason."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from tests.sync.conftest import Rig

from qbdesk.store import Customer, Vendor
from qbdesk.store.syncdata import IssueStatus, SyncIssue

MakeRig = Callable[..., Rig]


def test_names_and_e_mails_quickbooks_refuses_are_blocked_before_sending(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=0, here_size=0)
    with rig.company.session() as s:
        s.add_all([Customer(display_name="Ann Lee", email="ann at example dot com"),
                   Customer(display_name="Bob Stone", given_name="Bob:ert"),
                   Vendor(display_name="Cleanly Supplies", email="orders@cleanly"),
                   Customer(display_name="Dora Fine", email="dora@fine.example")])
    before = len(rig.qbo("Customer")), len(rig.qbo("Vendor"))
    summary = rig.engine().run()
    assert summary.problems == 3 and summary.created_in_qbo == 1
    assert (len(rig.qbo("Customer")), len(rig.qbo("Vendor"))) == (before[0] + 1, before[1])  # only Dora went
    with rig.company.session() as s:
        found = {(i.record_label, i.code, i.source) for i in s.scalars(
            select(SyncIssue).where(SyncIssue.status == IssueStatus.OPEN))}
    assert found == {("Ann Lee", "email_format", "preflight"), ("Bob Stone", "name_characters", "preflight"),
                     ("Cleanly Supplies", "email_format", "preflight")}
