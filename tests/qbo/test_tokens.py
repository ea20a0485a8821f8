"""Tokens live in a real keyring backend; refreshes are single-flight and saved before use."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from qbdesk.qbo.errors import ReconnectNeeded
from qbdesk.qbo.tokens import TokenManager, TokenSet, TokenStore


class FakeTokenEndpoint:
    """Rotates the refresh token like Intuit: each refresh token works once."""

    def __init__(self) -> None:
        self.valid = {"r0"}
        self.calls = 0
        self.lock = threading.Lock()

    def refresh(self, token: str) -> dict[str, Any]:
        with self.lock:
            self.calls += 1
            if token not in self.valid:
                raise ReconnectNeeded("invalid_grant")
            self.valid.discard(token)
            new = f"r{self.calls}"
            self.valid.add(new)
        time.sleep(0.02)  # a slow network makes races likely
        return {"access_token": f"a{self.calls}", "refresh_token": new, "expires_in": 3600,
                "x_refresh_token_expires_in": 8726400}


def _seed(store: TokenStore, now: float, access_left: float = -1) -> None:
    store.save(TokenSet("123", "a0", "r0", access_expires_at=now + access_left))


def test_round_trip_in_the_keychain(keychain: Path) -> None:
    store = TokenStore()
    tokens = TokenSet("42", "SECRET-A", "SECRET-R", 100.0, 200.0, 300.0, 1.0)
    store.save(tokens)
    assert store.load("42") == tokens
    store.delete("42")
    assert store.load("42") is None
    assert "SECRET" not in repr(tokens) and "SECRET" not in str(tokens)


def test_two_threads_needing_a_refresh_cause_one_refresh(keychain: Path, tmp_path: Path) -> None:
    store, endpoint = TokenStore(), FakeTokenEndpoint()
    _seed(store, time.time())
    managers = [TokenManager("123", store, endpoint.refresh, lock_dir=tmp_path) for _ in range(2)]
    got: list[str] = []
    threads = [threading.Thread(target=lambda m=m: got.append(m.access_token())) for m in managers * 3]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert endpoint.calls == 1
    assert set(got) == {"a1"}
    saved = store.load("123")
    assert saved is not None and saved.refresh_token == "r1"


def test_the_rotated_refresh_token_is_saved_before_the_access_token_is_used(keychain: Path, tmp_path: Path) -> None:
    store, endpoint = TokenStore(), FakeTokenEndpoint()
    _seed(store, time.time())
    manager = TokenManager("123", store, endpoint.refresh, lock_dir=tmp_path)
    assert manager.access_token() == "a1"
    # A second process starting now reads the rotated token from the keychain and can refresh with it.
    other = TokenManager("123", TokenStore(), endpoint.refresh, lock_dir=tmp_path)
    assert other.refresh().refresh_token == "r2"


def test_invalid_grant_means_reconnect(keychain: Path, tmp_path: Path) -> None:
    store, endpoint = TokenStore(), FakeTokenEndpoint()
    store.save(TokenSet("123", "a0", "spent", access_expires_at=0))
    with pytest.raises(ReconnectNeeded):
        TokenManager("123", store, endpoint.refresh, lock_dir=tmp_path).access_token()


def test_hard_expiry_warning_thirty_days_ahead() -> None:
    now = 1_000_000.0
    assert TokenSet("1", "a", "r", now, hard_expires_at=now + 29 * 86400).hard_expiry_near(now)
    assert not TokenSet("1", "a", "r", now, hard_expires_at=now + 31 * 86400).hard_expiry_near(now)
    assert not TokenSet("1", "a", "r", now).hard_expiry_near(now)


def test_a_read_never_lands_in_the_middle_of_a_write(keychain: Path) -> None:
    """The cause of the flaky two-thread refresh test: keyrings.alt's file backend rewrites its file in place, and
    a read landing mid-write found no entry — which a thread needing a token took for "not connected". Keychain
    calls are now serialised in the process, so a reader sees the old tokens or the new ones, never nothing."""
    store = TokenStore()
    store.save(TokenSet("77", "a0", "r0", access_expires_at=1.0))
    missing: list[int] = []
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            if store.load("77") is None:
                missing.append(1)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for n in range(300):
            store.save(TokenSet("77", f"a{n}", f"r{n}", access_expires_at=1.0))
    finally:
        done.set()
        reader.join()
    assert missing == []
    saved = store.load("77")
    assert saved is not None and saved.refresh_token == "r299"


def test_a_refused_refresh_token_is_remembered_for_every_process(keychain: Path, tmp_path: Path) -> None:
    store, endpoint = TokenStore(), FakeTokenEndpoint()
    store.save(TokenSet("123", "a0", "spent", access_expires_at=0))
    with pytest.raises(ReconnectNeeded):
        TokenManager("123", store, endpoint.refresh, lock_dir=tmp_path).access_token()
    assert endpoint.calls == 1
    saved = store.load("123")
    assert saved is not None and saved.refused  # in the keychain: survives a restart, seen by the CLI too

    calls: list[str] = []

    def never(token: str) -> dict[str, Any]:
        calls.append(token)
        raise AssertionError("a refused sign-in must not be sent to QuickBooks again")

    other_process = TokenManager("123", TokenStore(), never, lock_dir=tmp_path)
    with pytest.raises(ReconnectNeeded, match="reconnect"):
        other_process.access_token()
    assert calls == []


def test_tokens_go_only_to_the_endpoints_they_were_issued_for(keychain: Path, tmp_path: Path) -> None:
    from qbdesk.qbo.endpoints import EndpointMismatch, Endpoints

    issued = Endpoints("production", "https://quickbooks.api.intuit.com/v3")
    store, endpoint = TokenStore(), FakeTokenEndpoint()
    store.save(TokenSet("9", "a0", "r0", access_expires_at=0, endpoints=issued))
    elsewhere = Endpoints("production", "https://quickbooks.api.intuit.com.evil.example/v3")
    with pytest.raises(EndpointMismatch) as refused:
        TokenManager("9", store, endpoint.refresh, lock_dir=tmp_path, endpoints=elsewhere).access_token()
    assert endpoint.calls == 0  # nothing was refreshed: the refresh token and the secret stayed home
    assert "evil.example" in str(refused.value) and "Nothing was sent" in str(refused.value)
    same = TokenManager("9", store, endpoint.refresh, lock_dir=tmp_path,
                        endpoints=Endpoints("https://developer.intuit.com/.well-known/openid_configuration",
                                            "https://quickbooks.api.intuit.com/v3/"))
    assert same.access_token() == "a1"  # the same addresses, written differently
    rotated = store.load("9")
    assert rotated is not None and rotated.endpoints == issued.normalized()  # the binding survives rotation
