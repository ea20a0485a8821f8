"""Following what other desktops (and ``qbdesk`` commands) change in the open company, live.

In office mode several desktops open one company: one syncs, the others resolve
problems, approve changes and edit records. Each window follows the others through
the store's change feed (:func:`qbdesk.store.notify.watch`: LISTEN/NOTIFY on
PostgreSQL, ``PRAGMA data_version`` on a SQLite file). Waiting on the feed is
waiting on the database, so it happens on a thread of its own, never on the GUI
thread; what it hears comes back through the GUI dispatcher, and a burst of
notices (a sync commits every batch) is coalesced into one ``changed`` per second.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from qbdesk.ui.base.dispatch import dispatcher
from qbdesk.ui.base.logs import logger

if TYPE_CHECKING:
    from qbdesk.store import Company
    from qbdesk.store.notify import ChangeFeed, ChangeNotice

log = logger("ui")

POLL_SECONDS: Final = 0.3      # how long the thread waits on the feed before checking whether to stop
COALESCE_MS: Final = 1000      # at most one ``changed`` per second
RETRY_SECONDS: Final = 5.0     # after the feed could not be opened (server unreachable)

ALL: Final = frozenset[str]()  # a notice with no table names: anything may have changed


class ChangeWatcher(QObject):
    """Tells the window when the open company changed, from any connection, process or desktop.

    Signals:
        changed(object): a ``frozenset`` of the tables that changed since the last
            signal; empty when unknown (reload everything). Emitted on the GUI thread.
    """

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None, *, coalesce_ms: int = COALESCE_MS) -> None:
        super().__init__(parent)
        self._dispatcher = dispatcher()  # made here, on the GUI thread: the watcher's thread only posts to it
        self._generation = 0
        self._stop: threading.Event | None = None
        self._thread: threading.Thread | None = None
        self._tables: set[str] | None = None  # gathered until the timer fires; None: nothing yet
        self._everything = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(coalesce_ms)
        self._timer.timeout.connect(self._emit)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, company: Company) -> None:
        """Follow ``company`` (instead of the one followed before, if any)."""
        self.stop()
        self._generation += 1
        stop = threading.Event()
        thread = threading.Thread(target=_follow, args=(company, stop, self._generation, self._heard),
                                  name="qbdesk-watch", daemon=True)
        self._stop, self._thread = stop, thread
        thread.start()

    def stop(self, wait_s: float = 0.0) -> None:
        """Stop following (the thread ends within ``POLL_SECONDS`` and closes its feed by itself)."""
        self._generation += 1
        self._timer.stop()
        self._tables, self._everything = None, False
        stop, thread = self._stop, self._thread
        self._stop = self._thread = None
        if stop is not None:
            stop.set()
        if thread is not None and wait_s > 0:
            thread.join(wait_s)

    def _heard(self, generation: int, notice: ChangeNotice) -> None:
        """From the watcher's thread: hand the notice to the GUI thread."""
        self._dispatcher.call_soon(self._deliver, generation, notice)

    def _deliver(self, generation: int, notice: ChangeNotice) -> None:
        if generation != self._generation:
            return  # a notice about a company no longer followed
        if self._tables is None:
            self._tables = set()
        if notice.tables:
            self._tables.update(notice.tables)
        else:
            self._everything = True
        if not self._timer.isActive():
            self._timer.start()

    @Slot()
    def _emit(self) -> None:
        if self._tables is None:
            return
        tables = ALL if self._everything else frozenset(self._tables)
        self._tables, self._everything = None, False
        self.changed.emit(tables)


def _follow(company: Company, stop: threading.Event, generation: int,
            heard: Callable[[int, ChangeNotice], None]) -> None:
    """The watcher thread: wait on the feed until told to stop; never let an error end the watch."""
    from qbdesk.store.notify import watch

    feed: ChangeFeed | None = None
    try:
        while not stop.is_set():
            if feed is None:
                try:
                    feed = watch(company)
                except Exception as exc:  # the server is unreachable, the file was moved: try again later
                    log.info("cannot follow the company's changes yet (%s); retrying", exc)
                    stop.wait(RETRY_SECONDS)
                    continue
            try:
                notice = feed.poll(POLL_SECONDS)
            except Exception as exc:
                log.info("the change feed failed (%s); reopening it", exc)
                _close(feed)
                feed = None
                stop.wait(RETRY_SECONDS)
                continue
            if notice is not None and not stop.is_set():
                heard(generation, notice)
    finally:
        if feed is not None:
            _close(feed)


def _close(feed: ChangeFeed) -> None:
    try:
        feed.close()
    except Exception as exc:  # closing a broken connection may fail too; nothing is lost
        log.debug("closing the change feed: %s", exc)
