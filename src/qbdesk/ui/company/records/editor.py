"""The record editor: fix the data behind a sync problem without leaving the app.

Double-clicking a row opens it. The record is read and saved through the
background helper (a short session each time); messages appear next to the field
they are about, in the user's language, and money is read with the user's locale
exactly as a Decimal.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QStringListModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from qbdesk.store import Company
from qbdesk.sync.catalogue import REASON_MESSAGES
from qbdesk.ui.base.background import BackgroundOp, Failure
from qbdesk.ui.base.icons import icon
from qbdesk.ui.base.moments import date_format
from qbdesk.ui.base.money import (
    MoneyParseError,
    currency_before,
    currency_symbol,
    format_decimal,
    format_money,
    parse_decimal,
)
from qbdesk.ui.base.palette import text_style
from qbdesk.ui.company.records.fields import READ_ONLY_TYPES, Field, FieldKind, fields_for
from qbdesk.ui.company.records.labels import BY_KEY, enum_label, type_singular
from qbdesk.ui.company.records.lines_editor import LinesEditor, LinesInvalid
from qbdesk.ui.company.records.numbers import NumberCheck, check_number, suggest_number
from qbdesk.ui.company.records.persistence import (
    EDITABLE_LINES,
    LineValues,
    LoadedRecord,
    RecordChanged,
    RecordGone,
    ValidationFailed,
    load_record,
    save_record,
)

if TYPE_CHECKING:
    from qbdesk.qbo.client import QboClient

NUMBER_CHECK_DELAY_MS = 500

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_NO_DATE = QDate(1900, 1, 1)


class _FieldRow(QWidget):
    """A field's editor with its message underneath (hidden while the value is fine)."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None, *, currency: str | None = None,
                 before: bool = False) -> None:
        super().__init__(parent)
        self.editor = editor
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(text_style("error"))
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if currency:  # an amount: the company's currency beside it, where the locale writes it
            line = QHBoxLayout()
            line.setContentsMargins(0, 0, 0, 0)
            symbol = QLabel(currency)
            symbol.setObjectName("currency")
            for widget in ((symbol, editor) if before else (editor, symbol)):
                line.addWidget(widget)
            line.addStretch(1)
            layout.addLayout(line)
        else:
            layout.addWidget(editor)
        layout.addWidget(self.message)

    def set_message(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))
        target = self.editor
        target.setAccessibleDescription(text or "")
        target.setProperty("invalid", bool(text))


class _NumberHint(QWidget):
    """Under an invoice's number: "This number already exists in QuickBooks — use N" and a Use N button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numberHint")
        self.suggestion: int | None = None
        self.text = QLabel()
        self.text.setObjectName("numberHintText")
        self.text.setWordWrap(True)
        self.use = QPushButton()
        self.use.setObjectName("useSuggestedNumber")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.use, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_taken(self, suggestion: int | None) -> None:
        self.suggestion = suggestion
        shown = str(suggestion or "")  # a document number: no digit grouping
        template = QCoreApplication.translate("Problems", REASON_MESSAGES["duplicate_doc_number"])
        self.text.setText(template.format(suggestion=shown))
        self.text.setStyleSheet(text_style("error"))
        self.use.setText(QCoreApplication.translate("RecordEditor", "Use {number}").format(number=shown))
        self.use.setVisible(suggestion is not None)
        self.show()

    def show_suggested(self) -> None:
        self.suggestion = None
        self.text.setText(QCoreApplication.translate(
            "RecordEditor", "The next free number, in step with QuickBooks."))
        self.text.setStyleSheet(text_style("muted"))
        self.use.hide()
        self.show()


class RecordEditor(QDialog):
    """Edits one record.

    Signals:
        loaded(): the record's values are in the form.
        saved(str, int): type key and id, after the change is committed.
        save_refused(): validation found problems; messages are next to the fields.
        number_checked(object): an invoice number was checked against QuickBooks (a ``NumberCheck``).
        number_suggested(int): a new invoice got the next number in step with QuickBooks.
    """

    loaded = Signal()
    saved = Signal(str, int)
    save_refused = Signal()
    number_checked = Signal(object)
    number_suggested = Signal(int)

    def __init__(self, company: Company, key: str, record_id: int, parent: QWidget | None = None,
                 qbo_client: Callable[[], QboClient | None] | None = None) -> None:
        super().__init__(parent)
        self.company = company
        self._qbo_client = qbo_client or self._window_client
        self.numbers_in_step = False
        self.number_hint: _NumberHint | None = None
        self._number_generation = 0
        self.key = key
        self.record_id = record_id
        self.fields = fields_for(key)
        self.read_only = key in READ_ONLY_TYPES
        self.rows: dict[str, _FieldRow] = {}
        self.lines_editor: LinesEditor | None = None
        self._date_edits: dict[str, QDateEdit] = {}
        self.record: LoadedRecord | None = None
        self._locale = QLocale()
        self.setObjectName("recordEditor")
        self.setWindowTitle(self.tr("Edit {kind}").format(kind=type_singular(key).lower()))
        self.resize(600, 480)

        self.heading = QLabel(type_singular(key))
        self.heading.setObjectName("dialogTitle")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        badge = QLabel()
        badge.setPixmap(icon(BY_KEY[key].icon).pixmap(28, 28))
        self.subtitle = QLabel(
            self.tr("Tax codes come from QuickBooks and can't be changed here.") if self.read_only else
            self.tr("Changes are saved to this company file and sent to QuickBooks at the next sync."))
        self.subtitle.setWordWrap(True)
        self.subtitle.setObjectName("dialogSubtitle")
        head = QHBoxLayout()
        head.setSpacing(12)
        head.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        head_text = QVBoxLayout()
        head_text.setSpacing(2)
        head_text.addWidget(self.heading)
        head_text.addWidget(self.subtitle)
        head.addLayout(head_text, 1)

        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("editorStatus")
        self.status.setWordWrap(True)
        self.form_host = QWidget()
        self.form = QFormLayout()
        host_layout = QVBoxLayout(self.form_host)
        host_layout.setContentsMargins(0, 0, 8, 0)
        host_layout.addLayout(self.form)
        host_layout.addStretch(1)  # rows keep their natural height; spare room goes below them
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(8)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the last field to Save, not back up here
        scroll.setWidget(self.form_host)
        self.scroll_area = scroll

        self.buttons = QDialogButtonBox()
        if self.read_only:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        else:
            self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
            self._save_text = self.save_button.text()
            self.save_button.setEnabled(False)
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.buttons.accepted.connect(self.save)
            self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self, self._save_by_key)  # Ctrl/⌘+S
            self.save_button.setToolTip(self.tr("Save ({key})").format(
                key=QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        if key in EDITABLE_LINES and not self.read_only:
            self.resize(820, 720)  # room for the lines' columns
        else:
            self.resize(620, 640 if len(self.fields) > 8 else 480)

        (BackgroundOp(self, lambda _ctx: load_record(company, key, record_id), label="load record")
         .success(self._loaded).failure(self._load_failed).run())

    # --- building the form -----------------------------------------------------------------------

    @Slot(object)
    def _loaded(self, record: LoadedRecord) -> None:
        self.record = record
        self.heading.setText(f"{type_singular(self.key)} · {record.title}")
        self.status.hide()
        for f in self.fields:
            editor = self._make_editor(f, record)
            editor.setAccessibleName(self._label(f))
            editor.setObjectName(f"field_{f.key}")
            symbol = (currency_symbol(record.currency, self._locale)
                      if record.currency and f.kind is FieldKind.MONEY else None)
            row = _FieldRow(editor, currency=symbol, before=currency_before(self._locale))
            self.rows[f.key] = row
            label = QLabel(self._label(f) + (" *" if f.required and not self.read_only else ""))
            label.setBuddy(editor)
            # Top-aligned labels (for multi-line fields) sit level with the first line of text.
            label.setContentsMargins(0, max((editor.sizeHint().height() - label.sizeHint().height()) // 2, 0)
                                     if f.kind is not FieldKind.NOTE else 4, 0, 0)
            self.form.addRow(label, row)
            # Shown now, not at the layout's next pass: a message set right after loading must be visible.
            label.show()
            row.show()
        if record.editable_lines is not None and not self.read_only:
            self.lines_editor = LinesEditor(self.key, record.editable_lines, record.line_choices, self._locale,
                                            currency=record.currency)
            self.form.addRow(self.lines_editor)
        elif record.lines:
            self.form.addRow(self._lines_table(record))
        if not self.read_only:
            self.save_button.setEnabled(True)
        if self.key == "invoices" and not self.read_only and "doc_number" in self.rows:
            self._watch_number()
        first = next((r.editor for r in self.rows.values() if r.editor.isEnabled()), None)
        if first is not None:
            first.setFocus()
        self.loaded.emit()

    def _money(self, value: Decimal) -> str:
        """An amount shown (not edited): in the company's home currency, once known."""
        return format_money(value, self._locale, self.record.currency if self.record is not None else None)

    def _label(self, f: Field) -> str:
        return QCoreApplication.translate("RecordFields", f.label)

    # --- invoice numbers in step with QuickBooks (issue 7, Prevention) ----------------------------

    def _window_client(self) -> QboClient | None:
        """The window's QuickBooks connection, if the editor was opened from one that has it."""
        parent = self.parentWidget()
        connection = getattr(parent.window() if parent is not None else None, "connection", None)
        return getattr(connection, "client", None)

    def _watch_number(self) -> None:
        from qbdesk.sync.read_model import keep_numbers_in_step

        row = self.rows["doc_number"]
        hint = _NumberHint()
        hint.use.clicked.connect(self._use_suggestion)
        layout = row.layout()
        if layout is not None:
            layout.addWidget(hint)
        self.number_hint = hint
        self._number_timer = QTimer(self)
        self._number_timer.setSingleShot(True)
        self._number_timer.setInterval(NUMBER_CHECK_DELAY_MS)
        self._number_timer.timeout.connect(self.check_number)
        line = row.editor
        assert isinstance(line, QLineEdit)
        line.textEdited.connect(self._number_edited)
        company = self.company
        (BackgroundOp(self, lambda _ctx: keep_numbers_in_step(company), label="numbers in step setting")
         .success(self._numbers_setting).run())

    @Slot(object)
    def _numbers_setting(self, on: bool) -> None:
        self.numbers_in_step = on
        line = self.rows["doc_number"].editor
        if on and isinstance(line, QLineEdit) and not line.text().strip():
            self._suggest_number()

    def _suggest_number(self) -> None:
        company, client = self.company, self._qbo_client()
        (BackgroundOp(self, lambda _ctx: suggest_number(company, client), label="suggest invoice number")
         .success(self._number_suggested).run())

    @Slot(object)
    def _number_suggested(self, number: int) -> None:
        line = self.rows["doc_number"].editor
        if isinstance(line, QLineEdit) and not line.text().strip() and self.number_hint is not None:
            line.setText(str(number))
            self.number_hint.show_suggested()
            self.number_suggested.emit(number)

    @Slot(str)
    def _number_edited(self, _text: str) -> None:
        if self.number_hint is not None:
            self.number_hint.hide()
        if self.numbers_in_step:
            self._number_timer.start()

    @Slot()
    def check_number(self) -> None:
        """Ask QuickBooks whether the typed number is taken (in the background; stale answers dropped)."""
        self._number_timer.stop()
        client = self._qbo_client()
        line = self.rows["doc_number"].editor
        if client is None or not isinstance(line, QLineEdit) or not self.numbers_in_step:
            return
        self._number_generation += 1
        generation, number, company = self._number_generation, line.text(), self.company
        record_id = self.record_id
        (BackgroundOp(self, lambda _ctx: check_number(company, client, number, record_id),
                      label="check invoice number")
         .success(lambda result: self._number_result(generation, result))
         .failure(lambda _failure: None)
         .run())

    def _number_result(self, generation: int, result: NumberCheck) -> None:
        if generation != self._number_generation or self.number_hint is None:
            return
        if result.taken:
            self.number_hint.show_taken(result.suggestion)
        else:
            self.number_hint.hide()
        self.number_checked.emit(result)

    @Slot()
    def _use_suggestion(self) -> None:
        line = self.rows["doc_number"].editor
        if self.number_hint is None or self.number_hint.suggestion is None or not isinstance(line, QLineEdit):
            return
        line.setText(str(self.number_hint.suggestion))
        self.number_hint.hide()
        line.setFocus()

    def _make_editor(self, f: Field, record: LoadedRecord) -> QWidget:
        value = record.values.get(f.key)
        editor: QWidget
        if f.kind in (FieldKind.TEXT, FieldKind.MONEY, FieldKind.RATE, FieldKind.INT):
            line = QLineEdit()
            if f.kind is FieldKind.MONEY and value is not None:
                line.setText(format_money(value, self._locale))
            elif f.kind is FieldKind.RATE and value is not None:
                line.setText(format_decimal(value, self._locale, places=f.places, min_places=2))
            elif value is not None:
                line.setText(str(value))
            if f.kind is not FieldKind.TEXT:
                line.setAlignment(Qt.AlignmentFlag.AlignRight)
                line.setMaximumWidth(200)
            editor = line
        elif f.kind is FieldKind.NOTE:
            note = QPlainTextEdit(value or "")
            note.setTabChangesFocus(True)
            note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
            editor = note
        elif f.kind in (FieldKind.DATE, FieldKind.OPTIONAL_DATE):
            editor = self._date_editor(f, value)
        elif f.kind is FieldKind.BOOL:
            box = QCheckBox()
            box.setChecked(bool(value))
            editor = box
        elif f.kind is FieldKind.ENUM:
            combo = QComboBox()
            assert f.enum_cls is not None
            for member in f.enum_cls:
                combo.addItem(enum_label(member.value), member)
            current = combo.findData(value)
            combo.setCurrentIndex(max(current, 0))
            editor = combo
        elif f.kind is FieldKind.CHOICE:
            combo = QComboBox()
            if not f.required:
                combo.addItem(self.tr("(none)"), None)
            for choice in record.choices.get(f.key, []):
                combo.addItem(choice.label, choice.id)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            editor = combo
        elif f.kind is FieldKind.PARTY:
            editor = self._party_editor(f, record.party_labels.get(f.key, ""))
        else:  # COMPUTED
            shown = QLabel(self._money(value) if isinstance(value, Decimal) else "")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            editor = shown
        if self.read_only and f.kind is not FieldKind.COMPUTED:
            editor.setEnabled(False)
        return editor

    def _date_editor(self, f: Field, value: date | None) -> QWidget:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format(self._locale))
        edit.setMaximumWidth(200)
        edit.setAccessibleName(self._label(f))  # its label's buddy may be the row around it (with Clear)
        if f.kind is FieldKind.OPTIONAL_DATE:
            edit.setMinimumDate(_NO_DATE)
            edit.setSpecialValueText(self.tr("None"))
            edit.setDate(QDate(value.year, value.month, value.day) if value else _NO_DATE)
            host = QWidget()
            row = QHBoxLayout(host)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(edit)
            clear = QToolButton()
            clear.setText(self.tr("Clear"))
            clear.setAccessibleName(self.tr("Clear {field}").format(field=self._label(f)))
            clear.clicked.connect(lambda: edit.setDate(_NO_DATE))
            row.addWidget(clear)
            row.addStretch(1)
            host.setFocusProxy(edit)
            host.setProperty("date_edit", edit)
            self._date_edits[f.key] = edit
            return host
        if value is not None:
            edit.setDate(QDate(value.year, value.month, value.day))
        self._date_edits[f.key] = edit
        return edit

    def _party_editor(self, f: Field, current: str) -> QLineEdit:
        line = QLineEdit(current)
        line.setPlaceholderText(self.tr("Type a name"))
        names = QStringListModel(line)
        completer = QCompleter(names, line)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        line.setCompleter(completer)
        timer = QTimer(line)
        timer.setSingleShot(True)
        timer.setInterval(200)
        model: Any = f.ref_model

        def refresh() -> None:
            # A small indexed query: at most 25 names, on the GUI thread by design.
            text = line.text().strip()
            if not text:
                return
            escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            with self.company.engine.connect() as conn:
                found = conn.execute(select(model.display_name).where(
                    func.lower(model.display_name).like(f"%{escaped.lower()}%", escape="\\"))
                    .order_by(model.display_name).limit(25)).scalars().all()
            names.setStringList(list(found))

        timer.timeout.connect(refresh)
        line.textEdited.connect(timer.start)
        return line

    def _lines_table(self, record: LoadedRecord) -> QWidget:
        table = QTableWidget(len(record.lines), 5)
        table.setObjectName("linesTable")
        table.setAccessibleName(self.tr("Lines"))
        table.setHorizontalHeaderLabels([self.tr("Product, service or category"), self.tr("Description"),
                                         self.tr("Qty"), self.tr("Rate"), self.tr("Amount")])
        table.verticalHeader().hide()
        row_height = self.fontMetrics().height() + 10
        table.verticalHeader().setDefaultSectionSize(row_height)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, (_num, what, description, qty, rate, amount) in enumerate(record.lines):
            cells = [what, description,
                     format_decimal(qty, self._locale, places=6, min_places=0) if qty is not None else "",
                     format_decimal(rate, self._locale, places=6, min_places=2) if rate is not None else "",
                     self._money(amount) if amount is not None else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(right)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.setFixedHeight(min(len(record.lines), 5) * row_height + header.sizeHint().height()
                             + 2 * table.frameWidth() + 2)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        title = QLabel(self.tr("Lines (change them in QuickBooks or by CSV import)"))
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(table)
        return box

    @Slot(object)
    def _load_failed(self, failure: Failure) -> None:
        if isinstance(failure.error, RecordGone):
            self.status.setText(self.tr("This record no longer exists; it may have been deleted."))
        else:
            self.status.setText(self.tr("The record could not be read: {message}")
                                .format(message=failure.info.message))

    # --- reading the form back -------------------------------------------------------------------

    def field_editor(self, key: str) -> QWidget:
        return self.rows[key].editor

    def field_message(self, key: str) -> str:
        row = self.rows[key]
        return row.message.text() if row.message.isVisible() or row.message.text() else ""

    def _collect(self) -> tuple[dict[str, Any], dict[str, str], dict[str, str]]:
        values: dict[str, Any] = {}
        party_names: dict[str, str] = {}
        errors: dict[str, str] = {}
        for f in self.fields:
            editor = self.rows[f.key].editor
            try:
                if f.kind is FieldKind.PARTY:
                    assert isinstance(editor, QLineEdit)
                    name = editor.text().strip()
                    if f.required and not name:
                        raise _Invalid(self.tr("Choose a name from the list."))
                    party_names[f.key] = name
                elif f.kind is FieldKind.COMPUTED:
                    continue
                else:
                    values[f.key] = self._read(f, editor)
            except _Invalid as problem:
                errors[f.key] = str(problem)
        return values, party_names, errors

    def _read(self, f: Field, editor: QWidget) -> Any:
        if f.kind is FieldKind.TEXT:
            assert isinstance(editor, QLineEdit)
            return self._check_text(f, editor.text())
        if f.kind is FieldKind.NOTE:
            assert isinstance(editor, QPlainTextEdit)
            return self._check_text(f, editor.toPlainText())
        if f.kind in (FieldKind.MONEY, FieldKind.RATE):
            assert isinstance(editor, QLineEdit)
            return self._check_amount(f, editor.text())
        if f.kind is FieldKind.INT:
            assert isinstance(editor, QLineEdit)
            return self._check_int(f, editor.text())
        if f.kind in (FieldKind.DATE, FieldKind.OPTIONAL_DATE):
            qdate = self._date_edits[f.key].date()
            if f.kind is FieldKind.OPTIONAL_DATE and qdate == _NO_DATE:
                return None
            return date(qdate.year(), qdate.month(), qdate.day())
        if f.kind is FieldKind.BOOL:
            assert isinstance(editor, QCheckBox)
            return editor.isChecked()
        assert isinstance(editor, QComboBox)
        value = editor.currentData()
        if f.required and value is None:
            raise _Invalid(self.tr("Choose one."))
        return value

    def _check_text(self, f: Field, raw: str) -> str | None:
        text = raw.strip()
        if not text:
            if f.required:
                raise _Invalid(self.tr("This can't be empty."))
            return None
        if f.max_length is not None and len(text) > f.max_length:
            raise _Invalid(self.tr("QuickBooks allows at most %Ln character(s) here.", "", f.max_length))
        if f.no_colon and ":" in text:
            raise _Invalid(self.tr("Names can't contain a colon (:); QuickBooks uses it to separate "
                                   "a sub-customer from its parent."))
        if f.email and not _EMAIL.match(text):
            raise _Invalid(self.tr("Enter an email address such as name@example.com."))
        return text

    def _check_amount(self, f: Field, raw: str) -> Decimal | None:
        try:
            value = parse_decimal(raw, self._locale, places=f.places)
        except MoneyParseError as exc:
            if exc.reason == "empty":
                if f.required:
                    raise _Invalid(self.tr("Enter an amount.")) from exc
                return None
            if exc.reason == "too_many_places":
                raise _Invalid(self.tr("Use at most %n decimal place(s).", "", f.places)) from exc
            example = format_money(Decimal("1234.56"), self._locale)
            raise _Invalid(self.tr("Enter an amount such as {example}.").format(example=example)) from exc
        if f.minimum is not None and value < f.minimum:
            raise _Invalid(self.tr("The amount can't be negative."))
        return value

    def _check_int(self, f: Field, raw: str) -> int | None:
        text = raw.strip()
        if not text:
            if f.required:
                raise _Invalid(self.tr("This can't be empty."))
            return None
        value, ok = self._locale.toInt(text)
        if not ok:
            raise _Invalid(self.tr("Enter a whole number."))
        if f.minimum is not None and value < f.minimum:
            raise _Invalid(self.tr("Enter a number of at least {minimum}.").format(minimum=f.minimum))
        return value

    # --- saving ---------------------------------------------------------------------------------

    @Slot()
    def _save_by_key(self) -> None:
        """Ctrl/⌘+S does what the Save button does, when the button could be pressed."""
        if self.save_button.isEnabled():
            self.save()

    @Slot()
    def save(self) -> None:
        if self.record is None or self.read_only:
            return
        values, party_names, errors = self._collect()
        for key, row in self.rows.items():
            row.set_message(errors.get(key))
        lines: list[LineValues] | None = None
        if self.lines_editor is not None:
            try:
                lines = self.lines_editor.values()
                self.lines_editor.set_message(None)
            except LinesInvalid as problem:
                self.lines_editor.set_message(str(problem))
                if not errors:
                    self.lines_editor.table.setFocus()
                    self.scroll_area.ensureWidgetVisible(self.lines_editor)
                    self.save_refused.emit()
                    return
        if errors:
            self._focus_first_problem(errors)
            self.save_refused.emit()
            return
        record = self.record
        self.save_button.setEnabled(False)
        self.save_button.setText(self.tr("Saving…"))
        (BackgroundOp(self, lambda _ctx: save_record(self.company, self.key, record.record_id,
                                                     record.version, values, party_names, lines),
                      label="save record", writes=True)
         .success(self._saved).failure(self._save_failed).run())

    def _focus_first_problem(self, errors: dict[str, str]) -> None:
        for f in self.fields:
            if f.key in errors:
                editor = self.rows[f.key].editor
                editor.setFocus()
                self.scroll_area.ensureWidgetVisible(self.rows[f.key])
                break

    @Slot(object)
    def _saved(self, _version: int) -> None:
        self.saved.emit(self.key, self.record_id)
        self.accept()

    @Slot(object)
    def _save_failed(self, failure: Failure) -> None:
        self.save_button.setEnabled(True)
        self.save_button.setText(self._save_text)
        error = failure.error
        if isinstance(error, ValidationFailed):
            messages = {key: self._problem_text(p.reason, p.params) for key, p in error.problems.items()}
            for key, row in self.rows.items():
                row.set_message(messages.get(key))
            if self.lines_editor is not None:
                self.lines_editor.set_message(messages.get("lines"))
            self._focus_first_problem(messages)
            self.save_refused.emit()
        elif isinstance(error, RecordChanged):
            self.status.setText(self.tr("Someone else changed this record while you were editing it. "
                                        "Close this window and open the record again to see their change."))
            self.status.show()
            self.save_refused.emit()
        elif isinstance(error, RecordGone):
            self.status.setText(self.tr("This record no longer exists; it may have been deleted."))
            self.status.show()
            self.save_refused.emit()
        else:
            self.status.setText(self.tr("The record could not be saved: {message}")
                                .format(message=failure.info.message))
            self.status.show()
            self.save_refused.emit()

    def _problem_text(self, reason: str, params: dict[str, str]) -> str:
        name = params.get("name", "")
        number = params.get("number", "")
        if reason == "not_found":
            return self.tr("Nobody is named “{name}”. Choose a name from the list.").format(name=name)
        if reason == "own_parent":
            return self.tr("A customer can't be its own sub-customer.")
        if reason == "name_used_by_customer":
            return self.tr("A customer is already named “{name}”. QuickBooks needs a different name "
                           "for each customer and vendor.").format(name=name)
        if reason == "name_used_by_vendor":
            return self.tr("A vendor is already named “{name}”. QuickBooks needs a different name "
                           "for each customer and vendor.").format(name=name)
        if reason == "vendor_doc_used":
            return self.tr("This vendor already has a bill with document number {number}.").format(
                number=number)
        if reason == "invoice_number_used":
            return self.tr("Invoice number {number} is already used.").format(number=number)
        if reason == "due_before_date":
            return self.tr("The due date can't be before the date.")
        if reason == "below_applied":
            applied = self._money(Decimal(params.get("applied", "0")))
            return self.tr("The amount can't be less than the {applied} already applied to invoices.").format(
                applied=applied)
        if reason == "card_account":
            return self.tr("A credit card expense must come out of a credit card account.")
        if reason == "bank_account":
            return self.tr("A cash or check expense must come out of a bank account.")
        return self._more_problem_text(reason, params)

    def _more_problem_text(self, reason: str, params: dict[str, str]) -> str:
        """The rules of the record types issue 18 added, and of lines."""
        if reason == "bill_card_account":
            return self.tr("A bill paid by credit card must be paid from a credit card account.")
        if reason == "bill_bank_account":
            return self.tr("A bill paid by check must be paid from a bank account.")
        if reason == "below_applied_bills":
            applied = self._money(Decimal(params.get("applied", "0")))
            return self.tr("The amount can't be less than the {applied} already applied to bills.").format(
                applied=applied)
        if reason == "same_account":
            return self.tr("Choose two different accounts.")
        if reason == "own_parent_list":
            return self.tr("It can't be its own parent.")
        if reason == "no_lines":
            return self.tr("Keep at least one line.")
        if reason == "line_needs_account":
            return self.tr("Line {line}: choose a category or a product.").format(line=params.get("line", ""))
        if reason == "below_paid":
            paid = self._money(Decimal(params.get("paid", "0")))
            return self.tr("The lines can't add up to less than the {paid} already paid.").format(paid=paid)
        return reason


class _Invalid(ValueError):
    """A field's value is refused; the message is already translated."""


def open_editor(company: Company, key: str, record_id: int, parent: QWidget,
                qbo_client: Callable[[], QboClient | None] | None = None) -> RecordEditor:
    """Open the editor window-modal without blocking (tests drive it with qtbot)."""
    editor = RecordEditor(company, key, record_id, parent, qbo_client)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.open()
    return editor


