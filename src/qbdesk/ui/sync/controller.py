"""The GUI-thread face of the sync: owns the worker thread, relays its signals, holds the live connection.

One :class:`SyncController` per window. When a company opens it starts a
``QThread`` with a :class:`~qbdesk.ui.sync.worker.SyncWorker` (which opens its own
company engine there) and asks for the company's status: its saved connection,
settings, last and interrupted runs. Views talk only to the controller:

* ``plan(settings)`` re-plans in the worker — debounced, so dragging through the
  wizard's options sends one request, and only the newest settings are planned;
* ``start(resume=False, settings=None)`` saves the settings and syncs;
* ``cancel()`` stops a sync between batches (``resume`` continues it later).

The worker's signals are connected with queued connections to bound ``@Slot``
methods here (STYLE §9's main-thread relay), which re-emit them on the GUI
thread; tests can therefore ``waitSignal`` on the controller safely (TOOLCHAIN
§2). The GUI thread never waits for the worker except when the window closes.
"""

from __future__ import annotations

import gc
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, QTimer, Signal, Slot

from qbdesk.ui.base.errors import ErrorInfo
from qbdesk.ui.base.logs import logger
from qbdesk.ui.sync.worker import Job, JobKind, SyncOptions, SyncStatus, SyncWorker

if TYPE_CHECKING:
    from qbdesk.qbo.client import QboClient
    from qbdesk.qbo.connection import Connection
    from qbdesk.store import Company
    from qbdesk.store.office import Desktop
    from qbdesk.sync.office import OfficeStatus
    from qbdesk.sync.plan import Plan
    from qbdesk.sync.settings import SyncSettings

log = logger("sync")

PLAN_DEBOUNCE_MS = 150
_WRITES = frozenset({JobKind.RUN, JobKind.UNDO})  # jobs that write: one at a time, cancellable, resumable
RECONNECT_KINDS = frozenset({"ReconnectNeeded"})


class _Mailbox(QObject):
    """The GUI-thread end of one worker's job queue (one per worker, so a retired worker can still be told
    to close without a new worker hearing it).

    Signals:
        submit(object): a :class:`~qbdesk.ui.sync.worker.Job` for the worker (queued to its thread).
    """

    submit = Signal(object)


class SyncController(QObject):
    """Runs plans and syncs of the open company off the GUI thread.

    Signals (all emitted on the GUI thread):
        started(): a job (status, options, plan or sync) began in the worker.
        phase(str): the engine entered a phase ("read_qbo", an entity type while writing, …).
        progress(object): an :class:`~qbdesk.sync.progress.EntityProgress`.
        problem(object): a :class:`~qbdesk.sync.progress.ProblemNotice`.
        planned(object): a :class:`~qbdesk.sync.plan.Plan` (also the plan a sync is about to execute).
        finished(object): always last for every job: a :class:`~qbdesk.sync.progress.RunSummary` after a
            sync, else None.
        failed(object): an :class:`~qbdesk.ui.base.errors.ErrorInfo`; ``finished(None)`` follows.
        syncStarted(): a sync (not a plan) began.
        syncFinished(object): a sync ended: its RunSummary, or None if it failed.
        runningChanged(bool): a sync is (no longer) running.
        planningChanged(bool): a plan is (no longer) pending or running.
        undoPlanned(object): an :class:`~qbdesk.sync.undo.UndoPlan`: what undoing a run will do.
        undoFinished(object): an undo ended: its :class:`~qbdesk.sync.undo_run.UndoSummary`, or None if it
            failed (runningChanged and a status read follow, as after a sync).
        statusChanged(object): a new :class:`~qbdesk.ui.sync.worker.SyncStatus` was read.
        optionsLoaded(object): :class:`~qbdesk.ui.sync.worker.SyncOptions` for the wizard.
        connectionChanged(): :attr:`connection` or :attr:`reconnect_needed` changed.
    """

    started = Signal()
    phase = Signal(str)
    progress = Signal(object)
    problem = Signal(object)
    planned = Signal(object)
    finished = Signal(object)
    failed = Signal(object)
    syncStarted = Signal()
    syncFinished = Signal(object)
    runningChanged = Signal(bool)
    planningChanged = Signal(bool)
    statusChanged = Signal(object)
    optionsLoaded = Signal(object)
    connectionChanged = Signal()
    undoPlanned = Signal(object)
    undoFinished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._connection: Connection | None = None
        self._reconnect_needed = False
        self._company: Company | None = None
        self._lock_dir: Path | None = None
        self._desktop: Desktop | None = None
        self._thread: QThread | None = None
        self._worker: SyncWorker | None = None
        self._mailbox: _Mailbox | None = None
        self._links: list[QMetaObject.Connection] = []
        self._retiring: dict[QThread, tuple[_Mailbox, SyncWorker]] = {}
        self._current: Job | None = None
        self._queue: list[Job] = []
        self._pending_plan: tuple[SyncSettings | None, bool] | None = None
        self._to_close: list[Connection] = []
        self.status: SyncStatus | None = None
        self.options: SyncOptions | None = None
        self.last_plan: Plan | None = None
        self.last_error: ErrorInfo | None = None
        self._frozen_once = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(PLAN_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._send_plan)
        # Later changes on either side sync by themselves: an incremental sync every N minutes.
        self._auto = QTimer(self)
        self._auto.timeout.connect(self._auto_sync)

    # --- state ----------------------------------------------------------------------------------

    @property
    def connection(self) -> Connection | None:
        """The live connection to QuickBooks (thread-safe client inside), or None."""
        return self._connection

    @property
    def reconnect_needed(self) -> bool:
        """QuickBooks refused the saved sign-in (invalid_grant, revoked): the user must reconnect."""
        return self._reconnect_needed

    @property
    def company(self) -> Company | None:
        return self._company

    @property
    def is_running(self) -> bool:
        """A sync or an undo (not a plan) is running or queued."""
        return (self._current is not None and self._current.kind in _WRITES) or any(
            j.kind in _WRITES for j in self._queue)

    @property
    def is_undoing(self) -> bool:
        """An undo is running or queued."""
        return (self._current is not None and self._current.kind is JobKind.UNDO) or any(
            j.kind is JobKind.UNDO for j in self._queue)

    @property
    def interrupted_undo(self) -> bool:
        """The interrupted run is an undo: the user's to resume before anything else syncs."""
        status = self.status
        return bool(status and status.interrupted_run and status.last_run and status.last_run.kind == "undo")

    @property
    def is_busy(self) -> bool:
        return self._current is not None or bool(self._queue) or self._debounce.isActive()

    @property
    def is_planning(self) -> bool:
        return self._debounce.isActive() or self._pending_plan is not None or any(
            j.kind is JobKind.PLAN for j in ([self._current] if self._current else []) + self._queue)

    @property
    def office(self) -> OfficeStatus | None:
        """The sync host, who is syncing and the requests for the host, as last read (None before that)."""
        return self.status.office if self.status else None

    @property
    def is_host(self) -> bool:
        """This desktop syncs the open company (it is the sync host, or no host is recorded yet)."""
        return self.status is None or self.status.is_host

    @property
    def desktop(self) -> Desktop | None:
        return self._desktop

    @property
    def interrupted_run(self) -> str | None:
        return self.status.interrupted_run if self.status else None

    # --- company and connection ---------------------------------------------------------------------

    def set_company(self, company: Company | None, lock_dir: Path | None = None,
                    desktop: Desktop | None = None) -> None:
        """Follow the window's open company: a new worker thread for it (the old one stops by itself).

        Given ``desktop``, the engine syncs only while this desktop is the company's
        sync host (office mode), and the status says who the host is.
        """
        self._retire()
        self._company = company
        self._lock_dir = lock_dir
        self._desktop = desktop
        self.status = None
        self.options = None
        self.last_plan = None
        self._reconnect_needed = False
        self._replace_connection(None)
        if company is None:
            return
        thread = QThread(self)
        thread.setObjectName("qbdesk-sync")
        worker = SyncWorker(company.url, desktop, password=company.password)
        worker.moveToThread(thread)
        queued = Qt.ConnectionType.QueuedConnection
        mailbox = _Mailbox(self)
        mailbox.submit.connect(worker.run_job, queued)
        self._links = [
            worker.started.connect(self._on_started, queued),
            worker.phase.connect(self._on_phase, queued),
            worker.progress.connect(self._on_progress, queued),
            worker.problem.connect(self._on_problem, queued),
            worker.planned.connect(self._on_planned, queued),
            worker.status.connect(self._on_status, queued),
            worker.options.connect(self._on_options, queued),
            worker.undo_planned.connect(self._on_undo_planned, queued),
            worker.failed.connect(self._on_failed, queued),
            worker.finished.connect(self._on_finished, queued),
        ]
        thread.finished.connect(worker.deleteLater)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker, self._mailbox = thread, worker, mailbox
        thread.start()
        self.refresh_status()

    @property
    def engine_pid(self) -> int | None:
        """The sync engine's process while it runs (None before the first plan or sync, and after it ended)."""
        return self._worker.engine_pid if self._worker is not None else None

    def set_connection(self, connection: Connection | None) -> None:
        """A new sign-in (or a disconnect): the next jobs use this connection."""
        self._reconnect_needed = False
        self._replace_connection(connection)
        self.options = None

    def mark_reconnect_needed(self) -> None:
        """QuickBooks refused the sign-in (seen by a health check or a job): say so everywhere."""
        if not self._reconnect_needed:
            log.warning("QuickBooks refused the saved sign-in: reconnect needed")
            self._reconnect_needed = True
            self.connectionChanged.emit()

    def _replace_connection(self, connection: Connection | None) -> None:
        old = self._connection
        if old is connection:
            self.connectionChanged.emit()
            return
        self._connection = connection
        if old is not None:
            self._to_close.append(old)
            self._close_unused()
        self.connectionChanged.emit()

    def _close_unused(self) -> None:
        if self._current is None and not self._queue:
            for conn in self._to_close:
                conn.close()
            self._to_close.clear()

    # --- requests ---------------------------------------------------------------------------------------

    def refresh_status(self) -> None:
        """Read the company's settings and runs again (in the worker); its saved connection too if none is live.

        While the worker is busy the read waits its turn (once: a burst of changes elsewhere is one read), so a
        change made meanwhile — another desktop's sync, a ``qbdesk`` command — is never missed.
        """
        if any(job.kind is JobKind.STATUS for job in self._queue):
            return
        self._enqueue(Job(JobKind.STATUS, lock_dir=self._lock_dir if self._connection is None else None))

    def load_options(self) -> None:
        """The wizard's choices: QuickBooks' bank accounts and both sides' payment methods."""
        if self._client_or_none() is not None:
            self._enqueue(Job(JobKind.OPTIONS, client=self._client_or_none()))

    def plan(self, settings: SyncSettings | None = None, *, refresh: bool = False, debounce: bool = True) -> None:
        """Plan with ``settings`` (the saved ones when None) in the worker; ``planned`` brings the result.

        Rapid calls collapse into one: only the newest settings are planned, after
        a short pause (or at once with ``debounce=False``). ``refresh`` reads both
        sides again instead of re-planning from the cached snapshots.
        """
        if self._client_or_none() is None:
            return
        refresh = refresh or bool(self._pending_plan and self._pending_plan[1])
        self._pending_plan = (settings, refresh)
        was_planning = self.is_planning
        if debounce:
            self._debounce.start()
        else:
            self._debounce.stop()
            self._send_plan()
        if not was_planning:
            self.planningChanged.emit(True)

    @Slot()
    def _send_plan(self) -> None:
        if self._pending_plan is None:
            return
        settings, refresh = self._pending_plan
        self._pending_plan = None
        self._queue = [j for j in self._queue if j.kind is not JobKind.PLAN]  # only the newest counts
        self._enqueue(Job(JobKind.PLAN, client=self._client_or_none(), settings=settings, refresh=refresh))

    def start(self, resume: bool = False, settings: SyncSettings | None = None) -> bool:
        """Save ``settings`` (when given) and sync in the background; False if that cannot start now.

        Resuming when the interrupted run is an undo resumes the undo (no sync may start behind it)."""
        if resume and self.interrupted_undo:
            return self.undo(None, resume=True)
        client = self._client_or_none()
        if client is None or self.is_running or self._worker is None:
            return False
        self._debounce.stop()
        self._pending_plan = None
        self._queue = [j for j in self._queue if j.kind is not JobKind.PLAN]
        self._enqueue(Job(JobKind.RUN, client=client, settings=settings, resume=resume))
        self.runningChanged.emit(True)
        return True

    def plan_undo(self, run_id: str | None) -> bool:
        """What undoing ``run_id`` will do, read in the worker; ``undoPlanned`` brings it. False when not connected."""
        client = self._client_or_none()
        if client is None or self._worker is None:
            return False
        self._enqueue(Job(JobKind.UNDO_PLAN, client=client, run_id=run_id))
        return True

    def undo(self, run_id: str | None, *, resume: bool = False) -> bool:
        """Undo ``run_id`` in the background (``resume``: continue the interrupted undo), with the same progress,
        cancel and resume as a sync; False if that cannot start now."""
        client = self._client_or_none()
        if client is None or self.is_running or self._worker is None:
            return False
        self._debounce.stop()
        self._pending_plan = None
        self._queue = [j for j in self._queue if j.kind is not JobKind.PLAN]
        self._enqueue(Job(JobKind.UNDO, client=client, run_id=run_id, resume=resume))
        self.runningChanged.emit(True)
        return True

    @Slot()
    def set_interval(self, minutes: int) -> None:
        """Sync automatically every ``minutes`` (0 stops it; "Sync now" always works)."""
        if minutes <= 0:
            self._auto.stop()
        else:
            self._auto.start(minutes * 60_000)

    @property
    def auto_interval_ms(self) -> int:
        return self._auto.interval() if self._auto.isActive() else 0

    def next_auto_sync(self) -> datetime | None:
        """When the next automatic sync will start, or None when none will (off, no first sync, not connected)."""
        status = self.status
        if (not self._auto.isActive() or self._connection is None or self._reconnect_needed or status is None
                or not status.completed_full_sync):
            return None
        return datetime.now(UTC) + timedelta(milliseconds=max(self._auto.remainingTime(), 0))

    @Slot()
    def _auto_sync(self) -> None:
        """Only after a completed first sync, when connected, idle and nothing is left to resume."""
        status = self.status
        if (self._connection is None or self._reconnect_needed or self.is_busy or status is None
                or not status.completed_full_sync or status.interrupted_run):
            return
        log.info("automatic sync (every %d min)", self._auto.interval() // 60_000)
        self.start()

    def cancel(self) -> None:
        """Stop the running sync (or undo) between batches; it can be resumed."""
        if self._current is not None and self._current.kind in _WRITES:
            self._current.cancel.set()
        queued = [j for j in self._queue if j.kind in _WRITES]
        if queued:  # not started yet: it simply never runs
            self._queue = [j for j in self._queue if j.kind not in _WRITES]
            if not self.is_running:
                self.runningChanged.emit(False)

    def _client_or_none(self) -> QboClient | None:
        return self._connection.client if self._connection is not None else None

    def _enqueue(self, job: Job) -> None:
        if self._mailbox is None:
            return
        self._queue.append(job)
        self._dispatch()

    def _dispatch(self) -> None:
        if self._current is not None or not self._queue:
            return
        assert self._mailbox is not None
        self._current = self._queue.pop(0)
        if self._current.kind in _WRITES:
            freeze_long_lived()
        self._mailbox.submit.emit(self._current)

    # --- relays from the worker (queued: these run on the GUI thread) ---------------------------------

    @Slot()
    def _on_started(self) -> None:
        if self._current is not None and self._current.kind in _WRITES:
            self.syncStarted.emit()
        self.started.emit()

    @Slot(str)
    def _on_phase(self, name: str) -> None:
        self.phase.emit(name)

    @Slot(object)
    def _on_progress(self, item: object) -> None:
        self.progress.emit(item)

    @Slot(object)
    def _on_problem(self, notice: object) -> None:
        self.problem.emit(notice)

    @Slot(object)
    def _on_planned(self, plan: Plan) -> None:
        self.last_plan = plan
        self.planned.emit(plan)

    @Slot(object)
    def _on_status(self, status: SyncStatus) -> None:
        self.status = status
        if not self._auto.isActive() and status.interval_minutes > 0:
            self.set_interval(status.interval_minutes)
        if not status.is_host and self._connection is not None:
            # Another desktop took over: its sign-in is the live one now. Using this one (a plan, the
            # wizard's lists) would refresh tokens QuickBooks has already rotated for the new host.
            log.info("this desktop is no longer the sync host: dropping its connection")
            self._reconnect_needed = False
            self._replace_connection(None)
        if status.connection is not None:
            if self._connection is None:
                self._replace_connection(status.connection)
            elif status.connection is not self._connection:
                self._to_close.append(status.connection)  # a sign-in overtook the read: keep the live one
            if status.reconnect_needed and status.connection is self._connection:
                self.mark_reconnect_needed()  # refused earlier, by this process or another (kept in the keychain)
        self.statusChanged.emit(status)

    @Slot(object)
    def _on_undo_planned(self, plan: object) -> None:
        self.undoPlanned.emit(plan)

    @Slot(object)
    def _on_options(self, options: SyncOptions) -> None:
        self.options = options
        self.optionsLoaded.emit(options)

    @Slot(object)
    def _on_failed(self, info: ErrorInfo) -> None:
        self.last_error = info
        job = self._current
        stale = job is not None and job.client is not None and job.client is not self._client_or_none()
        if info.kind in RECONNECT_KINDS and self._connection is not None and not stale:
            self.mark_reconnect_needed()  # (a job of a connection replaced meanwhile says nothing about the new one)
        self.failed.emit(info)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        job, self._current = self._current, None
        kind = job.kind if job else None
        self.finished.emit(result)
        if kind is JobKind.RUN:
            self.runningChanged.emit(False)
            self.syncFinished.emit(result)
            self.refresh_status()
        if kind is JobKind.UNDO:
            self.runningChanged.emit(False)
            self.undoFinished.emit(result)
            self.refresh_status()
        if kind is JobKind.PLAN and not self.is_planning:
            self.planningChanged.emit(False)
        if kind is JobKind.STATUS and not self._frozen_once:
            self._frozen_once = True  # the store, the engine and the client are imported by now
            freeze_long_lived()
        self._close_unused()
        self._dispatch()

    # --- shutting down ------------------------------------------------------------------------------------

    def _retire(self) -> None:
        """Let the current worker finish on its own; nothing it says reaches this controller any more."""
        thread, mailbox, worker = self._thread, self._mailbox, self._worker
        if thread is None or mailbox is None or worker is None:
            return
        was_running = self.is_running
        for job in ([self._current] if self._current else []) + self._queue:
            job.cancel.set()
        for link in self._links:
            QObject.disconnect(link)
        self._links = []
        self._current = None
        self._queue = []
        self._pending_plan = None
        self._debounce.stop()
        self._auto.stop()
        # Both kept alive until the thread has stopped: the worker's last Python reference is this one, and a
        # worker collected now would never see the CLOSE below (its thread would run forever).
        self._retiring[thread] = (mailbox, worker)
        mailbox.submit.emit(Job(JobKind.CLOSE))  # after the job it is running, if any
        self._thread = self._worker = self._mailbox = None
        if was_running:
            self.runningChanged.emit(False)

    @Slot()
    def _on_thread_finished(self) -> None:
        thread = self.sender()
        if isinstance(thread, QThread):
            retired = self._retiring.pop(thread, None)
            if retired is not None:
                retired[0].deleteLater()
            thread.deleteLater()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Stop the sync and the worker thread (the window is closing); True if everything stopped."""
        threads = [t for t in (self._thread, *self._retiring) if t is not None]
        self._retire()
        self._company = None
        self._replace_connection(None)
        self._close_unused_now()
        stopped = all(t.wait(timeout_ms) for t in threads)
        if not stopped:
            log.warning("the sync thread did not stop within %d ms", timeout_ms)
        return stopped

    def _close_unused_now(self) -> None:
        for conn in self._to_close:
            conn.close()
        self._to_close.clear()


def freeze_long_lived() -> None:
    """Keep the cyclic garbage collector away from what lives for the whole session.

    A full collection walks every tracked object while holding the GIL, so the
    window cannot paint meanwhile: with Qt's, SQLAlchemy's and the engine's objects
    that took 100–300 ms, several times per sync of 10,000 records (the engine now runs
    in its own process; the window's modules and open company remain). Freezing moves the
    objects alive now (modules, the open company) out of the collector's sight; they are
    still freed by reference counting when dropped.
    A young-generation pass first keeps fresh cyclic garbage out of the frozen set.
    """
    gc.collect(1)
    gc.freeze()
