"""The window's side of the engine process: start it, hand it jobs, relay what it says, answer what it asks.

Used from the sync worker's ``QThread`` (which stays the one place the window
drives and observes a sync); this module knows nothing of Qt — it calls back with
plain values and the worker turns them into signals.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import multiprocessing
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from qbdesk.sync.remote.protocol import ClientSpec, EngineStopped, Request, join, pack_error, unpack_error

if TYPE_CHECKING:
    from multiprocessing.connection import Connection as Pipe
    from multiprocessing.process import BaseProcess

    from sqlalchemy.engine import URL

    from qbdesk.qbo.client import QboClient
    from qbdesk.store.office import Desktop

log = logging.getLogger("qbdesk.sync.remote")

POLL = 0.05          # seconds between looks at the cancel flag while the engine works
CLOSE_WAIT = 10.0    # seconds the engine gets to close its company before it is stopped


def client_spec(client: QboClient | None) -> ClientSpec | None:
    if client is None:
        return None
    governor = client.governor
    return ClientSpec(client.realm_id, client.api_base, governor.time_scale, governor.limits,
                      client.max_attempts, client.backoff)


def _url_to_open(url: URL, password: str | None) -> str:
    """The company's URL with the password this process opened it with (the engine never reads the keychain).

    It crosses the pipe to the engine process only, and is never written anywhere.
    """
    if password is not None and url.get_backend_name() != "sqlite":
        url = url.set(password=password)
    return url.render_as_string(hide_password=False)


def _log_levels() -> dict[str, int]:
    """The levels the window's process logs at, so the engine forwards only what would be written."""
    return {"": logging.getLogger().level,
            **{name: logging.getLogger(name).level for name in ("qbdesk", "sqlalchemy", "urllib3")
               if logging.getLogger(name).level != logging.NOTSET}}


class EngineProcess:
    """One engine process for one open company, started on the first job that needs it."""

    def __init__(self, url: URL, desktop: Desktop | None = None, *, password: str | None = None) -> None:
        self.url = url
        self.desktop = desktop
        self._password = password
        self._process: BaseProcess | None = None
        self._pipe: Pipe | None = None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None and self._process.is_alive() else None

    def _start(self) -> Pipe:
        if self._pipe is not None and self._process is not None and self._process.is_alive():
            return self._pipe
        self._discard()
        from qbdesk.sync.remote.host import serve

        context = multiprocessing.get_context("spawn")
        mine, theirs = context.Pipe()
        args = (theirs, _url_to_open(self.url, self._password), self.desktop, _log_levels())
        process = context.Process(target=serve, args=args, name="qbdesk-engine", daemon=True)
        process.start()
        theirs.close()
        log.info("engine process %s started", process.pid)
        self._process, self._pipe = process, mine
        return mine

    def call(self, request: Request, client: QboClient | None, cancel: threading.Event,
             on_event: Callable[[str, Any], None]) -> Any:
        """Run ``request`` in the engine process; its result, or its exception raised here.

        ``on_event(name, payload)`` is called on this thread for every phase, progress, problem
        and plan the engine reports. Setting ``cancel`` asks the engine to stop between batches.
        """
        pipe = self._start()
        pipe.send(("job", request))
        cancel_sent = False
        parts: list[list[Any]] = []
        while True:
            if cancel.is_set() and not cancel_sent:
                pipe.send(("cancel",))
                cancel_sent = True
            try:
                if not pipe.poll(POLL):
                    if self._process is None or not self._process.is_alive():
                        raise EOFError
                    continue
                message = pipe.recv()
            except (EOFError, OSError) as exc:
                code = None
                if self._process is not None:
                    self._process.join(2)  # reaped, so its exit code (-9: killed) is known
                    code = self._process.exitcode
                self._discard()
                raise EngineStopped(f"The sync engine's process stopped (exit code {code})") from exc
            kind = message[0]
            if kind == "part":
                parts.append(message[1])
            elif kind == "event":
                on_event(message[1], self._received(message[2], parts))
                parts = []
            elif kind == "ask":
                self._answer(pipe, client, message[1], message[2])
            elif kind == "log":
                record = logging.makeLogRecord(message[1])
                logging.getLogger(record.name).handle(record)
            elif kind == "done":
                return self._received(message[1], parts)
            elif kind == "failed":
                raise unpack_error(message[1])

    @staticmethod
    def _received(head: Any, parts: list[list[Any]]) -> Any:
        """A value that may have come in parts, joined; a large one kept out of the garbage collector's sight.

        Its tens of thousands of objects would otherwise be walked by every full collection for as long as
        the window keeps the plan (47–93 ms each, measured), and they hold no reference cycles to collect.
        Collections are off while the parts are joined, and the plan is frozen (``gc.freeze``) once whole;
        reference counting still frees it when the window lets it go.
        """
        if not parts:
            return head
        enabled = gc.isenabled()
        gc.disable()
        try:
            value = join(head, parts)
            gc.freeze()
        finally:
            if enabled:
                gc.enable()
        return value

    @staticmethod
    def _answer(pipe: Pipe, client: QboClient | None, method: str, argument: Any) -> None:
        """The engine's question about tokens, answered from this process's keychain."""
        try:
            if client is None:
                from qbdesk.qbo.errors import ReconnectNeeded

                raise ReconnectNeeded("This company is not connected to QuickBooks")
            if method == "access_token":
                value: Any = client.tokens.access_token()
            elif method == "refresh":
                client.tokens.refresh(stale_access_token=argument)
                value = None
            else:
                raise ValueError(f"unknown question {method!r}")
        except Exception as exc:
            pipe.send(("answer", False, pack_error(exc)))
            return
        pipe.send(("answer", True, value))

    def close(self) -> None:
        """Let the engine close its company, then end the process (stopped if it does not end in time)."""
        if self._pipe is not None and self._process is not None and self._process.is_alive():
            with contextlib.suppress(OSError):
                self._pipe.send(("close",))
            self._process.join(CLOSE_WAIT)
        self._discard()

    def _discard(self) -> None:
        process, pipe = self._process, self._pipe
        self._process = self._pipe = None
        if process is not None and process.is_alive():
            log.warning("engine process %s did not stop: terminating it", process.pid)
            process.terminate()
            process.join(5)
        if pipe is not None:
            pipe.close()
