"""The native file dialogs, behind one small seam.

Native dialogs cannot be driven in an offscreen test, so windows ask this object
for paths; tests replace it with one that returns prepared paths, and everything
after the dialog runs for real.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from qbdesk.ui.base.paths import COMPANY_SUFFIX


class FileChooser:
    """Asks the user for paths with the platform's dialogs; ``None`` means cancelled."""

    def _company_filter(self) -> str:
        return QCoreApplication.translate("FileChooser", "Company files (*{suffix})").format(
            suffix=COMPANY_SUFFIX) + ";;" + QCoreApplication.translate("FileChooser", "All files (*)")

    def open_company(self, parent: QWidget, folder: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("FileChooser", "Open company file"), folder,
            self._company_filter())
        return path or None

    def new_company(self, parent: QWidget, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("FileChooser", "New company file"), suggested,
            self._company_filter())
        if path and not path.endswith(COMPANY_SUFFIX):
            path += COMPANY_SUFFIX
        return path or None

    def csv_file(self, parent: QWidget, folder: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("FileChooser", "Choose a CSV file"), folder,
            QCoreApplication.translate("FileChooser", "CSV files (*.csv *.txt)") + ";;"
            + QCoreApplication.translate("FileChooser", "All files (*)"))
        return path or None
