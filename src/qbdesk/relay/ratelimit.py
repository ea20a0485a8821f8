"""A token bucket per client address, in memory: the relay must not become anyone's free secret oracle.

Nothing is kept beyond the counters, which forget an address once its bucket is
full again; the table is bounded, so a flood of addresses cannot grow it.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

MAX_ADDRESSES = 10_000


class RateLimiter:
    def __init__(self, per_minute: int, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # address → (tokens, at)
        self._lock = threading.Lock()

    def allow(self, address: str) -> float:
        """0 when ``address`` may make a request now; else the seconds until it may."""
        now = self.clock()
        with self._lock:
            tokens, at = self._buckets.pop(address, (self.burst, now))
            tokens = min(self.burst, tokens + (now - at) * self.rate)
            if tokens >= 1.0:
                tokens -= 1.0
                wait = 0.0
            else:
                wait = (1.0 - tokens) / self.rate
            self._buckets[address] = (tokens, now)
            while len(self._buckets) > MAX_ADDRESSES:
                self._buckets.popitem(last=False)
            return wait
