"""Desktop → company file → QuickBooks Online: the hand-over copy syncs to the Online sandbox as a first sync."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from qbdesk.desktop.migrate import HandOverError, hand_over
from qbdesk.sandbox.server import SandboxServer
from qbdesk.store import open_company
from qbdesk.store.lists import Customer
from qbdesk.store.syncdata import Link
from qbdesk.store.transactions import Invoice
from qbdesk.sync.engine import SyncEngine
from tests.desktop.conftest import Office
from tests.desktop.desktop_queries import invoices, names
from tests.sync.conftest import connect


def test_a_desktop_company_reaches_quickbooks_online_through_the_hand_over(office: Office, keychain: Path,
                                                                            tmp_path: Path) -> None:
    assert office.connector().run().status == "done"
    desktop_customers = {n.rsplit(":", 1)[-1] for n in names(office.desktop, "Customer")}
    desktop_invoices = {i.findtext("RefNumber") for i in invoices(office.desktop)}
    out = tmp_path / "for-online.qbdesk"

    counts = hand_over(office.company, out)

    assert counts["Customer"] == len(desktop_customers)
    with pytest.raises(HandOverError):
        hand_over(office.company, out)   # never over an existing file
    with office.company.session() as s:   # the original still syncs with Desktop
        assert s.scalar(select(func.count()).select_from(Link)) > 0
    copy = open_company(out)
    with SandboxServer(throttle=False) as server:
        realm = server.create_company(size=0).realm_id
        # An accountant moving a Desktop company keeps its invoice numbers: custom transaction numbers on.
        server.sandbox.companies[realm].preferences["SalesFormsPrefs"]["CustomTxnNumbers"] = True
        connection = connect(server, realm, copy, tmp_path / "locks")
        try:
            engine = SyncEngine(copy, connection.client)
            assert engine.next_mode() == "first"
            summary = engine.run()
            assert summary.status == "completed"
            online_customers = {c["DisplayName"] for c in server.sandbox.entities(realm, "Customer")}
            online_invoices = {i.get("DocNumber") for i in server.sandbox.entities(realm, "Invoice")}
        finally:
            connection.close()
            with copy.session() as s:
                here = s.scalar(select(func.count()).select_from(Customer))
                invoices_here = s.scalar(select(func.count()).select_from(Invoice))
            copy.close()
    assert desktop_customers <= online_customers
    assert desktop_invoices <= online_invoices
    assert here == len(desktop_customers) and invoices_here == len(desktop_invoices)
