"""Signing in to QuickBooks: the browser, a one-shot loopback listener, the code exchange.

The flow is Intuit's OAuth 2.0 authorization-code flow through intuit-oauth's
``AuthClient``. The browser comes back either straight to the loopback listener
(``http://localhost:PORT/callback``, which Intuit allows for development keys and
the qbdesk sandbox allows always) or, for production keys that need an HTTPS
redirect, through a static relay page that forwards the query to the loopback port
carried in ``state`` (see ``resources/oauth-relay.html``). If neither can reach the
app, the user pastes the address the browser ended on (:func:`parse_callback_url`).

``state`` is random and checked on return: the listener (127.0.0.1 only) answers a
callback carrying another ``state`` with an error page and goes on waiting for the
right one, so a stray or forged request can neither end nor hijack the sign-in.
It delivers exactly one answer (or times out). The same listener receives the
sign-in relay's sealed answer (:mod:`qbdesk.qbo.relay_client`).

Every address is checked before it is used (:mod:`qbdesk.qbo.endpoints`): the
discovery document's, and the token, revocation and authorization endpoints it
names — the client secret goes with every token request.
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

from qbdesk.qbo.endpoints import (
    API_BASES_BY_ENVIRONMENT,
    EndpointRefused,
    check_discovery_document,
    check_url,
    discovery_url,
)
from qbdesk.qbo.errors import ReconnectNeeded, ServerError, TransportError, error_for
from qbdesk.qbo.tokens import TokenSet
from qbdesk.redaction import remember

log = logging.getLogger("qbdesk.qbo.oauth")

# Intuit's published discovery documents; any other value is used as a discovery URL.
ENVIRONMENTS = {"production": "production", "sandbox": "sandbox"}
API_BASES = API_BASES_BY_ENVIRONMENT
HTTP_TIMEOUT = 30.0


class OAuthError(Exception):
    """Sign-in failed: the user refused, the state did not match, or the exchange failed."""


class _TimedAuthClient(AuthClient):  # type: ignore[misc]
    """intuit-oauth sends requests without a timeout; a hung token endpoint must not hang the app."""

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", HTTP_TIMEOUT)
        return super().request(method, url, *args, **kwargs)  # type: ignore[no-any-return]


def make_auth_client(client_id: str, client_secret: str, redirect_uri: str, environment: str, *,
                     allow_custom: bool = False) -> AuthClient:
    """An ``AuthClient``; ``environment`` is production, sandbox, or a discovery document URL.

    Constructing it reads the discovery document over HTTP (intuit-oauth's design),
    so never build one on the GUI thread. The discovery address is checked first and
    the endpoints the document names after, before the secret can go anywhere;
    ``allow_custom`` is the user's explicit choice of a host that is not Intuit's.
    """
    check_url(discovery_url(environment), allow_custom=allow_custom)
    remember(client_secret)
    try:
        client = _TimedAuthClient(client_id, client_secret, redirect_uri, ENVIRONMENTS.get(environment, environment))
    except requests.RequestException as exc:
        raise TransportError(status=None, raw=f"discovery document unreachable: {type(exc).__name__}") from exc
    try:
        check_discovery_document({"authorization_endpoint": client.auth_endpoint,
                                  "token_endpoint": client.token_endpoint,
                                  "revocation_endpoint": client.revoke_endpoint}, allow_custom=allow_custom)
    except EndpointRefused:
        client.close()
        raise
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
    remember(code)
    try:
        client.get_bearer_token(code, realm_id=realm_id)
    except AuthClientError as exc:
        _raise_for_auth_error(exc)
    except requests.RequestException as exc:
        raise TransportError(status=None, raw=type(exc).__name__) from exc
    return TokenSet.from_response(realm_id, _token_doc(client), now)


def revoke(client: AuthClient, refresh_token: str) -> bool:
    """Ask QuickBooks to revoke the sign-in; True only when it answered that it did (HTTP 200)."""
    try:
        return bool(client.revoke(token=refresh_token))
    except AuthClientError as exc:
        log.info("revoke answered HTTP %s", exc.status_code)
    except requests.RequestException as exc:
        log.warning("revoke failed: %s", type(exc).__name__)
    return False


# --- the browser's way back --------------------------------------------------------------------


@dataclass(frozen=True)
class CallbackResult:
    code: str | None
    state: str | None
    realm_id: str | None
    error: str | None = None
    sealed: str | None = None              # the sign-in relay's answer (tokens sealed for this instance)
    error_description: str | None = None   # QuickBooks' own words, when it gave some

    @property
    def has_answer(self) -> bool:
        return bool(self.code or self.sealed or self.error)


def parse_callback_url(url: str) -> CallbackResult:
    """Read code/state/realmId (or the relay's sealed answer) from the address the browser ended on."""
    query = parse_qs(urlparse(url.strip()).query)

    def one(key: str) -> str | None:
        values = query.get(key)
        return values[0] if values else None

    remember(one("code"), one("sealed"))
    return CallbackResult(one("code"), one("state"), one("realmId"), one("error"), one("sealed"),
                          one("error_description"))


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
        expected = self.server.expected_state
        if not expected or not secrets.compare_digest(result.state or "", expected):
            # Not the answer to the sign-in qbdesk is waiting for (an old tab, another app, a forgery):
            # say so, and keep waiting for the right one.
            self._page(400, "This is not the sign-in qbdesk is waiting for",
                       "This answer belongs to another sign-in, so qbdesk ignored it. Go back to qbdesk: it is "
                       "still waiting for the sign-in it started.")
            return
        if result.error is None and result.has_answer:
            self._page(200, "Connected to QuickBooks", "You can close this tab and go back to qbdesk.")
        else:
            self._page(200, "Sign-in did not complete", "Go back to qbdesk and try again.")
        self.server.deliver(result)

    def _page(self, status: int, title: str, text: str) -> None:
        body = _PAGE.format(title=html.escape(title), text=html.escape(text)).encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Referrer-Policy", "no-referrer")
        self.end_headers()
        self.wfile.write(body)

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
        # A short poll: closing the listener waits for the serving loop to notice (half a second by default).
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="oauth-loopback", daemon=True)
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

    def deliver(self, result: CallbackResult) -> None:
        """Hand over an answer that came another way (the address the user pasted)."""
        self._server.deliver(result)

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
        said = f": {result.error_description}" if result.error_description else ""
        raise OAuthError(f"QuickBooks sign-in did not complete ({result.error}{said})")
    if not secrets.compare_digest(result.state or "", state):
        raise OAuthError("The sign-in answer does not belong to this request (state mismatch)")
    if not result.code or not result.realm_id:
        raise OAuthError("The sign-in answer has no authorization code or company")
    return exchange_code(client, result.code, result.realm_id, now)
