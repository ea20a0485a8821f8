"""The engine process: plans, syncs and undoes one company, for the window's worker thread.

Started by :class:`~qbdesk.sync.remote.driver.EngineProcess` with the ``spawn``
method (a fresh interpreter on every platform: forking a process that runs Qt's
threads is not safe). It keeps the :class:`~qbdesk.sync.engine.SyncEngine` and
what it read between jobs, so the wizard's re-plans stay quick, exactly as the
worker thread kept them before.

Three threads: the main one runs jobs one at a time; a reader takes messages from
the window (jobs, cancel, answers); the engine's own sender threads ask for access
tokens through :class:`RemoteTokens`. If the window's process goes away, the reader
sees the pipe close and cancels the job in hand: the engine stops between batches,
with its journal in order, as after a cancel.
"""

from __future__ import annotations

import logging
import os
import queue
import sys
import threading
import time
from typing import TYPE_CHECKING, Any

from qbdesk.sync.remote.protocol import PLAN, RUN, UNDO, ClientSpec, Request, pack_error, split, unpack_error

if TYPE_CHECKING:
    from multiprocessing.connection import Connection as Pipe

    from qbdesk.qbo.client import QboClient
    from qbdesk.store import Company
    from qbdesk.store.office import Desktop
    from qbdesk.sync.engine import SyncEngine
    from qbdesk.sync.progress import EntityProgress, ProblemNotice

log = logging.getLogger("qbdesk.sync.remote")

PROGRESS_INTERVAL = 0.05  # seconds between progress messages per entity: the bars need no more
ENGINE_NICENESS = 5       # POSIX niceness added to the engine process (Windows: below-normal priority)
TOKEN_REUSE = 0.5         # seconds an access token is reused before asking again (as the token manager does)


class Channel:
    """The engine's end of the pipe: sends from any thread, asks one question at a time."""

    def __init__(self, pipe: Pipe) -> None:
        self.pipe = pipe
        self._send_lock = threading.Lock()
        self._ask_lock = threading.Lock()
        self.answers: queue.Queue[tuple[bool, Any]] = queue.Queue()
        self.jobs: queue.Queue[Request | None] = queue.Queue()
        self.cancel = threading.Event()  # the job in hand's; replaced for every job
        self.closed = threading.Event()

    def send(self, *message: Any) -> None:
        with self._send_lock:
            self.pipe.send(message)

    def send_value(self, *head: Any) -> None:
        """``head`` ending with a value that may be a plan: its parts go first (see :func:`split`)."""
        parts, value = split(head[-1])
        for part in parts:
            self.send("part", part)
        self.send(*head[:-1], value)

    def ask(self, method: str, argument: Any = None) -> Any:
        """The window's answer to ``method``; its exception raised here if it raised one."""
        with self._ask_lock:
            if self.closed.is_set():
                raise ConnectionError("the window's process has gone")
            self.send("ask", method, argument)
            ok, value = self.answers.get()
        if not ok:
            raise unpack_error(value) if value is not None else ConnectionError("the window's process has gone")
        return value

    def read(self) -> None:
        """The reader thread: route the window's messages until the pipe closes."""
        try:
            while True:
                message = self.pipe.recv()
                kind = message[0]
                if kind == "job":  # jobs come one at a time: the next cancel is this job's
                    self.cancel = threading.Event()
                    self.jobs.put(message[1])
                elif kind == "cancel":
                    self.cancel.set()
                elif kind == "answer":
                    self.answers.put((message[1], message[2]))
                elif kind == "close":
                    break
        except (EOFError, OSError):
            log.warning("the window's process went away: the job in hand stops")
        finally:
            self.closed.set()
            self.cancel.set()
            self.answers.put((False, None))  # whoever waits for an answer must not wait forever
            self.jobs.put(None)


class RemoteTokens:
    """The client's token source in the engine process: the window's process holds the keychain."""

    def __init__(self, channel: Channel) -> None:
        self.channel = channel
        self._recent: tuple[float, str] | None = None
        self._lock = threading.Lock()

    def access_token(self) -> str:
        with self._lock:
            recent = self._recent
            if recent is not None and time.monotonic() - recent[0] < TOKEN_REUSE:
                return recent[1]
            token = str(self.channel.ask("access_token"))
            self._recent = (time.monotonic(), token)
            return token

    def refresh(self, stale_access_token: str | None = None) -> None:
        with self._lock:
            self._recent = None
            self.channel.ask("refresh", stale_access_token)


class PipeReporter:
    """The engine's :class:`~qbdesk.sync.progress.Reporter` as messages, progress coalesced per entity type
    (at most one every 50 ms, plus the last of each type), so a fast stretch cannot flood the window."""

    def __init__(self, channel: Channel) -> None:
        self.channel = channel
        self._last: dict[str, float] = {}
        self._pending: dict[str, EntityProgress] = {}

    def phase(self, name: str) -> None:
        self.flush()
        self.channel.send("event", "phase", name)

    def progress(self, item: EntityProgress) -> None:
        now = time.monotonic()
        if item.done >= item.total or now - self._last.get(item.entity, 0.0) >= PROGRESS_INTERVAL:
            self._last[item.entity] = now
            self._pending.pop(item.entity, None)
            self.channel.send("event", "progress", item)
        else:
            self._pending[item.entity] = item

    def problem(self, notice: ProblemNotice) -> None:
        self.channel.send("event", "problem", notice)

    def flush(self) -> None:
        pending, self._pending = self._pending, {}
        for item in pending.values():
            self.channel.send("event", "progress", item)


class LogForwarder(logging.Handler):
    """Log records to the window's process, whose handlers (file, redaction) write them."""

    def __init__(self, channel: Channel) -> None:
        super().__init__()
        self.channel = channel

    def emit(self, record: logging.LogRecord) -> None:
        try:
            fields = dict(vars(record))
            fields["msg"] = record.getMessage()
            fields["args"] = None
            if record.exc_info:
                fields["exc_text"] = logging.Formatter().formatException(record.exc_info)
            fields["exc_info"] = None
            self.channel.send("log", fields)
        except Exception:
            self.handleError(record)


class EngineHost:
    """The engine and the company it syncs, kept from job to job."""

    def __init__(self, url: str, desktop: Desktop | None, channel: Channel) -> None:
        self.url = url
        self.desktop = desktop
        self.channel = channel
        self.reporter = PipeReporter(channel)
        self._company: Company | None = None
        self._engine: SyncEngine | None = None
        self._spec: ClientSpec | None = None
        self._client: QboClient | None = None
        self._stale = True  # what the engine read no longer shows both sides (a sync ran, or none yet)

    def handle(self, request: Request) -> None:
        """Run one job; ``done`` or ``failed`` always ends it."""
        try:
            result: Any = self._dispatch(request)
        except Exception as exc:  # the window explains it: it knows the user's language
            self.reporter.flush()
            self.channel.send("failed", pack_error(exc))
            return
        self.reporter.flush()
        self.channel.send_value("done", result)

    def _dispatch(self, request: Request) -> Any:
        if request.kind == PLAN:
            return self._plan(request)
        if request.kind == RUN:
            return self._run(request)
        if request.kind == UNDO:
            return self._undo(request)
        raise ValueError(f"unknown job {request.kind!r}")

    # --- the company, the client, the engine ------------------------------------------------------

    def company(self) -> Company:
        if self._company is None:
            from qbdesk.store import open_company

            self._company = open_company(self.url)
        return self._company

    def client(self, request: Request) -> QboClient:
        from qbdesk.qbo.errors import ReconnectNeeded

        spec = request.client
        if spec is None:
            raise ReconnectNeeded("This company is not connected to QuickBooks")
        if self._client is None or spec != self._spec:
            from qbdesk.qbo.client import QboClient
            from qbdesk.qbo.governor import governor_for

            if self._client is not None:
                self._client.session.close()
            governor = governor_for(spec.realm_id, time_scale=spec.time_scale, limits=spec.limits)
            self._client = QboClient(spec.realm_id, spec.api_base, RemoteTokens(self.channel), governor,
                                     max_attempts=spec.max_attempts, backoff=spec.backoff)
            self._spec = spec
            self._engine = None
        return self._client

    def engine(self, request: Request) -> SyncEngine:
        from qbdesk.sync.engine import SyncEngine

        client = self.client(request)
        if self._engine is None:
            self._engine = SyncEngine(self.company(), client, self.reporter, desktop=self.desktop)
            self._stale = True
        self._engine.cancel = self.channel.cancel
        return self._engine

    def close(self) -> None:
        self._engine = None
        if self._client is not None:
            self._client.session.close()
        if self._company is not None:
            self._company.close()
            self._company = None

    # --- jobs --------------------------------------------------------------------------------------

    def _plan(self, request: Request) -> Any:
        engine = self.engine(request)
        refresh = request.refresh or self._stale
        started = time.perf_counter()
        plan = engine.plan(request.settings, refresh=refresh)  # the engine keeps what it read: re-plans are quick
        self._stale = False
        log.info("planned in %.2f s (%s)", time.perf_counter() - started, "read both sides" if refresh else "cached")
        return plan

    def _run(self, request: Request) -> Any:
        engine = self.engine(request)
        if request.settings is not None:
            from qbdesk.sync.settings import save_settings

            with self.company().session() as s:
                save_settings(s, request.settings)
        engine.on_plan = lambda plan: self.channel.send_value("event", "planned", plan)  # the progress rows' plan
        try:
            summary = engine.run(resume=request.resume, settings=request.settings)
        finally:
            engine.on_plan = None
            self._stale = True  # both sides changed: the next plan reads them again
        log.info("sync %s: %s", summary.status, summary.to_json())
        return summary

    def _undo(self, request: Request) -> Any:
        from qbdesk.sync.undo_run import Undo

        client = self.client(request)
        try:
            summary = Undo(self.company(), client, self.reporter, self.channel.cancel, self.desktop).run(
                request.run_id, resume=request.resume)
        finally:
            self._stale = True  # both sides changed: the next plan reads them again
        log.info("undo %s: %s", summary.status, summary.to_json())
        return summary


def lower_priority() -> None:
    """Let the window have the processor first: the engine is background work.

    On a machine whose cores are busy (two cores, the engine parsing and journaling flat out), the window's
    page switches otherwise wait their turn behind the engine (bench_gui_responsiveness). A lower priority
    costs the sync nothing when the processor is free, and the window needs it only in short bursts.
    """
    try:
        if sys.platform == "win32":
            import ctypes

            below_normal = 0x00004000  # BELOW_NORMAL_PRIORITY_CLASS
            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), below_normal)
        else:
            os.nice(ENGINE_NICENESS)
    except Exception as exc:  # a priority is a courtesy: never worth failing the engine over
        log.info("could not lower the engine process's priority: %s", exc)


def serve(pipe: Pipe, url: str, desktop: Desktop | None, log_levels: dict[str, int]) -> None:
    """The engine process's main function: jobs until the window says close (or goes away)."""
    channel = Channel(pipe)
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    root.addHandler(LogForwarder(channel))
    for name, level in log_levels.items():
        logging.getLogger(name or None).setLevel(level)
    lower_priority()
    reader = threading.Thread(target=channel.read, name="qbdesk-engine-reader", daemon=True)
    reader.start()
    host = EngineHost(url, desktop, channel)
    try:
        while (request := channel.jobs.get()) is not None and not channel.closed.is_set():
            host.handle(request)
    finally:
        host.close()
