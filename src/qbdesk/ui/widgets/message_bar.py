"""An inline, non-modal message under a view: what an action did, with an optional follow-up button.

A dialog after every Resync or Skip would interrupt someone working down a list
of problems; a line that stays until the next action (or until closed) does not.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QToolButton, QWidget

from qbdesk.ui.base.palette import surface_style, tones


def _style(kind: str) -> str:
    theme = tones()
    surface = {"success": theme.good, "error": theme.bad}.get(kind, theme.info)
    return surface_style("QFrame#messageBar", surface)


class MessageBar(QFrame):
    """One line of feedback with an optional action button and a close button.

    Signals:
        action_clicked(): the follow-up button (for example "Sync now") was pressed.
    """

    action_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.kind = "info"
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setObjectName("messageText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton()
        self.button.setObjectName("messageAction")
        self.button.clicked.connect(self.action_clicked)
        self.close_button = QToolButton()
        self.close_button.setAutoRaise(True)
        self.close_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.close_button.setIconSize(QSize(12, 12))
        self.close_button.setAccessibleName(self.tr("Close message"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(8)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str, kind: str = "info", action: str | None = None) -> None:
        self.kind = kind
        self.setStyleSheet(_style(kind))
        pixmap = {"error": QStyle.StandardPixmap.SP_MessageBoxWarning,
                  "success": QStyle.StandardPixmap.SP_DialogApplyButton}.get(
            kind, QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(16, 16))
        self.text.setText(text)
        self.button.setText(action or "")
        self.button.setVisible(bool(action))
        self.show()

    @Slot()
    def clear(self) -> None:
        self.hide()
        self.text.clear()
