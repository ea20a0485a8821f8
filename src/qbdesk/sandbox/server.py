"""The sandbox over HTTP: a threaded HTTP/1.1 server on 127.0.0.1 and a free port.

One thread per connection, keep-alive, Nagle off — enough for several thousand
small requests a second, which keeps the sandbox from ever being the
bottleneck of a sync benchmark. Use it as a context manager in tests::

    with SandboxServer(throttle=False) as sb:
        company = sb.create_company(size=50)
        app = sb.create_app()
        ...requests against sb.api_base...

Stopping closes the open keep-alive connections too, so no handler thread
outlives the server.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from qbdesk.sandbox.chaos import Injector
from qbdesk.sandbox.clock import Clock
from qbdesk.sandbox.company import Company
from qbdesk.sandbox.core import DEFAULT_REDIRECT_URIS, Sandbox
from qbdesk.sandbox.oauth import App
from qbdesk.sandbox.service import Reply, Request, Service, split_target

log = logging.getLogger("qbdesk.sandbox")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    timeout = 120  # QuickBooks times out requests after 120 s; idle keep-alive connections likewise
    server: _HTTPServer
    server_version = "qbdesk-sandbox"
    sys_version = ""

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def _serve(self) -> None:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            body = self._read_chunked()
        else:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length > 0 else b""
        path, query = split_target(self.path)
        headers = {k.lower(): v for k, v in self.headers.items()}
        host = headers.get("host") or self.server.authority
        request = Request(self.command, path, query, headers, body, f"http://{host}")
        try:
            reply = self.server.service.handle(request)
        except Exception:  # a sandbox bug must not kill the connection thread silently
            log.exception("sandbox error on %s %s", self.command, self.path)
            reply = Reply(500, b'{"Fault":{"Error":[{"Message":"An application error has occurred while '
                               b'processing your request","Detail":"System Failure Error: sandbox error",'
                               b'"code":"10000"}],"type":"SystemFault"}}')
        if reply.drop:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        for name, value in reply.headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(reply.body)

    def _read_chunked(self) -> bytes:
        parts: list[bytes] = []
        while True:
            size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return b"".join(parts)
            parts.append(self.rfile.read(size))
            self.rfile.readline()

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            log.info("%s %s", self.address_string(), format % args)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], service: Service, verbose: bool) -> None:
        super().__init__(address, _Handler)
        self.service = service
        self.verbose = verbose
        self.authority = ""
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self._open_lock:
            sockets = list(self._open)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class SandboxServer:
    """A :class:`Sandbox` served over HTTP; keyword options go to the Sandbox when none is given."""

    def __init__(self, sandbox: Sandbox | None = None, *, host: str = "127.0.0.1", port: int = 0,
                 verbose: bool = False, **options: Any) -> None:
        self.sandbox = sandbox or Sandbox(**options)
        self.host = host
        self.port = port
        self.verbose = verbose
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle ------------------------------------------------------------------------------------

    def start(self) -> SandboxServer:
        if self._httpd is not None:
            return self
        httpd = _HTTPServer((self.host, self.port), Service(self.sandbox), self.verbose)
        self.port = int(httpd.server_address[1])
        shown = "127.0.0.1" if self.host in ("0.0.0.0", "") else self.host
        httpd.authority = f"{shown}:{self.port}"
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.2},
                                        name=f"qbdesk-sandbox:{self.port}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        httpd.shutdown()
        httpd.close_connections()
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (the command line's ``serve``)."""
        self.start()
        assert self._thread is not None
        try:
            while self._thread.is_alive():
                self._thread.join(timeout=0.5)
        finally:
            self.stop()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    # --- addresses ---------------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        shown = "127.0.0.1" if self.host in ("0.0.0.0", "") else self.host
        return f"http://{shown}:{self.port}"

    @property
    def api_base(self) -> str:
        return f"{self.base_url}/v3"

    @property
    def discovery_url(self) -> str:
        return f"{self.base_url}/.well-known/openid_configuration"

    def info(self, realm_id: str, app: App) -> dict[str, Any]:
        """The command-line contract's first line: where to point a QuickBooks client."""
        return {"base_url": self.base_url, "api_base": self.api_base, "discovery_url": self.discovery_url,
                "realm_id": realm_id, "client_id": app.client_id, "client_secret": app.client_secret,
                "redirect_uris": list(app.redirect_uris)}

    # --- the in-process API, delegated ---------------------------------------------------------------------

    @property
    def clock(self) -> Clock:
        return self.sandbox.clock

    def create_company(self, *, size: int = 0, seed: int = 0, locale: str = "en", anchor: date | None = None,
                       name: str | None = None, realm_id: str | None = None, currency: str | None = None) -> Company:
        return self.sandbox.create_company(size=size, seed=seed, locale=locale, anchor=anchor, name=name,
                                           realm_id=realm_id, currency=currency)

    def create_app(self, redirect_uris: list[str] | tuple[str, ...] = DEFAULT_REDIRECT_URIS) -> App:
        return self.sandbox.create_app(redirect_uris)

    def connect(self, app: App, realm_id: str, *, include_hard: bool = False) -> dict[str, Any]:
        return self.sandbox.connect(app, realm_id, include_hard=include_hard)

    def faults(self, realm_id: str) -> Injector:
        return self.sandbox.faults(realm_id)

    def advance(self, seconds: float) -> None:
        self.sandbox.advance(seconds)
