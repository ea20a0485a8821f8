"""Filling both of QuickBooks' limits: batches one after another, single requests beside them.

QuickBooks takes 40 batch requests a minute (30 writes each) and 500 requests a
minute in all, at most 10 at a time. Batches alone stop at 1,200 writes a minute;
the 460 other requests of the minute can each carry one more write. So, for one
level of independent writes (one entity type, one parent level — the executor
keeps the dependency order by handing them over level after level):

* a batch goes whenever the governor's batch window has room, one in flight at a
  time (as before: a cancel is noticed between batches) — two when the run has more
  writes left than the batch window admits, so that the window is used even when
  an answer is slow;
* when the run has more writes left than the batch window can carry right now
  (``room(batch) × 30``), batches alone would run into QuickBooks' limit: then every
  write but the next batch's goes as a single request, in the request budget the
  batches leave (:meth:`~qbdesk.qbo.governor.Governor.room`), on the other
  in-flight slots — from the first level on, since a minute's single budget not
  used is lost;
* when the batch window has room for all that is left (a later sync, a small
  company), nothing goes alone: the API calls are what they were.

The journal rule does not change: every write, batch or single, is built and
journaled (committed, with its own ``requestid``) on this thread before it is
handed to a sender thread, and every answer is recorded on this thread, so the
database and the run's state are only touched here; sender threads only speak
HTTP. A cancel, a lost sync lock or a request that fails for good (network)
stops the dispatch; what is in flight is waited for and recorded, then the run
stops as before (interrupted, settled by the next run).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections import deque
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from qbdesk.qbo.errors import AuthenticationError, QboError, is_transient
from qbdesk.sync.plan import Operation
from qbdesk.sync.qbo_writes import BATCH_SIZE, REMOVALS, Done, Pending
from qbdesk.sync.run_context import Row

if TYPE_CHECKING:
    from qbdesk.sync.qbo_writes import QboWriter

log = logging.getLogger("qbdesk.sync")

# How long the dispatcher sleeps at most when it waits for room or an answer (real seconds): short enough
# that a window opening is used at once, long enough not to spin.
_POLL = 0.02
# Answers to single writes are recorded a batch's worth at a time, or at least this often (real seconds), so that
# the database work per write stays that of a batch.
_RECORD_EVERY = 0.1
_PRESSED_BATCHES = 2


@dataclass
class _Batch:
    pending: list[Pending]


@dataclass
class _Single:
    pending: Pending


@dataclass
class SchedulerStats:
    """What one run of the scheduler sent, for the benches."""

    batches: int = 0
    singles: int = 0
    in_batches: int = 0


@dataclass
class Scheduler:
    """Carries out one level of independent writes to QuickBooks with batches and single requests."""

    writer: QboWriter
    stats: SchedulerStats = field(default_factory=SchedulerStats)

    def run(self, ops: Sequence[Operation]) -> None:
        if not ops:
            return
        writer = self.writer
        slots = max(1, writer.ctx.client.governor.in_flight_limit)
        queue: deque[Operation] = deque(ops)
        retry: deque[Pending] = deque()
        ready: deque[Pending] = deque()  # singles journaled, waiting for a slot
        flying: dict[Future[object], _Batch | _Single] = {}
        answered: list[tuple[Pending, Row | None, QboError | None]] = []
        stop: Exception | None = None
        recorded = time.monotonic()
        with ThreadPoolExecutor(max_workers=slots, thread_name_prefix="qbo-send") as pool:
            while queue or retry or ready or flying:
                if stop is None:
                    try:
                        writer.ctx.check()
                    except Exception as exc:  # Cancelled, SyncLockLost: raised once what is in flight is recorded
                        stop = exc
                if stop is None:
                    self._dispatch(pool, queue, retry, ready, flying, slots)
                if flying:
                    finished, _ = wait(list(flying), timeout=None if stop is not None else _POLL,
                                       return_when=FIRST_COMPLETED)
                    for future in finished:
                        stop = self._answered(flying.pop(future), future, retry, answered) or stop
                singles_flying = any(isinstance(u, _Single) for u in flying.values())
                if answered and (len(answered) >= BATCH_SIZE or not singles_flying or stop is not None
                                 or time.monotonic() - recorded >= _RECORD_EVERY):
                    self._record_singles(answered)
                    answered, recorded = [], time.monotonic()
                if stop is not None and not flying:
                    break
            if answered:
                self._record_singles(answered)
        if stop is not None:
            writer.never_sent([p for p in ready])
            raise stop

    def _answered(self, unit: _Batch | _Single, future: Future[object], retry: deque[Pending],
                  answered: list[tuple[Pending, Row | None, QboError | None]]) -> Exception | None:
        """Take one answer in; returns the error that must stop the run (after what is in flight is recorded)."""
        error = future.exception()
        assert error is None or isinstance(error, Exception)
        if isinstance(unit, _Batch):
            if error is not None:
                return error
            results = future.result()
            assert isinstance(results, dict)
            retry.extend(self.writer.record_batch(unit.pending, results))
        elif error is None:
            row = future.result()
            answered.append((unit.pending, row if isinstance(row, dict) else None, None))
        elif isinstance(error, QboError) and _about_the_record(error):
            answered.append((unit.pending, None, error))
        else:  # no certain answer (network, server): left to settle, as a batch's would be
            return error
        return None

    def _dispatch(self, pool: ThreadPoolExecutor, queue: deque[Operation], retry: deque[Pending],
                  ready: deque[Pending], flying: dict[Future[object], _Batch | _Single], slots: int) -> None:
        """Send what the windows admit now: a batch if none is in flight, singles with what batches leave."""
        writer = self.writer
        governor = writer.ctx.client.governor
        pressed = writer.ctx.client.sends_singles and writer.left_in_run > governor.room(batch=True) * BATCH_SIZE
        # Under pressure a second batch may fly, so that a slow answer does not leave the batch window unused.
        if sum(isinstance(u, _Batch) for u in flying.values()) < (_PRESSED_BATCHES if pressed else 1) \
                and (queue or retry):  # (the in-flight slots left go to singles)
            self._send_batch(pool, queue, retry, flying, force=False)
        singles_in_flight = sum(isinstance(u, _Single) for u in flying.values())
        batches = _PRESSED_BATCHES if pressed else 1
        free = min(slots - batches - singles_in_flight, governor.room(batch=False) - singles_in_flight) \
            if writer.ctx.client.sends_singles else 0
        if free > 0 and not ready:
            # A retried write waits for a batch; fresh ones go alone if the batches cannot carry the run's writes.
            batch_room = governor.room(batch=True)
            if pressed:
                keep = BATCH_SIZE if batch_room and len(queue) >= BATCH_SIZE else 0  # the next batch's
                spare = len(queue) - keep
            else:
                spare = len(queue) - batch_room * BATCH_SIZE
            if spare > 0:  # journaled a group at a time: one transaction for up to a batch's worth of singles
                _, pending = writer.prepare([queue.popleft() for _ in range(min(spare, BATCH_SIZE))])
                ready.extend(pending)
                self.stats.singles += len(pending)
        while free > 0 and ready:
            p = ready.popleft()
            flying[pool.submit(writer.post_single, p)] = _Single(p)
            free -= 1
        if not flying and (queue or retry):
            # No room for either kind now and nothing on its way: a batch waits for its turn in the governor.
            self._send_batch(pool, queue, retry, flying, force=True)

    def _send_batch(self, pool: ThreadPoolExecutor, queue: deque[Operation], retry: deque[Pending],
                    flying: dict[Future[object], _Batch | _Single], *, force: bool) -> bool:
        writer = self.writer
        if not force and writer.ctx.client.governor.room(batch=True) <= 0:
            return False
        again = [retry.popleft() for _ in range(min(BATCH_SIZE, len(retry)))]
        chunk = [queue.popleft() for _ in range(min(BATCH_SIZE - len(again), len(queue)))]
        batch_id, fresh = writer.prepare(chunk)
        pending = again + fresh
        if not pending:
            return False
        request_id = batch_id if not again else str(uuid.uuid4())
        flying[pool.submit(writer.post_batch, pending, request_id)] = _Batch(pending)
        self.stats.batches += 1
        self.stats.in_batches += len(pending)
        return True

    def _record_singles(self, answered: list[tuple[Pending, Row | None, QboError | None]]) -> None:
        """The answers to single writes that came back, in one transaction."""
        entity = answered[0][0].op.entity
        done = [Done(p.entry_id, p.op, p.version, row) for p, row, _ in answered if row is not None]
        failed: list[tuple[Pending, QboError | None]] = []
        for p, row, error in answered:
            if row is not None:
                continue
            if error is not None and error.code == "610" and p.op.kind in REMOVALS:
                done.append(Done(p.entry_id, p.op, None, {"Id": p.op.qbo_id, "status": "Deleted"}))
            else:
                failed.append((p, error))
        self.writer.record(entity, done, failed)


def _about_the_record(error: QboError) -> bool:
    """QuickBooks refused this write for what it says (a problem for its record, as in a batch's answer) — not
    an answer that says nothing certain (the client's retries ran out) nor a sign-in that no longer holds,
    which stop the run as a failed batch request does."""
    return not is_transient(error) and not isinstance(error, AuthenticationError)
