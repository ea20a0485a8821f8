"""Tokens in the OS keychain, refreshed one at a time per company across threads and processes.

QuickBooks rotates the refresh token: the previous one stops working soon after a
new one is issued. The two ways apps lose their connection are (1) not saving the
rotated token before using it and (2) two refreshes racing with the same old token.
So: the whole token set is written to the keychain *before* the new access token is
handed to anyone, and refreshes are serialised by a per-realm thread lock plus a
lock file (another qbdesk process on the same desktop), re-reading the keychain
inside the lock so a refresh someone else just did is reused, not repeated.

Secrets live only in the keychain (``keyring``, which honours
``PYTHON_KEYRING_BACKEND`` and keyringrc); nothing here logs a token.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

import keyring
import keyring.errors

from qbdesk.qbo.errors import ReconnectNeeded

log = logging.getLogger("qbdesk.qbo.tokens")

SERVICE = "qbdesk"
ACCESS_MARGIN = 120.0        # refresh this long before the access token expires
HARD_EXPIRY_WARNING = 30 * 86400.0


@dataclass(frozen=True)
class TokenSet:
    """What the token endpoint returned, with expiries as absolute epoch seconds."""

    realm_id: str
    access_token: str
    refresh_token: str
    access_expires_at: float
    refresh_expires_at: float | None = None
    hard_expires_at: float | None = None
    obtained_at: float = 0.0

    @classmethod
    def from_response(cls, realm_id: str, doc: dict[str, Any], now: float) -> TokenSet:
        hard = doc.get("x_refresh_token_hard_expires_in")
        refresh = doc.get("x_refresh_token_expires_in")
        return cls(
            realm_id=realm_id,
            access_token=str(doc["access_token"]),
            refresh_token=str(doc["refresh_token"]),
            access_expires_at=now + float(doc.get("expires_in") or 3600),
            refresh_expires_at=now + float(refresh) if refresh is not None else None,
            hard_expires_at=now + float(hard) if hard is not None else None,
            obtained_at=now,
        )

    def access_valid(self, now: float, margin: float = ACCESS_MARGIN) -> bool:
        return now < self.access_expires_at - margin

    def hard_expiry_near(self, now: float) -> bool:
        """True within 30 days of the refresh token's five-year hard limit: time to reconnect."""
        return self.hard_expires_at is not None and self.hard_expires_at - now <= HARD_EXPIRY_WARNING

    def __repr__(self) -> str:  # never print a token, even by accident
        return (f"TokenSet(realm_id={self.realm_id!r}, access_expires_at={self.access_expires_at}, "
                f"refresh_expires_at={self.refresh_expires_at}, hard_expires_at={self.hard_expires_at})")


class TokenStore:
    """One keychain entry per company (realm); the client secret in its own entry per client ID."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    @staticmethod
    def _token_key(realm_id: str) -> str:
        return f"tokens:{realm_id}"

    @staticmethod
    def _secret_key(client_id: str) -> str:
        return f"client-secret:{client_id}"

    def load(self, realm_id: str) -> TokenSet | None:
        raw = keyring.get_password(self.service, self._token_key(realm_id))
        if not raw:
            return None
        try:
            return TokenSet(**json.loads(raw))
        except (ValueError, TypeError):
            log.warning("unreadable token entry for realm %s; a new sign-in is needed", realm_id)
            return None

    def save(self, tokens: TokenSet) -> None:
        keyring.set_password(self.service, self._token_key(tokens.realm_id), json.dumps(asdict(tokens)))

    def delete(self, realm_id: str) -> None:
        with suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(self.service, self._token_key(realm_id))

    def client_secret(self, client_id: str) -> str | None:
        return keyring.get_password(self.service, self._secret_key(client_id))

    def save_client_secret(self, client_id: str, secret: str) -> None:
        keyring.set_password(self.service, self._secret_key(client_id), secret)

    def delete_client_secret(self, client_id: str) -> None:
        with suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(self.service, self._secret_key(client_id))


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """An exclusive lock between processes (fcntl on POSIX, msvcrt on Windows), blocking."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle: IO[bytes] = path.open("a+b")
    try:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            while True:
                try:
                    msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
                    break
                except OSError:
                    time.sleep(0.05)
            try:
                yield
            finally:
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    finally:
        handle.close()


_thread_locks: dict[str, threading.Lock] = {}
_thread_locks_guard = threading.Lock()


def _thread_lock(realm_id: str) -> threading.Lock:
    with _thread_locks_guard:
        return _thread_locks.setdefault(realm_id, threading.Lock())


Refresher = Callable[[str], dict[str, Any]]
"""Exchanges a refresh token for a token response; raises ReconnectNeeded on invalid_grant."""


class TokenManager:
    """Hands out a valid access token for one company, refreshing it single-flight when needed."""

    def __init__(self, realm_id: str, store: TokenStore, refresher: Refresher, *, lock_dir: Path,
                 clock: Callable[[], float] = time.time) -> None:
        self.realm_id = realm_id
        self.store = store
        self.refresher = refresher
        self.lock_path = lock_dir / f"refresh-{realm_id}.lock"
        self.clock = clock
        self.refreshes = 0  # refreshes this manager performed itself (tests and the health panel read it)

    def current(self) -> TokenSet:
        tokens = self.store.load(self.realm_id)
        if tokens is None:
            raise ReconnectNeeded(f"No saved connection for company {self.realm_id}")
        return tokens

    def access_token(self) -> str:
        tokens = self.current()
        if tokens.access_valid(self.clock()):
            return tokens.access_token
        return self.refresh(stale_access_token=tokens.access_token).access_token

    def refresh(self, stale_access_token: str | None = None) -> TokenSet:
        """Refresh unless someone else already replaced ``stale_access_token`` (then reuse theirs)."""
        with _thread_lock(self.realm_id), _file_lock(self.lock_path):
            tokens = self.current()  # re-read inside the lock: another thread/process may have refreshed
            if (stale_access_token is not None and tokens.access_token != stale_access_token
                    and tokens.access_valid(self.clock())):
                return tokens
            doc = self.refresher(tokens.refresh_token)
            fresh = TokenSet.from_response(self.realm_id, doc, self.clock())
            self.store.save(fresh)  # before anyone uses it: the old refresh token is now spent
            self.refreshes += 1
            log.info("refreshed the access token for company %s", self.realm_id)
            return fresh
