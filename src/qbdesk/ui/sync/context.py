"""What the sync screens need from the window around them, as one small protocol.

The Problems, Approvals and Sync log views read the open company and act through
the QuickBooks connection and the sync controller, which the main window owns
(and which another part of the window builds). Depending on this protocol instead
of on ``MainWindow`` keeps the views testable on their own and lets the window
change how it holds its connection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from qbdesk.qbo.client import QboClient
    from qbdesk.store import Company
    from qbdesk.sync.office import Office


class SyncContext(Protocol):
    def current_company(self) -> Company | None:
        """The open company, or None."""

    def qbo_client(self) -> QboClient | None:
        """The connection's thread-safe API client, or None when not connected."""

    def office(self) -> Office | None:
        """This desktop's view of a shared company (None when no company is open)."""

    def host_name(self) -> str | None:
        """The sync host's name when it is another desktop: QuickBooks actions are sent there."""

    def can_sync_now(self) -> bool:
        """Whether a sync can be started from here (connected, a controller, none running)."""

    def sync_now(self) -> None:
        """Start a sync (no-op when :meth:`can_sync_now` is False)."""

    def open_sync_settings(self) -> None:
        """Show the Sync settings dialog."""

    def choose_refund_account(self) -> None:
        """Show where the refund bank account is chosen (the first-sync settings, at that step)."""
