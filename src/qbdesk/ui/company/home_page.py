"""The home page: the setup checklist for a new user, then which company is open and what it holds.

Counts come from :func:`qbdesk.store.summary.summarize`, run in the background
(the window never waits on a count); each card opens its record list.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from qbdesk.ui.base.icons import app_icon, icon
from qbdesk.ui.base.moments import format_moment
from qbdesk.ui.base.money import format_money
from qbdesk.ui.base.palette import tones
from qbdesk.ui.company.records.labels import GROUPS, TYPES, group_title, type_title
from qbdesk.ui.company.setup_checklist import SetupChecklist
from qbdesk.ui.widgets.page_stack import PageStack

if TYPE_CHECKING:
    from qbdesk.store.summary import CompanySummary


class Card(QFrame):
    """A clickable tile: icon, number, caption. Keyboard users reach it with Tab and press Enter.

    Signals:
        clicked(): the card was activated.
    """

    clicked = Signal()

    def __init__(self, icon_name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.caption = caption
        picture = QLabel()
        picture.setPixmap(icon(icon_name).pixmap(QSize(24, 24)))
        self.value = QLabel("…")
        self.value.setObjectName("cardValue")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.value.setFont(font)
        self.label = QLabel(caption)
        self.label.setObjectName("cardCaption")
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.value)
        text.addWidget(self.label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(12)
        layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(text, 1)
        self.setAccessibleName(caption)

    def set_value(self, text: str) -> None:
        self.value.setText(text)
        self.setAccessibleName(f"{self.caption}: {text}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class HomePage(QWidget):
    """Welcome (no company), loading, or the company's summary.

    Signals:
        open_type(str): a record-type card was activated (type key).
        open_requested(): "Open a company file…" on the welcome page.
        new_requested(): "Create a company file…" on the welcome page.
        practice_requested(): "Open the practice company" on the welcome page.
    """

    open_type = Signal(str)
    open_requested = Signal()
    new_requested = Signal()
    practice_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        self.stack = PageStack()
        self.stack.addWidget(self._welcome())
        self.stack.addWidget(self._summary_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # --- welcome -------------------------------------------------------------------------------

    def _welcome(self) -> QWidget:
        """A new user's first screen: the three-step checklist, step 1 to do (tab order follows the steps)."""
        page = QWidget()
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(QSize(56, 56)))
        title = QLabel(self.tr("Welcome to qbdesk"))
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        body = QLabel(self.tr("Keep your records in two-way sync with QuickBooks Online."))
        body.setWordWrap(True)
        heading = QHBoxLayout()
        heading.setSpacing(14)
        heading.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(title)
        words.addWidget(body)
        heading.addLayout(words, 1)
        self.checklist = SetupChecklist()
        self.checklist.open_requested.connect(self.open_requested)
        self.checklist.new_requested.connect(self.new_requested)
        self.checklist.practice_requested.connect(self.practice_requested)
        self.open_button = self.checklist.open_button
        self.new_button = self.checklist.new_button
        self.practice_button = self.checklist.practice_button
        self.open_button.setDefault(True)
        self.welcome_status = QLabel()
        self.welcome_status.setObjectName("welcomeStatus")
        self.welcome_status.setWordWrap(True)
        column = QVBoxLayout()
        column.setSpacing(16)
        column.addLayout(heading)
        column.addWidget(self.checklist)
        column.addWidget(self.welcome_status)
        box = QWidget()
        box.setObjectName("welcomeColumn")
        box.setLayout(column)
        box.setMaximumWidth(760)
        row = QHBoxLayout()  # centred, but never wider than a comfortable line
        row.addStretch(1)
        row.addWidget(box, 8)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def show_welcome(self, message: str = "") -> None:
        self.welcome_status.setText(message)
        self.welcome_status.setVisible(bool(message))
        self.checklist.show_state(None)
        self.stack.setCurrentIndex(0)

    # --- summary -------------------------------------------------------------------------------

    def _summary_page(self) -> QWidget:
        self.name = QLabel()
        self.name.setObjectName("companyName")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.name.setFont(font)
        self.badge = QLabel(self.tr("Practice company"))
        self.badge.setObjectName("practiceBadge")
        caution = tones().caution
        self.badge.setStyleSheet(f"QLabel#practiceBadge {{ background: {caution.background}; color: {caution.text}; "
                                 f"border: 1px solid {caution.border}; border-radius: 9px; padding: 2px 10px; }}")
        self.badge.hide()
        self.location = ""  # the file (or database) behind the name: in the name's tooltip, not in the way
        self.sync_times = QLabel()  # when the last sync ran, when the next automatic one will
        self.sync_times.setObjectName("syncTimes")
        self.sync_times.setWordWrap(True)
        self.sync_times.setTextFormat(Qt.TextFormat.PlainText)
        self.sync_times.hide()
        self.totals = QLabel()
        self.totals.setObjectName("recordTotal")

        name_row = QHBoxLayout()
        name_row.setSpacing(12)
        name_row.addWidget(self.name)
        name_row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        name_row.addStretch(1)

        self.receivables = Card("invoice", self.tr("Open receivables"))
        self.payables = Card("bill", self.tr("Open payables"))
        self.receivables.clicked.connect(lambda: self.open_type.emit("invoices"))
        self.payables.clicked.connect(lambda: self.open_type.emit("bills"))
        money = QHBoxLayout()
        money.setSpacing(12)
        money.addWidget(self.receivables)
        money.addWidget(self.payables)

        self.cards: dict[str, Card] = {}
        grids: list[QWidget] = []
        for group in GROUPS:
            heading_text = group_title(group)
            heading = QLabel(heading_text)
            heading.setObjectName("sectionHeading")
            hfont = heading.font()
            hfont.setBold(True)
            heading.setFont(hfont)
            grid = QGridLayout()
            grid.setHorizontalSpacing(12)
            grid.setVerticalSpacing(12)
            members = [t for t in TYPES if t.group == group]
            for index, t in enumerate(members):
                card = Card(t.icon, type_title(t.key))
                card.setObjectName(f"card_{t.key}")
                card.clicked.connect(lambda key=t.key: self.open_type.emit(key))
                self.cards[t.entity] = card
                grid.addWidget(card, index // 3, index % 3)
            for column in range(3):
                grid.setColumnStretch(column, 1)
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.setSpacing(8)
            box_layout.addWidget(heading)
            box_layout.addLayout(grid)
            grids.append(box)

        content = QWidget()
        content.setObjectName("homeContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(16)
        layout.addLayout(name_row)
        layout.addWidget(self.sync_times)
        layout.addSpacing(4)
        self.sync_slot = QVBoxLayout()  # the QuickBooks section (set_sync_panel), above the figures
        self.sync_slot.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.sync_slot)
        layout.addLayout(money)
        for box in grids:
            layout.addSpacing(4)
            layout.addWidget(box)
        layout.addWidget(self.totals)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        return scroll

    def set_sync_panel(self, panel: QWidget) -> None:
        """Show the QuickBooks section (connection, first sync, progress, counts) on the summary page."""
        self.sync_panel = panel
        self.sync_slot.addWidget(panel)

    def _show_name(self, name: str, location: str) -> None:
        self.name.setText(name)
        self.location = location
        self.name.setToolTip(location)
        self.name.setAccessibleDescription(location)

    def show_sync_times(self, last: datetime | None, upcoming: datetime | None) -> None:
        """The date and time of the last sync and of the next automatic one (nothing before a first sync)."""
        parts = []
        if last is not None:
            parts.append(self.tr("Last sync: {when}").format(when=format_moment(last)))
        if upcoming is not None:
            parts.append(self.tr("Next automatic sync: {when}").format(when=format_moment(upcoming)))
        elif last is not None:
            parts.append(self.tr("No automatic sync (Sync settings)"))
        self.sync_times.setText("   ·   ".join(parts))
        self.sync_times.setVisible(bool(parts))

    def show_loading(self, name: str, location: str, practice: bool) -> None:
        self._show_name(name, location)
        self.badge.setVisible(practice)
        for card in (*self.cards.values(), self.receivables, self.payables):
            card.set_value("…")
        self.totals.setText(self.tr("Counting records…"))
        self.stack.setCurrentIndex(1)

    def show_summary(self, summary: CompanySummary, name: str, location: str, practice: bool) -> None:
        locale = QLocale()
        self._show_name(name, location)
        self.badge.setVisible(practice)
        for entity, card in self.cards.items():
            card.set_value(locale.toString(summary.counts.get(entity, 0)))
        self.receivables.set_value(format_money(summary.open_receivables, locale, summary.currency))
        self.payables.set_value(format_money(summary.open_payables, locale, summary.currency))
        self.totals.setText(self.tr("%Ln record(s) in this company file.", "", summary.total))
        self.stack.setCurrentIndex(1)
