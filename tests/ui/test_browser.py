"""Browsing: every record type shows its rows; sorting and filtering happen in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from sqlalchemy import func, select

from qbdesk.store import Customer, open_company
from qbdesk.ui.company.records.columns import Kind
from qbdesk.ui.company.records.labels import TYPES
from qbdesk.ui.company.records.model import ID_ROLE
from qbdesk.ui.main_window import MainWindow
from tests.ui.conftest import wait_loaded


def _count(path: str, model: Any) -> int:
    company = open_company(path)
    try:
        with company.sessions() as s:
            return int(s.scalar(select(func.count()).select_from(model)) or 0)
    finally:
        company.close()


def test_every_record_type_has_a_view_with_its_rows(opened: MainWindow, qtbot: Any) -> None:
    assert opened.browser is not None
    path = opened.company.path if opened.company else None
    assert path is not None
    for t in TYPES:
        view = opened.browser.show_type(t.key)
        wait_loaded(qtbot, view)
        model = view.model
        assert opened.browser.stack.currentWidget() is view
        assert model.rowCount() == _count(str(path), model.spec.model), t.key
        assert view.count_label.text().endswith(("record", "records")), view.count_label.text()
        if model.rowCount():
            first = model.index(0, 0)
            assert model.data(first, ID_ROLE) is not None
            assert any(model.data(model.index(0, c)) for c in range(len(model.spec.columns))), t.key
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(model.spec.columns))]
        assert all(headers), t.key


def test_home_cards_open_their_record_list(opened: MainWindow, qtbot: Any) -> None:
    opened.home.cards["Invoice"].clicked.emit()
    assert opened.pages.currentWidget() is opened.browser
    assert opened.browser is not None and opened.browser.current_key == "invoices"
    assert opened.home.cards["Customer"].value.text() != "…"


def test_sorting_by_a_column_sorts_in_the_database(opened: MainWindow, qtbot: Any) -> None:
    assert opened.browser is not None
    view = opened.browser.show_type("customers")
    wait_loaded(qtbot, view)
    names = lambda: [view.model.data(view.model.index(r, 0)) for r in range(view.model.rowCount())]  # noqa: E731
    ascending = names()
    assert ascending == sorted(ascending, key=lambda n: n.encode())  # SQLite's binary collation

    view.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not view.model.busy and view.model.sort_order == (0, True), timeout=5000)
    assert names() == list(reversed(ascending))

    city = 5  # Name, Company, Sub-customer of, Email, Phone, City
    view.table.sortByColumn(city, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: not view.model.busy and view.model.sort_order == (city, False), timeout=5000)
    cities = [view.model.data(view.model.index(r, city)) for r in range(view.model.rowCount())]
    filled = [c for c in cities if c]
    assert filled == sorted(filled, key=lambda n: n.encode())
    assert cities[: len(filled)] == filled  # empty cities last


def test_filter_box_filters_with_sql_like_after_a_pause(opened: MainWindow, qtbot: Any) -> None:
    assert opened.browser is not None and opened.company is not None
    view = opened.browser.show_type("customers")
    wait_loaded(qtbot, view)
    total = view.model.rowCount()
    qtbot.keyClicks(view.filter_edit, "son")
    assert view.model.rowCount() == total  # debounced: nothing yet
    qtbot.waitUntil(lambda: view.model.filter_text == "son" and not view.model.busy, timeout=5000)
    with opened.company.sessions() as s:
        expected = sum(
            1 for c in s.scalars(select(Customer))
            if any("son" in (v or "").lower() for v in (
                c.display_name, c.company_name, c.email, c.phone, c.city,
                c.parent.display_name if c.parent else None)))
    assert 0 < view.model.rowCount() < total
    assert view.model.rowCount() == expected
    for row in range(view.model.rowCount()):
        values = [view.model.data(view.model.index(row, c)) or "" for c in range(6)]
        assert any("son" in v.lower() for v in values)
    assert "match" in view.count_label.text()

    view.filter_edit.setText("no-such-customer-%_")
    view._apply_filter()
    qtbot.waitUntil(lambda: not view.model.busy, timeout=5000)
    assert view.model.rowCount() == 0
    assert view.empty.isVisibleTo(view) and not view.table.isVisibleTo(view)
    assert "no-such-customer" in view.empty.text()


def test_double_click_and_enter_open_the_editor(opened: MainWindow, qtbot: Any) -> None:
    assert opened.browser is not None
    opened.show_records("vendors")
    view = opened.browser.view("vendors")
    wait_loaded(qtbot, view)
    qtbot.waitExposed(view.table)
    index: QModelIndex = view.model.index(1, 0)
    rect = view.table.visualRect(index)
    with qtbot.waitSignal(view.edit_requested, timeout=2000) as blocker:
        # QTest's double-click in Qt 6 needs the press that precedes it in real use
        qtbot.mousePress(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseRelease(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["vendors", view.model.record_id(1)]
    qtbot.waitUntil(lambda: opened.editor.record is not None, timeout=5000)
    opened.editor.reject()
    view.table.setCurrentIndex(view.model.index(2, 0))
    with qtbot.waitSignal(view.edit_requested, timeout=2000) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == ["vendors", view.model.record_id(2)]
    qtbot.waitUntil(lambda: opened.editor.record is not None, timeout=5000)
    opened.editor.reject()


def test_a_painted_cell_shows_what_the_model_says_of_it_alone(opened: MainWindow, qtbot: Any) -> None:
    """The table paints from one ``multiData`` call a cell: it must answer as ``data`` does, role by role, and
    clear what a cell does not have (Qt hands the delegate's span from cell to cell; a role left alone kept the
    previous cell's value — the Sync column came out right-aligned after the Total column)."""
    assert opened.browser is not None
    view = opened.browser.show_type("invoices")
    wait_loaded(qtbot, view)
    model, delegate = view.model, view.table.itemDelegate()
    assert model.rowCount() >= 3
    default = QStyleOptionViewItem()
    compared = 0
    for row in range(3):
        for column in range(model.columnCount()):  # left to right, so each cell follows its left neighbour
            index = model.index(row, column)
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, index)
            assert option.text == (model.data(index) or ""), (row, column)
            alignment = model.data(index, Qt.ItemDataRole.TextAlignmentRole)
            expected = Qt.AlignmentFlag(alignment) if alignment is not None else default.displayAlignment
            assert option.displayAlignment == expected, (row, column, option.text)
            compared += 1
    total = next(c for c, col in enumerate(model.spec.columns) if col.kind is Kind.MONEY)
    assert model.data(model.index(0, total), Qt.ItemDataRole.TextAlignmentRole) is not None  # a right-aligned cell
    assert model.data(model.index(0, model.sync_column), Qt.ItemDataRole.TextAlignmentRole) is None  # then none
    assert compared == 3 * model.columnCount()
