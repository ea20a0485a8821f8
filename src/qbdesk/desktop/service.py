"""The Web Connector service: the SOAP methods, one session at a time, the engine in a worker thread.

The Web Connector calls (qbwc.md §1.4): serverVersion, clientVersion,
authenticate, then sendRequestXML / receiveResponseXML until the work is done,
getLastError when told something went wrong, closeConnection at the end,
connectionError when it could not open QuickBooks. Each session runs one
:class:`~qbdesk.sync.engine.SyncEngine` sync through a
:class:`~qbdesk.desktop.client.QbwcClient`: the sync starts at the session's
first sendRequestXML (which tells which qbXML version the open QuickBooks
speaks), and every question the engine asks Desktop is one round trip.

A session that ends without its answers (the Web Connector gave up, timed out,
was closed, or a new session began) interrupts the sync; the next one settles
what was sent without an answer from the journal before sending anything
(:mod:`qbdesk.sync.settle`) — nothing is created twice.

Rules kept from the protocol: a wrong user or password answers ``nvu``; the
authenticate array has 2 elements (more made QBWC 2.2 fail, §1.3); progress is
an integer; a sendRequestXML with nothing to send yet answers ``""`` and
getLastError ``NoOp`` (the Web Connector waits and asks again); the content type
is ``text/xml``.
"""

from __future__ import annotations

import hmac
import logging
import threading
import time
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from qbdesk import __version__
from qbdesk.desktop import soap
from qbdesk.desktop.channel import FINISHED, WAITING, Channel, Reply
from qbdesk.desktop.client import QbwcClient
from qbdesk.desktop.config import ONLINE_TOO, DesktopConfig, connected_to_online, record_call
from qbdesk.qbo.errors import QboError
from qbdesk.store import Company
from qbdesk.store.locks import SyncBusy
from qbdesk.sync.engine import SyncEngine
from qbdesk.sync.progress import RunSummary

log = logging.getLogger("qbdesk.desktop")

NVU, NONE, BUSY = "nvu", "none", "busy"
NOOP = "NoOp"
KEEP_ENDED = 10
MIN_QBXML = 6   # ReceivePaymentMod, IsToBeEmailed, Addr5: qbdesk's requests need qbXML 6.0 or later (qbwc.md §3.5)


@dataclass
class Session:
    ticket: str
    channel: Channel
    started: str
    thread: threading.Thread | None = None
    stashed: str | None = None           # the engine's next request, fetched while answering receiveResponseXML
    summary: RunSummary | None = None
    error: str | None = None
    last_error: str = ""
    percent: int = 0
    closed: bool = False
    requests: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def describe(summary: RunSummary | None, error: str | None) -> str:
    """What the Web Connector shows when the session closes (its status column)."""
    if error:
        return f"qbdesk: {error}"
    if summary is None:
        return "qbdesk: nothing was synced."
    return (f"qbdesk: sync {summary.status} — {summary.created_in_qbo} created in QuickBooks, "
            f"{summary.created_here} created here, {summary.updated} updated, {summary.problems} problems.")


class DesktopService:
    """The SOAP methods for one company file (:meth:`call` is the whole protocol; :func:`serve` puts it on HTTP)."""

    def __init__(self, company: Company, config: DesktopConfig, password: Callable[[], str], *,
                 wait: float = 20.0, answer_timeout: float = 600.0, refusal_delay: float = 1.0,
                 engine_factory: Callable[[Company, QbwcClient], SyncEngine] | None = None) -> None:
        self.company = company
        self.config = config
        self._password = password
        self.wait = wait                      # how long one call waits for the engine before answering
        self.answer_timeout = answer_timeout  # how long the engine waits for Desktop's answer
        self.refusal_delay = refusal_delay    # a wrong password is answered this late: guessing is slow
        self.engine_factory = engine_factory or (lambda company, client: SyncEngine(company, client))
        self.sessions: dict[str, Session] = {}
        self.current: Session | None = None
        self.last_call: dict[str, str] | None = None
        self._lock = threading.Lock()
        self.on_change: Callable[[], None] | None = None   # the window refreshes what it shows

    # --- dispatch ------------------------------------------------------------------------------------

    def call(self, method: str, params: dict[str, str]) -> str | int | list[str]:
        handler = _METHODS.get(method)
        if handler is None:
            raise soap.SoapError(f"unknown method {method}")
        result: str | int | list[str] = handler(self, params)
        return result

    def _note(self, what: str, kind: str, summary: RunSummary | None = None) -> None:
        counts = {} if summary is None else {"created_in_qbo": summary.created_in_qbo,
                                             "created_here": summary.created_here, "updated": summary.updated,
                                             "problems": summary.problems}
        self.last_call = {"at": _now(), "what": what, "kind": kind}
        try:
            record_call(self.company, self.last_call["at"], what, kind, counts)
        except Exception:  # the company file busy: the window just shows it later
            log.debug("could not record the Web Connector's call", exc_info=True)
        if self.on_change is not None:
            self.on_change()

    # --- the methods ---------------------------------------------------------------------------------

    def server_version(self, params: dict[str, str]) -> str:
        return f"qbdesk {__version__}"

    def client_version(self, params: dict[str, str]) -> str:
        return ""   # every Web Connector version qbdesk knows of is fine (2.1 and later speak this protocol)

    def authenticate(self, params: dict[str, str]) -> list[str]:
        user, given = params.get("strUserName", ""), params.get("strPassword", "")
        try:
            expected = self._password()
        except Exception as exc:
            log.warning("Web Connector sign-in refused: %s", exc)
            expected = None
        user_ok = hmac.compare_digest(user.encode(), self.config.username.encode())
        if expected is None or not (user_ok & hmac.compare_digest(given.encode(), expected.encode())):
            self._note("refused: wrong user name or password", "refused")
            time.sleep(self.refusal_delay)
            return ["", NVU]
        if connected_to_online(self.company):
            log.warning("Web Connector update declined: %s", ONLINE_TOO)
            self._note(ONLINE_TOO, "declined")
            return ["", NONE]   # a valid user, no work (qbwc.md §1.3): nothing is read or written
        with self._lock:
            previous = self.current
            if previous is not None and not self._end(previous, "a new Web Connector session began"):
                return ["", BUSY]
            ticket = uuid.uuid4().hex
            session = Session(ticket, Channel(self.answer_timeout), _now())
            for old in [t for t, known in self.sessions.items() if known.closed][:-KEEP_ENDED]:
                del self.sessions[old]   # ended sessions are kept a while for a late getLastError, not forever
            self.sessions[ticket] = session
            self.current = session
        self._note("session started", "started")
        return [ticket, ""]   # "": use the company file open in QuickBooks

    def send_request_xml(self, params: dict[str, str]) -> str:
        session = self.sessions.get(params.get("ticket", ""))
        if session is None or session.closed:
            return ""
        with session.lock:
            if session.thread is None:
                major = _int(params.get("qbXMLMajorVers"), 13)
                if major < MIN_QBXML:
                    session.last_error = (f"This QuickBooks speaks qbXML {major}.0; qbdesk needs {MIN_QBXML}.0 or "
                                          "later (QuickBooks 2008 or newer).")
                    return ""
                self._start(session, f"{min(major, 13)}.0", _company_name(params.get("strHCPResponse", "")))
            if session.stashed is not None:
                request, session.stashed = session.stashed, None
                session.requests += 1
                return request
            got = session.channel.next_request(self.wait)
            if got == WAITING:
                session.last_error = NOOP   # the Web Connector pauses, then asks again
                return ""
            if got == FINISHED:
                session.last_error = describe(session.summary, session.error)
                return ""
            session.requests += 1
            return got

    def receive_response_xml(self, params: dict[str, str]) -> int:
        session = self.sessions.get(params.get("ticket", ""))
        if session is None or session.closed:
            return -1
        with session.lock:
            session.channel.answer(Reply(params.get("response", ""), params.get("hresult", ""),
                                         params.get("message", "")))
            got = session.channel.next_request(self.wait)
            if got == FINISHED:
                session.last_error = describe(session.summary, session.error)
                return -1 if session.error else 100
            if got != WAITING:
                session.stashed = got
            session.percent = min(99, session.percent + max(1, (99 - session.percent) // 10))
            return session.percent

    def connection_error(self, params: dict[str, str]) -> str:
        session = self.sessions.get(params.get("ticket", ""))
        if session is not None:
            self._end(session, f"the Web Connector could not reach QuickBooks ({params.get('hresult', '')} "
                               f"{params.get('message', '')})".strip())
        return "done"

    def get_last_error(self, params: dict[str, str]) -> str:
        session = self.sessions.get(params.get("ticket", ""))
        if session is None:
            return ("qbdesk: this session is unknown or has ended; the Web Connector starts a new one at its next "
                    "update.")
        return session.last_error or describe(session.summary, session.error)

    def close_connection(self, params: dict[str, str]) -> str:
        session = self.sessions.get(params.get("ticket", ""))
        if session is None:
            return "qbdesk: unknown session."
        self._end(session, "the Web Connector closed the session")
        return describe(session.summary, session.error)

    # --- sessions ------------------------------------------------------------------------------------

    def _start(self, session: Session, version: str, company_name: str) -> None:
        client = QbwcClient(self.config.realm_id, session.channel, company_name=company_name)
        client.version = version
        engine = self.engine_factory(self.company, client)

        def work() -> None:
            try:
                session.summary = engine.run()
                if session.summary.status not in ("completed",):
                    session.error = f"the sync was {session.summary.status}; the next update continues it."
            except QboError as exc:   # QuickBooks Desktop or the Web Connector did not answer: nothing is lost
                log.warning("Web Connector sync stopped: %s", exc.summary)
                session.error = f"{exc.message or exc.summary}; the next update starts again."
            except SyncBusy:
                session.error = "another sync of this company file is running; the next update tries again."
            except Exception as exc:
                log.exception("Web Connector sync failed")
                session.error = str(exc) or type(exc).__name__
            finally:
                session.channel.finish()
                self._note(describe(session.summary, session.error), "failed" if session.error else "finished",
                           session.summary)

        session.thread = threading.Thread(target=work, name=f"qbwc-{session.ticket[:8]}", daemon=True)
        session.thread.start()

    def _end(self, session: Session, why: str, join: float = 30.0) -> bool:
        """End ``session``: an engine waiting for Desktop stops (interrupted); True once its thread is done."""
        if not session.closed:
            session.closed = True
            session.channel.close()
            if session.thread is not None and session.thread.is_alive() and session.error is None \
                    and session.summary is None:
                log.info("Web Connector session %s ended: %s", session.ticket[:8], why)
        if session.thread is not None:
            session.thread.join(join)
            return not session.thread.is_alive()
        return True

    def stop(self) -> None:
        """End every session (the service is shutting down)."""
        for session in list(self.sessions.values()):
            self._end(session, "qbdesk stopped")

    @property
    def busy(self) -> bool:
        current = self.current
        return current is not None and current.thread is not None and current.thread.is_alive()


def _int(text: str | None, default: int) -> int:
    try:
        return int(text or "")
    except ValueError:
        return default


def _company_name(hcp: str) -> str:
    """The open company's name from the first sendRequestXML's HostQuery/CompanyQuery answers ("" if absent)."""
    if not hcp.strip():
        return ""
    try:
        root = ET.fromstring(hcp)
    except ET.ParseError:
        return ""
    found = root.find(".//CompanyRet/CompanyName")
    return (found.text or "") if found is not None else ""


_METHODS: dict[str, Callable[[DesktopService, dict[str, str]], Any]] = {
    "serverVersion": DesktopService.server_version, "clientVersion": DesktopService.client_version,
    "authenticate": DesktopService.authenticate, "sendRequestXML": DesktopService.send_request_xml,
    "receiveResponseXML": DesktopService.receive_response_xml,
    "connectionError": DesktopService.connection_error, "getLastError": DesktopService.get_last_error,
    "closeConnection": DesktopService.close_connection,
}


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        data = self.rfile.read(length)
        try:
            method, params = soap.parse_request(data)
            body = soap.response(method, self.server.service.call(method, params))
            status = 200
        except soap.SoapError as exc:
            body, status = soap.fault(str(exc)), 500
        self.send_response(status)
        self.send_header("Content-Type", soap.CONTENT_TYPE)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        body = (b"qbdesk's QuickBooks Web Connector service. Add the .qwc file made by `qbdesk desktop qwc` to the "
                b"Web Connector; see docs/desktop.md.\n")
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], service: DesktopService) -> None:
        super().__init__(address, _Handler)
        self.service = service


PATH = "/qbwc"


def serve(service: DesktopService, host: str = "127.0.0.1", port: int = 0) -> tuple[_Server, str]:
    """Start serving ``service`` in a background thread; returns the server and the service URL."""
    server = _Server((host, port), service)
    threading.Thread(target=server.serve_forever, name="qbwc-http", daemon=True).start()
    shown = "localhost" if host in ("127.0.0.1", "localhost", "::1") else host
    return server, f"http://{shown}:{server.server_address[1]}{PATH}"
