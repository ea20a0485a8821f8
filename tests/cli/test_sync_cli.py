"""The command-line contract for connect / plan / sync / issues / resolve / settings / disconnect."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring

from qbdesk.sandbox.server import SandboxServer
from qbdesk.store import Customer, open_company
from qbdesk.store.demo import generate
from qbdesk.store.syncdata import IssueStatus, SyncIssue


@pytest.fixture
def env(tmp_path: Path) -> Iterator[dict[str, str]]:
    data_home = tmp_path / "xdg"
    backend = PlaintextKeyring()
    backend.file_path = str(data_home / "python_keyring" / "keyring_pass.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield {**os.environ, "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
           "XDG_DATA_HOME": str(data_home), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    keyring.set_keyring(previous)


def qbdesk(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "qbdesk.cli.main", *args], env=env, capture_output=True,
                          text=True, timeout=300, check=False)


def test_connect_plan_sync_issues_resolve_disconnect(env: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "c.qbdesk"
    company = open_company(path, create=True)
    with company.session() as s:
        generate(s, 150, seed=4)
        s.add(Customer(display_name="X" * 30 + ":bad"))  # a name QuickBooks refuses: a pre-flight problem
    company.close()
    with SandboxServer(throttle=False) as server:
        server.create_company(size=120, seed=6)
        app = server.create_app()
        assert qbdesk(env, "plan", "--company", str(path)).returncode == 3  # not connected yet

        connected = qbdesk({**env, "QBDESK_CLIENT_SECRET": app.client_secret}, "connect", "--company", str(path),
                           "--discovery-url", server.discovery_url, "--api-base", server.api_base,
                           "--client-id", app.client_id, "--redirect-uri", "http://127.0.0.1/callback",
                           "--auto-consent", "--json")
        assert connected.returncode == 0, connected.stderr
        assert json.loads(connected.stdout)["connected"] is True

        bank = next(a["Id"] for a in server.sandbox.entities(server.sandbox.company_list()[0][0], "Account")
                    if a["AccountType"] == "Bank")
        assert qbdesk(env, "settings", "--company", str(path), "refund_account", bank).returncode == 0
        shown = json.loads(qbdesk(env, "settings", "--company", str(path), "--json").stdout)
        assert shown["refund_account"] == bank

        plan = qbdesk(env, "plan", "--company", str(path), "--json", "--ops", str(tmp_path / "ops.csv"))
        assert plan.returncode == 0, plan.stderr
        doc = json.loads(plan.stdout)
        assert set(doc) >= {"entities", "operations"}
        assert set(doc["entities"]["Customer"]) >= {"in_qbo", "here", "matched", "create_in_qbo", "create_here",
                                                    "update", "ignored", "filtered", "blocked"}
        assert doc["entities"]["Customer"]["blocked"] == 1
        assert (tmp_path / "ops.csv").read_text().count("\n") > doc["operations"]

        synced = qbdesk(env, "sync", "--company", str(path), "--json")
        assert synced.returncode == 1  # finished, with an open problem
        result = json.loads(synced.stdout)
        assert set(result) >= {"run_id", "status", "created_in_qbo", "created_here", "updated", "linked",
                               "problems", "api_calls", "seconds"}
        assert result["status"] == "completed" and result["created_in_qbo"] > 0

        issues = qbdesk(env, "issues", "--company", str(path), "--json")
        assert issues.returncode == 1
        listed = json.loads(issues.stdout)
        assert len(listed) == 1
        problem = listed[0]
        assert set(problem) >= {"id", "category", "entity", "record", "code", "message", "explanation", "fix",
                                "actions", "status"}
        assert problem["category"] == "customers" and "skip" in problem["actions"]

        assert qbdesk(env, "resolve", "--company", str(path), problem["id"], "skip").returncode == 0
        company = open_company(path)
        with company.session() as s:
            assert s.get(SyncIssue, int(problem["id"])).status is IssueStatus.SKIPPED  # type: ignore[union-attr]
        company.close()
        assert qbdesk(env, "issues", "--company", str(path)).returncode == 0

        assert qbdesk(env, "disconnect", "--company", str(path)).returncode == 0
        assert qbdesk(env, "sync", "--company", str(path)).returncode == 3


def test_plan_shows_the_next_later_sync_field_by_field(env: dict[str, str], tmp_path: Path) -> None:
    """After a first sync, `plan` shows what the next sync will update, one CSV row per changed field — and
    `sync` then does exactly that."""
    import csv

    from sqlalchemy import select

    path = tmp_path / "later.qbdesk"
    company = open_company(path, create=True)
    with company.session() as s:
        generate(s, 120, seed=3)
    company.close()
    with SandboxServer(throttle=False) as server:
        realm = server.create_company(size=0).realm_id
        app = server.create_app()
        connected = qbdesk({**env, "QBDESK_CLIENT_SECRET": app.client_secret}, "connect", "--company", str(path),
                           "--discovery-url", server.discovery_url, "--api-base", server.api_base,
                           "--client-id", app.client_id, "--redirect-uri", "http://127.0.0.1/callback",
                           "--auto-consent", "--json")
        assert connected.returncode == 0, connected.stderr
        bank = next(a["Id"] for a in server.sandbox.entities(realm, "Account") if a["AccountType"] == "Bank")
        assert qbdesk(env, "settings", "--company", str(path), "refund_account", bank).returncode == 0
        first = qbdesk(env, "sync", "--company", str(path), "--json")
        assert first.returncode == 0, first.stderr
        server.advance(600)
        company = open_company(path)
        with company.session() as s:
            customer = s.scalars(select(Customer).where(Customer.parent_id.is_(None)).order_by(Customer.id)).first()
            assert customer is not None
            customer.email, customer.notes = "books@example.com", "=HYPERLINK(\"http://evil\")"
            name = customer.display_name
        company.close()

        ops_file = tmp_path / "ops.csv"
        plan = qbdesk(env, "plan", "--company", str(path), "--json", "--details", "--ops", str(ops_file))
        assert plan.returncode == 0, plan.stderr
        doc = json.loads(plan.stdout)
        assert doc["entities"]["Customer"]["update"] == 1 and doc["operations"] == 1
        [update] = [op for op in doc["details"] if op["kind"] == "update_in_qbo"]
        assert update["record"] == name
        changed = {c["field"]: (c["here"], c["qbo"]) for c in update["changes"]}
        assert changed["PrimaryEmailAddr.Address"][0] == "books@example.com"
        with ops_file.open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        fields = {r["field"]: r for r in rows if r["action"] == "update_in_qbo"}
        assert set(fields) == {"E-mail", "Notes"}
        assert fields["E-mail"]["here"] == "books@example.com" and fields["E-mail"]["record"] == name
        assert fields["Notes"]["here"].startswith("'=")  # a spreadsheet shows it, never runs it

        synced = qbdesk(env, "sync", "--company", str(path), "--json")
        assert synced.returncode == 0, synced.stderr
        result = json.loads(synced.stdout)
        assert (result["updated_in_qbo"], result["created_in_qbo"], result["created_here"]) == (1, 0, 0)
        again = json.loads(qbdesk(env, "plan", "--company", str(path), "--json").stdout)
        assert again["operations"] == 0  # nothing left: the plan after a sync with no change writes nothing
