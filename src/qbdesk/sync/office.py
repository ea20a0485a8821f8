"""Office mode as the window and the command line use it: the sync host, requests for it, live changes.

One company (a PostgreSQL database) is opened by several desktops. Only the
*sync host* keeps the QuickBooks tokens and runs the engine (QuickBooks rotates
refresh tokens: two holders would spend each other's). Every desktop can:

* see who the host is, and who is syncing right now (:meth:`Office.host`,
  :meth:`Office.syncing`);
* take over as host (:meth:`Office.take_over`, after which the window asks the
  new host to sign in: tokens never travel between desktops);
* resolve problems and approve changes — what only touches the database happens
  at once; what needs QuickBooks (match, create, bypass, approvals) becomes a
  request that the host carries out at the start of its next sync
  (:mod:`qbdesk.sync.pending`), answered on the request's row;
* follow changes live (:meth:`Office.watch`).

Until a company has a recorded host (a company connected before office mode, never
synced since), every desktop acts as before: :meth:`Office.is_host` is True.
Connecting, or the first sync of a desktop-aware engine, records the host.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import IntegrityError

from qbdesk.qbo.connection import load_config
from qbdesk.store import Company
from qbdesk.store.locks import LockHolder, who_is_syncing
from qbdesk.store.notify import ChangeFeed, watch
from qbdesk.store.office import (
    Desktop,
    HostInfo,
    PendingAction,
    RequestStatus,
    current_host,
    enqueue,
    requests,
    set_host,
)
from qbdesk.store.types import utcnow

PROBLEM = "problem"
APPROVE = "approve"


class NotSyncHost(Exception):
    """This desktop is not the company's sync host, so it does not sync (``host`` is)."""

    def __init__(self, host: HostInfo) -> None:
        self.host = host
        super().__init__(f"{host.desktop_name} is this company's sync host: it syncs, and this desktop's "
                         f"requests wait for it. Take over as sync host to sync from here.")


class RequestError(Exception):
    """The request cannot be changed (it is no longer waiting)."""


@dataclass(frozen=True)
class Request:
    """A request for the host, as a view shows it."""

    id: int
    kind: str                 # "problem" | "approve"
    action: str | None
    issue_id: int | None
    arg: str | None
    requested_by: str         # the desktop's name
    requested_at: datetime
    status: str               # "pending" | "running" | "done" | "failed" | "cancelled"
    result: str | None
    finished_at: datetime | None

    @classmethod
    def of(cls, row: PendingAction) -> Request:
        return cls(row.id, row.kind, row.action, row.issue_id, row.arg, row.requested_by_name, row.requested_at,
                   row.status.value, row.result, row.finished_at)

    def describe(self) -> str:
        if self.kind == APPROVE:
            return "Approve changes"
        return f"{self.action} on problem #{self.issue_id}" + (f" ({self.arg})" if self.arg else "")


@dataclass
class Office:
    """One desktop's view of a shared company."""

    company: Company
    desktop: Desktop

    # --- the host --------------------------------------------------------------------------------

    def host(self) -> HostInfo | None:
        with self.company.session() as s:
            return current_host(s)

    def is_host(self) -> bool:
        """True on the host, and on every desktop while no host is recorded."""
        host = self.host()
        return host is None or host.is_(self.desktop)

    def take_over(self) -> HostInfo | None:
        """Make this desktop the sync host (the caller then signs in here); returns the previous host."""
        return take_over(self.company, self.desktop)

    def ensure_host(self) -> HostInfo:
        """Before syncing: the host stays host; with no host recorded, this desktop becomes it.

        Raises :class:`NotSyncHost` on any other desktop.
        """
        host = self.host()
        if host is None:
            try:
                with self.company.session() as s:
                    if current_host(s) is None:
                        set_host(s, self.desktop)
            except IntegrityError:  # another desktop claimed it at the same moment
                pass
            host = self.host()
            assert host is not None
        if not host.is_(self.desktop):
            raise NotSyncHost(host)
        return host

    def syncing(self) -> LockHolder | None:
        """Who is syncing this company right now (any desktop), or None."""
        with self.company.session() as s:
            config = load_config(s)
        if config is None or not config.realm_id:
            return None
        return who_is_syncing(self.company, config.realm_id)

    # --- requests for the host -------------------------------------------------------------------

    def request_problem_action(self, issue_id: int, action: str, arg: str | None = None) -> Request:
        with self.company.session() as s:
            return Request.of(enqueue(s, self.desktop, PROBLEM, action=action, issue_id=issue_id, arg=arg))

    def request_approval(self, checked: Iterable[int], seen: Iterable[int], *, clear_unchecked: bool) -> Request:
        """Approve ``checked``; keep or clear the other changes the user saw (``seen``) — not ones that
        arrived after, which nobody has looked at yet."""
        payload = {"checked": sorted(set(checked)), "seen": sorted(set(seen)), "clear_unchecked": clear_unchecked}
        with self.company.session() as s:
            return Request.of(enqueue(s, self.desktop, APPROVE, payload=payload))

    def requests(self, *, waiting_only: bool = False) -> list[Request]:
        with self.company.session() as s:
            rows = requests(s, status=RequestStatus.PENDING if waiting_only else None)
            return [Request.of(r) for r in rows]

    def cancel_request(self, request_id: int) -> Request:
        with self.company.session() as s:
            row = s.get(PendingAction, request_id, with_for_update=True)
            if row is None:
                raise RequestError(f"No request with id {request_id}")
            if row.status is not RequestStatus.PENDING:
                raise RequestError(f"The request is {row.status.value} already")
            row.status, row.finished_at, row.result = RequestStatus.CANCELLED, utcnow(), "Cancelled"
            return Request.of(row)

    # --- live views ------------------------------------------------------------------------------

    def watch(self) -> ChangeFeed:
        """A feed of this company's changes from every desktop (see :mod:`qbdesk.store.notify`)."""
        return watch(self.company)


def take_over(company: Company, desktop: Desktop) -> HostInfo | None:
    """Make ``desktop`` the company's sync host; returns the previous host (None if there was none)."""
    with company.session() as s:
        return set_host(s, desktop)
