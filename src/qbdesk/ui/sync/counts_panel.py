"""The entity-counts panel: what a plan found and will do, per record type, with a QuickBooks-vs-here chart.

One row per entity type with the planner's counts under headers in plain words
(found in QuickBooks, found here, linked, to create in QuickBooks, to create here,
ignored, left out, blocked) and a last column that draws the two sides' totals as
bars (QPainter in a delegate: PySide6 Essentials has no QtCharts, and a chart
aligned with its rows reads better than a separate one). The bars share one scale,
rounded to a readable step, whose marks the chart's header prints and whose lines
run faintly through every row. A legend says which colour is which side and where
"only on one side" leads ("Only in QuickBooks → will be created here"), and the
status line says when both sides were read ("As of 14:05"), so counts shown during
or after a sync never pass for current ones. Clicking an ignored or blocked count lists the records and the
reasons, translated; clicking a record type, or what it will create or update,
lists the operations with the fields each update changes (:mod:`qbdesk.ui.sync.plan_details`).
The panel is shown by the wizard's review page and the home page; it only displays
plans — planning happens in the worker.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qbdesk.ui.base.palette import tones
from qbdesk.ui.base.roles import fill_roles
from qbdesk.ui.sync.text import COLUMNS, entity_title, reason_text
from qbdesk.ui.sync.text import tr as sync_tr

if TYPE_CHECKING:
    from qbdesk.sync.plan import EntityCounts, Plan

QBO_COLOR: Final = QColor("#2ca01c")    # QuickBooks green
HERE_COLOR: Final = QColor("#2f6fbf")
REASONS: Final = frozenset({"ignored", "blocked"})              # a click lists the records and why
OPERATIONS: Final = frozenset({"create_in_qbo", "create_here", "update"})  # a click lists them, with fields
CLICKABLE: Final = REASONS | OPERATIONS
ANY_INDEX = QModelIndex | QPersistentModelIndex
TOTAL = ""
MAX_LISTED = 300  # records listed per reason in the details dialog
MAX_TICKS = 4     # scale marks after 0
OPTIONAL: Final = ("update", "ignored", "filtered", "blocked")  # shown only when one of them is not zero
CHART_WIDTH = 120  # the bars' column at least: narrower, the table scrolls rather than squeeze the scale


def scale_step(peak: int) -> int:
    """A readable step (1, 2 or 5 × a power of ten) that covers ``peak`` in at most MAX_TICKS steps."""
    magnitude = 1
    while True:
        for base in (1, 2, 5):
            step = base * magnitude
            if step * MAX_TICKS >= peak:
                return step
        magnitude *= 10


CELL_PADDING = 8  # what the style puts around a cell's text (focus frame margins), as sizeHintForColumn counts it


class CountsModel(QAbstractTableModel):
    """The plan's counts; row per entity type plus a total row; the last column is the chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: Plan | None = None
        self.entities: list[str] = []
        self.rows: list[EntityCounts] = []
        self.keys = [key for key, _title, _tip in COLUMNS]
        self.peak = 1
        self.step = 1
        # What each (row, column, role) answered, for painting: a plan's counts do not change until the next plan,
        # and each answer builds fonts, brushes and locales. Kept with the palette it was made under (a theme
        # change repaints in the new one).
        self._answers: dict[tuple[int, int, int], Any] = {}
        self._palette_key = 0

    def ticks(self) -> list[int]:
        """The scale's marks, 0 included."""
        return list(range(0, self.peak + 1, self.step))

    def set_plan(self, plan: Plan | None) -> None:
        self.beginResetModel()
        self._answers.clear()
        self.plan = plan
        self.entities, self.rows = [], []
        if plan is not None and plan.counts:  # the engine is imported only once there is a plan (start-up)
            from qbdesk.sync.entities import ENTITY_ORDER
            from qbdesk.sync.plan import EntityCounts

            order = {e: i for i, e in enumerate(ENTITY_ORDER)}
            self.entities = sorted(plan.counts, key=lambda e: order.get(e, len(order)))
            self.rows = [plan.counts[e] for e in self.entities]
            total = EntityCounts()
            for row in self.rows:
                for key in self.keys:
                    setattr(total, key, getattr(total, key) + getattr(row, key))
            self.entities.append(TOTAL)
            self.rows.append(total)
        peak = max([max(r.in_qbo, r.here) for r in self.rows[:-1]] or [1]) or 1
        self.step = scale_step(peak)
        self.peak = self.step * -(-peak // self.step)  # the scale's end: the peak rounded up to a whole step
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.columnCount() - 1, self.columnCount() - 1)

    def rowCount(self, parent: ANY_INDEX = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.keys) + 2

    def key(self, column: int) -> str | None:
        return self.keys[column - 1] if 1 <= column <= len(self.keys) else None

    def value(self, row: int, column: int) -> int:
        key = self.key(column)
        return int(getattr(self.rows[row], key)) if key else 0

    def display(self, row: int, column: int) -> str:
        """The cell's text (the chart column has none)."""
        if column == 0:
            entity = self.entities[row]
            return self.tr("Total") if entity == TOTAL else entity_title(entity)
        return QLocale().toString(self.value(row, column)) if self.key(column) is not None else ""

    def is_clickable(self, index: ANY_INDEX) -> bool:
        if index.isValid() and index.column() == 0:
            # (not plan.writes(): this runs for every cell and role painted, and a 10,000-record plan took
            # 100 ms a repaint to list its writes again and again — measured by bench_gui_responsiveness)
            return self.plan is not None and bool(self.plan.operations)
        key = self.key(index.column())
        return key in CLICKABLE and index.isValid() and self.value(index.row(), index.column()) > 0

    def multiData(self, index: ANY_INDEX, span: QModelRoleDataSpan | QModelRoleData, /) -> None:
        """A painted cell's roles in one call from Qt (see ``fill_roles``), each worked out once a plan: the
        home page's table was most of its page switch during a sync (bench_gui_responsiveness)."""
        if not index.isValid():
            fill_roles(span, None)
            return
        palette = QGuiApplication.palette().cacheKey()
        if palette != self._palette_key:
            self._answers.clear()
            self._palette_key = palette
        row, column, answers = index.row(), index.column(), self._answers

        def answer(role: int) -> Any:
            key = (row, column, role)
            if key not in answers:
                answers[key] = self.data(index, role)
            return answers[key]

        fill_roles(span, answer)

    def data(self, index: ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        entity = self.entities[row]
        total = entity == TOTAL
        key = self.key(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column) if column == 0 or key is not None else None
        if role == Qt.ItemDataRole.UserRole and column == self.columnCount() - 1:
            counts = self.rows[row]
            return None if total else (counts.in_qbo, counts.here)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if total:
                font.setBold(True)
            if self.is_clickable(index) and index.column() > 0:  # the record type's cell opens its list too
                font.setUnderline(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and key is not None:
            number = self.value(row, column)
            if number == 0:
                return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            if key == "blocked":
                return QBrush(QColor(tones().error))
            if key in CLICKABLE:
                return QBrush(QPalette().color(QPalette.ColorRole.Link))
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.is_clickable(index) and (key in OPERATIONS or column == 0):
                return self.tr("Click to see the records and the fields that change")
            if self.is_clickable(index):
                return self.tr("Click to see the records and why")
            if key is not None:
                return sync_tr(COLUMNS[column - 1][2])
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.columnCount() - 1 and not total:
            counts = self.rows[row]
            return self.tr("QuickBooks {qbo}, here {here}").format(qbo=counts.in_qbo, here=counts.here)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Records")
            if section == self.columnCount() - 1:
                return ""  # the chart: the legend under the table says which colour is which side
            return sync_tr(COLUMNS[section - 1][1])
        if role == Qt.ItemDataRole.ToolTipRole and 1 <= section <= len(COLUMNS):
            return sync_tr(COLUMNS[section - 1][2])
        if role == Qt.ItemDataRole.ToolTipRole and section == self.columnCount() - 1:
            return self.tr("Records in QuickBooks (upper bar) and here (lower bar), on one scale")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if section > 0 else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: ANY_INDEX) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags


class BarsDelegate(QStyledItemDelegate):
    """Two horizontal bars per row, QuickBooks above and here below, on the same scale for every row."""

    def __init__(self, model: CountsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ANY_INDEX) -> None:
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        values = index.data(Qt.ItemDataRole.UserRole)
        if not values:
            return
        rect: QRect = chart_rect(option.rect).adjusted(0, 3, 0, -3)
        peak = max(self.model.peak, 1)
        bar_height = max(3, (rect.height() - 2) // 2)
        painter.save()
        grid = QColor(option.palette.color(QPalette.ColorRole.Text))
        grid.setAlpha(40)
        painter.setPen(grid)
        for tick in self.model.ticks()[1:]:
            x = rect.left() + round(rect.width() * tick / peak)
            painter.drawLine(x, option.rect.top(), x, option.rect.bottom())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        for number, (value, color) in enumerate(zip(values, (QBO_COLOR, HERE_COLOR), strict=True)):
            width = round(rect.width() * value / peak)
            if value and width < 2:
                width = 2
            top = rect.top() + number * (bar_height + 2)
            painter.setBrush(color)
            painter.drawRoundedRect(rect.left(), top, width, bar_height, 2, 2)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ANY_INDEX) -> QSize:
        return QSize(180, 22)


def chart_rect(cell: QRect) -> QRect:
    """Where the bars and the scale's marks go in the chart column (room left for the last mark's number)."""
    return cell.adjusted(10, 0, -28, 0)


class ScaleHeader(QHeaderView):
    """The table's header, with the chart column's scale marks (0, 50, 100…) printed where its lines run."""

    def __init__(self, model: CountsModel, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.counts = model

    def paintEvent(self, event: QPaintEvent) -> None:
        """The sections as any header paints them, then the scale over the chart's: drawn here once a paint, not
        in ``paintSection``, which Qt calls from C++ into Python for every section of every repaint."""
        super().paintEvent(event)
        last = self.counts.columnCount() - 1
        if not self.counts.rows or self.isSectionHidden(last):
            return
        rect = QRect(self.sectionViewportPosition(last), 0, self.sectionSize(last), self.viewport().height())
        if not rect.intersects(event.rect()):
            return
        painter = QPainter(self.viewport())
        try:
            self._paint_scale(painter, rect)
        finally:
            painter.end()

    def _paint_scale(self, painter: QPainter, rect: QRect) -> None:
        area = chart_rect(rect)
        metrics = painter.fontMetrics()
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        locale = QLocale()
        peak = max(self.counts.peak, 1)
        marks = [(area.left() + round(area.width() * tick / peak), locale.toString(tick))
                 for tick in self.counts.ticks()]
        gap = metrics.horizontalAdvance("  ")
        places = [min(x - metrics.horizontalAdvance(text) // 2, rect.right() - metrics.horizontalAdvance(text) - 1)
                  for x, text in marks]
        crowded = any(places[i + 1] < places[i] + metrics.horizontalAdvance(marks[i][1]) + gap
                      for i in range(len(marks) - 1))
        labelled = {0, len(marks) - 1} if crowded else set(range(len(marks)))  # crowded: the ends only
        for index, (x, text) in enumerate(marks):
            if index in labelled:
                width = metrics.horizontalAdvance(text)
                painter.drawText(QRect(places[index], rect.top(), width + 2, rect.height() - 4),
                                 int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), text)
            painter.drawLine(x, rect.bottom() - 3, x, rect.bottom())


class Legend(QWidget):
    """Which colour is which side, and where a record found on one side only goes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countsLegend")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for color, text in ((QBO_COLOR, self.tr("QuickBooks (upper bar)")), (HERE_COLOR, self.tr("Here (lower bar)"))):
            swatch = QLabel()
            swatch.setFixedSize(12, 12)
            swatch.setStyleSheet(f"background: {color.name()}; border-radius: 2px;")
            layout.addWidget(swatch)
            label = QLabel(text)
            layout.addWidget(label)
            layout.addSpacing(10)
        self.meaning = QLabel(self.tr("Only in QuickBooks → will be created here. Only here → will be created in "
                                      "QuickBooks. Linked: on both sides already, nothing is created."))
        self.meaning.setObjectName("countsMeaning")
        self.meaning.setWordWrap(True)
        layout.addWidget(self.meaning, 1)


class CountsPanel(QWidget):
    """The counts table with its chart column, a legend and a one-line status ("Counting…").

    Signals:
        details_shown(str, str): the reasons dialog opened for (entity or "" for all, outcome).
    """

    details_shown = Signal(str, str)

    def __init__(self, parent: QWidget | None = None, *, all_rows: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("countsPanel")
        self.model = CountsModel(self)
        self.table = QTableView()
        self.table.setObjectName("countsTable")
        self.table.setHorizontalHeader(ScaleHeader(self.model, self.table))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(self.model.columnCount() - 1, BarsDelegate(self.model, self.table))
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # keyboard users reach the counts; a click shows no frame
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        # On the home page every row is shown; in a page with less room (the wizard's review at 1024×640) the
        # table takes what is left and scrolls, so the legend and the status below it stay in view.
        self.all_rows = all_rows
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if all_rows
                                              else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.setAccessibleName(self.tr("Records found and what the sync will do"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # widths set in _fit_height, with air
        header.setSectionResizeMode(self.model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        self.model.modelReset.connect(self._fit_height)
        self.table.horizontalScrollBar().rangeChanged.connect(self._fit_rows)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumSize(90, 10)
        self.busy.setAccessibleName(self.tr("Counting"))
        self.busy.hide()
        self.status = QLabel()
        self.status.setObjectName("countsStatus")
        self.status.setWordWrap(True)
        status_row = QHBoxLayout()
        status_row.setSpacing(8)
        status_row.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignVCenter)
        status_row.addWidget(self.status, 1)
        self.legend = Legend()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.table, 0 if all_rows else 1)
        layout.addWidget(self.legend)
        layout.addLayout(status_row)
        self.set_plan(None)

    def set_plan(self, plan: Plan | None) -> None:
        self.model.set_plan(plan)
        # A column that is zero in every row says nothing (updates only exist once something was synced; most
        # companies have nothing ignored or left out): hidden, so the counts and the chart fit a laptop screen.
        for key in OPTIONAL:
            self.table.setColumnHidden(1 + self.model.keys.index(key),
                                       plan is None or not any(getattr(c, key) for c in plan.counts.values()))
        if plan is None:
            self.status.setText(self.tr("No counts yet."))
            return
        counts = plan.counts.values()
        writes = sum(c.create_in_qbo + c.create_here + c.update + c.delete_in_qbo for c in counts)
        parts = [self.as_of(plan), self.tr("%Ln record(s) to create, update or remove.", "", writes)]
        conflicts = sum(c.conflicts for c in counts)
        if conflicts:
            parts.append(self.tr("%Ln changed on both sides: you decide.", "", conflicts))
        waiting = sum(c.waiting for c in counts)
        if waiting:
            parts.append(self.tr("%Ln waiting for your approval.", "", waiting))
        self.status.setText(" ".join(parts))

    def as_of(self, plan: Plan) -> str:
        """"As of 14:05:" (with the date when it is not today): when both sides were read for these counts."""
        when = QDateTime.fromSecsSinceEpoch(int(plan.read_at.timestamp())).toLocalTime()
        locale = QLocale()
        if when.date() == QDateTime.currentDateTime().date():
            shown = locale.toString(when.time(), QLocale.FormatType.ShortFormat)
        else:
            short = locale.dateFormat(QLocale.FormatType.ShortFormat)
            day = locale.toString(when.date(), short if "yyyy" in short else short.replace("yy", "yyyy"))
            shown = f"{day} {locale.toString(when.time(), QLocale.FormatType.ShortFormat)}"
        return self.tr("As of {time}:").format(time=shown)

    def set_busy(self, busy: bool, message: str = "") -> None:
        self.busy.setVisible(busy)
        if busy:
            self.status.setText(message or self.tr("Counting…"))

    @Slot()
    def _fit_height(self) -> None:
        """Columns as wide as their longest text, measured here in one go.

        (``sizeHintForColumn`` would ask the model for every cell and role, one Python
        call each; while the sync worker is busy each of those waits for the GIL, and
        fitting the table after a plan stalled the window for ~100 ms.)
        """
        self.table.setCurrentIndex(QModelIndex())
        header = self.table.horizontalHeader()
        plain = self.table.fontMetrics()
        font = self.table.font()
        font.setBold(True)
        bold = QFontMetrics(font)  # the total row
        rows = self.model.rowCount()
        for column in range(self.model.columnCount() - 1):
            text = max((metrics.horizontalAdvance(self.model.display(row, column))
                        for row in range(rows) for metrics in ((bold,) if row == rows - 1 else (plain,))),
                       default=0)
            header.resizeSection(column, max(text + CELL_PADDING, header.sectionSizeHint(column)) + 2)
        self._fit_chart()
        self._fit_rows()

    @Slot()
    def _fit_chart(self) -> None:
        """The chart takes the room left, but never less than CHART_WIDTH (the table scrolls instead)."""
        header = self.table.horizontalHeader()
        chart = self.model.columnCount() - 1
        used = sum(header.sectionSize(c) for c in range(chart) if not self.table.isColumnHidden(c))
        room = self.table.viewport().width() - used
        mode = QHeaderView.ResizeMode.Stretch if room >= CHART_WIDTH else QHeaderView.ResizeMode.Fixed
        header.setSectionResizeMode(chart, mode)
        if mode is QHeaderView.ResizeMode.Fixed:
            header.resizeSection(chart, CHART_WIDTH)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_chart)  # once the table has its new width too (not after closing)

    @Slot()
    def _fit_rows(self) -> None:
        """Every row shown, and room for the horizontal scroll bar when long words need one (it can
        appear after the widths are set, once the table knows its own width)."""
        rows = self.model.rowCount()
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(rows)) if rows else self.table.verticalHeader(
        ).defaultSectionSize() * 3
        scroll = self.table.horizontalScrollBar()
        if scroll.maximum() > 0:
            height += scroll.sizeHint().height()
        if self.all_rows:
            self.table.setFixedHeight(height)
        else:  # at most every row, at least a few: the page decides within that
            self.table.setMinimumHeight(min(height, self.table.horizontalHeader().sizeHint().height()
                                            + 5 * self.table.verticalHeader().defaultSectionSize()))
            self.table.setMaximumHeight(height)

    @Slot(QModelIndex)
    def _clicked(self, index: QModelIndex) -> None:
        if not self.model.is_clickable(index) or self.model.plan is None:
            return
        from qbdesk.ui.sync.plan_details import FOR_COUNT, OperationsDialog

        key = self.model.key(index.column()) or "operations"
        entity = self.model.entities[index.row()]
        dialog: QDialog
        if key in REASONS:
            dialog = self.reasons_dialog = ReasonsDialog(self.model.plan, entity, key, self)
        else:
            dialog = self.operations_dialog = OperationsDialog(self.model.plan, entity, FOR_COUNT.get(key), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.details_shown.emit(entity, key)


class ReasonsDialog(QDialog):
    """The records an ignored or blocked count stands for, grouped by the reason, translated."""

    def __init__(self, plan: Plan, entity: str, outcome: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from qbdesk.sync.plan import OpKind

        self.setObjectName("reasonsDialog")
        what = entity_title(entity) if entity else self.tr("All records")
        title = self.tr("Ignored: {what}") if outcome == "ignored" else self.tr("Blocked: {what}")
        self.setWindowTitle(title.format(what=what))
        ops = [op for op in plan.operations
               if op.kind is OpKind.SKIP and op.outcome is not None and op.outcome.value == outcome
               and (not entity or op.entity == entity)]
        groups: dict[str, list[str]] = {}
        for op in ops:
            text = reason_text(op.reason, op.params)
            label = f"{entity_title(op.entity)}: {op.label}" if not entity else op.label
            groups.setdefault(text, []).append(label)
        counts = Counter({k: len(v) for k, v in groups.items()})
        intro = QLabel(self.tr("Ignored records are not created on the other side, as the settings ask. Change the "
                               "settings to include them.") if outcome == "ignored" else
                       self.tr("Blocked records cannot sync until the cause is fixed. They appear under Problems "
                               "after the sync, with what to do."))
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("reasonsTree")
        self.tree.setHeaderLabels([self.tr("Reason and records"), self.tr("Count")])
        self.tree.setUniformRowHeights(True)
        for text, number in counts.most_common():
            group = QTreeWidgetItem([text, QLocale().toString(number)])
            group.setToolTip(0, text)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            labels = sorted(groups[text], key=str.casefold)
            for label in labels[:MAX_LISTED]:
                group.addChild(QTreeWidgetItem([label]))
            if len(labels) > MAX_LISTED:
                group.addChild(QTreeWidgetItem([self.tr("… and %Ln more", "", len(labels) - MAX_LISTED)]))
            self.tree.addTopLevelItem(group)
        if self.tree.topLevelItemCount() == 1:
            self.tree.expandAll()
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(620, 420)

    def reasons(self) -> list[str]:
        """The reason lines shown (tests and accessibility)."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]
