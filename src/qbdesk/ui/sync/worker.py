"""The sync engine on its own thread: a ``SyncWorker`` QObject living in a ``QThread``.

The worker owns everything the engine touches: its **own** company engine and
sessions (``open_company(url)``, never the window's), the :class:`SyncEngine` with
its cached snapshots (so the wizard's re-plans skip reading QuickBooks again), and
a reporter that turns the engine's callbacks into signals. Only plain data leaves
the thread: plans, progress and problem dataclasses, summaries, error infos — no
ORM object ever crosses. The live :class:`~qbdesk.qbo.client.QboClient` is handed
*in* with each job; it is thread-safe by design.

Jobs arrive one at a time through a queued signal from the
:class:`~qbdesk.ui.sync.controller.SyncController` and run to completion on this
thread. Each job emits ``started`` first and ``finished`` last, whatever happens
in between (STYLE §8.5); an exception becomes ``failed(ErrorInfo)`` just before
``finished(None)``. Cancellation is cooperative: the job's ``threading.Event`` is
set from the GUI thread and the engine checks it between batches.
"""

from __future__ import annotations

import dataclasses
import enum
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot

from qbdesk.ui.base.errors import ErrorInfo
from qbdesk.ui.base.logs import logger

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy.engine import URL

    from qbdesk.qbo.client import QboClient
    from qbdesk.qbo.connection import Connection, ConnectionConfig
    from qbdesk.store import Company
    from qbdesk.store.office import Desktop
    from qbdesk.sync.engine import SyncEngine
    from qbdesk.sync.office import OfficeStatus
    from qbdesk.sync.plan import Plan
    from qbdesk.sync.progress import EntityProgress, ProblemNotice, RunSummary
    from qbdesk.sync.settings import SyncSettings
    from qbdesk.sync.undo import UndoPlan
    from qbdesk.sync.undo_run import UndoSummary

log = logger("sync")

PROGRESS_INTERVAL = 0.05  # seconds between progress signals per entity: the bars need no more


class JobKind(enum.Enum):
    STATUS = "status"      # read settings, connection, last run, interrupted run
    OPTIONS = "options"    # the wizard's choices: QuickBooks' bank accounts, both sides' payment methods
    PLAN = "plan"          # plan with the given settings (re-plan from cached snapshots unless refresh)
    RUN = "run"            # save the settings (if given) and sync; resume an interrupted run if asked
    UNDO_PLAN = "undo_plan"  # what undoing a run will do (nothing is written)
    UNDO = "undo"          # undo a run (or resume the interrupted undo)
    CLOSE = "close"        # close the worker's company and stop the thread


@dataclass(frozen=True)
class Job:
    """One request to the worker; plain values plus the thread-safe client and cancel flag."""

    kind: JobKind
    client: QboClient | None = None
    settings: SyncSettings | None = None
    refresh: bool = False
    resume: bool = False
    lock_dir: Path | None = None      # STATUS: also open the saved connection (the controller has none)
    run_id: str | None = None         # UNDO_PLAN / UNDO: the run to undo (None: the last that wrote anything)
    cancel: threading.Event = field(default_factory=threading.Event)


@dataclass(frozen=True)
class Account:
    """A QuickBooks account a refund can be paid from."""

    qbo_id: str
    name: str
    account_type: str


@dataclass(frozen=True)
class Method:
    """A payment method as the wizard lists it: normalized key, display name, where it exists."""

    key: str
    name: str
    in_qbo: bool
    here: bool


@dataclass(frozen=True)
class SyncOptions:
    accounts: tuple[Account, ...]
    methods: tuple[Method, ...]


@dataclass(frozen=True)
class LastRun:
    run_id: str
    kind: str
    status: str
    started_at: datetime
    finished_at: datetime | None
    result: dict[str, int]
    api_calls: int
    error: str | None


@dataclass(frozen=True)
class SyncStatus:
    """Where the open company stands: what the home page and the wizard start from."""

    config: ConnectionConfig | None
    connection: Connection | None
    connection_error: str | None       # why a configured connection could not be opened (keychain…)
    settings: SyncSettings
    interrupted_run: str | None
    completed_full_sync: bool
    last_run: LastRun | None
    interval_minutes: int = 15   # automatic sync every N minutes (0: only "Sync now")
    office: OfficeStatus | None = None  # the sync host, who is syncing, requests for the host
    reconnect_needed: bool = False  # QuickBooks refused the saved sign-in (recorded in the keychain)
    endpoint_problem: Exception | None = None  # EndpointMismatch / EndpointRefused: why nothing was opened

    @property
    def is_host(self) -> bool:
        """This desktop may sync (it is the sync host, or no host is recorded yet)."""
        return self.office is None or self.office.is_host


class _SignalReporter:
    """The engine's :class:`~qbdesk.sync.progress.Reporter`, as signals of the worker.

    Progress is coalesced per entity type (at most one signal every 50 ms, plus the
    last one of each type), so a fast stretch of the sync cannot flood the GUI
    thread's event queue.
    """

    def __init__(self, worker: SyncWorker) -> None:
        self.worker = worker
        self._last: dict[str, float] = {}
        self._pending: dict[str, EntityProgress] = {}

    def phase(self, name: str) -> None:
        self.flush()
        self.worker.phase.emit(name)

    def progress(self, item: EntityProgress) -> None:
        now = time.monotonic()
        if item.done >= item.total or now - self._last.get(item.entity, 0.0) >= PROGRESS_INTERVAL:
            self._last[item.entity] = now
            self._pending.pop(item.entity, None)
            self.worker.progress.emit(item)
        else:
            self._pending[item.entity] = item

    def problem(self, notice: ProblemNotice) -> None:
        self.worker.problem.emit(notice)

    def flush(self) -> None:
        pending, self._pending = self._pending, {}
        for item in pending.values():
            self.worker.progress.emit(item)


class SyncWorker(QObject):
    """Runs plans and syncs of one company on the thread it was moved to.

    Signals (emitted on the worker's thread; connect them with queued connections):
        started(): a job began.
        phase(str): the engine entered a phase ("read_here", "read_qbo", "reconcile", "incremental"
            or an entity type while writing).
        progress(object): an :class:`~qbdesk.sync.progress.EntityProgress`.
        problem(object): a :class:`~qbdesk.sync.progress.ProblemNotice`.
        planned(object): a :class:`~qbdesk.sync.plan.Plan` (plain data).
        status(object): a :class:`SyncStatus`.
        options(object): a :class:`SyncOptions`.
        undo_planned(object): an :class:`~qbdesk.sync.undo.UndoPlan` (plain data).
        failed(object): an :class:`~qbdesk.ui.base.errors.ErrorInfo`; ``finished(None)`` follows.
        finished(object): always last for every job: the :class:`RunSummary` of a sync, the
            :class:`~qbdesk.sync.undo_run.UndoSummary` of an undo, else None.
    """

    started = Signal()
    phase = Signal(str)
    progress = Signal(object)
    problem = Signal(object)
    planned = Signal(object)
    status = Signal(object)
    options = Signal(object)
    undo_planned = Signal(object)
    failed = Signal(object)
    finished = Signal(object)

    def __init__(self, url: URL, desktop: Desktop | None = None) -> None:
        super().__init__()
        self._url = url
        self._desktop = desktop
        self._company: Company | None = None
        self._engine: SyncEngine | None = None
        self._engine_client: QboClient | None = None
        self._stale = True  # what the engine read no longer shows both sides (a sync ran, or none yet)
        self._reporter = _SignalReporter(self)

    # --- the job loop ---------------------------------------------------------------------------

    @Slot(object)
    def run_job(self, job: Job) -> None:
        """Run one job; ``started`` first, ``finished`` always last."""
        if job.kind is JobKind.CLOSE:
            self._close()
            thread = QThread.currentThread()
            if thread is not None:
                thread.quit()
            return
        self.started.emit()
        result: RunSummary | UndoSummary | None = None
        try:
            if job.kind is JobKind.STATUS:
                self.status.emit(self._status(job))
            elif job.kind is JobKind.OPTIONS:
                self.options.emit(self._options(job))
            elif job.kind is JobKind.PLAN:
                self.planned.emit(self._plan(job))
            elif job.kind is JobKind.RUN:
                result = self._run(job)
                self._note_sign_in(None)
            elif job.kind is JobKind.UNDO_PLAN:
                self.undo_planned.emit(self._undo_plan(job))
            elif job.kind is JobKind.UNDO:
                result = self._undo(job)
                self._note_sign_in(None)
        except Exception as exc:
            log.warning("sync job %s failed: %s", job.kind.value, exc, exc_info=True)
            if job.client is not None:  # (no client: nothing was asked of QuickBooks)
                self._note_sign_in(exc)
            self._reporter.flush()
            self.failed.emit(explain_failure(exc, context=f"sync {job.kind.value}"))
        self._reporter.flush()
        self.finished.emit(result)

    def _note_sign_in(self, error: Exception | None) -> None:
        """Tell the other desktops whether QuickBooks accepts this host's sign-in (a refusal, or a sync that ran)."""
        from qbdesk.qbo.errors import ReconnectNeeded

        if self._desktop is None or (error is not None and not isinstance(error, ReconnectNeeded)):
            return
        try:
            from qbdesk.sync.office import set_sign_in_needed

            set_sign_in_needed(self._open(), error is not None)
        except Exception as exc:  # a note for other desktops: never worth failing the job over
            log.info("could not record whether the sign-in is needed: %s", exc)

    # --- the company and the engine ---------------------------------------------------------------

    def _open(self) -> Company:
        if self._company is None:
            from qbdesk.store import open_company

            self._company = open_company(self._url)
        return self._company

    def _close(self) -> None:
        self._engine = None
        if self._company is not None:
            self._company.close()
            self._company = None

    def _engine_for(self, job: Job) -> SyncEngine:
        from qbdesk.sync.engine import SyncEngine

        if job.client is None:
            from qbdesk.qbo.errors import ReconnectNeeded

            raise ReconnectNeeded("This company is not connected to QuickBooks")
        if self._engine is None or self._engine_client is not job.client:
            self._engine = SyncEngine(self._open(), job.client, self._reporter, desktop=self._desktop)
            self._engine_client = job.client
            self._stale = True
        self._engine.cancel = job.cancel
        return self._engine

    # --- jobs --------------------------------------------------------------------------------------

    def _status(self, job: Job) -> SyncStatus:
        from sqlalchemy import select

        from qbdesk.store import RunStatus, Setting, SyncRun
        from qbdesk.sync.connection_config import load_config
        from qbdesk.sync.read_model import DEFAULT_INTERVAL, INTERVAL_KEY
        from qbdesk.sync.runs import completed_full_sync
        from qbdesk.sync.settings import load_settings

        company = self._open()
        with company.session() as s:
            config = load_config(s)
            settings = load_settings(s)
            runs = list(s.scalars(select(SyncRun).order_by(SyncRun.started_at.desc()).limit(1)))
            interval_row = s.get(Setting, INTERVAL_KEY)
            interval = interval_row.value if interval_row is not None and isinstance(interval_row.value, int) \
                else DEFAULT_INTERVAL
            completed = completed_full_sync(s)  # an undone first sync no longer counts: the wizard again
            last = None
            interrupted = None
            if runs:
                run = runs[0]
                result = {k: int(v) for k, v in ((run.counts or {}).get("_result") or {}).items()}
                last = LastRun(run.id, run.kind, run.status.value, run.started_at, run.finished_at, result,
                               run.api_calls or 0, run.error)
                if run.status in (RunStatus.INTERRUPTED, RunStatus.RUNNING, RunStatus.FAILED):
                    interrupted = run.id
        office = None
        if self._desktop is not None:
            from qbdesk.sync.office import Office

            office = Office(company, self._desktop).status()
        connection, error, problem, refused = None, None, None, False
        # Only the sync host opens the saved sign-in: QuickBooks rotates refresh tokens, so a desktop that
        # was host before (its keychain still holds them) would spend the new host's tokens.
        if config is not None and config.realm_id and job.lock_dir is not None and (office is None
                                                                                  or office.is_host):
            connection, error, problem = open_connection(config, job.lock_dir, user=company.identity)
            refused = connection is not None and connection.reconnect_needed()
        return SyncStatus(config, connection, error, settings, interrupted, completed, last,
                          max(int(interval), 0), office, refused, problem)

    def _options(self, job: Job) -> SyncOptions:
        from qbdesk.sync.keys import name_key
        from qbdesk.sync.local_snapshot import local_snapshot

        assert job.client is not None
        with self._open().session() as s:
            here = [(snap.key, snap.label) for snap in local_snapshot(s).of("PaymentMethod")]
        theirs = [(name_key(str(row.get("Name") or "")), str(row.get("Name") or ""))
                  for row in job.client.query("SELECT * FROM PaymentMethod")]
        methods: dict[str, Method] = {}
        for side, found in (("qbo", theirs), ("here", here)):
            for key, label in found:
                old = methods.get(key)
                methods[key] = Method(key, old.name if old else label,
                                      (old.in_qbo if old else False) or side == "qbo",
                                      (old.here if old else False) or side == "here")
        assert job.client is not None
        accounts = [
            Account(str(row.get("Id")), str(row.get("FullyQualifiedName") or row.get("Name") or ""),
                    str(row.get("AccountType") or ""))
            for account_type in ("Bank", "Other Current Asset")
            for row in job.client.query(f"SELECT * FROM Account WHERE AccountType = '{account_type}'")
            if row.get("Active", True)
        ]
        accounts.sort(key=lambda a: (a.account_type != "Bank", a.name.casefold()))
        return SyncOptions(tuple(accounts), tuple(sorted(methods.values(), key=lambda m: m.name.casefold())))

    def _plan(self, job: Job) -> Plan:
        engine = self._engine_for(job)
        refresh = job.refresh or self._stale
        started = time.perf_counter()
        plan = engine.plan(job.settings, refresh=refresh)  # the engine keeps what it read: re-plans are quick
        self._stale = False
        log.info("planned in %.2f s (%s)", time.perf_counter() - started, "read both sides" if refresh else "cached")
        return plan

    def _run(self, job: Job) -> RunSummary:
        engine = self._engine_for(job)
        if job.settings is not None:
            from qbdesk.sync.settings import save_settings

            with self._open().session() as s:
                save_settings(s, job.settings)
        engine.on_plan = self.planned.emit  # the home page's progress rows start from the plan a sync runs
        try:
            summary = engine.run(resume=job.resume, settings=job.settings)
        finally:
            engine.on_plan = None
            self._stale = True  # both sides changed: the next plan reads them again
        log.info("sync %s: %s", summary.status, summary.to_json())
        return summary


    def _undo_plan(self, job: Job) -> UndoPlan:
        from qbdesk.sync.undo_run import Undo

        client = self._client_for(job)
        return Undo(self._open(), client).plan(job.run_id)

    def _undo(self, job: Job) -> UndoSummary:
        from qbdesk.sync.undo_run import Undo

        client = self._client_for(job)
        try:
            summary = Undo(self._open(), client, self._reporter, job.cancel, self._desktop).run(
                job.run_id, resume=job.resume)
        finally:
            self._stale = True  # both sides changed: the next plan reads them again
        log.info("undo %s: %s", summary.status, summary.to_json())
        return summary

    def _client_for(self, job: Job) -> QboClient:
        if job.client is None:
            from qbdesk.qbo.errors import ReconnectNeeded

            raise ReconnectNeeded("This company is not connected to QuickBooks")
        return job.client


def explain_failure(exc: BaseException, *, context: str) -> ErrorInfo:
    """The error as the window shows it: office-mode refusals in the user's language, with who and since when."""
    from PySide6.QtCore import QCoreApplication

    from qbdesk.store.locks import SyncBusy, SyncLockLost
    from qbdesk.sync.engine import ResumeNeedsUser
    from qbdesk.sync.office import NotSyncHost
    from qbdesk.sync.undo import UndoRefused
    from qbdesk.ui.reconcile.undo_text import undo_refusal_text
    from qbdesk.ui.sync.labels import run_kind_label
    from qbdesk.ui.sync.text import moment_text

    info = ErrorInfo.from_exception(exc, context=context)
    message: str | None = None
    if isinstance(exc, SyncBusy):
        holder = exc.holder
        message = QCoreApplication.translate(
            "SyncWorker", "Another qbdesk is syncing this company: on {computer} since {time}. The sync here did "
            "not start; try again when it has finished.").format(
            computer=holder.host, time=moment_text(holder.since)) if holder is not None else \
            QCoreApplication.translate("SyncWorker", "Another qbdesk is syncing this company right now. The sync "
                                                     "here did not start; try again when it has finished.")
    elif isinstance(exc, NotSyncHost):
        message = QCoreApplication.translate(
            "SyncWorker", "{computer} is this company's sync host: it syncs with QuickBooks, and what you do "
            "here is sent to it. To sync from this computer, take over as sync host.").format(
            computer=exc.host.desktop_name)
    elif isinstance(exc, ResumeNeedsUser):
        message = QCoreApplication.translate(
            "SyncWorker", "An interrupted {kind} must be finished before anything else syncs, so nothing is done "
            "twice: resume it (or cancel it).").format(kind=run_kind_label(exc.kind))
    elif isinstance(exc, UndoRefused):
        message = undo_refusal_text(exc.code)
    elif isinstance(exc, SyncLockLost):
        message = QCoreApplication.translate(
            "SyncWorker", "The connection to the company database was lost during the sync, so it stopped to "
            "make sure no other computer syncs at the same time. Resume continues where it stopped; nothing "
            "is sent twice.")
    if message is None:
        return info
    return dataclasses.replace(info, message=message)


def open_connection(config: ConnectionConfig, lock_dir: Path, *, user: str | None = None
                    ) -> tuple[Connection | None, str | None, Exception | None]:
    """The saved connection (secret from the keychain); or why it cannot be opened. Off the GUI thread.

    A company file naming other endpoints than its sign-in's, or plain HTTP to another
    computer, opens nothing: the third value says why (the window asks what to do).
    """
    import keyring.errors

    from qbdesk.qbo.connection import Connection
    from qbdesk.qbo.endpoints import EndpointMismatch, EndpointRefused
    from qbdesk.qbo.tokens import TokenStore

    store = TokenStore()
    try:
        secret = None if config.uses_relay else store.client_secret(config.client_id)
    except keyring.errors.KeyringError as exc:
        log.warning("keychain unavailable: %s", exc)
        return None, "keychain", None
    if not config.uses_relay and not secret:
        return None, "secret", None
    try:
        connection = Connection(config, secret=secret, store=store, lock_dir=lock_dir)
    except (EndpointMismatch, EndpointRefused) as exc:
        log.warning("the company file's QuickBooks addresses were refused: %s", exc)
        return None, "endpoints", exc
    except keyring.errors.KeyringError as exc:
        log.warning("keychain unavailable: %s", exc)
        return None, "keychain", None
    if user is not None:
        try:
            connection.tokens.add_user(user)
        except Exception as exc:  # bookkeeping for Disconnect: never worth failing the status over
            log.info("could not record that this company file uses the connection: %s", exc)
    return connection, None, None
