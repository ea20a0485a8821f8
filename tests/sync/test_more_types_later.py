"""Later syncs of the record types issue 18 added: an edit on either side arrives on the other, a deletion
here deletes (or makes inactive) in QuickBooks, a deletion or a void in QuickBooks comes here — over real HTTP,
with what QuickBooks holds read by the test's own client."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from tests.sync.conftest import Rig
from tests.sync.probe import QboProbe, assert_each_record_once
from tests.sync.test_complete_books import assert_books_agree

from qbdesk.store import (
    BillPayment,
    BillPayType,
    CreditMemo,
    Deposit,
    Estimate,
    GeneralJournalEntry,
    Invoice,
    Location,
    Payment,
    PaymentApplication,
    PurchaseOrder,
    PurchaseOrderStatus,
    SalesReceipt,
    TrackingClass,
    Transfer,
    VendorCredit,
)
from qbdesk.store.syncdata import IssueStatus, Link, LinkState, SyncIssue
from qbdesk.sync.settings import SyncSettings, save_settings

MakeRig = Callable[..., Rig]


@pytest.fixture
def synced(make_rig: MakeRig) -> Rig:
    rig = make_rig(qbo_size=500, here_size=500)
    bank = next(a["Id"] for a in rig.qbo("Account") if a["Name"] == "Checking")
    with rig.company.session() as s:
        save_settings(s, SyncSettings(refund_account=bank))
    first = rig.engine().run()
    assert first.status == "completed" and first.problems == 0, first
    rig.server.advance(60)
    return rig


def _probe(rig: Rig) -> QboProbe:
    return QboProbe(rig.server.api_base, rig.realm_id, rig.connection.tokens.access_token())


def _qbo_id(rig: Rig, entity: str, local_id: int) -> str:
    with rig.company.session() as s:
        link = s.scalars(select(Link).where(Link.entity_type == entity, Link.local_id == local_id)).one()
        assert link.qbo_id is not None
        return link.qbo_id


def _first(rig: Rig, cls: Any, *where: Any) -> int:
    with rig.company.session() as s:
        found = s.scalars(select(cls.id).where(*where).order_by(cls.id)).first()
        assert found is not None, cls
        return int(found)


def _qbo_edit(rig: Rig, entity: str, qbo_id: str, **fields: object) -> None:
    current = rig.server.sandbox.get(rig.realm_id, entity, qbo_id)
    assert current is not None
    rig.server.sandbox.write(rig.realm_id, entity, {"Id": qbo_id, "SyncToken": current["SyncToken"], "sparse": True,
                                                    **fields})


def test_an_edit_here_of_each_new_type_reaches_quickbooks(synced: Rig) -> None:
    rig = synced
    ids = {
        "Class": _first(rig, TrackingClass), "Department": _first(rig, Location), "Estimate": _first(rig, Estimate),
        "SalesReceipt": _first(rig, SalesReceipt), "Deposit": _first(rig, Deposit),
        "VendorCredit": _first(rig, VendorCredit), "BillPayment": _first(rig, BillPayment),
        "PurchaseOrder": _first(rig, PurchaseOrder),
        "Transfer": _first(rig, Transfer), "JournalEntry": _first(rig, GeneralJournalEntry),
    }
    with rig.company.session() as s:
        s.get(TrackingClass, ids["Class"]).name = "Landscaping Renamed"  # type: ignore[union-attr]
        s.get(Location, ids["Department"]).name = "East Yard"  # type: ignore[union-attr]
        s.get(Estimate, ids["Estimate"]).memo = "Valid for 30 days"  # type: ignore[union-attr]
        s.get(SalesReceipt, ids["SalesReceipt"]).private_note = "paid at the counter"  # type: ignore[union-attr]
        s.get(Deposit, ids["Deposit"]).memo = "Friday deposit"  # type: ignore[union-attr]
        s.get(VendorCredit, ids["VendorCredit"]).memo = "returned goods"  # type: ignore[union-attr]
        s.get(BillPayment, ids["BillPayment"]).memo = "paid in full"  # type: ignore[union-attr]
        order = s.get(PurchaseOrder, ids["PurchaseOrder"])
        assert order is not None
        status = PurchaseOrderStatus.OPEN if order.status is PurchaseOrderStatus.CLOSED else PurchaseOrderStatus.CLOSED
        order.status = status
        s.get(Transfer, ids["Transfer"]).amount = Decimal("1234.56")  # type: ignore[union-attr]
        entry = s.get(GeneralJournalEntry, ids["JournalEntry"])
        assert entry is not None
        entry.memo = "reviewed by the accountant"
        for line in entry.lines:
            line.amount = Decimal("77.70")
    summary = rig.engine().run()
    assert summary.status == "completed" and summary.problems == 0, summary
    assert summary.updated_in_qbo == len(ids)
    probe = _probe(rig)
    try:
        got = {entity: probe.live(entity)[_qbo_id(rig, entity, local)] for entity, local in ids.items()}
    finally:
        probe.close()
    assert got["Class"]["Name"] == "Landscaping Renamed"
    assert got["Department"]["Name"] == "East Yard"
    assert got["Estimate"]["CustomerMemo"]["value"] == "Valid for 30 days"
    assert got["SalesReceipt"]["PrivateNote"] == "paid at the counter"
    assert got["Deposit"]["PrivateNote"] == "Friday deposit"
    assert got["VendorCredit"]["PrivateNote"] == "returned goods"
    assert got["BillPayment"]["PrivateNote"] == "paid in full"
    assert got["PurchaseOrder"]["POStatus"] == status.value
    assert Decimal(str(got["Transfer"]["Amount"])) == Decimal("1234.56")
    assert {Decimal(str(line["Amount"])) for line in got["JournalEntry"]["Line"]} == {Decimal("77.70")}
    again = rig.engine().plan(refresh=True)
    assert again.writes() == []
    assert_books_agree(rig)


def test_an_edit_in_quickbooks_of_each_new_type_comes_here(synced: Rig) -> None:
    rig = synced
    ids = {"Estimate": _first(rig, Estimate), "SalesReceipt": _first(rig, SalesReceipt),
           "Deposit": _first(rig, Deposit), "VendorCredit": _first(rig, VendorCredit),
           "BillPayment": _first(rig, BillPayment), "PurchaseOrder": _first(rig, PurchaseOrder),
           "Transfer": _first(rig, Transfer), "JournalEntry": _first(rig, GeneralJournalEntry)}
    for entity, local in ids.items():
        _qbo_edit(rig, entity, _qbo_id(rig, entity, local), PrivateNote=f"{entity} noted in QuickBooks")
    _qbo_edit(rig, "Class", _qbo_id(rig, "Class", _first(rig, TrackingClass)), Name="Renamed In QuickBooks")
    summary = rig.engine().run()
    assert summary.status == "completed" and summary.problems == 0, summary
    assert summary.updated_here == len(ids) + 1
    with rig.company.session() as s:
        assert s.get(Estimate, ids["Estimate"]).private_note == "Estimate noted in QuickBooks"  # type: ignore[union-attr]
        assert s.get(SalesReceipt, ids["SalesReceipt"]).private_note == \
            "SalesReceipt noted in QuickBooks"  # type: ignore[union-attr]
        for cls, entity in ((Deposit, "Deposit"), (VendorCredit, "VendorCredit"), (BillPayment, "BillPayment"),
                            (PurchaseOrder, "PurchaseOrder"), (Transfer, "Transfer"),
                            (GeneralJournalEntry, "JournalEntry")):
            assert s.get(cls, ids[entity]).memo == f"{entity} noted in QuickBooks", entity  # type: ignore[attr-defined]
        assert s.get(TrackingClass, _first(rig, TrackingClass)).name == "Renamed In QuickBooks"  # type: ignore[union-attr]


def test_deleted_here_is_deleted_in_quickbooks_and_deleted_there_is_marked_here(synced: Rig) -> None:
    rig = synced
    transfer, entry = _first(rig, Transfer), _first(rig, GeneralJournalEntry)
    klass = _first(rig, TrackingClass)
    transfer_qbo, entry_qbo, class_qbo = (_qbo_id(rig, "Transfer", transfer), _qbo_id(rig, "JournalEntry", entry),
                                          _qbo_id(rig, "Class", klass))
    with rig.company.session() as s:
        s.delete(s.get(Transfer, transfer))
        s.delete(s.get(GeneralJournalEntry, entry))
        # A class in use cannot go from the company file; one nobody uses can, and QuickBooks makes it inactive.
        unused = TrackingClass(name="Unused Class")
        s.add(unused)
    rig.engine().run()
    unused_id = _first(rig, TrackingClass, TrackingClass.name == "Unused Class")
    unused_qbo = _qbo_id(rig, "Class", unused_id)
    with rig.company.session() as s:
        s.delete(s.get(TrackingClass, unused_id))
    deposit = _first(rig, Deposit)
    deposit_qbo = _qbo_id(rig, "Deposit", deposit)
    rig.server.sandbox.delete(rig.realm_id, "Deposit", deposit_qbo)  # a person deletes it in QuickBooks
    summary = rig.engine().run()
    assert summary.status == "completed", summary
    assert rig.server.sandbox.is_deleted(rig.realm_id, "Transfer", transfer_qbo)
    assert rig.server.sandbox.is_deleted(rig.realm_id, "JournalEntry", entry_qbo)
    assert rig.server.sandbox.get(rig.realm_id, "Class", unused_qbo)["Active"] is False  # type: ignore[index]
    assert rig.server.sandbox.get(rig.realm_id, "Class", class_qbo)["Active"] is True  # type: ignore[index]
    with rig.company.session() as s:
        link = s.scalars(select(Link).where(Link.entity_type == "Deposit", Link.local_id == deposit)).one()
        assert link.state is LinkState.DELETED_IN_QBO
        issue = s.scalars(select(SyncIssue).where(SyncIssue.entity_type == "Deposit",
                                                  SyncIssue.local_id == deposit)).one()
        assert issue.code == "deleted_in_qbo" and issue.status is IssueStatus.OPEN


def test_a_void_in_quickbooks_zeroes_the_record_here(synced: Rig) -> None:
    rig = synced
    with rig.company.session() as s:
        deposited = {ln.sales_receipt_id for d in s.scalars(select(Deposit)) for ln in d.lines}
        receipt = next(r.id for r in s.scalars(select(SalesReceipt).order_by(SalesReceipt.id))
                       if r.id not in deposited)
        check = _first(rig, BillPayment, BillPayment.pay_type == BillPayType.CHECK)
    for entity, local in (("SalesReceipt", receipt), ("BillPayment", check)):
        qbo_id = _qbo_id(rig, entity, local)
        token = rig.server.sandbox.get(rig.realm_id, entity, qbo_id)["SyncToken"]  # type: ignore[index]
        rig.connection.client.void(entity, qbo_id, token)
    summary = rig.engine().run()
    assert summary.status == "completed" and summary.problems == 0, summary
    with rig.company.session() as s:
        voided_receipt = s.get(SalesReceipt, receipt)
        voided_check = s.get(BillPayment, check)
        assert voided_receipt is not None and voided_receipt.total == 0
        assert voided_receipt.private_note is not None and voided_receipt.private_note.startswith("Voided")
        assert voided_check is not None and voided_check.total == 0 and not voided_check.applications
    assert_books_agree(rig)


def test_a_credit_memo_applied_here_through_a_payment_reaches_the_invoice_in_quickbooks(synced: Rig) -> None:
    rig = synced
    with rig.company.session() as s:
        invoice = next(i for i in s.scalars(select(Invoice).order_by(Invoice.id)) if i.balance > 50)
        memo = CreditMemo(customer_id=invoice.customer_id, txn_date=date(2026, 7, 1), doc_number="CM-18",
                          memo="goodwill")
        from qbdesk.store import CreditMemoLine

        memo.lines.append(CreditMemoLine(line_num=1, description="goodwill credit", quantity=Decimal(1),
                                         unit_price=Decimal("20.00")))
        s.add(memo)
        s.flush()
        payment = Payment(customer_id=invoice.customer_id, txn_date=date(2026, 7, 2), total=invoice.balance - 20)
        payment.applications = [PaymentApplication(invoice=invoice, amount=invoice.balance),
                                PaymentApplication(credit_memo=memo, amount=Decimal("20.00"))]
        s.add(payment)
        invoice_id, memo_id = invoice.id, memo.id
    rig.server.sandbox.set_preferences(rig.realm_id, custom_txn_numbers=True)
    summary = rig.engine().run()
    assert summary.status == "completed" and summary.problems == 0, summary
    probe = _probe(rig)
    try:
        qbo_invoice = probe.live("Invoice")[_qbo_id(rig, "Invoice", invoice_id)]
        qbo_memo = probe.live("CreditMemo")[_qbo_id(rig, "CreditMemo", memo_id)]
        assert_each_record_once(rig.company, probe)
    finally:
        probe.close()
    assert Decimal(str(qbo_invoice["Balance"])) == 0
    assert Decimal(str(qbo_memo["RemainingCredit"])) == 0
    with rig.company.session() as s:
        assert s.get(Invoice, invoice_id).balance == 0  # type: ignore[union-attr]
        assert s.get(CreditMemo, memo_id).remaining_credit == 0  # type: ignore[union-attr]
    assert_books_agree(rig)


def test_an_invoice_line_changed_here_changes_the_invoice_in_quickbooks(synced: Rig) -> None:
    rig = synced
    with rig.company.session() as s:
        invoice = next(i for i in s.scalars(select(Invoice).order_by(Invoice.id)) if not i.payments_applied)
        invoice.lines[0].quantity = invoice.lines[0].quantity + 1
        invoice_id = invoice.id
    with rig.company.session() as s:
        total = s.get(Invoice, invoice_id).total  # type: ignore[union-attr]
    summary = rig.engine().run()
    assert summary.status == "completed" and summary.updated_in_qbo == 1, summary
    qbo = rig.server.sandbox.get(rig.realm_id, "Invoice", _qbo_id(rig, "Invoice", invoice_id))
    assert qbo is not None and Decimal(str(qbo["TotalAmt"])) == total
