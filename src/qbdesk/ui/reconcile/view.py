"""The Reconciliation page: here and QuickBooks side by side, a verdict, and every difference leading to its records.

Shown after every first sync (the window switches to it) and on demand. It runs
:func:`qbdesk.sync.reconcile.reconcile` in the background — QuickBooks' balances
come from its Reports API, so it needs the connection — for the day chosen (today
by default), then shows:

* a verdict across the top (Balanced / Differences);
* the checks, grouped as an accountant reads them — number of records per type,
  open balances, totals per month — each with here, QuickBooks, the difference
  and its own verdict;
* the differences; a double-click (or Enter) opens the records behind one: the
  one record here directly, or a list of them, each opening in its editor;
* Save as PDF…: the document to file with the client, in the window's language.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qbdesk.ui.base.background import BackgroundOp, Failure, TaskContext
from qbdesk.ui.base.icons import icon
from qbdesk.ui.base.moments import date_format
from qbdesk.ui.base.palette import tones
from qbdesk.ui.company.records.labels import BY_ENTITY
from qbdesk.ui.reconcile.text import (
    SECTIONS,
    check_title,
    day_text,
    figure,
    reconcile_words,
    record_text,
    section_of,
    section_title,
    verdict_word,
    where_word,
)
from qbdesk.ui.widgets.message_bar import MessageBar
from qbdesk.ui.widgets.page_header import PageHeader
from qbdesk.ui.widgets.page_stack import PageStack
from qbdesk.ui.widgets.wrapping import wrap_column

if TYPE_CHECKING:
    from collections.abc import Callable

    from qbdesk.sync.reconcile import Difference, Reconciliation, RecordRef
    from qbdesk.ui.sync.context import SyncContext



def _verdict_style(balanced: bool) -> str:
    theme = tones()
    surface = theme.good if balanced else theme.bad
    return (f"QLabel#reconcileVerdict {{ background: {surface.background}; border: 1px solid {surface.border}; "
            f"border-radius: 4px; padding: 8px; color: {surface.text}; }}")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def ask_pdf_path(parent: QWidget, suggested: str) -> str | None:
    """The native save dialog (tests replace :attr:`ReconcileView.ask_pdf_path`)."""
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ReconcileView", "Save the reconciliation as PDF"), suggested,
        QCoreApplication.translate("ReconcileView", "PDF files (*.pdf)"))
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path or None


class RecordsDialog(QDialog):
    """The records behind one difference; a record here opens in its editor.

    Signals:
        open_requested(str, int): open this record (its type key and id here).
    """

    open_requested = Signal(str, int)

    def __init__(self, diff: Difference, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconcileRecords")
        words = reconcile_words()
        self.setWindowTitle(words.difference_title(diff))
        intro = QLabel(self.tr("Here {here}, in QuickBooks {qbo}. Double-click a record to open it here (records "
                               "only in QuickBooks are shown with their QuickBooks Id).").format(
            here=figure(diff.here), qbo=figure(diff.qbo)))
        intro.setWordWrap(True)
        self.refs: list[RecordRef] = list(diff.records)
        self.tree = QTreeWidget()
        self.tree.setObjectName("reconcileRecordList")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Record"), self.tr("Where"), self.tr("Here"), self.tr("QuickBooks"),
                                   self.tr("QuickBooks Id")])
        for n, ref in enumerate(self.refs):
            item = QTreeWidgetItem([record_text(ref), where_word(ref.side),
                                    figure(ref.here) if ref.here is not None else "",
                                    figure(ref.qbo) if ref.qbo is not None else "", ref.qbo_id or ""])
            item.setData(0, Qt.ItemDataRole.UserRole, n)
            for column in (2, 3):
                item.setTextAlignment(column, _RIGHT)
            self.tree.addTopLevelItem(item)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(self._activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)

    @Slot(QTreeWidgetItem, int)
    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        ref = self.refs[int(item.data(0, Qt.ItemDataRole.UserRole))]
        label = BY_ENTITY.get(ref.entity)
        if label is not None and ref.local_id is not None and ref.entity != "TaxCode":
            self.open_requested.emit(label.key, ref.local_id)


class ReconcileView(QWidget):
    """The page (see the module docstring).

    Signals:
        reconciled(object): a :class:`~qbdesk.sync.reconcile.Reconciliation` arrived.
        edit_requested(str, int): open this record (a difference's record here).
        saved(str): the PDF was written to this path.
    """

    reconciled = Signal(object)
    edit_requested = Signal(str, int)
    saved = Signal(str)

    def __init__(self, context: SyncContext, empty: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("reconcileView")
        self.result: Reconciliation | None = None
        self.running = False
        self.records_dialog: RecordsDialog | None = None
        self.ask_pdf_path: Callable[[QWidget, str], str | None] = ask_pdf_path

        self.header = PageHeader(self.tr("Reconciliation"))
        self.as_of = QDateEdit()
        self.as_of.setObjectName("reconcileAsOf")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat(date_format())
        self.as_of.setDate(QDate.currentDate())
        self.as_of.setAccessibleName(self.tr("Compare as of"))
        as_of_label = QLabel(self.tr("As of"))
        as_of_label.setBuddy(self.as_of)
        self.run_button = QPushButton(icon("refresh"), self.tr("Compare now"))
        self.run_button.setObjectName("reconcileRun")
        self.run_button.clicked.connect(self.run)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setObjectName("reconcilePdf")
        self.pdf_button.setEnabled(False)
        self.pdf_button.clicked.connect(self.save_pdf)
        top = self.header.row
        top.addWidget(as_of_label)
        top.addWidget(self.as_of)
        top.addWidget(self.run_button)
        top.addWidget(self.pdf_button)

        self.verdict = QLabel()
        self.verdict.setObjectName("reconcileVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.hide()
        self.checks = QTreeWidget()
        self.checks.setObjectName("reconcileChecks")
        self.checks.setAccessibleName(self.tr("Checks"))
        self.checks.setHeaderLabels([self.tr("Check"), self.tr("Here"), self.tr("QuickBooks"), self.tr("Difference"),
                                     self.tr("Verdict")])
        self.checks.setRootIsDecorated(False)
        self.checks.setIndentation(0)
        # A long check title ("Comptes bancaires, fonds non déposés, cartes…") wraps onto a second line rather
        # than being cut on a laptop screen.
        wrap_column(self.checks, 0)
        self.checks.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.differences = QTreeWidget()
        self.differences.setObjectName("reconcileDifferences")
        self.differences.setAccessibleName(self.tr("Differences and the records behind them"))
        self.differences.setHeaderLabels([self.tr("What differs"), self.tr("Here"), self.tr("QuickBooks"),
                                          self.tr("Difference"), self.tr("Records")])
        self.differences.setRootIsDecorated(False)
        self.differences.setIndentation(0)  # a flat list: its wrapped texts get the column's whole width
        wrap_column(self.differences, 0)  # "Clients : pas les mêmes des deux côtés" wraps on a laptop screen
        self.differences.setToolTip(self.tr("Double-click a difference to open the records behind it."))
        self.differences.itemActivated.connect(self._open_difference)
        self.differences_title = QLabel(self.tr("Differences and the records behind them"))
        bold = self.differences_title.font()
        bold.setBold(True)
        self.differences_title.setFont(bold)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        lower_layout.addWidget(self.differences_title)
        lower_layout.addWidget(self.differences, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.checks)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([460, 180])  # the checks need the room; the differences scroll
        self.message = MessageBar()

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.verdict)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        self.content = content
        self.empty = empty
        self.stack = PageStack()
        self.stack.addWidget(empty)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._size_columns()
        self.header.count.setText(self.tr("Here and in QuickBooks, side by side. Press Compare now."))

    def _size_columns(self) -> None:
        metrics = self.fontMetrics()
        money = metrics.horizontalAdvance(figure(Decimal("-12345678.90"))) + 28
        for tree in (self.checks, self.differences):
            header = tree.header()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in (1, 2, 3):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                tree.setColumnWidth(column, max(money, metrics.horizontalAdvance(tree.headerItem().text(column)) + 24))
            widest = max(metrics.horizontalAdvance(text) for text in (verdict_word(True), verdict_word(False),
                                                                       tree.headerItem().text(4)))
            tree.setColumnWidth(4, widest + 32)
            for column in (1, 2, 3):
                tree.headerItem().setTextAlignment(column, _RIGHT)

    # --- company and connection ------------------------------------------------------------------------

    def reset(self) -> None:
        self.result = None
        self.checks.clear()
        self.differences.clear()
        self.verdict.hide()
        self.pdf_button.setEnabled(False)
        self.message.clear()
        self.stack.setCurrentWidget(self.content if self.context.current_company() is not None else self.empty)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Wrapped rows take their height from their column's width: lay them out again once the width is known.
        QTimer.singleShot(0, self._relayout_rows)

    def _relayout_rows(self) -> None:
        for tree in (self.checks, self.differences):
            tree.doItemsLayout()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        company = self.context.current_company()
        self.stack.setCurrentWidget(self.content if company is not None else self.empty)
        if company is not None and self.result is None and not self.running \
                and self.context.qbo_client() is not None:
            self.run()

    # --- running -------------------------------------------------------------------------------------------

    def day(self) -> date:
        value = self.as_of.date()
        return date(value.year(), value.month(), value.day())

    @Slot()
    def run(self) -> None:
        """Compare here and QuickBooks on the chosen day, in the background."""
        company, client = self.context.current_company(), self.context.qbo_client()
        if company is None or self.running:
            return
        self.stack.setCurrentWidget(self.content)
        if client is None:
            self.message.show_message(self.tr("Connect to QuickBooks to compare: QuickBooks' side comes from its own "
                                              "reports."), "error")
            return
        from qbdesk.sync.reconcile import reconcile

        day = self.day()
        self.running = True
        self.run_button.setEnabled(False)
        self.message.clear()
        self.header.count.setText(self.tr("Comparing the books here and in QuickBooks as of {day}…").format(
            day=day_text(day)))

        def work(_ctx: TaskContext) -> Reconciliation:
            return reconcile(company, client, day)

        (BackgroundOp(self, work, label="reconcile").success(self.show_result).failure(self._failed).run())

    def _failed(self, failure: Failure) -> None:
        self.running = False
        self.run_button.setEnabled(True)
        self.header.count.setText("")
        self.message.show_message(self.tr("The books could not be compared: {message}").format(
            message=failure.info.message), "error")

    @Slot(object)
    def show_result(self, result: Reconciliation) -> None:
        self.running = False
        self.run_button.setEnabled(True)
        self.result = result
        words = reconcile_words()
        self.header.count.setText(self.tr("As of {day} · {checks}").format(day=day_text(result.as_of),
                                                                         checks=words.checks_line(result.checks)))
        self.verdict.setText(f"<b>{verdict_word(result.balanced)}</b> — "
                             f"{words.verdict_sentence(result.balanced, len(result.differences))}")
        self.verdict.setStyleSheet(_verdict_style(result.balanced))
        self.verdict.show()
        self._fill_checks(result)
        self._fill_differences(result)
        self.pdf_button.setEnabled(True)
        self.reconciled.emit(result)

    def _row(self, tree: QTreeWidget, texts: list[str], balanced: bool | None = None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(texts)
        for column in (1, 2, 3):
            item.setTextAlignment(column, _RIGHT)
        if balanced is not None:
            item.setForeground(4, QBrush(QColor(tones().success if balanced else tones().error)))
        tree.addTopLevelItem(item)
        return item

    def _fill_checks(self, result: Reconciliation) -> None:
        self.checks.clear()
        for key, _title in SECTIONS:
            members = [c for c in result.checks if section_of(c.name) == key]
            if not members:
                continue
            head = QTreeWidgetItem([section_title(key)])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self.checks.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            for check in members:
                self._row(self.checks, [check_title(check.name), figure(check.here), figure(check.qbo),
                                        figure(check.difference), verdict_word(check.balanced)], check.balanced)

    def _fill_differences(self, result: Reconciliation) -> None:
        self.differences.clear()
        words = reconcile_words()
        for n, diff in enumerate(result.differences):
            item = self._row(self.differences, [words.difference_title(diff), figure(diff.here), figure(diff.qbo),
                                                figure(diff.here - diff.qbo), words.records(len(diff.records))])
            item.setData(0, Qt.ItemDataRole.UserRole, n)
            item.setToolTip(0, item.text(0))
        QTimer.singleShot(0, self._relayout_rows)
        if not result.differences:
            self._row(self.differences, [self.tr("None: every check agrees."), "", "", "", ""])
        self.differences_title.setText(self.tr("Differences and the records behind them ({count})").format(
            count=QLocale().toString(len(result.differences))))

    # --- a difference's records --------------------------------------------------------------------------

    @Slot(QTreeWidgetItem, int)
    def _open_difference(self, item: QTreeWidgetItem, _column: int) -> None:
        index = item.data(0, Qt.ItemDataRole.UserRole)
        if self.result is None or index is None:
            return
        self.open_difference(self.result.differences[int(index)])

    def open_difference(self, diff: Difference) -> None:
        """One record here behind it: its editor; otherwise the list of records."""
        here = [r for r in diff.records if r.local_id is not None and r.entity in BY_ENTITY and r.entity != "TaxCode"]
        if len(diff.records) == 1 and len(here) == 1:
            self.edit_requested.emit(BY_ENTITY[here[0].entity].key, int(here[0].local_id or 0))
            return
        dialog = RecordsDialog(diff, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self.edit_requested)
        dialog.open()
        self.records_dialog = dialog

    # --- PDF ----------------------------------------------------------------------------------------------

    @Slot()
    def save_pdf(self) -> None:
        result, company = self.result, self.context.current_company()
        if result is None or company is None:
            return
        stem = company.path.stem if company.path is not None else "qbdesk"
        name = self.tr("reconciliation")  # the file's suggested name: "<company> - reconciliation 2026-12-31.pdf"
        suggested = str(Path.home() / f"{stem} - {name} {result.as_of.isoformat()}.pdf")
        path = self.ask_pdf_path(self, suggested)
        if not path:
            return
        from qbdesk.ui.reconcile.pdf import write_pdf

        try:
            write_pdf(result, Path(path))  # laid out on the GUI thread: Qt's text layout wants it
        except OSError as exc:
            self.message.show_message(self.tr("The PDF could not be written: {message}").format(
                message=exc.strerror or str(exc)), "error")
            return
        self.message.show_message(self.tr("Saved to {path}").format(path=path), "success")
        self.saved.emit(path)

    def differences_shown(self) -> list[list[str]]:
        """The differences table as text (tests)."""
        found: list[list[str]] = []
        for i in range(self.differences.topLevelItemCount()):
            item = self.differences.topLevelItem(i)
            if item is not None:
                found.append([item.text(c) for c in range(5)])
        return found

    def checks_shown(self) -> list[list[Any]]:
        found: list[list[Any]] = []
        for i in range(self.checks.topLevelItemCount()):
            item = self.checks.topLevelItem(i)
            if item is not None:
                found.append([item.text(c) for c in range(5)])
        return found
