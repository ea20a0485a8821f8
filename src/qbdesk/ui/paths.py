"""Where qbdesk keeps its files: one module, one override.

Every folder the app writes to comes from here, so ``--basedir DIR`` (and the test
fixtures) can redirect all of them at once and nothing leaks into the user's real
profile during a test run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths

ORGANIZATION = "qbdesk"
APPLICATION = "qbdesk"
COMPANY_SUFFIX = ".qbdesk"


@dataclass(frozen=True)
class Paths:
    """The app's folders; created on demand by :meth:`ensure`."""

    config: Path
    data: Path
    cache: Path
    logs: Path

    @property
    def settings_file(self) -> Path:
        """The QSettings INI: UI state only (geometry, recent files, language)."""
        return self.config / "qbdesk.ini"

    @property
    def log_file(self) -> Path:
        return self.logs / "qbdesk.log"

    @property
    def companies(self) -> Path:
        """Default folder for company files the user creates."""
        return self.data / "companies"

    @property
    def practice_company(self) -> Path:
        return self.data / f"practice-company{COMPANY_SUFFIX}"

    def ensure(self) -> Paths:
        for folder in (self.config, self.data, self.cache, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self

    def as_dict(self) -> dict[str, str]:
        return {"config": str(self.config), "data": str(self.data), "cache": str(self.cache),
                "logs": str(self.logs)}


def _standard(location: QStandardPaths.StandardLocation) -> Path:
    return Path(QStandardPaths.writableLocation(location))


def resolve(basedir: str | Path | None = None) -> Paths:
    """The folders for this run: ``basedir`` wins over the platform's standard locations.

    Must be called after the QCoreApplication's organization and application names are
    set, because QStandardPaths derives its folders from them.
    """
    if basedir is not None:
        base = Path(basedir).expanduser().resolve()
        return Paths(config=base / "config", data=base / "data", cache=base / "cache", logs=base / "logs")
    loc = QStandardPaths.StandardLocation
    data = _standard(loc.AppDataLocation)
    return Paths(
        config=_standard(loc.AppConfigLocation),
        data=data,
        cache=_standard(loc.CacheLocation),
        logs=_standard(loc.AppLocalDataLocation) / "logs",
    )
