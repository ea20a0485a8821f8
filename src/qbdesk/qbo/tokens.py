"""Tokens in the OS keychain, refreshed one at a time per company across threads and processes.

QuickBooks rotates the refresh token: the previous one stops working soon after a
new one is issued. The two ways apps lose their connection are (1) not saving the
rotated token before using it and (2) two refreshes racing with the same old token.
So: the whole token set is written to the keychain *before* the new access token is
handed to anyone, and refreshes are serialised by a per-realm thread lock plus a
lock file (another qbdesk process on the same desktop), re-reading the keychain
inside the lock so a refresh someone else just did is reused, not repeated.

Keychain calls are serialised within the process too: keyring backends make no
promise about concurrent use, and a file backend that rewrites its file in place
answers "no such entry" to a read that lands mid-write — which a thread needing a
token took for "not connected" (the flaky two-thread refresh test's cause).

Tokens are bound to the endpoints they were issued for (:mod:`qbdesk.qbo.endpoints`)
and handed out only to a connection with exactly those; a refused refresh token is
recorded with the tokens (``refused``), so "reconnect needed" survives restarts
and is known to every process, not held by a widget.

Secrets live only in the keychain (``keyring``, which honours
``PYTHON_KEYRING_BACKEND`` and keyringrc); nothing here logs a token, and every
token read or written is registered with :mod:`qbdesk.redaction`.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import IO, Any

import keyring
import keyring.errors

from qbdesk.qbo.endpoints import EndpointMismatch, EndpointRefused, Endpoints, check_url
from qbdesk.qbo.errors import ReconnectNeeded
from qbdesk.redaction import remember

log = logging.getLogger("qbdesk.qbo.tokens")

_keychain_lock = threading.RLock()
SERVICE = "qbdesk"
ACCESS_MARGIN = 120.0        # refresh this long before the access token expires
HARD_EXPIRY_WARNING = 30 * 86400.0


@dataclass(frozen=True)
class TokenSet:
    """What the token endpoint returned, with expiries as absolute epoch seconds.

    ``endpoints`` are where these tokens were issued and may be used (see
    :mod:`qbdesk.qbo.endpoints`); ``refused`` records that QuickBooks refused the
    refresh token (``invalid_grant``), so every process on this desktop knows a new
    sign-in is needed without asking QuickBooks again; ``users`` are the company
    files on this desktop that use this connection (QuickBooks has one per app and
    company, and rotates its refresh token, so they share it).
    """

    realm_id: str
    access_token: str
    refresh_token: str
    access_expires_at: float
    refresh_expires_at: float | None = None
    hard_expires_at: float | None = None
    obtained_at: float = 0.0
    endpoints: Endpoints | None = None
    refused: bool = False
    users: tuple[str, ...] = ()

    @classmethod
    def from_response(cls, realm_id: str, doc: dict[str, Any], now: float,
                      endpoints: Endpoints | None = None) -> TokenSet:
        hard = doc.get("x_refresh_token_hard_expires_in")
        refresh = doc.get("x_refresh_token_expires_in")
        tokens = cls(
            realm_id=realm_id,
            access_token=str(doc["access_token"]),
            refresh_token=str(doc["refresh_token"]),
            access_expires_at=now + float(doc.get("expires_in") or 3600),
            refresh_expires_at=now + float(refresh) if refresh is not None else None,
            hard_expires_at=now + float(hard) if hard is not None else None,
            obtained_at=now,
            endpoints=endpoints.normalized() if endpoints else None,
        )
        remember(tokens.access_token, tokens.refresh_token)
        return tokens

    def rotated(self, fresh: TokenSet) -> TokenSet:
        """``fresh`` (a refresh's answer) keeping what this connection knows besides the tokens."""
        return replace(fresh, endpoints=self.endpoints, users=self.users, refused=False)

    def access_valid(self, now: float, margin: float = ACCESS_MARGIN) -> bool:
        return now < self.access_expires_at - margin

    def hard_expiry_near(self, now: float) -> bool:
        """True within 30 days of the refresh token's five-year hard limit: time to reconnect."""
        return self.hard_expires_at is not None and self.hard_expires_at - now <= HARD_EXPIRY_WARNING

    def to_json(self) -> dict[str, Any]:
        doc = {f.name: getattr(self, f.name) for f in fields(self)}
        doc["endpoints"] = self.endpoints.to_json() if self.endpoints else None
        doc["users"] = list(self.users)
        return doc

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> TokenSet:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in doc.items() if k in known}
        raw = values.get("endpoints")
        values["endpoints"] = Endpoints.from_json(raw) if isinstance(raw, dict) else None
        values["users"] = tuple(str(u) for u in values.get("users") or ())
        tokens = cls(**values)
        remember(tokens.access_token, tokens.refresh_token)
        return tokens

    def __repr__(self) -> str:  # never print a token, even by accident
        return (f"TokenSet(realm_id={self.realm_id!r}, access_expires_at={self.access_expires_at}, "
                f"refresh_expires_at={self.refresh_expires_at}, hard_expires_at={self.hard_expires_at}, "
                f"refused={self.refused})")


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
        with _keychain_lock:
            raw = keyring.get_password(self.service, self._token_key(realm_id))
        if not raw:
            return None
        try:
            return TokenSet.from_json(json.loads(raw))
        except (ValueError, TypeError, KeyError):
            log.warning("unreadable token entry for realm %s; a new sign-in is needed", realm_id)
            return None

    def save(self, tokens: TokenSet) -> None:
        remember(tokens.access_token, tokens.refresh_token)
        with _keychain_lock:
            keyring.set_password(self.service, self._token_key(tokens.realm_id), json.dumps(tokens.to_json()))

    def delete(self, realm_id: str) -> None:
        with _keychain_lock, suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(self.service, self._token_key(realm_id))

    def client_secret(self, client_id: str) -> str | None:
        with _keychain_lock:
            secret = keyring.get_password(self.service, self._secret_key(client_id))
        remember(secret)
        return secret

    def save_client_secret(self, client_id: str, secret: str) -> None:
        remember(secret)
        with _keychain_lock:
            keyring.set_password(self.service, self._secret_key(client_id), secret)

    def delete_client_secret(self, client_id: str) -> None:
        with _keychain_lock, suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(self.service, self._secret_key(client_id))

    def update(self, realm_id: str, change: Callable[[TokenSet], TokenSet]) -> TokenSet | None:
        """Read, change and write the entry as one step for this process (the caller holds the refresh lock
        when other processes may write it too)."""
        with _entry_lock(realm_id):
            tokens = self.load(realm_id)
            if tokens is None:
                return None
            changed = change(tokens)
            if changed != tokens:
                self.save(changed)
            return changed


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


_thread_locks: dict[str, threading.RLock] = {}
_thread_locks_guard = threading.Lock()


def _thread_lock(realm_id: str) -> threading.RLock:
    with _thread_locks_guard:
        return _thread_locks.setdefault(realm_id, threading.RLock())


_entry_lock = _thread_lock


Refresher = Callable[[str], dict[str, Any]]
"""Exchanges a refresh token for a token response; raises ReconnectNeeded on invalid_grant."""


class TokenManager:
    """Hands out a valid access token for one company, refreshing it single-flight when needed.

    Given ``endpoints``, a token is handed out only if the saved sign-in was issued
    for exactly those endpoints (:class:`~qbdesk.qbo.endpoints.EndpointMismatch`
    otherwise, before anything is sent). A sign-in saved before tokens carried their
    endpoints is bound on first use, and only to Intuit's hosts or this computer.
    """

    def __init__(self, realm_id: str, store: TokenStore, refresher: Refresher, *, lock_dir: Path,
                 clock: Callable[[], float] = time.time, endpoints: Endpoints | None = None) -> None:
        self.realm_id = realm_id
        self.store = store
        self.refresher = refresher
        self.lock_path = lock_dir / f"refresh-{realm_id}.lock"
        self.clock = clock
        self.endpoints = endpoints.normalized() if endpoints else None
        self.refreshes = 0  # refreshes this manager performed itself (tests and the health panel read it)
        # The access token last read from the keychain, and when (monotonic): requests sent within
        # ``RECENT`` seconds of each other reuse it instead of each reading the keychain — a sync sends
        # hundreds a second from several threads (issue 19). A refresh always reads the keychain again.
        self._recent: tuple[float, TokenSet] | None = None

    RECENT = 0.5

    def current(self) -> TokenSet:
        tokens = self.store.load(self.realm_id)
        if tokens is None:
            raise ReconnectNeeded(f"No saved connection for company {self.realm_id}")
        tokens = self._bound(tokens)
        if tokens.refused:
            raise ReconnectNeeded("QuickBooks refused the saved sign-in (it was revoked or has expired); "
                                  "please reconnect")
        return tokens

    def check_binding(self) -> None:
        """Raise :class:`EndpointMismatch` when the saved sign-in belongs to other endpoints (no network)."""
        tokens = self.store.load(self.realm_id)
        if tokens is not None:
            self._bound(tokens)

    def _bound(self, tokens: TokenSet) -> TokenSet:
        if self.endpoints is None:
            return tokens
        if tokens.endpoints is None:  # saved by a qbdesk that did not bind tokens yet
            try:
                self.endpoints.check(allow_custom=False)
            except EndpointRefused as exc:
                raise ReconnectNeeded(f"The saved sign-in predates endpoint checks and this company syncs with "
                                      f"{exc.host}: sign in again to confirm where it syncs") from exc
            with _entry_lock(self.realm_id):
                bound = self.store.update(self.realm_id, lambda t: replace(t, endpoints=self.endpoints))
            log.info("bound the saved sign-in of company %s to its endpoints", self.realm_id)
            return bound or tokens
        if not tokens.endpoints.same_as(self.endpoints):
            raise EndpointMismatch(self.realm_id, tokens.endpoints, self.endpoints)
        return tokens

    def access_token(self) -> str:
        recent = self._recent
        if recent is not None and time.monotonic() - recent[0] < self.RECENT \
                and recent[1].access_valid(self.clock()):
            return recent[1].access_token
        tokens = self.current()
        if tokens.access_valid(self.clock()):
            self._recent = (time.monotonic(), tokens)
            return tokens.access_token
        return self.refresh(stale_access_token=tokens.access_token).access_token

    def refresh(self, stale_access_token: str | None = None) -> TokenSet:
        """Refresh unless someone else already replaced ``stale_access_token`` (then reuse theirs)."""
        self._recent = None
        with _thread_lock(self.realm_id), _file_lock(self.lock_path):
            tokens = self.current()  # re-read inside the lock: another thread/process may have refreshed
            if (stale_access_token is not None and tokens.access_token != stale_access_token
                    and tokens.access_valid(self.clock())):
                return tokens
            try:
                doc = self.refresher(tokens.refresh_token)
            except ReconnectNeeded:
                spent = tokens.refresh_token  # only that sign-in is refused: a new one may have been saved meanwhile
                self.store.update(self.realm_id,
                                  lambda t: replace(t, refused=True) if t.refresh_token == spent else t)
                log.warning("QuickBooks refused the refresh token of company %s: reconnect needed", self.realm_id)
                raise
            fresh = tokens.rotated(TokenSet.from_response(self.realm_id, doc, self.clock()))
            self.store.save(fresh)  # before anyone uses it: the old refresh token is now spent
            self.refreshes += 1
            log.info("refreshed the access token for company %s", self.realm_id)
            return fresh

    def add_user(self, user: str) -> None:
        """Record that the company file ``user`` uses this connection on this desktop."""
        with _thread_lock(self.realm_id), _file_lock(self.lock_path):
            self.store.update(self.realm_id, lambda t: t if user in t.users else replace(t, users=(*t.users, user)))

    def remove_user(self, user: str) -> TokenSet | None:
        """Forget that ``user`` uses this connection; the tokens as they are now."""
        with _thread_lock(self.realm_id), _file_lock(self.lock_path):
            return self.store.update(self.realm_id,
                                     lambda t: replace(t, users=tuple(u for u in t.users if u != user)))


def bind_new_sign_in(tokens: TokenSet, endpoints: Endpoints, previous: TokenSet | None,
                     user: str | None) -> TokenSet:
    """A fresh sign-in's tokens, bound to ``endpoints``, keeping the company files that shared the previous one
    (a new sign-in for the same app and company replaces the connection they all use)."""
    users = tuple(previous.users) if previous is not None and previous.endpoints is not None \
        and previous.endpoints.same_as(endpoints) else ()
    if user and user not in users:
        users = (*users, user)
    for url in endpoints.urls():
        check_url(url, allow_custom=True)  # plain HTTP to another computer is never bound
    return replace(tokens, endpoints=endpoints.normalized(), refused=False, users=users)
