"""The home page's QuickBooks section on a desktop that is not the company's sync host (office mode).

Another desktop keeps the connection and syncs. This one shows, live, who that is,
whether it is syncing now and how far it got (read from the shared company's sync
journal), how the last sync went, and what this desktop asked the host to do and
how each request ended. "Take over as sync host…" is the way to sync from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from qbdesk.ui.base.palette import surface_style, text_style, tones
from qbdesk.ui.base.tr import QT_TRANSLATE_NOOP
from qbdesk.ui.sync.labels import action_label
from qbdesk.ui.sync.text import moment_text
from qbdesk.ui.widgets.progress_bar import ProgressBar

if TYPE_CHECKING:
    from qbdesk.sync.office import OfficeStatus, Request

REQUEST_STATES: Final = {
    "pending": QT_TRANSLATE_NOOP("OfficePanel", "waiting"),
    "running": QT_TRANSLATE_NOOP("OfficePanel", "being carried out"),
    "done": QT_TRANSLATE_NOOP("OfficePanel", "done"),
    "failed": QT_TRANSLATE_NOOP("OfficePanel", "failed"),
    "cancelled": QT_TRANSLATE_NOOP("OfficePanel", "cancelled"),
}


def request_text(request: Request) -> str:
    """One request as the list shows it: what, when, how it ended."""
    if request.kind == "approve":
        what = QCoreApplication.translate("OfficePanel", "Approve changes")
    else:
        what = QCoreApplication.translate("OfficePanel", "{action} — problem #{number}").format(
            action=action_label(request.action or "").rstrip("…"), number=request.issue_id)
    state = QCoreApplication.translate("OfficePanel", REQUEST_STATES.get(request.status, request.status))
    return QCoreApplication.translate("OfficePanel", "{what} ({time}): {state}").format(
        what=what, time=moment_text(request.requested_at), state=state)


class ElsewherePage(QFrame):
    """What a desktop that does not sync sees of the sync host's work.

    Signals:
        take_over_requested(): the user wants to sync from this desktop.
        withdraw_requested(): cancel this desktop's requests the host has not started.
    """

    take_over_requested = Signal()
    withdraw_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncElsewhere")
        self.setStyleSheet(surface_style("QFrame#syncElsewhere", tones().info, radius=8))
        self.headline = QLabel()
        self.headline.setObjectName("syncHostHeadline")
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.activity = QLabel()
        self.activity.setObjectName("hostActivity")
        self.activity.setWordWrap(True)
        self.activity.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = ProgressBar()
        self.bar.setObjectName("hostProgress")
        self.bar.setAccessibleName(self.tr("The sync host's progress"))
        self.bar.setMaximumHeight(16)
        self.bar.hide()
        self.sign_in = QLabel()  # the host must reconnect: said first, in the warning colour
        self.sign_in.setObjectName("hostSignInNeeded")
        self.sign_in.setWordWrap(True)
        self.sign_in.setStyleSheet(f"QLabel#hostSignInNeeded {{ {text_style('error', bold=True)} }}")
        self.sign_in.hide()
        self.requests = QLabel()
        self.requests.setObjectName("hostRequests")
        self.requests.setWordWrap(True)
        self.requests.setTextFormat(Qt.TextFormat.PlainText)
        self.take_over_button = QPushButton(self.tr("Take over as sync host…"))
        self.take_over_button.setObjectName("takeOverSyncHost")
        self.take_over_button.setToolTip(self.tr("Sync this company from this computer (you sign in to QuickBooks "
                                                 "here)"))
        self.take_over_button.clicked.connect(self.take_over_requested)
        self.withdraw_button = QPushButton(self.tr("Withdraw my waiting requests"))
        self.withdraw_button.setObjectName("withdrawRequests")
        self.withdraw_button.setToolTip(self.tr("The sync host will not carry them out; what you did here stays "
                                                "as it is"))
        self.withdraw_button.clicked.connect(self.withdraw_requested)

        column = QVBoxLayout()
        column.setSpacing(6)
        column.addWidget(self.headline)
        column.addWidget(self.text)
        column.addWidget(self.sign_in)
        column.addWidget(self.activity)
        column.addWidget(self.bar)
        column.addWidget(self.requests)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(16)
        layout.addLayout(column, 1)
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.take_over_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def show_status(self, office: OfficeStatus, last_result: str) -> None:
        host = office.host.desktop_name if office.host is not None else ""
        self.headline.setText(self.tr("{computer} syncs this company with QuickBooks").format(computer=host))
        self.text.setText(self.tr("{computer} is the sync host: it keeps the connection to QuickBooks Online and "
                                  "syncs for everyone. Problems you resolve and changes you approve here are sent "
                                  "to it and carried out at its next sync.").format(computer=host))
        self.sign_in.setText(self.tr("QuickBooks no longer accepts {computer}'s sign-in: nothing syncs until "
                                     "someone reconnects there (QuickBooks → Connection…), or takes over as sync "
                                     "host here.").format(computer=host))
        self.sign_in.setVisible(office.sign_in_needed)
        locale = QLocale()
        syncing = office.syncing
        if syncing is not None:
            text = self.tr("Syncing now on {computer}, since {time}.").format(
                computer=syncing.host, time=moment_text(syncing.since))
            if office.progress is not None and office.progress[1] > 0:
                done, total = office.progress
                text += " " + self.tr("{done} of {total} records sent or received.").format(
                    done=locale.toString(done), total=locale.toString(total))
                self.bar.setRange(0, total)
                self.bar.setValue(done)
            else:
                self.bar.setRange(0, 0)  # busy: the sync is reading both sides, or only sends changes
            self.bar.show()
            self.activity.setText(text)
        else:
            self.bar.hide()
            self.activity.setText(last_result)
        lines = []
        if office.waiting:
            lines.append(self.tr("%n request(s) waiting for the sync host.", "", office.waiting))
        if office.recent:
            lines.append(self.tr("Your latest requests:"))
            lines.extend("• " + request_text(r) for r in office.recent)
        self.requests.setText("\n".join(lines))
        self.requests.setVisible(bool(lines))
        self.withdraw_button.setVisible(any(r.status == "pending" for r in office.recent))
        self.withdraw_button.setEnabled(True)
        tips = [f"#{r.id}: {r.result}" for r in office.recent if r.result]
        self.requests.setToolTip("\n".join(tips))
