"""UI state kept between runs: window geometry, recent companies, language.

Only UI state lives in QSettings (STYLE §9); anything about the books or the sync
belongs in the company file. The INI path is always explicit, so ``--basedir`` and
the tests never read or write the user's real settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8

_GEOMETRY = "window/geometry"
_WINDOW_STATE = "window/state"
_RECENT = "companies/recent"
_LANGUAGE = "ui/language"
_LAST_FOLDER = "ui/last_folder"


class UiState:
    """Typed access to the settings file (QSettings' values are untyped and platform-quirky)."""

    def __init__(self, path: Path) -> None:
        self.settings = QSettings(str(path), QSettings.Format.IniFormat)

    # --- window -------------------------------------------------------------------------------

    def geometry(self) -> QByteArray | None:
        value = self.settings.value(_GEOMETRY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, geometry: QByteArray, state: QByteArray) -> None:
        self.settings.setValue(_GEOMETRY, geometry)
        self.settings.setValue(_WINDOW_STATE, state)

    def window_state(self) -> QByteArray | None:
        value = self.settings.value(_WINDOW_STATE)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    # --- recent companies ------------------------------------------------------------------------

    def recent_companies(self) -> list[str]:
        value = self.settings.value(_RECENT, [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            return [value] if value else []
        if isinstance(value, list):
            return [str(v) for v in value if v]
        return []

    def add_recent_company(self, target: str) -> list[str]:
        recent = [target] + [r for r in self.recent_companies() if r != target]
        recent = recent[:MAX_RECENT]
        self.settings.setValue(_RECENT, recent)
        return recent

    def clear_recent_companies(self) -> None:
        self.settings.remove(_RECENT)

    # --- language and folders ----------------------------------------------------------------------

    def language(self) -> str | None:
        """The user's choice, or None for "follow the system"."""
        value = self.settings.value(_LANGUAGE)
        return str(value) if value else None

    def set_language(self, language: str | None) -> None:
        if language:
            self.settings.setValue(_LANGUAGE, language)
        else:
            self.settings.remove(_LANGUAGE)

    def last_folder(self) -> str:
        value = self.settings.value(_LAST_FOLDER, "")
        return str(value) if value else ""

    def set_last_folder(self, folder: str) -> None:
        self.settings.setValue(_LAST_FOLDER, folder)

    def sync(self) -> None:
        self.settings.sync()
