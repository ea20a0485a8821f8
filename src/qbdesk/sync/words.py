"""The sync's words in English: what the journal's operations, the log's states, the kinds of run and the
approval queue's changes are called.

The window translates them (context "SyncLabels", :mod:`qbdesk.ui.sync.labels`) and the command line prints
them as they are, so ``qbdesk log`` and the Sync log page name everything alike.
"""

from __future__ import annotations

from typing import Final


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


# Approval changes (the approval queue's words for the planner's operations).
CHANGES: Final = {
    "create": QT_TRANSLATE_NOOP("SyncLabels", "Create"),
    "update": QT_TRANSLATE_NOOP("SyncLabels", "Update"),
    "delete": QT_TRANSLATE_NOOP("SyncLabels", "Delete"),
    "deactivate": QT_TRANSLATE_NOOP("SyncLabels", "Make inactive"),
}

# Journal states as the log's three sections (SingleOps) plus skipped.
LOG_STATUSES: Final = ("pending", "successful", "failed", "skipped")
LOG_STATUS: Final = {
    "pending": QT_TRANSLATE_NOOP("SyncLabels", "Pending"),
    "successful": QT_TRANSLATE_NOOP("SyncLabels", "Successful"),
    "failed": QT_TRANSLATE_NOOP("SyncLabels", "Failed"),
    "skipped": QT_TRANSLATE_NOOP("SyncLabels", "Skipped"),
}

# Journal operations (plan.OpKind values; "delete_seen" as journaled by an older qbdesk).
OPERATIONS: Final = {
    "create_in_qbo": QT_TRANSLATE_NOOP("SyncLabels", "Created in QuickBooks"),
    "update_in_qbo": QT_TRANSLATE_NOOP("SyncLabels", "Updated in QuickBooks"),
    "delete_in_qbo": QT_TRANSLATE_NOOP("SyncLabels", "Deleted in QuickBooks by this sync"),
    "deactivate_in_qbo": QT_TRANSLATE_NOOP("SyncLabels", "Made inactive in QuickBooks"),
    "create_here": QT_TRANSLATE_NOOP("SyncLabels", "Created here"),
    "update_here": QT_TRANSLATE_NOOP("SyncLabels", "Updated here"),
    "delete_here": QT_TRANSLATE_NOOP("SyncLabels", "Deleted here"),
    "link": QT_TRANSLATE_NOOP("SyncLabels", "Linked"),
    "deleted_in_qbo": QT_TRANSLATE_NOOP("SyncLabels", "Deleted in QuickBooks"),
    "delete_seen": QT_TRANSLATE_NOOP("SyncLabels", "Deleted in QuickBooks"),
    "approved": QT_TRANSLATE_NOOP("SyncLabels", "Approved, waiting to sync"),
    "restore_in_qbo": QT_TRANSLATE_NOOP("SyncLabels", "Restored in QuickBooks"),
    "restore_here": QT_TRANSLATE_NOOP("SyncLabels", "Restored here"),
    "unlink": QT_TRANSLATE_NOOP("SyncLabels", "Link undone"),
}

RUN_KINDS: Final = {
    "first": QT_TRANSLATE_NOOP("SyncLabels", "Full sync"),
    "full": QT_TRANSLATE_NOOP("SyncLabels", "Full comparison"),
    "incremental": QT_TRANSLATE_NOOP("SyncLabels", "Sync"),
    "approval": QT_TRANSLATE_NOOP("SyncLabels", "Approval"),
    "action": QT_TRANSLATE_NOOP("SyncLabels", "Action on a problem"),
    "undo": QT_TRANSLATE_NOOP("SyncLabels", "Undo"),
}
