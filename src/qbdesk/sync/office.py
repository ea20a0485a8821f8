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
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from qbdesk.store import Company, JournalEntry, JournalState, RunStatus, Setting, SyncRun
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
from qbdesk.sync.connection_config import load_config

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

PROBLEM = "problem"
APPROVE = "approve"
RECENT_REQUESTS = 5  # how many of this desktop's latest requests a status carries
SIGN_IN_NEEDED_KEY = "office.sign_in_needed"  # QuickBooks refused the host's sign-in: every desktop should know
_FINISHED = (JournalState.DONE, JournalState.FAILED, JournalState.SKIPPED)


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


@dataclass(frozen=True)
class OfficeStatus:
    """What a desktop shows about a shared company, read in one go (off the GUI thread).

    ``progress`` is the running sync's (done, total) writes as its journal shows
    them, so a desktop that is not syncing can follow the host's sync live.
    """

    desktop: Desktop
    host: HostInfo | None
    is_host: bool
    shared: bool                          # a database several desktops open (PostgreSQL)
    syncing: LockHolder | None
    progress: tuple[int, int] | None
    waiting: int                          # requests not carried out yet (every desktop's)
    recent: tuple[Request, ...]           # this desktop's latest requests, newest first
    sign_in_needed: bool = False          # QuickBooks refused the host's sign-in: nothing syncs until it reconnects

    @property
    def syncing_here(self) -> bool:
        """The sync running now is this desktop's own (the window's worker or ``qbdesk sync`` here)."""
        return self.syncing is not None and self.syncing.desktop_id == self.desktop.id


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

    def status(self) -> OfficeStatus:
        """Everything a window shows, in one transaction (plus the lock probe, which needs its own)."""
        with self.company.session() as s:
            host = current_host(s)
            config = load_config(s)
            syncing = who_is_syncing(self.company, config.realm_id) if config is not None and config.realm_id \
                else None
            progress = _run_progress(s) if syncing is not None else None
            waiting = s.scalar(select(func.count()).select_from(PendingAction)
                               .where(PendingAction.status == RequestStatus.PENDING)) or 0
            mine = s.scalars(select(PendingAction).where(PendingAction.requested_by == self.desktop.id)
                             .order_by(PendingAction.id.desc()).limit(RECENT_REQUESTS))
            recent = tuple(Request.of(r) for r in mine)
            flag = s.get(Setting, SIGN_IN_NEEDED_KEY)
        return OfficeStatus(self.desktop, host, host is None or host.is_(self.desktop),
                            self.company.engine.dialect.name == "postgresql", syncing, progress, int(waiting), recent,
                            bool(flag is not None and flag.value))

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

    def withdraw_waiting(self) -> int:
        """Cancel this desktop's requests the host has not started; returns how many."""
        with self.company.session() as s:
            rows = list(s.scalars(select(PendingAction).where(PendingAction.requested_by == self.desktop.id,
                                                              PendingAction.status == RequestStatus.PENDING)
                                  .with_for_update()))
            for row in rows:
                row.status, row.finished_at, row.result = RequestStatus.CANCELLED, utcnow(), "Withdrawn"
            return len(rows)

    # --- live views ------------------------------------------------------------------------------

    def watch(self) -> ChangeFeed:
        """A feed of this company's changes from every desktop (see :mod:`qbdesk.store.notify`)."""
        return watch(self.company)


def _run_progress(session: Session) -> tuple[int, int] | None:
    """(writes done, writes planned) of the newest running sync; None when none is recorded as running."""
    run = session.scalars(select(SyncRun).where(SyncRun.status == RunStatus.RUNNING)
                          .order_by(SyncRun.started_at.desc()).limit(1)).first()
    if run is None:
        return None
    total = sum(int(c.get("create_in_qbo", 0)) + int(c.get("create_here", 0)) + int(c.get("update", 0))
                for key, c in (run.counts or {}).items() if not key.startswith("_") and isinstance(c, dict))
    done = session.scalar(select(func.count()).select_from(JournalEntry)
                          .where(JournalEntry.run_id == run.id, JournalEntry.state.in_(_FINISHED))) or 0
    return int(done), max(total, int(done))


def set_sign_in_needed(company: Company, needed: bool) -> None:
    """Record (or clear) that QuickBooks refused the host's sign-in, for the other desktops to show.

    The host learns it from QuickBooks (``invalid_grant``); the others have no sign-in
    of their own to find out with, so it is kept in the company.
    """
    with company.session() as s:
        row = s.get(Setting, SIGN_IN_NEEDED_KEY)
        if needed and row is None:
            s.add(Setting(key=SIGN_IN_NEEDED_KEY, value=True))
        elif not needed and row is not None:
            s.delete(row)


def take_over(company: Company, desktop: Desktop) -> HostInfo | None:
    """Make ``desktop`` the company's sync host; returns the previous host (None if there was none)."""
    with company.session() as s:
        return set_host(s, desktop)
