"""The practice company, state that survives restarts, and ``qbdesk sandbox serve``."""

from __future__ import annotations

import json as stdjson
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
import requests

from qbdesk.sandbox import Clock, Sandbox, SandboxServer
from qbdesk.sandbox.company import Company
from qbdesk.sandbox.persistence import load, save
from tests.sandbox.conftest import ANCHOR, Api, json


def test_a_fresh_company_has_only_the_defaults(templates: dict[str, Company]) -> None:
    fresh = templates["fresh"]
    counts = {name: len(rows) for name, rows in fresh.entities.items() if rows}
    assert counts == {"Account": 24, "PaymentMethod": 6, "Term": 5, "CompanyInfo": 1, "Preferences": 1}
    subtypes = {a["AccountSubType"] for a in fresh.all("Account")}
    assert {"UndepositedFunds", "AccountsReceivable", "AccountsPayable", "Checking"} <= subtypes


def test_the_practice_company_is_shaped_like_intuits_sample(templates: dict[str, Company]) -> None:
    company = templates["practice"]
    for entity in ("Item", "Customer", "Vendor", "Employee", "Invoice", "Payment", "CreditMemo", "RefundReceipt",
                   "Purchase", "Bill", "TaxCode"):
        assert any(True for _ in company.all(entity)), entity
    jobs = [c for c in company.all("Customer") if c.get("Job")]
    assert jobs and all(":" in j["FullyQualifiedName"] for j in jobs)
    # Books that add up: every invoice's balance is its total less what payments applied to it.
    for inv in company.all("Invoice"):
        applied = sum(company.applied_to("Invoice", inv["Id"]).values(), Decimal(0))
        assert inv["Balance"] == inv["TotalAmt"] - applied >= 0
    for cust in company.all("Customer"):
        own = sum((company.get(t, i) or {}).get("Balance", 0) if t == "Invoice" else 0
                  for t, i in company.party_txns(cust["Id"]))
        assert cust["Balance"] <= own
    numbers = [inv["DocNumber"] for inv in company.all("Invoice")]
    assert len(numbers) == len(set(numbers))
    assert company.preferences["SalesFormsPrefs"]["DefaultTerms"]


def test_generation_is_deterministic_per_seed() -> None:
    clock = Clock()
    a = Sandbox(clock=clock).create_company(size=120, seed=9, anchor=ANCHOR)
    b = Sandbox(clock=clock).create_company(size=120, seed=9, anchor=ANCHOR)
    c = Sandbox(clock=clock).create_company(size=120, seed=10, anchor=ANCHOR)
    names = [sorted(x["DisplayName"] for x in company.all("Customer")) for company in (a, b, c)]
    assert names[0] == names[1] != names[2]
    with pytest.raises(ValueError, match="0 to 100000"):
        Sandbox(clock=clock).create_company(size=100_001)


def test_state_survives_a_restart(tmp_path: Path, practice: Api) -> None:
    made = practice.create("Vendor", {"DisplayName": "Kept Across Restarts"})
    # An invoice no payment is applied to: QuickBooks refuses to delete one that has (dependents.py).
    inv = next(i for i in practice.sb.sandbox.entities(practice.realm, "Invoice") if not i["LinkedTxn"])
    deleted = practice.post("invoice", {"Id": inv["Id"], "SyncToken": inv["SyncToken"]}, operation="delete")
    assert deleted.status_code == 200, deleted.text
    path = tmp_path / "state.json"
    save(practice.sb.sandbox, path)
    restored = load(path, throttle=False)
    with SandboxServer(restored) as sb:
        url = f"{sb.api_base}/company/{practice.realm}"
        auth = {"Authorization": f"Bearer {practice.tokens['access_token']}"}  # tokens survive too
        vendor = requests.get(f"{url}/vendor/{made['Id']}", headers=auth, timeout=10)
        assert vendor.status_code == 200 and json(vendor)["Vendor"] == made
        gone = requests.get(f"{url}/invoice/{inv['Id']}", headers=auth, timeout=10)
        assert json(gone)["Fault"]["Error"][0]["Detail"].endswith("Another user has deleted this transaction.")
        fresh = requests.post(f"{url}/vendor", headers=auth, json={"DisplayName": "After Restart"}, timeout=10)
        assert int(json(fresh)["Vendor"]["Id"]) > int(made["Id"])
        for entity in ("Customer", "Invoice"):
            before = {row["Id"]: row["Balance"] for row in practice.sb.sandbox.entities(practice.realm, entity)}
            after = {row["Id"]: row["Balance"] for row in sb.sandbox.entities(practice.realm, entity)}
            assert after == before


def test_cli_serve_prints_the_connection_line_first(tmp_path: Path) -> None:
    state = tmp_path / "practice.json"
    proc = subprocess.Popen([sys.executable, "-m", "qbdesk.cli.main", "sandbox", "serve", "--size", "0",
                             "--state", str(state), "--no-throttle"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        info = stdjson.loads(proc.stdout.readline())
        assert set(info) == {"base_url", "api_base", "discovery_url", "realm_id", "client_id", "client_secret",
                             "redirect_uris"}
        assert info["api_base"] == info["base_url"] + "/v3"
        assert requests.get(info["discovery_url"], timeout=10).json()["token_endpoint"].startswith(info["base_url"])
        code = requests.get(f"{info['base_url']}/connect/oauth2", allow_redirects=False, timeout=10, params={
            "client_id": info["client_id"], "response_type": "code", "scope": "com.intuit.quickbooks.accounting",
            "redirect_uri": info["redirect_uris"][0], "state": "s", "auto_consent": "true"})
        assert f"realmId={info['realm_id']}" in code.headers["Location"]
    finally:
        proc.terminate()
        proc.communicate(timeout=30)
    assert proc.returncode == 0
    assert stdjson.loads(state.read_text())["format"] == "qbdesk-sandbox-state"
