"""QbwcClient's single writes and queries against the practice Desktop, through a channel served in a thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from qbdesk.desktop.channel import FINISHED, WAITING, Channel, Reply
from qbdesk.desktop.client import QbwcClient
from qbdesk.desktop.practice.company import DesktopCompany
from qbdesk.qbo.errors import ValidationError


@pytest.fixture
def client() -> Iterator[tuple[QbwcClient, DesktopCompany]]:
    desktop = DesktopCompany()
    channel = Channel(answer_timeout=30)
    stop = threading.Event()

    def web_connector() -> None:   # what the service and the Web Connector do, without HTTP
        while not stop.is_set():
            request = channel.next_request(0.05)
            if request in (WAITING, FINISHED):
                continue
            channel.answer(Reply(desktop.process(request)))

    thread = threading.Thread(target=web_connector, daemon=True)
    thread.start()
    yield QbwcClient("desktop-test", channel), desktop
    stop.set()
    thread.join(5)


def test_single_writes_and_reads_go_through_qbxml(client: tuple[QbwcClient, DesktopCompany]) -> None:
    qbwc, desktop = client
    made = qbwc.create("Customer", {"DisplayName": "Juniper & Sage", "Active": True})
    assert made["Id"] and made["FullyQualifiedName"] == "Juniper & Sage"
    changed = qbwc.update("Customer", {"Id": made["Id"], "SyncToken": made["SyncToken"], "Notes": "gate <B>"})
    assert changed["Notes"] == "gate <B>" and changed["SyncToken"] != made["SyncToken"]
    with pytest.raises(ValidationError) as stale:
        qbwc.update("Customer", {"Id": made["Id"], "SyncToken": made["SyncToken"], "Notes": "again"})
    assert stale.value.code == "qbxml:3200"
    inactive = qbwc.deactivate("Customer", made["Id"], changed["SyncToken"])
    assert inactive["Active"] is False
    assert qbwc.query("SELECT * FROM Customer") == []
    assert [r["Id"] for r in qbwc.query("SELECT * FROM Customer WHERE Active IN (true, false)")] == [made["Id"]]
    assert qbwc.get("Customer", made["Id"])["DisplayName"] == "Juniper & Sage"
    qbwc.create("Customer", {"DisplayName": "Sage Hill Farm", "Active": True})
    found = qbwc.query("SELECT * FROM Customer WHERE DisplayName LIKE '%sage%' ORDERBY DisplayName")
    assert [r["DisplayName"] for r in found] == ["Sage Hill Farm"]   # the inactive one is left out
    with pytest.raises(ValidationError) as missing:
        qbwc.get("Customer", "80000999-1")
    assert missing.value.status == 404
    assert desktop.handled.count("CustomerMod") == 3 and qbwc.stats.calls >= 7


def test_statements_keep_names_with_and_and_quotes_whole() -> None:
    from qbdesk.desktop.client import Statement
    from qbdesk.sync.changes import quote

    names = ["Smith and Sons", "O'Hara AND Daughters", "Back\\slash"]
    stmt = Statement(f"SELECT * FROM Customer WHERE DisplayName IN ({', '.join(quote(n) for n in names)}) "
                     "AND Active IN (true, false)")
    assert stmt.value("DisplayName", "IN") == names
    assert stmt.value("Active", "IN") == [True, False] and stmt.all_active_states
    assert stmt.keeps({"DisplayName": "o'hara and daughters"}) and not stmt.keeps({"DisplayName": "Smith"})
    with pytest.raises(ValueError):
        Statement("SELECT * FROM Customer WHERE DisplayName IN ('a') OR Id = '1'")
