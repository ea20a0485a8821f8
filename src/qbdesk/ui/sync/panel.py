"""The home page's QuickBooks section: connect, start the first sync, watch it run, see how it went.

It follows the :class:`~qbdesk.ui.sync.controller.SyncController`. Until the first
sync has completed it shows the setup checklist (:mod:`qbdesk.ui.company.setup_checklist`:
company file ✓, connect with Intuit's button, start the first sync); then a sync
running (per-entity progress, Cancel), or idle after a sync (the result, "Sync
now", and Resume when a run was interrupted). Below come the entity counts of the
latest plan and, under Connection details, the connection's figures. A sign-in
QuickBooks no longer accepts is one calm message with one button
(:class:`~qbdesk.ui.connect.reconnect_notice.ReconnectNotice`). The window stays usable
while a sync runs: this panel only listens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qbdesk.ui.base.icons import icon
from qbdesk.ui.company.setup_checklist import SetupChecklist
from qbdesk.ui.connect.panel import ConnectionPanel
from qbdesk.ui.connect.reconnect_notice import ReconnectNotice
from qbdesk.ui.office.panel import ElsewherePage
from qbdesk.ui.sync.counts_panel import CountsPanel
from qbdesk.ui.sync.progress import SyncProgressView
from qbdesk.ui.sync.text import elapsed_text, moment_text

if TYPE_CHECKING:
    from qbdesk.sync.plan import Plan
    from qbdesk.sync.progress import RunSummary
    from qbdesk.ui.base.errors import ErrorInfo
    from qbdesk.ui.sync.controller import SyncController
    from qbdesk.ui.sync.worker import LastRun, SyncStatus

CONNECT, FIRST, RUNNING, IDLE, ELSEWHERE = range(5)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class SyncPanel(QFrame):
    """QuickBooks on the home page.

    Signals:
        connect_requested(): open the Connect dialog.
        sign_in_requested(): Intuit's button (or Reconnect) was clicked: open the dialog and sign in at once.
        wizard_requested(): open the first-sync wizard (settings and counts).
        take_over_requested(): make this desktop the sync host (office mode), then sign in.
        withdraw_requested(): cancel this desktop's requests for the sync host that have not started.
    """

    connect_requested = Signal()
    sign_in_requested = Signal()
    wizard_requested = Signal()
    take_over_requested = Signal()
    withdraw_requested = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.controller = controller
        self.summary: RunSummary | None = None
        self.failure: str | None = None  # the last job's error, until the next sync starts
        self._count_failed = False
        self._auto_planned = False

        title = QLabel(self.tr("QuickBooks Online"))
        title.setObjectName("syncTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        self.state_label = QLabel()
        self.state_label.setObjectName("syncState")
        self.connection_button = QPushButton(self.tr("Connection…"))
        self.connection_button.setObjectName("connectionButton")
        self.connection_button.clicked.connect(self.connect_requested)
        header = QHBoxLayout()
        header.setSpacing(12)
        header.addWidget(title)
        header.addWidget(self.state_label, 1, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.connection_button)

        self.banner = ReconnectNotice()
        self.banner.reconnect_requested.connect(self.sign_in_requested)
        self.reconnect_button = self.banner.button
        self.banner.hide()
        self.company_name = ""
        from qbdesk.qbo import distribution

        # One click needs a sign-in relay (or the practice QuickBooks of --sandbox: the window says so).
        self.one_click = distribution.load() is not None

        # One page at a time, but not a QStackedWidget: that one is as tall as its tallest page.
        self.elsewhere = ElsewherePage()
        self.elsewhere.take_over_requested.connect(self.take_over_requested)
        self.elsewhere.withdraw_requested.connect(self.withdraw_requested)
        setup = self._setup_page()
        self.pages = [setup, setup, self._running_page(), self._idle_page(), self.elsewhere]
        self.page = CONNECT
        pages = QVBoxLayout()
        pages.setContentsMargins(0, 0, 0, 0)
        for page in dict.fromkeys(self.pages):
            pages.addWidget(page)

        self.counts_heading = _heading(self.tr("What a sync finds now"))
        self.count_button = QPushButton(icon("refresh"), self.tr("Count again"))
        self.count_button.setObjectName("countAgain")
        self.count_button.setToolTip(self.tr("Read both sides again and count what a sync would do"))
        self.count_button.clicked.connect(self.count_again)
        counts_header = QHBoxLayout()
        counts_header.addWidget(self.counts_heading)
        counts_header.addStretch(1)
        counts_header.addWidget(self.count_button)
        self.counts = CountsPanel()
        self.counts_box = QWidget()
        counts_layout = QVBoxLayout(self.counts_box)
        counts_layout.setContentsMargins(0, 0, 0, 0)
        counts_layout.addLayout(counts_header)
        counts_layout.addWidget(self.counts)

        self.details_button = QToolButton()
        self.details_button.setObjectName("connectionDetails")
        self.details_button.setText(self.tr("Connection details"))
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setCheckable(True)
        self.details_button.setAutoRaise(True)
        self.details_button.toggled.connect(self._toggle_details)
        self.health = ConnectionPanel(controller)
        self.health.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(header)
        self.host_label = QLabel()  # office mode: this desktop syncs for everyone, or another process is syncing
        self.host_label.setObjectName("syncHostLine")
        self.host_label.setWordWrap(True)
        self.host_label.hide()
        layout.addWidget(self.host_label)
        layout.addWidget(self.banner)
        layout.addLayout(pages)
        layout.addWidget(self.counts_box)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.health)

        controller.connectionChanged.connect(self._update)
        controller.statusChanged.connect(self._status_changed)
        controller.runningChanged.connect(self._running_changed)
        controller.planningChanged.connect(self._planning_changed)
        controller.planned.connect(self._planned)
        controller.phase.connect(self.progress.on_phase)
        controller.progress.connect(self.progress.on_progress)
        controller.syncFinished.connect(self._sync_finished)
        controller.undoFinished.connect(self._undo_finished)
        controller.failed.connect(self._failed)
        self._update()

    # --- pages ---------------------------------------------------------------------------------

    def _setup_page(self) -> QWidget:
        self.checklist = SetupChecklist()
        self.checklist.heading.setText(self.tr("Set up the sync in three steps"))
        self.checklist.connect_requested.connect(self.sign_in_requested)
        self.checklist.reconnect_requested.connect(self.sign_in_requested)
        self.checklist.wizard_requested.connect(self.wizard_requested)
        self.connect_button = self.checklist.connect_button
        self.start_first_button = self.checklist.start_button
        return self.checklist

    def set_company_name(self, name: str) -> None:
        """The open company's name, for the checklist's first step."""
        self.company_name = name
        self._update()

    def _running_page(self) -> QWidget:
        page = QWidget()
        self.progress = SyncProgressView()
        hint = QLabel(self.tr("You can go on working meanwhile: browse and edit records; changes made now are sent "
                              "at the next sync."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.cancel_button = QPushButton(self.tr("Cancel sync"))
        self.cancel_button.setObjectName("cancelSync")
        self.cancel_button.setToolTip(self.tr("Stops after the current batch; Resume continues where it stopped"))
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        return page

    def _idle_page(self) -> QWidget:
        page = QWidget()
        self.result = QLabel()
        self.result.setObjectName("syncResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.resume_button = QPushButton(self.tr("Resume sync"))
        self.resume_button.setObjectName("resumeSync")
        self.resume_button.setToolTip(self.tr("Continue the interrupted sync: nothing is sent twice"))
        self.resume_button.clicked.connect(self.resume)
        self.sync_now_button = QPushButton(icon("refresh"), self.tr("Sync now"))
        self.sync_now_button.setObjectName("syncNow")
        self.sync_now_button.clicked.connect(self.sync_now)
        self.settings_button = QPushButton(self.tr("Sync settings…"))
        self.settings_button.setObjectName("syncSettings")
        self.settings_button.setToolTip(self.tr("Change the settings and start a new full sync"))
        self.settings_button.clicked.connect(self.wizard_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.sync_now_button)
        buttons.addWidget(self.settings_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        return page

    # --- actions ---------------------------------------------------------------------------------

    @Slot()
    def cancel(self) -> None:
        self.controller.cancel()
        self.cancel_button.setEnabled(False)
        self.progress.phase_label.setText(self.tr("Cancelling: the sync stops after the current batch…"))

    @Slot()
    def resume(self) -> None:
        if self.controller.start(resume=True):
            self.progress.reset()

    @Slot()
    def sync_now(self) -> None:
        if self.controller.start():
            self.progress.reset()

    @Slot()
    def count_again(self) -> None:
        self.controller.plan(None, refresh=True, debounce=False)

    @Slot(bool)
    def _toggle_details(self, shown: bool) -> None:
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.health.setVisible(shown)

    # --- following the controller ----------------------------------------------------------------------

    @Slot(object)
    def _status_changed(self, _status: SyncStatus) -> None:
        self._update()

    @Slot(bool)
    def _running_changed(self, running: bool) -> None:
        if running:
            self.failure = None
            self.progress.reset()
            self.cancel_button.setEnabled(True)
        self._update()

    @Slot(bool)
    def _planning_changed(self, planning: bool) -> None:
        if planning:
            self._count_failed = False
            self.counts.set_busy(True, self.tr("Counting: reading both sides…"))
        elif not self._count_failed:  # else the error stays in view, over the previous counts
            self.counts.set_busy(False)
            self.counts.set_plan(self.controller.last_plan)

    @Slot(object)
    def _planned(self, plan: Plan) -> None:
        self.counts.set_plan(plan)
        self.counts.set_busy(self.controller.is_planning)
        if self.controller.is_running:
            self.progress.show_plan(plan)

    @Slot(object)
    def _sync_finished(self, summary: RunSummary | None) -> None:
        self.summary = summary
        self._update()
        if summary is not None and summary.status == "completed":
            self.count_again()  # both sides should now show the same counts

    @Slot(object)
    def _failed(self, info: ErrorInfo) -> None:
        if info.kind == "ReconnectNeeded":
            return  # the banner says it
        self.failure = info.message
        self._count_failed = True
        self.counts.set_busy(False)
        self.counts.status.setText(self.tr("QuickBooks could not be read: {message}").format(message=info.message))
        self._update()

    @Slot()
    def _update(self) -> None:
        controller = self.controller
        connection = controller.connection
        status = controller.status
        reconnect = controller.reconnect_needed
        office = controller.office
        self._show_host_line()
        if office is not None and not office.is_host:
            self.banner.hide()
            self.counts_box.hide()
            self.details_button.hide()
            self.health.hide()
            name = office.host.desktop_name if office.host is not None else ""
            self.state_label.setText(self.tr("Synced by {computer}").format(computer=name))
            self.state_label.setStyleSheet("")
            self.elsewhere.show_status(office, self._result_text(status))
            self._show_page(ELSEWHERE)
            return
        setting_up = status is None or not (status.completed_full_sync or status.interrupted_run)
        self.banner.setVisible(reconnect and not (setting_up and not controller.is_running))
        self.counts_box.setVisible(connection is not None)
        self.details_button.setVisible(connection is not None)
        self.health.setVisible(connection is not None and self.details_button.isChecked())
        self.state_label.setStyleSheet("")
        if connection is None:
            if status is None:
                self.state_label.setText(self.tr("Checking the connection…"))
            elif status.connection_error == "keychain":
                self.state_label.setText(self.tr("The password store is not available: the sign-in cannot be read"))
            elif status.connection_error == "endpoints":
                self.state_label.setText(self.tr("Not connected: this file names other QuickBooks addresses than "
                                                 "its sign-in"))
            elif status.config is not None and status.config.realm_id:
                self.state_label.setText(self.tr("Not connected on this computer"))
            else:
                self.state_label.setText(self.tr("Not connected"))
            self._show_checklist("none", None)
            self._show_page(CONNECT)
            return
        name = connection.config.company_name or connection.config.realm_id or ""
        self.state_label.setText("" if reconnect else self.tr("Connected to {company}").format(company=name))
        self.count_button.setEnabled(not reconnect and not controller.is_running)
        if controller.is_running:
            self._show_page(RUNNING)
        elif setting_up:
            self._show_checklist("reconnect" if reconnect else "connected", name)
            self._show_page(FIRST)
            if not self._auto_planned and controller.last_plan is None and not reconnect:
                self._auto_planned = True  # BPro shows the counts under the settings: so do we
                controller.plan(None, refresh=True, debounce=False)
        else:
            self._show_page(IDLE)
            self._render_result(status)
        self.start_first_button.setEnabled(not reconnect)
        self.sync_now_button.setEnabled(not reconnect)
        self.resume_button.setEnabled(not reconnect)

    def _show_checklist(self, connection: str, quickbooks_company: str | None) -> None:
        self.checklist.show_state(self.company_name or "…", connection, quickbooks_company,
                                  "running" if self.controller.is_running else "todo",
                                  can_connect=self.controller.is_host, one_click=self.one_click)

    def _show_host_line(self) -> None:
        """On the sync host of a shared company: say so; and say when another process here is syncing."""
        office = self.controller.office
        text = ""
        if office is not None and office.is_host:
            syncing = office.syncing
            if syncing is not None and not self.controller.is_running:
                text = self.tr("qbdesk on {computer} (process {pid}) is syncing this company now, since {time}; "
                               "a sync from here can start once it has finished.").format(
                    computer=syncing.host, pid=syncing.pid, time=moment_text(syncing.since))
            elif office.shared and office.host is not None:
                text = self.tr("This computer is the sync host: it keeps the connection to QuickBooks and syncs for "
                               "every computer that opens this company.")
        self.host_label.setText(text)
        self.host_label.setVisible(bool(text))

    @Slot(object)
    def _undo_finished(self, _summary: object) -> None:
        self.summary = None  # the last run is the undo now: the status read that follows says what it did

    def _render_result(self, status: SyncStatus | None) -> None:
        interrupted = status.interrupted_run if status else None
        undo = bool(status and status.last_run and status.last_run.kind == "undo")
        self.resume_button.setText(self.tr("Resume undo") if undo and interrupted else self.tr("Resume sync"))
        self.resume_button.setVisible(interrupted is not None)
        self.sync_now_button.setVisible(interrupted is None)
        self.result.setText(self._result_text(status))

    def _result_text(self, status: SyncStatus | None) -> str:
        interrupted = status.interrupted_run if status else None
        summary = self.summary
        last = status.last_run if status else None
        locale = QLocale()
        if summary is None and last is not None and last.kind == "undo":
            return self._undo_text(last, interrupted is not None)
        if summary is not None:
            counts = (summary.created_in_qbo, summary.created_here, summary.linked, summary.updated, summary.problems)
            state, seconds = summary.status, summary.seconds
        elif last is not None:
            r = last.result
            counts = (r.get("created_in_qbo", 0), r.get("created_here", 0), r.get("linked", 0), r.get("updated", 0),
                      r.get("problems", 0))
            state = last.status
            seconds = (last.finished_at - last.started_at).total_seconds() if last.finished_at else 0.0
        else:
            return self.tr("No sync has run yet.") + (
                "\n" + self.tr("The last attempt failed: {message}").format(message=self.failure)
                if self.failure else "")
        created_qbo, created_here, linked, updated, problems = (locale.toString(n) for n in counts)
        figures = self.tr("{qbo} created in QuickBooks, {here} created here, {linked} linked, {updated} updated, "
                          "problems: {problems}.").format(qbo=created_qbo, here=created_here, linked=linked,
                                                           updated=updated, problems=problems)
        if state == "completed":
            head = self.tr("Last sync completed in {time}.").format(time=elapsed_text(seconds))
        elif interrupted:
            head = self.tr("The sync was interrupted. Resume continues where it stopped; nothing is sent twice.")
        else:
            head = self.tr("The last sync did not complete ({status}).").format(status=state)
        problems_hint = self.tr(" See Problems for what needs attention.") if counts[4] else ""
        failure = "\n" + self.tr("The last attempt failed: {message}").format(message=self.failure) \
            if self.failure else ""
        return f"{head} {figures}{problems_hint}{failure}"

    def _undo_text(self, last: LastRun, interrupted: bool) -> str:
        """The last run was an undo: what it took back, or that it waits to be resumed."""
        r = last.result
        undone = sum(r.get(k, 0) for k in ("deleted_in_qbo", "deactivated_in_qbo", "restored_in_qbo",
                                           "deleted_here", "restored_here", "unlinked"))
        if interrupted:
            return self.tr("An undo was interrupted. Resume finishes it; nothing is done twice. No sync starts until "
                           "it is finished.")
        seconds = (last.finished_at - last.started_at).total_seconds() if last.finished_at else 0.0
        return self.tr("The last run was an undo, completed in {time}: %n record(s) or link(s) taken back.", "",
                       undone).format(time=elapsed_text(seconds))

    def _show_page(self, index: int) -> None:
        self.page = index
        shown = self.pages[index]
        for page in dict.fromkeys(self.pages):
            page.setVisible(page is shown)
