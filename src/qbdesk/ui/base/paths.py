"""The window's folders: the same ones the command line uses (:mod:`qbdesk.appdirs`).

Kept as the window's import point so widgets keep saying ``Paths``; there is no
second source of folders here — no ``QStandardPaths`` — so the window and
``qbdesk sync`` on one desktop lock the same refresh-lock file.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication

from qbdesk import __version__
from qbdesk.appdirs import APPLICATION, COMPANY_SUFFIX, ORGANIZATION, resolve
from qbdesk.appdirs import AppDirs as Paths

__all__ = ["APPLICATION", "COMPANY_SUFFIX", "ORGANIZATION", "Paths", "configure_application", "resolve"]


def configure_application() -> None:
    """Name the application as QSettings and the folders expect, before any window or settings exist.

    Also, before the first paint: Qt's raster painting hands large fills to a pool of helper threads and
    waits for them. While a sync runs, the engine's process keeps a core busy, and on a small machine that wait
    is most of the paint: a page switch took 29–39 ms with the pool and 13–15 ms without it on two cores
    (``bench/bench_page_switch.py``; docs/sync.md, "The window during a sync"). A ``QT_NO_GUI_THREADPOOL``
    the user set is left alone.
    """
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
