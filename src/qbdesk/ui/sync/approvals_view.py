"""The Approvals page (SingleOps' Sync Wizard): review detected changes before they sync.

With "Review changes before they sync" on, a sync only detects changes; they wait
here in two sections — Import from QuickBooks and Export to QuickBooks — every
item checked by default. "Approve checked" carries the checked ones out now; the
choice next to it is one rule for every unchecked item: keep them (they show
again next time) or clear them (dropped until the record changes again).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qbdesk.sync.read_model import ApprovalRow, approve_checked, read_approvals
from qbdesk.ui.base.background import BackgroundOp, Failure
from qbdesk.ui.base.icons import icon
from qbdesk.ui.base.moments import format_moment
from qbdesk.ui.base.palette import tones
from qbdesk.ui.sync.labels import change_label, entity_label
from qbdesk.ui.widgets.message_bar import MessageBar
from qbdesk.ui.widgets.page_header import PageHeader
from qbdesk.ui.widgets.page_stack import PageStack

if TYPE_CHECKING:
    from qbdesk.sync.approvals import ApprovalResult
    from qbdesk.ui.sync.context import SyncContext

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_SECTION_ROLE = Qt.ItemDataRole.UserRole + 2
SECTIONS = ("import", "export")
KEEP, CLEAR = 0, 1


class ApprovalsView(QWidget):
    """The two sections, the Approve checked button and the keep/clear rule.

    Signals:
        loaded(int): the queue was read; the number of changes waiting.
        approved(object): an approval finished (the engine's ApprovalResult).
        changed(): the queue (and maybe problems) changed: counts should be read again.
        review_problems(): the user asked to see the problems an approval ran into.
    """

    loaded = Signal(int)
    approved = Signal(object)
    changed = Signal()
    review_problems = Signal()

    def __init__(self, context: SyncContext, empty: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("approvalsView")
        self.rows: dict[int, ApprovalRow] = {}
        self.unchecked: set[int] = set()
        self.review_on = False
        self.busy = False
        self.approving = False
        self._generation = 0

        self.header = PageHeader(self.tr("Changes waiting for approval"))
        self.title, self.count_label = self.header.title, self.header.count
        self.settings_button = QPushButton(self.tr("Sync settings…"))
        self.settings_button.setObjectName("approvalSettings")
        self.settings_button.clicked.connect(self._open_settings)

        self.note = QLabel()
        self.note.setObjectName("approvalNote")
        self.note.setWordWrap(True)
        info = tones().info
        self.note.setStyleSheet(f"QLabel#approvalNote {{ background: {info.background}; border: 1px solid "
                                f"{info.border}; color: {info.text}; border-radius: 4px; padding: 6px 8px; }}")

        self.tree = QTreeWidget()
        self.tree.setObjectName("approvalTree")
        self.tree.setAccessibleName(self.tr("Changes waiting for approval"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Record"), self.tr("Type"), self.tr("Change"), self.tr("Detected")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        widths = {1: 18 * metrics.averageCharWidth(),
                  2: max(metrics.horizontalAdvance(self._change_words(c, d)) for c in ("create", "update", "delete",
                                                                                        "deactivate")
                         for d in SECTIONS) + 20,
                  3: metrics.horizontalAdvance(format_moment(datetime(2026, 12, 28, 22, 58, tzinfo=UTC))) + 20}
        for column, width in widths.items():
            title = self.tree.headerItem().text(column)
            self.tree.setColumnWidth(column, max(width, metrics.horizontalAdvance(title) + 24))
        self.tree.itemChanged.connect(self._item_changed)

        self.approve_button = QPushButton(icon("approvals"), self.tr("Approve checked"))
        self.approve_button.setObjectName("approveChecked")
        self.approve_button.clicked.connect(self.approve)
        self.rule = QComboBox()
        self.rule.setObjectName("uncheckedRule")
        self.rule.addItem(self.tr("Keep unchecked"))
        self.rule.addItem(self.tr("Clear unchecked"))
        self.rule.setAccessibleName(self.tr("What happens to unchecked changes"))
        self.rule.currentIndexChanged.connect(self._rule_changed)
        self.rule_help = QLabel()
        self.rule_help.setObjectName("ruleHelp")
        self.rule_help.setWordWrap(True)
        self._rule_changed(KEEP)

        self.message = MessageBar()
        self.message.action_clicked.connect(self._message_action)
        self._message_goes_to = ""

        top = self.header.row
        top.addWidget(self.settings_button)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        bottom.addWidget(self.approve_button)
        bottom.addWidget(self.rule)
        bottom.addWidget(self.rule_help, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        self.content = content

        self.empty = empty
        self.empty_note = QLabel()
        self.empty_note.setObjectName("approvalEmptyNote")
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_settings = QPushButton(self.tr("Sync settings…"))
        self.empty_settings.setObjectName("emptySyncSettings")
        self.empty_settings.clicked.connect(self._open_settings)
        empty_host = QWidget()
        empty_layout = QVBoxLayout(empty_host)
        empty_layout.setContentsMargins(0, 0, 0, 24)
        empty_layout.addWidget(empty, 1)
        note_row = QHBoxLayout()
        note_row.addStretch(1)
        note_row.addWidget(self.empty_note, 3)
        note_row.addStretch(1)
        empty_layout.addLayout(note_row)
        empty_layout.addWidget(self.empty_settings, 0, Qt.AlignmentFlag.AlignHCenter)
        self.empty_host = empty_host

        self.stack = PageStack()
        self.stack.addWidget(empty_host)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._show([], False)

    @Slot()
    def _open_settings(self) -> None:
        self.context.open_sync_settings()

    # --- reading ------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        company = self.context.current_company()
        if company is None:
            self._show([], False)
            return
        self._generation += 1
        generation = self._generation
        self.busy = True
        (BackgroundOp(self, lambda _ctx: read_approvals(company), label="read approvals")
         .success(lambda result: self._arrived(generation, *result))
         .failure(lambda failure: self._read_failed(generation, failure))
         .run())

    def reset(self) -> None:
        self._generation += 1
        self.busy = False
        self.unchecked.clear()
        self.message.clear()
        self._show([], False)
        if self.isVisible():
            self.refresh()

    def _arrived(self, generation: int, rows: list[ApprovalRow], review_on: bool) -> None:
        if generation != self._generation:
            return
        self.busy = False
        self._show(rows, review_on)

    def _read_failed(self, generation: int, failure: Failure) -> None:
        if generation == self._generation:
            self.busy = False
            self.count_label.setText(self.tr("The changes could not be read: {message}").format(
                message=failure.info.message))

    def _show(self, rows: list[ApprovalRow], review_on: bool) -> None:
        self.review_on = review_on
        self.rows = {r.id: r for r in rows}
        self.unchecked &= set(self.rows)
        locale = QLocale()
        self.tree.blockSignals(True)
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for section in SECTIONS:
            members = [r for r in rows if r.direction == section]
            title = self.tr("Import from QuickBooks") if section == "import" else self.tr("Export to QuickBooks")
            group = QTreeWidgetItem([self.tr("{section} ({count})").format(section=title,
                                                                          count=locale.toString(len(members)))])
            group.setData(0, _SECTION_ROLE, section)
            group.setFont(0, bold)
            group.setToolTip(0, self.tr("What is trying to sync from QuickBooks into this company.")
                             if section == "import" else
                             self.tr("What is trying to sync from this company into QuickBooks."))
            group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                           | Qt.ItemFlag.ItemIsAutoTristate)
            group.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(group)
            for row in members:
                child = QTreeWidgetItem([row.summary or "—", entity_label(row.entity), self._change_text(row),
                                         format_moment(row.detected_at, locale)])
                child.setData(0, _ID_ROLE, row.id)
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Unchecked if row.id in self.unchecked
                                    else Qt.CheckState.Checked)
                child.setToolTip(0, row.summary)
                group.addChild(child)
            if not members:
                group.setCheckState(0, Qt.CheckState.Unchecked)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setExpanded(True)
        self.tree.blockSignals(False)
        count = len(rows)
        self.count_label.setText(self.tr("%n change(s) waiting", "", count))
        if review_on:
            self.note.setText(self.tr("Syncs wait for you: nothing below is sent or received until you approve "
                                      "it."))
            self.empty_note.setText("")
        else:
            self.note.setText(self.tr("Changes sync without review. Turn on “Review changes before they sync” "
                                      "in Sync settings to approve them here first."))
            self.empty_note.setText(self.tr("Changes sync without review now. Turn on “Review changes before "
                                            "they sync” in Sync settings to approve them here first."))
        self.empty_note.setVisible(not review_on)
        self.empty_settings.setVisible(not review_on)
        self.stack.setCurrentWidget(self.content if rows else self.empty_host)
        self._update_buttons()
        self.loaded.emit(count)

    def _change_text(self, row: ApprovalRow) -> str:
        return self._change_words(row.change, row.direction)

    def _change_words(self, change: str, direction: str) -> str:
        where = self.tr("here") if direction == "import" else self.tr("in QuickBooks")
        return self.tr("{change} {where}").format(change=change_label(change), where=where)

    # --- checking -----------------------------------------------------------------------------------

    @Slot(QTreeWidgetItem, int)
    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0:
            return
        issue = item.data(0, _ID_ROLE)
        if issue is not None:
            if item.checkState(0) == Qt.CheckState.Checked:
                self.unchecked.discard(int(issue))
            else:
                self.unchecked.add(int(issue))
        else:  # a section's box: Qt's auto-tristate has ticked its children already
            for n in range(item.childCount()):
                child = item.child(n)
                if child is None:
                    continue
                value = child.data(0, _ID_ROLE)
                if value is not None and child.checkState(0) == Qt.CheckState.Checked:
                    self.unchecked.discard(int(value))
                elif value is not None:
                    self.unchecked.add(int(value))
        self._update_buttons()

    def checked_ids(self) -> list[int]:
        return [i for i in self.rows if i not in self.unchecked]

    def set_checked(self, approval_id: int, checked: bool) -> None:
        """Tick or untick one change, as a click on its box would (tests, keyboard)."""
        for n in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(n)
            for m in range(group.childCount() if group is not None else 0):
                child = group.child(m) if group is not None else None
                if child is not None and child.data(0, _ID_ROLE) == approval_id:
                    child.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                    return

    @Slot(int)
    def _rule_changed(self, index: int) -> None:
        self.rule_help.setText(self.tr("Unchecked changes show again next time.") if index == KEEP else
                               self.tr("Unchecked changes are dropped until the record changes again."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        checked = len(self.checked_ids())
        clearing = self.rule.currentIndex() == CLEAR and len(self.unchecked) > 0
        self.approve_button.setEnabled(not self.approving and bool(self.rows) and (checked > 0 or clearing))

    # --- approving ----------------------------------------------------------------------------------

    @Slot()
    def approve(self) -> None:
        company = self.context.current_company()
        if company is None or self.approving or not self.rows:
            return
        client = self.context.qbo_client()
        office = self.context.office()
        if client is None and self.context.host_name() is None:
            self._message_goes_to = ""
            self.message.show_message(self.tr("Connect to QuickBooks first: approved changes are sent and "
                                              "received right away."), "error")
            return
        checked, shown = self.checked_ids(), list(self.rows)
        clear = self.rule.currentIndex() == CLEAR
        self.approving = True
        self._update_buttons()
        self.approve_button.setText(self.tr("Approving…"))
        (BackgroundOp(self, lambda _ctx: approve_checked(company, client, checked, clear_unchecked=clear,
                                                         shown=shown, office=office),
                      label="approve changes", writes=True)
         .success(self._approved)
         .failure(self._approve_failed)
         .run())

    def _done_approving(self) -> None:
        self.approving = False
        self.approve_button.setText(self.tr("Approve checked"))
        self._update_buttons()

    def _approved(self, result: ApprovalResult) -> None:
        self._done_approving()
        action = None
        self._message_goes_to = ""
        if result.request_id is not None:  # sent to the sync host (or to the next sync here): nothing done yet
            host = self.context.host_name()
            parts = [self.tr("Sent to {host}, the sync host: the checked changes are approved at its next sync, "
                             "and they leave this list then.").format(host=host) if host is not None else
                     self.tr("A sync is running: the checked changes are approved at the start of the next one.")]
        else:
            parts = [self.tr("%n change(s) approved and synced.", "", result.approved)]
            if result.kept:
                parts.append(self.tr("%n unchecked change(s) kept for next time.", "", result.kept))
            if result.cleared:
                parts.append(self.tr("%n unchecked change(s) cleared.", "", result.cleared))
            if result.problems:
                parts.append(self.tr("%n could not sync: see Problems.", "", result.problems))
                action = self.tr("Review problems")
                self._message_goes_to = "problems"
        self.message.show_message(" ".join(parts), "error" if result.problems else "success", action)
        self.unchecked.clear()
        self.refresh()
        self.approved.emit(result)
        self.changed.emit()

    def _approve_failed(self, failure: Failure) -> None:
        self._done_approving()
        self._message_goes_to = ""
        self.message.show_message(self.tr("The changes could not be approved: {message}").format(
            message=failure.info.message), "error")
        self.refresh()

    @Slot()
    def _message_action(self) -> None:
        if self._message_goes_to == "problems":
            self.review_problems.emit()
        self.message.clear()
