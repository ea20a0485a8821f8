"""The Sync log page: successful and failed writes over time from the journal, filters, search, lazy
loading and CSV export."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from sqlalchemy import func, select

from qbdesk.store import Customer, JournalEntry, JournalState
from qbdesk.sync.read_model import LogFilter
from qbdesk.ui.sync import log_view as sync_log_view
from qbdesk.ui.sync.log_view import SyncLogModel, SyncLogView
from tests.ui.syncrig import WindowRig, connected_window, english


@pytest.fixture
def rig(make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keychain: Path) -> Any:
    """A first sync, then a sync whose write QuickBooks refuses: a new customer named like one of QuickBooks'
    employees (one namespace there, 6240; qbdesk does not read employees, so no pre-flight check catches it)."""
    with connected_window(make_window, qtbot, tmp_path, monkeypatch) as made:
        made.sync()
        employee = made.qbo("Employee")[0]["DisplayName"]
        with made.company.session() as s:
            s.add(Customer(display_name=employee))
        made.sync()
        yield made


def _log(rig: WindowRig, qtbot: Any) -> SyncLogView:
    rig.window.show_page("sync_log")
    view = rig.window.sync_hub.log_view
    assert view is not None
    qtbot.waitUntil(lambda: view.model.is_idle() and view.model.rowCount() > 0 and bool(view.totals), timeout=10000)
    return view


def _journal(rig: WindowRig, state: JournalState | None = None) -> int:
    with rig.company.sessions() as s:
        query = select(func.count()).select_from(JournalEntry)
        if state is not None:
            query = query.where(JournalEntry.state == state)
        return s.scalar(query) or 0


def _wait(view: SyncLogView, qtbot: Any) -> None:
    qtbot.waitUntil(view.model.is_idle, timeout=10000)


def test_the_log_shows_successful_and_failed_syncs_and_filters_them(rig: WindowRig, qtbot: Any) -> None:
    view = _log(rig, qtbot)
    done, failed = _journal(rig, JournalState.DONE), _journal(rig, JournalState.FAILED)
    assert done > 0 and failed == 1
    assert view.model.total == _journal(rig)
    assert [english(view.tabs.tabText(n)) for n in range(4)] == [
        f"All ({done + failed})", "Pending (0)", f"Successful ({done})", "Failed (1)"]

    view.set_status("failed")
    _wait(view, qtbot)
    assert view.model.rowCount() == 1
    row = [view.model.index(0, c).data() for c in range(8)]
    assert row[1] == "Failed" and row[2] == "Created in QuickBooks" and row[3] == "Customer"
    assert row[6].startswith("6240 ") and "Duplicate Name" in row[6]
    assert row[7] == "Sync"  # the incremental run

    view.set_status("successful")
    _wait(view, qtbot)
    assert view.model.total == done
    statuses = {view.model.index(r, 1).data() for r in range(view.model.rowCount())}
    assert statuses == {"Successful"}

    view.set_status(None)
    invoice_index = view.type_filter.findData("Invoice")
    assert invoice_index > 0
    view.type_filter.setCurrentIndex(invoice_index)
    _wait(view, qtbot)
    assert view.model.total > 0
    assert {view.model.index(r, 3).data() for r in range(view.model.rowCount())} == {"Invoice"}
    number = view.model.index(0, 4).data()
    view.search.setText(number)
    view._filters_changed()
    _wait(view, qtbot)
    assert view.model.total >= 1 and all(view.model.index(r, 4).data() == number
                                         or number in (view.model.index(r, 5).data() or "")
                                         for r in range(view.model.rowCount()))
    assert english(view.count_label.text()).endswith("match")

    view.type_filter.setCurrentIndex(0)
    view.search.clear()
    tomorrow = date.today() + timedelta(days=1)  # noqa: DTZ011 - the filter is in the user's days
    view.since.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    _wait(view, qtbot)
    assert view.model.total == 0
    view.since.setDate(sync_log_view.NO_DATE)
    today = date.today()  # noqa: DTZ011
    view.until.setDate(QDate(today.year, today.month, today.day))
    _wait(view, qtbot)
    assert view.model.total == _journal(rig)


def test_rows_load_a_page_at_a_time(rig: WindowRig, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync_log_view, "PAGE", 3)
    total = _journal(rig)
    assert total > 6
    model = SyncLogModel()  # no view asking for rows: only the first page is read
    model.set_source(rig.company, LogFilter())
    qtbot.waitUntil(model.is_idle, timeout=10000)
    assert (model.rowCount(), model.total) == (3, total) and model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(model.is_idle, timeout=10000)
    assert model.rowCount() == 6

    view = _log(rig, qtbot)  # a view reads pages until its viewport is full, then as it scrolls
    pages: list[int] = []
    view.model.page_loaded.connect(pages.append)
    view.refresh()

    def scrolled_to_the_end() -> bool:  # as a person scrolls down: each page asks for the next
        view.table.scrollToBottom()
        return view.model.is_idle() and view.model.rowCount() == total

    qtbot.waitUntil(scrolled_to_the_end, timeout=20000)
    assert len(pages) >= 3  # several pages of 3, not one query for everything
    keys = [r.key for r in view.model.rows]
    assert len(set(keys)) == total  # no page twice
    ids = [int(k[1:]) for k in keys]
    assert ids == sorted(ids, reverse=True)  # newest first


def test_export_writes_what_the_filters_show_as_csv(rig: WindowRig, qtbot: Any, tmp_path: Path) -> None:
    view = _log(rig, qtbot)
    target = tmp_path / "exports" / "log.csv"
    target.parent.mkdir()
    view.ask_export_path = lambda _parent, suggested: str(target) if suggested.endswith(".csv") else None
    with qtbot.waitSignal(view.exported, timeout=10000) as exported:
        view.export_button.click()
    assert exported.args == [str(target), _journal(rig)]
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["When", "Status", "What happened"]
    assert len(rows) == 1 + _journal(rig)
    assert sum(1 for r in rows[1:] if r[1] == "Failed") == 1
    assert "exported" in english(view.message.text.text())

    view.set_status("failed")
    _wait(view, qtbot)
    with qtbot.waitSignal(view.exported, timeout=10000) as exported:
        view.export()
    assert exported.args[1] == 1
