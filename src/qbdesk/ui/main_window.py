"""The main window: menus, the navigation sidebar, the pages, the status bar.

It opens companies through the background helper (opening migrates the file,
which can take a moment) and owns the one open :class:`~qbdesk.store.Company`.
Nothing here imports SQLAlchemy at start-up: the record browser and the store are
imported when the first company opens, after the window is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from qbdesk.ui.base import background
from qbdesk.ui.base.background import BackgroundOp, Failure, TaskContext
from qbdesk.ui.base.i18n import LANGUAGES, NATIVE_NAMES
from qbdesk.ui.base.icons import app_icon, icon
from qbdesk.ui.base.logs import logger
from qbdesk.ui.base.paths import Paths
from qbdesk.ui.base.state import UiState
from qbdesk.ui.company.home_page import HomePage
from qbdesk.ui.office.change_watcher import ChangeWatcher
from qbdesk.ui.sync.controller import SyncController
from qbdesk.ui.sync.hub import SyncHub
from qbdesk.ui.sync.panel import SyncPanel
from qbdesk.ui.widgets.empty_state import EmptyState
from qbdesk.ui.widgets.file_chooser import FileChooser
from qbdesk.ui.widgets.guide_viewer import open_guide, set_owner
from qbdesk.ui.widgets.page_stack import PageStack

if TYPE_CHECKING:
    from qbdesk.qbo.connection import Connection
    from qbdesk.store import Company
    from qbdesk.store.office import Desktop
    from qbdesk.store.summary import CompanySummary
    from qbdesk.sync.progress import RunSummary
    from qbdesk.sync.undo_run import UndoSummary
    from qbdesk.ui.company.records.view import RecordBrowser
    from qbdesk.ui.connect.sandbox_mode import SandboxSession
    from qbdesk.ui.sync.worker import SyncStatus

log = logger("ui")

PRACTICE_SIZE = 3000
PRACTICE_SEED = 2024
PAGES = ("home", "records", "problems", "approvals", "sync_log", "reconciliation")


def _open(target: str, create: bool, name: str | None) -> tuple[Company, CompanySummary]:
    from qbdesk.store import open_company
    from qbdesk.store.summary import set_company_name, summarize

    try:
        company = open_company(target, create=create)
    except Exception as exc:
        if "://" in target and not target.startswith("sqlite"):
            _forget_refused_password(target, exc)
        raise
    try:
        with company.session() as session:
            if name:
                set_company_name(session, name)
            summary = summarize(session)
    except BaseException:
        company.close()
        raise
    return company, summary


def _forget_refused_password(target: str, error: BaseException) -> None:
    """A shared company's server refused the keychain's password: forget it, so the dialog asks again."""
    import keyring.errors
    from sqlalchemy.engine import make_url

    from qbdesk.store.credentials import forget_password
    from qbdesk.ui.office.shared_address import classify

    if classify(error) == "wrong_password":
        try:
            forget_password(make_url(target))
        except keyring.errors.KeyringError as exc:
            log.info("could not forget the refused database password: %s", exc)


def _make_practice(path: Path, name: str, locale: str, ctx: TaskContext) -> None:
    from qbdesk.store import open_company
    from qbdesk.store.demo import generate
    from qbdesk.store.summary import set_company_name

    partial = path.with_name(path.name + ".part")
    partial.unlink(missing_ok=True)
    company = open_company(partial, create=True)
    try:
        with company.session() as session:
            set_company_name(session, name)
            ctx.progress(0, 0, "generate")
            generate(session, PRACTICE_SIZE, seed=PRACTICE_SEED, locale=locale)
    finally:
        company.close()
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.replace(path)  # only a complete practice company ever has the real name


class MainWindow(QMainWindow):
    """The application window.

    Signals:
        company_opened(str): the display location of the company that is now open.
        company_failed(str): opening failed; the message was shown to the user.
        summary_shown(): the home page shows the open company's counts.
        connectionChanged(): :attr:`connection` changed (connected, reconnected, disconnected, or
            another company opened).
        syncStarted(): a sync (not a plan) began running in the background.
        syncFinished(object): a sync ended; the :class:`~qbdesk.sync.progress.RunSummary` (None if it
            failed before producing one).
        problemsChanged(): the problems list may have changed: after a sync, and whenever the running
            sync reports a problem.
    """

    company_opened = Signal(str)
    company_failed = Signal(str)
    summary_shown = Signal()
    connectionChanged = Signal()
    syncStarted = Signal()
    syncFinished = Signal(object)
    problemsChanged = Signal()

    def __init__(self, paths: Paths, state: UiState, language: str,
                 chooser: FileChooser | None = None) -> None:
        super().__init__()
        self.paths = paths
        self.state = state
        self.language = language
        self.chooser = chooser or FileChooser()
        self.company: Company | None = None
        self.company_target: str | None = None
        self.practice = False
        self.browser: RecordBrowser | None = None
        self._opening: BackgroundOp[Any] | None = None
        self.sandbox_session: SandboxSession | None = None
        self._desktop: Desktop | None = None
        self.watcher = ChangeWatcher(self)  # what other desktops and processes change, live
        self.watcher.changed.connect(self._changed_elsewhere)
        self._sync_controller = SyncController(self)
        self._sync_controller.connectionChanged.connect(self.connectionChanged)
        self._sync_controller.syncStarted.connect(self.syncStarted)
        self._sync_controller.syncFinished.connect(self._sync_finished)
        self._sync_controller.undoFinished.connect(self._undo_finished)
        self._sync_controller.problem.connect(self._problem_reported)
        self._sync_controller.runningChanged.connect(self._update_sync_actions)
        self._sync_controller.connectionChanged.connect(self._update_sync_actions)
        self._sync_controller.statusChanged.connect(self._update_sync_actions)
        self._sync_controller.statusChanged.connect(self._check_endpoints)
        self._asked_endpoints: set[tuple[str, str]] = set()
        self._problems_timer = QTimer(self)  # many problems in a burst: one problemsChanged per 300 ms
        self._problems_timer.setSingleShot(True)
        self._problems_timer.setInterval(300)
        self._problems_timer.timeout.connect(self.problemsChanged)
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.setWindowTitle("qbdesk")

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Navigation"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFrameShape(QFrame.Shape.NoFrame)
        self.sidebar.setSpacing(2)
        entries = (("home", "home", self.tr("Home")), ("records", "records", self.tr("Records")),
                   ("problems", "problems", self.tr("Problems")), ("approvals", "approvals", self.tr("Approvals")),
                   ("sync_log", "sync-log", self.tr("Sync log")),
                   ("reconciliation", "reconcile", self.tr("Reconciliation")))
        width = 0
        for key, icon_name, text in entries:
            item = QListWidgetItem(icon(icon_name), text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 18))
            self.sidebar.addItem(item)
            width = max(width, self.fontMetrics().horizontalAdvance(text))
        self.sidebar.setFixedWidth(width + 20 + 20 + 44)
        self.sidebar.currentRowChanged.connect(self._page_changed)

        self.home = HomePage()
        self.home.open_type.connect(self.show_records)
        self.home.open_requested.connect(self.ask_open_company)
        self.home.new_requested.connect(self.ask_new_company)
        self.home.practice_requested.connect(self.open_practice_company)
        self.sync_panel = SyncPanel(self._sync_controller)
        self.sync_panel.connect_requested.connect(self.open_connect_dialog)
        self.sync_panel.sign_in_requested.connect(self.sign_in_to_quickbooks)
        self.sync_panel.take_over_requested.connect(self.ask_take_over)
        self.sync_panel.withdraw_requested.connect(self.withdraw_requests)
        self.sync_panel.wizard_requested.connect(self.open_first_sync_wizard)
        self.home.set_sync_panel(self.sync_panel)
        self.records_placeholder = EmptyState(
            "records", self.tr("No company open"),
            self.tr("Open a company file to browse and edit its customers, vendors, products and "
                    "services, and transactions."), self.tr("Open a company file…"))
        self.records_placeholder.action_triggered.connect(self.ask_open_company)
        self.problems = EmptyState(
            "problems", self.tr("No sync problems"),
            self.tr("Problems appear here after your first sync with QuickBooks Online: what QuickBooks "
                    "said, what it means, and how to fix it, with Resync, Skip and Edit next to each one."))
        self.approvals = EmptyState(
            "approvals", self.tr("Nothing waiting for approval"),
            self.tr("If you choose to approve changes before they are synchronized, they wait here after "
                    "each sync until you approve or clear them."))
        self.sync_log = EmptyState(
            "sync-log", self.tr("No syncs yet"),
            self.tr("The sync log appears after your first sync: every record sent to or received from "
                    "QuickBooks Online, pending, successful or failed."))
        self.reconciliation = EmptyState(
            "reconcile", self.tr("No company open"),
            self.tr("Open a company file connected to QuickBooks Online to compare the books on both sides: "
                    "counts, open balances and monthly totals, with a verdict and the records behind each "
                    "difference."))
        # The sync screens (Problems, Approvals, Sync log, Reconciliation, banner, badges, tray): the empty states
        # above until a company opens. ``self.problems`` etc. stay the empty-state widgets.
        self.sync_hub = SyncHub(self, self.sidebar, PAGES, {
            "problems": self.problems, "approvals": self.approvals, "sync_log": self.sync_log,
            "reconciliation": self.reconciliation})
        self.pages = PageStack()
        self.page_widgets: dict[str, QWidget] = {
            "home": self.home, "records": self.records_placeholder, "problems": self.sync_hub.pages["problems"],
            "approvals": self.sync_hub.pages["approvals"], "sync_log": self.sync_hub.pages["sync_log"],
            "reconciliation": self.sync_hub.pages["reconciliation"],
        }
        for page in self.page_widgets.values():
            self.pages.addWidget(page)

        central = QWidget()
        column = QVBoxLayout(central)  # the problem banner across the top, above sidebar and pages
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.sync_hub.banner)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        column.addLayout(layout, 1)
        layout.addWidget(self.sidebar)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.hide()
        self.company_label = QLabel(self.tr("No company open"))
        self.company_label.setObjectName("statusCompany")
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.company_label)

        self._sync_controller.statusChanged.connect(self._update_sync_times)
        self._sync_controller.runningChanged.connect(self._update_sync_times)
        self._sync_controller.connectionChanged.connect(self._update_sync_times)
        self._times_timer = QTimer(self)  # "next automatic sync" moves on after each tick, with or without a run
        self._times_timer.setInterval(30_000)
        self._times_timer.timeout.connect(self._update_sync_times)
        self._times_timer.start()

        self._build_menus()
        set_owner(self, language)  # the user guide opens over this window, in its language
        self.sidebar.setCurrentRow(0)
        self._restore_geometry()
        self.home.show_welcome()

    # --- sync contract ---------------------------------------------------------------------------------

    @property
    def connection(self) -> Connection | None:
        """The open company's live QuickBooks connection, or None (not connected, or no company)."""
        return self._sync_controller.connection

    @property
    def sync_controller(self) -> SyncController:
        """The one sync controller: plans and syncs of the open company, in the background."""
        return self._sync_controller

    def attach_sandbox(self, session: SandboxSession) -> None:
        """``--sandbox``: the practice QuickBooks this window's Connect dialog points at."""
        self.sandbox_session = session
        self.sync_panel.one_click = True  # the practice QuickBooks needs no keys

    @Slot()
    def open_connect_dialog(self, parent: QWidget | None = None, *, sign_in: bool = False) -> None:
        """The Connect dialog; ``sign_in`` (Intuit's button, Reconnect) also starts the sign-in at once."""
        if self.company is None:
            return
        if not self._sync_controller.is_host:
            self.ask_take_over(parent)  # signing in here makes this desktop the sync host: say so first
            return
        self._show_connect_dialog(parent, sign_in=sign_in)

    @Slot()
    def open_desktop(self) -> None:
        """QuickBooks Desktop through the Web Connector (qbdesk.ui.connect.desktop)."""
        if self.company is not None:
            from qbdesk.ui.connect.desktop import open_desktop_dialog

            open_desktop_dialog(self, self.company)

    @Slot()
    def sign_in_to_quickbooks(self) -> None:
        """The one button: open the browser on QuickBooks' sign-in (the dialog shows the wait and a fallback)."""
        self.open_connect_dialog(sign_in=True)

    def _show_connect_dialog(self, parent: QWidget | None = None, *, sign_in: bool = False) -> None:
        from qbdesk.ui.connect.dialog import ConnectDialog

        if self.company is None:
            return
        dialog = ConnectDialog(self._sync_controller, self.company, self.paths.locks, parent or self,
                               sandbox=self.sandbox_session.defaults() if self.sandbox_session else None,
                               desktop=self.desktop, plain_file=self.paths.plain_keyring)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.connect_dialog = dialog
        if sign_in:
            dialog.open_and_start()
        else:
            dialog.open()

    @Slot(object)
    def _check_endpoints(self, status: SyncStatus) -> None:
        """A company file naming other QuickBooks addresses than its sign-in: ask once what to do (nothing was
        sent); plain HTTP to another computer: say it was refused."""
        problem = status.endpoint_problem
        company = self.company
        if problem is None or company is None:
            return
        key = (company.identity, str(problem))
        if key in self._asked_endpoints:
            return
        self._asked_endpoints.add(key)
        from qbdesk.ui.connect.endpoint_question import endpoint_box

        bound = getattr(problem, "bound", None)

        def use_signed_in() -> None:
            from qbdesk.ui.connect.flow import use_signed_in_endpoints

            if bound is None:
                return
            op = BackgroundOp(self, lambda ctx: use_signed_in_endpoints(company, bound, ctx),
                              label="company endpoints", writes=True)
            op.success(lambda _none: self._sync_controller.refresh_status())
            op.run()

        box = endpoint_box(problem, self, use_signed_in)
        box.open()
        self.endpoint_box = box

    @property
    def desktop(self) -> Desktop:
        """This installation of qbdesk (office mode: which desktop is the sync host). The same id as the command
        line's, read from the app-data folder both use."""
        if self._desktop is None:
            from qbdesk.store.office import Desktop

            self._desktop = Desktop.of_this_machine(self.paths.data)
        return self._desktop

    @Slot()
    def ask_take_over(self, parent: QWidget | None = None) -> None:
        """Make this desktop the company's sync host (after the user agrees), then sign in here."""
        office = self._sync_controller.office
        if self.company is None or office is None:
            return
        from qbdesk.ui.office.dialogs import confirm_take_over

        box = confirm_take_over(office, parent or self, self._take_over)
        box.open()
        self.take_over_box = box

    @Slot()
    def _take_over(self) -> None:
        company, desktop = self.company, self.desktop
        if company is None:
            return

        def work(_ctx: TaskContext) -> None:
            from qbdesk.sync.office import take_over

            take_over(company, desktop)

        def done(_none: None) -> None:
            self.statusBar().showMessage(self.tr("This computer is now the sync host. Sign in to QuickBooks to "
                                                 "go on syncing."), 8000)
            self._sync_controller.refresh_status()  # the dialog below signs in; the status follows
            self._show_connect_dialog()

        (BackgroundOp(self, work, label=self.tr("Take over as sync host"), writes=True)
         .success(done).failure(self._take_over_failed).run())

    def _take_over_failed(self, failure: Failure) -> None:
        message = self.tr("This computer could not become the sync host: {message}").format(
            message=failure.info.message)
        self.statusBar().showMessage(message, 10000)
        QMessageBox.warning(self, self.tr("Take over as sync host"), message)

    @Slot()
    def withdraw_requests(self) -> None:
        """Cancel this desktop's requests the sync host has not started (what was done here stays)."""
        company, desktop = self.company, self.desktop
        if company is None:
            return
        self.sync_panel.elsewhere.withdraw_button.setEnabled(False)

        def work(_ctx: TaskContext) -> int:
            from qbdesk.sync.office import Office

            return Office(company, desktop).withdraw_waiting()

        def done(count: int) -> None:
            self.statusBar().showMessage(self.tr("%n request(s) withdrawn.", "", count), 6000)
            self._sync_controller.refresh_status()

        (BackgroundOp(self, work, label="withdraw requests", writes=True)
         .success(done).failure(self._withdraw_failed).run())

    def _withdraw_failed(self, failure: Failure) -> None:
        self.sync_panel.elsewhere.withdraw_button.setEnabled(True)
        self.statusBar().showMessage(self.tr("The requests could not be withdrawn: {message}").format(
            message=failure.info.message), 10000)

    @Slot(object)
    def _changed_elsewhere(self, tables: frozenset[str]) -> None:
        """Another desktop, ``qbdesk`` command or this window's own worker committed a change: show it."""
        from qbdesk.ui.sync.hub import OFFICE_TABLES, RECORD_TABLES

        def touches(*names: str) -> bool:
            return not tables or not tables.isdisjoint(names)

        controller = self._sync_controller
        if controller.is_running and controller.is_host:
            return  # this window's own sync: its signals already keep every view up to date
        if touches(*OFFICE_TABLES):
            controller.refresh_status()  # after the job in hand, if any: a change made meanwhile is not missed
        self.sync_hub.changed_elsewhere(tables)
        # The home page's counts follow; the record lists do not reload under the user's eyes (that would lose
        # the selection and scroll position): an edit there meets the other desktop's change as an EditConflict.
        if touches(*RECORD_TABLES) and self.pages.currentWidget() is self.home:
            self.refresh_summary()

    @Slot()
    def open_first_sync_wizard(self, start_at: str | None = None) -> None:
        """The first-sync wizard (also the place of its settings); ``start_at="refund"`` opens it at the refund
        bank account, when connected (a problem's *Choose a refund account…*)."""
        from qbdesk.ui.sync.wizard import FirstSyncWizard
        from qbdesk.ui.sync.wizard.wizard import REFUND

        if self.company is None or self._sync_controller.is_running:
            return
        wizard = FirstSyncWizard(self._sync_controller, self)
        if start_at == "refund" and wizard.startId() != 0:  # connected: the wizard does not start at Connect
            wizard.setStartId(REFUND)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.connect_requested.connect(self._connect_from_wizard)
        wizard.sync_started.connect(self._show_home)
        wizard.open()
        self.wizard = wizard

    @Slot()
    def _connect_from_wizard(self) -> None:
        wizard = self.sender()
        self.open_connect_dialog(wizard if isinstance(wizard, QWidget) else None, sign_in=True)  # over the wizard

    @Slot()
    def _show_home(self) -> None:
        self.show_page("home")

    @Slot()
    def sync_now(self) -> None:
        self._sync_controller.start()

    @Slot()
    def resume_sync(self) -> None:
        if self._sync_controller.interrupted_undo:  # the undo's own dialog shows its progress
            self.sync_hub.undo_run(None, resume=True)
            return
        self._sync_controller.start(resume=True)

    @Slot()
    def _update_sync_actions(self) -> None:
        controller = self._sync_controller
        if not hasattr(self, "connect_action"):
            return
        connected = controller.connection is not None and not controller.reconnect_needed
        running = controller.is_running
        interrupted = controller.interrupted_run is not None
        self.connect_action.setEnabled(controller.company is not None and not running)
        self.desktop_action.setEnabled(controller.company is not None)
        self.take_over_action.setEnabled(controller.company is not None and not controller.is_host)
        self.wizard_action.setEnabled(connected and not running)
        self.sync_now_action.setEnabled(connected and not running and not interrupted)
        self.resume_action.setEnabled(connected and not running and interrupted)
        self.cancel_sync_action.setEnabled(running)

    @Slot(object)
    def _problem_reported(self, _notice: object) -> None:
        if not self._problems_timer.isActive():
            self._problems_timer.start()

    @Slot(object)
    def _sync_finished(self, summary: RunSummary | None) -> None:
        self._problems_timer.stop()
        if summary is not None and (summary.created_here or summary.updated) and self.browser is not None:
            self.browser.reload_all()
        self.refresh_summary()
        self.syncFinished.emit(summary)
        self.problemsChanged.emit()
        self._update_sync_actions()
        if summary is not None:
            from qbdesk.ui.sync.text import run_status_text

            self.statusBar().showMessage(run_status_text(summary.status), 8000)
            if summary.kind == "first" and summary.status == "completed":
                self.sync_hub.show_reconciliation()  # proof the migration agrees, after every first sync

    @Slot(object)
    def _undo_finished(self, summary: UndoSummary | None) -> None:
        """An undo changed both sides: the records, the home page's counts, the problems and the log follow."""
        self._problems_timer.stop()
        if self.browser is not None:
            self.browser.reload_all()
        self.refresh_summary()
        self.syncFinished.emit(None)
        self.problemsChanged.emit()
        self._update_sync_actions()
        if summary is not None:
            from qbdesk.ui.reconcile.undo_text import undo_words

            self.statusBar().showMessage(undo_words().headline(summary), 8000)

    # --- menus ------------------------------------------------------------------------------------

    def _action(self, icon_name: str | None, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(icon(icon_name) if icon_name else QIcon(), text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        company = bar.addMenu(self.tr("&Company"))
        self.new_action = self._action("new", self.tr("&New…"), self.ask_new_company, QKeySequence.StandardKey.New)
        self.open_action = self._action("open", self.tr("&Open…"), self.ask_open_company,
                                        QKeySequence.StandardKey.Open)
        self.open_shared_action = self._action("open", self.tr("Open &shared company…"), self.ask_open_shared)
        self.open_shared_action.setToolTip(self.tr("Open a company kept in a database on your office's server, "
                                                   "shared by several computers"))
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.setIcon(icon("recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.practice_action = self._action("item", self.tr("Open the &practice company"),
                                            self.open_practice_company)
        self.import_action = self._action("import", self.tr("&Import CSV…"), self.ask_import_csv, "Ctrl+I")
        self.import_action.setEnabled(False)
        self.quit_action = self._action("quit", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        company.addAction(self.new_action)
        company.addAction(self.open_action)
        company.addAction(self.open_shared_action)
        company.addMenu(self.recent_menu)
        company.addAction(self.practice_action)
        company.addSeparator()
        company.addAction(self.import_action)
        company.addSeparator()
        company.addAction(self.quit_action)
        self._fill_recent()

        quickbooks = bar.addMenu(self.tr("&QuickBooks"))
        self.connect_action = self._action(None, self.tr("&Connection…"), self.open_connect_dialog)
        self.wizard_action = self._action("refresh", self.tr("&First sync and settings…"),
                                          self.open_first_sync_wizard)
        self.sync_now_action = self._action(None, self.tr("Sync &now"), self.sync_now, "Ctrl+Shift+S")
        self.resume_action = self._action(None, self.tr("&Resume the interrupted sync"), self.resume_sync)
        self.cancel_sync_action = self._action(None, self.tr("C&ancel the sync"), self._sync_controller.cancel)
        self.take_over_action = self._action(None, self.tr("&Take over as sync host…"), self.ask_take_over)
        self.take_over_action.setToolTip(self.tr("Sync this company from this computer instead of the current sync "
                                                 "host (you sign in to QuickBooks here)"))
        self.desktop_action = self._action(None, self.tr("QuickBooks &Desktop (Web Connector)…"), self.open_desktop)
        for action in (self.connect_action, self.desktop_action, self.wizard_action, None, self.sync_now_action,
                       self.resume_action, self.cancel_sync_action, None, self.take_over_action):
            if action is None:
                quickbooks.addSeparator()
            else:
                quickbooks.addAction(action)
        self._update_sync_actions()

        settings = bar.addMenu(self.tr("&Settings"))
        language_menu = settings.addMenu(icon("language"), self.tr("&Language"))
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str | None, QAction] = {}
        saved = self.state.language()
        choices: list[tuple[str | None, str]] = [(None, self.tr("System default")),
                                                 *((code, NATIVE_NAMES[code]) for code in LANGUAGES)]
        for code, text in choices:
            action = QAction(text, self)
            action.setCheckable(True)
            action.setChecked(code == saved)
            action.setData(code)
            action.triggered.connect(self._language_chosen)
            self.language_group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action

        settings.addSeparator()
        self.sync_settings_action = self._action(None, self.tr("&Sync settings…"), self.sync_hub.open_sync_settings,
                                                 QKeySequence.StandardKey.Preferences)
        self.sync_settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: qbdesk › Settings… (⌘,)
        self.sync_settings_action.setEnabled(False)
        settings.addAction(self.sync_settings_action)

        window_menu = bar.addMenu(self.tr("&Window"))
        window_menu.setObjectName("windowMenu")
        self.minimize_action = self._action(None, self.tr("&Minimize"), self.showMinimized, "Ctrl+M")
        self.zoom_action = self._action(None, self.tr("&Zoom"), self._toggle_zoom)
        window_menu.addAction(self.minimize_action)
        window_menu.addAction(self.zoom_action)
        window_menu.addSeparator()
        self.page_group = QActionGroup(self)
        self.page_actions: dict[str, QAction] = {}
        for number, key in enumerate(PAGES, start=1):
            action = self._action(None, self.sidebar.item(number - 1).text(), self._page_slot(key),
                                  f"Ctrl+{number}")
            action.setCheckable(True)
            action.setChecked(number == 1)
            self.page_group.addAction(action)
            window_menu.addAction(action)
            self.page_actions[key] = action

        help_menu = bar.addMenu(self.tr("&Help"))
        self.guide_action = self._action(None, self.tr("&User guide"), self.show_guide,
                                         QKeySequence.StandardKey.HelpContents)  # F1 (⌘? on macOS)
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        self.diagnostics_action = self._action("diagnostics", self.tr("&Copy diagnostics"), self.copy_diagnostics)
        help_menu.addAction(self.diagnostics_action)
        help_menu.addAction(self._action("log-folder", self.tr("Show &log folder"), self._show_logs))
        help_menu.addSeparator()
        about = self._action("about", self.tr("&About qbdesk"), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)

    @Slot()
    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.state.recent_companies()
        for target in recent:
            action = self.recent_menu.addAction(Path(target).name if "://" not in target else target)
            action.setToolTip(target)
            action.setStatusTip(target)
            action.triggered.connect(lambda _checked=False, t=target: self.open_company(t))
        if recent:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("&Clear menu"), self._clear_recent)
        else:
            empty = self.recent_menu.addAction(self.tr("No recent companies"))
            empty.setEnabled(False)

    @Slot()
    def _clear_recent(self) -> None:
        self.state.clear_recent_companies()

    # --- navigation -------------------------------------------------------------------------------

    @Slot(int)
    def _page_changed(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.pages.setCurrentWidget(self.page_widgets[PAGES[row]])
            if hasattr(self, "page_actions"):
                self.page_actions[PAGES[row]].setChecked(True)

    def guide_section(self) -> str:
        """The part of the user guide about what is on screen (F1)."""
        page = PAGES[self.sidebar.currentRow()] if 0 <= self.sidebar.currentRow() < len(PAGES) else "home"
        if page == "home":
            if self.company is None:
                return "getting-started"
            status = self._sync_controller.status  # connected, first sync not done yet: that is the next step
            connected = self._sync_controller.connection is not None
            return "first-sync" if connected and status is not None and not status.completed_full_sync \
                else "getting-started"
        return {"records": "records", "problems": "problems", "approvals": "approvals", "sync_log": "sync-log",
                "reconciliation": "reconciliation"}[page]

    @Slot()
    def show_guide(self) -> None:
        self.guide = open_guide(self.guide_section())

    def _page_slot(self, key: str) -> Callable[[], None]:
        return lambda: self.show_page(key)

    @Slot()
    def _toggle_zoom(self) -> None:
        self.showNormal() if self.isMaximized() else self.showMaximized()

    @Slot()
    def _update_sync_times(self) -> None:
        """The home page's line under the company's name: the last sync, and the next automatic one."""
        status = self._sync_controller.status
        last = status.last_run if status is not None else None
        when = (last.finished_at or last.started_at) if last is not None else None
        self.home.show_sync_times(when, self._sync_controller.next_auto_sync())

    def show_page(self, key: str) -> None:
        self.sidebar.setCurrentRow(PAGES.index(key))

    @Slot(str)
    def show_records(self, type_key: str = "customers") -> None:
        self.show_page("records")
        if self.browser is not None:
            self.browser.show_type(type_key)

    # --- companies ----------------------------------------------------------------------------------

    @Slot()
    def ask_open_company(self) -> None:
        folder = self.state.last_folder() or str(self.paths.companies)
        path = self.chooser.open_company(self, folder)
        if path:
            self.state.set_last_folder(str(Path(path).parent))
            self.open_company(path)

    @Slot()
    def ask_open_shared(self, url: str | None = None) -> None:
        """The "Open shared company…" dialog: a company in a PostgreSQL database, its password in the keychain."""
        from qbdesk.ui.office.shared_company_dialog import SharedCompanyDialog

        dialog = SharedCompanyDialog(lambda target, create: _open(target, create, None), self, url=url)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.opened.connect(self._shared_opened)
        dialog.open()
        self.shared_dialog = dialog

    @Slot(str, object)
    def _shared_opened(self, target: str, result: tuple[Company, CompanySummary]) -> None:
        self._opened(target, False, *result)

    @Slot()
    def ask_new_company(self) -> None:
        from qbdesk.ui.widgets.dialogs import NewCompanyDialog

        self.paths.companies.mkdir(parents=True, exist_ok=True)
        dialog = NewCompanyDialog(self.chooser, self.paths.companies, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.open_company(dialog.path, create=True, name=dialog.company_name))
        dialog.open()
        self.new_company_dialog = dialog

    @Slot()
    def open_practice_company(self) -> None:
        path = self.paths.practice_company
        if path.exists():
            self.open_company(str(path), practice=True)
            return
        name = self.tr("Green Leaf Landscaping (practice company)")
        locale = self.language if self.language in ("en", "fr", "es") else "en"
        self._set_busy(self.tr("Creating the practice company…"))
        op = BackgroundOp(self, lambda ctx: _make_practice(path, name, locale, ctx),
                          label=self.tr("Practice company"), writes=True)
        op.with_progress(self, self.tr("Creating the practice company: a sample business with a few "
                                       "thousand records to try everything safely…"),
                         cancellable=False, delay_ms=200)
        op.success(lambda _none: self.open_company(str(path), practice=True))
        op.failure(self._open_failed)
        self._opening = op.run()

    def open_company(self, target: str, *, create: bool = False, name: str | None = None,
                     practice: bool | None = None) -> None:
        """Open ``target`` in the background; the current company stays open until the new one is ready."""
        if practice is None:
            practice = Path(target).resolve() == self.paths.practice_company.resolve() if "://" not in target \
                else False
        self._set_busy(self.tr("Opening {name}…").format(name=Path(target).name if "://" not in target
                                                         else target))
        if self.company is None:
            self.home.show_loading(Path(target).stem, target, practice)
        op = BackgroundOp(self, lambda _ctx: _open(target, create, name), label="open company", writes=True)
        op.success(lambda result: self._opened(target, practice, *result))
        op.failure(lambda failure: self._open_failed(failure, target))
        self._opening = op.run()

    def _opened(self, target: str, practice: bool, company: Company, summary: CompanySummary) -> None:
        from qbdesk.ui.company.records.view import RecordBrowser

        self._close_company()
        self.company = company
        self.company_target = target
        self.practice = practice
        name = summary.name or Path(target).stem
        self.company_name = name
        suffix = f" ({self.tr('practice company')})" if practice and "practice" not in name.lower() \
            and self.tr("practice company") not in name else ""
        self.setWindowTitle(f"{name}{suffix} — qbdesk")
        self.company_label.setText(name)
        self.company_label.setToolTip(company.display_url)
        self.sync_panel.set_company_name(name)
        browser = RecordBrowser(company)
        browser.edit_requested.connect(self.edit_record)
        self.browser = browser
        self._replace_page("records", browser)
        browser.show_type("customers")
        self.home.show_summary(summary, name, company.display_url.removeprefix("sqlite+pysqlite:///"),
                               practice)
        self.import_action.setEnabled(True)
        self.sync_hub.set_company(company)
        self._sync_controller.set_company(company, self.paths.locks, self.desktop)
        self.watcher.start(company)
        self.sync_settings_action.setEnabled(True)
        if "://" not in target or company.url.password is None:
            self.state.add_recent_company(target)
        self._set_busy(None)
        self.statusBar().showMessage(self.tr("Opened {name}").format(name=name), 5000)
        log.info("opened %s", company.display_url)
        self.company_opened.emit(company.display_url)
        self.summary_shown.emit()

    def _open_failed(self, failure: Failure, target: str | None = None) -> None:
        self._set_busy(None)
        from qbdesk.store import CompanyFileNamedTwice, CompanyNotFoundError, NotACompanyFile

        if target is not None and "://" in target and not target.startswith("sqlite"):
            # A shared company (a recent entry, --company): the dialog says what went wrong in words for
            # people (wrong password, server not answering…) and lets them fix it there.
            self.ask_open_shared(target)
            self.shared_dialog.show_failure(failure.error)
            if self.company is None:
                self.home.show_welcome()
            self.company_failed.emit(failure.info.message)
            return

        if isinstance(failure.error, CompanyNotFoundError):
            message = self.tr("There is no company file there any more. It may have been moved or renamed.")
        elif isinstance(failure.error, NotACompanyFile):
            message = self.tr("That file is not a company file (an empty file or a spreadsheet, for example), and "
                              "it was left as it is. Open a company file, or make a new company; a spreadsheet is "
                              "imported with Company › Import CSV.")
        elif isinstance(failure.error, CompanyFileNamedTwice):
            message = self.tr("This company file has a second name (a hard link), so two programs could change it "
                              "without seeing each other and damage it. It was not opened: copy it to a file of "
                              "its own and open the copy.")
        else:
            message = self.tr("The company could not be opened: {message}").format(message=failure.info.message)
        log.warning("open failed: %s", failure.info.message)
        if self.company is None:
            self.home.show_welcome(message)
        self.statusBar().showMessage(message, 10000)
        self.company_failed.emit(message)

    def _replace_page(self, key: str, widget: QWidget) -> None:
        old = self.page_widgets[key]
        index = self.pages.indexOf(old)
        self.pages.insertWidget(index, widget)
        self.pages.removeWidget(old)
        if old is not self.records_placeholder:
            old.deleteLater()
        else:
            old.hide()
        self.page_widgets[key] = widget
        self._page_changed(self.sidebar.currentRow())

    def _close_company(self) -> None:
        if self.company is None:
            return
        self._replace_page("records", self.records_placeholder)
        self.browser = None
        self.watcher.stop()
        self.sync_hub.set_company(None)
        self._sync_controller.set_company(None)
        self.sync_settings_action.setEnabled(False)
        self.company.close()
        self.company = None
        self.import_action.setEnabled(False)

    def refresh_summary(self) -> None:
        company = self.company
        if company is None:
            return

        def summarize_now(_ctx: TaskContext) -> CompanySummary:
            from qbdesk.store.summary import summarize

            with company.sessions() as session:
                return summarize(session)

        def show(summary: CompanySummary) -> None:
            if self.company is company:
                self.home.show_summary(summary, self.company_name,
                                       company.display_url.removeprefix("sqlite+pysqlite:///"), self.practice)
                self.summary_shown.emit()

        BackgroundOp(self, summarize_now, label="summary").success(show).run()

    # --- records ------------------------------------------------------------------------------------

    @Slot(str, int)
    def edit_record(self, key: str, record_id: int) -> None:
        from qbdesk.ui.company.records.editor import open_editor

        if self.company is None:
            return
        editor = open_editor(self.company, key, record_id, self)
        editor.saved.connect(self._record_saved)
        self.editor = editor

    @Slot(str, int)
    def _record_saved(self, key: str, record_id: int) -> None:
        if self.browser is not None:
            self.browser.refresh_record(key, record_id)
        self.statusBar().showMessage(self.tr("Saved. The change will be sent at the next sync."), 5000)

    @Slot()
    def ask_import_csv(self) -> None:
        from qbdesk.ui.company.csv_dialog import CsvImportDialog

        if self.company is None:
            return
        dialog = CsvImportDialog(self.company, self.chooser, self.state.last_folder(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._csv_imported)
        dialog.open()
        self.csv_dialog = dialog

    @Slot(object)
    def _csv_imported(self, _report: object) -> None:
        if self.browser is not None:
            self.browser.reload_all()
        self.refresh_summary()

    # --- settings and help ----------------------------------------------------------------------------

    @Slot()
    def _language_chosen(self) -> None:
        action = self.sender()
        if not isinstance(action, QAction):
            return
        code = action.data()
        self.state.set_language(code or None)
        self.state.sync()
        name = NATIVE_NAMES.get(code, "") if code else self.tr("the system's language")
        text = self.tr("qbdesk will use {language} the next time it starts.").format(language=name)
        self.statusBar().showMessage(text, 8000)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Language"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.language_notice = box

    @Slot()
    def copy_diagnostics(self) -> None:
        from qbdesk.ui.base.diagnostics import collect

        text = collect(self.paths, language=self.language,
                       company=self.company.display_url if self.company else None)
        QGuiApplication.clipboard().setText(text)
        self.statusBar().showMessage(self.tr("Diagnostics copied to the clipboard."), 5000)

    @Slot()
    def _show_logs(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.logs)))

    @Slot()
    def show_about(self) -> None:
        from qbdesk.ui.widgets.dialogs import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.about_dialog = dialog

    # --- state ----------------------------------------------------------------------------------------

    def _set_busy(self, message: str | None) -> None:
        self.busy.setVisible(message is not None)
        if message:
            self.statusBar().showMessage(message)
        else:
            self.statusBar().clearMessage()

    def _restore_geometry(self) -> None:
        geometry = self.state.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 760)
        state = self.state.window_state()
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.state.set_geometry(self.saveGeometry(), self.saveState())
        self.state.sync()
        self.sync_hub.close()
        self.watcher.stop(wait_s=1.0)
        if self._sync_controller.is_running:
            self.statusBar().showMessage(self.tr("Stopping the sync: it can be resumed next time…"))
        self._sync_controller.shutdown()
        background.wait_for_all(5000)
        self._close_company()
        super().closeEvent(event)
