"""A page with nothing to show yet, that says why and what will appear.

Problems, Approvals and the Sync log fill up after the first sync; until then a
blank list would look broken, so each says what it is for.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from qbdesk.ui.base.icons import icon


class EmptyState(QWidget):
    """A centred icon, title, explanation and optional action.

    Signals:
        action_triggered(): the optional button was pressed.
    """

    action_triggered = Signal()

    def __init__(self, icon_name: str, title: str, body: str, action: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        picture = QLabel()
        picture.setPixmap(icon(icon_name).pixmap(QSize(56, 56)))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture.setAccessibleName(title)
        self.title = QLabel(title)
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.body = QLabel(body)
        self.body.setObjectName("emptyBody")
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        self.body.setMaximumWidth(520)
        self.body.setMinimumWidth(320)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addStretch(2)
        layout.addWidget(picture)
        layout.addSpacing(6)
        layout.addWidget(self.title)
        # No alignment flag: a wrapped label only gets the height it needs from a layout
        # that asks heightForWidth, which an aligned layout item never does.
        body_row = QHBoxLayout()
        body_row.addStretch(1)
        body_row.addWidget(self.body, 3)
        body_row.addStretch(1)
        layout.addLayout(body_row)
        self.button: QPushButton | None = None
        if action:
            self.button = QPushButton(action)
            self.button.clicked.connect(self.action_triggered)
            layout.addSpacing(8)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
