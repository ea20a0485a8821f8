"""A progress bar that is painted with the rest of the window, not the moment its value changes.

``QProgressBar.setValue`` calls ``repaint()`` — an immediate, synchronous paint —
whenever the bar moves by a pixel. A sync's progress rows update up to twenty
times a second each, and every one of those paints stopped the window's event
loop on the spot (bench_gui_responsiveness found ``setValue`` under most of the
GUI thread's remaining stalls). Here the value changes with updates switched off,
then one ordinary ``update()`` lets Qt paint it at its next pass, merged with
whatever else changed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar


class ProgressBar(QProgressBar):
    """``QProgressBar`` whose new values are painted on the next paint pass."""

    def setValue(self, value: int) -> None:
        if value == self.value():
            return
        visible = self.updatesEnabled()
        if not visible:
            super().setValue(value)
            return
        self.setUpdatesEnabled(False)  # the synchronous repaint() inside setValue then does nothing
        try:
            super().setValue(value)
        finally:
            self.setUpdatesEnabled(True)  # schedules an ordinary update()
