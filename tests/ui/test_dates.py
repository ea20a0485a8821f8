"""Every date the window shows has a four-digit year, in each language's own order."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit

from qbdesk.ui.base.moments import date_format, format_compact, format_date, format_moment
from qbdesk.ui.main_window import MainWindow
from tests.ui.conftest import wait_loaded


@pytest.mark.parametrize(("name", "expected"), [("en_US", "12/7/2026"), ("fr_FR", "07/12/2026"),
                                                ("es_ES", "7/12/2026")])
def test_short_dates_keep_four_digit_years_in_the_locales_order(name: str, expected: str) -> None:
    locale = QLocale(name)
    assert format_date(date(2026, 12, 7), locale) == expected
    assert format_date(QDate(1999, 1, 2), locale).count("1999") == 1
    assert "yyyy" in date_format(locale) and "yyyyy" not in date_format(locale)
    moment = format_moment(datetime(2026, 12, 7, 14, 5, tzinfo=UTC), locale)
    assert moment.startswith(format_date(datetime(2026, 12, 7, 14, 5, tzinfo=UTC).astimezone().date(), locale))
    assert "2020" in format_compact(datetime(2020, 1, 1, 12, tzinfo=UTC), locale)


def test_record_lists_and_the_reconciliation_date_show_four_digit_years(opened: MainWindow, qtbot: Any) -> None:
    assert opened.browser is not None
    view = opened.browser.view("invoices")
    wait_loaded(qtbot, view)
    shown = [str(view.model.data(view.model.index(0, c)) or "") for c in range(view.model.columnCount())]
    dates = [text for text in shown if re.fullmatch(r"\d{1,2}/\d{1,2}/\d+", text)]
    assert dates and all(re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", text) for text in dates), shown
    window = opened
    window.edit_record("invoices", view.model.record_id(0) or 1)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.record is not None and bool(editor.rows), timeout=5000)
    edits = editor.findChildren(QDateEdit)
    assert edits and all(re.search(r"\d{4}", e.text()) and "yyyy" in e.displayFormat() for e in edits)
    editor.reject()
