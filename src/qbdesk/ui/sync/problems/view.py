"""The Problems page: every open sync problem, grouped by category, with the fix next to it.

TaxDome's error list and SingleOps' Unsynced Entities in one page: the list on the
left (grouped, with counts; per row the record, QuickBooks' code and message, when
it was first and last seen, how many attempts), the selected problem explained on
the right with a button per action, and Resync / Skip for many at once.

Everything is read and done off the GUI thread: the list in a background read,
each action through the engine's :class:`~qbdesk.sync.actions.ProblemActions` on
the serial write pool. The list follows the engine live: it reloads when a sync
reports problems or finishes, and polls lightly while it is on screen, redrawing
only when something changed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, QTime, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qbdesk.sync.read_model import ProblemItem, apply_action, read_problems
from qbdesk.ui.base.background import BackgroundOp, Failure
from qbdesk.ui.base.icons import icon
from qbdesk.ui.base.moments import format_compact, format_moment
from qbdesk.ui.company.records.labels import BY_ENTITY
from qbdesk.ui.sync.labels import CATEGORIES, action_label, category_title
from qbdesk.ui.sync.problems.detail import ProblemDetail, problem_message
from qbdesk.ui.widgets.message_bar import MessageBar
from qbdesk.ui.widgets.page_header import PageHeader
from qbdesk.ui.widgets.page_stack import PageStack

if TYPE_CHECKING:
    from qbdesk.sync.actions import ActionResult
    from qbdesk.ui.sync.context import SyncContext
    from qbdesk.ui.sync.problems.picker import CustomerPicker

POLL_MS = 5000
_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = 7
RECORD, CODE, MESSAGE, FIRST, LAST, ATTEMPTS, STATUS = range(COLUMNS)


class ProblemsView(QWidget):
    """The grouped list, the detail pane and the bulk actions.

    Signals:
        loaded(int): the list was (re)read; the number of problems shown.
        action_finished(str): an action (or a bulk action) finished, successfully or not; its name.
        changed(): an action changed problems (the banner and badges should be read again).
        edit_requested(str, int): open this record (record-type key, id) in the editor.
    """

    loaded = Signal(int)
    action_finished = Signal(str)
    changed = Signal()
    edit_requested = Signal(str, int)

    def __init__(self, context: SyncContext, empty: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("problemsView")
        self.items: dict[int, ProblemItem] = {}
        self._signature: tuple[object, ...] | None = None
        self._generation = 0
        self._collapsed: set[str] = set()
        self.busy = False
        self.acting = False
        self.picker: CustomerPicker | None = None
        self._matching: int | None = None

        self.header = PageHeader(self.tr("Sync problems"), spacing=10)
        self.title, self.count_label = self.header.title, self.header.count
        self.show_skipped = QCheckBox(self.tr("Show skipped"))
        self.show_skipped.setObjectName("showSkipped")
        self.show_skipped.setToolTip(self.tr("Also list the problems you chose to skip, to unskip them."))
        self.show_skipped.toggled.connect(self._skipped_toggled)
        self.resync_button = QPushButton(icon("refresh"), self.tr("Resync selected"))
        self.resync_button.setObjectName("bulkResync")
        self.resync_button.clicked.connect(self.resync_selected)
        self.skip_button = QPushButton(self.tr("Skip selected"))
        self.skip_button.setObjectName("bulkSkip")
        self.skip_button.clicked.connect(self.skip_selected)
        for button, key in ((self.resync_button, "Ctrl+Shift+R"), (self.skip_button, "Ctrl+Shift+K")):
            button.setEnabled(False)
            button.setShortcut(QKeySequence(key))  # Ctrl on Windows and Linux, ⌘ on macOS
            button.setToolTip(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText))

        self.tree = QTreeWidget()
        self.tree.setObjectName("problemTree")
        self.tree.setAccessibleName(self.tr("Sync problems"))
        self.tree.setColumnCount(COLUMNS)
        self.tree.setHeaderLabels([self.tr("Record"), self.tr("Code"), self.tr("Message"), self.tr("First seen"),
                                   self.tr("Last seen"), self.tr("Attempts"), self.tr("Status")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setColumnHidden(STATUS, True)
        self.tree.setColumnHidden(CODE, True)  # codes are for support: under Details in the pane, not in the list
        # When it was first seen is in the pane too; the list keeps its room for the message (in French the two
        # date titles alone took 300 px and left the message 46).
        self.tree.setColumnHidden(FIRST, True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        char = self.fontMetrics().averageCharWidth()
        stamp_width = max(self.fontMetrics().horizontalAdvance(text) for text in (  # a date, or a time
            format_compact(datetime(2026, 12, 28, 22, 58, tzinfo=UTC)),
            QLocale().toString(QTime(22, 58), QLocale.FormatType.ShortFormat))) + 16
        for column, width in ((RECORD, 22 * char), (CODE, 6 * char), (FIRST, stamp_width), (LAST, stamp_width),
                              (ATTEMPTS, 0), (STATUS, 8 * char)):
            title = self.tree.headerItem().text(column)
            self.tree.setColumnWidth(column, max(width, self.fontMetrics().horizontalAdvance(title) + 24))
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemExpanded.connect(self._expanded)
        self.tree.itemCollapsed.connect(self._collapsed_group)

        self.detail = ProblemDetail()
        self.detail.action_requested.connect(self.run_action)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("problemSplitter")
        # "Show skipped" filters the list: it sits under it, not in the header, whose buttons already fill a
        # laptop screen's width in French.
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.setSpacing(4)
        listing_layout.addWidget(self.tree, 1)
        listing_layout.addWidget(self.show_skipped)
        self.splitter.addWidget(listing)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.detail.setMinimumWidth(300)
        self.splitter.setSizes([640, 400])

        self.message = MessageBar()
        self.message.action_clicked.connect(self._sync_now)

        top = self.header.row
        top.addWidget(self.resync_button)
        top.addWidget(self.skip_button)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(20, 16, 20, 12)
        content_layout.setSpacing(10)
        content_layout.addLayout(top)
        content_layout.addWidget(self.splitter, 1)
        content_layout.addWidget(self.message)

        self.empty = empty
        self.stack = PageStack()
        self.stack.addWidget(empty)
        self.stack.addWidget(content)
        self.content = content
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)

    # --- live updates -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.poll.start()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        self.poll.stop()
        super().hideEvent(event)

    @Slot()
    def refresh(self) -> None:
        """Read the problems again in the background; the list is redrawn only if something changed."""
        company = self.context.current_company()
        if company is None:
            self._show([])
            return
        if self.busy:
            return
        self._generation += 1
        generation = self._generation
        include_skipped = self.show_skipped.isChecked()
        self.busy = True
        (BackgroundOp(self, lambda _ctx: read_problems(company, include_skipped=include_skipped),
                      label="read problems")
         .success(lambda items: self._arrived(generation, items))
         .failure(lambda failure: self._read_failed(generation, failure))
         .run())

    def reset(self) -> None:
        """Another company was opened (or closed): forget everything shown."""
        self._generation += 1
        self.busy = False
        self._signature = None
        self.message.clear()
        self._show([])
        if self.isVisible():
            self.refresh()

    def _arrived(self, generation: int, items: list[ProblemItem]) -> None:
        self.busy = False
        if generation != self._generation:
            return
        self._show(items)

    def _read_failed(self, generation: int, failure: Failure) -> None:
        self.busy = False
        if generation == self._generation:
            self.count_label.setText(self.tr("The problems could not be read: {message}").format(
                message=failure.info.message))

    @Slot(bool)
    def _skipped_toggled(self, checked: bool) -> None:
        self.tree.setColumnHidden(STATUS, not checked)
        self._signature = None
        self.busy = False
        self.refresh()

    # --- the list -------------------------------------------------------------------------------------

    def _show(self, items: list[ProblemItem]) -> None:
        signature = tuple(i.signature for i in items)
        if signature == self._signature:
            self.loaded.emit(len(items))
            return
        self._signature = signature
        selected = set(self.selected_ids())
        current = self.current_id()
        scroll = self.tree.verticalScrollBar().value()
        self.items = {i.id: i for i in items}
        by_category: dict[str, list[ProblemItem]] = {}
        for item in items:
            category = item.row.category if item.row.category in CATEGORIES else "other"
            by_category.setdefault(category, []).append(item)

        self.tree.blockSignals(True)
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        locale = QLocale()
        current_item: QTreeWidgetItem | None = None
        for category in CATEGORIES:
            members = by_category.get(category)
            if not members:
                continue
            group = QTreeWidgetItem([self.tr("{category} ({count})").format(
                category=category_title(category), count=locale.toString(len(members)))])
            group.setData(0, _CATEGORY_ROLE, category)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)  # only once it is in the tree
            for item in members:
                child = self._row_item(item, locale)
                group.addChild(child)
                if item.id in selected:
                    child.setSelected(True)
                if item.id == current:
                    current_item = child
            group.setExpanded(category not in self._collapsed)
        if current_item is not None:
            self.tree.setCurrentItem(current_item, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.tree.blockSignals(False)
        self.tree.verticalScrollBar().setValue(scroll)

        count = len(items)
        if self.show_skipped.isChecked():
            skipped = sum(1 for i in items if i.row.status == "skipped")
            self.count_label.setText(self.tr("%n problem(s), of which {skipped} skipped", "", count).format(
                skipped=locale.toString(skipped)))
        else:
            self.count_label.setText(self.tr("%n open problem(s)", "", count))
        show_list = bool(items) or self.show_skipped.isChecked()
        self.stack.setCurrentWidget(self.content if show_list else self.empty)
        self._selection_changed()
        self.loaded.emit(count)

    def _row_item(self, item: ProblemItem, locale: QLocale) -> QTreeWidgetItem:
        row = item.row
        message = problem_message(item)
        status = self.tr("Skipped") if row.status == "skipped" else self.tr("Open")
        # QuickBooks' own codes; the engine's reason codes stay in the detail pane (and this tooltip).
        code = row.code if row.code and row.code.isdigit() else ""
        child = QTreeWidgetItem([row.record or "—", code, message, format_compact(row.first_seen, locale),
                                 format_compact(row.last_seen, locale), locale.toString(row.attempts), status])
        child.setToolTip(FIRST, format_moment(row.first_seen, locale))
        child.setToolTip(LAST, format_moment(row.last_seen, locale))
        child.setData(0, _ID_ROLE, row.id)
        child.setToolTip(CODE, row.code or "")
        child.setToolTip(MESSAGE, message)
        child.setToolTip(RECORD, row.record)
        child.setTextAlignment(ATTEMPTS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if row.status == "skipped":
            for column in range(COLUMNS):
                child.setForeground(column, self.palette().placeholderText())
        return child

    def selected_ids(self) -> list[int]:
        return [int(i.data(0, _ID_ROLE)) for i in self.tree.selectedItems() if i.data(0, _ID_ROLE) is not None]

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, _ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def select_problem(self, issue_id: int) -> bool:
        """Select one problem by its id (the tray, the banner, tests)."""
        for group in self._groups():
            for n in range(group.childCount()):
                child = group.child(n)
                if child is not None and child.data(0, _ID_ROLE) == issue_id:
                    self.tree.clearSelection()
                    group.setExpanded(True)
                    self.tree.setCurrentItem(child)
                    child.setSelected(True)
                    self.tree.scrollToItem(child)
                    return True
        return False

    def problem_ids(self) -> list[int]:
        return list(self.items)

    def category_counts(self) -> dict[str, int]:
        return {str(group.data(0, _CATEGORY_ROLE)): group.childCount() for group in self._groups()}

    def _groups(self) -> list[QTreeWidgetItem]:
        tops = (self.tree.topLevelItem(n) for n in range(self.tree.topLevelItemCount()))
        return [top for top in tops if top is not None]

    @Slot()
    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        any_open = any(self.items[i].row.status == "open" for i in ids if i in self.items)
        self.resync_button.setEnabled(any_open and not self.acting)
        self.skip_button.setEnabled(any_open and not self.acting)
        if len(ids) == 1 and ids[0] in self.items:
            item = self.items[ids[0]]
            if self.detail.item is None or self.detail.item.signature != item.signature:
                self.detail.show_item(item)
        elif len(ids) > 1:
            self.detail.show_many(len(ids))
        else:
            self.detail.show_nothing()

    @Slot(QTreeWidgetItem)
    def _expanded(self, item: QTreeWidgetItem) -> None:
        self._collapsed.discard(str(item.data(0, _CATEGORY_ROLE)))

    @Slot(QTreeWidgetItem)
    def _collapsed_group(self, item: QTreeWidgetItem) -> None:
        """Remembered across reloads: a group the user folded stays folded."""
        self._collapsed.add(str(item.data(0, _CATEGORY_ROLE)))

    # --- actions --------------------------------------------------------------------------------------

    @Slot()
    def resync_selected(self) -> None:
        self.run_action("resync")

    @Slot()
    def skip_selected(self) -> None:
        self.run_action("skip")

    @Slot(str)
    def run_action(self, action: str) -> None:
        """Carry out ``action`` on the selected problems (the detail pane's buttons act on the one shown)."""
        shown = self.detail.item
        ids = self.selected_ids() if action in ("resync", "skip") and len(self.selected_ids()) > 1 else \
            ([shown.id] if shown is not None else self.selected_ids())
        ids = [i for i in ids if i in self.items]
        if not ids or self.acting:
            return
        company = self.context.current_company()
        if company is None:
            return
        if action == "edit":
            self._edit(ids[0])
            return
        if action == "choose-refund-account":  # the refund account is a sync setting: open it, resync after
            self.context.choose_refund_account()
            self.action_finished.emit(action)
            return
        client = self.context.qbo_client()
        host = self.context.host_name()
        if action == "match" and client is None and host is not None:
            self.message.show_message(self.tr("Matching searches the customers in QuickBooks, which only the sync "
                                              "host can do: match this customer on {host}, or use Create or Don't "
                                              "sync here.").format(host=host), "error")
            self.action_finished.emit(action)
            return
        from qbdesk.sync.actions import FOR_THE_HOST  # what needs QuickBooks (the rest works offline)

        if action in FOR_THE_HOST and client is None and host is None:
            self.message.show_message(self.tr("Connect to QuickBooks first: “{action}” works in QuickBooks "
                                              "right away.").format(action=action_label(action).rstrip("…")),
                                      "error")
            self.action_finished.emit(action)
            return
        if action == "match":
            assert client is not None
            self._pick_customer(ids[0])
            return
        if action in ("resync", "skip"):
            ids = [i for i in ids if self.items[i].row.status == "open"] or ids
        self._apply(ids, action, None)

    def _apply(self, ids: list[int], action: str, arg: str | None) -> None:
        company = self.context.current_company()
        if company is None:
            return
        client = self.context.qbo_client()
        office = self.context.office()

        def work(_ctx: object) -> tuple[list[ActionResult], list[str]]:
            from qbdesk.sync.actions import ActionError

            done: list[ActionResult] = []
            errors: list[str] = []
            for issue_id in ids:
                try:
                    done.append(apply_action(company, client, issue_id, action, arg, office=office))
                except ActionError as exc:
                    errors.append(str(exc))
            return done, errors

        self._set_acting(True)
        (BackgroundOp(self, work, label=f"problem action {action}", writes=True)
         .success(lambda outcome: self._applied(action, *outcome))
         .failure(lambda failure: self._apply_failed(action, failure))
         .run())

    def _set_acting(self, acting: bool) -> None:
        """While an action runs, its buttons (and the bulk ones) wait: no double clicks, no crossed actions."""
        self.acting = acting
        self.detail.actions_host.setEnabled(not acting)
        self._selection_changed()

    def _applied(self, action: str, done: list[ActionResult], errors: list[str]) -> None:
        self._set_acting(False)
        if errors and not done:
            self.message.show_message(self.tr("“{action}” did not work: {message}").format(
                action=action_label(action).rstrip("…"), message=errors[0]), "error")
        else:
            text = self._result_text(action, done)
            if errors:
                text += " " + self.tr("%n could not be changed: {message}", "", len(errors)).format(
                    message=errors[0])
            needs_sync = any(r.needs_sync for r in done)
            offer = self.tr("Sync now") if needs_sync and self.context.can_sync_now() else None
            self.message.show_message(text, "error" if errors else "success", offer)
        self._signature = None
        self.busy = False
        self.refresh()
        self.changed.emit()
        self.action_finished.emit(action)

    def _apply_failed(self, action: str, failure: Failure) -> None:
        self._set_acting(False)
        self.message.show_message(self.tr("“{action}” did not work: {message}").format(
            action=action_label(action).rstrip("…"), message=failure.info.message), "error")
        self.action_finished.emit(action)

    def _result_text(self, action: str, done: list[ActionResult]) -> str:
        n = len(done)
        if done and all(r.status == "queued" for r in done):
            host = self.context.host_name()
            if host is None:  # this desktop is the host and a sync is running
                return self.tr("A sync is running: this is carried out at the start of the next one.")
            return self.tr("Sent to {host}, the sync host: it is carried out at its next sync.").format(host=host)
        if action == "resync":
            return self.tr("%n problem(s) queued: sent again at the next sync.", "", n)
        if action == "skip":
            return self.tr("%n problem(s) skipped: no more retries or notifications for them.", "", n)
        if action == "unskip":
            return self.tr("%n problem(s) no longer skipped.", "", n)
        if action == "bypass":
            found = all("no matching" not in r.message for r in done)
            return self.tr("Marked Bypassed and linked to the payment found in QuickBooks; it is never sent.") \
                if found else self.tr("Marked Bypassed (no matching payment was found in QuickBooks); it is "
                                      "never sent.")
        if action == "clear-id":
            return self.tr("The link is cleared: the next sync creates the record in QuickBooks again.")
        if action == "delete":
            return self.tr("The service was deleted here.")
        if action == "match":
            return self.tr("Linked to the QuickBooks customer you picked.")
        if action == "create":
            return self.tr("The customer was created in QuickBooks and linked.")
        if action == "dont-sync":
            return self.tr("This customer is left out of the sync; its invoices and payments wait too.")
        if action == "keep-here":
            return self.tr("This app's version is sent to QuickBooks at the next sync.")
        if action == "keep-qbo":
            return self.tr("QuickBooks' version is now the one here.")
        if action == "move-back":
            return self.tr("The invoice goes back to its customer in QuickBooks at the next sync.")
        if action == "accept":
            return self.tr("QuickBooks' change is now made here too.")
        return self.tr("Done.")

    @Slot()
    def _sync_now(self) -> None:
        self.message.clear()
        self.context.sync_now()

    def _edit(self, issue_id: int) -> None:
        row = self.items[issue_id].row
        label = BY_ENTITY.get(row.entity)
        if label is None or row.local_id is None:
            return
        self.edit_requested.emit(label.key, row.local_id)

    def _pick_customer(self, issue_id: int) -> None:
        from qbdesk.ui.sync.problems.picker import CustomerPicker

        client = self.context.qbo_client()
        if client is None:
            return
        picker = CustomerPicker(client, self.items[issue_id].row.record, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._matching = issue_id
        picker.chosen.connect(self._customer_chosen)
        picker.finished.connect(self._picker_closed)
        picker.open()
        picker.run_search()
        self.picker = picker

    @Slot(str, str)
    def _customer_chosen(self, qbo_id: str, _name: str) -> None:
        if self._matching is not None:
            self._apply([self._matching], "match", qbo_id)

    @Slot()
    def _picker_closed(self) -> None:
        self.picker = None
        self._matching = None
