"""Sandbox time: what "now" is for tokens, timestamps, CDC and throttling.

Tests must be able to expire a token or age a CDC watermark without waiting, so
every part of the sandbox asks this clock instead of the system. ``advance``
moves it forward; a frozen clock only moves when told to, which makes
timestamps in assertions predictable. Throttling reads a separately scaled
time (see :meth:`Clock.scaled`) so that a benchmark can compress QuickBooks'
one-minute windows into a second without also aging every token sixty times
faster.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

try:
    PACIFIC: tzinfo = ZoneInfo("America/Los_Angeles")
except ZoneInfoNotFoundError:  # no tz database (e.g. a bare Windows install): keep a fixed offset
    from datetime import timezone

    PACIFIC = timezone(timedelta(hours=-8), "PST")


class Clock:
    """Real time plus an adjustable offset, optionally frozen."""

    def __init__(self, start: datetime | None = None, *, frozen: bool = False) -> None:
        self._lock = threading.Lock()
        self._frozen = frozen
        self._real_base = time.time()
        self._mono_base = time.monotonic()
        base = start if start is not None else datetime.now(UTC)
        if base.tzinfo is None:
            raise ValueError("the sandbox clock needs a time-zone aware start")
        self._base = base.astimezone(UTC)
        self._offset = 0.0

    def now(self) -> datetime:
        with self._lock:
            elapsed = 0.0 if self._frozen else time.monotonic() - self._mono_base
            return self._base + timedelta(seconds=elapsed + self._offset)

    def timestamp(self) -> float:
        return self.now().timestamp()

    def advance(self, seconds: float) -> None:
        """Move sandbox time forward (tokens expire, CDC windows age, throttle windows slide)."""
        if seconds < 0:
            raise ValueError("the sandbox clock does not go backwards")
        with self._lock:
            self._offset += seconds

    def scaled(self, speedup: float) -> float:
        """Seconds on a monotonic scale where real time runs ``speedup`` times faster.

        Explicit advances count once, unscaled, so a test can also jump a window.
        """
        with self._lock:
            real = 0.0 if self._frozen else time.monotonic() - self._mono_base
            return real * speedup + self._offset


def company_now(clock: Clock) -> datetime:
    """Now in the company's time zone (QuickBooks stamps Pacific time in its sandbox)."""
    return clock.now().astimezone(PACIFIC)


def today(clock: Clock) -> date:
    return company_now(clock).date()


def stamp(moment: datetime) -> str:
    """A MetaData time: seconds and offset, no fraction (``2015-10-01T16:48:43-07:00``)."""
    return moment.astimezone(PACIFIC).replace(microsecond=0).isoformat()


def response_time(moment: datetime) -> str:
    """The ``time`` of a response: milliseconds and offset (``2020-09-29T06:53:30.722-07:00``)."""
    local = moment.astimezone(PACIFIC)
    return local.isoformat(timespec="milliseconds")


def parse_moment(text: str) -> datetime:
    """A date or date-time as clients send it in CDC and queries; dates mean midnight Pacific."""
    value = text.strip()
    if len(value) == 10:
        return datetime.combine(date.fromisoformat(value), datetime.min.time(), PACIFIC)
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=PACIFIC)
    return moment
