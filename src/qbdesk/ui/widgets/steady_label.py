"""A label for text that changes many times a second — a count, a rate, a time left — without laying the window out.

``QLabel.setText`` asks the layouts to make room (``updateGeometry``), and every
layout that settles asks its parent's, up to the window: a sync's progress rows did
that at every report, even while the home page was hidden (some 66 layout requests a
second during a 10k sync, ``bench/bench_gui_responsiveness.py``). Qt skips all of it
for a widget of fixed size. This label keeps a fixed size that only grows: a text
that fits is painted where the last one was; a longer one widens it once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class SteadyLabel(QLabel):
    """A one-line ``QLabel`` whose width only grows, so a new text that fits relays nothing out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(0, self.sizeHint().height() or self.fontMetrics().height())

    def setText(self, text: str) -> None:
        super().setText(text)
        needed = self.sizeHint()
        if needed.width() > self.width() or needed.height() > self.height():
            self.setFixedSize(max(needed.width(), self.width()), max(needed.height(), self.height()))

    def clear(self) -> None:
        """No text, and back to no width: a new sync's line does not keep the last one's room."""
        super().clear()
        self.setFixedWidth(0)
