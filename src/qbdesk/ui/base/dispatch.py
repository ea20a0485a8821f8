"""Run a callable on the GUI thread, from any thread.

Workers never emit Qt signals themselves: they put a message on a queue and post
one wake-up ``QEvent`` (thread-safe in every Qt version); the GUI thread drains
the queue in posting order. So every signal in the app is emitted on the GUI
thread, callbacks may be plain callables (which have no thread affinity of their
own, STYLE §9), and tests can ``waitSignal`` on anything without pytest-qt's
cross-thread timer pitfall (TOOLCHAIN §2).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread

_WAKE = QEvent.Type(QEvent.registerEventType())


class GuiDispatcher(QObject):
    """Drains callables posted from any thread and runs them on the thread it lives on."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("qbdesk-gui-dispatcher")
        self._queue: queue.SimpleQueue[tuple[Callable[..., Any], tuple[Any, ...]]] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._wake_pending = False

    def call_soon(self, fn: Callable[..., Any], *args: Any) -> None:
        """Thread-safe: ``fn(*args)`` runs on the GUI thread, in posting order."""
        self._queue.put((fn, args))
        with self._lock:
            if self._wake_pending:
                return
            self._wake_pending = True
        QCoreApplication.postEvent(self, QEvent(_WAKE))

    def event(self, event: QEvent) -> bool:
        if event.type() != _WAKE:
            return super().event(event)
        with self._lock:
            self._wake_pending = False
        self.drain()
        return True

    def drain(self) -> None:
        while True:
            try:
                fn, args = self._queue.get_nowait()
            except queue.Empty:
                return
            fn(*args)


_dispatcher: GuiDispatcher | None = None


def dispatcher() -> GuiDispatcher:
    """The process's dispatcher; created on first use, which must be on the GUI thread."""
    global _dispatcher
    if _dispatcher is None:
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            raise RuntimeError("the GUI dispatcher must be created on the GUI thread, after the app")
        _dispatcher = GuiDispatcher()
    return _dispatcher


def on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()
