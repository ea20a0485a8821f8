"""From QuickBooks Desktop to QuickBooks Online: a copy of the company file that has forgotten Desktop.

A company file synced with Desktop holds Desktop's ListIDs and TxnIDs in its links,
Desktop's clock in its watermark, and a completed first sync. Connected to Online
as it is, the engine would take Desktop's ids for Online's. The hand-over copies
the file (SQLite's online backup: the original can stay open) and, in the copy,
forgets everything that belonged to the Desktop connection — links, runs and
their journal, problems, approvals, requests, the watermark and first-sync
boundary, the Web Connector identity — while every business record stays. The
copy is then connected to Online and synced with the first-sync wizard as any
company file with records (docs/desktop.md, "Moving to QuickBooks Online"); the
original keeps syncing with Desktop until the switch.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import delete

from qbdesk.store import Company, open_company
from qbdesk.store.office import PendingAction
from qbdesk.store.summary import summarize
from qbdesk.store.syncdata import ApprovalItem, JournalEntry, Link, Setting, SyncIssue, SyncRun

FORGOTTEN_SETTINGS = ("sync.watermark", "sync.first_sync", "qbo.custom_numbers", "qbo.connection", "desktop.qbwc",
                      "desktop.last_call")


class HandOverError(ValueError):
    """The hand-over cannot be made (not a file, the copy exists)."""


def hand_over(company: Company, out: Path) -> dict[str, int]:
    """Copy ``company`` to ``out`` without its Desktop connection; returns how many records the copy holds."""
    if company.path is None:
        raise HandOverError("the hand-over copies a company file; a shared database is copied with its server's "
                            "tools, then handed over from a copy")
    if out.exists():
        raise HandOverError(f"{out} exists already; choose a new file name")
    source = sqlite3.connect(str(company.path))
    target = sqlite3.connect(str(out))
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    copy = open_company(out)
    try:
        with copy.session() as s:
            for table in (PendingAction, ApprovalItem, SyncIssue, Link):
                s.execute(delete(table))
            s.execute(delete(JournalEntry))
            s.execute(delete(SyncRun))
            s.execute(delete(Setting).where(Setting.key.in_(FORGOTTEN_SETTINGS)))
        with copy.session() as s:
            return dict(summarize(s).counts)
    finally:
        copy.close()
