"""The header every list page starts with: a large title, a count under it, the page's buttons on the right.

Records, Problems, Approvals and the Sync log share it, so the pages line up when
the user moves between them and a change of style is made once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

TITLE_SCALE = 1.45


class PageHeader:
    """``title`` and ``count`` labels, and ``row``: the layout to put at the top of the page."""

    def __init__(self, title: str, *right: QWidget, spacing: int = 12) -> None:
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)  # a long title ("Paiements de factures fournisseurs") never widens the window
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        # It wraps too: a long count line (the Reconciliation's, in French) held the whole window at 1185 px.
        self.count.setWordWrap(True)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.count)
        self.row = QHBoxLayout()
        self.row.setSpacing(spacing)
        self.row.addLayout(titles)
        self.row.addStretch(1)
        for widget in right:
            self.row.addWidget(widget)
