"""The detail pane: what one problem means, how to fix it, a button per action, and QuickBooks' own words.

The plain explanation and the fix come from the engine's catalogue (translated
here, placeholders filled after translation); QuickBooks' code, message, detail
and ``intuit_tid`` are shown exactly as received and can be copied for Intuit
support. A conflict shows both versions field by field.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qbdesk.sync.catalogue import REASON_MESSAGES
from qbdesk.sync.read_model import ProblemItem
from qbdesk.ui.sync.labels import action_label, action_tip, category_title, entity_label
from qbdesk.ui.sync.problems.flow import FlowLayout

# Actions that act on QuickBooks right away (the others take effect at the next sync).


def problem_title(item: ProblemItem) -> str:
    return item.row.fill(QCoreApplication.translate("Problems", item.row.entry.title))


def problem_message(item: ProblemItem) -> str:
    """The list's Message column: QuickBooks' words as received, or our own reason, translated."""
    row = item.row
    code = row.code or ""
    if code.isdigit() or (item.source == "qbo" and code not in REASON_MESSAGES):
        return row.message
    template = REASON_MESSAGES.get(code)
    if template is not None:
        return row.fill(QCoreApplication.translate("Problems", template))
    return problem_title(item) if row.entry.key != "unknown" else row.message


def format_moment(moment: datetime, locale: QLocale | None = None) -> str:
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return (locale or QLocale()).toString(stamp, QLocale.FormatType.ShortFormat)


def format_compact(moment: datetime, locale: QLocale | None = None) -> str:
    """A list's time column, as mail programs do: the time when it is today, else the date."""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    locale = locale or QLocale()
    if stamp.date() == QDateTime.currentDateTime().date():
        return locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(stamp.date(), QLocale.FormatType.ShortFormat)


def _label(text: str = "", *, wrap: bool = True, selectable: bool = False, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    if name:
        label.setObjectName(name)
    return label


def _heading(text: str, scale: float = 1.0) -> QLabel:
    label = _label(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class ProblemDetail(QWidget):
    """Shows one problem (or how many are selected) and offers its actions.

    Signals:
        action_requested(str): the user clicked an action's button (the engine's action name).
    """

    action_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemDetail")
        self.item: ProblemItem | None = None
        self.buttons: dict[str, QPushButton] = {}
        self.step_labels: list[QLabel] = []

        self.placeholder = _label(self.tr("Select a problem to see what it means and how to fix it."),
                                  name="detailPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.many = _label(name="detailMany")
        self.many.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.title = _heading("", 1.25)
        self.title.setObjectName("detailTitle")
        self.record = _label(selectable=True, name="detailRecord")
        self.seen = _label(name="detailSeen")
        self.seen.setStyleSheet("color: #5f6b7a;")
        self.explanation = _label(selectable=True, name="detailExplanation")
        self.fix_heading = _heading(self.tr("How to fix it"))
        self.steps_host = QWidget()
        self.steps = QGridLayout(self.steps_host)
        self.steps.setContentsMargins(0, 0, 0, 0)
        self.steps.setHorizontalSpacing(8)
        self.steps.setVerticalSpacing(4)
        self.steps.setColumnStretch(1, 1)

        self.compare_heading = _heading(self.tr("The two versions"))
        self.compare = QTableWidget(0, 3)
        self.compare.setObjectName("conflictTable")
        self.compare.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Here"), self.tr("In QuickBooks")])
        self.compare.verticalHeader().hide()
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.compare.setWordWrap(True)
        header = self.compare.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.actions_host = QWidget()
        self.actions_host.setObjectName("detailActions")
        self.actions_layout = FlowLayout(self.actions_host, spacing=8)

        self.raw_heading = _heading("")
        self.raw = QWidget()
        raw_grid = QGridLayout(self.raw)
        raw_grid.setContentsMargins(0, 0, 0, 0)
        raw_grid.setHorizontalSpacing(12)
        raw_grid.setVerticalSpacing(4)
        raw_grid.setColumnStretch(1, 1)
        self.raw_values: dict[str, QLabel] = {}
        self.raw_names: dict[str, QLabel] = {}
        for row, (key, name) in enumerate((("code", self.tr("Code")), ("message", self.tr("Message")),
                                          ("detail", self.tr("Detail")), ("tid", "intuit_tid"))):
            caption = _label(name, wrap=False)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            value = _label(selectable=True, name=f"raw_{key}")
            raw_grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            raw_grid.addWidget(value, row, 1)
            self.raw_names[key], self.raw_values[key] = caption, value
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setObjectName("copyDetails")
        self.copy_button.setToolTip(self.tr("Copy QuickBooks' code, message and intuit_tid, for Intuit support."))
        self.copy_button.clicked.connect(self.copy_details)
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_button)

        body = QWidget()
        body.setObjectName("detailBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.record)
        layout.addWidget(self.seen)
        layout.addSpacing(4)
        layout.addWidget(self.explanation)
        layout.addSpacing(4)
        layout.addWidget(self.fix_heading)
        layout.addWidget(self.steps_host)
        layout.addSpacing(4)
        layout.addWidget(self.compare_heading)
        layout.addWidget(self.compare)
        layout.addWidget(self.actions_host)
        layout.addSpacing(6)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.raw_heading)
        layout.addWidget(self.raw)
        layout.addLayout(copy_row)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area = scroll

        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.many)
        self.stack.addWidget(self.scroll_area)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    # --- showing ----------------------------------------------------------------------------------

    def show_nothing(self) -> None:
        self.item = None
        self.stack.setCurrentWidget(self.placeholder)

    def show_many(self, count: int) -> None:
        self.item = None
        self.many.setText(self.tr("%n problem(s) selected. Resync or skip them together with the buttons "
                                  "above.", "", count))
        self.stack.setCurrentWidget(self.many)

    def show_item(self, item: ProblemItem) -> None:
        self.item = item
        row = item.row
        self.title.setText(problem_title(item))
        kind = entity_label(row.entity)
        self.record.setText(self.tr("{kind} {record} · {category}").format(
            kind=kind, record=row.record or "—", category=category_title(row.category)))
        seen = self.tr("First seen {first} · last seen {last} · %n attempt(s)", "", row.attempts).format(
            first=format_moment(row.first_seen), last=format_moment(row.last_seen))
        if row.status == "skipped":
            seen = self.tr("Skipped · {seen}").format(seen=seen)
        self.seen.setText(seen)
        self.explanation.setText(row.fill(QCoreApplication.translate("Problems", row.entry.explanation)))
        self._show_steps([row.fill(QCoreApplication.translate("Problems", step)) for step in row.entry.fix])
        self._show_compare(item)
        self._show_actions(item)
        self._show_raw(item)
        self.stack.setCurrentWidget(self.scroll_area)
        self.scroll_area.verticalScrollBar().setValue(0)

    def _show_steps(self, steps: list[str]) -> None:
        while self.steps.count():
            taken = self.steps.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.setParent(None)  # gone from findChildren now, deleted later
                widget.deleteLater()
        self.step_labels = []
        for n, text in enumerate(steps):
            number = _label(f"{QLocale().toString(n + 1)}.", wrap=False)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.steps.addWidget(number, n, 0, Qt.AlignmentFlag.AlignTop)
            step = _label(text, selectable=True, name="fixStep")
            self.steps.addWidget(step, n, 1)
            self.step_labels.append(step)
        self.fix_heading.setVisible(bool(steps))
        self.steps_host.setVisible(bool(steps))

    def _show_compare(self, item: ProblemItem | None) -> None:
        fields = item.fields if item is not None else ()
        self.compare_heading.setVisible(bool(fields))
        self.compare.setVisible(bool(fields))
        self.compare.setRowCount(len(fields))
        for n, (name, here, qbo) in enumerate(fields):
            for column, text in enumerate((name, here, qbo)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.compare.setItem(n, column, cell)
        if fields:
            self.compare.resizeRowsToContents()
            height = sum(self.compare.rowHeight(r) for r in range(len(fields)))
            self.compare.setFixedHeight(min(height, 260) + self.compare.horizontalHeader().sizeHint().height()
                                        + 2 * self.compare.frameWidth() + 2)

    def _show_actions(self, item: ProblemItem) -> None:
        for button in self.buttons.values():
            self.actions_layout.removeWidget(button)
            button.hide()  # deleted later, at the event loop: not drawn under the new buttons meanwhile
            button.setParent(None)
            button.deleteLater()
        self.buttons = {}
        row = item.row
        for action in row.actions:
            button = QPushButton(action_label(action))
            button.setObjectName(f"action_{action}")
            button.setProperty("action", action)
            tip = action_tip(action)
            if action == "edit" and (row.local_id is None or row.entity == "TaxCode"):
                button.setEnabled(False)
                tip = self.tr("This record is not in this company file.")
            button.setToolTip(tip)
            button.clicked.connect(self._clicked)
            self.actions_layout.addWidget(button)
            self.buttons[action] = button
        self.actions_host.updateGeometry()

    def _show_raw(self, item: ProblemItem) -> None:
        row = item.row
        from_qbo = item.source == "qbo" and bool((row.code and row.code.isdigit()) or row.intuit_tid)
        if from_qbo:
            self.raw_heading.setText(self.tr("What QuickBooks said"))
        elif item.source == "preflight":
            self.raw_heading.setText(self.tr("Found before sending: nothing was sent to QuickBooks"))
        else:
            self.raw_heading.setText(self.tr("Details"))
        # QuickBooks' words are shown as received; the engine's own reasons in the user's language (the stored
        # English line is for logs and `qbdesk issues`), and not at all when they would repeat the title.
        message = row.message if from_qbo else problem_message(item)
        if not from_qbo and message == problem_title(item):
            message = ""
        values = {"code": row.code or "", "message": message, "detail": row.detail if from_qbo else "",
                  "tid": row.intuit_tid or ""}
        for key, value in values.items():
            self.raw_values[key].setText(value)
            self.raw_values[key].setVisible(bool(value))
            self.raw_names[key].setVisible(bool(value))

    # --- acting -----------------------------------------------------------------------------------

    @Slot()
    def _clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            self.action_requested.emit(str(button.property("action")))

    def details_text(self) -> str:
        """The problem as plain text: what support needs, in English field names on purpose."""
        if self.item is None:
            return ""
        row = self.item.row
        lines = [f"{row.entity} {row.record}".strip(), f"code: {row.code or ''}", f"message: {row.message}"]
        if row.detail:
            lines.append(f"detail: {row.detail}")
        if row.intuit_tid:
            lines.append(f"intuit_tid: {row.intuit_tid}")
        lines.append(f"first seen: {row.first_seen.isoformat()}  last seen: {row.last_seen.isoformat()}  "
                     f"attempts: {row.attempts}")
        return "\n".join(lines)

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
