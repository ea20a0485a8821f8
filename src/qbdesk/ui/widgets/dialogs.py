"""Small dialogs: About and New company."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QSize, Qt, Slot, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qbdesk import __version__
from qbdesk.ui.base.icons import app_icon
from qbdesk.ui.base.palette import text_style
from qbdesk.ui.base.paths import COMPANY_SUFFIX
from qbdesk.ui.widgets.file_chooser import FileChooser


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About qbdesk"))
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(QSize(64, 64)))
        name = QLabel("qbdesk")
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        name.setFont(font)
        version = QLabel(self.tr("Version {version}").format(version=__version__))
        text = QLabel(self.tr("Keeps a small business's records in two-way sync with QuickBooks Online, "
                              "and moves books into or out of it safely."))
        text.setWordWrap(True)
        text.setMinimumWidth(340)
        built = QLabel(self.tr("Built with Qt {qt} and PySide6 {pyside}.").format(
            qt=qVersion(), pyside=PySide6.__version__))
        built.setObjectName("aboutBuilt")
        trademark = QLabel(self.tr("QuickBooks and QuickBooks Online are trademarks of Intuit Inc. "
                                   "qbdesk is not made by Intuit."))
        trademark.setWordWrap(True)
        column = QVBoxLayout()
        column.setSpacing(6)
        for widget in (name, version, text, built, trademark):
            column.addWidget(widget)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(column, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)


class NewCompanyDialog(QDialog):
    """Name and place a new company file."""

    def __init__(self, chooser: FileChooser, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCompanyDialog")
        self.setWindowTitle(self.tr("New company"))
        self.chooser = chooser
        self.folder = folder
        self._path_touched = False
        intro = QLabel(self.tr("A company file keeps one business's records on this computer. "
                               "You can connect it to QuickBooks Online later."))
        intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("companyNameEdit")
        self.name_edit.setPlaceholderText(self.tr("For example: Green Leaf Landscaping"))
        self.name_edit.textChanged.connect(self._suggest_path)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("companyPathEdit")
        self.path_edit.textEdited.connect(self._path_edited)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.message = QLabel()
        self.message.setStyleSheet(text_style("error"))
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        name_label = QLabel(self.tr("Company &name:"))
        name_label.setBuddy(self.name_edit)
        file_label = QLabel(self.tr("&Save as:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow(file_label, path_row)
        buttons = QDialogButtonBox()  # Create first: Tab reaches the primary action first, as it is drawn
        self.create_button = buttons.addButton(self.tr("&Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.create_button.setDefault(True)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    @property
    def company_name(self) -> str:
        return self.name_edit.text().strip()

    @property
    def path(self) -> str:
        return self.path_edit.text().strip()

    @Slot(str)
    def _suggest_path(self, name: str) -> None:
        if self._path_touched:
            return
        stem = "".join(c if c.isalnum() or c in " -_" else "" for c in name).strip() or "company"
        self.path_edit.setText(str(self.folder / f"{stem}{COMPANY_SUFFIX}"))

    @Slot(str)
    def _path_edited(self, _text: str) -> None:
        self._path_touched = True

    @Slot()
    def _browse(self) -> None:
        path = self.chooser.new_company(self, self.path or str(self.folder))
        if path:
            self._path_touched = True
            self.path_edit.setText(path)

    @Slot()
    def _accept(self) -> None:
        if not self.company_name:
            self._fail(self.tr("Give the company a name."))
            return
        if not self.path:
            self._fail(self.tr("Choose where to save the company file."))
            return
        if Path(self.path).exists():
            self._fail(self.tr("A file already exists there. Choose another name or folder."))
            return
        self.accept()

    def _fail(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
