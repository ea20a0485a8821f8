"""The first-sync wizard: settings with live counts, then the sync in the background."""

from qbdesk.ui.sync.wizard.wizard import FirstSyncWizard

__all__ = ["FirstSyncWizard"]
