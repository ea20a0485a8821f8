"""The banner across the top of the window while sync problems are open (TaxDome's orange banner).

One sentence that says what could not sync, in the user's language ("3 invoices
and 1 payment could not sync"), and a Review button that opens the Problems page.
It hides itself when nothing is open.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from qbdesk.ui.base.icons import icon
from qbdesk.ui.base.palette import tones
from qbdesk.ui.sync.labels import banner_text


def _style() -> str:
    caution = tones().caution
    return (f"QFrame#problemBanner {{ background: {caution.background}; border-bottom: 1px solid {caution.border}; }}\n"
            f"QLabel#bannerText {{ color: {caution.text}; }}")


class ProblemBanner(QFrame):
    """The sentence and the Review button; hidden while no problem is open.

    Signals:
        review_requested(): the user wants to see the problems.
    """

    review_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemBanner")
        self.setStyleSheet(_style())
        self.setAccessibleName(self.tr("Sync problems"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        picture = QLabel()
        picture.setPixmap(icon("problems").pixmap(18, 18))
        self.text = QLabel()
        self.text.setObjectName("bannerText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        self.review = QPushButton(self.tr("Review"))
        self.review.setObjectName("bannerReview")
        self.review.setToolTip(self.tr("Open the sync problems: what each one means and how to fix it."))
        self.review.clicked.connect(self.review_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 12, 6)
        layout.setSpacing(10)
        layout.addWidget(picture)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.review)
        self.counts: dict[str, int] = {}
        self.hide()

    def set_counts(self, counts: Mapping[str, int]) -> None:
        self.counts = dict(counts)
        sentence = banner_text(counts)
        self.text.setText(sentence)
        self.review.setAccessibleDescription(sentence)
        self.setVisible(bool(sentence))
