"""A page switch lays out the page shown, not the wrapped text of every page the stack hides (``PageStack``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QVBoxLayout, QWidget

from qbdesk.ui.widgets.page_stack import PageStack

TEXT = "A long explanation that wraps onto several lines, as the empty states and the problem pages have. " * 3


class CountingLabel(QLabel):
    """A word-wrapped label that counts how often a layout asks it for a height at a width."""

    def __init__(self) -> None:
        super().__init__(TEXT)
        self.setWordWrap(True)
        self.asked = 0

    def heightForWidth(self, width: int) -> int:
        self.asked += 1
        return super().heightForWidth(width)


def _hidden_page_asked(stack: QStackedWidget, qtbot: Any) -> tuple[int, CountingLabel, QWidget]:
    """Switch between two pages ten times; how often the page hidden throughout was asked for a height (with
    the label of the page shown last, and the window that keeps it alive)."""
    window = QWidget()
    qtbot.addWidget(window)
    QVBoxLayout(window).addWidget(stack)
    hidden, shown, other = (QWidget() for _ in range(3))
    labels = []
    for page in (hidden, shown, other):
        label = CountingLabel()
        QVBoxLayout(page).addWidget(label)
        stack.addWidget(page)
        labels.append(label)
    stack.setCurrentWidget(shown)
    window.resize(600, 400)
    window.show()
    qtbot.waitExposed(window)
    labels[0].asked = 0
    for number in range(10):
        stack.setCurrentWidget(other if number % 2 == 0 else shown)
        for _ in range(3):
            QApplication.processEvents()
    return labels[0].asked, labels[1], window


def test_a_switch_asks_nothing_of_the_pages_it_hides(qtbot: Any) -> None:
    asked_by_qt, _label, _window = _hidden_page_asked(QStackedWidget(), qtbot)
    assert asked_by_qt > 0  # the cost PageStack removes: Qt's stack asks every page, shown or not
    asked, shown, window = _hidden_page_asked(PageStack(), qtbot)
    assert asked == 0
    assert window.isVisible() and shown.isVisible()
    assert shown.height() >= shown.heightForWidth(shown.width())  # the page shown still fits its wrapped text
