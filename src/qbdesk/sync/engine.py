"""The engine's front door: read both sides, plan, run or resume a sync. No Qt.

Reading QuickBooks is the slow part of planning, so the engine keeps the last
snapshots and re-plans from them when only the settings change (the wizard's live
counts); ``refresh=True`` reads both sides again.

A run holds the company's sync lock (:mod:`qbdesk.store.locks`) from start to end:
one engine at most syncs a QuickBooks company at a time, across threads, processes
and desktops, and a second one is refused at once with :class:`SyncBusy` saying
who is syncing. Given its ``desktop``, the engine also refuses to run anywhere but
on the company's sync host (:class:`~qbdesk.sync.office.NotSyncHost`), and first
carries out what other desktops asked the host to do (:mod:`qbdesk.sync.pending`).

The lock can go away under a long sync (the database connection that holds it
dies). The engine hands :meth:`SyncLock.check` to everything that writes as a
guard called between batches, so the run stops within a few seconds and one batch
with :class:`SyncLockLost`, recorded as interrupted: ``run(resume=True)``
continues it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select

from qbdesk.qbo.client import QboClient
from qbdesk.store import Company
from qbdesk.store.locks import SyncBusy, SyncLock, SyncLockLost
from qbdesk.store.office import Desktop
from qbdesk.store.syncdata import RunStatus, SyncRun
from qbdesk.sync.executor import Executor
from qbdesk.sync.incremental import IncrementalSync, NeedsFullSync, load_watermark, save_watermark
from qbdesk.sync.links import LinkCache
from qbdesk.sync.local_snapshot import local_snapshot
from qbdesk.sync.office import NotSyncHost, Office
from qbdesk.sync.pending import carry_out_requests, waiting_requests
from qbdesk.sync.plan import Plan, make_plan
from qbdesk.sync.progress import NullReporter, Reporter, RunSummary
from qbdesk.sync.qbo_snapshot import qbo_snapshot
from qbdesk.sync.settings import SyncSettings, load_settings
from qbdesk.sync.snapshot import Snapshot

log = logging.getLogger("qbdesk.sync")

__all__ = ["NotSyncHost", "SyncBusy", "SyncEngine", "SyncLockLost"]


@dataclass
class SyncEngine:
    company: Company
    client: QboClient
    reporter: Reporter = field(default_factory=NullReporter)
    cancel: threading.Event = field(default_factory=threading.Event)
    desktop: Desktop | None = None  # given: only the company's sync host may run (office mode)

    def __post_init__(self) -> None:
        self._here: Snapshot | None = None
        self._qbo: Snapshot | None = None
        self._read_mark: datetime | None = None

    def read(self) -> tuple[Snapshot, Snapshot]:
        """Read both sides (QuickBooks with paged queries).

        QuickBooks' own time at the first answer is kept as the next sync's CDC
        watermark: everything changed after it is caught by the next pull.
        """
        self.reporter.phase("read_here")
        with self.company.session() as s:
            self._here = local_snapshot(s)
        self.reporter.phase("read_qbo")
        self._read_mark = None

        def pages(statement: str) -> Iterator[list[dict[str, Any]]]:
            for page in self.client.query_pages(statement):
                if self._read_mark is None and self.client.stats.last_server_time:
                    self._read_mark = datetime.fromisoformat(self.client.stats.last_server_time)
                yield page

        self._qbo = qbo_snapshot(pages)
        prefs = self.client.preferences()
        self._qbo.custom_numbers = bool((prefs.get("SalesFormsPrefs") or {}).get("CustomTxnNumbers", False))
        return self._here, self._qbo

    def plan(self, settings: SyncSettings | None = None, *, refresh: bool = False) -> Plan:
        if refresh or self._here is None or self._qbo is None:
            self.read()
        assert self._here is not None and self._qbo is not None
        with self.company.session() as s:
            links = LinkCache.load(s).planner_view()
            settings = settings or load_settings(s)
        return make_plan(self._here, self._qbo, links, settings)

    def last_interrupted_run(self) -> str | None:
        with self.company.session() as s:
            run = s.scalars(select(SyncRun).order_by(SyncRun.started_at.desc())).first()
            if run is not None and run.status in (RunStatus.INTERRUPTED, RunStatus.RUNNING, RunStatus.FAILED):
                return run.id
        return None

    def has_completed_full_sync(self) -> bool:
        with self.company.session() as s:
            return s.scalars(select(SyncRun.id).where(SyncRun.kind.in_(("first", "full")),
                                                      SyncRun.status == RunStatus.COMPLETED)).first() is not None

    def run(self, *, resume: bool = False, settings: SyncSettings | None = None,
            full: bool = False) -> RunSummary:
        """Sync now: the first (full) sync, or the next incremental one once a full sync completed.

        With ``resume``, first settle what an interrupted run left in flight. ``full``
        forces a complete comparison of both sides. Raises :class:`SyncBusy` when
        another engine is syncing this company, :class:`NotSyncHost` when this
        engine's desktop is not the sync host, :class:`SyncLockLost` when the lock
        went away during the sync (the run is then interrupted, and resumable).
        """
        with SyncLock(self.company, self.client.realm_id, self.desktop) as lock:
            if self.desktop is not None:
                Office(self.company, self.desktop).ensure_host()
            if waiting_requests(self.company):
                self.reporter.phase("host_requests")
                carry_out_requests(self.company, self.client, guard=lock.check)
            return self._run(resume=resume, settings=settings, full=full, guard=lock.check)

    def _run(self, *, resume: bool, settings: SyncSettings | None, full: bool,
             guard: Callable[[], None]) -> RunSummary:
        calls_at_start = self.client.stats.calls
        with self.company.session() as s:
            settings = settings or load_settings(s)
            watermark = load_watermark(s)
        run_id = self.last_interrupted_run() if resume else None
        synced_before = self.has_completed_full_sync()
        if not full and run_id is None and watermark is not None and synced_before:
            try:
                self.reporter.phase("incremental")
                return IncrementalSync(self.company, self.client, settings, reporter=self.reporter,
                                       guard=guard).run()
            except NeedsFullSync as why:
                log.info("incremental sync not possible (%s): comparing both sides in full", why)
        executor = Executor(self.company, self.client, self.reporter, self.cancel, settings.refund_account, guard)
        if run_id is not None:
            self.reporter.phase("reconcile")
            settled = executor.reconcile(run_id)
            log.info("resumed run %s: %d unfinished writes settled", run_id, settled)
        plan = self.plan(settings, refresh=True)
        mark = self._read_mark
        summary = executor.execute(plan, run_id=run_id, kind="full" if synced_before else "first")
        if summary.status == RunStatus.COMPLETED.value and synced_before and self._qbo is not None:
            # A full comparison after the first sync also carries over edits and deletions, both ways.
            self.reporter.phase("compare")
            changes = IncrementalSync(self.company, self.client, settings, reporter=self.reporter,
                                      guard=guard).run(snapshot=self._qbo, mark=mark)
            summary = replace(summary, updated=summary.updated + changes.updated,
                              created_here=summary.created_here + changes.created_here,
                              created_in_qbo=summary.created_in_qbo + changes.created_in_qbo,
                              problems=summary.problems + changes.problems)
        if summary.status == RunStatus.COMPLETED.value and mark is not None:
            with self.company.session() as s:
                save_watermark(s, mark)
        return replace(summary, api_calls=self.client.stats.calls - calls_at_start)
