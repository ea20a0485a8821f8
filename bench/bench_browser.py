"""The record browser with 100,000 customers: how fast it scrolls, sorts and filters, and what scrolling costs.

Moved out of ``tests/ui/test_large_company.py`` (speed and memory are measured here, never asserted in a
test; the test keeps what must hold whatever the machine: every row reachable, a bounded page cache).
Prints one JSON object: the slowest and the median scroll step over 200 steps from top to bottom (each a
repaint and an event-loop turn), memory grown while scrolling (tracemalloc), and the time to sort and then
filter the list, with the machine's load.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_browser.py [--rows 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import qbdesk.ui  # noqa: F401 - the PySide6 refcount guard first
from qbdesk.store import Customer, open_company
from qbdesk.ui.base.paths import configure_application, resolve
from qbdesk.ui.base.state import UiState
from qbdesk.ui.main_window import MainWindow


def _company(folder: Path, rows: int) -> Path:
    path = folder / "big.qbdesk"
    company = open_company(path, create=True)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    table = Customer.__table__  # type: ignore[attr-defined]
    with company.engine.begin() as conn:  # a bulk fixture: bypasses the ORM on purpose
        conn.execute(table.insert(), [
            {"display_name": f"Customer {i:06d}", "email": f"c{i}@example.com", "city": f"Town {i % 97}",
             "active": True, "is_job": False, "dirty": False, "version": 1, "created_at": now, "updated_at": now}
            for i in range(rows)])
    company.close()
    return path


def _wait(app: QApplication, done: object, timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while not done() and time.monotonic() < end:  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.005)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    configure_application()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        company = _company(folder, args.rows)
        paths = resolve(folder / "ui").ensure()
        window = MainWindow(paths, UiState(paths.settings_file), "en")
        window.resize(1180, 760)
        window.show()
        window.open_company(str(company))
        _wait(app, lambda: window.company is not None and window.browser is not None)
        assert window.browser is not None
        window.show_records("customers")
        view = window.browser.view("customers")
        _wait(app, lambda: not view.model.busy and view.model.rowCount() == args.rows)
        bar = view.table.verticalScrollBar()
        tracemalloc.start()
        baseline = tracemalloc.take_snapshot()
        steps: list[float] = []
        for step in range(201):
            started = time.perf_counter()
            bar.setValue(bar.maximum() * step // 200)
            view.table.viewport().repaint()
            app.processEvents()
            steps.append(time.perf_counter() - started)
        grown = sum(s.size_diff for s in tracemalloc.take_snapshot().compare_to(baseline, "filename"))
        tracemalloc.stop()
        started = time.perf_counter()
        view.model.sort(0, Qt.SortOrder.DescendingOrder)
        _wait(app, lambda: not view.model.busy)
        sorted_in = time.perf_counter() - started
        started = time.perf_counter()
        view.model.set_filter("Town 42")
        _wait(app, lambda: not view.model.busy)
        filtered_in = time.perf_counter() - started
        window.close()
    print(json.dumps({"rows": args.rows, "slowest_scroll_ms": round(max(steps) * 1000, 1),
                      "median_scroll_ms": round(statistics.median(steps) * 1000, 1),
                      "memory_grown_mb": round(grown / 1e6, 2), "sort_s": round(sorted_in, 2),
                      "filter_s": round(filtered_in, 2), "load": os.getloadavg()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
