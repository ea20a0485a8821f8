"""The user guide in the window: its sections on the left, the chosen one on the right, offline.

Help › User guide (F1) opens it at the part about the page on screen; a problem's
"How to fix it" pane links to the problem's entry. The window that owns the guide
registers itself with :func:`set_owner` (and its language); anything else asks
:func:`open_guide` for a section by its id.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from qbdesk.ui.base.guide import Section, load
from qbdesk.ui.base.logs import logger

log = logger("ui")


class GuideDialog(QDialog):
    """The guide of one language; :meth:`show_section` chooses what is on screen."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.language = language
        title, self.sections = load(language)
        self.setWindowTitle(title or self.tr("User guide"))
        self.resize(900, 620)
        self.contents = QListWidget()
        self.contents.setObjectName("guideContents")
        self.contents.setAccessibleName(self.tr("Contents"))
        for section in self.sections:
            item = QListWidgetItem(section.title)
            item.setData(Qt.ItemDataRole.UserRole, section.id)
            self.contents.addItem(item)
        self.contents.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setObjectName("guideText")
        self.text.setAccessibleName(self.tr("User guide"))
        self.text.setOpenExternalLinks(True)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.contents)
        split.addWidget(self.text)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 640])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(split)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.contents.currentRowChanged.connect(self._show_row)
        self.current: Section | None = None
        if self.sections:
            self.contents.setCurrentRow(0)

    @Slot(int)
    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.current = self.sections[row]
            self.text.setMarkdown(self.current.markdown)
            self.text.verticalScrollBar().setValue(0)

    def show_section(self, section_id: str) -> bool:
        """Show the section (or a problem's entry, ``problem-KEY``); False when the guide has no such part."""
        for row, section in enumerate(self.sections):
            entry = next((title for key, title in section.entries if key == section_id), None)
            if section.id == section_id or entry is not None:
                self.contents.setCurrentRow(row)
                self._show_row(row)
                if entry is not None:  # scroll to the entry's heading
                    self.text.moveCursor(QTextCursor.MoveOperation.Start)
                    found = self.text.find(entry, QTextDocument.FindFlag.FindCaseSensitively)
                    self.text.ensureCursorVisible()
                    return found
                return True
        log.warning("the guide has no section %r", section_id)
        return False


_owner: QWidget | None = None
_language = "en"
_dialog: GuideDialog | None = None


def set_owner(window: QWidget, language: str) -> None:
    """The window the guide opens over, and the language it is read in."""
    global _owner, _language, _dialog
    _owner, _language, _dialog = window, language, None


def open_guide(section_id: str = "getting-started") -> GuideDialog:
    """Open (or bring back) the guide at ``section_id``."""
    global _dialog
    if _dialog is None or _dialog.language != _language or _dialog.parent() is not _owner:
        _dialog = GuideDialog(_language, _owner)
    _dialog.show_section(section_id)
    _dialog.show()
    if QGuiApplication.platformName() != "offscreen":  # which warns that it cannot raise windows
        _dialog.raise_()
    return _dialog
