"""Two company files connected to the same QuickBooks company share one connection (QuickBooks rotates its
refresh token, so there is only one). Disconnecting one says so and asks before revoking; "revoked" is said
only when QuickBooks confirmed it."""

from __future__ import annotations

import json
from pathlib import Path

from qbdesk.sandbox.server import SandboxServer
from qbdesk.store import open_company
from qbdesk.store.demo import generate
from tests.cli.clienv import qbdesk, saved_tokens, user_env


def _company(path: Path, seed: int) -> Path:
    company = open_company(path, create=True)
    with company.session() as s:
        generate(s, 30, seed=seed)
    company.close()
    return path


def test_disconnecting_a_shared_connection_says_who_else_uses_it_and_asks(tmp_path: Path) -> None:
    env = user_env(tmp_path)
    shop, archive = _company(tmp_path / "shop.qbdesk", 1), _company(tmp_path / "archive.qbdesk", 2)
    with SandboxServer(throttle=False) as server:
        realm = server.create_company(size=20, seed=3).realm_id
        app = server.create_app()
        keys = ["--discovery-url", server.discovery_url, "--api-base", server.api_base, "--client-id",
                app.client_id, "--redirect-uri", "http://127.0.0.1/callback", "--auto-consent", "--json"]
        secret = {**env, "QBDESK_CLIENT_SECRET": app.client_secret}
        first = qbdesk(secret, "connect", "--company", str(shop), *keys)
        assert first.returncode == 0, first.stderr
        second = qbdesk(secret, "connect", "--company", str(archive), *keys)
        assert second.returncode == 0, second.stderr
        assert json.loads(second.stdout)["shared_with"] == [str(shop.resolve())]  # one connection, two files
        users = saved_tokens(env, realm)["users"]
        assert sorted(users) == sorted([str(shop.resolve()), str(archive.resolve())])
        assert qbdesk(env, "plan", "--company", str(shop)).returncode == 0  # both work with the one sign-in
        assert qbdesk(env, "plan", "--company", str(archive)).returncode == 0

        # not on a terminal, so it cannot ask: it says who else uses it and changes nothing
        asked = qbdesk(env, "disconnect", "--company", str(shop))
        assert asked.returncode == 2
        assert str(archive.resolve()) in asked.stderr and "--yes" in asked.stderr
        assert saved_tokens(env, realm)["refresh_token"]

        # only this file: the other keeps syncing
        unlinked = qbdesk(env, "disconnect", "--company", str(shop), "--keep-for-others")
        assert unlinked.returncode == 0, unlinked.stderr
        assert saved_tokens(env, realm)["users"] == [str(archive.resolve())]
        assert qbdesk(env, "plan", "--company", str(archive)).returncode == 0
        assert qbdesk(env, "plan", "--company", str(shop)).returncode == 3

        gone = qbdesk(env, "disconnect", "--company", str(archive), "--json")
        assert gone.returncode == 0, gone.stderr
        assert json.loads(gone.stdout) == {"disconnected": True, "revoked": True, "also_disconnected": []}


def test_revoked_is_said_only_when_quickbooks_confirmed_it(tmp_path: Path) -> None:
    env = user_env(tmp_path)
    shop = _company(tmp_path / "shop.qbdesk", 4)
    server = SandboxServer(throttle=False).start()
    try:
        realm = server.create_company(size=10, seed=5).realm_id
        app = server.create_app()
        connected = qbdesk({**env, "QBDESK_CLIENT_SECRET": app.client_secret}, "connect", "--company", str(shop),
                           "--discovery-url", server.discovery_url, "--api-base", server.api_base, "--client-id",
                           app.client_id, "--redirect-uri", "http://127.0.0.1/callback", "--auto-consent")
        assert connected.returncode == 0, connected.stderr
    finally:
        server.stop()  # QuickBooks is unreachable now
    result = qbdesk(env, "disconnect", "--company", str(shop))
    assert result.returncode == 0, result.stderr
    assert "did not confirm" in result.stdout and "confirmed that" not in result.stdout
    assert saved_tokens(env, realm) == {}  # forgotten here anyway
