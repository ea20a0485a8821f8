"""The desktop's side of qbdesk's sign-in relay: one button, no keys, and no secret in the app.

Intuit only issues tokens to an app that proves itself with its client secret, and
the secret must never ship inside an app (qbo-api.md Part 2 §6). So the secret
lives on the relay (:mod:`qbdesk.relay`), which is the registered redirect URI,
exchanges the code and refreshes tokens; the app ships only the client ID and the
relay's address (:mod:`qbdesk.qbo.distribution`).

A sign-in: the app reads Intuit's discovery document for the authorization
endpoint, starts its loopback listener, makes a :class:`~qbdesk.qbo.sealing.Verifier`
(its private key is the verifier only this instance holds) and opens the browser
on Intuit's authorize URL with the relay as redirect and the verifier's ``state``.
The relay exchanges the code at once and sends the browser to the listener with
the tokens sealed to this instance; the listener checks ``state`` and the app
unseals. Refreshing and revoking are plain HTTPS calls to the relay, which
answers with QuickBooks' own status and body.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import requests

from qbdesk.qbo.endpoints import Endpoints, check_url, discovery_url
from qbdesk.qbo.errors import ReconnectNeeded, ThrottledError, TransportError, error_for
from qbdesk.qbo.oauth import CallbackResult, LoopbackReceiver, OAuthError
from qbdesk.qbo.sealing import SealError, Verifier
from qbdesk.qbo.tokens import TokenSet
from qbdesk.redaction import remember

log = logging.getLogger("qbdesk.qbo.relay")

ACCOUNTING_SCOPE = "com.intuit.quickbooks.accounting"
TIMEOUT = (10.0, 60.0)
CALLBACK_PATH = "/callback"
TOKEN_PATH = "/token"
REVOKE_PATH = "/revoke"
HARD_EXPIRY_HEADER = "x-include-refresh-token-hard-expires-in"


def relay_callback(relay_url: str) -> str:
    """The relay's redirect URI, as registered with Intuit."""
    return relay_url.rstrip("/") + CALLBACK_PATH


def _post(url: str, **kwargs: Any) -> requests.Response:
    try:
        return requests.post(url, timeout=TIMEOUT, allow_redirects=False, **kwargs)
    except requests.RequestException as exc:
        raise TransportError(status=None, raw=f"sign-in relay unreachable: {type(exc).__name__}") from exc


def _raise_for(resp: requests.Response) -> None:
    """QuickBooks' answer, relayed: invalid_grant means reconnect; the rest become typed errors."""
    body = resp.text
    if resp.status_code in (400, 401) and "invalid_grant" in body:
        raise ReconnectNeeded("QuickBooks refused the saved sign-in (invalid_grant); please reconnect")
    err = error_for(resp.status_code, body, resp.headers.get("intuit_tid"))
    if resp.status_code == 429 and not isinstance(err, ThrottledError):
        err = ThrottledError(status=429, raw=body[:4000])
    raise err


def relay_refresher(relay_url: str) -> Callable[[str], dict[str, Any]]:
    """The refresher a :class:`~qbdesk.qbo.tokens.TokenManager` uses for a relay connection."""
    check_url(relay_url, allow_custom=True)
    url = relay_url.rstrip("/") + TOKEN_PATH

    def refresh(refresh_token: str) -> dict[str, Any]:
        resp = _post(url, data={"grant_type": "refresh_token", "refresh_token": refresh_token},
                     headers={HARD_EXPIRY_HEADER: "true", "Accept": "application/json"})
        if resp.status_code != 200:
            _raise_for(resp)
        doc: dict[str, Any] = resp.json()
        remember(str(doc.get("access_token", "")), str(doc.get("refresh_token", "")))
        return doc

    return refresh


def relay_revoke(relay_url: str, token: str) -> bool:
    """Ask QuickBooks, through the relay, to revoke the sign-in; True only if QuickBooks confirmed it."""
    check_url(relay_url, allow_custom=True)
    try:
        resp = _post(relay_url.rstrip("/") + REVOKE_PATH, json={"token": token})
    except TransportError as exc:
        log.warning("revoke through the relay failed: %s", exc.summary)
        return False
    if resp.status_code != 200:
        log.info("revoke through the relay answered HTTP %s", resp.status_code)
    return resp.status_code == 200


@dataclass
class RelaySignIn:
    """A relay sign-in waiting for the browser: the listener, the verifier and where to send the browser."""

    relay_url: str
    client_id: str
    endpoints: Endpoints
    receiver: LoopbackReceiver
    verifier: Verifier
    url: str

    @property
    def state(self) -> str:
        return self.verifier.state


def _authorization_endpoint(discovery: str, *, allow_custom: bool) -> str:
    url = discovery_url(discovery)
    check_url(url, allow_custom=allow_custom)
    try:
        resp = requests.get(url, timeout=TIMEOUT, headers={"Accept": "application/json"})
    except requests.RequestException as exc:
        raise TransportError(status=None, raw=f"discovery document unreachable: {type(exc).__name__}") from exc
    if resp.status_code != 200:
        raise error_for(resp.status_code, resp.text, resp.headers.get("intuit_tid"))
    endpoint = resp.json().get("authorization_endpoint")
    if not isinstance(endpoint, str) or not endpoint:
        raise OAuthError("The discovery document names no authorization endpoint")
    check_url(endpoint, allow_custom=allow_custom)
    return endpoint


def begin_relay_sign_in(relay_url: str, client_id: str, discovery: str, api_base: str, *,
                        allow_custom: bool = False) -> RelaySignIn:
    """Listen on the loopback, make the verifier and the authorize URL; the caller opens the browser.

    Reads the discovery document over HTTP: never on the GUI thread.
    """
    endpoints = Endpoints(discovery, api_base, relay_url)
    endpoints.check(allow_custom=allow_custom)
    authorize = _authorization_endpoint(discovery, allow_custom=allow_custom)
    receiver = LoopbackReceiver(0, CALLBACK_PATH)
    verifier = Verifier(receiver.port)
    receiver.expect(verifier.state)
    query = urlencode({"client_id": client_id, "response_type": "code", "scope": ACCOUNTING_SCOPE,
                       "redirect_uri": relay_callback(relay_url), "state": verifier.state})
    joiner = "&" if "?" in authorize else "?"
    return RelaySignIn(relay_url.rstrip("/"), client_id, endpoints, receiver, verifier,
                       f"{authorize}{joiner}{query}")


def finish_relay_sign_in(pending: RelaySignIn, result: CallbackResult | None,
                         now: Callable[[], float] = time.time) -> TokenSet:
    """Check the answer the listener received (or the user pasted) and unseal the tokens."""
    if result is None:
        raise OAuthError("QuickBooks sign-in timed out")
    if result.error:
        said = f": {result.error_description}" if result.error_description else ""
        raise OAuthError(f"QuickBooks sign-in did not complete ({result.error}{said})")
    if not result.sealed or not result.state:
        raise OAuthError("The sign-in answer holds no tokens from the sign-in relay")
    try:
        doc = pending.verifier.unseal(result.sealed, result.state)
    except SealError as exc:
        raise OAuthError(f"The sign-in answer does not belong to this request ({exc})") from exc
    realm = doc.get("realm_id")
    token = doc.get("token")
    if not isinstance(realm, str) or not realm or not isinstance(token, dict):
        raise OAuthError("The sign-in relay's answer has no company or tokens")
    return TokenSet.from_response(realm, token, now(), pending.endpoints)


def sign_in_through_relay(relay_url: str, client_id: str, discovery: str, api_base: str,
                          open_browser: Callable[[str], object], *, timeout: float = 300.0,
                          allow_custom: bool = False) -> TokenSet:
    """The whole relay sign-in for the command line (the window drives the two halves itself)."""
    pending = begin_relay_sign_in(relay_url, client_id, discovery, api_base, allow_custom=allow_custom)
    try:
        open_browser(pending.url)
    except Exception:
        pending.receiver.close()
        raise
    return finish_relay_sign_in(pending, pending.receiver.wait(timeout))
