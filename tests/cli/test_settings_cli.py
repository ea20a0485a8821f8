"""`qbdesk settings`: every value checked before it is saved; refused ones answered with the valid values (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

from qbdesk.sandbox.server import SandboxServer
from qbdesk.store import open_company
from qbdesk.store.demo import generate
from tests.cli.test_sync_cli import env, qbdesk  # noqa: F401 - env is a fixture


def _connected(server: SandboxServer, env: dict[str, str], path: Path) -> str:  # noqa: F811
    company = open_company(path, create=True)
    with company.session() as s:
        generate(s, 40, seed=4)
    company.close()
    realm = server.create_company(size=40, seed=6).realm_id
    app = server.create_app()
    connected = qbdesk({**env, "QBDESK_CLIENT_SECRET": app.client_secret}, "connect", "--company", str(path),
                       "--discovery-url", server.discovery_url, "--api-base", server.api_base,
                       "--client-id", app.client_id, "--redirect-uri", "http://127.0.0.1/callback", "--auto-consent")
    assert connected.returncode == 0, connected.stderr
    return realm


def test_the_refund_account_is_an_active_bank_account_chosen_by_name(env: dict[str, str], tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "c.qbdesk"
    with SandboxServer(throttle=False) as server:
        assert qbdesk(env, "settings", "--company", str(path), "refund_account", "Checking").returncode == 2  # no file
        realm = _connected(server, env, path)
        accounts = server.sandbox.entities(realm, "Account")
        checking = next(a for a in accounts if a["AccountType"] == "Bank")
        receivable = next(a for a in accounts if a["AccountType"] == "Accounts Receivable")

        by_name = qbdesk(env, "settings", "--company", str(path), "refund_account", checking["Name"].upper(), "--json")
        assert by_name.returncode == 0, by_name.stderr
        assert json.loads(by_name.stdout) == {"refund_account": checking["Id"]}  # the Id is what is kept

        wrong_type = qbdesk(env, "settings", "--company", str(path), "refund_account", receivable["Name"])
        assert wrong_type.returncode == 2 and "Traceback" not in wrong_type.stderr
        assert "Accounts Receivable account" in wrong_type.stderr and checking["Name"] in wrong_type.stderr

        current = server.sandbox.get(realm, "Account", checking["Id"])
        assert current is not None
        server.sandbox.write(realm, "Account", {"Id": checking["Id"], "SyncToken": current["SyncToken"],
                                                "sparse": True, "Active": False})
        inactive = qbdesk(env, "settings", "--company", str(path), "refund_account", checking["Id"])
        assert inactive.returncode == 2 and "inactive" in inactive.stderr

        missing = qbdesk(env, "settings", "--company", str(path), "refund_account", "No Such Bank")
        assert missing.returncode == 2 and "QuickBooks has no account 'No Such Bank'" in missing.stderr
        shown = json.loads(qbdesk(env, "settings", "--company", str(path), "--json").stdout)
        assert shown["refund_account"] == checking["Id"]  # refused values change nothing


def test_every_setting_refuses_a_wrong_value_with_the_valid_ones(env: dict[str, str], tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "c.qbdesk"
    with SandboxServer(throttle=False) as server:
        _connected(server, env, path)
        cases = {"only_in_qbo": ("maybe", "create, ignore"), "conflict_policy": ("mine", "qbo_wins, here_wins, ask"),
                 "review_changes": ("perhaps", "yes, no"), "since": ("31/12/2025", "YYYY-MM-DD"),
                 "numbering": ("roman", "keep, quickbooks, auto"),
                 "excluded_methods": ("Bitcoin", "the payment methods are:")}
        for key, (value, listed) in cases.items():
            refused = qbdesk(env, "settings", "--company", str(path), key, value)
            assert refused.returncode == 2, (key, refused.stderr)
            assert listed in refused.stderr and "Traceback" not in refused.stderr, (key, refused.stderr)
        for key, value, stored in (("numbering", "quickbooks", "quickbooks"), ("numbering", "auto", None),
                                   ("since", "2026-01-01", "2026-01-01"), ("excluded_methods", "check, cash",
                                                                           ["cash", "check"])):
            done = qbdesk(env, "settings", "--company", str(path), key, value, "--json")
            assert done.returncode == 0, done.stderr
            assert json.loads(done.stdout)[key] == stored
