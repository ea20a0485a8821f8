"""Invoice numbers in step with QuickBooks (issue 7, Prevention; TaxDome, seed 004): a number QuickBooks
already has is pointed out as it is typed, with the next free one suggested; a new invoice gets that number."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from qbdesk.store import Customer, Invoice, InvoiceLine, Link, Setting
from qbdesk.sync.read_model import KEEP_NUMBERS_KEY
from qbdesk.ui.base import background
from qbdesk.ui.company.records.editor import RecordEditor
from qbdesk.ui.company.records.numbers import NumberCheck
from tests.ui.syncrig import WindowRig, connected_window


def _editor(rig: WindowRig, qtbot: Any, invoice_id: int) -> RecordEditor:
    rig.window.edit_record("invoices", invoice_id)
    editor: RecordEditor = rig.window.editor
    qtbot.waitUntil(lambda: editor.record is not None, timeout=5000)
    qtbot.waitUntil(lambda: background.active_count() == 0, timeout=5000)  # the setting was read
    return editor


def _number(editor: RecordEditor) -> QLineEdit:
    line = editor.field_editor("doc_number")
    assert isinstance(line, QLineEdit)
    return line


def _in_step(rig: WindowRig, on: bool = True) -> None:
    with rig.company.session() as s:
        s.merge(Setting(key=KEEP_NUMBERS_KEY, value=on))


def _highest(rig: WindowRig) -> int:
    with rig.company.sessions() as s:
        here = max(int(n) for n in s.scalars(select(Invoice.doc_number)) if n and n.isdigit())
    there = max(int(i["DocNumber"]) for i in rig.qbo("Invoice") if i["DocNumber"].isdigit())
    return max(here, there)


def test_a_number_quickbooks_has_is_pointed_out_with_the_next_free_one(
        make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keychain: Path) -> None:
    with connected_window(make_window, qtbot, tmp_path, monkeypatch) as rig:
        rig.sync()
        _in_step(rig)
        with rig.company.session() as s:
            link = s.scalars(select(Link).where(Link.entity_type == "Invoice")).first()
            assert link is not None and link.local_id is not None and link.qbo_id is not None
            invoice_id, own_number = link.local_id, "7777"
            s.get(Invoice, invoice_id).doc_number = own_number  # type: ignore[union-attr]
        twin = rig.server.sandbox.get(rig.realm_id, "Invoice", link.qbo_id)
        assert twin is not None
        rig.server.sandbox.write(rig.realm_id, "Invoice", {"Id": twin["Id"], "SyncToken": twin["SyncToken"],
                                                           "sparse": True, "DocNumber": own_number})
        other = next(i["DocNumber"] for i in rig.qbo("Invoice") if i["Id"] != link.qbo_id)
        editor = _editor(rig, qtbot, invoice_id)
        assert editor.numbers_in_step and _number(editor).text() == own_number
        hint = editor.number_hint
        assert hint is not None and not hint.isVisible()

        _number(editor).clear()
        qtbot.keyClicks(_number(editor), other)  # typed: the check runs after a short pause
        with qtbot.waitSignal(editor.number_checked, timeout=10000) as checked:
            pass
        result: NumberCheck = checked.args[0]
        assert result.taken and result.number == other
        assert result.suggestion == _highest(rig) + 1
        assert hint.isVisible()
        assert hint.text.text() == f"This number already exists in QuickBooks — use {result.suggestion}"
        qtbot.mouseClick(hint.use, Qt.MouseButton.LeftButton)
        assert _number(editor).text() == str(result.suggestion) and not hint.isVisible()

        _number(editor).setText(own_number or "")  # its own twin in QuickBooks does not count
        with qtbot.waitSignal(editor.number_checked, timeout=10000) as checked:
            editor.check_number()
        assert checked.args[0].taken is False and not hint.isVisible()
        editor.reject()


def test_a_new_invoice_gets_the_next_number_in_step(make_window: Any, qtbot: Any, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch, keychain: Path) -> None:
    with connected_window(make_window, qtbot, tmp_path, monkeypatch) as rig:
        rig.sync()
        _in_step(rig)
        with rig.company.session() as s:
            customer = s.scalars(select(Customer)).first()
            invoice = Invoice(customer=customer, txn_date=date(2026, 6, 1), doc_number=None)
            invoice.lines.append(InvoiceLine(quantity=Decimal(2), unit_price=Decimal("40.00")))
            s.add(invoice)
            s.flush()
            invoice_id = invoice.id
        rig.server.sandbox.write(rig.realm_id, "Invoice", {  # QuickBooks is ahead of this company
            "DocNumber": str(_highest(rig) + 5), "CustomerRef": {"value": rig.qbo("Customer")[0]["Id"]},
            "Line": [{"DetailType": "SalesItemLineDetail", "Amount": 10,
                      "SalesItemLineDetail": {"ItemRef": {"value": rig.qbo("Item")[0]["Id"]}}}]})
        expected = _highest(rig) + 1
        rig.window.edit_record("invoices", invoice_id)
        editor: RecordEditor = rig.window.editor
        with qtbot.waitSignal(editor.number_suggested, timeout=10000) as suggested:
            pass
        assert suggested.args == [expected]
        assert _number(editor).text() == str(expected)
        assert editor.number_hint is not None and editor.number_hint.isVisible()
        with qtbot.waitSignal(editor.saved, timeout=5000):
            editor.save()
        with rig.company.sessions() as s:
            assert s.get(Invoice, invoice_id).doc_number == str(expected)  # type: ignore[union-attr]


def test_nothing_is_checked_when_the_setting_is_off(make_window: Any, qtbot: Any, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch, keychain: Path) -> None:
    with connected_window(make_window, qtbot, tmp_path, monkeypatch) as rig:
        rig.sync()
        with rig.company.sessions() as s:
            invoice_id = s.scalars(select(Invoice.id)).first()
        editor = _editor(rig, qtbot, invoice_id or 0)
        assert not editor.numbers_in_step
        _number(editor).setText(rig.qbo("Invoice")[0]["DocNumber"])
        with qtbot.assertNotEmitted(editor.number_checked):
            editor.check_number()
        editor.reject()
