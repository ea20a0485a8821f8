"""Company → Import CSV…: a file with a bad row, driven through the dialog, ends in a report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from qbdesk.store import Customer, open_company
from qbdesk.store.csv_import import ImportKind
from qbdesk.ui.company.csv_dialog import CsvImportDialog
from qbdesk.ui.main_window import MainWindow
from tests.ui.conftest import FakeChooser

CSV = """Display Name,Company Name,Email,Phone
Harbor View Dental,Harbor View Dental LLC,office@harborview.example,555-0100
Maple and Pine Cafe,,hello@maplepine.example,555-0101
Lakeside Yoga,,not-an-email,555-0103
"""


def _customers(path: Path) -> int:
    company = open_company(path)
    try:
        with company.sessions() as s:
            return int(s.scalar(select(func.count()).select_from(Customer)) or 0)
    finally:
        company.close()


def _open_dialog(window: MainWindow, qtbot: Any, chooser: FakeChooser, csv: Path) -> CsvImportDialog:
    chooser.csv_path = str(csv)
    assert window.import_action.isEnabled()
    window.import_action.trigger()
    dialog: CsvImportDialog = window.csv_dialog
    qtbot.waitExposed(dialog)
    dialog.set_kind(ImportKind.CUSTOMERS)
    browse = next(b for b in dialog.findChildren(type(dialog.import_button)) if "Browse" in b.text())
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)  # the seam answers instead of a native dialog
    assert dialog.path_edit.text() == str(csv)
    return dialog


def test_a_bad_row_stops_the_import_and_is_reported(opened: MainWindow, company_file: Path, chooser: FakeChooser,
                                                    tmp_path: Path, qtbot: Any) -> None:
    csv = tmp_path / "customers.csv"
    csv.write_text(CSV, encoding="utf-8")
    before = _customers(company_file)
    dialog = _open_dialog(opened, qtbot, chooser, csv)
    with qtbot.waitSignal(dialog.finished_import, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    report = blocker.args[0]
    assert report.imported_rows == 0
    assert dialog.pages.currentIndex() == 1
    assert "Nothing was imported" in dialog.summary.text() and "1 problem" in dialog.summary.text()
    assert dialog.errors.rowCount() == 1
    row = [dialog.errors.item(0, c).text() for c in range(3)]  # type: ignore[union-attr]
    assert row == ["4", "Email", "'not-an-email' is not an email address"]
    assert _customers(company_file) == before
    assert "not-an-email" in "\n".join(dialog.report_lines())


def test_valid_rows_only_imports_the_rest_and_refreshes_the_window(
        opened: MainWindow, company_file: Path, chooser: FakeChooser, tmp_path: Path, qtbot: Any) -> None:
    csv = tmp_path / "customers.csv"
    csv.write_text(CSV, encoding="utf-8")
    before = _customers(company_file)
    dialog = _open_dialog(opened, qtbot, chooser, csv)
    dialog.valid_only.setChecked(True)
    with qtbot.waitSignal(opened.summary_shown, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.report is not None and dialog.report.imported_rows == 2
    assert "Imported 2 rows" in dialog.summary.text()
    assert _customers(company_file) == before + 2
    assert opened.home.cards["Customer"].value.text() == f"{before + 2:,}"


def test_the_report_speaks_french(opened: MainWindow, chooser: FakeChooser, tmp_path: Path, qtbot: Any,
                                  translators: Any, qapp: Any) -> None:
    translators.install(qapp, "fr")
    csv = tmp_path / "clients.csv"
    csv.write_text(CSV, encoding="utf-8")
    from qbdesk.ui.company.csv_dialog import CsvImportDialog as Dialog

    assert opened.company is not None
    dialog = Dialog(opened.company, chooser, "", opened)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.set_path(str(csv))
    with qtbot.waitSignal(dialog.finished_import, timeout=10000):
        dialog.start_import()
    assert "Rien n'a été importé" in dialog.summary.text()
    assert "n'est pas une adresse e-mail" in dialog.errors.item(0, 2).text()  # type: ignore[union-attr]


def test_a_missing_file_is_explained(opened: MainWindow, chooser: FakeChooser, tmp_path: Path, qtbot: Any) -> None:
    dialog = _open_dialog(opened, qtbot, chooser, tmp_path / "missing.csv")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "There is no file" in dialog.summary.text()
    qtbot.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 0 and not dialog.import_button.isEnabled()
