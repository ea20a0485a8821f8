"""The lines of an invoice or a bill, edited in place: what, description, quantity and rate (or amount), class.

An invoice line is a product or service, a quantity and a rate; its amount is
their product, shown as the user types (QuickBooks refuses a line whose amount is
not quantity × rate, 6070, so the editor never lets them differ). A bill line is a
category (an expense account) or a product, and an amount. Numbers are read with
the user's locale, exactly, as Decimals; a value that does not read is reported
under the table with the line it is on, and nothing is saved.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qbdesk.ui.base.money import MoneyParseError, format_decimal, format_money, parse_decimal
from qbdesk.ui.base.palette import text_style
from qbdesk.ui.company.records.persistence import Choice, LineValues

CENT = Decimal("0.01")


class LinesInvalid(ValueError):
    """A line's value does not read; the message (translated) names the line."""


class LinesEditor(QWidget):
    """An editable table of lines. ``changed`` fires when the total may have moved."""

    changed = Signal()

    def __init__(self, key: str, lines: list[LineValues], choices: dict[str, list[Choice]], locale: QLocale,
                 parent: QWidget | None = None, *, currency: str | None = None) -> None:
        super().__init__(parent)
        self.currency = currency  # the total is shown in the company's home currency
        self.setObjectName("linesEditor")
        self.invoice = key == "invoices"
        self.choices = choices
        self._locale = locale
        self.ids: list[int | None] = []
        headers = ([self.tr("Product or service"), self.tr("Description"), self.tr("Qty"), self.tr("Rate"),
                    self.tr("Amount"), self.tr("Class")] if self.invoice else
                   [self.tr("Category or product"), self.tr("Description"), self.tr("Amount"), self.tr("Class")])
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("linesTable")
        self.table.setAccessibleName(self.tr("Lines"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        self.total = QLabel()
        self.total.setObjectName("linesTotal")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(text_style("error"))
        self.message.hide()
        self.add_button = QPushButton(self.tr("Add line"))
        self.add_button.setObjectName("addLine")
        self.add_button.clicked.connect(lambda: self.add_line(None))
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.remove_button.setObjectName("removeLine")
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        title = QLabel(self.tr("Lines"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        for line in lines:
            self.add_line(line)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, max(self.table.columnWidth(0), 180))
        self._fit()
        self._show_total()

    # --- building --------------------------------------------------------------------------------------

    def _combo(self, entries: list[tuple[str, object]], current: object, none: bool) -> QComboBox:
        combo = QComboBox()
        if none:
            combo.addItem(self.tr("(none)"), None)
        for label, data in entries:
            combo.addItem(label, data)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _what_entries(self) -> list[tuple[str, object]]:
        # Keys as text: a combo box finds text data reliably, a Python tuple it cannot compare.
        entries: list[tuple[str, object]] = [(c.label, f"account:{c.id}") for c in self.choices.get("accounts", [])]
        entries += [(c.label, f"item:{c.id}") for c in self.choices.get("items", [])]
        return entries

    def _number_text(self, value: Decimal | None, places: int) -> str:
        if value is None:
            return ""
        if places == 2:
            return format_money(value, self._locale)
        return format_decimal(value, self._locale, places=places, min_places=0 if places == 6 else 2)

    def add_line(self, line: LineValues | None) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self.ids.append(line.id if line is not None else None)
        what = f"{line.what[0]}:{line.what[1]}" if line is not None and line.what is not None else None
        self.table.setCellWidget(row, 0, self._combo(self._what_entries(), what, none=self.invoice))
        self.table.setItem(row, 1, QTableWidgetItem(line.description or "" if line is not None else ""))
        classes: list[tuple[str, object]] = [(c.label, c.id) for c in self.choices.get("classes", [])]
        class_column = 5 if self.invoice else 3
        self.table.setCellWidget(row, class_column, self._combo(classes, line.class_id if line else None, none=True))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if self.invoice:
            cells = [(2, self._number_text(line.quantity if line else Decimal(1), 6)),
                     (3, self._number_text(line.unit_price if line else None, 6))]
            for column, text in cells:
                item = QTableWidgetItem(text)
                item.setTextAlignment(right)
                self.table.setItem(row, column, item)
            amount = QTableWidgetItem()
            amount.setFlags(amount.flags() & ~Qt.ItemFlag.ItemIsEditable)
            amount.setTextAlignment(right)
            self.table.setItem(row, 4, amount)
            self._recompute_row(row)
        else:
            item = QTableWidgetItem(self._number_text(line.amount if line else None, 2))
            item.setTextAlignment(right)
            self.table.setItem(row, 2, item)
        self.table.blockSignals(False)
        self._fit()
        self._show_total()
        return row

    @Slot()
    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row < 0:
            return
        self.table.removeRow(row)
        del self.ids[row]
        self._fit()
        self._show_total()
        self.changed.emit()

    def _fit(self) -> None:
        rows = max(self.table.rowCount(), 1)
        height = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(min(rows, 6) * height + self.table.horizontalHeader().sizeHint().height()
                                  + 2 * self.table.frameWidth() + 2)

    # --- reading ---------------------------------------------------------------------------------------

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _number(self, row: int, column: int, places: int, label: str) -> Decimal | None:
        text = self._text(row, column)
        try:
            return parse_decimal(text, self._locale, places=places)
        except MoneyParseError as exc:
            if exc.reason == "empty":
                return None
            example = format_money(Decimal("1234.56"), self._locale)
            raise LinesInvalid(self.tr("Line {line}: enter {what} such as {example}.").format(
                line=row + 1, what=label, example=example)) from exc

    def _recompute_row(self, row: int) -> None:
        try:
            qty = self._number(row, 2, 6, "")
            rate = self._number(row, 3, 6, "")
        except LinesInvalid:
            qty = rate = None
        amount = ((qty if qty is not None else Decimal(1)) * (rate or Decimal(0))).quantize(CENT, ROUND_HALF_UP) \
            if rate is not None else None
        item = self.table.item(row, 4)
        if item is not None:
            item.setText(format_money(amount, self._locale) if amount is not None else "")

    @Slot(QTableWidgetItem)
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self.invoice and item.column() in (2, 3):
            self.table.blockSignals(True)
            self._recompute_row(item.row())
            self.table.blockSignals(False)
        self._show_total()
        self.changed.emit()

    def _show_total(self) -> None:
        try:
            total = sum((self._amount(row) for row in range(self.table.rowCount())), Decimal("0.00"))
        except LinesInvalid:
            self.total.setText("")
            return
        self.total.setText(self.tr("Total: {amount}").format(amount=format_money(total, self._locale,
                                                                                  self.currency)))

    def _amount(self, row: int) -> Decimal:
        if self.invoice:
            qty = self._number(row, 2, 6, self.tr("a quantity"))
            rate = self._number(row, 3, 6, self.tr("a rate"))
            return ((qty if qty is not None else Decimal(1)) * (rate or Decimal(0))).quantize(CENT, ROUND_HALF_UP)
        return self._number(row, 2, 2, self.tr("an amount")) or Decimal("0.00")

    def values(self) -> list[LineValues]:
        """The lines as typed; raises :class:`LinesInvalid` with the first problem."""
        found: list[LineValues] = []
        for row in range(self.table.rowCount()):
            what_combo = self.table.cellWidget(row, 0)
            class_combo = self.table.cellWidget(row, 5 if self.invoice else 3)
            assert isinstance(what_combo, QComboBox) and isinstance(class_combo, QComboBox)
            chosen = what_combo.currentData()
            what: tuple[str, int] | None = None
            if isinstance(chosen, str):
                kind, _, ident = chosen.partition(":")
                what = (kind, int(ident))
            description = self._text(row, 1).strip() or None
            if self.invoice:
                quantity = self._number(row, 2, 6, self.tr("a quantity"))
                rate = self._number(row, 3, 6, self.tr("a rate"))
                if rate is None:
                    raise LinesInvalid(self.tr("Line {line}: enter a rate.").format(line=row + 1))
                found.append(LineValues(self.ids[row], what, description, quantity if quantity is not None
                                        else Decimal(1), rate, None, class_combo.currentData()))
            else:
                amount = self._number(row, 2, 2, self.tr("an amount"))
                if amount is None:
                    raise LinesInvalid(self.tr("Line {line}: enter an amount.").format(line=row + 1))
                if what is None:
                    raise LinesInvalid(self.tr("Line {line}: choose a category or a product.").format(line=row + 1))
                found.append(LineValues(self.ids[row], what, description, None, None, amount,
                                        class_combo.currentData()))
        if not found:
            raise LinesInvalid(self.tr("Keep at least one line."))
        return found

    def set_message(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))
