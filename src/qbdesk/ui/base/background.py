"""One typed helper through which every long operation leaves the GUI thread.

Opening a company, importing a CSV file, saving a record, loading a page of rows
and, later, the sync all go through :class:`BackgroundOp` (STYLE §8.3, after
Anki's ``QueryOp``)::

    BackgroundOp(self, load_summary, label=self.tr("Reading the company…"))
        .success(self._show_summary).failure(self._show_problem).run()

The function runs on a pool thread and receives a :class:`TaskContext` for
progress and cooperative cancellation. **It must not touch widgets** (or any Qt
GUI object): it gets plain values in and returns plain values out. Callbacks run
on the GUI thread, and only while the owner object is alive, so a dialog closed
mid-operation is never called back. Writes to the company file are serialized on
one thread (SQLite has one writer; our own writers should queue, not collide).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Self, TypeVar, cast

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from qbdesk.ui.base.dispatch import dispatcher
from qbdesk.ui.base.errors import ErrorInfo
from qbdesk.ui.base.logs import logger

log = logger("bg")

T = TypeVar("T")


class Cancelled(Exception):
    """Raised by :meth:`TaskContext.check_cancelled` to stop a function early."""


@dataclass(frozen=True)
class Failure:
    """What a failure callback gets: the exception (for ``isinstance`` checks) and its description."""

    error: BaseException
    info: ErrorInfo


class TaskContext:
    """Handed to the background function: report progress, notice cancellation."""

    _MIN_INTERVAL = 0.05  # seconds between progress reports; the dialog needs no more

    def __init__(self, report: Callable[[int, int, str], None], cancel: threading.Event) -> None:
        self._report = report
        self._cancel = cancel
        self._last = 0.0

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, done: int, total: int = 0, message: str = "") -> None:
        """``total`` 0 means "unknown" (a busy indicator). Cheap to call often: reports are throttled."""
        now = time.monotonic()
        if now - self._last < self._MIN_INTERVAL and not (total and done >= total):
            return
        self._last = now
        self._report(done, total, message)


class _Runnable(QRunnable):
    """Runs the function and posts each outcome to the GUI thread; ``finished`` always comes last."""

    def __init__(self, fn: Callable[[TaskContext], object], op: BackgroundOp[Any], cancel: threading.Event,
                 label: str) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the BackgroundOp owns it until the GUI thread hears "finished"
        self._fn = fn
        self._op = op
        self._cancel = cancel
        self._label = label
        self._dispatcher = dispatcher()

    def _post(self, kind: str, payload: object = None) -> None:
        self._dispatcher.call_soon(self._op._deliver, kind, payload)

    def run(self) -> None:
        self._post("started")
        try:
            result = self._fn(TaskContext(lambda d, t, m: self._post("progress", (d, t, m)), self._cancel))
        except Cancelled:
            self._post("cancelled")
        except Exception as exc:
            log.debug("%s failed", self._label or "background operation", exc_info=True)
            self._post("failed", Failure(exc, ErrorInfo.from_exception(exc, context=self._label)))
        else:
            self._post("cancelled" if self._cancel.is_set() else "succeeded", result)
        finally:
            self._post("finished")


_pools: dict[str, QThreadPool] = {}
_live: set[BackgroundOp[object]] = set()
_failure_sink: Callable[[ErrorInfo], None] | None = None


def pool(writes: bool) -> QThreadPool:
    """The serial pool for writes (one thread) or the shared pool for reads."""
    key = "writes" if writes else "reads"
    if key not in _pools:
        p = QThreadPool()
        p.setObjectName(f"qbdesk-{key}")
        p.setMaxThreadCount(1 if writes else 2)
        p.setExpiryTimeout(5000)
        _pools[key] = p
    return _pools[key]


def set_failure_sink(sink: Callable[[ErrorInfo], None] | None) -> None:
    """Where failures go when an operation has no failure callback (the error dialog)."""
    global _failure_sink
    _failure_sink = sink


def active_count() -> int:
    """Operations started and not yet finished (tests assert this drains to zero)."""
    return len(_live)


def wait_for_all(timeout_ms: int = 10_000) -> bool:
    """Ask running operations to stop and wait for the pools to drain (shutdown, tests)."""
    for op in list(_live):
        op.cancel()
    return all(p.waitForDone(timeout_ms) for p in _pools.values())


class BackgroundOp(QObject, Generic[T]):
    """Runs ``fn`` off the GUI thread and calls back on it.

    Signals (all emitted on the GUI thread, ``finished`` always last):
        started(): the function began running.
        progress(int, int, str): done, total (0 = unknown) and a message.
        succeeded(object): the function's result.
        failed(object): a :class:`Failure`.
        cancelled(): the function stopped because :meth:`cancel` was called.
        finished(): after the success, failure or cancel callback has run.
    """

    started = Signal()
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, owner: QObject, fn: Callable[[TaskContext], T], *, label: str = "",
                 writes: bool = False) -> None:
        super().__init__()
        dispatcher()  # created here, on the GUI thread, before any worker needs it
        self._owner_alive = True
        owner.destroyed.connect(self._owner_gone)
        self._fn = fn
        self._label = label
        self._writes = writes
        self._cancel = threading.Event()
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[Failure], None] | None = None
        self._on_cancel: Callable[[], None] | None = None
        self._dialog: QProgressDialog | None = None
        self._runnable: _Runnable | None = None
        self.outcome: str | None = None  # "succeeded" | "failed" | "cancelled" once finished

    def success(self, callback: Callable[[T], None]) -> Self:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Failure], None]) -> Self:
        self._on_failure = callback
        return self

    def on_cancel(self, callback: Callable[[], None]) -> Self:
        self._on_cancel = callback
        return self

    def with_progress(self, parent: QWidget, label: str, *, cancellable: bool = True,
                      delay_ms: int = 400) -> Self:
        """A window-modal progress dialog, shown only if the operation takes more than ``delay_ms``."""
        dialog = QProgressDialog(parent)
        dialog.setLabelText(label)
        dialog.setWindowTitle(self._label or label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setRange(0, 0)
        dialog.setValue(0)  # at its minimum, so the next call restarts the show-after timer
        dialog.setMinimumDuration(delay_ms)
        dialog.setMinimumWidth(380)
        if cancellable:
            dialog.setCancelButtonText(self.tr("Cancel"))
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        self._dialog = dialog
        return self

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        return self._dialog

    @property
    def is_running(self) -> bool:
        return self._runnable is not None

    def run(self) -> Self:
        self._runnable = _Runnable(self._fn, self, self._cancel, self._label)
        _live.add(cast("BackgroundOp[object]", self))
        log.debug("start %s", self._label or getattr(self._fn, "__qualname__", self._fn))
        pool(self._writes).start(self._runnable)
        return self

    @Slot()
    def cancel(self) -> None:
        """Ask the function to stop; it notices at its next ``check_cancelled``."""
        self._cancel.set()

    @Slot()
    def _owner_gone(self) -> None:
        self._owner_alive = False
        self._dialog = None  # it was a child of the owner's window
        self.cancel()

    def _deliver(self, kind: str, payload: object) -> None:
        """Runs on the GUI thread (via the dispatcher) for each outcome the worker posted."""
        if kind == "started":
            self.started.emit()
        elif kind == "progress":
            done, total, message = cast("tuple[int, int, str]", payload)
            self._show_progress(done, total, message)
            self.progress.emit(done, total, message)
        elif kind == "succeeded":
            self.outcome = kind
            self._close_dialog()
            if self._owner_alive and self._on_success is not None:
                self._on_success(cast("T", payload))
            self.succeeded.emit(payload)
        elif kind == "failed":
            self.outcome = kind
            self._close_dialog()
            failure = cast("Failure", payload)
            if self._owner_alive and self._on_failure is not None:
                self._on_failure(failure)
            elif _failure_sink is not None:
                _failure_sink(failure.info)
            else:
                log.error("%s failed: %s\n%s", self._label, failure.info.message, failure.info.details)
            self.failed.emit(failure)
        elif kind == "cancelled":
            self.outcome = kind
            self._close_dialog()
            if self._owner_alive and self._on_cancel is not None:
                self._on_cancel()
            self.cancelled.emit()
        elif kind == "finished":
            self._close_dialog()
            self._runnable = None
            _live.discard(cast("BackgroundOp[object]", self))
            self.finished.emit()

    def _show_progress(self, done: int, total: int, message: str) -> None:
        if not self._owner_alive or self._dialog is None:
            return
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(min(done, total) if total else 0)
        if message:
            self._dialog.setLabelText(message)

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            dialog, self._dialog = self._dialog, None
            dialog.hide()
            dialog.deleteLater()
