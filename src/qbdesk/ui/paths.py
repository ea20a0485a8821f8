"""The window's folders: the same ones the command line uses (:mod:`qbdesk.appdirs`).

Kept as the window's import point so widgets keep saying ``Paths``; there is no
second source of folders here — no ``QStandardPaths`` — so the window and
``qbdesk sync`` on one desktop lock the same refresh-lock file.
"""

from __future__ import annotations

from qbdesk.appdirs import APPLICATION, COMPANY_SUFFIX, ORGANIZATION, resolve
from qbdesk.appdirs import AppDirs as Paths

__all__ = ["APPLICATION", "COMPANY_SUFFIX", "ORGANIZATION", "Paths", "resolve"]
