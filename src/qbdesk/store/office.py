"""Office mode records: which desktop is a company's sync host, who is syncing, what waits for the host.

Several desktops may open one company (a PostgreSQL database). QuickBooks rotates
its refresh tokens, so only one desktop can hold the connection: the *sync host*.
It is recorded in the company itself (``sync_host``, one row) so every desktop
agrees on it without talking to each other. Desktops that are not the host still
resolve problems and approve changes; what needs QuickBooks becomes a request in
``pending_actions``, which the host carries out at the start of its next sync and
answers on the same row.

A desktop is named by an id kept in a small file in the app-data folder (given by
the caller: the window and the command line pass the same folder), not by its host
name alone: two machines may share a name, and a renamed machine stays the host.
"""

from __future__ import annotations

import contextlib
import enum
import platform
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Enum, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from qbdesk.store.base import Base
from qbdesk.store.types import UTCDateTime, utcnow

DESKTOP_ID_FILE = "desktop-id"
HOST_ROW = 1  # the single row of ``sync_host``


@dataclass(frozen=True)
class Desktop:
    """One installation of qbdesk: a stable id and the machine's current name (shown to people)."""

    id: str
    name: str

    @classmethod
    def of_this_machine(cls, app_data: Path) -> Desktop:
        """This desktop, its id read from (or created in) ``app_data``.

        The file is created exclusively, so two processes starting at once agree
        on one id: the loser of the race reads the winner's file.
        """
        path = app_data / DESKTOP_ID_FILE
        name = platform.node() or "this computer"
        try:
            return cls(_read_id(path), name)
        except FileNotFoundError:
            pass
        app_data.mkdir(parents=True, exist_ok=True)
        try:
            with path.open("x", encoding="utf-8") as handle:
                handle.write(uuid.uuid4().hex + "\n")
        except FileExistsError:  # another process made it a moment ago: wait for its content
            for _ in range(100):
                with contextlib.suppress(FileNotFoundError):
                    return cls(_read_id(path), name)
                time.sleep(0.01)
        return cls(_read_id(path), name)


def _read_id(path: Path) -> str:
    text = path.read_text(encoding="utf-8").strip()
    if not text:  # created, not written yet, by the process that made it
        raise FileNotFoundError(path)
    return text


class SyncHost(Base):
    """The desktop that keeps the QuickBooks connection and runs the engine (one row, id 1)."""

    __tablename__ = "sync_host"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    desktop_id: Mapped[str] = mapped_column(String(64))
    desktop_name: Mapped[str] = mapped_column(String(255))
    since: Mapped[datetime] = mapped_column(UTCDateTime())


class SyncLockHolder(Base):
    """Who holds a realm's sync lock now, written by the holder as soon as it has the lock.

    The lock itself is a PostgreSQL advisory lock or an OS file lock
    (:mod:`qbdesk.store.locks`); this row only says who took it, for the message a
    second desktop gets and for the window's "syncing on …" indicator.
    """

    __tablename__ = "sync_lock"

    realm_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    desktop_id: Mapped[str | None] = mapped_column(String(64))
    host_name: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int]
    since: Mapped[datetime] = mapped_column(UTCDateTime())
    # Refreshed by the holder while it syncs (company files): a row whose holder stopped refreshing it is
    # left over from a crash, one on this computer whose process is gone too.
    heartbeat: Mapped[datetime | None] = mapped_column(UTCDateTime())
    node: Mapped[str | None] = mapped_column(String(255))  # the computer's network name (the host may be renamed)


class RequestStatus(enum.Enum):
    PENDING = "pending"    # waiting for the host's next sync
    RUNNING = "running"    # the host started it (a crash leaves it here: it is then failed, never re-run)
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


class PendingAction(Base):
    """Something a desktop that is not the sync host asked the host to do with QuickBooks.

    ``kind`` is ``"problem"`` (``action`` on ``issue_id`` with ``arg``: match,
    create, bypass) or ``"approve"`` (``payload``: the checked approval items, the
    ones the user saw, and the rule for the unchecked). The host writes the
    outcome into ``status`` and ``result``.
    """

    __tablename__ = "pending_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))
    action: Mapped[str | None] = mapped_column(String(24))
    issue_id: Mapped[int | None]
    arg: Mapped[str | None] = mapped_column(String(100))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    requested_by: Mapped[str] = mapped_column(String(64))
    requested_by_name: Mapped[str] = mapped_column(String(255))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status: Mapped[RequestStatus] = mapped_column(
        Enum(RequestStatus, name="request_status", values_callable=lambda e: [m.value for m in e],
             native_enum=False, length=24, validate_strings=True),
        default=RequestStatus.PENDING, index=True)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    result: Mapped[str | None] = mapped_column(Text)


@dataclass(frozen=True)
class HostInfo:
    desktop_id: str
    desktop_name: str
    since: datetime

    def is_(self, desktop: Desktop) -> bool:
        return self.desktop_id == desktop.id


def current_host(session: Session) -> HostInfo | None:
    row = session.get(SyncHost, HOST_ROW)
    return HostInfo(row.desktop_id, row.desktop_name, row.since) if row is not None else None


def set_host(session: Session, desktop: Desktop) -> HostInfo | None:
    """Make ``desktop`` the sync host; returns the previous host (None if there was none)."""
    row = session.get(SyncHost, HOST_ROW, with_for_update=True)
    previous = HostInfo(row.desktop_id, row.desktop_name, row.since) if row is not None else None
    if row is None:
        row = SyncHost(id=HOST_ROW)
        session.add(row)
    row.desktop_id, row.desktop_name, row.since = desktop.id, desktop.name, utcnow()
    session.flush()
    return previous


def enqueue(session: Session, desktop: Desktop, kind: str, *, action: str | None = None,
            issue_id: int | None = None, arg: str | None = None,
            payload: dict[str, Any] | None = None) -> PendingAction:
    request = PendingAction(kind=kind, action=action, issue_id=issue_id, arg=arg, payload=payload or {},
                            requested_by=desktop.id, requested_by_name=desktop.name, requested_at=utcnow(),
                            status=RequestStatus.PENDING)
    session.add(request)
    session.flush()
    return request


def requests(session: Session, *, status: RequestStatus | None = None) -> list[PendingAction]:
    """Requests in the order they were made (oldest first)."""
    query = select(PendingAction).order_by(PendingAction.id)
    if status is not None:
        query = query.where(PendingAction.status == status)
    return list(session.scalars(query))
