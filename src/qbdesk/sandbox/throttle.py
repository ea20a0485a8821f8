"""QuickBooks' throttles, per company: 500 requests a minute, 10 at a time, 40 batches a minute.

A throttled request gets HTTP 429 with the XML body QuickBooks sends (even to
a client that asked for JSON), which is what trips naive clients in
production. Windows are measured on the sandbox clock scaled by a speed-up
factor, so a benchmark can meet the real limits in seconds instead of minutes.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass

from qbdesk.sandbox.clock import Clock, response_time

THROTTLE_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<IntuitResponse time="{time}" xmlns="http://schema.intuit.com/finance/v3">
    <Fault type="SERVICE">
        <Error code="3001">
            <Message>message=ThrottleExceeded; errorCode=003001; statusCode=429</Message>
            <Detail>The request limit was reached.  Try again later</Detail>
        </Error>
    </Fault>
</IntuitResponse>
"""


def throttle_body(clock: Clock) -> bytes:
    return THROTTLE_XML.format(time=response_time(clock.now())).encode("utf-8")


@dataclass(frozen=True)
class Limits:
    per_minute: int = 500
    concurrent: int = 10
    batch_per_minute: int = 40
    window: float = 60.0


class RealmThrottle:
    """Sliding one-minute windows and an in-flight count for one company."""

    def __init__(self, limits: Limits, clock: Clock, speedup: float) -> None:
        self.limits = limits
        self.clock = clock
        self.speedup = speedup
        self._lock = threading.Lock()
        self._requests: deque[float] = deque()
        self._batches: deque[float] = deque()
        self._in_flight = 0
        self.throttled = 0

    def enter(self, *, batch: bool) -> bool:
        """Admit a request (True) or refuse it (False: answer 429). Admitted requests must ``leave``."""
        now = self.clock.scaled(self.speedup)
        horizon = now - self.limits.window
        with self._lock:
            while self._requests and self._requests[0] <= horizon:
                self._requests.popleft()
            while self._batches and self._batches[0] <= horizon:
                self._batches.popleft()
            refused = (len(self._requests) >= self.limits.per_minute
                       or self._in_flight >= self.limits.concurrent
                       or (batch and len(self._batches) >= self.limits.batch_per_minute))
            if refused:
                self.throttled += 1
                return False
            self._requests.append(now)
            if batch:
                self._batches.append(now)
            self._in_flight += 1
            return True

    def leave(self) -> None:
        with self._lock:
            self._in_flight -= 1


class Throttle:
    """The throttles of every company on one server; ``enabled=False`` admits everything."""

    def __init__(self, clock: Clock, *, enabled: bool = True, speedup: float = 1.0,
                 limits: Limits | None = None) -> None:
        if speedup <= 0:
            raise ValueError("the speed-up factor must be positive")
        self.clock = clock
        self.enabled = enabled
        self.speedup = speedup
        self.limits = limits or Limits()
        self._realms: dict[str, RealmThrottle] = {}
        self._lock = threading.Lock()

    def realm(self, realm_id: str) -> RealmThrottle:
        with self._lock:
            found = self._realms.get(realm_id)
            if found is None:
                found = self._realms[realm_id] = RealmThrottle(self.limits, self.clock, self.speedup)
            return found
