"""Which language the window speaks, and the translators that make it speak it.

Two translators are installed (STYLE §9): Qt's own ``qtbase`` (standard buttons,
dialogs, context menus) and ours. The language comes from ``--lang``, then the
user's choice in Settings, then the system locale. Money and dates follow the
system locale when it shares the chosen language (a Québec user keeps ``fr_CA``
formats), otherwise that language's usual locale.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from qbdesk.ui.base.logs import logger

log = logger("i18n")

LANGUAGES: Final = ("en", "fr", "es")
# Each language named in itself: a user who cannot read the current UI can still find theirs.
NATIVE_NAMES: Final = {"en": "English", "fr": "Français", "es": "Español"}
DEFAULT_LOCALES: Final = {"en": "en_US", "fr": "fr_FR", "es": "es_ES"}
_QT_LANGUAGE: Final = {
    QLocale.Language.English: "en",
    QLocale.Language.French: "fr",
    QLocale.Language.Spanish: "es",
}


def translations_dir() -> Path:
    """Where the compiled ``.qm`` files are: ``qbdesk/ui/i18n`` (where the build and the bundle put them)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "qbdesk" / "ui" / "i18n"
    return Path(__file__).resolve().parents[1] / "i18n"


def system_language(locale: QLocale | None = None) -> str:
    language = (locale or QLocale.system()).language()
    return _QT_LANGUAGE.get(language, "en")


def choose_language(cli: str | None, saved: str | None, locale: QLocale | None = None) -> str:
    for candidate in (cli, saved):
        if candidate in LANGUAGES:
            return candidate
    return system_language(locale)


def format_locale(language: str, system: QLocale | None = None) -> QLocale:
    system = system or QLocale.system()
    if _QT_LANGUAGE.get(system.language()) == language:
        return system
    return QLocale(DEFAULT_LOCALES[language])


class Translators:
    """Owns the installed translators (Qt drops a translator whose Python object dies)."""

    def __init__(self) -> None:
        self.language = "en"
        self._installed: list[QTranslator] = []

    def install(self, app: QCoreApplication, language: str, *, set_locale: bool = True) -> list[str]:
        """Switch ``app`` to ``language``; returns the catalogues that were loaded."""
        self.remove(app)
        self.language = language
        if set_locale:
            QLocale.setDefault(format_locale(language))
        loaded: list[str] = []
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates: list[tuple[str, str]] = [(f"qbdesk_{language}", str(translations_dir()))]
        if language != "en":
            candidates.insert(0, (f"qtbase_{language}", qt_dir))
        for name, folder in candidates:
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                self._installed.append(translator)
                loaded.append(name)
            else:
                log.warning("no %s.qm in %s; strings stay in English", name, folder)
        log.info("language %s (%s)", language, ", ".join(loaded) or "no catalogues")
        return loaded

    def remove(self, app: QCoreApplication) -> None:
        for translator in self._installed:
            app.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()
