"""The record editor: saving writes through the store (dirty flag set), bad input is refused in place."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from sqlalchemy import select

from qbdesk.store import Customer, Item, Vendor, open_company
from qbdesk.store.base import Record
from qbdesk.ui.company.records.editor import RecordEditor
from qbdesk.ui.main_window import MainWindow
from tests.ui.conftest import wait_loaded


def _fresh(path: Path, model: type[Record], record_id: int) -> Any:
    """Read a record back through a brand-new engine: what is really on disk."""
    company = open_company(path)
    try:
        with company.sessions() as s:
            obj = s.get(model, record_id)
            s.expunge(obj)
            return obj
    finally:
        company.close()


def _open_editor(window: MainWindow, qtbot: Any, key: str, row: int = 0) -> RecordEditor:
    assert window.browser is not None
    window.show_records(key)
    view = window.browser.view(key)
    wait_loaded(qtbot, view)
    view.table.selectRow(row)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    editor: RecordEditor = window.editor
    # The form's rows are added to a dialog already on screen, and Qt shows them from the event queue: wait for
    # that too, not only for the record (a check of a field's message is otherwise a race with those events).
    qtbot.waitUntil(lambda: editor.record is not None and bool(editor.rows)
                    and all(row.isVisible() for row in editor.rows.values()), timeout=5000)
    return editor


def _line(editor: RecordEditor, key: str) -> QLineEdit:
    widget = editor.field_editor(key)
    assert isinstance(widget, QLineEdit)
    return widget


def test_edit_and_save_writes_the_store_and_marks_the_record_dirty(
        opened: MainWindow, company_file: Path, qtbot: Any) -> None:
    editor = _open_editor(opened, qtbot, "customers", row=3)
    record_id = editor.record_id
    _mark_clean(company_file, Customer, record_id)
    before = _fresh(company_file, Customer, record_id)
    assert before.dirty is False
    _line(editor, "email").clear()
    qtbot.keyClicks(_line(editor, "email"), "accounts@harborview.example")
    _line(editor, "phone").setText("+1 555 0199")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    after = _fresh(company_file, Customer, record_id)
    assert after.email == "accounts@harborview.example"
    assert after.phone == "+1 555 0199"
    assert after.display_name == before.display_name
    assert after.dirty is True
    assert after.version == before.version + 1
    assert after.updated_at > before.updated_at
    view = opened.browser.view("customers")  # type: ignore[union-attr]
    row = view.model.row_of(record_id)
    assert row is not None
    assert view.model.data(view.model.index(row, 3)) == "accounts@harborview.example"
    assert "next sync" in opened.statusBar().currentMessage()


def _mark_clean(path: Path, model: type[Record], record_id: int) -> None:
    """As if synced: so the test proves that the save (not the generator) set ``dirty``."""
    company = open_company(path)
    table = model.__table__  # type: ignore[attr-defined]
    with company.session() as s:
        s.execute(table.update().where(table.c.id == record_id).values(dirty=False))
    company.close()


def test_money_is_parsed_exactly_with_the_locale(opened: MainWindow, company_file: Path, qtbot: Any) -> None:
    editor = _open_editor(opened, qtbot, "items", row=0)
    price = _line(editor, "unit_price")
    assert QLocale().decimalPoint() in price.text()  # shown with the locale's separator
    price.setText("1,234.567891")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    item = _fresh(company_file, Item, editor.record_id)
    assert item.unit_price == Decimal("1234.567891")
    assert isinstance(item.unit_price, Decimal)


def test_invalid_input_is_refused_with_messages_next_to_the_fields(
        opened: MainWindow, company_file: Path, qtbot: Any) -> None:
    editor = _open_editor(opened, qtbot, "items", row=1)
    before = _fresh(company_file, Item, editor.record_id)
    _line(editor, "name").setText("Lawn: weekly")
    _line(editor, "unit_price").setText("12.345.6")
    _line(editor, "purchase_cost").setText("-3")
    with qtbot.waitSignal(editor.save_refused, timeout=2000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "colon" in editor.field_message("name")
    assert "amount" in editor.field_message("unit_price")
    assert "negative" in editor.field_message("purchase_cost")
    # Shown in the editor, and the editor's focus on the first field to fix. (Not isVisible()/hasFocus(): they
    # also depend on the offscreen window being exposed and activated, which a loaded machine delays.)
    assert editor.rows["name"].message.isVisibleTo(editor)
    assert editor.focusWidget() is editor.field_editor("name")
    assert editor.isVisible()
    after = _fresh(company_file, Item, editor.record_id)
    assert (after.name, after.unit_price, after.version) == (before.name, before.unit_price, before.version)

    _line(editor, "name").setText("x" * 101)
    _line(editor, "unit_price").setText("1.1234567")
    _line(editor, "purchase_cost").clear()
    editor.save()
    assert "at most 100 characters" in editor.field_message("name")
    assert "decimal places" in editor.field_message("unit_price")
    assert editor.field_message("purchase_cost") == ""


def test_a_name_used_by_a_vendor_is_refused_by_the_database_check(
        opened: MainWindow, company_file: Path, qtbot: Any) -> None:
    company = open_company(company_file)
    with company.sessions() as s:
        vendor_name = s.scalars(select(Vendor.display_name).limit(1)).one()
    company.close()
    editor = _open_editor(opened, qtbot, "customers", row=0)
    before = _fresh(company_file, Customer, editor.record_id)
    _line(editor, "display_name").setText(vendor_name.upper())
    with qtbot.waitSignal(editor.save_refused, timeout=5000):
        editor.save()
    assert "vendor is already named" in editor.field_message("display_name")
    assert _fresh(company_file, Customer, editor.record_id).display_name == before.display_name
    assert editor.save_button.isEnabled()


def test_unknown_customer_on_an_invoice_is_refused(opened: MainWindow, qtbot: Any) -> None:
    editor = _open_editor(opened, qtbot, "invoices", row=0)
    _line(editor, "customer_id").setText("Nobody Of That Name")
    with qtbot.waitSignal(editor.save_refused, timeout=5000):
        editor.save()
    assert "Nobody is named" in editor.field_message("customer_id")
    assert editor.findChild(object, "linesTable") is not None


def test_tax_codes_open_read_only(opened: MainWindow, qtbot: Any) -> None:
    assert opened.browser is not None
    view = opened.browser.view("tax_codes")
    wait_loaded(qtbot, view)
    assert view.edit_button.isHidden()
    opened.edit_record("tax_codes", view.model.record_id(0) or 1)
    editor = opened.editor
    qtbot.waitUntil(lambda: editor.record is not None, timeout=5000)
    assert not editor.field_editor("name").isEnabled()
    assert "can't be changed" in editor.subtitle.text()
    editor.reject()


NEW_TYPES = ("classes", "locations", "estimates", "sales_receipts", "bill_payments", "vendor_credits",
             "purchase_orders", "deposits", "transfers", "journal_entries")


def test_every_new_record_type_opens_in_the_editor_and_saves(opened: MainWindow, qtbot: Any) -> None:
    for key in NEW_TYPES:
        editor = _open_editor(opened, qtbot, key)
        assert editor.rows, key
        with qtbot.waitSignal(editor.saved, timeout=5000):
            qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)


def _open_where(window: MainWindow, qtbot: Any, key: str, record_id: int) -> RecordEditor:
    assert window.browser is not None
    window.show_records(key)
    view = window.browser.view(key)
    wait_loaded(qtbot, view)
    row = view.model.row_of(record_id)
    assert row is not None
    view.table.selectRow(row)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    editor: RecordEditor = window.editor
    qtbot.waitUntil(lambda: editor.record is not None, timeout=5000)
    return editor


def test_invoice_lines_are_changed_added_and_removed_in_the_editor(
        opened: MainWindow, company_file: Path, qtbot: Any) -> None:
    from qbdesk.store import Invoice

    company = open_company(company_file)
    with company.sessions() as s:
        invoice = next(i for i in s.scalars(select(Invoice).order_by(Invoice.id)) if not i.payments_applied
                       and len(i.lines) >= 2)
        invoice_id, first_qty = invoice.id, invoice.lines[0].quantity
    company.close()
    _mark_clean(company_file, Invoice, invoice_id)
    editor = _open_where(opened, qtbot, "invoices", invoice_id)
    lines = editor.lines_editor
    assert lines is not None and lines.table.rowCount() >= 2
    locale = QLocale()
    lines.table.item(0, 2).setText(locale.toString(int(first_qty) + 1))
    lines.table.selectRow(1)
    qtbot.mouseClick(lines.remove_button, Qt.MouseButton.LeftButton)
    row = lines.add_line(None)
    lines.table.item(row, 1).setText("Extra visit")
    lines.table.item(row, 2).setText(locale.toString(2))
    lines.table.item(row, 3).setText(locale.toString(12.5, "f", 2))
    assert lines.table.item(row, 4).text() == locale.toString(25.0, "f", 2)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    company = open_company(company_file)
    with company.sessions() as s:
        saved = s.get(Invoice, invoice_id)
        assert saved is not None and saved.dirty
        assert saved.lines[0].quantity == first_qty + 1
        assert saved.lines[-1].description == "Extra visit" and saved.lines[-1].amount == Decimal("25.00")
        assert saved.total == sum(line.amount for line in saved.lines) == saved.balance
    company.close()


def test_a_bill_line_that_does_not_read_is_refused_with_its_line_number(
        opened: MainWindow, qtbot: Any) -> None:
    editor = _open_editor(opened, qtbot, "bills")
    lines = editor.lines_editor
    assert lines is not None
    lines.table.item(0, 2).setText("twelve")
    with qtbot.waitSignal(editor.save_refused, timeout=5000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert lines.message.text().startswith("Line 1:")


def test_a_transfer_needs_two_accounts(opened: MainWindow, qtbot: Any) -> None:
    from PySide6.QtWidgets import QComboBox

    editor = _open_editor(opened, qtbot, "transfers")
    source, target = editor.field_editor("from_account_id"), editor.field_editor("to_account_id")
    assert isinstance(source, QComboBox) and isinstance(target, QComboBox)
    target.setCurrentIndex(source.currentIndex())
    with qtbot.waitSignal(editor.save_refused, timeout=5000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.field_message("to_account_id") == "Choose two different accounts."


def test_amounts_show_the_company_home_currency(opened: MainWindow, company_file: Path, qtbot: Any) -> None:
    """Once a sync read QuickBooks' home currency, every amount is shown in it: beside the fields, in totals and
    in the lists."""
    from qbdesk.store.summary import set_home_currency

    company = open_company(company_file)
    with company.session() as s:
        set_home_currency(s, "EUR")
    company.close()
    editor = _open_editor(opened, qtbot, "invoices")
    assert any("\u20ac" in label.text() for label in editor.findChildren(QLabel))  # the balance
    assert editor.lines_editor is not None and "\u20ac" in editor.lines_editor.total.text()
    editor = _open_editor(opened, qtbot, "payments")
    symbols = [label.text() for label in editor.findChildren(QLabel, "currency")]
    assert symbols and set(symbols) == {"\u20ac"}
    view = opened.browser.view("invoices")  # type: ignore[union-attr]
    view.model.reload()
    wait_loaded(qtbot, view)
    shown = [view.model.data(view.model.index(0, c)) for c in range(view.model.columnCount())]
    assert any(isinstance(text, str) and "\u20ac" in text for text in shown), shown
