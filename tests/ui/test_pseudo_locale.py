"""Longer languages must fit: with every string of ours made ~40% longer, no label or button is clipped."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabBar,
    QTreeWidget,
    QWidget,
)

from qbdesk.ui.main_window import MainWindow
from tests.ui.conftest import wait_loaded


class PseudoTranslator(QTranslator):
    """Pads every string of ours by ~40%, keeping placeholders and mnemonics intact (Qt's own are left alone)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if not source or context.startswith("Q"):
            return ""
        return source + " " + "ẍ" * max(2, math.ceil(len(source) * 0.4))

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo(qapp: QApplication, translators: Any) -> Iterator[PseudoTranslator]:
    translators.remove(qapp)
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons narrower (or, when wrapping, shorter) than their text needs."""
    out: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 1:
                    out.append(f"wrapped label {widget.text()!r}: {widget.size()}")
            elif widget.sizeHint().width() > widget.width() + 1:
                out.append(f"label {widget.text()!r}: needs {widget.sizeHint().width()}, has {widget.width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                out.append(f"button {widget.text()!r}: needs {widget.sizeHint().width()}, has {widget.width()}")
        elif isinstance(widget, QListWidget):
            room = widget.viewport().width()
            metrics = widget.fontMetrics()
            for row in range(widget.count()):
                item = widget.item(row)
                chrome = widget.iconSize().width() + 16
                if widget.wordWrap():  # a long name may take two lines: it must fit in the row's height
                    bounds = metrics.boundingRect(QRect(0, 0, max(room - chrome, 1), 10_000),
                                                  Qt.TextFlag.TextWordWrap, item.text())
                    rect = widget.visualItemRect(item)
                    if bounds.width() + chrome > room or bounds.height() > rect.height() + 1:
                        out.append(f"list item {item.text()!r}: needs {bounds.width() + chrome}×{bounds.height()}, "
                                   f"has {room}×{rect.height()}")
                    continue
                need = metrics.horizontalAdvance(item.text()) + chrome
                if need > room:
                    out.append(f"list item {item.text()!r}: needs {need}, has {room}")
        elif isinstance(widget, QHeaderView) and widget.isVisible():
            out += _clipped_header(widget)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                text = widget.tabText(index).replace("&", "")
                need = widget.fontMetrics().horizontalAdvance(text)
                room = widget.tabRect(index).width() - 8
                if text and need > room:
                    out.append(f"tab {text!r}: needs {need}, has {room}")
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            margins = widget.textMargins()
            room = widget.width() - margins.left() - margins.right() - 8
            need = widget.fontMetrics().horizontalAdvance(widget.placeholderText())
            if need > room:
                out.append(f"placeholder {widget.placeholderText()!r}: needs {need}, has {room}")
        elif isinstance(widget, QComboBox) and widget.currentText() and not widget.isEditable():
            if widget.sizeHint().width() > widget.width() + 1 and \
                    widget.sizeAdjustPolicy() != QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon:
                out.append(f"combo box {widget.currentText()!r}: needs {widget.sizeHint().width()}, "
                           f"has {widget.width()}")
        elif isinstance(widget, QTreeWidget):
            out += _clipped_tree_rows(widget)
    return out


def _clipped_header(header: QHeaderView) -> list[str]:
    """Column titles wider than their column (a title must never be cut: the column widens or it wraps)."""
    out = []
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return out
    metrics = header.fontMetrics()
    last = header.count() - 1
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        if not text:
            continue
        room = header.sectionSize(section) - 12
        if section == last and header.stretchLastSection():
            room = max(room, header.viewport().width() - header.sectionViewportPosition(section) - 12)
        lines = text.split("\n")
        need = max(metrics.horizontalAdvance(line) for line in lines)
        if need > room and header.sectionViewportPosition(section) < header.viewport().width():
            out.append(f"column title {text!r}: needs {need}, has {room}")
    return out


def _clipped_tree_rows(tree: QTreeWidget) -> list[str]:
    """The first column of a tree's top-level rows (group titles such as a problem category)."""
    out = []
    metrics = tree.fontMetrics()
    for index in range(min(tree.topLevelItemCount(), 30)):
        item = tree.topLevelItem(index)
        text = item.text(0)
        if not text or item.isHidden():
            continue
        room = tree.visualItemRect(item).width() if item.isFirstColumnSpanned() else \
            tree.columnWidth(0) - tree.indentation() - 8
        if tree.wordWrap():  # the row may take two lines: the text must fit its height
            bounds = metrics.boundingRect(QRect(0, 0, max(room, 1), 10_000), Qt.TextFlag.TextWordWrap, text)
            height = tree.visualItemRect(item).height()
            if bounds.width() > room or bounds.height() > height + 1:
                out.append(f"tree row {text!r}: needs {bounds.width()}×{bounds.height()}, has {room}×{height}")
            continue
        need = metrics.horizontalAdvance(text)
        if need > room:
            out.append(f"tree row {text!r}: needs {need}, has {room}")
    return out


def _settle(qtbot: Any, widget: QWidget) -> None:
    qtbot.waitExposed(widget)
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("size", [None, (1024, 640)], ids=["default size", "1024x640"])
def test_every_screen_fits_strings_forty_percent_longer(pseudo: PseudoTranslator, make_window: Any,
                                                        company_file: Any, qtbot: Any,
                                                        size: tuple[int, int] | None) -> None:
    window: MainWindow = make_window("en")
    if size is not None:  # a small laptop screen
        window.resize(*size)
    assert window.sidebar.item(0).text().startswith("Home ẍẍ")
    _settle(qtbot, window)
    problems = clipped(window)  # the welcome page

    with qtbot.waitSignal(window.summary_shown, timeout=15000):
        window.open_company(str(company_file))
    _settle(qtbot, window)
    problems += clipped(window)  # home with the summary

    assert window.browser is not None
    for key in ("customers", "invoices", "bills"):
        window.show_records(key)
        wait_loaded(qtbot, window.browser.view(key))
        _settle(qtbot, window)
        problems += clipped(window)
    for page in ("problems", "approvals", "sync_log", "reconciliation"):
        window.show_page(page)
        _settle(qtbot, window)
        problems += clipped(window)
    if size is not None and window.width() > size[0]:  # a page that will not shrink holds the window wider
        problems.append(f"the window cannot be narrower than {window.minimumSizeHint().width()} px")

    for key in ("customers", "payments", "bills"):
        view = window.browser.view(key)
        wait_loaded(qtbot, view)
        window.edit_record(key, view.model.record_id(0) or 1)
        editor = window.editor
        qtbot.waitUntil(lambda e=editor: e.record is not None, timeout=5000)
        if key == "payments":  # messages next to fields must fit too
            editor.field_editor("customer_id").setText("")  # type: ignore[attr-defined]
            editor.field_editor("total").setText("abc")  # type: ignore[attr-defined]
            editor.save()
        _settle(qtbot, editor)
        problems += clipped(editor)
        editor.reject()

    window.ask_import_csv()
    _settle(qtbot, window.csv_dialog)
    problems += clipped(window.csv_dialog)
    window.csv_dialog.reject()
    window.show_about()
    _settle(qtbot, window.about_dialog)
    problems += clipped(window.about_dialog)
    window.about_dialog.reject()
    window.ask_new_company()
    _settle(qtbot, window.new_company_dialog)
    problems += clipped(window.new_company_dialog)
    window.new_company_dialog.reject()
    assert problems == [], "\n".join(problems)


def test_the_checker_sees_a_clipped_label(qtbot: Any) -> None:
    label = QLabel("A label much longer than the room it gets")
    qtbot.addWidget(label)
    label.setFixedWidth(60)
    label.show()
    qtbot.waitExposed(label)
    assert clipped(label)
    label.setFixedWidth(label.sizeHint().width())
    assert not clipped(label)


def test_the_sync_pages_fit_at_1024_by_640(pseudo: PseudoTranslator, make_window: Any, qtbot: Any,
                                          tmp_path: Any, monkeypatch: Any, keychain: Any) -> None:
    """Problems (list, pane, a conflict's two versions), Approvals, the Sync log and Reconciliation, with what a
    sync left behind in them, on a small laptop screen, every string 40% longer."""
    _sync_pages_fit(make_window, qtbot, tmp_path, monkeypatch)


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_sync_pages_fit_at_1024_by_640_in_french_and_spanish(
        translators: Any, qapp: QApplication, make_window: Any, qtbot: Any, tmp_path: Any, monkeypatch: Any,
        keychain: Any, language: str) -> None:
    """The same in the real languages: some French titles are far more than 40% longer ("First seen" →
    "Première détection")."""
    translators.install(qapp, language)
    _sync_pages_fit(make_window, qtbot, tmp_path, monkeypatch)


def _sync_pages_fit(make_window: Any, qtbot: Any, tmp_path: Any, monkeypatch: Any) -> None:
    from tests.ui.syncrig import connected_window
    from tests.ui.test_problems_view import _one_colon_customer_and_taken_numbers

    with connected_window(make_window, qtbot, tmp_path, monkeypatch, custom_numbers=True,
                          prepare=_one_colon_customer_and_taken_numbers) as rig:
        rig.sync()
        window = rig.window
        window.resize(1024, 640)
        problems: list[str] = []
        for page in ("problems", "approvals", "sync_log", "reconciliation"):
            window.show_page(page)
            qtbot.wait(300)
            _settle(qtbot, window)
            view = window.sync_hub.problems_view
            if page == "problems" and view is not None:
                qtbot.waitUntil(lambda v=view: not v.busy, timeout=10000)
                assert view.items, "the sync should have left problems to show"
                view.select_problem(next(iter(view.items)))
                _settle(qtbot, window)
            problems += [f"{page}: {p}" for p in clipped(window)]
            if window.width() > 1024:  # a page that will not shrink holds the whole window wider than the screen
                problems.append(f"{page}: the window cannot be narrower than {window.minimumSizeHint().width()} px")
        assert problems == [], "\n".join(problems)
