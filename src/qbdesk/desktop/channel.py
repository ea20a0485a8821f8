"""Where the engine's thread and the Web Connector's calls meet.

The Web Connector drives the conversation (it calls sendRequestXML, then
receiveResponseXML, and so on), while the engine runs in its own thread and
asks QuickBooks questions as it goes. A :class:`Channel` turns one into the
other: the engine's :meth:`call` hands a qbXML request over and blocks until the
Web Connector brings the answer; the service's :meth:`next_request` and
:meth:`answer` are the two halves of each Web Connector round trip. When the
session ends without an answer (the Web Connector gave up, closed, or a new
session replaced this one), :meth:`close` wakes the engine with
:class:`SessionClosed`: the write's outcome is unknown, and the next session
settles it from the journal.
"""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass


class SessionClosed(Exception):
    """The Web Connector session ended before QuickBooks Desktop's answer came back."""


@dataclass(frozen=True)
class Reply:
    """What receiveResponseXML brought: the qbXML response, or Desktop's HRESULT and message."""

    response: str
    hresult: str = ""
    message: str = ""


FINISHED = "finished"   # next_request: the engine has nothing more to ask
WAITING = "waiting"     # next_request: the engine is still working (planning, writing the company file)


class Channel:
    def __init__(self, answer_timeout: float = 600.0) -> None:
        self.answer_timeout = answer_timeout
        self._requests: queue.Queue[str | None] = queue.Queue()
        self._replies: queue.Queue[Reply | None] = queue.Queue()
        self._closed = threading.Event()
        self._one_at_a_time = threading.Lock()
        self.round_trips = 0

    # --- the engine's side --------------------------------------------------------------------------

    def call(self, request: str) -> Reply:
        """Send ``request`` to QuickBooks Desktop through the next Web Connector round trip; wait for the answer.

        One call at a time: a second thread waits its turn, so no answer can reach the wrong caller."""
        with self._one_at_a_time:
            return self._call(request)

    def _call(self, request: str) -> Reply:
        if self._closed.is_set():
            raise SessionClosed("the Web Connector session has ended")
        self._requests.put(request)
        try:
            reply = self._replies.get(timeout=self.answer_timeout)
        except queue.Empty:
            self._closed.set()
            raise SessionClosed("the Web Connector did not bring QuickBooks' answer back in time") from None
        if reply is None:
            raise SessionClosed("the Web Connector session ended before QuickBooks answered")
        self.round_trips += 1
        return reply

    def finish(self) -> None:
        """The engine is done: the next round trip tells the Web Connector so."""
        self._requests.put(None)

    # --- the Web Connector's side -------------------------------------------------------------------

    def next_request(self, wait: float) -> str:
        """The engine's next qbXML request, :data:`FINISHED`, or :data:`WAITING` after ``wait`` seconds."""
        try:
            request = self._requests.get(timeout=wait)
        except queue.Empty:
            return WAITING
        if request is None:
            self._requests.put(None)  # stays finished for whoever asks again
            return FINISHED
        return request

    def answer(self, reply: Reply) -> None:
        self._replies.put(reply)

    def close(self) -> None:
        """End the session: an engine waiting for an answer gets :class:`SessionClosed`."""
        self._closed.set()
        self._replies.put(None)

    @property
    def closed(self) -> bool:
        return self._closed.is_set()
