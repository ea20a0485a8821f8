"""A table model over one record type that loads lazily and keeps memory flat.

The ordered list of matching ids (sorted and filtered in SQL) is fetched in the
background and kept as a compact ``array('q')``: 8 bytes a row, 800 kB for 100k
rows. Row values are fetched a page at a time by primary key (a small, fast
query) when the view first paints them, and only the most recently used pages
are kept, so scrolling through 100k rows never holds more than a few thousand in
memory. Sorting or filtering just refetches the id list.

A Sync column shows each record's sync state — linked, not yet synced, problem,
bypassed, not synced by choice, deleted in QuickBooks — read from ``sync_links``
and the open ``sync_issues`` in the same statement as the page of rows it belongs
to (two correlated index lookups per row, one query per page of 100).
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
    QLocale,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from sqlalchemy import select

from qbdesk.store import Company, LinkState
from qbdesk.store.summary import HOME_CURRENCY_KEY
from qbdesk.store.syncdata import Setting
from qbdesk.ui.base.background import BackgroundOp, Failure, TaskContext
from qbdesk.ui.base.logs import logger
from qbdesk.ui.base.moments import format_date
from qbdesk.ui.base.money import format_decimal, format_money
from qbdesk.ui.base.palette import tones
from qbdesk.ui.base.roles import fill_roles
from qbdesk.ui.base.tr import QT_TRANSLATE_NOOP
from qbdesk.ui.company.records.columns import Kind, RecordSpec
from qbdesk.ui.company.records.labels import enum_label

log = logger("ui")

PAGE_SIZE: Final = 100
MAX_PAGES: Final = 40  # 4,000 rows in memory at most, whatever the table's size
SHOW_SYNC_STATE: Final = True

ID_ROLE: Final = Qt.ItemDataRole.UserRole + 1
RAW_ROLE: Final = Qt.ItemDataRole.UserRole + 2

# The roles as plain ints: a painted cell asks for seven roles, and comparing an int with an enum member costs
# more than the rest of the lookup (a table paints a few hundred cells a page switch).
_DISPLAY: Final = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT: Final = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP: Final = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND: Final = int(Qt.ItemDataRole.ForegroundRole)
_ID: Final = int(ID_ROLE)
_RAW: Final = int(RAW_ROLE)
_ANSWERED: Final = frozenset({_DISPLAY, _ALIGNMENT, _TOOLTIP, _FOREGROUND, _RAW})
_RIGHT: Final = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT: Final = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_NUMERIC: Final = frozenset({Kind.MONEY, Kind.RATE, Kind.INT})

_SYNC_LABELS: Final = {
    "linked": QT_TRANSLATE_NOOP("RecordTableModel", "Linked"),
    "not_synced": QT_TRANSLATE_NOOP("RecordTableModel", "Not yet synced"),
    "problem": QT_TRANSLATE_NOOP("RecordTableModel", "Problem"),
    "bypassed": QT_TRANSLATE_NOOP("RecordTableModel", "Bypassed"),
    "by_choice": QT_TRANSLATE_NOOP("RecordTableModel", "Not synced by choice"),
    "deleted_in_qbo": QT_TRANSLATE_NOOP("RecordTableModel", "Deleted in QuickBooks"),
}
_SYNC_TIPS: Final = {
    "linked": QT_TRANSLATE_NOOP("RecordTableModel", "In step with its twin in QuickBooks."),
    "not_synced": QT_TRANSLATE_NOOP("RecordTableModel", "Not in QuickBooks yet: the next sync sends it."),
    "problem": QT_TRANSLATE_NOOP("RecordTableModel", "It could not sync: see Problems."),
    "bypassed": QT_TRANSLATE_NOOP("RecordTableModel", "Already in QuickBooks, so it is never sent from here."),
    "by_choice": QT_TRANSLATE_NOOP("RecordTableModel", "Left out of the sync, by the sync settings or by you."),
    "deleted_in_qbo": QT_TRANSLATE_NOOP("RecordTableModel", "Its twin was deleted in QuickBooks: see Problems."),
}
_SYNC_ROLES: Final = {"problem": "error", "deleted_in_qbo": "warning", "by_choice": "muted", "bypassed": "muted"}
_LINK_STATES: Final = {
    LinkState.LINKED: "linked",
    LinkState.BYPASSED: "bypassed",
    LinkState.IGNORED: "by_choice",
    LinkState.DONT_SYNC: "by_choice",
    LinkState.DELETED_IN_QBO: "deleted_in_qbo",
}

_Index = QModelIndex | QPersistentModelIndex


def sync_state(link_state: LinkState | None, open_problem: bool) -> str:
    """A record's sync state: an open problem wins over the link's state; no link means not yet synced."""
    if open_problem:
        return "problem"
    return _LINK_STATES.get(link_state, "not_synced") if link_state is not None else "not_synced"


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
        self._texts: dict[int, tuple[str, ...]] = {}  # a cached row's columns as shown, made when first painted
        self._filter = ""
        self._sort_column = spec.sort_column
        self._descending = spec.sort_descending
        self._generation = 0
        self._locale = QLocale()
        self._currency: str | None = None  # every amount is shown in the company's home currency
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

        def fetch_ids(ctx: TaskContext) -> tuple[array[int], str | None]:
            with engine.connect() as conn:
                ids = array("q")
                for chunk in conn.execute(query).scalars().partitions(10_000):
                    ctx.check_cancelled()
                    ids.extend(chunk)
                currency = conn.execute(select(Setting.value).where(Setting.key == HOME_CURRENCY_KEY)).scalar()
                return ids, str(currency) if currency else None

        self.busy = True
        self.loading.emit()
        (BackgroundOp(self, fetch_ids, label=f"load {self.spec.key}")
         .success(lambda answer: self._ids_arrived(generation, *answer))
         .failure(lambda failure: self._ids_failed(generation, failure))
         .run())

    def _ids_arrived(self, generation: int, ids: array[int], currency: str | None = None) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._ids = ids
        self._currency = currency
        self._pages.clear()
        self._texts.clear()
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
            rows = conn.execute(self.spec.rows_statement(self.show_sync_state), {"ids": ids})
            if self.show_sync_state:  # the last two columns: link state, open problem
                page = {row[0]: (*row[1:-2], sync_state(row[-2], bool(row[-1]))) for row in rows}
            else:
                page = {row[0]: tuple(row[1:]) for row in rows}
        self.page_loads += 1
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            for record_id in self._pages.popitem(last=False)[1]:
                self._texts.pop(record_id, None)
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
        for cached in self._pages.pop(row // PAGE_SIZE, {}):
            self._texts.pop(cached, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def refresh_sync_states(self) -> None:
        """A sync or a problem action ran: drop the cached pages so the Sync column is read again."""
        if not self.show_sync_state or not self._ids:
            return
        self._pages.clear()
        self._texts.clear()
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, self.columnCount() - 1))

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
        return self._value(index.row(), index.column(), int(role)) if index.isValid() else None

    def multiData(self, index: _Index, span: QModelRoleDataSpan | QModelRoleData, /) -> None:
        """Every role a painted cell asks for in one call from Qt instead of seven (see ``fill_roles``): the larger
        part of a record list's page switch."""
        row, column = index.row(), index.column()
        fill_roles(span, (lambda role: self._value(row, column, role)) if index.isValid() else None)

    def _value(self, row: int, column: int, role: int) -> Any:
        if role == _ID:
            return self.record_id(row)
        if role not in _ANSWERED:
            return None
        if column == self.sync_column:
            return self._sync_value(row, role)
        spec_column = self.spec.columns[column]
        if role == _ALIGNMENT:
            return _RIGHT if spec_column.kind in _NUMERIC else _LEFT
        if role == _FOREGROUND:
            return None
        record_id = self.record_id(row)
        if record_id is None:
            return None
        if role == _RAW:
            values = self._page(row // PAGE_SIZE).get(record_id)
            return values[column] if values is not None else None
        texts = self._texts.get(record_id)
        if texts is None:
            values = self._page(row // PAGE_SIZE).get(record_id)
            if values is None:  # deleted since the id list was read
                return None
            texts = self._texts[record_id] = tuple(  # (zip stops before the sync state some rows end with)
                self._display(c.kind, value) for c, value in zip(self.spec.columns, values, strict=False))
        text = texts[column]
        if role == _TOOLTIP:
            return text if text and len(text) > spec_column.width else None
        return text

    def _sync_value(self, row: int, role: int) -> Any:
        if not self.show_sync_state or role == _ALIGNMENT:
            return None
        record_id = self.record_id(row)
        values = self._page(row // PAGE_SIZE).get(record_id) if record_id is not None else None
        state = values[-1] if values else None
        if not state:
            return None
        if role == _DISPLAY:
            return QCoreApplication.translate("RecordTableModel", _SYNC_LABELS[state])
        if role == _TOOLTIP:
            return QCoreApplication.translate("RecordTableModel", _SYNC_TIPS[state])
        if role == _FOREGROUND and state in _SYNC_ROLES:
            return QBrush(QColor(getattr(tones(), _SYNC_ROLES[state])))
        return state if role == _RAW else None

    def _display(self, kind: Kind, value: Any) -> str:
        if value is None:
            return ""
        if kind is Kind.MONEY and isinstance(value, Decimal):
            return format_money(value, self._locale, self._currency)
        if kind is Kind.RATE and isinstance(value, Decimal):
            return format_decimal(value, self._locale, places=6, min_places=2)
        if kind is Kind.DATE and isinstance(value, date):
            return format_date(value, self._locale)
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
