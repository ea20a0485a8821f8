"""The practice Desktop answers qbXML with Desktop's codes and messages (qbwc.md §3.6); qbXML text rules."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from qbdesk.desktop.practice.company import DesktopCompany, ParseFailure
from qbdesk.desktop.qbxml import latin1, messages, request_document, sub


def ask(desktop: DesktopCompany, body: str, on_error: str = "stopOnError") -> list[ET.Element]:
    doc = ('<?xml version="1.0"?><?qbxml version="13.0"?><QBXML>'
           f'<QBXMLMsgsRq onError="{on_error}">{body}</QBXMLMsgsRq></QBXML>')
    return messages(desktop.process(doc), rq=False)


def status(rs: ET.Element) -> tuple[str, str]:
    return rs.get("statusCode", ""), rs.get("statusMessage", "")


def test_names_are_one_list_for_customers_and_vendors() -> None:
    desktop = DesktopCompany()
    ask(desktop, "<VendorAddRq><VendorAdd><Name>Blue Spruce</Name></VendorAdd></VendorAddRq>")
    [rs] = ask(desktop, "<CustomerAddRq><CustomerAdd><Name>blue spruce</Name></CustomerAdd></CustomerAddRq>")
    assert status(rs) == ("3100", 'The name "blue spruce" of the list element is already in use.')


def test_jobs_have_colon_full_names_and_a_stale_edit_sequence_is_refused() -> None:
    desktop = DesktopCompany()
    [parent] = ask(desktop, "<CustomerAddRq><CustomerAdd><Name>Oak Hill</Name></CustomerAdd></CustomerAddRq>")
    parent_id = parent.findtext("CustomerRet/ListID")
    [job] = ask(desktop, "<CustomerAddRq><CustomerAdd><Name>Pool</Name><ParentRef><ListID>"
                f"{parent_id}</ListID></ParentRef></CustomerAdd></CustomerAddRq>")
    assert job.findtext("CustomerRet/FullName") == "Oak Hill:Pool" and job.findtext("CustomerRet/Sublevel") == "1"
    ret = job.find("CustomerRet")
    assert ret is not None
    list_id, sequence = ret.findtext("ListID"), ret.findtext("EditSequence")
    mod = (f"<CustomerModRq><CustomerMod><ListID>{list_id}</ListID><EditSequence>{sequence}</EditSequence>"
           "<Phone>555</Phone></CustomerMod></CustomerModRq>")
    [first] = ask(desktop, mod)
    assert status(first)[0] == "0" and first.findtext("CustomerRet/EditSequence") != sequence
    [again] = ask(desktop, mod)
    assert status(again) == ("3200", f'The provided edit sequence "{sequence}" is out-of-date.')


def test_references_must_exist_and_lists_of_ids_report_what_is_missing() -> None:
    desktop = DesktopCompany()
    [rs] = ask(desktop, "<InvoiceAddRq><InvoiceAdd><CustomerRef><FullName>Nobody</FullName></CustomerRef>"
               "</InvoiceAdd></InvoiceAddRq>")
    assert status(rs)[0] == "3140" and 'QuickBooks Customer "Nobody"' in status(rs)[1]
    [rs] = ask(desktop, "<CustomerQueryRq><ListID>80000099-1</ListID></CustomerQueryRq>")
    assert rs.get("statusCode") == "500" and rs.get("statusSeverity") == "Warn"
    [rs] = ask(desktop, "<CustomerQueryRq/>")
    assert rs.get("statusCode") == "1"


def test_stop_on_error_leaves_the_rest_undone_and_continue_on_error_does_not() -> None:
    desktop = DesktopCompany()
    body = ("<CustomerAddRq requestID='a'><CustomerAdd><Name>Ash</Name></CustomerAdd></CustomerAddRq>"
            "<CustomerAddRq requestID='b'><CustomerAdd><Name>Ash</Name></CustomerAdd></CustomerAddRq>"
            "<CustomerAddRq requestID='c'><CustomerAdd><Name>Elm</Name></CustomerAdd></CustomerAddRq>")
    assert [rs.get("requestID") for rs in ask(desktop, body)] == ["a", "b"]
    assert desktop.find_by_name("Customer", "Elm") is None
    other = DesktopCompany()
    answers = ask(other, body, on_error="continueOnError")
    assert [rs.get("statusCode") for rs in answers] == ["0", "3100", "0"]


def test_out_of_order_elements_and_other_scripts_fail_to_parse_as_desktop_does() -> None:
    desktop = DesktopCompany()
    with pytest.raises(ParseFailure) as out_of_order:
        ask(desktop, "<CustomerAddRq><CustomerAdd><CompanyName>X</CompanyName><Name>X</Name></CustomerAdd>"
                     "</CustomerAddRq>")
    assert out_of_order.value.hresult == "0x80040400"
    with pytest.raises(ParseFailure):
        ask(desktop, "<CustomerAddRq><CustomerAdd><Name>Łódź</Name></CustomerAdd></CustomerAddRq>")


def test_iterators_hand_out_pages_until_none_remain() -> None:
    desktop = DesktopCompany()
    ask(desktop, "".join(f"<CustomerAddRq><CustomerAdd><Name>C{n}</Name></CustomerAdd></CustomerAddRq>"
                         for n in range(7)))
    [first] = ask(desktop, '<CustomerQueryRq iterator="Start"><MaxReturned>3</MaxReturned></CustomerQueryRq>')
    seen = [r.findtext("Name") for r in first]
    iterator_id = first.get("iteratorID", "")
    assert iterator_id.startswith("{") and first.get("iteratorRemainingCount") == "4"
    while True:
        [page] = ask(desktop, f'<CustomerQueryRq iterator="Continue" iteratorID="{iterator_id}"><MaxReturned>3'
                              "</MaxReturned></CustomerQueryRq>")
        seen += [r.findtext("Name") for r in page]
        if page.get("iteratorRemainingCount") == "0":
            break
    assert sorted(seen) == [f"C{n}" for n in range(7)]


def test_a_payment_cannot_pay_more_than_the_invoice_owes() -> None:
    desktop = DesktopCompany()
    answers = ask(desktop, "<AccountAddRq><AccountAdd><Name>Sales</Name><AccountType>Income</AccountType>"
                           "</AccountAdd></AccountAddRq>"
                           "<ItemServiceAddRq><ItemServiceAdd><Name>Mowing</Name><SalesOrPurchase><Price>40.00</Price>"
                           "<AccountRef><FullName>Sales</FullName></AccountRef></SalesOrPurchase></ItemServiceAdd>"
                           "</ItemServiceAddRq><CustomerAddRq><CustomerAdd><Name>Fir</Name></CustomerAdd>"
                           "</CustomerAddRq><InvoiceAddRq><InvoiceAdd><CustomerRef><FullName>Fir</FullName>"
                           "</CustomerRef><InvoiceLineAdd><ItemRef><FullName>Mowing</FullName></ItemRef>"
                           "<Quantity>2</Quantity><Rate>40.00</Rate></InvoiceLineAdd></InvoiceAdd></InvoiceAddRq>")
    invoice = answers[-1].find("InvoiceRet")
    assert invoice is not None and invoice.findtext("Subtotal") == "80.00"
    pay = ("<ReceivePaymentAddRq><ReceivePaymentAdd><CustomerRef><FullName>Fir</FullName></CustomerRef>"
           "<TotalAmount>{0}</TotalAmount><AppliedToTxnAdd><TxnID>" + (invoice.findtext("TxnID") or "") +
           "</TxnID><PaymentAmount>{0}</PaymentAmount></AppliedToTxnAdd></ReceivePaymentAdd></ReceivePaymentAddRq>")
    assert status(ask(desktop, pay.format("50.00"))[0])[0] == "0"
    [over] = ask(desktop, pay.format("50.00"))
    assert status(over)[0] == "3210" and "You cannot pay more than the amount due." in status(over)[1]


def test_requests_escape_and_fold_text_for_desktop() -> None:
    assert latin1("Crème brûlée") == "Crème brûlée"
    assert latin1("Œuvre’s “best” — 漢") == "OEuvre's \"best\" - ?"
    rq = ET.Element("CustomerAddRq")
    sub(sub(rq, "CustomerAdd"), "Name", "A & B <Crème>")
    doc = request_document([rq])
    assert "A &amp; B &lt;Cr&#232;me&gt;" in doc and doc.isascii()
    assert doc.startswith('<?xml version="1.0" encoding="utf-8"?>\n<?qbxml version="13.0"?>')
