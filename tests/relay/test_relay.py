"""The sign-in relay, end to end: the desktop app → the relay (on 127.0.0.1) → the practice QuickBooks as Intuit.

The relay runs as its own process (``qbdesk relay serve``), like in production, and
``qbdesk`` runs as a user would (a browser that consents by itself stands in for the
user's click). No part is mocked: real HTTP between all three, a real keychain
backend, a real company file.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from qbdesk.qbo.oauth import CallbackResult, OAuthError
from qbdesk.qbo.relay_client import begin_relay_sign_in, finish_relay_sign_in, relay_refresher
from qbdesk.qbo.sealing import SealError, Verifier, seal
from qbdesk.relay.config import RelayConfig
from qbdesk.relay.server import RelayServer
from qbdesk.sandbox.server import SandboxServer
from qbdesk.store import open_company
from qbdesk.store.demo import generate
from tests.cli.clienv import keychain_file, qbdesk, saved_tokens, user_env


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(throttle=False) as server:
        yield server


class RelayProcess:
    """``qbdesk relay serve`` in its own process; ``log`` is everything it wrote to standard error."""

    def __init__(self, sandbox: SandboxServer, app: Any, env: dict[str, str], *extra: str) -> None:
        relay_env = {**env, "QBDESK_RELAY_CLIENT_SECRET": app.client_secret}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "qbdesk.cli.main", "relay", "serve", "--discovery-url", sandbox.discovery_url,
             "--client-id", app.client_id, *extra],
            env=relay_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        first = self.proc.stdout.readline()
        assert first, self.proc.stderr.read() if self.proc.stderr else ""
        self.info = json.loads(first)
        self.url: str = self.info["url"]
        self.log = ""

    def stop(self) -> str:
        self.proc.terminate()
        _, err = self.proc.communicate(timeout=30)
        self.log = err
        return err


@pytest.fixture
def relay_and_app(sandbox: SandboxServer, tmp_path: Path) -> Iterator[tuple[RelayProcess, Any, str]]:
    realm = sandbox.create_company(size=40, seed=9).realm_id
    app = sandbox.create_app()  # its redirect URIs are on 127.0.0.1: the relay's /callback matches (any port)
    relay = RelayProcess(sandbox, app, user_env(tmp_path))
    yield relay, app, realm
    if relay.proc.poll() is None:
        relay.stop()


def _company(path: Path) -> Path:
    company = open_company(path, create=True)
    with company.session() as s:
        generate(s, 40, seed=3)
    company.close()
    return path


def test_one_click_connect_refresh_and_disconnect_through_the_relay(
        relay_and_app: tuple[RelayProcess, Any, str], sandbox: SandboxServer, tmp_path: Path) -> None:
    relay, app, realm = relay_and_app
    env = {**user_env(tmp_path), "QBDESK_BUILD_RELAY_URL": relay.url, "QBDESK_BUILD_CLIENT_ID": app.client_id,
           "QBDESK_BUILD_DISCOVERY_URL": sandbox.discovery_url, "QBDESK_BUILD_API_BASE": sandbox.api_base}
    path = _company(tmp_path / "shop.qbdesk")

    # what the owner types: no keys, no secret, no redirect URI — the browser does the rest
    connected = qbdesk(env, "connect", "--company", str(path), "--json")
    assert connected.returncode == 0, connected.stderr
    answer = json.loads(connected.stdout)
    assert answer["connected"] and answer["relay"] and answer["realm_id"] == realm
    entry = saved_tokens(env, realm)
    assert entry["endpoints"]["relay"] == relay.url and not entry["refused"]
    stored = keychain_file(env).read_text()
    assert app.client_secret not in stored  # the app never holds the secret: only the relay does
    assert app.client_secret.encode() not in path.read_bytes()

    # an hour later the access token has expired: `plan` refreshes it through the relay
    sandbox.advance(3700)
    plan = qbdesk(env, "plan", "--company", str(path), "--json")
    assert plan.returncode == 0, plan.stderr
    rotated = saved_tokens(env, realm)
    assert rotated["refresh_token"] != entry["refresh_token"]  # QuickBooks rotated it, the app kept the new one

    # Disconnect revokes through the relay, and says so because QuickBooks confirmed it
    gone = qbdesk(env, "disconnect", "--company", str(path), "--json")
    assert gone.returncode == 0, gone.stderr
    assert json.loads(gone.stdout)["revoked"] is True
    assert saved_tokens(env, realm) == {}
    refused = requests.post(f"{relay.url}/token", data={"grant_type": "refresh_token",
                                                         "refresh_token": rotated["refresh_token"]}, timeout=10)
    assert refused.status_code == 400 and refused.json()["error"] == "invalid_grant"  # QuickBooks' own answer

    log = relay.stop()
    assert "GET /callback 302" in log and "POST /token 200" in log and "POST /revoke 200" in log
    for secret in (app.client_secret, entry["access_token"], entry["refresh_token"], rotated["access_token"],
                   rotated["refresh_token"]):
        assert secret not in log
    assert "code=" not in log and "sealed=" not in log and "Bearer" not in log


def test_a_code_seen_by_anyone_else_is_useless(sandbox: SandboxServer) -> None:
    sandbox.create_company(size=0)
    app = sandbox.create_app()
    config = RelayConfig(client_id=app.client_id, client_secret=app.client_secret, discovery=sandbox.discovery_url)
    with RelayServer(config) as relay:
        pending = begin_relay_sign_in(relay.address, app.client_id, sandbox.discovery_url, sandbox.api_base)
        # Intuit sends the browser to the relay with the code: someone watching (history, a proxy) sees it
        to_relay = requests.get(pending.url + "&auto_consent=true", allow_redirects=False, timeout=10)
        seen = to_relay.headers["Location"]
        assert seen.startswith(relay.address + "/callback?") and "code=" in seen
        to_app = requests.get(seen, allow_redirects=False, timeout=10)  # the user's browser, a moment later
        tokens = finish_relay_sign_in(pending, _callback(to_app.headers["Location"]))
        assert tokens.realm_id and tokens.endpoints is not None and tokens.endpoints.relay == relay.address
        pending.receiver.close()

        # the onlooker replays the address: the code is spent, QuickBooks' refusal is passed on
        replay = requests.get(seen, allow_redirects=False, timeout=10)
        assert parse_qs(urlsplit(replay.headers["Location"]).query)["error"] == ["invalid_grant"]
        # …or brings the code to the token endpoint: the relay exchanges codes only at its callback
        code = parse_qs(urlsplit(seen).query)["code"][0]
        direct = requests.post(f"{relay.address}/token", data={"grant_type": "authorization_code", "code": code},
                               timeout=10)
        assert direct.status_code == 400 and direct.json()["error"] == "unsupported_grant_type"


def test_a_sealed_answer_opens_only_for_the_instance_and_sign_in_it_was_made_for() -> None:
    mine, theirs = Verifier(50123), Verifier(50123)
    sealed = seal(mine.state, {"realm_id": "1", "token": {"access_token": "a" * 40}})
    assert mine.unseal(sealed, mine.state)["realm_id"] == "1"
    with pytest.raises(SealError):
        theirs.unseal(sealed, theirs.state)  # another instance: another private key
    with pytest.raises(SealError):
        mine.unseal(sealed, theirs.state)  # replayed into another sign-in
    tampered = sealed[:-4] + ("AAAA" if not sealed.endswith("AAAA") else "BBBB")
    with pytest.raises(SealError):
        mine.unseal(tampered, mine.state)


def _callback(location: str) -> CallbackResult:
    from qbdesk.qbo.oauth import parse_callback_url

    return parse_callback_url(location)


def test_the_listener_answers_a_wrong_state_with_an_error_page_and_keeps_waiting(sandbox: SandboxServer) -> None:
    sandbox.create_company(size=0)
    app = sandbox.create_app()
    config = RelayConfig(client_id=app.client_id, client_secret=app.client_secret, discovery=sandbox.discovery_url)
    with RelayServer(config) as relay:
        pending = begin_relay_sign_in(relay.address, app.client_id, sandbox.discovery_url, sandbox.api_base)
        got: list[CallbackResult | None] = []
        waiter = threading.Thread(target=lambda: got.append(pending.receiver.wait(30)))
        waiter.start()
        listener = f"http://127.0.0.1:{pending.receiver.port}/callback"
        stray = Verifier(pending.receiver.port)  # an old tab, another app, or a forgery
        forged = requests.get(listener, params={"state": stray.state, "sealed": "x" * 80}, timeout=10)
        assert forged.status_code == 400 and "not the sign-in qbdesk is waiting for" in forged.text
        assert requests.get(listener, params={"code": "AB11xyz"}, timeout=10).status_code == 400  # no state at all
        time.sleep(0.2)
        assert waiter.is_alive() and not got  # still waiting for the right answer
        done = requests.get(pending.url + "&auto_consent=true", timeout=10)  # the real sign-in
        assert done.status_code == 200 and "Connected to QuickBooks" in done.text
        waiter.join(10)
        assert got and got[0] is not None
        assert finish_relay_sign_in(pending, got[0]).realm_id


def test_the_relay_answers_with_quickbooks_own_errors_and_limits_each_address(sandbox: SandboxServer) -> None:
    sandbox.create_company(size=0)
    app = sandbox.create_app()
    config = RelayConfig(client_id=app.client_id, client_secret=app.client_secret, discovery=sandbox.discovery_url,
                         rate_per_minute=6, burst=3)
    with RelayServer(config) as relay:
        bogus = requests.post(f"{relay.address}/token",
                              data={"grant_type": "refresh_token", "refresh_token": "AB11-not-a-token"}, timeout=10)
        assert bogus.status_code == 400
        assert bogus.json() == {"error": "invalid_grant", "error_description": "Incorrect or invalid refresh token"}
        with pytest.raises(Exception, match="reconnect"):
            relay_refresher(relay.address)("AB11-not-a-token")
        statuses = [requests.get(f"{relay.address}/health", timeout=10) for _ in range(3)]
        assert all(r.status_code == 429 for r in statuses[-2:])  # the burst of 3 was spent above
        assert int(statuses[-1].headers["Retry-After"]) >= 1
        page = requests.get(f"{relay.address}/callback", params={"code": "x", "state": "not-ours"}, timeout=10)
        assert page.status_code in (400, 429)


def test_a_refused_sign_in_in_the_browser_comes_back_in_quickbooks_words(sandbox: SandboxServer) -> None:
    sandbox.create_company(size=0)
    app = sandbox.create_app()
    config = RelayConfig(client_id=app.client_id, client_secret=app.client_secret, discovery=sandbox.discovery_url)
    with RelayServer(config) as relay:
        pending = begin_relay_sign_in(relay.address, app.client_id, sandbox.discovery_url, sandbox.api_base)
        denied = requests.post(pending.url.split("?")[0],
                               data={**{k: v[0] for k, v in parse_qs(urlsplit(pending.url).query).items()},
                                     "decision": "deny"}, allow_redirects=True, timeout=10)
        assert denied.status_code == 200
        result = pending.receiver.wait(10)
        assert result is not None and result.error == "access_denied"
        with pytest.raises(OAuthError, match="access_denied"):
            finish_relay_sign_in(pending, result)


def test_the_relay_starts_only_with_its_secret_from_the_environment(tmp_path: Path) -> None:
    env = user_env(tmp_path)
    missing = subprocess.run([sys.executable, "-m", "qbdesk.relay", "serve", "--client-id", "ABC"], env=env,
                             capture_output=True, text=True, timeout=60, check=False)
    assert missing.returncode == 2 and "QBDESK_RELAY_CLIENT_SECRET" in missing.stderr
    plain = subprocess.run([sys.executable, "-m", "qbdesk.relay", "serve", "--client-id", "ABC", "--public-url",
                            "http://relay.example.com"], env={**env, "QBDESK_RELAY_CLIENT_SECRET": "s"},
                           capture_output=True, text=True, timeout=60, check=False)
    assert plain.returncode == 2 and "plain HTTP" in plain.stderr


def test_the_relay_runs_without_the_desktop_app(tmp_path: Path, sandbox: SandboxServer) -> None:
    """What the container installs is enough: the relay imports no Qt, database, keyring or intuit-oauth."""
    script = f"""
import sys
for blocked in ("PySide6", "shiboken6", "sqlalchemy", "alembic", "intuitlib", "keyring", "faker", "qbdesk.store",
                "qbdesk.ui", "qbdesk.cli", "qbdesk.sync", "qbdesk.sandbox"):
    sys.modules[blocked] = None
sys.argv = ["qbdesk.relay", "serve", "--client-id", "ABC", "--discovery-url", {sandbox.discovery_url!r}]
from qbdesk.relay.serve import main
sys.exit(main())
"""
    env = {**user_env(tmp_path), "QBDESK_RELAY_CLIENT_SECRET": "s3cret"}
    proc = subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line, proc.stderr.read() if proc.stderr else ""
        url = json.loads(line)["url"]
        assert requests.get(f"{url}/health", timeout=10).json() == {"status": "ok"}
    finally:
        proc.terminate()
        proc.communicate(timeout=30)
