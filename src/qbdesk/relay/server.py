"""The relay's HTTP face: ``/callback`` (Intuit's redirect), ``/token`` (refresh), ``/revoke``, ``/health``.

* ``GET /callback?code&state&realmId`` — the browser, sent by Intuit. ``state`` must be
  a qbdesk relay state (it names the app's loopback port and carries the app
  instance's public key); the code is exchanged at once and the browser is sent to
  ``http://127.0.0.1:<port>/callback`` with the tokens sealed for that instance —
  only ever to this computer's loopback, so the relay cannot be used to redirect
  anywhere else. Intuit's refusal (``access_denied``, ``invalid_grant``…) travels
  the same way, in Intuit's words.
* ``POST /token`` — ``grant_type=refresh_token`` only: an authorization code is
  exchanged at the callback or not at all, so a code seen by anyone cannot be
  turned into tokens here.
* ``POST /revoke`` — ``{"token": …}``, passed to Intuit's revocation endpoint.

Every answer is ``Cache-Control: no-store``; request lines are logged without their
query (the code and the sealed tokens travel there) and every record passes
:mod:`qbdesk.redaction`. Each client address gets ``rate_per_minute`` requests
(bursts of ``burst``), then 429 with ``Retry-After``.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from qbdesk.qbo.endpoints import is_loopback
from qbdesk.qbo.sealing import SealError, parse_state, seal
from qbdesk.redaction import remember
from qbdesk.relay.config import RelayConfig, RelayConfigError
from qbdesk.relay.intuit import Answer, Intuit, IntuitUnreachable
from qbdesk.relay.ratelimit import RateLimiter

log = logging.getLogger("qbdesk.relay")

MAX_BODY = 16 * 1024
LOOPBACK = "127.0.0.1"
_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">
<title>qbdesk</title><style>body{{font-family:system-ui,sans-serif;margin:4em auto;max-width:34em;padding:0 1em;
color:#1f2937;line-height:1.5}}h1{{font-size:1.4em}}</style></head><body><h1>{title}</h1><p>{text}</p></body></html>"""


def _intuit_error(answer: Answer) -> tuple[str, str]:
    """(error, description) of a refused exchange, in QuickBooks' own words when it gave some."""
    try:
        doc = answer.json()
    except ValueError:
        doc = {}
    error = str(doc.get("error") or f"http_{answer.status}")
    description = str(doc.get("error_description") or "")
    return error, description


class _Handler(BaseHTTPRequestHandler):
    server: RelayHTTPServer
    protocol_version = "HTTP/1.1"

    # --- plumbing -----------------------------------------------------------------------------------

    def _client(self) -> str:
        if self.server.config.trust_forwarded:
            forwarded = self.headers.get("X-Forwarded-For", "")
            if forwarded:
                return forwarded.split(",")[-1].strip()
        return str(self.client_address[0])

    def _send(self, status: int, body: bytes = b"", content_type: str = "application/json",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)
        self._status = status

    def _json(self, status: int, doc: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(doc).encode(), headers=headers)

    def _page(self, status: int, title: str, text: str) -> None:
        import html

        body = _PAGE.format(title=html.escape(title), text=html.escape(text)).encode()
        self._send(status, body, "text/html; charset=utf-8",
                   {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'"})

    def _relay(self, answer: Answer) -> None:
        headers = {"intuit_tid": answer.intuit_tid} if answer.intuit_tid else {}
        self._send(answer.status, answer.body, answer.content_type, headers)

    def _body(self) -> bytes | None:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._json(413, {"error": "invalid_request", "error_description": "request too large"})
            return None
        return self.rfile.read(length) if length else b""

    def _handle(self, route: Any) -> None:
        started = time.monotonic()
        self._status = 0
        path = urlsplit(self.path).path
        try:
            wait = self.server.limiter.allow(self._client())
            if wait > 0:
                self._json(429, {"error": "rate_limited",
                                 "error_description": "Too many requests from this address; try again later"},
                           {"Retry-After": str(math.ceil(wait))})
            else:
                route(path)
        except IntuitUnreachable as exc:
            log.warning("Intuit did not answer: %s", exc)
            self._json(502, {"error": "temporarily_unavailable",
                             "error_description": "QuickBooks could not be reached; try again"})
        except Exception:  # never a traceback to the client; the log has it (redacted)
            log.exception("relay request failed")
            self._json(500, {"error": "server_error"})
        finally:
            log.info("%s %s %s %.0f ms", self.command, path, self._status, (time.monotonic() - started) * 1000)

    def log_message(self, format: str, *args: Any) -> None:
        """http.server's own line has the query string (the code, the sealed tokens): never written."""

    # --- routes -----------------------------------------------------------------------------------

    def do_GET(self) -> None:
        self._handle(self._get)

    def do_POST(self) -> None:
        self._handle(self._post)

    def _get(self, path: str) -> None:
        if path == "/health":
            self._json(200, {"status": "ok"})
        elif path == "/callback":
            self._callback()
        else:
            self._json(404, {"error": "not_found"})

    def _post(self, path: str) -> None:
        body = self._body()
        if body is None:
            return
        if path == "/token":
            self._token(body)
        elif path == "/revoke":
            self._revoke(body)
        else:
            self._json(404, {"error": "not_found"})

    def _callback(self) -> None:
        query = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
        state = query.get("state", "")
        try:
            port = parse_state(state).port
        except SealError:
            self._page(400, "This sign-in did not start in qbdesk",
                       "The address does not carry a qbdesk sign-in. Start again from qbdesk with "
                       "Connect to QuickBooks.")
            return
        code, realm = query.get("code"), query.get("realmId")
        remember(code)
        if query.get("error"):
            answer = {"error": query["error"], "error_description": query.get("error_description", "")}
        elif not code or not realm:
            answer = {"error": "invalid_request", "error_description": "QuickBooks sent no code or company"}
        else:
            exchanged = self.server.intuit.exchange(code)
            if exchanged.status == 200:
                token = exchanged.json()
                answer = {"sealed": seal(state, {"realm_id": realm, "token": token})}
            else:
                error, description = _intuit_error(exchanged)
                answer = {"error": error, "error_description": description}
        location = f"http://{LOOPBACK}:{port}/callback?" + urlencode({**answer, "state": state})
        self._send(302, b"", "text/plain", {"Location": location})

    def _token(self, body: bytes) -> None:
        form = {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}
        if form.get("grant_type") != "refresh_token" or not form.get("refresh_token"):
            self._json(400, {"error": "unsupported_grant_type",
                             "error_description": "the relay only refreshes tokens; codes are exchanged at "
                                                  "its callback"})
            return
        hard = (self.headers.get("x-include-refresh-token-hard-expires-in") or "").lower() == "true"
        self._relay(self.server.intuit.refresh(form["refresh_token"], hard_expiry=hard))

    def _revoke(self, body: bytes) -> None:
        try:
            doc = json.loads(body or b"{}")
        except ValueError:
            doc = {}
        token = doc.get("token") if isinstance(doc, dict) else None
        if not isinstance(token, str) or not token:
            self._json(400, {"error": "invalid_request", "error_description": "no token to revoke"})
            return
        self._relay(self.server.intuit.revoke(token))


class RelayHTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], config: RelayConfig, intuit: Intuit | None = None) -> None:
        super().__init__(address, _Handler)
        self.config = config
        self.intuit = intuit or Intuit(config)
        self.limiter = RateLimiter(config.rate_per_minute, config.burst)


class RelayServer:
    """The relay on ``host:port`` (0: a free port), served from a thread or in the foreground."""

    def __init__(self, config: RelayConfig, host: str = "127.0.0.1", port: int = 0) -> None:
        self.httpd = RelayHTTPServer((host, port), config)
        if not config.public_url:  # reached where it listens: only sensible on this computer
            if not is_loopback(host):
                self.httpd.server_close()
                raise RelayConfigError("a relay reachable from other computers needs its public HTTPS address "
                                       "(--public-url)")
            config = dataclasses.replace(config, public_url=self.address)
            self.httpd.config = config
            self.httpd.intuit.config = config
        self.config = config
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    @property
    def address(self) -> str:
        host = str(self.httpd.server_address[0])
        return f"http://{'127.0.0.1' if host in ('0.0.0.0', '') else host}:{self.port}"

    def start(self) -> RelayServer:
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="qbdesk-relay", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self.httpd.serve_forever()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.httpd.intuit.session.close()
        if self._thread is not None:
            self._thread.join(5)

    def __enter__(self) -> RelayServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
