"""Pick the QuickBooks customer a customer here is (TaxDome's "select the client from the list").

The list comes from QuickBooks itself, searched as the user types: a debounced
``DisplayName LIKE '%…%'`` query in a background operation, so a company with
thousands of customers never loads them all and the window never waits on the
network. Answers that arrive after the user typed more are dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qbdesk.sync.read_model import QboCustomer, search_customers
from qbdesk.ui.base.background import BackgroundOp, Failure
from qbdesk.ui.base.icons import icon

if TYPE_CHECKING:
    from qbdesk.qbo.client import QboClient

SEARCH_DELAY_MS = 300
_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CustomerPicker(QDialog):
    """A search box over QuickBooks' customers and the matches.

    Signals:
        results_shown(int): a search answered; the number of customers listed.
        chosen(str, str): QuickBooks Id and display name of the customer the user picked.
    """

    results_shown = Signal(int)
    chosen = Signal(str, str)

    def __init__(self, client: QboClient, record: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self._generation = 0
        self.setObjectName("customerPicker")
        self.setWindowTitle(self.tr("Match with a QuickBooks customer"))
        intro = QLabel(self.tr("Which QuickBooks customer is “{record}”? Type a few letters of its name and "
                               "pick it: the two are linked, and its invoices and payments go to that "
                               "customer.").format(record=record))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(self.tr("Search QuickBooks customers"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(self.tr("Search QuickBooks customers"))
        self.results = QListWidget()
        self.results.setObjectName("customerResults")
        self.results.setAccessibleName(self.tr("QuickBooks customers"))
        self.results.setAlternatingRowColors(True)
        self.status = QLabel()
        self.status.setObjectName("pickerStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.link_button = self.buttons.addButton(self.tr("Link to this customer"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.link_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(520, 460)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.run_search)
        self.results.currentItemChanged.connect(self._current_changed)
        self.results.itemDoubleClicked.connect(self._accept)
        self.search.setText(record.split(":")[0].strip())
        self.search.selectAll()

    @Slot()
    def run_search(self) -> None:
        self._debounce.stop()
        self._generation += 1
        generation = self._generation
        text = self.search.text()
        client = self.client
        self.status.setText(self.tr("Searching QuickBooks…"))
        (BackgroundOp(self, lambda _ctx: search_customers(client, text), label="search QuickBooks customers")
         .success(lambda found: self._found(generation, found))
         .failure(lambda failure: self._failed(generation, failure))
         .run())

    def _found(self, generation: int, found: list[QboCustomer]) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        for customer in found:
            text = f"{customer.name} — {customer.detail}" if customer.detail else customer.name
            item = QListWidgetItem(icon("customer"), text)
            item.setData(_ID_ROLE, customer.id)
            item.setData(Qt.ItemDataRole.UserRole, customer.name)
            self.results.addItem(item)
        if found:
            self.status.setText(self.tr("%n customer(s) found in QuickBooks.", "", len(found)))
            self.results.setCurrentRow(0)
        else:
            self.status.setText(self.tr("No QuickBooks customer has a name like that. Try fewer letters, or "
                                        "create the customer in QuickBooks instead."))
        self.link_button.setEnabled(bool(found))
        self.results_shown.emit(len(found))

    def _failed(self, generation: int, failure: Failure) -> None:
        if generation != self._generation:
            return
        self.status.setText(self.tr("QuickBooks could not be searched: {message}").format(
            message=failure.info.message))
        self.results_shown.emit(0)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.link_button.setEnabled(current is not None)

    def select(self, qbo_id: str) -> bool:
        """Make the customer with this QuickBooks Id the current one (tests, keyboard users)."""
        for row in range(self.results.count()):
            if self.results.item(row).data(_ID_ROLE) == qbo_id:
                self.results.setCurrentRow(row)
                return True
        return False

    @Slot()
    def _accept(self) -> None:
        item: QListWidgetItem | None = self.results.currentItem()
        if item is None:
            return
        self.chosen.emit(str(item.data(_ID_ROLE)), str(item.data(Qt.ItemDataRole.UserRole)))
        self.accept()
