"""The window's side of the sync: a ``SyncWorker`` QObject living in a ``QThread``, driving the engine process.

The ``QThread`` stays the one place where the window drives and observes a sync;
the heavy work — plans, syncs, undoes, with the :class:`SyncEngine` and the
snapshots it keeps between the wizard's re-plans — runs in the engine's own
process (:mod:`qbdesk.sync.remote`), so the window keeps painting while it works
(issue 19: sharing one interpreter cost the window stalls of 200–300 ms). This
thread sends the job, turns what the engine reports into signals, answers its
questions about access tokens from the keychain, and passes cancel on. Light jobs
(the status, the wizard's choices) run here, on the worker's own company sessions
(``open_company(url)``, never the window's). Only plain data leaves the thread:
plans, progress and problem dataclasses, summaries, error infos — no ORM object
ever crosses. The live :class:`~qbdesk.qbo.client.QboClient` is handed *in* with
each job; it is thread-safe by design.

Jobs arrive one at a time through a queued signal from the
:class:`~qbdesk.ui.sync.controller.SyncController` and run to completion on this
thread. Each job emits ``started`` first and ``finished`` last, whatever happens
in between (STYLE §8.5); an exception becomes ``failed(ErrorInfo)`` just before
``finished(None)``. Cancellation is cooperative: the job's ``threading.Event`` is
set from the GUI thread, passed to the engine, which checks it between batches.
"""

from __future__ import annotations

import dataclasses
import enum
import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from qbdesk.sync.remote.driver import EngineProcess
from qbdesk.ui.base.errors import ErrorInfo
from qbdesk.ui.base.logs import logger

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy.engine import URL

    from qbdesk.qbo.client import QboClient
    from qbdesk.qbo.connection import Connection, ConnectionConfig
    from qbdesk.store import Company
    from qbdesk.store.office import Desktop
    from qbdesk.sync.office import OfficeStatus
    from qbdesk.sync.progress import RunSummary
    from qbdesk.sync.settings import SyncSettings
    from qbdesk.sync.undo import UndoPlan
    from qbdesk.sync.undo_run import UndoSummary

log = logger("sync")


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

    def __init__(self, url: URL, desktop: Desktop | None = None, *, password: str | None = None) -> None:
        super().__init__()
        self._url = url
        self._desktop = desktop
        self._company: Company | None = None
        # Plans, syncs and undoes run there (the process starts with the first of them).
        self._engine = EngineProcess(url, desktop, password=password)

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
                self.planned.emit(self._remote(job))
            elif job.kind is JobKind.RUN:
                result = self._remote(job)
                self._note_sign_in(None)
            elif job.kind is JobKind.UNDO_PLAN:
                self.undo_planned.emit(self._undo_plan(job))
            elif job.kind is JobKind.UNDO:
                result = self._remote(job)
                self._note_sign_in(None)
        except Exception as exc:
            log.warning("sync job %s failed: %s", job.kind.value, exc, exc_info=True)
            if job.client is not None:  # (no client: nothing was asked of QuickBooks)
                self._note_sign_in(exc)
            self.failed.emit(explain_failure(exc, context=f"sync {job.kind.value}"))
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
        self._engine.close()
        if self._company is not None:
            self._company.close()
            self._company = None

    @property
    def engine_pid(self) -> int | None:
        """The engine process's id while it runs (tests stop it to prove a killed engine loses nothing)."""
        return self._engine.pid

    def _remote(self, job: Job) -> Any:
        """Run ``job`` in the engine process; its reports become this worker's signals."""
        from qbdesk.sync.remote.driver import client_spec
        from qbdesk.sync.remote.protocol import Request

        request = Request(job.kind.value, client_spec(job.client), job.settings, job.refresh, job.resume,
                          job.run_id)
        return self._engine.call(request, job.client, job.cancel, self._relay)

    def _undo_plan(self, job: Job) -> UndoPlan:
        """Here, not in the engine process: the preview names records through this company's sessions."""
        from qbdesk.sync.undo_run import Undo

        if job.client is None:
            from qbdesk.qbo.errors import ReconnectNeeded

            raise ReconnectNeeded("This company is not connected to QuickBooks")
        return Undo(self._open(), job.client).plan(job.run_id)

    def _relay(self, name: str, payload: Any) -> None:
        if name == "phase":
            self.phase.emit(payload)
        elif name == "progress":
            self.progress.emit(payload)
        elif name == "problem":
            self.problem.emit(payload)
        elif name == "planned":
            self.planned.emit(payload)

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


def explain_failure(exc: BaseException, *, context: str) -> ErrorInfo:
    """The error as the window shows it: office-mode refusals in the user's language, with who and since when."""
    from PySide6.QtCore import QCoreApplication

    from qbdesk.store.locks import SyncBusy, SyncLockLost
    from qbdesk.sync.engine import ResumeNeedsUser
    from qbdesk.sync.office import NotSyncHost
    from qbdesk.sync.remote.protocol import EngineStopped
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
    elif isinstance(exc, EngineStopped):
        message = QCoreApplication.translate(
            "SyncWorker", "The sync stopped unexpectedly: the part of qbdesk that sends your records to "
            "QuickBooks ended (the computer may have run short of memory, or it was stopped). Resume continues "
            "where it stopped; nothing is sent twice.")
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
