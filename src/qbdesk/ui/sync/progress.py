"""Per-entity progress of a running sync: a bar per record type with its rate and time left.

Rows start from the plan the sync is executing (every type it will write, at 0)
and fill from the engine's progress reports. The engine's own rate and ETA are
over the whole run; each row's are measured from when that type began (its
phase), which is what the eye expects from a row.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from qbdesk.ui.sync.text import duration_text, entity_title, phase_text, rate_text
from qbdesk.ui.widgets.progress_bar import ProgressBar
from qbdesk.ui.widgets.steady_label import SteadyLabel

ROWS_PER_TURN = 3  # progress rows made per turn of the event loop when a sync starts
MIN_ELAPSED = 1.0  # seconds of a row's work before its rate and time left mean something

if TYPE_CHECKING:
    from qbdesk.sync.plan import Plan
    from qbdesk.sync.progress import EntityProgress


@dataclass
class _Row:
    title: QLabel
    bar: ProgressBar
    count: QLabel
    rate: QLabel
    eta: QLabel
    started: float | None = None
    done: int = 0
    total: int = 0


class SyncProgressView(QWidget):
    """The phase line, an overall line, and one row per entity type being written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncProgress")
        self.phase_label = QLabel()
        self.phase_label.setObjectName("syncPhase")
        font = self.phase_label.font()
        font.setBold(True)
        self.phase_label.setFont(font)
        self.overall = SteadyLabel()
        self.overall.setObjectName("syncOverall")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.rows: dict[str, _Row] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.overall)
        layout.addLayout(self.grid)
        # Rows still to be made for the plan shown, a few per turn of the event loop (see show_plan).
        self._waiting: dict[str, int] = {}
        self._maker = QTimer(self)
        self._maker.setInterval(0)
        self._maker.timeout.connect(self._make_some)

    def reset(self) -> None:
        self._waiting.clear()
        for row in self.rows.values():
            for widget in (row.title, row.bar, row.count, row.rate, row.eta):
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.rows.clear()
        self.phase_label.setText(self.tr("Starting the sync…"))
        self.overall.clear()

    def show_plan(self, plan: Plan) -> None:
        """Rows for every type the plan writes, in the order the sync goes through them."""
        from qbdesk.sync.entities import ENTITY_ORDER

        totals: dict[str, int] = {}
        for op in plan.writes():
            totals[op.entity] = totals.get(op.entity, 0) + 1
        # Up to 23 rows of five widgets each: made all at once, their layout and first paint held the window
        # for 60-90 ms when a sync started (bench_gui_responsiveness). A few rows per turn of the event loop
        # keep every turn short; a row the sync reaches first is made at once (on_progress).
        self._waiting = {entity: totals[entity] for entity in ENTITY_ORDER if entity in totals}
        self._make_some()
        if self._waiting:
            self._maker.start()
        self._overall(None)

    def _make_some(self) -> None:
        for entity in list(self._waiting)[:ROWS_PER_TURN]:
            total = self._waiting.pop(entity)
            row = self._row(entity)
            row.total = max(row.total, total)
            self._render(entity, row)
        if not self._waiting:
            self._maker.stop()

    def _row(self, entity: str) -> _Row:
        row = self.rows.get(entity)
        if row is not None:
            return row
        index = len(self.rows)
        title = QLabel(entity_title(entity))
        bar = ProgressBar()
        bar.setObjectName(f"progress_{entity}")
        bar.setTextVisible(False)
        bar.setMaximumHeight(12)
        bar.setAccessibleName(entity_title(entity))
        # The three texts that change at every report: steady labels, so a report repaints them and lays nothing
        # out; each sits at its cell's side, as its text did.
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        count = SteadyLabel()
        count.setAlignment(right)
        rate = SteadyLabel()
        rate.setAlignment(right)
        eta = SteadyLabel()
        self.grid.addWidget(title, index, 0)
        self.grid.addWidget(bar, index, 1)
        self.grid.addWidget(count, index, 2, right)
        self.grid.addWidget(rate, index, 3, right)
        self.grid.addWidget(eta, index, 4, left)
        row = _Row(title, bar, count, rate, eta)
        self.rows[entity] = row
        return row

    def on_phase(self, name: str) -> None:
        self.phase_label.setText(phase_text(name))
        row = self.rows.get(name)
        if row is not None and row.started is None:
            row.started = time.monotonic()

    def on_progress(self, item: EntityProgress) -> None:
        self._waiting.pop(item.entity, None)
        row = self._row(item.entity)
        if row.started is None:
            row.started = time.monotonic()
        row.done, row.total = item.done, max(item.total, item.done)
        self._render(item.entity, row)
        self._overall(item)

    def _render(self, entity: str, row: _Row) -> None:
        locale = QLocale()
        row.bar.setRange(0, max(row.total, 1))
        row.bar.setValue(min(row.done, row.total) if row.total else 0)
        row.count.setText(self.tr("{done} of {total}").format(done=locale.toString(row.done),
                                                              total=locale.toString(row.total)))
        if row.total and row.done >= row.total:
            row.rate.setText("")
            row.eta.setText(self.tr("done"))
            return
        if row.started is None or row.done == 0:
            row.rate.setText("")
            row.eta.setText(self.tr("waiting") if row.started is None else "")
            return
        elapsed = time.monotonic() - row.started
        if elapsed < MIN_ELAPSED:  # a rate over a few milliseconds says nothing (links are instant)
            row.rate.setText("")
            row.eta.setText("")
            return
        rate = row.done / elapsed
        row.rate.setText(rate_text(rate))
        row.eta.setText(duration_text((row.total - row.done) / rate if rate > 0 else None))

    def _overall(self, item: EntityProgress | None) -> None:
        locale = QLocale()
        done = sum(r.done for r in self.rows.values())
        total = sum(r.total for r in self.rows.values()) + sum(self._waiting.values())
        parts = [self.tr("{done} of {total} records").format(done=locale.toString(done), total=locale.toString(total))]
        if item is not None:
            parts.append(rate_text(item.rate))
            parts.append(duration_text(item.eta_seconds))
        self.overall.setText(" · ".join(p for p in parts if p))
