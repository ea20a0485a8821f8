"""A company's connection to QuickBooks: what is stored where, and the objects built from it.

The non-secret part (environment, endpoints, client ID, realm, the relay's
address) is kept in the company file so every desktop of an office sees it; the
client secret (own keys only) and the tokens only ever go to the OS keychain.
Production, Intuit's sandbox and the qbdesk sandbox differ only by the discovery
document and the API base URL; a connection made through the sign-in relay also
refreshes and revokes through it, and has no client secret at all.

Because a company file can come from anyone, its endpoints are never trusted on
their own: opening a connection refuses plain HTTP to another computer, and the
token manager refuses endpoints other than those the saved sign-in was issued for
(:mod:`qbdesk.qbo.endpoints`), before anything is sent.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from intuitlib.client import AuthClient

from qbdesk.qbo.client import QboClient
from qbdesk.qbo.endpoints import Endpoints
from qbdesk.qbo.errors import ReconnectNeeded
from qbdesk.qbo.governor import Governor, Limits, governor_for
from qbdesk.qbo.oauth import API_BASES, make_auth_client, refresher_for, revoke
from qbdesk.qbo.relay_client import relay_refresher, relay_revoke
from qbdesk.qbo.tokens import TokenManager, TokenSet, TokenStore

DEFAULT_REDIRECT = "http://localhost:8765/callback"


@dataclass(frozen=True)
class ConnectionConfig:
    environment: str                 # "production" | "sandbox" | "qbdesk-sandbox"
    client_id: str
    api_base: str
    discovery: str                   # "production", "sandbox" or a discovery document URL
    redirect_uri: str = DEFAULT_REDIRECT
    realm_id: str | None = None
    company_name: str | None = None
    time_scale: float = 1.0          # the qbdesk sandbox's speed-up factor (1 everywhere else)
    relay_url: str | None = None     # signed in through qbdesk's sign-in relay (no client secret here)

    @classmethod
    def for_environment(cls, environment: str, client_id: str, *, discovery_url: str | None = None,
                        api_base: str | None = None, redirect_uri: str = DEFAULT_REDIRECT) -> ConnectionConfig:
        if environment in API_BASES:
            return cls(environment, client_id, api_base or API_BASES[environment], discovery_url or environment,
                       redirect_uri)
        if not (discovery_url and api_base):
            raise ValueError("a custom environment needs both a discovery URL and an API base URL")
        return cls(environment, client_id, api_base, discovery_url, redirect_uri)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def endpoints(self) -> Endpoints:
        """Where this connection sends its sign-in: what its tokens must have been issued for."""
        return Endpoints(self.discovery, self.api_base, self.relay_url)

    @property
    def uses_relay(self) -> bool:
        return bool(self.relay_url)


def config_from_json(doc: dict[str, Any] | None) -> ConnectionConfig | None:
    """A stored config (fields a newer qbdesk added are left out, so an older one still reads it)."""
    if not doc:
        return None
    known = {f.name for f in fields(ConnectionConfig)}
    return ConnectionConfig(**{k: v for k, v in doc.items() if k in known})


@dataclass(frozen=True)
class Health:
    """What the connection panel shows. Expiries are epoch seconds; nothing here is secret."""

    connected: bool
    realm_id: str | None
    environment: str
    company_name: str | None
    access_expires_at: float | None
    refresh_expires_at: float | None
    hard_expires_at: float | None
    hard_expiry_near: bool
    last_success: float | None
    requests_this_minute: int
    reconnect_needed: bool = False


class Connection:
    """The live objects of one connection: the OAuth client, the token manager, the API client.

    Opening one checks its endpoints first: plain HTTP to another computer raises
    :class:`~qbdesk.qbo.endpoints.EndpointRefused`, and a saved sign-in issued for
    other endpoints raises :class:`~qbdesk.qbo.endpoints.EndpointMismatch` — both
    before any request. ``secret`` is None for a relay connection.
    """

    def __init__(self, config: ConnectionConfig, *, secret: str | None, store: TokenStore, lock_dir: Path,
                 limits: Limits | None = None) -> None:
        if not config.realm_id:
            raise ReconnectNeeded("This company is not connected to QuickBooks yet")
        config.endpoints.check(allow_custom=True)  # any host the sign-in was bound to, but never plain HTTP
        if not config.uses_relay and not secret:
            raise ReconnectNeeded("The client secret of this connection is not in the keychain: connect again")
        self.config = config
        self.store = store
        self._secret = secret
        self._auth: AuthClient | None = None
        self.tokens = TokenManager(config.realm_id, store, self._refresh, lock_dir=lock_dir,
                                   endpoints=config.endpoints)
        self.tokens.check_binding()
        self.governor: Governor = governor_for(config.realm_id, time_scale=config.time_scale, limits=limits)
        self.client = QboClient(config.realm_id, config.api_base, self.tokens, self.governor)

    @property
    def auth(self) -> AuthClient:
        """Built on first use: constructing it reads the discovery document over HTTP (own keys only)."""
        if self._auth is None:
            if self.config.uses_relay or not self._secret:
                raise ReconnectNeeded("This connection refreshes through the sign-in relay")
            self._auth = make_auth_client(self.config.client_id, self._secret, self.config.redirect_uri,
                                          self.config.discovery, allow_custom=True)
        return self._auth

    def _refresh(self, refresh_token: str) -> dict[str, Any]:
        if self.config.relay_url:
            return relay_refresher(self.config.relay_url)(refresh_token)
        return refresher_for(self.auth)(refresh_token)

    def revoke(self) -> bool:
        """Ask QuickBooks to end this sign-in; True only when QuickBooks confirmed it."""
        tokens = self.store.load(self.config.realm_id or "")
        if tokens is None:
            return False
        if self.config.relay_url:
            return relay_revoke(self.config.relay_url, tokens.refresh_token)
        return revoke(self.auth, tokens.refresh_token)

    def reconnect_needed(self) -> bool:
        """No saved sign-in, or QuickBooks refused it (recorded in the keychain by whoever saw it)."""
        tokens = self.store.load(self.config.realm_id or "")
        return tokens is None or tokens.refused

    def health(self) -> Health:
        tokens: TokenSet | None = self.store.load(self.config.realm_id or "")
        return Health(
            connected=tokens is not None, realm_id=self.config.realm_id, environment=self.config.environment,
            company_name=self.config.company_name,
            access_expires_at=tokens.access_expires_at if tokens else None,
            refresh_expires_at=tokens.refresh_expires_at if tokens else None,
            hard_expires_at=tokens.hard_expires_at if tokens else None,
            hard_expiry_near=bool(tokens and tokens.hard_expiry_near(time.time())),
            last_success=self.client.stats.last_success,
            requests_this_minute=self.governor.used_this_minute(),
            reconnect_needed=tokens is None or tokens.refused)

    def close(self) -> None:
        self.client.session.close()
        if self._auth is not None:
            self._auth.close()
