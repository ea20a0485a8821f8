"""Signing in to QuickBooks: the browser, a one-shot loopback listener, the code exchange.

The flow is Intuit's OAuth 2.0 authorization-code flow through intuit-oauth's
``AuthClient``. The browser comes back either straight to the loopback listener
(``http://localhost:PORT/callback``, which Intuit allows for development keys and
the qbdesk sandbox allows always) or, for production keys that need an HTTPS
redirect, through a static relay page that forwards the query to the loopback port
carried in ``state`` (see ``resources/oauth-relay.html``). If neither can reach the
app, the user pastes the address the browser ended on (:func:`parse_callback_url`).

``state`` is random, checked on return, and the listener serves exactly one
callback (or times out) on 127.0.0.1 only.
"""

from __future__ import annotations

import html
import logging
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

import requests
from intuitlib.client import AuthClient
from intuitlib.enums import Scopes
from intuitlib.exceptions import AuthClientError

from qbdesk.qbo.errors import ReconnectNeeded, ServerError, TransportError, error_for
from qbdesk.qbo.tokens import TokenSet

log = logging.getLogger("qbdesk.qbo.oauth")

# Intuit's published discovery documents; any other value is used as a discovery URL.
ENVIRONMENTS = {"production": "production", "sandbox": "sandbox"}
API_BASES = {
    "production": "https://quickbooks.api.intuit.com/v3",
    "sandbox": "https://sandbox-quickbooks.api.intuit.com/v3",
}
HTTP_TIMEOUT = 30.0


class OAuthError(Exception):
    """Sign-in failed: the user refused, the state did not match, or the exchange failed."""


class _TimedAuthClient(AuthClient):  # type: ignore[misc]
    """intuit-oauth sends requests without a timeout; a hung token endpoint must not hang the app."""

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", HTTP_TIMEOUT)
        return super().request(method, url, *args, **kwargs)  # type: ignore[no-any-return]


def make_auth_client(client_id: str, client_secret: str, redirect_uri: str, environment: str) -> AuthClient:
    """An ``AuthClient``; ``environment`` is production, sandbox, or a discovery document URL.

    Constructing it reads the discovery document over HTTP (intuit-oauth's design),
    so never build one on the GUI thread.
    """
    try:
        client = _TimedAuthClient(client_id, client_secret, redirect_uri, ENVIRONMENTS.get(environment, environment))
    except requests.RequestException as exc:
        raise TransportError(status=None, raw=f"discovery document unreachable: {type(exc).__name__}") from exc
    client.include_refresh_token_hard_expires_in = True
    return client


def _token_doc(client: AuthClient) -> dict[str, Any]:
    doc = {"access_token": client.access_token, "refresh_token": client.refresh_token,
           "expires_in": client.expires_in, "x_refresh_token_expires_in": client.x_refresh_token_expires_in}
    hard = getattr(client, "x_refresh_token_hard_expires_in", None)
    if hard is not None:
        doc["x_refresh_token_hard_expires_in"] = hard
    return doc


def _raise_for_auth_error(exc: AuthClientError) -> None:
    body = exc.content.decode("utf-8", "replace") if isinstance(exc.content, bytes) else str(exc.content)
    if exc.status_code in (400, 401) and "invalid_grant" in body:
        raise ReconnectNeeded("QuickBooks refused the saved sign-in (invalid_grant); please reconnect") from exc
    err = error_for(exc.status_code, body, getattr(exc, "intuit_tid", None))
    if isinstance(err, ServerError):
        raise err from exc
    raise OAuthError(f"QuickBooks sign-in failed: HTTP {exc.status_code}") from exc


def refresher_for(client: AuthClient) -> Callable[[str], dict[str, Any]]:
    """The token-refresh callable a :class:`~qbdesk.qbo.tokens.TokenManager` uses."""

    def refresh(refresh_token: str) -> dict[str, Any]:
        try:
            client.refresh(refresh_token=refresh_token)
        except AuthClientError as exc:
            _raise_for_auth_error(exc)
        except requests.RequestException as exc:
            raise TransportError(status=None, raw=type(exc).__name__) from exc
        return _token_doc(client)

    return refresh


def exchange_code(client: AuthClient, code: str, realm_id: str, now: float) -> TokenSet:
    try:
        client.get_bearer_token(code, realm_id=realm_id)
    except AuthClientError as exc:
        _raise_for_auth_error(exc)
    except requests.RequestException as exc:
        raise TransportError(status=None, raw=type(exc).__name__) from exc
    return TokenSet.from_response(realm_id, _token_doc(client), now)


def revoke(client: AuthClient, refresh_token: str) -> None:
    try:
        client.revoke(token=refresh_token)
    except AuthClientError as exc:
        # Already revoked or expired: the connection is gone either way.
        log.info("revoke answered HTTP %s; forgetting the tokens anyway", exc.status_code)
    except requests.RequestException as exc:
        log.warning("revoke failed (%s); forgetting the tokens anyway", type(exc).__name__)


# --- the browser's way back --------------------------------------------------------------------


@dataclass(frozen=True)
class CallbackResult:
    code: str | None
    state: str | None
    realm_id: str | None
    error: str | None = None


def parse_callback_url(url: str) -> CallbackResult:
    """Read code/state/realmId from the address the browser ended on (the paste fallback)."""
    query = parse_qs(urlparse(url.strip()).query)

    def one(key: str) -> str | None:
        values = query.get(key)
        return values[0] if values else None

    return CallbackResult(one("code"), one("state"), one("realmId"), one("error"))


def new_state(port: int) -> str:
    """Random state that also carries the loopback port, for the HTTPS relay page."""
    return f"{secrets.token_urlsafe(24)}.{port}"


_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>qbdesk</title>
<style>body{{font-family:system-ui,sans-serif;margin:4em auto;max-width:32em;color:#1f2937}}
h1{{font-size:1.4em}}</style></head><body><h1>{title}</h1><p>{text}</p></body></html>"""


class _CallbackHandler(BaseHTTPRequestHandler):
    server: _CallbackServer

    def do_GET(self) -> None:
        parsed = urlparse(self.path)
        if parsed.path != self.server.path:
            self.send_error(404)
            return
        result = parse_callback_url(self.path)
        ok = result.error is None and result.code is not None and result.state == self.server.expected_state
        if ok:
            title, text = "Connected to QuickBooks", "You can close this tab and go back to qbdesk."
        else:
            title, text = "Sign-in did not complete", "Go back to qbdesk and try again."
        body = _PAGE.format(title=html.escape(title), text=html.escape(text)).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.server.deliver(result)

    def log_message(self, format: str, *args: Any) -> None:
        """The query holds the authorization code: never log it."""


class _CallbackServer(HTTPServer):
    def __init__(self, port: int, path: str) -> None:
        super().__init__(("127.0.0.1", port), _CallbackHandler)
        self.path = path
        self.expected_state = ""
        self.result: CallbackResult | None = None
        self.done = threading.Event()

    def deliver(self, result: CallbackResult) -> None:
        if self.result is None:
            self.result = result
            self.done.set()


class LoopbackReceiver:
    """Receives exactly one OAuth callback on 127.0.0.1, then stops (or stops at the timeout)."""

    def __init__(self, port: int = 0, path: str = "/callback") -> None:
        self._server = _CallbackServer(port, path)
        self._thread = threading.Thread(target=self._server.serve_forever, name="oauth-loopback", daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def expect(self, state: str) -> None:
        self._server.expected_state = state

    def wait(self, timeout: float) -> CallbackResult | None:
        try:
            self._server.done.wait(timeout)
            return self._server.result
        finally:
            self.close()

    def cancel(self) -> None:
        self._server.deliver(CallbackResult(None, None, None, "cancelled"))

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def _loopback(redirect_uri: str) -> tuple[str, int | None, str] | None:
    """(host, port or None, path) of a loopback redirect URI; None for any other (an HTTPS relay)."""
    parsed = urlparse(redirect_uri)
    if parsed.scheme == "http" and parsed.hostname in ("localhost", "127.0.0.1"):
        return parsed.hostname, parsed.port, parsed.path or "/callback"
    return None


def sign_in(client: AuthClient, open_browser: Callable[[str], object], *, timeout: float = 300.0,
            now: Callable[[], float]) -> TokenSet:
    """Run the whole browser sign-in and return the tokens (not yet saved: the caller saves them).

    A loopback redirect with a port (``http://localhost:8765/callback``, as registered
    for Intuit development keys) listens on that port; one without a port (allowed
    by the qbdesk sandbox, as RFC 8252 recommends) listens on a free port and says
    so in the redirect; an HTTPS relay redirect listens on a free port carried in
    ``state``.
    """
    loop = _loopback(client.redirect_uri)
    if loop is not None:
        host, port, path = loop
        receiver = LoopbackReceiver(port or 0, path)
        if port is None:
            client.redirect_uri = f"http://{host}:{receiver.port}{path}"
    else:
        receiver = LoopbackReceiver(0, "/callback")
    state = new_state(receiver.port)
    receiver.expect(state)
    url = client.get_authorization_url([Scopes.ACCOUNTING], state_token=state)
    try:
        open_browser(url)
    except Exception:
        receiver.close()
        raise
    result = receiver.wait(timeout)
    return finish_sign_in(client, result, state, now())


def finish_sign_in(client: AuthClient, result: CallbackResult | None, state: str, now: float) -> TokenSet:
    """Check what came back (loopback or pasted) and exchange the code for tokens."""
    if result is None:
        raise OAuthError("QuickBooks sign-in timed out")
    if result.error:
        raise OAuthError(f"QuickBooks sign-in did not complete ({result.error})")
    if not secrets.compare_digest(result.state or "", state):
        raise OAuthError("The sign-in answer does not belong to this request (state mismatch)")
    if not result.code or not result.realm_id:
        raise OAuthError("The sign-in answer has no authorization code or company")
    return exchange_code(client, result.code, result.realm_id, now)
