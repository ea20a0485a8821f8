"""Keeping under QuickBooks' per-company limits, for every thread of the process at once.

QuickBooks allows 500 requests a minute per company (batches included), at most
10 in flight, and 40 batch requests a minute; beyond that it answers 429 and asks
for a 60-second pause. A client that only reacts to 429s loses a minute each time,
so the governor paces requests *before* they are sent: one governor per realm,
shared by all threads (the sync engine, a UI refresh, a CLI command in the same
process), with sliding one-minute windows and a concurrency semaphore.

**The budget is shared between batches and single requests.** A batch carries up to
30 writes but only 40 go a minute; the other 460 requests of the minute can carry
single writes (and every read). So that single requests never take the room a batch
needs, while batches are being sent (one in the last minute) single requests are
held to the request limit minus the batch limit; :meth:`Governor.room` tells a
scheduler how many more of each kind the windows admit right now
(:mod:`qbdesk.sync.scheduler` decides batch or single with it).

``time_scale`` compresses the governor's minute so that benchmarks against the
sandbox's time-compressed throttle exercise the real limits in seconds.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

Clock = Callable[[], float]
Sleep = Callable[[float], None]


@dataclass(frozen=True)
class Limits:
    requests_per_minute: int = 500
    in_flight: int = 10
    batches_per_minute: int = 40
    throttle_pause: float = 60.0  # seconds to wait after a 429 without Retry-After


@dataclass
class GovernorStats:
    requests: int = 0
    batches: int = 0
    singles: int = 0
    throttled: int = 0
    waited: float = 0.0


class _Window:
    """Timestamps of the last minute's events; how long until one more is allowed."""

    def __init__(self, limit: int, span: float) -> None:
        self.limit = limit
        self.span = span
        self.events: deque[float] = deque()

    def wait_needed(self, now: float) -> float:
        while self.events and now - self.events[0] >= self.span:
            self.events.popleft()
        if len(self.events) < self.limit:
            return 0.0
        return self.events[0] + self.span - now

    def used(self, now: float) -> int:
        self.wait_needed(now)
        return len(self.events)


class Governor:
    """Paces one company's requests under QuickBooks' limits. Thread-safe."""

    def __init__(self, limits: Limits | None = None, *, time_scale: float = 1.0, clock: Clock = time.monotonic,
                 sleep: Sleep = time.sleep) -> None:
        self.limits = limits or Limits()
        self.time_scale = time_scale
        self._clock = clock
        self._sleep = sleep
        minute = 60.0 / time_scale
        # Leave a small margin: QuickBooks counts by its own clock, not ours.
        self._requests = _Window(max(1, self.limits.requests_per_minute - 5), minute)
        self._batches = _Window(max(1, self.limits.batches_per_minute - 1), minute)
        # Single requests (reads included) while batches are being sent: what the batches leave.
        self._singles = _Window(max(1, self._requests.limit - self._batches.limit), minute)
        self._in_flight = threading.BoundedSemaphore(self.limits.in_flight)
        self._lock = threading.Lock()
        self._paused_until = 0.0
        self.stats = GovernorStats()

    def scaled(self, seconds: float) -> float:
        """A server-time duration in this governor's (possibly compressed) time."""
        return seconds / self.time_scale

    @contextmanager
    def slot(self, *, batch: bool = False) -> Iterator[None]:
        """Hold one in-flight slot, then wait until the windows allow one more request.

        The slot first: a request's time in the window is taken when it is about to be
        sent, not before it queued for a slot — QuickBooks counts it when it arrives, and
        a request stamped early would leave its minute here while still in QuickBooks'.
        """
        self._in_flight.acquire()
        try:
            self._reserve(batch)
        except BaseException:
            self._in_flight.release()
            raise
        try:
            yield
        finally:
            self._in_flight.release()

    def _reserve(self, batch: bool) -> None:
        while True:
            with self._lock:
                now = self._clock()
                wait = self._wait_needed(now, batch)
                if wait <= 0:
                    self._requests.events.append(now)
                    (self._batches if batch else self._singles).events.append(now)
                    self.stats.requests += 1
                    self.stats.batches += int(batch)
                    self.stats.singles += int(not batch)
                    return
            self.stats.waited += wait
            self._sleep(min(wait, 1.0))

    def _wait_needed(self, now: float, batch: bool) -> float:
        """Seconds until one more request of this kind is allowed (0: now). Called with the lock held."""
        wait = max(self._paused_until - now, self._requests.wait_needed(now))
        if batch:
            return max(wait, self._batches.wait_needed(now))
        if self._batches.used(now):  # batches are being sent: leave them their room
            wait = max(wait, self._singles.wait_needed(now))
        return wait

    def room(self, *, batch: bool) -> int:
        """How many more requests of this kind the windows admit right now (0 while paused after a 429).

        Not a reservation: a request still waits in :meth:`slot`, so a scheduler that
        asks, then sends, never exceeds a limit — at worst its request waits.
        """
        with self._lock:
            now = self._clock()
            if self._paused_until > now:
                return 0
            free = self._requests.limit - self._requests.used(now)
            if batch:
                return max(0, min(free, self._batches.limit - self._batches.used(now)))
            if self._batches.used(now):
                free = min(free, self._singles.limit - self._singles.used(now))
            return max(0, free)

    def wait_for_room(self, *, batch: bool) -> float:
        """Seconds until :meth:`room` of this kind is at least one."""
        with self._lock:
            return max(0.0, self._wait_needed(self._clock(), batch))

    @property
    def in_flight_limit(self) -> int:
        return self.limits.in_flight

    def throttled(self, retry_after: float | None) -> float:
        """QuickBooks said 429: pause every thread of this company; returns the pause in seconds."""
        pause = retry_after if retry_after is not None else self.scaled(self.limits.throttle_pause)
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + pause)
            self.stats.throttled += 1
        return pause

    def used_this_minute(self) -> int:
        with self._lock:
            return self._requests.used(self._clock())


_registry: dict[str, Governor] = {}
_registry_lock = threading.Lock()


def governor_for(realm_id: str, *, time_scale: float = 1.0, limits: Limits | None = None) -> Governor:
    """The process-wide governor of a company (created on first use)."""
    with _registry_lock:
        gov = _registry.get(realm_id)
        if gov is None or gov.time_scale != time_scale:
            gov = _registry[realm_id] = Governor(limits, time_scale=time_scale)
        return gov
