"""100,000 customers: every row can be reached, sorted and filtered, and the list holds only a window of rows.

How fast it scrolls, sorts and filters, and how much memory scrolling costs, are measured by
``bench/bench_browser.py`` (never asserted here: a loaded machine is not a slow app)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from qbdesk.store import Customer, open_company
from qbdesk.ui.company.records.model import MAX_PAGES, PAGE_SIZE
from qbdesk.ui.main_window import MainWindow
from tests.ui.conftest import wait_loaded

ROWS = 100_000


@pytest.fixture(scope="module")
def big_company(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.qbdesk"
    company = open_company(path, create=True)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    table = Customer.__table__  # type: ignore[attr-defined]
    rows = [{"display_name": f"Customer {i:06d}", "email": f"c{i}@example.com", "city": f"Town {i % 97}",
             "active": True, "is_job": False, "dirty": False, "version": 1, "created_at": now, "updated_at": now}
            for i in range(ROWS)]
    with company.engine.begin() as conn:  # a bulk fixture: bypasses the ORM (and its flush hook) on purpose
        conn.execute(table.insert(), rows)
    company.close()
    return path


@pytest.mark.slow
def test_a_hundred_thousand_rows_scroll_with_flat_memory(opened_big: MainWindow, qtbot: Any) -> None:
    assert opened_big.browser is not None
    opened_big.show_records("customers")
    view = opened_big.browser.view("customers")
    wait_loaded(qtbot, view)
    model = view.model
    assert model.rowCount() == ROWS
    qtbot.waitExposed(view.table)
    bar = view.table.verticalScrollBar()
    steps = 200
    for step in range(steps + 1):
        bar.setValue(bar.maximum() * step // steps)
        view.table.viewport().repaint()
        QApplication.processEvents()
        assert model.cached_rows <= MAX_PAGES * PAGE_SIZE  # a window of pages, never the whole list
    assert model.data(model.index(ROWS - 1, 0)) == "Customer 099999"


@pytest.mark.slow
def test_sorting_and_filtering_a_hundred_thousand_rows(opened_big: MainWindow, qtbot: Any) -> None:
    assert opened_big.browser is not None
    view = opened_big.browser.show_type("customers")
    wait_loaded(qtbot, view)
    view.model.sort(0, __import__("PySide6.QtCore").QtCore.Qt.SortOrder.DescendingOrder)
    wait_loaded(qtbot, view)
    assert view.model.data(view.model.index(0, 0)) == "Customer 099999"
    view.model.set_filter("Town 42")
    wait_loaded(qtbot, view)
    assert view.model.rowCount() == len([i for i in range(ROWS) if f"Town {i % 97}".startswith("Town 42")])


@pytest.fixture
def opened_big(window: MainWindow, big_company: Path, qtbot: Any) -> MainWindow:
    with qtbot.waitSignal(window.company_opened, timeout=30000):
        window.open_company(str(big_company))
    return window
