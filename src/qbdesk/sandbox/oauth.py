"""OAuth 2.0 the way Intuit does it: apps, authorization codes, rotating refresh tokens.

The sandbox issues the same kinds of tokens with the same lifetimes as Intuit
(access token one hour; refresh token 101 days rolling, never past a five-year
hard limit) and fails the same way (``invalid_grant`` for a used-up, expired or
revoked refresh token). Each refresh hands out a new refresh token and retires
the old one at once, the strictest reading of Intuit's rules, so a client that
forgets to persist the rotated token fails here before it fails a customer.
Expiry follows the sandbox clock, so tests age tokens by advancing it.
"""

from __future__ import annotations

import base64
import binascii
import secrets
import string
import threading
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlencode, urlsplit

from qbdesk.sandbox.clock import Clock

ACCESS_TTL = 3600
REFRESH_TTL = 8_726_400  # what Intuit reports: about 101 days, extended on every use
HARD_TTL = 1826 * 86_400  # five years from the first authorization (Intuit's 2025 policy)
CODE_TTL = 600
ACCOUNTING = "com.intuit.quickbooks.accounting"
KNOWN_SCOPES = frozenset({ACCOUNTING, "com.intuit.quickbooks.payment", "openid", "profile", "email", "phone",
                          "address"})
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]", "::1"})
_ALNUM = string.ascii_letters + string.digits


@dataclass
class App:
    client_id: str
    client_secret: str
    redirect_uris: list[str]
    name: str = "qbdesk practice app"


@dataclass
class Grant:
    grant_id: str
    client_id: str
    realm_id: str
    scopes: list[str]
    created: float
    refresh_token: str
    refresh_expires: float
    revoked: bool = False


@dataclass
class AccessToken:
    grant_id: str
    expires: float


@dataclass
class AuthCode:
    client_id: str
    redirect_uri: str
    realm_id: str
    scopes: list[str]
    expires: float
    used: bool = False


@dataclass
class TokenReply:
    status: int
    body: dict[str, Any]


@dataclass
class BearerCheck:
    """The outcome of checking an API call's ``Authorization`` header."""

    ok: bool
    status: int = 200
    detail: str | None = None
    grant: Grant | None = None


@dataclass
class OAuthState:
    apps: dict[str, App] = field(default_factory=dict)
    grants: dict[str, Grant] = field(default_factory=dict)
    access: dict[str, AccessToken] = field(default_factory=dict)
    refresh: dict[str, str] = field(default_factory=dict)  # current refresh token → grant
    retired: dict[str, str] = field(default_factory=dict)  # rotated-away refresh token → grant


def _random(length: int) -> str:
    return "".join(secrets.choice(_ALNUM) for _ in range(length))


def redirect_allowed(app: App, redirect_uri: str) -> bool:
    """Exact match, as Intuit requires; loopback URIs match on any port (RFC 8252 §7.3)."""
    if redirect_uri in app.redirect_uris:
        return True
    asked = urlsplit(redirect_uri)
    if asked.hostname not in LOOPBACK_HOSTS and f"[{asked.hostname}]" not in LOOPBACK_HOSTS:
        return False
    for registered in app.redirect_uris:
        known = urlsplit(registered)
        if (known.scheme, known.hostname, known.path or "/") == (asked.scheme, asked.hostname, asked.path or "/"):
            return True
    return False


def basic_credentials(header: str | None) -> tuple[str, str] | None:
    if not header or not header.lower().startswith("basic "):
        return None
    try:
        decoded = base64.b64decode(header[6:].strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    client_id, sep, secret = decoded.partition(":")
    return (client_id, secret) if sep else None


class OAuthServer:
    def __init__(self, clock: Clock, state: OAuthState | None = None) -> None:
        self.clock = clock
        self.state = state or OAuthState()
        self.codes: dict[str, AuthCode] = {}
        self.lock = threading.Lock()

    # --- apps ----------------------------------------------------------------------------------------

    def register_app(self, redirect_uris: list[str], *, client_id: str | None = None,
                     client_secret: str | None = None, name: str = "qbdesk practice app") -> App:
        app = App(client_id or "AB" + _random(48), client_secret or _random(40), list(redirect_uris), name)
        with self.lock:
            self.state.apps[app.client_id] = app
        return app

    def app(self, client_id: str | None) -> App | None:
        return self.state.apps.get(client_id or "")

    def authenticate_client(self, header: str | None) -> App | None:
        creds = basic_credentials(header)
        if creds is None:
            return None
        app = self.state.apps.get(creds[0])
        if app is None or not secrets.compare_digest(app.client_secret, creds[1]):
            return None
        return app

    # --- authorization codes ---------------------------------------------------------------------------

    def issue_code(self, app: App, redirect_uri: str, realm_id: str, scopes: list[str]) -> str:
        code = "AB11" + _random(46)
        with self.lock:
            self.codes[code] = AuthCode(app.client_id, redirect_uri, realm_id, scopes,
                                        self.clock.timestamp() + CODE_TTL)
        return code

    @staticmethod
    def callback_url(redirect_uri: str, params: dict[str, str]) -> str:
        joiner = "&" if urlsplit(redirect_uri).query else "?"
        return redirect_uri + joiner + urlencode(params)

    # --- token endpoint ----------------------------------------------------------------------------------

    def token(self, auth_header: str | None, form: dict[str, str], *, include_hard: bool) -> TokenReply:
        app = self.authenticate_client(auth_header)
        if app is None:
            return TokenReply(401, {"error": "invalid_client"})
        grant_type = form.get("grant_type")
        with self.lock:
            if grant_type == "authorization_code":
                grant = self._redeem(app, form.get("code"), form.get("redirect_uri"))
                if grant is None:
                    return TokenReply(400, {"error": "invalid_grant"})
            elif grant_type == "refresh_token":
                grant = self._rotate(app, form.get("refresh_token"))
                if grant is None:
                    return TokenReply(400, {"error": "invalid_grant",
                                            "error_description": "Incorrect or invalid refresh token"})
            else:
                return TokenReply(400, {"error": "unsupported_grant_type"})
            return TokenReply(200, self._token_body(grant, include_hard))

    def _redeem(self, app: App, code: str | None, redirect_uri: str | None) -> Grant | None:
        entry = self.codes.get(code or "")
        now = self.clock.timestamp()
        if entry is None or entry.used or entry.expires < now or entry.client_id != app.client_id \
                or entry.redirect_uri != redirect_uri:
            return None
        entry.used = True
        grant = Grant(_random(16), app.client_id, entry.realm_id, entry.scopes, now, "", 0.0)
        self.state.grants[grant.grant_id] = grant
        self._new_refresh(grant, now)
        return grant

    def _rotate(self, app: App, token: str | None) -> Grant | None:
        grant_id = self.state.refresh.get(token or "")
        grant = self.state.grants.get(grant_id or "")
        now = self.clock.timestamp()
        if grant is None or grant.revoked or grant.client_id != app.client_id or grant.refresh_expires < now:
            return None
        del self.state.refresh[grant.refresh_token]
        self.state.retired[grant.refresh_token] = grant.grant_id
        self._new_refresh(grant, now)
        return grant

    def _new_refresh(self, grant: Grant, now: float) -> None:
        expires = min(now + REFRESH_TTL, grant.created + HARD_TTL)
        token = f"AB11{int(expires)}{_random(36)}"
        grant.refresh_token = token
        grant.refresh_expires = expires
        self.state.refresh[token] = grant.grant_id

    def _token_body(self, grant: Grant, include_hard: bool) -> dict[str, Any]:
        now = self.clock.timestamp()
        if len(self.state.access) > 10_000:
            self._forget_expired(now)
        access = "eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0.." + secrets.token_urlsafe(96)
        self.state.access[access] = AccessToken(grant.grant_id, now + ACCESS_TTL)
        body: dict[str, Any] = {
            "token_type": "bearer", "expires_in": ACCESS_TTL, "refresh_token": grant.refresh_token,
            "x_refresh_token_expires_in": int(grant.refresh_expires - now), "access_token": access,
        }
        if include_hard:
            body["x_refresh_token_hard_expires_in"] = int(grant.created + HARD_TTL - now)
        return body

    def issue_tokens(self, client_id: str, realm_id: str, scopes: list[str] | None = None,
                     *, include_hard: bool = False) -> dict[str, Any]:
        """Tokens without the browser dance, for in-process tests and ``qbdesk --sandbox``."""
        with self.lock:
            now = self.clock.timestamp()
            grant = Grant(_random(16), client_id, realm_id, list(scopes or [ACCOUNTING]), now, "", 0.0)
            self.state.grants[grant.grant_id] = grant
            self._new_refresh(grant, now)
            return self._token_body(grant, include_hard)

    # --- revocation ----------------------------------------------------------------------------------------

    def revoke(self, auth_header: str | None, token: str | None) -> int:
        if self.authenticate_client(auth_header) is None:
            return 401
        with self.lock:
            grant_id = self.state.refresh.get(token or "") or self.state.retired.get(token or "")
            if grant_id is None and token in self.state.access:
                grant_id = self.state.access[token or ""].grant_id
            if grant_id is not None:
                self._revoke_grant(grant_id)
        return 200

    def revoke_grant(self, grant_id: str) -> None:
        with self.lock:
            self._revoke_grant(grant_id)

    def _revoke_grant(self, grant_id: str) -> None:
        grant = self.state.grants.get(grant_id)
        if grant is not None:
            grant.revoked = True
            self.state.refresh.pop(grant.refresh_token, None)

    # --- bearer checks ---------------------------------------------------------------------------------------

    def check_bearer(self, header: str | None) -> BearerCheck:
        if not header or not header.lower().startswith("bearer "):
            return BearerCheck(False, 401, "Authorization header missing")
        token = header[7:].strip()
        if len(token) < 20 or len(token) > 4096:
            return BearerCheck(False, 401, "Malformed bearer token: too short or too long")
        entry = self.state.access.get(token)
        grant = self.state.grants.get(entry.grant_id) if entry else None
        if entry is None or grant is None:
            return BearerCheck(False, 401, f"Token invalid: {token[:50]}")
        if grant.revoked:
            return BearerCheck(False, 401, f"Token revoked: {token[:50]}")
        if entry.expires <= self.clock.timestamp():
            return BearerCheck(False, 401, f"Token expired: {token[:50]}")
        return BearerCheck(True, grant=grant)

    def _forget_expired(self, now: float) -> None:
        """Drop access tokens a day past expiry, so a long-running sandbox does not grow without bound."""
        for token in [t for t, a in self.state.access.items() if a.expires < now - 86_400]:
            del self.state.access[token]

    # --- persistence ------------------------------------------------------------------------------------------

    def dump(self) -> dict[str, Any]:
        with self.lock:
            return {
                "apps": [asdict(a) for a in self.state.apps.values()],
                "grants": [asdict(g) for g in self.state.grants.values()],
                "access": {t: asdict(a) for t, a in self.state.access.items()},
                "retired": dict(self.state.retired),
            }

    @classmethod
    def load(cls, clock: Clock, data: dict[str, Any]) -> OAuthServer:
        state = OAuthState()
        for raw in data.get("apps", []):
            app = App(**raw)
            state.apps[app.client_id] = app
        for raw in data.get("grants", []):
            grant = Grant(**{**raw, "created": float(raw["created"]), "refresh_expires": float(raw["refresh_expires"])})
            state.grants[grant.grant_id] = grant
            if not grant.revoked:
                state.refresh[grant.refresh_token] = grant.grant_id
        for token, raw in data.get("access", {}).items():
            state.access[token] = AccessToken(str(raw["grant_id"]), float(raw["expires"]))
        state.retired.update(data.get("retired", {}))
        return cls(clock, state)
