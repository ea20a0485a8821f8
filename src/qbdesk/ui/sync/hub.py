"""Ties the sync screens to the window: pages, banner, badges, tray, and when each is read again.

The window owns the connection and the sync controller (the connect/first-sync
part of the UI); this hub owns what the user sees of the sync's *results*: the
Problems, Approvals and Sync log pages, the banner across the top, the counts on
the sidebar and the tray notice. It is the views' :class:`~qbdesk.ui.sync.context.SyncContext`.

What is read when (always in background operations, never on the GUI thread):

* the counts (open problems per category, changes waiting for approval) when a
  company opens, after every action, when the engine reports a problem
  (``problemsChanged``) or finishes (``syncFinished``), and every 30 s — cheap
  enough to catch what ``qbdesk resolve`` or another desktop changed;
* a page's list when it is shown, after a sync, and (Problems) every few seconds
  while on screen.

The pages' views are built when the first company opens, so the window's
start-up does not import the store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QDialog, QListWidget, QMainWindow, QStackedWidget, QWidget

from qbdesk.ui.base.background import BackgroundOp, Failure
from qbdesk.ui.base.logs import logger
from qbdesk.ui.sync.banner import ProblemBanner
from qbdesk.ui.sync.tray import TrayNotifier
from qbdesk.ui.widgets.badges import APPROVAL_COLOR, PROBLEM_COLOR, BadgeDelegate, set_badge

if TYPE_CHECKING:
    from qbdesk.qbo.client import QboClient
    from qbdesk.store import Company
    from qbdesk.sync.office import Office
    from qbdesk.sync.read_model import SyncCounts
    from qbdesk.ui.reconcile.view import ReconcileView
    from qbdesk.ui.sync.approvals_view import ApprovalsView
    from qbdesk.ui.sync.log_view import SyncLogView
    from qbdesk.ui.sync.problems.view import ProblemsView
    from qbdesk.ui.sync.settings_dialog import SyncSettingsDialog

log = logger("ui")

COUNTS_POLL_MS: Final = 30_000
SYNC_PAGES: Final = ("problems", "approvals", "sync_log", "reconciliation")

# What a change notice from another desktop touches (qbdesk.store.notify names the tables written).
OFFICE_TABLES: Final = ("sync_host", "sync_lock", "sync_runs", "pending_actions", "settings", "sync_journal")
# Every synced record type's table (written out: the window starts without importing the store; a test checks it
# against the registry).
RECORD_TABLES: Final = ("accounts", "payment_methods", "terms", "tax_codes", "classes", "locations", "items",
                        "customers", "vendors", "estimates", "invoices", "credit_memos", "payments", "sales_receipts",
                        "refund_receipts", "deposits", "expenses", "bills", "vendor_credits", "bill_payments",
                        "purchase_orders", "transfers", "journal_entries")
_VIEW_TABLES: Final = {"problems": ("sync_issues", "sync_links"), "approvals": ("approval_queue", "settings"),
                       "sync_log": ("sync_journal", "sync_runs", "sync_issues")}


class PageHost(QStackedWidget):
    """A sidebar page: its empty state until the first company opens, then the real view."""

    def __init__(self, empty: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = empty
        self.addWidget(empty)

    def set_view(self, view: QWidget) -> None:
        self.addWidget(view)
        self.setCurrentWidget(view)


class SyncHub(QObject):
    """The sync screens of one window.

    Signals:
        counts_changed(object): new :class:`~qbdesk.sync.read_model.SyncCounts` were read.
        tray_notified(int): the tray told the user about this many new problems.
        settings_saved(object): the Sync settings dialog saved :class:`~qbdesk.sync.read_model.SyncPreferences`.
    """

    counts_changed = Signal(object)
    tray_notified = Signal(int)
    settings_saved = Signal(object)

    def __init__(self, window: QMainWindow, sidebar: QListWidget, pages: tuple[str, ...],
                 empties: dict[str, QWidget]) -> None:
        super().__init__(window)
        self.window = window
        self.sidebar = sidebar
        self.page_keys = pages
        self.pages = {key: PageHost(empties[key]) for key in SYNC_PAGES}
        self.problems_view: ProblemsView | None = None
        self.approvals_view: ApprovalsView | None = None
        self.log_view: SyncLogView | None = None
        self.reconcile_view: ReconcileView | None = None
        self.settings_dialog: SyncSettingsDialog | None = None
        self.undo_dialog: QDialog | None = None
        self.counts: SyncCounts | None = None
        self.notify_when_active = False  # the banner already tells someone looking at the window
        self._company: Company | None = None
        self._generation = 0
        self._ids_before_sync: frozenset[int] | None = None
        self._known_ids: frozenset[int] = frozenset()

        self.banner = ProblemBanner()
        self.banner.review_requested.connect(self.review_problems)
        self.tray = TrayNotifier(self)
        self.tray.review_requested.connect(self._from_tray)
        self.sidebar.setItemDelegate(BadgeDelegate(self.sidebar))

        self.poll = QTimer(self)
        self.poll.setInterval(COUNTS_POLL_MS)
        self.poll.timeout.connect(self.refresh_counts)

        for name, slot in (("problemsChanged", self._problems_changed), ("syncStarted", self._sync_started),
                           ("syncFinished", self._sync_finished), ("connectionChanged", self._connection_changed)):
            signal = getattr(window, name, None)
            if signal is not None:
                signal.connect(slot)

    # --- SyncContext ------------------------------------------------------------------------------------

    def current_company(self) -> Company | None:
        return self._company

    def qbo_client(self) -> QboClient | None:
        connection = getattr(self.window, "connection", None)
        return connection.client if connection is not None else None

    def office(self) -> Office | None:
        """This desktop's office-mode view of the company: problem actions and approvals that need QuickBooks
        are sent to the sync host when this desktop is not it."""
        company = self._company
        desktop = getattr(self._controller(), "desktop", None)
        if company is None or desktop is None:
            return None
        from qbdesk.sync.office import Office

        return Office(company, desktop)

    def host_name(self) -> str | None:
        """The sync host's name when it is another desktop (requests go there); None on the host itself."""
        controller = self._controller()
        office = getattr(controller, "office", None)
        if office is None or office.is_host or office.host is None:
            return None
        return str(office.host.desktop_name)

    def _controller(self) -> Any:
        return getattr(self.window, "sync_controller", None)

    def can_sync_now(self) -> bool:
        controller = self._controller()
        return (controller is not None and self.qbo_client() is not None
                and not bool(getattr(controller, "is_running", False)))

    def sync_now(self) -> None:
        controller = self._controller()
        if controller is not None and self.can_sync_now():
            controller.start()

    @Slot()
    def open_sync_settings(self) -> None:
        from qbdesk.ui.sync.settings_dialog import open_sync_settings

        if self._company is None:
            return
        dialog = open_sync_settings(self._company, self.window)
        dialog.saved.connect(self._settings_saved)
        self.settings_dialog = dialog

    def choose_refund_account(self) -> None:
        opener = getattr(self.window, "open_first_sync_wizard", None)
        if opener is not None:
            opener(start_at="refund")

    @Slot(object)
    def _settings_saved(self, prefs: Any) -> None:
        controller = self._controller()
        set_interval = getattr(controller, "set_interval", None)
        if callable(set_interval):
            set_interval(prefs.interval_minutes)
        if self.approvals_view is not None:
            self.approvals_view.refresh()
        self.settings_saved.emit(prefs)

    # --- the company --------------------------------------------------------------------------------------

    def set_company(self, company: Company | None) -> None:
        """A company opened (or the open one closed): start over."""
        self._company = company
        self._generation += 1
        self._known_ids = frozenset()
        self._ids_before_sync = None
        if company is not None and self.problems_view is None:
            self._build_views()
        for view in (self.problems_view, self.approvals_view, self.log_view, self.reconcile_view):
            if view is not None:
                view.reset()
        if company is None:
            self.poll.stop()
            self._show_counts(None)
            return
        self.poll.start()
        self.refresh_counts()

    def _build_views(self) -> None:
        from qbdesk.ui.reconcile.view import ReconcileView
        from qbdesk.ui.sync.approvals_view import ApprovalsView
        from qbdesk.ui.sync.log_view import SyncLogView
        from qbdesk.ui.sync.problems.view import ProblemsView

        problems = ProblemsView(self, self.pages["problems"].empty)
        problems.changed.connect(self.refresh_counts)
        problems.edit_requested.connect(self._edit)
        approvals = ApprovalsView(self, self.pages["approvals"].empty)
        approvals.changed.connect(self._approvals_changed)
        approvals.review_problems.connect(self.review_problems)
        sync_log = SyncLogView(self, self.pages["sync_log"].empty)
        sync_log.edit_requested.connect(self._edit)
        sync_log.undo_requested.connect(self.undo_run)
        self.pages["problems"].set_view(problems)
        self.pages["approvals"].set_view(approvals)
        self.pages["sync_log"].set_view(sync_log)
        reconciliation = ReconcileView(self, self.pages["reconciliation"].empty)
        reconciliation.edit_requested.connect(self._edit)
        self.pages["reconciliation"].set_view(reconciliation)
        self.problems_view, self.approvals_view, self.log_view = problems, approvals, sync_log
        self.reconcile_view = reconciliation

    @Slot(str, int)
    def _edit(self, key: str, record_id: int) -> None:
        edit = getattr(self.window, "edit_record", None)
        if callable(edit):
            edit(key, record_id)

    # --- counts ----------------------------------------------------------------------------------------

    @Slot()
    def refresh_counts(self, after_sync: bool = False) -> None:
        company = self._company
        if company is None:
            return
        generation = self._generation

        def read(_ctx: object) -> SyncCounts:
            from qbdesk.sync.read_model import read_counts

            return read_counts(company)

        (BackgroundOp(self, read, label="sync counts")
         .success(lambda counts: self._counts_arrived(generation, counts, after_sync))
         .failure(lambda failure: self._counts_failed(generation, failure))
         .run())

    def _counts_arrived(self, generation: int, counts: SyncCounts, after_sync: bool) -> None:
        if generation != self._generation:
            return
        if after_sync or counts.open_ids != self._known_ids:
            browser = getattr(self.window, "browser", None)
            refresh = getattr(browser, "refresh_sync_states", None)
            if callable(refresh):
                refresh()  # the records' Sync column
        self._show_counts(counts)
        if after_sync:
            before = self._ids_before_sync if self._ids_before_sync is not None else self._known_ids
            new = len(counts.open_ids - before)
            self._ids_before_sync = None
            if new and (self.notify_when_active or not self.window.isActiveWindow()) \
                    and self.tray.notify_new(new, counts.problems):
                self.tray_notified.emit(new)
        self._known_ids = counts.open_ids

    def _counts_failed(self, generation: int, failure: Failure) -> None:
        if generation == self._generation:
            log.warning("sync counts could not be read: %s", failure.info.message)

    def _show_counts(self, counts: SyncCounts | None) -> None:
        self.counts = counts
        problems = counts.problems if counts is not None else {}
        total = counts.total_problems if counts is not None else 0
        approvals = counts.approvals if counts is not None else 0
        self.banner.set_counts(problems)
        self.tray.show_counts(problems)
        item = self.sidebar.item(self.page_keys.index("problems"))
        if item is not None:
            set_badge(item, total, PROBLEM_COLOR, self.tr("Problems: %n open", "", total))
        item = self.sidebar.item(self.page_keys.index("approvals"))
        if item is not None:
            set_badge(item, approvals, APPROVAL_COLOR, self.tr("Approvals: %n waiting", "", approvals))
        self.sidebar.viewport().update()
        if counts is not None:
            self.counts_changed.emit(counts)

    # --- the engine's news ---------------------------------------------------------------------------------

    @Slot()
    def _problems_changed(self) -> None:
        self.refresh_counts()
        if self.problems_view is not None and self.problems_view.isVisible():
            self.problems_view.refresh()

    @Slot()
    def _sync_started(self) -> None:
        self._ids_before_sync = self._known_ids

    @Slot(object)
    def _sync_finished(self, _summary: object) -> None:
        self.refresh_counts(after_sync=True)
        for view in (self.problems_view, self.approvals_view, self.log_view):
            if view is not None and view.isVisible():
                view.refresh()

    def changed_elsewhere(self, tables: frozenset[str]) -> None:
        """Another desktop or process changed the company (empty ``tables``: anything may have changed)."""
        if self._company is None:
            return
        if not tables or not tables.isdisjoint(("sync_issues", "approval_queue", "pending_actions")):
            self.refresh_counts()
        views = {"problems": self.problems_view, "approvals": self.approvals_view, "sync_log": self.log_view}
        for key, view in views.items():
            if view is not None and view.isVisible() and (not tables or not tables.isdisjoint(_VIEW_TABLES[key])):
                view.refresh()

    @Slot()
    def _connection_changed(self) -> None:
        if self.problems_view is not None and self.problems_view.isVisible():
            self.problems_view.refresh()

    @Slot()
    def _approvals_changed(self) -> None:
        self.refresh_counts()
        if self.log_view is not None and self.log_view.isVisible():
            self.log_view.refresh()

    # --- undoing a run -----------------------------------------------------------------------------------------

    @Slot(str)
    def undo_run(self, run_id: str | None, *, resume: bool = False) -> None:
        """Sync log ▸ Undo this run…: the undo plan first, then the undo in the background."""
        from qbdesk.ui.reconcile.undo_dialog import UndoDialog

        controller = self._controller()
        if controller is None or self._company is None:
            return
        dialog = UndoDialog(controller, run_id, self.window, resume=resume)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.problems_requested.connect(self.review_problems)
        dialog.open()
        self.undo_dialog = dialog

    # --- navigation -----------------------------------------------------------------------------------------

    def show_reconciliation(self, *, run: bool = True) -> None:
        """The Reconciliation page, comparing again (after every first sync, and on demand)."""
        show_page = getattr(self.window, "show_page", None)
        if callable(show_page):
            show_page("reconciliation")
        if run and self.reconcile_view is not None:
            self.reconcile_view.run()

    @Slot()
    def review_problems(self) -> None:
        show_page = getattr(self.window, "show_page", None)
        if callable(show_page):
            show_page("problems")

    @Slot()
    def _from_tray(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        self.review_problems()

    def close(self) -> None:
        self.poll.stop()
        self.tray.close()
