"""The governor keeps every thread of a company under QuickBooks' limits."""

from __future__ import annotations

import threading

from qbdesk.qbo.governor import Governor, Limits


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.lock = threading.Lock()

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        with self.lock:
            self.now += seconds


def test_requests_per_minute_are_capped() -> None:
    t = FakeTime()
    gov = Governor(Limits(requests_per_minute=60, in_flight=10, batches_per_minute=40), clock=t.clock, sleep=t.sleep)
    stamps = []
    for _ in range(120):
        with gov.slot():
            stamps.append(t.now)
    # In any 60-second window, at most the (margin-reduced) limit went out.
    for i, start in enumerate(stamps):
        assert sum(1 for s in stamps[i:] if s < start + 60) <= 55
    assert stamps[-1] >= 60


def test_batches_have_their_own_lower_limit() -> None:
    t = FakeTime()
    gov = Governor(Limits(), clock=t.clock, sleep=t.sleep)
    for _ in range(80):
        with gov.slot(batch=True):
            pass
    assert gov.stats.batches == 80
    assert t.now >= 60  # 39 per minute: the 80th batch waits into the third minute
    assert t.now < 125


def test_time_scale_compresses_the_minute() -> None:
    t = FakeTime()
    gov = Governor(Limits(), time_scale=60.0, clock=t.clock, sleep=t.sleep)
    for _ in range(80):
        with gov.slot(batch=True):
            pass
    assert 1.0 <= t.now < 2.5


def test_a_throttle_pauses_every_thread_for_a_minute_without_retry_after() -> None:
    t = FakeTime()
    gov = Governor(Limits(), clock=t.clock, sleep=t.sleep)
    assert gov.throttled(None) == 60.0
    with gov.slot():
        pass
    assert t.now >= 60.0
    assert gov.throttled(5.0) == 5.0


def test_in_flight_is_bounded_across_threads() -> None:
    gov = Governor(Limits(in_flight=3))
    current = 0
    peak = 0
    guard = threading.Lock()
    release = threading.Event()

    def work() -> None:
        nonlocal current, peak
        with gov.slot():
            with guard:
                current += 1
                peak = max(peak, current)
            release.wait(0.05)
            with guard:
                current -= 1

    threads = [threading.Thread(target=work) for _ in range(12)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert peak == 3


def test_single_requests_leave_the_batches_their_room_while_batches_are_sent() -> None:
    t = FakeTime()
    gov = Governor(Limits(requests_per_minute=105, in_flight=10, batches_per_minute=11), clock=t.clock,
                   sleep=t.sleep)
    # No batch this minute: single requests (reads) may use the whole request budget (less the margin).
    assert gov.room(batch=False) == 100
    with gov.slot(batch=True):
        pass
    # Batches are being sent: singles get the budget less the batches' (100 - 10), one is taken by the batch.
    assert gov.room(batch=True) == 9
    assert gov.room(batch=False) == 90
    for _ in range(90):
        with gov.slot():
            pass
    assert t.now == 0.0, "the singles fitted in their share without waiting"
    assert gov.room(batch=False) == 0 and gov.wait_for_room(batch=False) == 60.0
    # ... and the batches still have theirs: nine more go this minute, none waits.
    for _ in range(9):
        with gov.slot(batch=True):
            pass
    assert t.now == 0.0
    assert gov.stats.requests == 100 and gov.stats.batches == 10 and gov.stats.singles == 90
    assert gov.room(batch=True) == 0


def test_room_is_zero_while_paused_after_a_throttle() -> None:
    t = FakeTime()
    gov = Governor(Limits(), clock=t.clock, sleep=t.sleep)
    gov.throttled(5.0)
    assert gov.room(batch=True) == 0 and gov.room(batch=False) == 0
    assert gov.wait_for_room(batch=False) == 5.0
    t.now = 5.0
    assert gov.room(batch=False) == 495
