"""Every control has a name a screen reader can say, and Tab moves through a page as it reads.

Names are read the way assistive technology reads them: through Qt's accessibility
interface (``QAccessible``), which takes a button's text, a field's label (its buddy)
or an explicit accessible name.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from qbdesk.ui.main_window import MainWindow
from tests.ui.conftest import wait_loaded

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QAbstractSlider,
            QTextEdit, QPlainTextEdit, QTabBar)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    """Visible controls under ``root`` that a screen reader would announce without a name."""
    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or not widget.isVisible():
            continue
        if isinstance(widget, (QScrollBar, QHeaderView)):
            continue  # Qt's own parts of a view: the view and each header section carry the names
        if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox, QLineEdit)):
            continue  # the editor inside a combo or spin box, a line edit's clear button: Qt's own parts
        if not accessible_name(widget):
            out.append(f"{type(widget).__name__} {widget.objectName() or '(no object name)'} "
                       f"in {type(widget.parent()).__name__}")
    return out


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_every_control_has_an_accessible_name(make_window: Any, company_file: Any, qtbot: Any) -> None:
    window: MainWindow = make_window("en")
    qtbot.waitExposed(window)
    _settle()
    missing = unnamed(window)  # the welcome page
    with qtbot.waitSignal(window.summary_shown, timeout=15000):
        window.open_company(str(company_file))
    _settle()
    missing += unnamed(window)  # the home page
    assert window.browser is not None
    for key in ("customers", "invoices"):
        window.show_records(key)
        wait_loaded(qtbot, window.browser.view(key))
        _settle()
        missing += unnamed(window)
    for page in ("problems", "approvals", "sync_log", "reconciliation"):
        window.show_page(page)
        _settle()
        missing += unnamed(window)
    view = window.browser.view("invoices")
    window.edit_record("invoices", view.model.record_id(0) or 1)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.record is not None, timeout=5000)
    _settle()
    missing += unnamed(editor)
    editor.reject()
    window.ask_import_csv()
    _settle()
    missing += unnamed(window.csv_dialog)
    window.csv_dialog.reject()
    window.open_connect_dialog()
    qtbot.waitUntil(lambda: window.connect_dialog.isVisible(), timeout=5000)
    _settle()
    missing += [f"connect: {m}" for m in unnamed(window.connect_dialog)]
    window.connect_dialog.reject()
    assert sorted(set(missing)) == [], "\n".join(sorted(set(missing)))


def test_the_walk_sees_an_unnamed_control(qtbot: Any) -> None:
    from PySide6.QtWidgets import QToolButton, QVBoxLayout

    host = QWidget()
    button = QToolButton()
    QVBoxLayout(host).addWidget(button)
    qtbot.addWidget(host)
    host.show()
    assert unnamed(host)
    button.setAccessibleName("Close")
    assert not unnamed(host)


def test_the_sync_pages_name_every_control_after_a_sync(make_window: Any, qtbot: Any, tmp_path: Any,
                                                        monkeypatch: Any, keychain: Any) -> None:
    """Problems with a problem shown (its action buttons, the guide link), Approvals, the Sync log with rows,
    Reconciliation, Sync settings — after a real sync against the sandbox."""
    from tests.ui.syncrig import connected_window
    from tests.ui.test_problems_view import _one_colon_customer_and_taken_numbers

    with connected_window(make_window, qtbot, tmp_path, monkeypatch, custom_numbers=True,
                          prepare=_one_colon_customer_and_taken_numbers) as rig:
        rig.sync()
        window = rig.window
        missing: list[str] = []
        for page in ("problems", "approvals", "sync_log", "reconciliation"):
            window.show_page(page)
            _settle()
            view = window.sync_hub.problems_view
            if page == "problems" and view is not None:
                qtbot.waitUntil(lambda v=view: not v.busy and bool(v.items), timeout=10000)
                view.select_problem(next(iter(view.items)))
                _settle()
            missing += [f"{page}: {m}" for m in unnamed(window)]
        window.sync_hub.open_sync_settings()
        dialog = window.sync_hub.settings_dialog
        qtbot.waitUntil(dialog.isVisible, timeout=5000)
        _settle()
        missing += [f"sync settings: {m}" for m in unnamed(dialog)]
        dialog.reject()
        assert sorted(set(missing)) == [], "\n".join(sorted(set(missing)))
