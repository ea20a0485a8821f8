"""The detail pane: what one problem means, how to fix it, a button per action, and QuickBooks' own words.

The plain explanation and the fix come from the engine's catalogue (translated
here, placeholders filled after translation); QuickBooks' code, message, detail
and ``intuit_tid`` are shown exactly as received and can be copied for Intuit
support. A conflict shows both versions field by field.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qbdesk.sync.catalogue import REASON_MESSAGES
from qbdesk.sync.problem_list import ProblemRow
from qbdesk.sync.read_model import ProblemItem
from qbdesk.ui.base.moments import format_moment
from qbdesk.ui.base.palette import text_style
from qbdesk.ui.sync.labels import action_label, action_tip, category_title, entity_label, entity_record_text
from qbdesk.ui.sync.problems.flow import FlowLayout
from qbdesk.ui.widgets.guide_viewer import open_guide
from qbdesk.ui.widgets.page_stack import PageStack

# Actions that act on QuickBooks right away (the others take effect at the next sync).


# Fixes that are a place in the window rather than an engine action: the problem's key → the button's action.
WINDOW_FIXES = {"refund_account_missing": "choose-refund-account"}


def localized(row: ProblemRow) -> ProblemRow:
    """The row with the records its texts name in the user's language ("Proveedor …", not "Vendor …")."""
    params = {key: entity_record_text(value) for key, value in row.params.items()}
    return dataclasses.replace(row, params=params) if params != row.params else row


def fill(row: ProblemRow, text: str) -> str:
    """A catalogue text, translated, with this problem's values (records named in the user's language)."""
    return localized(row).fill(QCoreApplication.translate("Problems", text))


def problem_title(item: ProblemItem) -> str:
    return fill(item.row, item.row.entry.title)


def problem_message(item: ProblemItem) -> str:
    """The list's Message column, in the user's language: our own reason, or what a QuickBooks error we know
    means. QuickBooks' own words (English, whatever the user reads) come first only for an error we do not
    know, and then say whose words they are; otherwise they are in the detail pane, under "What QuickBooks
    said"."""
    row = item.row
    template = REASON_MESSAGES.get(row.code or "")
    if template is not None:
        return fill(row, template)
    if row.entry.key != "unknown":
        return problem_title(item)
    if item.source == "qbo" and row.message:
        return QCoreApplication.translate("ProblemDetail", "QuickBooks: {message}").format(message=row.message)
    return row.message


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
        self.seen.setStyleSheet(text_style("muted"))
        self.explanation = _label(selectable=True, name="detailExplanation")
        self.fix_heading = _heading(self.tr("How to fix it"))
        self.guide_link = QPushButton(self.tr("More in the user guide"))
        self.guide_link.setObjectName("problemGuideLink")
        self.guide_link.setFlat(True)
        self.guide_link.setStyleSheet("QPushButton#problemGuideLink { color: palette(link); "
                                      "text-decoration: underline; text-align: left; border: none; }")
        self.guide_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.guide_link.setToolTip(self.tr("This problem's entry in the user guide: what it means and every fix."))
        self.guide_link.clicked.connect(self._open_guide)
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
        layout.addWidget(self.guide_link, 0, Qt.AlignmentFlag.AlignLeft)
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

        self.stack = PageStack()
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
        self.explanation.setText(fill(row, row.entry.explanation))
        self._show_steps([fill(row, step) for step in row.entry.fix])
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
        empty = self.tr("(empty)")
        for n, (name, here, qbo) in enumerate(fields):
            label = QCoreApplication.translate("Fields", name)  # the field as QuickBooks' screens name it
            for column, text in enumerate((label, here or empty, qbo or empty)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if column and not (here if column == 1 else qbo):
                    cell.setForeground(self.palette().placeholderText())
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
        actions = row.actions
        if row.entry.key in WINDOW_FIXES:  # a fix the window applies itself, first: it is the one to do
            actions = (WINDOW_FIXES[row.entry.key], *actions)
        for number, action in enumerate(actions, start=1):
            button = QPushButton(action_label(action))
            button.setObjectName(f"action_{action}")
            button.setProperty("action", action)
            tip = action_tip(action)
            if action == "edit" and (row.local_id is None or row.entity == "TaxCode"):
                button.setEnabled(False)
                tip = self.tr("This record is not in this company file.")
            if number <= 9:  # Alt+1…9: the pane's actions in their order, from the keyboard
                key = QKeySequence(f"Alt+{number}")
                button.setShortcut(key)
                tip = f"{tip} ({key.toString(QKeySequence.SequenceFormat.NativeText)})" if tip else \
                    key.toString(QKeySequence.SequenceFormat.NativeText)
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

    def guide_section(self) -> str:
        """The user guide's entry for the problem on screen (``problem-KEY``)."""
        return f"problem-{self.item.row.entry.key}" if self.item is not None else "problems"

    @Slot()
    def _open_guide(self) -> None:
        self.guide = open_guide(self.guide_section())

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
