"""The record browser: a list of record types on the left, one table view per type.

Views are built the first time their type is shown, so opening a company costs
nothing for the twelve types the user does not look at.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qbdesk.store import Company
from qbdesk.ui.base.icons import icon
from qbdesk.ui.company.records.columns import RecordSpec, specs
from qbdesk.ui.company.records.labels import GROUPS, TYPES, group_title, type_title
from qbdesk.ui.company.records.model import RecordTableModel
from qbdesk.ui.widgets.page_header import PageHeader
from qbdesk.ui.widgets.page_stack import PageStack

FILTER_DELAY_MS = 250
_KEY_ROLE = Qt.ItemDataRole.UserRole + 10


class RecordTable(QTableView):
    """A table that opens the current record on Enter as well as on double-click.

    Signals:
        open_requested(int): the row the user asked to open.
    """

    open_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class RecordView(QWidget):
    """One record type: a title, a filter box, the table and an empty-state message.

    Signals:
        edit_requested(str, int): type key and record id to open in the editor.
        count_changed(int): rows shown after the latest sort or filter.
    """

    edit_requested = Signal(str, int)
    count_changed = Signal(int)

    def __init__(self, company: Company, spec: RecordSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"recordView_{spec.key}")
        self.model = RecordTableModel(company, spec, self)

        self.header = PageHeader(type_title(spec.key))
        self.title, self.count_label = self.header.title, self.header.count
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setPlaceholderText(self._translate_hint())
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter_edit.setAccessibleName(self.tr("Filter {kind}").format(kind=type_title(spec.key).lower()))
        self.filter_edit.setMinimumWidth(280)
        self.edit_button = QPushButton(icon("edit"), self.tr("&Edit…"))
        self.edit_button.setEnabled(False)
        self.edit_button.setVisible(spec.editable)
        self.edit_button.clicked.connect(self._edit_current)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DELAY_MS)
        self._debounce.timeout.connect(self._apply_filter)
        self.filter_edit.textChanged.connect(self._debounce.start)
        self.filter_edit.returnPressed.connect(self._apply_filter)

        self.table = RecordTable()
        self.table.setObjectName("recordTable")
        self.table.setAccessibleName(type_title(spec.key))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setShowGrid(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        row_height = self.fontMetrics().height() + 10
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        char = self.fontMetrics().averageCharWidth()
        for column, spec_column in enumerate(spec.columns):
            header_width = self.fontMetrics().horizontalAdvance(spec_column.title()) + 36
            self.table.setColumnWidth(column, max(spec_column.width * char + 16, header_width))
        self.table.setColumnHidden(self.model.sync_column, not self.model.show_sync_state)
        self.table.setSortingEnabled(True)
        header.setSortIndicator(spec.sort_column, Qt.SortOrder.DescendingOrder if spec.sort_descending
                                else Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._open_index)
        self.table.open_requested.connect(self._open_row)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.empty = QLabel()
        self.empty.setObjectName("emptyMessage")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

        top = self.header.row
        top.addWidget(self.edit_button)
        # The filter has a row of its own, as wide as the table: its hint ("Filter by name, company, e-mail,
        # phone or city") is long in French and Spanish, and a laptop screen leaves the title row little room.
        self.filter_edit.setMinimumWidth(0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)

        QShortcut(QKeySequence.StandardKey.Find, self, self.filter_edit.setFocus)
        self.model.loading.connect(self._loading)
        self.model.loaded.connect(self._loaded)
        self.model.load_failed.connect(self._failed)
        self.model.reload()

    def _translate_hint(self) -> str:
        return QCoreApplication.translate("RecordColumns", self.spec.filter_hint)

    @Slot()
    def _apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.filter_edit.text())

    @Slot()
    def _loading(self) -> None:
        self.count_label.setText(self.tr("Loading…"))

    @Slot(int)
    def _loaded(self, count: int) -> None:
        if self.model.filter_text:
            self.count_label.setText(self.tr("%Ln record(s) match", "", count))
        else:
            self.count_label.setText(self.tr("%Ln record(s)", "", count))
        has_rows = count > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if not has_rows:
            if self.model.filter_text:
                self.empty.setText(self.tr("Nothing matches “{text}”. Try fewer letters, or clear the filter.")
                                   .format(text=self.model.filter_text))
            else:
                self.empty.setText(self.tr("There are no {kind} in this company yet.")
                                   .format(kind=type_title(self.spec.key).lower()))
        self.edit_button.setEnabled(False)
        self.count_changed.emit(count)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.count_label.setText(self.tr("Could not load the records: {message}").format(message=message))

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.edit_button.setEnabled(self.spec.editable and current.isValid())

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        self._open_row(index.row())

    @Slot(int)
    def _open_row(self, row: int) -> None:
        record_id = self.model.record_id(row)
        if record_id is not None:
            self.edit_requested.emit(self.spec.key, record_id)

    @Slot()
    def _edit_current(self) -> None:
        if self.table.currentIndex().isValid():
            self._open_row(self.table.currentIndex().row())

    def select_record(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row is not None:
            self.table.selectRow(row)


TYPE_NAME_CHARS = 24  # beyond this a record type's name wraps, so the list leaves the table its room


class RecordBrowser(QWidget):
    """The Records page: a type list and a stack of lazily created :class:`RecordView`s.

    Signals:
        edit_requested(str, int): forwarded from the views.
        status_message(str): a short text for the status bar.
    """

    edit_requested = Signal(str, int)
    status_message = Signal(str)

    def __init__(self, company: Company, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.company = company
        self.views: dict[str, RecordView] = {}
        self.types = QListWidget()
        self.types.setObjectName("recordTypes")
        self.types.setAccessibleName(self.tr("Record types"))
        self.types.setIconSize(QSize(18, 18))
        self.types.setFrameShape(QFrame.Shape.NoFrame)
        self.types.setSpacing(1)
        self.types.setWordWrap(True)  # a long name ("Paiements de factures fournisseurs") takes two lines
        width = 0
        fm = self.fontMetrics()
        text_room = fm.averageCharWidth() * TYPE_NAME_CHARS
        for group in GROUPS:
            header = QListWidgetItem(group_title(group).upper())
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setSizeHint(QSize(0, fm.height() + (14 if group == "lists" else 20)))
            font = header.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 0.85)
            header.setFont(font)
            self.types.addItem(header)
            for t in TYPES:
                if t.group != group:
                    continue
                title = type_title(t.key)
                item = QListWidgetItem(icon(t.icon), title)
                item.setData(_KEY_ROLE, t.key)
                item.setToolTip(title)
                lines = 1 if fm.horizontalAdvance(title) <= text_room + fm.averageCharWidth() * 3 else 2
                item.setSizeHint(QSize(0, fm.height() * lines + 12))
                self.types.addItem(item)
                width = max(width, min(fm.horizontalAdvance(title), text_room))
        self.types.setFixedWidth(width + 18 + 52)
        self.types.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.types.currentItemChanged.connect(self._type_changed)

        self.stack = PageStack()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.types)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.stack, 1)

    def show_type(self, key: str) -> RecordView:
        for row in range(self.types.count()):
            item = self.types.item(row)
            if item.data(_KEY_ROLE) == key:
                self.types.setCurrentItem(item)
                break
        return self.view(key)

    def view(self, key: str) -> RecordView:
        if key not in self.views:
            view = RecordView(self.company, specs()[key], self)
            view.edit_requested.connect(self.edit_requested)
            self.views[key] = view
            self.stack.addWidget(view)
        return self.views[key]

    @property
    def current_key(self) -> str | None:
        item = self.types.currentItem()
        key = item.data(_KEY_ROLE) if item is not None else None
        return str(key) if key else None

    @Slot(QListWidgetItem, QListWidgetItem)
    def _type_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None or not current.data(_KEY_ROLE):
            return
        view = self.view(str(current.data(_KEY_ROLE)))
        self.stack.setCurrentWidget(view)

    def refresh_record(self, key: str, record_id: int) -> None:
        if key in self.views:
            self.views[key].model.refresh_record(record_id)

    def refresh_sync_states(self) -> None:
        for view in self.views.values():
            view.model.refresh_sync_states()

    def reload_all(self) -> None:
        for view in self.views.values():
            view.model.reload()
