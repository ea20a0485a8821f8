"""The keyboard and the platform: page shortcuts, save in the editor, the macOS menu roles, Tab in reading
order, and the home page's name, last sync and next automatic sync."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from qbdesk.store import Customer
from qbdesk.ui.main_window import PAGES, MainWindow
from tests.ui.test_editor import _fresh, _line, _open_editor


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_ctrl_1_to_6_open_the_pages_in_sidebar_order(opened: MainWindow, qtbot: Any) -> None:
    opened.windowHandle().requestActivate()  # shortcuts reach the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    opened.sidebar.setFocus()
    for number, key in reversed(list(enumerate(PAGES, start=1))):
        qtbot.keyClick(opened, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert opened.pages.currentWidget() is opened.page_widgets[key], key
        assert opened.sidebar.currentRow() == number - 1
        assert opened.page_actions[key].isChecked()


def test_the_macos_menu_roles_and_the_window_menu(window: MainWindow) -> None:
    assert window.sync_settings_action.menuRole() == QAction.MenuRole.PreferencesRole
    assert window.sync_settings_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Preferences)
    assert window.quit_action.menuRole() == QAction.MenuRole.QuitRole
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert "Window" in titles and titles.index("Window") < titles.index("Help")
    assert window.minimize_action.shortcut() == QKeySequence("Ctrl+M")
    assert [window.page_actions[k].shortcut().toString() for k in PAGES] == [f"Ctrl+{n}" for n in range(1, 7)]


def test_ctrl_s_saves_in_the_editor(opened: MainWindow, company_file: Path, qtbot: Any) -> None:
    editor = _open_editor(opened, qtbot, "customers", row=2)
    record_id = editor.record_id
    _line(editor, "phone").setText("+1 555 0142")
    _line(editor, "phone").setFocus()
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.keyClick(_line(editor, "phone"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert _fresh(company_file, Customer, record_id).phone == "+1 555 0142"


def _tab_chain(root: QWidget, start: QWidget) -> list[QWidget]:
    """The widgets Tab visits inside ``root``, from ``start``, once around."""
    chain: list[QWidget] = []
    widget = start
    for _ in range(500):
        if (widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and root.isAncestorOf(widget)):
            if widget in chain:
                break
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def out_of_reading_order(root: QWidget, start: QWidget) -> list[str]:
    """Pairs of consecutive Tab stops where the second is above the first (or on its line, to its left)."""
    chain = _tab_chain(root, start)
    out = []
    for first, second in pairwise(chain):
        a = first.mapTo(root.window(), first.rect().topLeft())
        b = second.mapTo(root.window(), second.rect().topLeft())
        same_line = abs(a.y() - b.y()) < max(8, min(first.height(), second.height()) // 2)
        if (b.y() < a.y() and not same_line) or (same_line and b.x() < a.x()):
            out.append(f"{first.objectName() or type(first).__name__} → {second.objectName() or type(second).__name__}")
    return out


def test_tab_follows_the_reading_order(make_window: Any, company_file: Path, qtbot: Any) -> None:
    window: MainWindow = make_window("en")
    qtbot.waitExposed(window)
    _settle()
    welcome = window.home.stack.currentWidget()
    assert out_of_reading_order(welcome, window.home.open_button) == []
    assert len(_tab_chain(welcome, window.home.open_button)) >= 3
    with qtbot.waitSignal(window.summary_shown, timeout=15000):
        window.open_company(str(company_file))
    _settle()
    editor = _open_editor(window, qtbot, "customers")
    first = next(iter(editor.rows.values()))
    start = editor.field_editor(next(iter(editor.rows)))
    assert first is not None and start is not None
    assert out_of_reading_order(editor, start) == []
    editor.reject()
    for open_dialog, owner, name in ((window.ask_import_csv, window, "csv_dialog"),
                                     (window.ask_new_company, window, "new_company_dialog"),
                                     (window.show_about, window, "about_dialog"),
                                     (window.ask_open_shared, window, "shared_dialog"),
                                     (window.sync_hub.open_sync_settings, window.sync_hub, "settings_dialog"),
                                     (window.open_connect_dialog, window, "connect_dialog")):
        open_dialog()
        dialog = getattr(owner, name)
        qtbot.waitUntil(dialog.isVisible, timeout=5000)
        if name == "settings_dialog":  # its form is read in the background, disabled until then
            qtbot.waitUntil(lambda d=dialog: d.preferences is not None, timeout=10000)
        _settle()
        first = dialog.focusWidget() or dialog.nextInFocusChain()
        assert out_of_reading_order(dialog, first) == [], name
        dialog.reject()


def test_the_home_page_names_the_company_and_says_when_it_syncs(opened: MainWindow, company_file: Path) -> None:
    home = opened.home
    assert home.name.text() and str(company_file) in home.name.toolTip()
    assert not home.sync_times.isVisible()  # never synced: nothing to say yet
    assert opened.sync_controller.next_auto_sync() is None  # not connected: no automatic sync
    home.show_sync_times(datetime(2026, 12, 7, 14, 5, tzinfo=UTC), datetime(2026, 12, 7, 14, 20, tzinfo=UTC))
    assert home.sync_times.isVisible()
    text = home.sync_times.text()
    assert "Last sync" in text and "Next automatic sync" in text and text.count("2026") == 2
    home.show_sync_times(datetime(2026, 12, 7, 14, 5, tzinfo=UTC), None)
    assert "No automatic sync" in home.sync_times.text()
