"""The engine's front door: read both sides, plan, run or resume a sync. No Qt.

Reading QuickBooks is the slow part of planning, so the engine keeps the last
snapshots and re-plans from them when only the settings change (the wizard's live
counts); ``refresh=True`` reads both sides again.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

from sqlalchemy import select

from qbdesk.qbo.client import QboClient
from qbdesk.store import Company
from qbdesk.store.syncdata import RunStatus, SyncRun
from qbdesk.sync.executor import Executor
from qbdesk.sync.links import LinkCache
from qbdesk.sync.local_snapshot import local_snapshot
from qbdesk.sync.plan import Plan, make_plan
from qbdesk.sync.progress import NullReporter, Reporter, RunSummary
from qbdesk.sync.qbo_snapshot import qbo_snapshot
from qbdesk.sync.settings import SyncSettings, load_settings
from qbdesk.sync.snapshot import Snapshot

log = logging.getLogger("qbdesk.sync")


@dataclass
class SyncEngine:
    company: Company
    client: QboClient
    reporter: Reporter = field(default_factory=NullReporter)
    cancel: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self._here: Snapshot | None = None
        self._qbo: Snapshot | None = None

    def read(self) -> tuple[Snapshot, Snapshot]:
        """Read both sides (QuickBooks with paged queries)."""
        self.reporter.phase("read_here")
        with self.company.session() as s:
            self._here = local_snapshot(s)
        self.reporter.phase("read_qbo")
        self._qbo = qbo_snapshot(self.client.query_pages)
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

    def run(self, *, resume: bool = False, settings: SyncSettings | None = None) -> RunSummary:
        """Sync now; with ``resume``, first settle what the interrupted run left in flight."""
        with self.company.session() as s:
            settings = settings or load_settings(s)
        executor = Executor(self.company, self.client, self.reporter, self.cancel, settings.refund_account)
        run_id = self.last_interrupted_run() if resume else None
        if run_id is not None:
            self.reporter.phase("reconcile")
            settled = executor.reconcile(run_id)
            log.info("resumed run %s: %d unfinished writes settled", run_id, settled)
        plan = self.plan(settings, refresh=True)
        return executor.execute(plan, run_id=run_id)
