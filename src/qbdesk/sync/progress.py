"""What the engine tells whoever watches it (the window's worker, the CLI's progress bar).

A small callback protocol, not Qt signals: the engine has no Qt in it. The UI's
``SyncWorker`` turns these calls into signals; the CLI prints them. Payloads are
plain frozen dataclasses, safe to hand to another thread.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class EntityProgress:
    entity: str
    done: int
    total: int
    rate: float          # records per second over this run so far
    eta_seconds: float | None


@dataclass(frozen=True)
class ProblemNotice:
    issue_id: int
    category: str
    entity: str
    record: str
    code: str | None
    message: str


@dataclass(frozen=True)
class RunSummary:
    run_id: str
    status: str
    created_in_qbo: int = 0
    created_here: int = 0
    updated: int = 0
    linked: int = 0
    problems: int = 0
    api_calls: int = 0
    seconds: float = 0.0
    updated_in_qbo: int = 0
    updated_here: int = 0
    deleted_in_qbo: int = 0
    deactivated_in_qbo: int = 0
    waiting: int = 0          # changes waiting for approval
    settled: int = 0          # writes of an interrupted run settled before this one started
    restored_in_qbo: int = 0  # an undo's: records put back in QuickBooks from the journal's before-image
    deleted_here: int = 0
    restored_here: int = 0
    unlinked: int = 0
    kind: str = ""            # the run's kind ("first", "incremental", "undo", …)

    def to_json(self) -> dict[str, object]:
        return dict(self.__dict__)


class Reporter(Protocol):
    def phase(self, name: str) -> None: ...

    def progress(self, item: EntityProgress) -> None: ...

    def problem(self, notice: ProblemNotice) -> None: ...


class NullReporter:
    def phase(self, name: str) -> None:
        pass

    def progress(self, item: EntityProgress) -> None:
        pass

    def problem(self, notice: ProblemNotice) -> None:
        pass


@dataclass
class ProgressTracker:
    """Counts per entity type with rate and ETA (the home page's progress bars)."""

    totals: dict[str, int]
    done: dict[str, int] = field(default_factory=dict)
    started: float = field(default_factory=time.monotonic)

    def advance(self, entity: str, count: int = 1) -> EntityProgress:
        self.done[entity] = self.done.get(entity, 0) + count
        elapsed = max(time.monotonic() - self.started, 1e-6)
        all_done = sum(self.done.values())
        rate = all_done / elapsed
        remaining = sum(self.totals.values()) - all_done
        eta = remaining / rate if rate > 0 else None
        return EntityProgress(entity, self.done[entity], self.totals.get(entity, 0), rate, eta)
