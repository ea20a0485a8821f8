"""With review on, Desktop's changes wait as Pending; approved, they are carried out at the next update."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from qbdesk.store.lists import Customer
from qbdesk.store.office import PendingAction, RequestStatus
from qbdesk.store.syncdata import SyncIssue
from qbdesk.sync.read_model import read_approvals
from qbdesk.sync.settings import SyncSettings, save_settings
from tests.cli.clienv import qbdesk, user_env
from tests.desktop.conftest import Office
from tests.desktop.desktop_queries import query


def test_approved_changes_wait_for_the_next_web_connector_update(office: Office, tmp_path: Path) -> None:
    assert office.connector().run().status == "done"
    with office.company.session() as s:
        save_settings(s, SyncSettings(review_changes=True))
    customer = query(office.desktop, "<CustomerQueryRq><MaxReturned>1</MaxReturned></CustomerQueryRq>",
                     "CustomerRet")[0]
    name = customer.findtext("Name")
    office.desktop.process(
        '<?xml version="1.0"?><?qbxml version="13.0"?><QBXML><QBXMLMsgsRq onError="stopOnError"><CustomerModRq>'
        f"<CustomerMod><ListID>{customer.findtext('ListID')}</ListID><EditSequence>"
        f"{customer.findtext('EditSequence')}</EditSequence><Phone>555-0142</Phone></CustomerMod></CustomerModRq>"
        "</QBXMLMsgsRq></QBXML>")

    assert office.connector().run().status == "done"
    rows, review = read_approvals(office.company)
    assert review and [r.direction for r in rows] == ["import"]
    with office.company.session() as s:
        assert s.scalars(select(Customer.phone).where(Customer.display_name == name)).one() != "555-0142"

    env = user_env(tmp_path)
    approved = qbdesk(env, "approvals", "--company", str(office.company.path), "approve", "--all", "--json")
    assert approved.returncode == 0, approved.stderr
    assert json.loads(approved.stdout)["request_id"] is not None

    assert office.connector().run().status == "done"
    with office.company.session() as s:
        request = s.scalars(select(PendingAction)).one()
        assert request.status is RequestStatus.DONE and "1 approved" in (request.result or "")
        assert not s.scalars(select(SyncIssue).where(SyncIssue.code == "conflict")).all()
        assert s.scalars(select(Customer.phone).where(Customer.display_name == name)).one() == "555-0142"
    assert read_approvals(office.company)[0] == []
