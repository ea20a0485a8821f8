"""A table model over one record type that loads lazily and keeps memory flat.

The ordered list of matching ids (sorted and filtered in SQL) is fetched in the
background and kept as a compact ``array('q')``: 8 bytes a row, 800 kB for 100k
rows. Row values are fetched a page at a time by primary key (a small, fast
query) when the view first paints them, and only the most recently used pages
are kept, so scrolling through 100k rows never holds more than a few thousand in
memory. Sorting or filtering just refetches the id list.

A sync-state column (linked / not yet synced / problem) is built in but hidden
until the sync engine writes links: see :data:`SHOW_SYNC_STATE`.
"""

from __future__ import annotations

import enum
from array import array
from collections import OrderedDict
from datetime import date
from decimal import Decimal
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from sqlalchemy import select

from qbdesk.store import Company, IssueStatus, Link, LinkState, SyncIssue
from qbdesk.ui.background import BackgroundOp, Failure, TaskContext
from qbdesk.ui.logs import logger
from qbdesk.ui.money import format_decimal, format_money
from qbdesk.ui.records.columns import Kind, RecordSpec
from qbdesk.ui.records.labels import enum_label
from qbdesk.ui.tr import QT_TRANSLATE_NOOP

log = logger("ui")

PAGE_SIZE: Final = 100
MAX_PAGES: Final = 40  # 4,000 rows in memory at most, whatever the table's size
SHOW_SYNC_STATE: Final = False  # turned on by the sync issues, once links exist

ID_ROLE: Final = Qt.ItemDataRole.UserRole + 1
RAW_ROLE: Final = Qt.ItemDataRole.UserRole + 2

_SYNC_LABELS: Final = {
    "linked": QT_TRANSLATE_NOOP("RecordTableModel", "Linked"),
    "not_synced": QT_TRANSLATE_NOOP("RecordTableModel", "Not yet synced"),
    "problem": QT_TRANSLATE_NOOP("RecordTableModel", "Problem"),
}

_Index = QModelIndex | QPersistentModelIndex


def sync_states(conn: Any, entity: str, ids: list[int]) -> dict[int, str]:
    """Each record's sync state: an open problem wins over a link; no link means not yet synced."""
    states = {i: "not_synced" for i in ids}
    links = conn.execute(select(Link.local_id, Link.state).where(
        Link.entity_type == entity, Link.local_id.in_(ids)))
    for local_id, state in links:
        if state == LinkState.LINKED:
            states[local_id] = "linked"
    issues = conn.execute(select(SyncIssue.local_id).where(
        SyncIssue.entity_type == entity, SyncIssue.local_id.in_(ids), SyncIssue.status == IssueStatus.OPEN))
    for (local_id,) in issues:
        states[local_id] = "problem"
    return states


class RecordTableModel(QAbstractTableModel):
    """Rows of one record type, in SQL order, loaded a page at a time.

    Signals:
        loading(): a new id list is being fetched (sort, filter or reload).
        loaded(int): the id list arrived; the argument is the number of rows.
        load_failed(str): fetching the id list failed; the message is for the log/status bar.
    """

    loading = Signal()
    loaded = Signal(int)
    load_failed = Signal(str)

    def __init__(self, company: Company, spec: RecordSpec, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.company = company
        self.spec = spec
        self._ids: array[int] = array("q")
        self._pages: OrderedDict[int, dict[int, tuple[Any, ...]]] = OrderedDict()
        self._filter = ""
        self._sort_column = spec.sort_column
        self._descending = spec.sort_descending
        self._generation = 0
        self._locale = QLocale()
        self.show_sync_state = SHOW_SYNC_STATE
        self.busy = False
        self.page_loads = 0  # for tests and the benchmark: how many page queries ran

    # --- loading ----------------------------------------------------------------------------------

    @property
    def filter_text(self) -> str:
        return self._filter

    @property
    def sort_order(self) -> tuple[int, bool]:
        return self._sort_column, self._descending

    def set_filter(self, text: str) -> None:
        if text.strip() != self._filter:
            self._filter = text.strip()
            self.reload()

    def reload(self) -> None:
        """Fetch the id list again in the background; stale answers are dropped."""
        self._generation += 1
        generation = self._generation
        query = self.spec.ids_query(self._filter, self._sort_column, self._descending)
        engine = self.company.engine

        def fetch_ids(ctx: TaskContext) -> array[int]:
            with engine.connect() as conn:
                ids = array("q")
                for chunk in conn.execute(query).scalars().partitions(10_000):
                    ctx.check_cancelled()
                    ids.extend(chunk)
                return ids

        self.busy = True
        self.loading.emit()
        (BackgroundOp(self, fetch_ids, label=f"load {self.spec.key}")
         .success(lambda ids: self._ids_arrived(generation, ids))
         .failure(lambda failure: self._ids_failed(generation, failure))
         .run())

    def _ids_arrived(self, generation: int, ids: array[int]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self._locale = QLocale()
        self.endResetModel()
        self.busy = False
        self.loaded.emit(len(ids))

    def _ids_failed(self, generation: int, failure: Failure) -> None:
        if generation != self._generation:
            return
        self.busy = False
        log.error("loading %s failed: %s", self.spec.key, failure.info.details)
        self.load_failed.emit(failure.info.message)

    def _page(self, number: int) -> dict[int, tuple[Any, ...]]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        ids = self._ids[number * PAGE_SIZE:(number + 1) * PAGE_SIZE].tolist()
        with self.company.engine.connect() as conn:
            page = {row[0]: tuple(row[1:]) for row in conn.execute(self.spec.rows_query(ids))}
            if self.show_sync_state:
                states = sync_states(conn, self.spec.model.qbo_entity, ids)
                page = {i: (*values, states.get(i, "not_synced")) for i, values in page.items()}
        self.page_loads += 1
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def is_idle(self) -> bool:
        """No id list is being fetched (tests and scripts wait for this)."""
        return not self.busy

    @property
    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    def refresh_record(self, record_id: int) -> None:
        """Re-read one record after an edit: drop its page and repaint its row."""
        try:
            row = self._ids.index(record_id)
        except ValueError:
            return
        self._pages.pop(row // PAGE_SIZE, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def record_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    # --- Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns) + 1

    @property
    def sync_column(self) -> int:
        return len(self.spec.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.sync_column:
                return self.tr("Sync")
            return self.spec.columns[section].title()
        numeric = section < self.sync_column and self.spec.columns[section].kind in (
            Kind.MONEY, Kind.RATE, Kind.INT)
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == ID_ROLE:
            return self.record_id(row)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                        Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole, RAW_ROLE):
            return None
        record_id = self.record_id(row)
        if record_id is None:
            return None
        if column == self.sync_column:
            if not self.show_sync_state:
                return None
            values = self._page(row // PAGE_SIZE).get(record_id)
            state = values[-1] if values else None
            if role == Qt.ItemDataRole.DisplayRole and state:
                return QCoreApplication.translate("RecordTableModel", _SYNC_LABELS[state])
            return state if role == RAW_ROLE else None
        spec_column = self.spec.columns[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if spec_column.kind in (Kind.MONEY, Kind.RATE, Kind.INT):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        values = self._page(row // PAGE_SIZE).get(record_id)
        if values is None:  # deleted since the id list was read
            return None
        value = values[column]
        if role == RAW_ROLE:
            return value
        if role == Qt.ItemDataRole.ForegroundRole:
            return None
        text = self._display(spec_column.kind, value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if text and len(text) > spec_column.width else None
        return text

    def _display(self, kind: Kind, value: Any) -> str:
        if value is None:
            return ""
        if kind is Kind.MONEY and isinstance(value, Decimal):
            return format_money(value, self._locale)
        if kind is Kind.RATE and isinstance(value, Decimal):
            return format_decimal(value, self._locale, places=6, min_places=2)
        if kind is Kind.DATE and isinstance(value, date):
            return self._locale.toString(QDate(value.year, value.month, value.day),
                                         QLocale.FormatType.ShortFormat)
        if kind is Kind.INT:
            return self._locale.toString(int(value))
        if kind is Kind.ACTIVE:
            return self.tr("Active") if value else self.tr("Inactive")
        if kind is Kind.BOOL:
            return self.tr("Yes") if value else self.tr("No")
        if kind is Kind.ENUM:
            return enum_label(value.value if isinstance(value, enum.Enum) else str(value))
        return str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0 or column >= len(self.spec.columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending) and self._ids:
            return
        self._sort_column, self._descending = column, descending
        self.reload()
