"""A company's connection to QuickBooks: what is stored where, and the objects built from it.

The non-secret part (environment, endpoints, client ID, realm) is kept in the
company file so every desktop of an office sees it; the client secret and the
tokens only ever go to the OS keychain. Production, Intuit's sandbox and the
qbdesk sandbox differ only by the discovery document and the API base URL.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from intuitlib.client import AuthClient
from sqlalchemy.orm import Session

from qbdesk.qbo.client import QboClient
from qbdesk.qbo.errors import ReconnectNeeded
from qbdesk.qbo.governor import Governor, Limits, governor_for
from qbdesk.qbo.oauth import API_BASES, make_auth_client, refresher_for
from qbdesk.qbo.tokens import TokenManager, TokenSet, TokenStore
from qbdesk.store.syncdata import Setting

KEY = "qbo.connection"
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


def load_config(session: Session) -> ConnectionConfig | None:
    row = session.get(Setting, KEY)
    if row is None or not row.value:
        return None
    return ConnectionConfig(**row.value)


def save_config(session: Session, config: ConnectionConfig | None) -> None:
    session.merge(Setting(key=KEY, value=config.to_json() if config else None))


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
    """The live objects of one connection: the OAuth client, the token manager, the API client."""

    def __init__(self, config: ConnectionConfig, *, secret: str, store: TokenStore, lock_dir: Path,
                 limits: Limits | None = None) -> None:
        if not config.realm_id:
            raise ReconnectNeeded("This company is not connected to QuickBooks yet")
        self.config = config
        self.store = store
        self._secret = secret
        self._auth: AuthClient | None = None
        self.tokens = TokenManager(config.realm_id, store, self._refresh, lock_dir=lock_dir)
        self.governor: Governor = governor_for(config.realm_id, time_scale=config.time_scale, limits=limits)
        self.client = QboClient(config.realm_id, config.api_base, self.tokens, self.governor)

    @property
    def auth(self) -> AuthClient:
        """Built on first use: constructing it reads the discovery document over HTTP."""
        if self._auth is None:
            self._auth = make_auth_client(self.config.client_id, self._secret, self.config.redirect_uri,
                                          self.config.discovery)
        return self._auth

    def _refresh(self, refresh_token: str) -> dict[str, Any]:
        return refresher_for(self.auth)(refresh_token)

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
            reconnect_needed=tokens is None)

    def close(self) -> None:
        self.client.session.close()
        if self._auth is not None:
            self._auth.close()
