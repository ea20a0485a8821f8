"""The sync engine's own records: links, runs, journal, problems, settings, approvals.

They live in the company file next to the business records so that one
transaction can write a record created from QuickBooks together with its link,
and so that a sync interrupted at any moment resumes from what is on disk.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Enum, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from qbdesk.store.base import Base, Timestamped
from qbdesk.store.types import UTCDateTime


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    return Enum(cls, name=name, values_callable=lambda e: [m.value for m in e], native_enum=False,
                length=24, validate_strings=True)


class LinkState(enum.Enum):
    LINKED = "linked"
    IGNORED = "ignored"            # the first-sync settings said not to create it
    BYPASSED = "bypassed"          # already in QuickBooks; never to be sent (BuildOps' Bypass)
    DONT_SYNC = "dont_sync"        # the user chose not to sync this record
    DELETED_IN_QBO = "deleted_in_qbo"


class Link(Base, Timestamped):
    """A local record's twin in QuickBooks (or the decision that it has none)."""

    __tablename__ = "sync_links"
    __table_args__ = (
        UniqueConstraint("entity_type", "local_id"),
        Index("ix_sync_links_qbo", "entity_type", "qbo_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_type: Mapped[str] = mapped_column(String(32))
    local_id: Mapped[int | None]
    qbo_id: Mapped[str | None] = mapped_column(String(64))
    sync_token: Mapped[str | None] = mapped_column(String(32))
    state: Mapped[LinkState] = mapped_column(_enum(LinkState, "link_state"), default=LinkState.LINKED)
    local_hash: Mapped[str | None] = mapped_column(String(64))
    qbo_updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class RunStatus(enum.Enum):
    RUNNING = "running"
    COMPLETED = "completed"
    INTERRUPTED = "interrupted"
    FAILED = "failed"


class SyncRun(Base):
    """One sync, with the settings it ran with and what it did."""

    __tablename__ = "sync_runs"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "first" | "incremental" | "full" | "undo" | …
    status: Mapped[RunStatus] = mapped_column(_enum(RunStatus, "run_status"), default=RunStatus.RUNNING)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    api_calls: Mapped[int] = mapped_column(default=0)
    error: Mapped[str | None] = mapped_column(Text)
    # An undo run: the run it takes back (sync/undo.py).
    undoes: Mapped[str | None] = mapped_column(String(36), index=True)

    journal: Mapped[list[JournalEntry]] = relationship(back_populates="run", order_by="JournalEntry.seq")


class JournalState(enum.Enum):
    PENDING = "pending"   # written before the request is sent
    SENT = "sent"         # the request left; its outcome is not known yet
    DONE = "done"
    FAILED = "failed"
    SKIPPED = "skipped"


class JournalEntry(Base):
    """One operation of a run, recorded before it is sent and completed after.

    ``request_id`` is reused when the operation is replayed after a crash; ``body``
    and ``qbo_time`` let the replay find in QuickBooks a record an interrupted
    write created before it creates it again (QBO's own requestid de-duplication is
    best-effort); ``before`` keeps what an update or a removal replaced.
    """

    __tablename__ = "sync_journal"
    __table_args__ = (Index("ix_sync_journal_run_state", "run_id", "state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[str] = mapped_column(ForeignKey("sync_runs.id", ondelete="CASCADE"))
    seq: Mapped[int]
    operation: Mapped[str] = mapped_column(String(24))
    entity_type: Mapped[str] = mapped_column(String(32))
    local_id: Mapped[int | None]
    qbo_id: Mapped[str | None] = mapped_column(String(64))
    natural_key: Mapped[str | None] = mapped_column(String(600))
    request_id: Mapped[str | None] = mapped_column(String(50), unique=True)
    batch_id: Mapped[str | None] = mapped_column(String(36))
    state: Mapped[JournalState] = mapped_column(_enum(JournalState, "journal_state"),
                                                default=JournalState.PENDING)
    sync_token: Mapped[str | None] = mapped_column(String(32))
    error_code: Mapped[str | None] = mapped_column(String(64))
    error_message: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The record as it was just before this operation changed or removed it (QuickBooks' JSON for a write
    # there, the store's columns for a write here): what an undo restores.
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # The request body sent to QuickBooks: what a resumed run compares candidates with when it settles a
    # create whose answer was lost.
    body: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # The fields an update changes: [{"field", "label", "here", "qbo"}].
    changes: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    # QuickBooks' own clock when the write was journaled: records created since then are its candidates.
    qbo_time: Mapped[str | None] = mapped_column(String(40))

    run: Mapped[SyncRun] = relationship(back_populates="journal")


class IssueStatus(enum.Enum):
    OPEN = "open"
    SKIPPED = "skipped"
    RESOLVED = "resolved"
    BYPASSED = "bypassed"


class SyncIssue(Base):
    """A record that could not sync: what QuickBooks said, and where it stands now."""

    __tablename__ = "sync_issues"
    __table_args__ = (Index("ix_sync_issues_record", "entity_type", "local_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    category: Mapped[str] = mapped_column(String(24), index=True)
    entity_type: Mapped[str] = mapped_column(String(32))
    local_id: Mapped[int | None]
    qbo_id: Mapped[str | None] = mapped_column(String(64))
    record_label: Mapped[str | None] = mapped_column(String(600))
    source: Mapped[str] = mapped_column(String(16))  # "qbo" | "preflight" | "engine"
    code: Mapped[str | None] = mapped_column(String(64))  # QBO's code, or the engine's reason
    message: Mapped[str | None] = mapped_column(Text)
    detail: Mapped[str | None] = mapped_column(Text)
    element: Mapped[str | None] = mapped_column(String(100))
    intuit_tid: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[IssueStatus] = mapped_column(_enum(IssueStatus, "issue_status"), default=IssueStatus.OPEN,
                                                index=True)
    attempts: Mapped[int] = mapped_column(default=1)
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen: Mapped[datetime] = mapped_column(UTCDateTime())
    run_id: Mapped[str | None] = mapped_column(String(36))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Setting(Base):
    """Sync settings per company, as JSON values under dotted keys."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


def put_setting(session: Session, key: str, value: Any) -> None:
    """Write a setting in one statement, whoever wrote it first — and only when its value changes.

    A dry run (the counts panel's plan) and a sync both record what QuickBooks said about its
    preferences without holding the same lock; ``session.merge`` reads then inserts, and two of
    those crossing made one fail on the key (seen in CI, the office window test). A write of the
    same value would still wake every window's change watcher (and reset an open editor), so an
    unchanged value is not written. The one way settings are written.
    """
    current = session.get(Setting, key)
    if current is not None and current.value == value:
        return
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert
        pg = pg_insert(Setting).values(key=key, value=value)
        session.execute(pg.on_conflict_do_update(index_elements=[Setting.key], set_={"value": pg.excluded.value}))
    else:
        from sqlalchemy.dialects.sqlite import insert as lite_insert
        lite = lite_insert(Setting).values(key=key, value=value)
        session.execute(lite.on_conflict_do_update(index_elements=[Setting.key],
                                                   set_={"value": lite.excluded.value}))
    if current is not None:
        session.expire(current)  # the session's copy is stale now: the next read loads what was written


class MatchVerdict(enum.Enum):
    SAME = "same"            # the same record: the planner links them
    DIFFERENT = "different"  # two records: each is created on the other side, the pair is not proposed again


class MatchDecision(Base):
    """The user's word on a possible match: a record here and one in QuickBooks found near-identical at a
    first sync (sync/matching.py). Kept so that a re-plan, the sync itself and the next look agree."""

    __tablename__ = "sync_match_decisions"
    __table_args__ = (UniqueConstraint("entity_type", "local_id", "qbo_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_type: Mapped[str] = mapped_column(String(32))
    local_id: Mapped[int]
    qbo_id: Mapped[str] = mapped_column(String(64))
    verdict: Mapped[MatchVerdict] = mapped_column(_enum(MatchVerdict, "match_verdict"))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ApprovalDirection(enum.Enum):
    IMPORT = "import"  # from QuickBooks into this company
    EXPORT = "export"  # from this company to QuickBooks


class ApprovalStatus(enum.Enum):
    WAITING = "waiting"
    APPROVED = "approved"
    CLEARED = "cleared"


class ApprovalItem(Base):
    """A detected change waiting for the user's approval (SingleOps' Sync Wizard)."""

    __tablename__ = "approval_queue"
    __table_args__ = (Index("ix_approval_queue_status", "status", "direction"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[ApprovalDirection] = mapped_column(_enum(ApprovalDirection, "approval_direction"))
    entity_type: Mapped[str] = mapped_column(String(32))
    local_id: Mapped[int | None]
    qbo_id: Mapped[str | None] = mapped_column(String(64))
    change: Mapped[str] = mapped_column(String(16))  # "create" | "update" | "delete"
    summary: Mapped[str | None] = mapped_column(String(600))
    status: Mapped[ApprovalStatus] = mapped_column(_enum(ApprovalStatus, "approval_status"),
                                                   default=ApprovalStatus.WAITING)
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime())
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
