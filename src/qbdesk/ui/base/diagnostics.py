"""Help → Copy diagnostics: what support needs to know, and nothing it must not see.

Versions, platform, folders, language and the last log lines. Company URLs are
shown with their password hidden and log lines pass through the same redaction
as the log tail, so a user can paste this anywhere.
"""

from __future__ import annotations

import platform
import sys
from importlib import metadata

import PySide6
from PySide6.QtCore import QLocale, QSysInfo, qVersion

from qbdesk import __version__
from qbdesk.ui.base.logs import last_lines, redact
from qbdesk.ui.base.paths import Paths


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def collect(paths: Paths, *, language: str, company: str | None, log_lines: int = 40) -> str:
    lines = [
        f"qbdesk {__version__}",
        f"Python {sys.version.split()[0]} ({platform.python_implementation()})",
        f"Qt {qVersion()}, PySide6 {PySide6.__version__}, SQLAlchemy {_version('SQLAlchemy')}, "
        f"Alembic {_version('alembic')}",
        f"OS {QSysInfo.prettyProductName()} ({platform.machine()})",
        f"Language {language}; locale {QLocale().name()}; system locale {QLocale.system().name()}",
        f"Company {redact(company) if company else '(none open)'}",
        "Folders:",
        *(f"  {name}: {folder}" for name, folder in paths.as_dict().items()),
        f"  log file: {paths.log_file}",
        f"Last {log_lines} log lines:",
        *(f"  {line}" for line in last_lines(log_lines)),
    ]
    return "\n".join(lines)
