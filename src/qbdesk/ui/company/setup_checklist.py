"""A new user's first screen: three steps — company file, connected, first sync — each saying what to do next.

The same checklist shows on the welcome page (no company open: step 1 is the one to
do) and on the home page until the first sync has completed (step 2 or 3). A done
step shows a check mark and what was done; the step to do now has its button (the
Intuit button for step 2); later steps say what they will need. Keyboard focus
moves through the steps in order: Tab follows the checklist, top to bottom.

Signals:
    open_requested(), new_requested(), practice_requested(): step 1's buttons.
    connect_requested(): step 2's Intuit button.
    reconnect_requested(): step 2's button when QuickBooks asks for a new sign-in.
    wizard_requested(): step 3's "Start first sync…".
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qbdesk.ui.base.icons import icon
from qbdesk.ui.base.palette import surface_style, text_style, tones
from qbdesk.ui.connect.intuit_button import ConnectToQuickBooksButton
from qbdesk.ui.connect.reconnect_notice import ReconnectNotice

TODO, NOW, DONE = "todo", "now", "done"


def _mark_style(state: str) -> str:
    theme = tones()
    mark = {DONE: theme.mark_done, NOW: theme.mark_now}.get(state, theme.mark_todo)
    return f"background: {mark.background}; color: {mark.text}; border-radius: 14px;"


class ChecklistStep(QFrame):
    """One step: a numbered (or checked) mark, a title, a sentence, and the step's buttons."""

    def __init__(self, number: int, parent: QWidget | None = None, *, stacked: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName(f"setupStep{number}")
        self.number = number
        self.state = TODO
        self.mark = QLabel(str(number))
        self.mark.setObjectName("stepMark")
        self.mark.setFixedSize(28, 28)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mark_font = QFont(self.mark.font())
        mark_font.setBold(True)
        self.mark.setFont(mark_font)
        self.title = QLabel()
        self.title.setObjectName("stepTitle")
        title_font = QFont(self.title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("stepText")
        self.text.setWordWrap(True)
        self.action_row: QBoxLayout = QVBoxLayout() if stacked else QHBoxLayout()  # stacked: long labels fit
        self.action_row.setSpacing(8 if not stacked else 6)
        self.action_row.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.mark, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.text, 1, 1)
        grid.addLayout(self.action_row, 2, 1)
        grid.setColumnStretch(1, 1)
        self.set_state(TODO)

    def add_action(self, widget: QWidget) -> None:
        self.action_row.insertWidget(self.action_row.count() - 1, widget, 0, Qt.AlignmentFlag.AlignLeft)

    def set_state(self, state: str, title: str | None = None, text: str | None = None) -> None:
        self.state = state
        self.mark.setText("✓" if state == DONE else str(self.number))
        self.mark.setStyleSheet(_mark_style(state))
        if title is not None:
            self.title.setText(title)
        if text is not None:
            self.text.setText(text)
        self.title.setStyleSheet(text_style("muted") if state == TODO else "")
        self.text.setStyleSheet(text_style("muted") if state == TODO else "")
        # The step to do now stands out on a tint of the theme, its words in the tint's own text colour
        # (a light tint behind the palette's text made the first-sync call to action unreadable in a dark theme).
        self.setStyleSheet(surface_style(f"QFrame#{self.objectName()}", tones().now, radius=8)
                           if state == NOW else "")
        self.setAccessibleName(f"{self.number}. {self.title.text()}")


class SetupChecklist(QFrame):
    open_requested = Signal()
    new_requested = Signal()
    practice_requested = Signal()
    connect_requested = Signal()
    reconnect_requested = Signal()
    wizard_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupChecklist")
        self.heading = QLabel(self.tr("Get started in three steps"))
        self.heading.setObjectName("checklistHeading")
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)

        self.company_step = ChecklistStep(1, stacked=True)
        self.open_button = QPushButton(icon("open"), self.tr("&Open a company file…"))
        self.open_button.setObjectName("openCompany")
        self.new_button = QPushButton(icon("new"), self.tr("&Create a company file…"))
        self.new_button.setObjectName("newCompany")
        self.practice_button = QPushButton(icon("item"), self.tr("Open the &practice company"))
        self.practice_button.setObjectName("practiceCompany")
        self.open_button.clicked.connect(self.open_requested)
        self.new_button.clicked.connect(self.new_requested)
        self.practice_button.clicked.connect(self.practice_requested)
        for button in (self.open_button, self.new_button, self.practice_button):
            self.company_step.add_action(button)

        self.connect_step = ChecklistStep(2)
        self.connect_button = ConnectToQuickBooksButton()
        self.connect_button.clicked.connect(self.connect_requested)
        self.notice = ReconnectNotice()
        self.notice.reconnect_requested.connect(self.reconnect_requested)
        self.connect_step.add_action(self.connect_button)
        self.connect_step.add_action(self.notice)

        self.sync_step = ChecklistStep(3)
        self.start_button = QPushButton(icon("refresh"), self.tr("Start first sync…"))
        self.start_button.setObjectName("startFirstSync")
        bold = QFont(self.start_button.font())
        bold.setBold(True)
        self.start_button.setFont(bold)
        self.start_button.setMinimumHeight(36)
        self.start_button.clicked.connect(self.wizard_requested)
        self.sync_step.add_action(self.start_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        for step in (self.company_step, self.connect_step, self.sync_step):
            layout.addWidget(step)
        # Tab follows the checklist: step 1's buttons, step 2's, step 3's.
        order = [self.open_button, self.new_button, self.practice_button, self.connect_button, self.notice.button,
                 self.start_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.show_state(None)

    def show_state(self, company: str | None, connection: str = "none", quickbooks_company: str | None = None,
                   first_sync: str = "todo", *, can_connect: bool = True, one_click: bool = True) -> None:
        """``connection``: none | connected | reconnect | elsewhere (another desktop syncs this company);
        ``first_sync``: todo | running | done. ``can_connect`` is False when a sync host elsewhere connects;
        ``one_click`` is False in a build without a sign-in relay (the owner's own keys are needed)."""
        if company is None:
            self.company_step.set_state(NOW, self.tr("Open your company file"), self.tr(
                "Open the company file that holds your records, create a new one, or try everything safely on "
                "the practice company first."))
        else:
            self.company_step.set_state(DONE, self.tr("Company file: {name}").format(name=company), self.tr(
                "Your records are here. Keep working in it while you set up the rest."))
        for button in (self.open_button, self.new_button, self.practice_button):
            button.setVisible(company is None)

        connected = connection == "connected"
        if company is None:
            self.connect_step.set_state(TODO, self.tr("Connect to QuickBooks"), self.tr(
                "Next, connect the company file to your QuickBooks Online company: one button, then you sign in "
                "to QuickBooks in your browser."))
        elif connected:
            self.connect_step.set_state(DONE, self.tr("Connected to QuickBooks"), self.tr(
                "This company file syncs with {company}.").format(company=quickbooks_company or "QuickBooks"))
        elif connection == "reconnect":
            self.connect_step.set_state(NOW, self.tr("Sign in to QuickBooks again"), "")
        elif connection == "elsewhere":
            self.connect_step.set_state(DONE, self.tr("Connected to QuickBooks"), self.tr(
                "Another computer syncs this company with QuickBooks for everyone."))
        elif one_click:
            self.connect_step.set_state(NOW, self.tr("Connect to QuickBooks"), self.tr(
                "Click the button: your browser opens QuickBooks' sign-in page. Sign in and choose your company; "
                "qbdesk keeps the sign-in in this computer's password store."))
        else:
            self.connect_step.set_state(NOW, self.tr("Connect to QuickBooks"), self.tr(
                "This copy of qbdesk has no QuickBooks sign-in service, so you connect with your own Intuit "
                "developer keys: click the button to enter them."))
        self.connect_step.text.setVisible(bool(self.connect_step.text.text()))
        self.connect_button.setVisible(company is not None and connection == "none" and can_connect)
        self.notice.setVisible(company is not None and connection == "reconnect")

        if first_sync == "done":
            self.sync_step.set_state(DONE, self.tr("First sync done"), self.tr(
                "From now on, later changes on either side sync by themselves."))
        elif first_sync == "running":
            self.sync_step.set_state(NOW, self.tr("First sync running"), self.tr(
                "You can go on working meanwhile; the progress is shown below."))
        elif connected and company is not None:
            self.sync_step.set_state(NOW, self.tr("Run the first sync"), self.tr(
                "Choose what to do with records found on one side only and from which date to sync. You see the "
                "counts before anything is sent."))
        else:
            self.sync_step.set_state(TODO, self.tr("Run the first sync"), self.tr(
                "Once connected, choose what to sync; you see the counts before anything is sent."))
        self.start_button.setVisible(connected and company is not None and first_sync == "todo")
