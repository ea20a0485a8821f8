"""The one message for a connection that needs a new sign-in: calm, one sentence, one button.

QuickBooks ends sign-ins for ordinary reasons (a password change, an admin removed,
five years passed), and nothing is lost when it does. So wherever it shows — the
home page, the setup checklist, the Connect dialog, the first-sync wizard — it is
this same widget: no red, no error code, and one button that does the one thing.

Signals:
    reconnect_requested(): the button was clicked.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from qbdesk.ui.base.palette import surface_style, tones


class ReconnectNotice(QFrame):
    reconnect_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconnectNotice")
        self.setStyleSheet(surface_style("QFrame#reconnectNotice", tones().info, radius=6))
        self.text = QLabel(self.tr("QuickBooks asks you to sign in again to go on syncing. Nothing is lost: "
                                   "your records and settings stay as they are."))
        self.text.setObjectName("reconnectText")
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("Reconnect…"))
        self.button.setObjectName("reconnectButton")
        self.button.clicked.connect(self.reconnect_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(12)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
