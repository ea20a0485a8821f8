"""Tokens go only where they came from (issue 16, part 2), checked with `qbdesk` run as a user would.

A company file names the endpoints it syncs with, and it can come from anyone. These
tests connect a company file to the practice QuickBooks, then rewrite the endpoints
stored in the file to a trap — a server that records every connection it receives —
and run ``qbdesk plan``: nothing may reach the trap, not even a connection. The
access token is made to look expired first, so that following the file would mean
sending the refresh token and the client secret as well.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from qbdesk.qbo.connection import ConnectionConfig
from qbdesk.sandbox.server import SandboxServer
from qbdesk.store import open_company
from qbdesk.store.demo import generate
from qbdesk.sync.connection_config import load_config, save_config
from tests.cli.clienv import keychain_file, qbdesk, saved_tokens, user_env, write_tokens
from tests.traps import Trap, outside_address


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    with SandboxServer(throttle=False) as sandbox:
        yield sandbox


@pytest.fixture
def connected(tmp_path: Path, server: SandboxServer) -> tuple[dict[str, str], Path, str, str]:
    """(environment, company file, realm, client secret): a company connected with `qbdesk connect`."""
    env = user_env(tmp_path)
    path = tmp_path / "books.qbdesk"
    company = open_company(path, create=True)
    with company.session() as s:
        generate(s, 40, seed=2)
    company.close()
    realm = server.create_company(size=30, seed=4).realm_id
    app = server.create_app()
    result = qbdesk({**env, "QBDESK_CLIENT_SECRET": app.client_secret}, "connect", "--company", str(path),
                    "--discovery-url", server.discovery_url, "--api-base", server.api_base,
                    "--client-id", app.client_id, "--redirect-uri", "http://127.0.0.1/callback", "--auto-consent")
    assert result.returncode == 0, result.stderr
    return env, path, realm, app.client_secret


def _point_file_at(path: Path, discovery: str | None = None, api_base: str | None = None) -> None:
    company = open_company(path)
    with company.session() as s:
        config = load_config(s)
        assert config is not None
        save_config(s, dataclasses.replace(config, discovery=discovery or config.discovery,
                                           api_base=api_base or config.api_base))
    company.close()


def _expire_access_token(env: dict[str, str], realm: str) -> dict[str, object]:
    entry = saved_tokens(env, realm)
    entry["access_expires_at"] = time.time() - 60  # the next use would refresh: refresh token + secret
    write_tokens(env, realm, entry)
    return entry


def _nothing_reached(trap: Trap, *secrets: str) -> None:
    assert trap.connections == 0, f"{trap.connections} connection(s) reached the trap"
    assert trap.received == b""
    for secret in secrets:
        assert secret.encode() not in trap.received


@pytest.mark.parametrize("moved", ["api_base", "discovery", "both"])
def test_a_company_file_pointed_at_a_trap_on_this_computer_sends_nothing_there(
        connected: tuple[dict[str, str], Path, str, str], moved: str) -> None:
    env, path, realm, secret = connected
    entry = _expire_access_token(env, realm)
    with Trap("127.0.0.1") as trap:
        base = trap.url("127.0.0.1")
        _point_file_at(path, discovery=f"{base}/.well-known/openid_configuration" if moved != "api_base" else None,
                       api_base=f"{base}/v3" if moved != "discovery" else None)
        result = qbdesk(env, "plan", "--company", str(path))
        _nothing_reached(trap, str(entry["access_token"]), str(entry["refresh_token"]), secret)
    assert result.returncode == 3, result.stderr  # not silently followed: "not connected" for this file
    assert "Nothing was sent" in result.stderr and "Traceback" not in result.stderr
    after = saved_tokens(env, realm)
    assert after["refresh_token"] == entry["refresh_token"]  # no refresh happened anywhere
    assert str(entry["refresh_token"]) not in result.stderr + result.stdout


def test_plain_http_to_another_computer_is_refused_before_anything_is_sent(
        connected: tuple[dict[str, str], Path, str, str]) -> None:
    address = outside_address()
    if address is None:
        pytest.skip("this machine has no network address besides loopback")
    env, path, realm, secret = connected
    entry = _expire_access_token(env, realm)
    with Trap() as trap:
        _point_file_at(path, discovery=f"{trap.url(address)}/.well-known/openid_configuration",
                       api_base=f"{trap.url(address)}/v3")
        result = qbdesk(env, "plan", "--company", str(path))
        _nothing_reached(trap, str(entry["access_token"]), str(entry["refresh_token"]), secret)
    assert result.returncode == 2, result.stderr
    assert "plain HTTP" in result.stderr and address in result.stderr


def test_connecting_to_plain_http_on_another_computer_is_refused_at_once(tmp_path: Path) -> None:
    address = outside_address()
    if address is None:
        pytest.skip("this machine has no network address besides loopback")
    env = user_env(tmp_path)
    path = tmp_path / "books.qbdesk"
    open_company(path, create=True).close()
    with Trap() as trap:
        result = qbdesk({**env, "QBDESK_CLIENT_SECRET": "s3cret-of-the-user"}, "connect", "--company", str(path),
                        "--discovery-url", f"{trap.url(address)}/.well-known/openid_configuration",
                        "--api-base", f"{trap.url(address)}/v3", "--client-id", "ABC", "--allow-custom-host")
        _nothing_reached(trap, "s3cret-of-the-user")
    assert result.returncode == 2, result.stderr
    assert "plain HTTP" in result.stderr and "Traceback" not in result.stderr


def test_another_host_needs_an_explicit_choice_and_https(tmp_path: Path) -> None:
    env = user_env(tmp_path)
    path = tmp_path / "books.qbdesk"
    open_company(path, create=True).close()
    result = qbdesk({**env, "QBDESK_CLIENT_SECRET": "x"}, "connect", "--company", str(path),
                    "--discovery-url", "https://books.example.net/.well-known/openid_configuration",
                    "--api-base", "https://books.example.net/v3", "--client-id", "ABC")
    assert result.returncode == 2
    assert "books.example.net" in result.stderr and "--allow-custom-host" in result.stderr


def test_a_file_naming_other_endpoints_keeps_its_company_but_cannot_use_the_sign_in(
        connected: tuple[dict[str, str], Path, str, str], server: SandboxServer) -> None:
    """The sign-in still works for the endpoints it was issued for: putting them back is enough."""
    env, path, _, _ = connected
    company = open_company(path)
    with company.session() as s:
        original = load_config(s)
    company.close()
    assert original is not None
    with Trap("127.0.0.1") as trap:
        _point_file_at(path, api_base=f"{trap.url('127.0.0.1')}/v3")
        assert qbdesk(env, "plan", "--company", str(path)).returncode == 3
        assert trap.connections == 0
    company = open_company(path)
    with company.session() as s:
        save_config(s, original)
    company.close()
    again = qbdesk(env, "plan", "--company", str(path), "--json")
    assert again.returncode == 0, again.stderr
    assert keychain_file(env).exists()


def test_tokens_saved_before_binding_are_bound_on_first_use_to_intuit_or_this_computer_only(
        connected: tuple[dict[str, str], Path, str, str]) -> None:
    env, path, realm, _ = connected
    entry = saved_tokens(env, realm)
    entry.pop("endpoints")  # as a qbdesk that did not bind tokens saved them
    write_tokens(env, realm, entry)
    assert qbdesk(env, "plan", "--company", str(path)).returncode == 0
    bound = saved_tokens(env, realm)["endpoints"]
    company = open_company(path)
    with company.session() as s:
        config = load_config(s)
    company.close()
    assert isinstance(config, ConnectionConfig)
    assert bound["api_base"] == config.api_base and bound["discovery"] == config.discovery
