"""What every part of one run shares: the connection, the links, the journal's sequence, the counters.

The executor hands one :class:`RunContext` to the writers on each side
(:mod:`qbdesk.sync.qbo_writes`, :mod:`qbdesk.sync.local_writes`) and to the
settling of an interrupted run (:mod:`qbdesk.sync.settle`), so that they count,
journal and report problems one way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from qbdesk.qbo.client import QboClient
from qbdesk.store import Company
from qbdesk.sync.links import LinkCache
from qbdesk.sync.problems import ProblemInput, record_problem
from qbdesk.sync.progress import NullReporter, ProblemNotice, Reporter

Row = dict[str, Any]


class Cancelled(Exception):
    """The user cancelled; the run stops between batches and can be resumed."""


def no_guard() -> None:
    """The guard of a run that holds no lock to watch (tests, tools): nothing to check."""


@dataclass
class RunCounters:
    created_in_qbo: int = 0
    created_here: int = 0
    updated_in_qbo: int = 0
    updated_here: int = 0
    deleted_in_qbo: int = 0
    deactivated_in_qbo: int = 0
    deleted_here: int = 0
    restored_in_qbo: int = 0
    restored_here: int = 0
    unlinked: int = 0
    linked: int = 0
    problems: int = 0
    waiting: int = 0

    @property
    def updated(self) -> int:
        return self.updated_in_qbo + self.updated_here


@dataclass
class RunContext:
    company: Company
    client: QboClient
    reporter: Reporter = field(default_factory=NullReporter)
    cancel: threading.Event = field(default_factory=threading.Event)
    guard: Callable[[], None] = no_guard
    refund_account: str | None = None
    quickbooks_numbers: bool = False  # new sales forms go without a number: QuickBooks gives it, it comes back
    run_id: str = ""
    links: LinkCache = field(default_factory=LinkCache)
    counters: RunCounters = field(default_factory=RunCounters)
    rows: dict[tuple[str, str], Row] = field(default_factory=dict)   # QuickBooks rows the change stage read
    names: Callable[[str, str], str | None] = lambda entity, ref: None  # a referenced record's name
    failed: dict[tuple[str, str], str] = field(default_factory=dict)   # (entity, local id) -> why not synced
    seen: set[tuple[str, str, str]] = field(default_factory=set)       # problems met this run: (entity, id, code)
    seq: int = 0

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq

    def check(self) -> None:
        """Between batches: stop on a cancel, or when the guard says this engine must not go on writing."""
        if self.cancel.is_set():
            raise Cancelled
        self.guard()

    def problem(self, session: Session, p: ProblemInput) -> None:
        issue = record_problem(session, p, self.run_id)
        self.counters.problems += 1
        self.seen.add((p.entity, p.local_id or f"qbo:{p.qbo_id}", p.code or ""))
        self.reporter.problem(ProblemNotice(issue.id, issue.category, p.entity, p.label, p.code, p.message))

    def missing(self, entity: str, record_id: object, side: str) -> str:
        """How a problem names the record another one waits for: its type and its name."""
        name: str | None = None
        if record_id is not None:
            ref = str(record_id) if side == "qbo" else f"~{entity}:{record_id}"
            name = self.names(entity, ref)
        return f"{entity} '{name}'" if name else entity
