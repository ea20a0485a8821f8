"""The sync's progress rows change text at every report without laying the window out (``SteadyLabel``)."""

from __future__ import annotations

from typing import Any


def test_a_steady_label_relays_nothing_out_for_a_text_that_fits(qtbot: Any) -> None:
    """The progress rows' count, rate and time left change at every report: a text that fits is only repainted
    (no layout request reaches the parent), a longer one widens the label once, and a shorter one never shrinks
    it back (the row would move at every report)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

    from qbdesk.ui.widgets.steady_label import SteadyLabel

    class Requests(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.LayoutRequest:
                self.count += 1
            return False

    parent = QWidget()
    qtbot.addWidget(parent)
    label = SteadyLabel()
    QVBoxLayout(parent).addWidget(label)
    parent.show()
    qtbot.waitExposed(parent)
    requests = Requests()
    parent.installEventFilter(requests)

    label.setText("1,000 of 10,000")
    QApplication.processEvents()
    wide = label.width()
    assert wide >= label.fontMetrics().horizontalAdvance("1,000 of 10,000") and requests.count == 1  # widened once
    for done in ("2,000", "3,500", "9"):
        label.setText(f"{done} of 10,000")
        QApplication.processEvents()
    assert requests.count == 1 and label.width() == wide  # fitted: repainted only, and no narrower for "9 of"
    label.setText("10,000 of 10,000 records, about 3 min left")
    QApplication.processEvents()
    assert requests.count == 2 and label.width() > wide


def test_a_cleared_steady_label_gives_its_room_back(qtbot: Any) -> None:
    """A new sync's overall line starts narrow again, not as wide as the last sync's longest line."""
    from qbdesk.ui.widgets.steady_label import SteadyLabel

    label = SteadyLabel()
    qtbot.addWidget(label)
    label.setText("10,000 of 10,000 records · 25 records/s · about 3 min left")
    wide = label.width()
    label.clear()
    label.setText("0 of 12 records")
    assert label.text() == "0 of 12 records" and 0 < label.width() < wide
