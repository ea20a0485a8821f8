"""The counts panel reads as a person reads: plain headers with a legend, bars on a scale with its marks, and
the time both sides were read — against a plan made over real HTTP from the sandbox."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from qbdesk.ui.base.palette import tones
from qbdesk.ui.main_window import MainWindow
from qbdesk.ui.sync.counts_panel import CountsPanel, scale_step

TIMEOUT = 60_000


def test_a_readable_step_covers_the_peak_in_a_few_marks() -> None:
    for peak, step in ((1, 1), (4, 1), (5, 2), (9, 5), (110, 50), (94, 50), (401, 200), (3000, 1000)):
        assert scale_step(peak) == step, peak
        assert step * 4 >= peak


def test_headers_legend_scale_and_as_of(connected: MainWindow, qtbot: Any) -> None:
    panel = connected.sync_panel.counts
    qtbot.waitUntil(lambda: panel.model.plan is not None and not connected.sync_controller.is_busy, timeout=TIMEOUT)
    plan = panel.model.plan
    assert plan is not None
    model, header = panel.model, panel.table.horizontalHeader()

    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount() - 1)]
    assert "To create\nhere" in titles and "To create\nin QuickBooks" in titles and "Linked" in titles
    assert "→ Here" not in titles and "Filtered" not in titles
    assert "Only in QuickBooks → will be created here" in panel.legend.meaning.text()
    # Every header line fits its column, and the header is tall enough for two lines.
    metrics = header.fontMetrics()
    assert header.height() >= 2 * metrics.height()
    for column, title in enumerate(titles):
        if panel.table.isColumnHidden(column):
            continue
        widest = max(metrics.horizontalAdvance(line) for line in str(title).split("\n"))
        assert header.sectionSize(column) >= widest, title

    # One scale for every row, rounded up to a readable step, with its marks.
    peak = max(max(c.in_qbo, c.here) for c in plan.counts.values())
    assert model.peak >= peak and model.peak - peak < model.step
    assert model.ticks()[0] == 0 and model.ticks()[-1] == model.peak and len(model.ticks()) <= 5
    panel.grab()  # paints the header's marks and the bars (a painting error fails the test)

    # When both sides were read.
    when = QLocale().toString(datetime.fromtimestamp(plan.read_at.timestamp()).time(),  # noqa: DTZ006 - local
                              QLocale.FormatType.ShortFormat)
    assert panel.status.text().startswith(f"As of {when}:")


def test_counts_read_another_day_show_the_date(qtbot: Any) -> None:
    from dataclasses import replace

    from qbdesk.sync.plan import EntityCounts, Plan
    from qbdesk.sync.settings import SyncSettings

    panel = CountsPanel()
    qtbot.addWidget(panel)
    plan = Plan([], {"Customer": EntityCounts(in_qbo=110, here=94, create_here=110, create_in_qbo=94)},
                SyncSettings())
    panel.set_plan(replace(plan, read_at=datetime.now(UTC) - timedelta(days=3)))
    assert str((datetime.now(UTC) - timedelta(days=3)).astimezone().year) in panel.status.text()
    assert panel.model.step == 50 and panel.model.peak == 150


def test_painted_cells_answer_as_the_model_and_follow_a_new_plan(qtbot: Any) -> None:
    """The table paints from one ``multiData`` call a cell, remembered until the next plan: each cell must show what
    ``data`` says of it (text, bold total, alignment, the colour of a zero or a blocked count), and a new plan's
    cells their new values, not the remembered ones."""
    from qbdesk.sync.plan import EntityCounts, Plan
    from qbdesk.sync.settings import SyncSettings

    panel = CountsPanel()
    qtbot.addWidget(panel)
    model, delegate = panel.model, QStyledItemDelegate()

    def painted() -> list[tuple[str, bool, Any, Any]]:
        cells = []
        for row in range(model.rowCount()):
            for column in range(model.columnCount() - 1):  # (the chart column paints itself)
                index = model.index(row, column)
                option = QStyleOptionViewItem()
                delegate.initStyleOption(option, index)
                font = model.data(index, Qt.ItemDataRole.FontRole)
                brush = model.data(index, Qt.ItemDataRole.ForegroundRole)
                alignment = model.data(index, Qt.ItemDataRole.TextAlignmentRole)
                assert option.text == (model.data(index) or ""), (row, column)
                assert option.font.bold() == font.bold() and option.font.underline() == font.underline(), (row, column)
                if brush is not None:
                    assert option.palette.color(QPalette.ColorRole.Text) == brush.color(), (row, column)
                if alignment is not None:
                    assert option.displayAlignment == Qt.AlignmentFlag(alignment), (row, column)
                cells.append((option.text, option.font.bold(), alignment, brush.color().name() if brush else None))
        return cells

    panel.set_plan(Plan([], {"Customer": EntityCounts(in_qbo=3, here=0, create_here=3, blocked=1),
                             "Invoice": EntityCounts(in_qbo=0, here=2, create_in_qbo=2)}, SyncSettings()))
    first = painted()
    assert ("Total", True, None, None) in first  # the total row's name, bold
    assert any(text == "1" and color == QColor(tones().error).name() for text, _b, _a, color in first)  # blocked
    panel.set_plan(Plan([], {"Customer": EntityCounts(in_qbo=7, here=5, matched=5, create_here=2)}, SyncSettings()))
    second = painted()
    assert second != first
    assert any(text == "7" for text, *_rest in second) and not any(text == "7" for text, *_rest in first)

