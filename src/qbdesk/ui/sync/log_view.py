"""The Sync log page (SingleOps' Quickbooks Sync Report): pending, successful and failed syncs over time.

Every write the engine makes is journaled before it is sent and completed after
(``sync_journal``, one row per record per run); this page lists them newest first
with the run they belong to, plus approved changes still waiting for a sync. It
filters by status (the three sections as tabs), record type and date range,
searches, and exports what it shows to CSV. Rows are read 200 at a time as the
table scrolls, in the background, so a log of a 100,000-record first sync opens
as fast as a short one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qbdesk.sync.read_model import (
    LogFilter,
    LogRow,
    count_log,
    export_log,
    log_entities,
    log_totals,
    read_log_page,
)
from qbdesk.sync.words import LOG_STATUSES
from qbdesk.ui.base.background import BackgroundOp, Failure, TaskContext
from qbdesk.ui.base.icons import icon
from qbdesk.ui.base.logs import logger
from qbdesk.ui.base.moments import date_format, format_moment
from qbdesk.ui.base.palette import tones
from qbdesk.ui.company.records.labels import BY_ENTITY
from qbdesk.ui.sync.labels import (
    entity_label,
    log_status_label,
    operation_label,
    run_kind_label,
)
from qbdesk.ui.widgets.message_bar import MessageBar
from qbdesk.ui.widgets.page_header import PageHeader
from qbdesk.ui.widgets.page_stack import PageStack

if TYPE_CHECKING:
    from qbdesk.store import Company
    from qbdesk.ui.sync.context import SyncContext

log = logger("ui")

PAGE: Final = 200
OPERATIONS: Final = ("create_in_qbo", "update_in_qbo", "delete_in_qbo", "deactivate_in_qbo", "create_here",
                     "update_here", "delete_here", "link", "deleted_in_qbo", "approved", "restore_in_qbo",
                     "restore_here", "unlink")
SEARCH_DELAY_MS = 300
NO_DATE: Final = QDate(2000, 1, 1)
_STATUS_ROLES: Final = {"failed": "error", "pending": "warning", "skipped": "muted"}
_Index = QModelIndex | QPersistentModelIndex
_HTTP_PREFIX = re.compile(r"^HTTP \d+ · ")


def _headers() -> list[str]:
    return [QCoreApplication.translate("SyncLogModel", "When"),
            QCoreApplication.translate("SyncLogModel", "Status"),
            QCoreApplication.translate("SyncLogModel", "What happened"),
            QCoreApplication.translate("SyncLogModel", "Type"),
            QCoreApplication.translate("SyncLogModel", "Record"),
            QCoreApplication.translate("SyncLogModel", "QuickBooks Id"),
            QCoreApplication.translate("SyncLogModel", "Error"),
            QCoreApplication.translate("SyncLogModel", "Sync")]


class SyncLogModel(QAbstractTableModel):
    """The filtered log, fetched a page at a time as the view scrolls.

    Signals:
        loaded(int): the total number of entries matching the filter is known.
        page_loaded(int): a page arrived; the number of rows now loaded.
        load_failed(str): reading failed; the message (the details are in the log).
    """

    loaded = Signal(int)
    page_loaded = Signal(int)
    load_failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.company: Company | None = None
        self.filter = LogFilter()
        self.rows: list[LogRow] = []
        self.total = 0
        self._journal_loaded = 0
        self._generation = 0
        self.fetching = False
        self.counting = False
        self._locale = QLocale()

    def set_source(self, company: Company | None, flt: LogFilter) -> None:
        """Start over with this company and filter: count, then the first page."""
        self._generation += 1
        generation = self._generation
        self.beginResetModel()
        self.company, self.filter = company, flt
        self.rows, self.total, self._journal_loaded = [], 0, 0
        self.fetching = False
        self._locale = QLocale()
        self.endResetModel()
        if company is None:
            self.loaded.emit(0)
            return
        self.counting = True
        (BackgroundOp(self, lambda _ctx: count_log(company, flt), label="count log")
         .success(lambda total: self._counted(generation, total))
         .failure(lambda failure: self._failed(generation, failure))
         .run())
        self._fetch(generation)

    def _failed(self, generation: int, failure: Failure) -> None:
        if generation != self._generation:
            return
        log.error("reading the sync log failed: %s", failure.info.details)
        self.counting = self.fetching = False
        self.load_failed.emit(failure.info.message)

    def _counted(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        self.counting = False
        self.total = total
        self.loaded.emit(total)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self.fetching and not self.counting and len(self.rows) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch(self._generation)

    def _fetch(self, generation: int) -> None:
        company, flt, offset = self.company, self.filter, self._journal_loaded
        if company is None:
            return
        self.fetching = True
        (BackgroundOp(self, lambda _ctx: read_log_page(company, flt, offset, PAGE), label="read log")
         .success(lambda rows: self._arrived(generation, rows))
         .failure(lambda failure: self._failed(generation, failure))
         .run())

    def _arrived(self, generation: int, rows: list[LogRow]) -> None:
        if generation != self._generation:
            return
        self.fetching = False
        if rows:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self.rows.extend(rows)
            self._journal_loaded += sum(1 for r in rows if r.key.startswith("j"))
            self.endInsertRows()
        if not rows and len(self.rows) < self.total:
            self.total = len(self.rows)  # the log shrank meanwhile: stop asking
        self.page_loaded.emit(len(self.rows))

    def is_idle(self) -> bool:
        return not self.fetching and not self.counting

    # --- Qt model interface -------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and row.status in _STATUS_ROLES:
            return QBrush(QColor(getattr(tones(), _STATUS_ROLES[row.status])))
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return format_moment(row.when, self._locale)
        if column == 1:
            return log_status_label(row.status)
        if column == 2:
            return operation_label("approved" if row.key.startswith("a") else row.operation)
        if column == 3:
            return entity_label(row.entity)
        if column == 4:
            return row.record
        if column == 5:
            return row.qbo_id or ""
        if column == 6:  # QuickBooks' summary names its code; our own reasons only have the code
            text = row.error_message or row.error_code or ""
            return _HTTP_PREFIX.sub("", text) if role == Qt.ItemDataRole.DisplayRole else text
        return run_kind_label(row.run_kind)

    def row_at(self, row: int) -> LogRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


def ask_csv_path(parent: QWidget, suggested: str) -> str | None:
    """The native save dialog (tests replace :attr:`SyncLogView.ask_export_path`)."""
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("SyncLogView", "Export the sync log"), suggested,
        QCoreApplication.translate("SyncLogView", "CSV files (*.csv)"))
    if path and not path.lower().endswith(".csv"):
        path += ".csv"
    return path or None


class SyncLogView(QWidget):
    """Status tabs, filters, search, the lazily loaded table and Export CSV.

    Signals:
        loaded(int): the entries matching the filters were counted.
        exported(str, int): the CSV file written and its number of rows.
        edit_requested(str, int): open this record (double-click on an entry).
        undo_requested(str): undo the run of the selected entry (its id).
    """

    loaded = Signal(int)
    exported = Signal(str, int)
    edit_requested = Signal(str, int)
    undo_requested = Signal(str)

    def __init__(self, context: SyncContext, empty: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("syncLogView")
        self.ask_export_path: Callable[[QWidget, str], str | None] = ask_csv_path
        self.exporting = False
        self.totals: dict[str, int] = {}

        self.header = PageHeader(self.tr("Sync log"))
        self.title, self.count_label = self.header.title, self.header.count
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setObjectName("exportCsv")
        self.export_button.clicked.connect(self.export)
        self.refresh_button = QPushButton(icon("refresh"), self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.undo_button = QPushButton(self.tr("Undo this run…"))
        self.undo_button.setObjectName("undoThisRun")
        self.undo_button.setToolTip(self.tr("Put both sides back as they were before the run of the selected entry. "
                                            "You see what will be done first."))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self._undo_selected)

        self.tabs = QTabBar()
        self.tabs.setObjectName("logTabs")
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        self._tab_statuses: list[str | None] = [None, "pending", "successful", "failed"]
        for _status in self._tab_statuses:
            self.tabs.addTab("")
        self.tabs.currentChanged.connect(self._filters_changed)

        self.type_filter = QComboBox()
        self.type_filter.setObjectName("typeFilter")
        self.type_filter.setAccessibleName(self.tr("Record type"))
        self.type_filter.addItem(self.tr("All record types"), None)
        self.type_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.type_filter.currentIndexChanged.connect(self._filters_changed)
        self.since = self._date_edit(self.tr("From"))
        self.until = self._date_edit(self.tr("To"))
        self.search = QLineEdit()
        self.search.setObjectName("logSearch")
        self.search.setPlaceholderText(self.tr("Search records, Ids and errors"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(self.tr("Search the sync log"))
        # Wide enough for its hint in every language (the leading icon and the clear button take their room too).
        hint = self.search.fontMetrics().horizontalAdvance(self.search.placeholderText())
        self.search.setMinimumWidth(max(220, hint + 56))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._filters_changed)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._filters_changed)

        self.model = SyncLogModel(self)
        self.model.loaded.connect(self._counted)
        self.model.load_failed.connect(self._load_failed)
        self.table = QTableView()
        self.table.setObjectName("logTable")
        self.table.setAccessibleName(self.tr("Sync log"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()

        def widest(texts: list[str]) -> int:
            return max(metrics.horizontalAdvance(t) for t in texts) + 20

        widths = (widest([format_moment(datetime(2026, 12, 28, 22, 58, tzinfo=UTC))]),
                  widest([log_status_label(s) for s in LOG_STATUSES]),
                  widest([operation_label(op) for op in OPERATIONS]),
                  min(widest([entity_label(e) for e in BY_ENTITY]), metrics.averageCharWidth() * 16),
                  metrics.averageCharWidth() * 18, 0, 0,
                  widest([run_kind_label(k) for k in ("first", "full", "incremental", "approval", "action", "undo")]))
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, max(width, metrics.horizontalAdvance(_headers()[column]) + 24))
        self.table.doubleClicked.connect(self._open)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.model.modelReset.connect(self._selected)

        self.message = MessageBar()

        top = self.header.row
        top.addWidget(self.undo_button)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)
        sections = QHBoxLayout()
        sections.addWidget(self.tabs)
        sections.addStretch(1)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.type_filter)
        for caption, edit in ((self.tr("From"), self.since), (self.tr("To"), self.until)):
            label = QLabel(caption)
            label.setBuddy(edit)
            filters.addWidget(label)
            filters.addWidget(edit)
        filters.addStretch(1)
        # The search has a row of its own: beside the record type and the dates its hint (long in French and
        # Spanish) squeezed the record type's list on a laptop screen.

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(sections)
        layout.addLayout(filters)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.content = content
        self.empty = empty
        self.stack = PageStack()
        self.stack.addWidget(empty)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._set_tab_titles()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("Any day"))
        edit.setDate(NO_DATE)
        edit.setDisplayFormat(date_format())
        edit.setAccessibleName(name)
        edit.dateChanged.connect(self._filters_changed)
        return edit

    # --- reading ------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def reset(self) -> None:
        self.message.clear()
        self.totals = {}
        self.model.set_source(None, LogFilter())
        self.stack.setCurrentWidget(self.empty)
        if self.isVisible():
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read the totals, the record types and the entries again (after a sync, or on request)."""
        company = self.context.current_company()
        if company is None:
            self.model.set_source(None, LogFilter())
            self.stack.setCurrentWidget(self.empty)
            return

        def summary(_ctx: TaskContext) -> tuple[dict[str, int], list[str]]:
            return log_totals(company), log_entities(company)

        (BackgroundOp(self, summary, label="log summary").success(lambda result: self._summary(*result)).run())
        self._filters_changed()

    def _summary(self, totals: dict[str, int], entities: list[str]) -> None:
        self.totals = totals
        self._set_tab_titles()
        current = self.type_filter.currentData()
        self.type_filter.blockSignals(True)
        self.type_filter.clear()
        self.type_filter.addItem(self.tr("All record types"), None)
        for entity in sorted(entities, key=entity_label):
            self.type_filter.addItem(entity_label(entity), entity)
        self.type_filter.setCurrentIndex(max(self.type_filter.findData(current), 0))
        self.type_filter.blockSignals(False)
        self.stack.setCurrentWidget(self.content if sum(totals.values()) else self.empty)

    def _set_tab_titles(self) -> None:
        locale = QLocale()
        for n, status in enumerate(self._tab_statuses):
            if status is None:
                self.tabs.setTabText(n, self.tr("All ({count})").format(
                    count=locale.toString(sum(self.totals.values()))))
            else:
                self.tabs.setTabText(n, self.tr("{status} ({count})").format(
                    status=log_status_label(status), count=locale.toString(self.totals.get(status, 0))))

    def current_filter(self) -> LogFilter:
        def day(edit: QDateEdit) -> date | None:
            value = edit.date()
            return None if value == NO_DATE else date(value.year(), value.month(), value.day())

        status = self._tab_statuses[max(self.tabs.currentIndex(), 0)]
        return LogFilter(status=status if status in LOG_STATUSES else None,
                         entity=self.type_filter.currentData(), since=day(self.since), until=day(self.until),
                         search=self.search.text().strip())

    def set_status(self, status: str | None) -> None:
        self.tabs.setCurrentIndex(self._tab_statuses.index(status))

    @Slot()
    def _filters_changed(self) -> None:
        self._debounce.stop()
        company = self.context.current_company()
        self.model.set_source(company, self.current_filter())

    @Slot(int)
    def _counted(self, total: int) -> None:
        flt = self.current_filter()
        if flt == LogFilter() or flt == LogFilter(status=flt.status):
            self.count_label.setText(self.tr("%Ln entry(s)", "", total))
        else:
            self.count_label.setText(self.tr("%Ln entry(s) match", "", total))
        self.export_button.setEnabled(total > 0 and not self.exporting)
        self.loaded.emit(total)

    @Slot(str)
    def _load_failed(self, message: str) -> None:
        self.count_label.setText(self.tr("The sync log could not be read: {message}").format(message=message))

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        label = BY_ENTITY.get(row.entity) if row is not None else None
        if row is not None and label is not None and row.local_id is not None and row.entity != "TaxCode":
            self.edit_requested.emit(label.key, row.local_id)

    def selected_run(self) -> str | None:
        """The run of the selected entry, if it is one an undo can take back (not an undo, not a waiting change)."""
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None or row.run_id is None or row.run_kind == "undo":
            return None
        return row.run_id

    @Slot()
    def _selected(self) -> None:
        run = self.selected_run()
        self.undo_button.setEnabled(run is not None)
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None and row.run_kind == "undo":
            self.undo_button.setToolTip(self.tr("An undo is not undone: sync again to do once more what it took "
                                                "back."))
        else:
            self.undo_button.setToolTip(self.tr("Put both sides back as they were before the run of the selected "
                                                "entry. You see what will be done first."))

    @Slot()
    def _undo_selected(self) -> None:
        run = self.selected_run()
        if run is not None:
            self.undo_requested.emit(run)

    # --- export ---------------------------------------------------------------------------------------

    @Slot()
    def export(self) -> None:
        company = self.context.current_company()
        if company is None or self.exporting:
            return
        stem = company.path.stem if company.path is not None else "qbdesk"
        suggested = str(Path.home() / f"{stem} - {self.tr('sync log')}.csv")
        path = self.ask_export_path(self, suggested)
        if not path:
            return
        flt = self.current_filter()
        header = _headers()
        labels: dict[str, dict[str, str]] = {
            "status": {s: log_status_label(s) for s in LOG_STATUSES},
            "operation": {op: operation_label(op) for op in OPERATIONS},
            "entity": {e: entity_label(e) for e in BY_ENTITY},
            "run": {k: run_kind_label(k) for k in ("first", "full", "incremental", "approval", "action", "undo")},
        }
        self.exporting = True
        self.export_button.setEnabled(False)
        target = Path(path)

        def write(ctx: TaskContext) -> int:
            return export_log(company, flt, target, header, labels, lambda: ctx.cancelled)

        (BackgroundOp(self, write, label="export sync log", writes=False)
         .success(lambda rows: self._exported(str(target), rows))
         .failure(self._export_failed)
         .run())

    def _exported(self, path: str, rows: int) -> None:
        self.exporting = False
        self.export_button.setEnabled(True)
        self.message.show_message(self.tr("%Ln entry(s) exported to {path}", "", rows).format(path=path),
                                  "success")
        self.exported.emit(path, rows)

    def _export_failed(self, failure: Failure) -> None:
        self.exporting = False
        self.export_button.setEnabled(True)
        self.message.show_message(self.tr("The log could not be exported: {message}").format(
            message=failure.info.message), "error")
