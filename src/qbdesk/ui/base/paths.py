"""The window's folders: the same ones the command line uses (:mod:`qbdesk.appdirs`).

Kept as the window's import point so widgets keep saying ``Paths``; there is no
second source of folders here — no ``QStandardPaths`` — so the window and
``qbdesk sync`` on one desktop lock the same refresh-lock file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qbdesk import __version__
from qbdesk.appdirs import APPLICATION, COMPANY_SUFFIX, ORGANIZATION, resolve
from qbdesk.appdirs import AppDirs as Paths

__all__ = ["APPLICATION", "COMPANY_SUFFIX", "ORGANIZATION", "Paths", "configure_application", "resolve"]


def configure_application() -> None:
    """Name the application as QSettings and the folders expect, before any window or settings exist."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
