"""Import CSV…: choose a file and a type, import in the background, read the report.

The import checks the whole file before writing anything and writes in one
transaction, so Cancel really means "nothing changed": cancelling before the
commit rolls the transaction back. Problems are listed by spreadsheet row and
column, in the user's language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qbdesk.store import Company
from qbdesk.store.csv_import import (
    DATE_EXAMPLES,
    CsvReadError,
    DateFormat,
    ImportKind,
    ImportReport,
    import_table,
    read_csv,
)
from qbdesk.ui.base.background import BackgroundOp, Failure, TaskContext
from qbdesk.ui.base.icons import icon
from qbdesk.ui.base.tr import QT_TRANSLATE_NOOP
from qbdesk.ui.company.csv_messages import translate_reason
from qbdesk.ui.widgets.file_chooser import FileChooser

KIND_LABELS = {
    ImportKind.CUSTOMERS: QT_TRANSLATE_NOOP("RecordTypes", "Customers"),
    ImportKind.VENDORS: QT_TRANSLATE_NOOP("RecordTypes", "Vendors"),
    ImportKind.ITEMS: QT_TRANSLATE_NOOP("RecordTypes", "Products and services"),
    ImportKind.INVOICES: QT_TRANSLATE_NOOP("RecordTypes", "Invoices"),
    ImportKind.PAYMENTS: QT_TRANSLATE_NOOP("RecordTypes", "Payments"),
    ImportKind.TRIAL_BALANCE: QT_TRANSLATE_NOOP("RecordTypes", "Trial balance (opening balances)"),
}


def run_import(company: Company, kind: ImportKind, path: str, valid_rows_only: bool,
               date_format: DateFormat, ctx: TaskContext) -> ImportReport:
    """The importer's own steps, with a cancel check before the single commit."""
    ctx.progress(0, 0, "read")
    try:
        table = read_csv(path)
    except CsvReadError as exc:
        return ImportReport(kind, 0, 0, {}, [exc.error], valid_rows_only, source=path)
    ctx.check_cancelled()
    ctx.progress(0, 0, "check")
    with company.session() as session:
        report = import_table(session, kind, table, valid_rows_only=valid_rows_only, date_format=date_format)
        ctx.check_cancelled()  # raising here rolls the whole import back
        ctx.progress(0, 0, "save")
    report.source = path
    return report


class CsvImportDialog(QDialog):
    """Choose, import, report.

    Signals:
        imported(object): the :class:`ImportReport` of an import that wrote records.
        finished_import(object): the report of any import that ran to the end (written or not).
    """

    imported = Signal(object)
    finished_import = Signal(object)

    def __init__(self, company: Company, chooser: FileChooser, folder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.company = company
        self.chooser = chooser
        self.folder = folder
        self.op: BackgroundOp[ImportReport] | None = None
        self.report: ImportReport | None = None
        self.setObjectName("csvImportDialog")
        self.setWindowTitle(self.tr("Import CSV"))
        self.resize(680, 360)

        # --- page 1: choose --------------------------------------------------------------------
        intro = QLabel(self.tr("Bring customers, vendors, products and services, invoices, payments or a trial "
                               "balance (the opening balances of a migration) in from a spreadsheet saved as CSV. "
                               "The whole file is checked first; nothing is written unless you say so."))
        intro.setWordWrap(True)
        self.kind_combo = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind_combo.addItem(QCoreApplication.translate("RecordTypes", label), kind)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("csvPath")
        self.path_edit.setPlaceholderText(self.tr("Choose a file…"))
        self.path_edit.textChanged.connect(self._update_buttons)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.date_combo = QComboBox()
        for fmt in (DateFormat.ISO, DateFormat.DMY, DateFormat.MDY):
            self.date_combo.addItem(DATE_EXAMPLES[fmt], fmt)
        self.date_combo.setCurrentIndex(self.date_combo.findData(self._default_date_format()))
        self.valid_only = QCheckBox(self.tr("If some rows have problems, import the other rows anyway"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        kind_label = QLabel(self.tr("&What the file holds:"))
        kind_label.setBuddy(self.kind_combo)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        date_label = QLabel(self.tr("&Dates look like:"))
        date_label.setBuddy(self.date_combo)
        form.addRow(kind_label, self.kind_combo)
        form.addRow(file_label, path_row)
        form.addRow(date_label, self.date_combo)
        form.addRow("", self.valid_only)
        choose = QWidget()
        choose_layout = QVBoxLayout(choose)
        choose_layout.setContentsMargins(0, 0, 0, 0)
        choose_layout.setSpacing(14)
        choose_layout.addWidget(intro)
        choose_layout.addLayout(form)
        choose_layout.addStretch(1)

        # --- page 2: report --------------------------------------------------------------------
        self.summary_icon = QLabel()
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.errors = QTableWidget(0, 3)
        self.errors.setObjectName("importErrors")
        self.errors.setAccessibleName(self.tr("Problems found"))
        self.errors.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.errors.verticalHeader().hide()
        self.errors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.errors.setWordWrap(True)
        header = self.errors.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.summary_icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.addWidget(self.summary)
        texts.addWidget(self.detail)
        top.addLayout(texts, 1)
        report = QWidget()
        report_layout = QVBoxLayout(report)
        report_layout.setContentsMargins(0, 0, 0, 0)
        report_layout.addLayout(top)
        report_layout.addWidget(self.errors, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(choose)
        self.pages.addWidget(report)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setIcon(icon("import"))
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.copy_button = self.buttons.addButton(self.tr("&Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        self.again_button = self.buttons.addButton(self.tr("Import &another file"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.copy_button.hide()
        self.again_button.hide()
        self.import_button.clicked.connect(self.start_import)
        self.copy_button.clicked.connect(self._copy_report)
        self.again_button.clicked.connect(self._again)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.resize(680, 360)

    def _default_date_format(self) -> DateFormat:
        country = QLocale().territory()
        if country in (QLocale.Country.UnitedStates, QLocale.Country.Philippines):
            return DateFormat.MDY
        return DateFormat.DMY if QLocale().language() != QLocale.Language.English else DateFormat.ISO

    def set_path(self, path: str) -> None:
        self.path_edit.setText(path)

    def set_kind(self, kind: ImportKind) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    @Slot()
    def _update_buttons(self) -> None:
        self.import_button.setEnabled(bool(self.path_edit.text().strip()))

    @Slot()
    def _browse(self) -> None:
        path = self.chooser.csv_file(self, self.folder)
        if path:
            self.set_path(path)

    @Slot()
    def start_import(self) -> None:
        path = self.path_edit.text().strip()
        if not path:
            return
        if not Path(path).is_file():
            self._show_report_failure(self.tr("There is no file at {path}.").format(path=path))
            return
        self.folder = str(Path(path).parent)
        kind = ImportKind(self.kind_combo.currentData())
        date_format = DateFormat(self.date_combo.currentData())
        valid_only = self.valid_only.isChecked()
        company = self.company
        self.import_button.setEnabled(False)
        op = BackgroundOp(self, lambda ctx: run_import(company, kind, path, valid_only, date_format, ctx),
                          label=self.tr("Import CSV"), writes=True)
        op.with_progress(self, self.tr("Importing {file}…").format(file=Path(path).name), delay_ms=300)
        op.progress.connect(self._progress)
        op.success(self._done).failure(self._failed).on_cancel(self._cancelled)
        self.op = op.run()

    @Slot(int, int, str)
    def _progress(self, _done: int, _total: int, stage: str) -> None:
        dialog = self.op.progress_dialog if self.op is not None else None
        if dialog is None:
            return
        texts = {"read": self.tr("Reading the file…"), "check": self.tr("Checking every row…"),
                 "save": self.tr("Saving…")}
        dialog.setLabelText(texts.get(stage, stage))

    def _done(self, report: ImportReport) -> None:
        self.report = report
        self._show_report(report)
        self.finished_import.emit(report)
        if report.imported_rows:
            self.imported.emit(report)

    def _failed(self, failure: Failure) -> None:
        self._show_report_failure(self.tr("The file could not be imported: {message}")
                                  .format(message=failure.info.message))

    def _cancelled(self) -> None:
        self.import_button.setEnabled(True)
        self._show_report_failure(self.tr("Import cancelled. Nothing was changed."), warning=False)

    def _show_report_failure(self, text: str, *, warning: bool = True) -> None:
        self.pages.setCurrentIndex(1)
        icon_name = self.style().StandardPixmap.SP_MessageBoxWarning if warning else \
            self.style().StandardPixmap.SP_MessageBoxInformation
        self.summary_icon.setPixmap(self.style().standardIcon(icon_name).pixmap(32, 32))
        self.summary.setText(text)
        self.detail.setText("")
        self.errors.setRowCount(0)
        self.errors.hide()
        self.import_button.hide()
        self.again_button.show()
        self.copy_button.hide()

    def _show_report(self, report: ImportReport) -> None:
        self.pages.setCurrentIndex(1)
        style = self.style()
        ok = report.ok
        pixmap = style.StandardPixmap.SP_DialogApplyButton if ok else style.StandardPixmap.SP_MessageBoxWarning
        self.summary_icon.setPixmap(style.standardIcon(pixmap).pixmap(32, 32))
        if ok:
            self.summary.setText(self.tr("Imported %Ln row(s).", "", report.imported_rows))
            self.detail.setText(self.tr("Every row was read without a problem."))
        elif report.imported_rows:
            self.summary.setText(self.tr("Imported %Ln row(s); the rows below were left out.", "",
                                         report.imported_rows))
            self.detail.setText(self.tr("Fix these rows in the spreadsheet and import them again."))
        else:
            self.summary.setText(self.tr("Nothing was imported: %Ln problem(s) found.", "", len(report.errors)))
            self.detail.setText(self.tr("Fix the rows below in the spreadsheet and import the file again, "
                                        "or tick “import the other rows anyway”."))
        if report.warnings:
            self.detail.setText(self.detail.text() + " " + self.tr(
                "%n cell(s) start like a spreadsheet formula: they are kept as text, exactly as written. "
                "Check them below.", "", len(report.warnings)))
        shown = [*report.errors, *report.warnings]
        self.errors.setVisible(bool(shown))
        self.errors.setRowCount(len(shown))
        for row, error in enumerate(shown):
            cells = [str(error.row) if error.row is not None else "",
                     error.column or "",
                     translate_reason(error.reason_template, error.reason_params)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.errors.setItem(row, column, item)
        self.errors.resizeRowsToContents()
        self.import_button.hide()
        self.copy_button.setVisible(bool(shown))
        self.again_button.show()
        self.resize(max(self.width(), 720), max(self.height(), 440 if shown else 300))

    def report_lines(self) -> list[str]:
        lines = [self.summary.text()]
        for row in range(self.errors.rowCount()):
            items = [self.errors.item(row, c) for c in range(3)]
            lines.append("\t".join(item.text() if item is not None else "" for item in items))
        return lines

    @Slot()
    def _copy_report(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.report_lines()))

    @Slot()
    def _again(self) -> None:
        self.pages.setCurrentIndex(0)
        self.path_edit.clear()
        self.import_button.show()
        self.copy_button.hide()
        self.again_button.hide()
        self.errors.show()
        self._update_buttons()

