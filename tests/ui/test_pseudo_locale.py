"""Longer languages must fit: with every string of ours made ~40% longer, no label or button is clipped."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QListWidget, QWidget

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
    return out


def _settle(qtbot: Any, widget: QWidget) -> None:
    qtbot.waitExposed(widget)
    for _ in range(3):
        QApplication.processEvents()


def test_every_screen_fits_strings_forty_percent_longer(pseudo: PseudoTranslator, make_window: Any,
                                                        company_file: Any, qtbot: Any) -> None:
    window: MainWindow = make_window("en")
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
    for page in ("problems", "approvals", "sync_log"):
        window.show_page(page)
        _settle(qtbot, window)
        problems += clipped(window)

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
