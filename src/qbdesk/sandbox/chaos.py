"""Fault injection: the bad days QuickBooks has, on demand and reproducibly.

A sync engine is only as good as its behaviour when the network or Intuit
misbehaves: slow answers, 500/503 pages in HTML, connections dropped before a
write reached QuickBooks or after it was already saved, the transient 6000
"please wait" fault that comes back although the entity was saved, tokens
revoked behind the app's back. Each can be given a probability (drawn from a
seeded generator, so a failing test replays exactly) or forced for the next
matching requests.
"""

from __future__ import annotations

import random
import threading
from collections import deque
from dataclasses import dataclass, field, replace
from typing import Literal

Kind = Literal["server_error", "drop_before", "drop_after", "transient", "revoke"]
WRITE_ONLY: frozenset[str] = frozenset({"drop_after", "transient"})

SERVER_ERROR_PAGES = {
    500: ("<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n<body>\r\n"
          "<center><h1>500 Internal Server Error</h1></center>\r\n<hr><center>nginx</center>\r\n"
          "</body>\r\n</html>\r\n"),
    503: ('<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n'
          "<title>503 Service Unavailable</title>\n</head><body>\n<h1>Service Unavailable</h1>\n"
          "<p>The server is temporarily unable to service your\nrequest due to maintenance downtime or "
          "capacity\nproblems. Please try again later.</p>\n</body></html>\n"),
}


@dataclass(frozen=True)
class FaultPlan:
    """Probabilities (0..1) per request, and a latency range in milliseconds."""

    latency_ms: tuple[float, float] = (0.0, 0.0)
    server_error: float = 0.0
    server_error_statuses: tuple[int, ...] = (500, 503)
    drop_before: float = 0.0
    drop_after: float = 0.0
    transient: float = 0.0
    revoke: float = 0.0


@dataclass
class Decision:
    latency: float = 0.0
    server_error: int | None = None
    drop_before: bool = False
    drop_after: bool = False
    transient: bool = False
    revoke: bool = False

    @property
    def quiet(self) -> bool:
        return not (self.server_error or self.drop_before or self.drop_after or self.transient or self.revoke)


@dataclass
class Injector:
    plan: FaultPlan = field(default_factory=FaultPlan)
    seed: int = 0
    _rng: random.Random = field(init=False)
    _forced: deque[Kind] = field(init=False, default_factory=deque)
    _lock: threading.Lock = field(init=False, default_factory=threading.Lock)
    injected: dict[str, int] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    def configure(self, plan: FaultPlan | None = None, *, seed: int | None = None, **changes: object) -> None:
        """Replace the plan (or change some of its fields); a new seed restarts the sequence."""
        with self._lock:
            base = plan or self.plan
            self.plan = replace(base, **changes) if changes else base  # type: ignore[arg-type]
            if seed is not None:
                self.seed = seed
                self._rng = random.Random(seed)

    def force(self, kind: Kind, count: int = 1) -> None:
        """Make the next ``count`` requests this applies to fail this way (writes only for after-commit kinds)."""
        with self._lock:
            self._forced.extend([kind] * count)

    def clear(self) -> None:
        with self._lock:
            self._forced.clear()
            self.plan = FaultPlan()

    def decide(self, *, write: bool) -> Decision:
        with self._lock:
            plan = self.plan
            draws = [self._rng.random() for _ in range(7)]
            low, high = plan.latency_ms
            decision = Decision(latency=(low + (high - low) * draws[0]) / 1000.0)
            if draws[1] < plan.server_error and plan.server_error_statuses:
                statuses = plan.server_error_statuses
                decision.server_error = statuses[min(int(draws[2] * len(statuses)), len(statuses) - 1)]
            decision.drop_before = draws[3] < plan.drop_before
            decision.drop_after = write and draws[4] < plan.drop_after
            decision.transient = write and draws[5] < plan.transient
            decision.revoke = draws[6] < plan.revoke
            if self._forced:
                for index, kind in enumerate(self._forced):
                    if kind in WRITE_ONLY and not write:
                        continue
                    del self._forced[index]
                    self._apply(decision, kind)
                    break
            for name in ("server_error", "drop_before", "drop_after", "transient", "revoke"):
                if getattr(decision, name):
                    self.injected[name] = self.injected.get(name, 0) + 1
            return decision

    def _apply(self, decision: Decision, kind: Kind) -> None:
        if kind == "server_error":
            decision.server_error = self.plan.server_error_statuses[0] if self.plan.server_error_statuses else 500
        else:
            setattr(decision, kind, True)
