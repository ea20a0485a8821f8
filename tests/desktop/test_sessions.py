"""Web Connector sessions by the practice Desktop against the service, over real HTTP, on the one engine."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from qbdesk.desktop.qbxml import latin1
from qbdesk.store.lists import Account, AccountType, Customer, Item, ItemType
from qbdesk.store.syncdata import JournalEntry, JournalState, Link
from qbdesk.store.transactions import Invoice, InvoiceLine, Payment, PaymentApplication
from qbdesk.sync.problem_list import open_problems
from tests.cli.clienv import qbdesk, user_env
from tests.desktop.conftest import Office
from tests.desktop.desktop_queries import invoices, names, query

CAFE = "Café & <Crème> Ltd"


def books_here(office: Office) -> None:
    """A small business kept here: an income account, a service, a customer with a job, an invoice, a payment."""
    with office.company.session() as s:
        sales = Account(name="Design Income", account_type=AccountType.INCOME)
        design = Item(name="Garden design", item_type=ItemType.SERVICE, unit_price=Decimal("85.00"),
                      income_account=sales)
        cafe = Customer(display_name=CAFE, email="owner@cafe.example")
        job = Customer(display_name="Terrace", parent=cafe, is_job=True)
        invoice = Invoice(customer=cafe, doc_number="H-1001", txn_date=date(2026, 6, 1),
                          lines=[InvoiceLine(item=design, quantity=Decimal("3"), unit_price=Decimal("85.00"),
                                             description="Plans < 3 pages & sketches")])
        s.add_all([sales, design, cafe, job, invoice])
        s.flush()
        s.add(Payment(customer=cafe, txn_date=date(2026, 6, 15), total=Decimal("100.00"), reference_number="CHK 77",
                      applications=[PaymentApplication(invoice=invoice, amount=Decimal("100.00"))]))


def test_first_sync_goes_both_ways(office: Office) -> None:
    books_here(office)
    desktop_customers = names(office.desktop, "Customer")
    desktop_invoices = len(invoices(office.desktop))

    result = office.connector().run()

    assert result.status == "done", result.last_error
    assert "completed" in result.closing
    # Here → Desktop: the customer, its job (by FullName hierarchy), the invoice with its line, the payment.
    customers_there = names(office.desktop, "Customer")
    assert CAFE in customers_there and f"{CAFE}:Terrace" in customers_there
    sent = [i for i in invoices(office.desktop) if i.findtext("RefNumber") == "H-1001"]
    assert len(sent) == 1
    assert sent[0].findtext("Subtotal") == "255.00" and sent[0].findtext("BalanceRemaining") == "155.00"
    assert sent[0].findtext("CustomerRef/FullName") == CAFE
    assert sent[0].findtext("InvoiceLineRet/Desc") == "Plans < 3 pages & sketches"
    payments = query(office.desktop, "<ReceivePaymentQueryRq><RefNumber>CHK 77</RefNumber></ReceivePaymentQueryRq>",
                     "ReceivePaymentRet")
    assert [p.findtext("AppliedToTxnRet/TxnID") for p in payments] == [sent[0].findtext("TxnID")]
    # Desktop → here: every customer and invoice it had.
    with office.company.session() as s:
        here = set(s.scalars(select(Customer.display_name)))
        assert {n.rsplit(":", 1)[-1] for n in desktop_customers} <= here
        assert s.scalar(select(func.count()).select_from(Invoice)) == desktop_invoices + 1
        linked = s.scalar(select(func.count()).select_from(Link).where(Link.entity_type == "Invoice"))
        assert linked == desktop_invoices + 1


def test_a_second_session_sends_nothing_again(office: Office) -> None:
    books_here(office)
    first = office.connector().run()
    assert first.status == "done" and first.writes

    second = office.connector().run()

    assert second.status == "done", second.last_error
    assert second.writes == []
    assert "0 created in QuickBooks, 0 created here, 0 updated" in second.closing


def test_changes_on_either_side_reach_the_other_at_the_next_session(office: Office) -> None:
    books_here(office)
    assert office.connector().run().status == "done"
    with office.company.session() as s:
        cafe = s.scalars(select(Customer).where(Customer.display_name == CAFE)).one()
        cafe.phone = "555-0199"
    there = query(office.desktop, f"<CustomerQueryRq><FullName>{latin1('Terrace')}</FullName></CustomerQueryRq>",
                  "CustomerRet")
    assert there == []  # a job is found by its full name only
    job = query(office.desktop, "<CustomerQueryRq><FullName>Café &amp; &lt;Crème&gt; Ltd:Terrace</FullName>"
                "</CustomerQueryRq>", "CustomerRet")[0]
    office.desktop.process(
        '<?xml version="1.0"?><?qbxml version="13.0"?><QBXML><QBXMLMsgsRq onError="stopOnError"><CustomerModRq>'
        f"<CustomerMod><ListID>{job.findtext('ListID')}</ListID><EditSequence>{job.findtext('EditSequence')}"
        "</EditSequence><Email>terrace@cafe.example</Email></CustomerMod></CustomerModRq></QBXMLMsgsRq></QBXML>")

    result = office.connector().run()

    assert result.status == "done", result.last_error
    assert "CustomerModRq" in result.writes
    cafe_there = query(office.desktop, "<CustomerQueryRq><FullName>Café &amp; &lt;Crème&gt; Ltd</FullName>"
                       "</CustomerQueryRq>", "CustomerRet")[0]
    assert cafe_there.findtext("Phone") == "555-0199"
    with office.company.session() as s:
        assert s.scalars(select(Customer.email).where(Customer.display_name == "Terrace")).one() \
            == "terrace@cafe.example"


@pytest.mark.parametrize("request_kind", ["CustomerAddRq", "InvoiceAddRq"])
def test_an_interrupted_session_resumes_without_a_duplicate(office: Office, request_kind: str) -> None:
    """The connection drops right after Desktop committed the add: the next session finds it, adds nothing twice
    (Desktop would refuse a second customer of the same name, but not a second invoice of the same number)."""
    books_here(office)
    dropped: list[str] = []

    def drop(request: str) -> bool:
        if f"<{request_kind}" in request and not dropped:
            dropped.append(request)
            return True
        return False

    first = office.connector(drop=drop).run()
    assert first.status == "dropped" and dropped
    if request_kind == "CustomerAddRq":
        assert CAFE in names(office.desktop, "Customer")   # Desktop has it; qbdesk never heard back
    else:
        assert [i.findtext("RefNumber") for i in invoices(office.desktop)].count("H-1001") == 1

    second = office.connector().run()

    assert second.status == "done", second.last_error
    assert names(office.desktop, "Customer").count(CAFE) == 1
    assert [i.findtext("RefNumber") for i in invoices(office.desktop)].count("H-1001") == 1
    cafe_id = query(office.desktop, "<CustomerQueryRq><FullName>Café &amp; &lt;Crème&gt; Ltd</FullName>"
                    "</CustomerQueryRq>", "CustomerRet")[0].findtext("ListID")
    with office.company.session() as s:
        local_id = s.scalars(select(Customer.id).where(Customer.display_name == CAFE)).one()
        link = s.scalars(select(Link).where(Link.entity_type == "Customer", Link.local_id == local_id)).one()
        assert link.qbo_id == cafe_id
        left = s.scalar(select(func.count()).select_from(JournalEntry).where(
            JournalEntry.state.in_((JournalState.SENT, JournalState.PENDING))))
        assert left == 0
        assert not [p for p in open_problems(s) if p.record in (CAFE, "H-1001")]


def test_a_wrong_password_is_refused(office: Office) -> None:
    before = list(office.desktop.handled)

    result = office.connector(password="guess").run()

    assert result.status == "nvu"
    assert office.desktop.handled == before
    assert office.service.current is None


def test_an_unknown_ticket_gets_nothing_and_is_told_why(office: Office) -> None:
    connector = office.connector()
    request = connector.call("sendRequestXML", ("ticket", "no-such-ticket"), ("strHCPResponse", ""),
                             ("strCompanyFileName", ""), ("qbXMLCountry", "US"), ("qbXMLMajorVers", 13),
                             ("qbXMLMinorVers", 0))
    assert request == ""
    assert "unknown" in str(connector.call("getLastError", ("ticket", "no-such-ticket")))
    assert connector.call("receiveResponseXML", ("ticket", "no-such-ticket"), ("response", ""), ("hresult", ""),
                          ("message", "")) == "-1"


def test_a_record_desktop_refuses_becomes_a_problem_while_the_rest_syncs(office: Office) -> None:
    books_here(office)
    long_name = "The Very Long Named Landscaping Cooperative of the Valley"   # 57 characters; Desktop takes 41
    with office.company.session() as s:
        s.add(Customer(display_name=long_name))

    result = office.connector().run()

    assert result.status == "done", result.last_error
    assert long_name not in names(office.desktop, "Customer")
    assert CAFE in names(office.desktop, "Customer")
    with office.company.session() as s:
        problems = open_problems(s)
    refused = [p for p in problems if p.record == long_name]
    assert len(refused) == 1
    assert refused[0].code == "qbxml:3070" and refused[0].entry.key == "desktop_too_long"
    assert "too long" in refused[0].message


def test_special_characters_round_trip(office: Office) -> None:
    books_here(office)
    coming = "Ñandú & Søn <Garden> 'Co'"
    office.desktop.process(
        '<?xml version="1.0"?><?qbxml version="13.0"?><QBXML><QBXMLMsgsRq onError="stopOnError"><CustomerAddRq>'
        "<CustomerAdd><Name>&#209;and&#250; &amp; S&#248;n &lt;Garden&gt; 'Co'</Name><Notes>r&#233;sum&#233; &lt;b&gt;"
        "</Notes></CustomerAdd></CustomerAddRq></QBXMLMsgsRq></QBXML>")

    result = office.connector().run()

    assert result.status == "done", result.last_error
    assert CAFE in names(office.desktop, "Customer")
    with office.company.session() as s:
        here = s.scalars(select(Customer).where(Customer.display_name == coming)).one()
        assert here.notes == "résumé <b>"
        line = s.scalars(select(InvoiceLine).join(Invoice).where(Invoice.doc_number == "H-1001")).one()
        assert line.description == "Plans < 3 pages & sketches"



def test_a_refused_record_fixed_here_goes_at_the_next_session_and_its_problem_closes(office: Office) -> None:
    long_name = "The Very Long Named Landscaping Cooperative of the Valley"
    with office.company.session() as s:
        s.add(Customer(display_name=long_name))
    assert office.connector().run().status == "done"
    with office.company.session() as s:
        [problem] = [p for p in open_problems(s) if p.record == long_name]
        customer = s.scalars(select(Customer).where(Customer.display_name == long_name)).one()
        customer.display_name = "Valley Landscaping Co-op"   # the fix the problem gives: shorten, save

    assert office.connector().run().status == "done"

    assert "Valley Landscaping Co-op" in names(office.desktop, "Customer")
    with office.company.session() as s:
        assert not [p for p in open_problems(s) if p.id == problem.id]


def _desktop_adds(office: Office, requests: str) -> None:
    office.desktop.process('<?xml version="1.0"?><?qbxml version="13.0"?><QBXML><QBXMLMsgsRq onError="stopOnError">'
                           f"{requests}</QBXMLMsgsRq></QBXML>")


def test_matching_a_problem_record_is_carried_out_at_the_next_session(office: Office, tmp_path: Path) -> None:
    """Desktop users keep a customer who is also a vendor under another name; linking is the fix."""
    assert office.connector().run().status == "done"
    _desktop_adds(office, "<VendorAddRq><VendorAdd><Name>Birch Supply</Name></VendorAdd></VendorAddRq>")
    with office.company.session() as s:
        s.add(Customer(display_name="Birch Supply"))
    assert office.connector().run().status == "done"
    with office.company.session() as s:
        [problem] = [p for p in open_problems(s) if p.record == "Birch Supply" and p.entity == "Customer"]
        local_id = problem.local_id
    _desktop_adds(office, "<CustomerAddRq><CustomerAdd><Name>Birch Supply (customer)</Name></CustomerAdd>"
                          "</CustomerAddRq>")
    twin = query(office.desktop, "<CustomerQueryRq><FullName>Birch Supply (customer)</FullName></CustomerQueryRq>",
                 "CustomerRet")[0].findtext("ListID") or ""
    env = user_env(tmp_path)
    wrong = qbdesk(env, "resolve", "--company", str(office.company.path), str(problem.id), "bypass")
    assert wrong.returncode == 2
    queued = qbdesk(env, "resolve", "--company", str(office.company.path), str(problem.id), "match", twin)
    assert queued.returncode == 0, queued.stderr
    assert "next QuickBooks Web Connector update" in queued.stdout
    with office.company.session() as s:
        assert s.scalars(select(Link).where(Link.entity_type == "Customer", Link.local_id == local_id)).first() \
            is None   # nothing happened yet

    assert office.connector().run().status == "done"

    with office.company.session() as s:
        link = s.scalars(select(Link).where(Link.entity_type == "Customer", Link.local_id == local_id)).one()
        assert link.qbo_id == twin
        assert not [p for p in open_problems(s) if p.id == problem.id]
        assert not s.scalars(select(Customer).where(Customer.display_name == "Birch Supply (customer)")).all()
    assert "Birch Supply" not in names(office.desktop, "Customer")


def test_a_company_file_syncs_with_one_quickbooks(office: Office, tmp_path: Path) -> None:
    """Desktop's ids in the links must never meet Online's: each side refuses a company file the other syncs."""
    from qbdesk.qbo.connection import ConnectionConfig
    from qbdesk.sync.connection_config import save_config

    assert office.connector().run().status == "done"
    env = user_env(tmp_path)
    refused = qbdesk(env, "connect", "--company", str(office.company.path), "--client-id", "abc")
    assert refused.returncode == 2 and "desktop migrate" in refused.stderr

    with office.company.session() as s:
        save_config(s, ConnectionConfig("qbdesk-sandbox", "abc", "http://127.0.0.1:9/v3",
                                        "http://127.0.0.1:9/discovery", redirect_uri="http://127.0.0.1/callback",
                                        realm_id="9130"))
    before = len(office.desktop.handled)
    declined = office.connector().run()
    assert declined.status == "none"
    assert len(office.desktop.handled) == before
    serve = qbdesk(env, "desktop", "serve", "--company", str(office.company.path))
    assert serve.returncode == 2 and "QuickBooks Online" in serve.stderr


def test_a_session_closed_midway_is_continued_by_the_next(office: Office) -> None:
    """The user closes the Web Connector during an update: the sync is interrupted, the next update finishes it."""
    books_here(office)
    connector = office.connector()
    answer = connector.call("authenticate", ("strUserName", "qbdesk"), ("strPassword", "correct horse"))
    assert isinstance(answer, list) and answer[1] == ""
    ticket = answer[0]
    first = connector.call("sendRequestXML", ("ticket", ticket), ("strHCPResponse", office.desktop.hcp_response()),
                           ("strCompanyFileName", ""), ("qbXMLCountry", "US"), ("qbXMLMajorVers", 13),
                           ("qbXMLMinorVers", 0))
    assert isinstance(first, str) and "QueryRq" in first
    closing = str(connector.call("closeConnection", ("ticket", ticket)))
    assert "the next update" in closing and "Traceback" not in closing
    assert connector.call("receiveResponseXML", ("ticket", ticket), ("response", ""), ("hresult", ""),
                          ("message", "")) == "-1"   # that session is over

    result = office.connector().run()

    assert result.status == "done", result.last_error
    assert CAFE in names(office.desktop, "Customer")
    with office.company.session() as s:
        from qbdesk.store.syncdata import RunStatus, SyncRun

        statuses = [r.status for r in s.scalars(select(SyncRun).order_by(SyncRun.started_at))]
    assert statuses[-1] is RunStatus.COMPLETED and RunStatus.COMPLETED in statuses


def test_a_location_kept_here_survives_a_change_made_in_desktop(office: Office) -> None:
    """Desktop has no locations: an invoice goes there without its location, and keeps it here when Desktop's
    change to the invoice comes back."""
    from qbdesk.store.tracking import Location

    books_here(office)
    with office.company.session() as s:
        invoice = s.scalars(select(Invoice).where(Invoice.doc_number == "H-1001")).one()
        invoice.location = Location(name="North Yard")
    assert office.connector().run().status == "done"
    [sent] = [i for i in invoices(office.desktop) if i.findtext("RefNumber") == "H-1001"]
    office.desktop.process(
        '<?xml version="1.0"?><?qbxml version="13.0"?><QBXML><QBXMLMsgsRq onError="stopOnError"><InvoiceModRq>'
        f"<InvoiceMod><TxnID>{sent.findtext('TxnID')}</TxnID><EditSequence>{sent.findtext('EditSequence')}"
        "</EditSequence><Memo>Gate code 4411</Memo></InvoiceMod></InvoiceModRq></QBXMLMsgsRq></QBXML>")

    assert office.connector().run().status == "done"

    with office.company.session() as s:
        invoice = s.scalars(select(Invoice).where(Invoice.doc_number == "H-1001")).one()
        assert invoice.private_note == "Gate code 4411"
        assert invoice.location is not None and invoice.location.name == "North Yard"
