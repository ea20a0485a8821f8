"""The command line as a newcomer meets it: every mistake a sentence and exit 2, nothing waits silently, and the
log, the approval queue and several problems at once are there as the window has them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from qbdesk.sandbox.server import SandboxServer
from qbdesk.store import Customer, open_company
from qbdesk.store.demo import generate
from tests.cli.clienv import qbdesk, user_env


def _company(path: Path, size: int = 40) -> Path:
    company = open_company(path, create=True)
    with company.session() as s:
        generate(s, size, seed=4)
    company.close()
    return path


def test_a_file_that_is_not_a_company_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    env = user_env(tmp_path)
    empty = tmp_path / "empty.qbdesk"
    empty.touch()
    sheet = tmp_path / "customers.csv"
    sheet.write_text("Display Name,Email\nAnn,ann@example.com\n", encoding="utf-8")
    for target, said in ((empty, "is empty"), (sheet, "not a company file")):
        before = target.read_bytes()
        done = qbdesk(env, "summary", "--company", str(target))
        assert done.returncode == 2 and said in done.stderr and "Traceback" not in done.stderr, done.stderr
        assert target.read_bytes() == before  # never turned into a company
    assert "import-csv" in qbdesk(env, "summary", "--company", str(sheet)).stderr
    workbook = tmp_path / "customers.xlsx"
    workbook.write_bytes(b"PK\x03\x04not really a workbook")
    company = _company(tmp_path / "c.qbdesk")
    done = qbdesk(env, "import-csv", "--company", str(company), "--type", "customers", str(workbook))
    assert done.returncode == 2 and "save it as CSV" in done.stderr


def test_wrong_words_are_answered_with_the_right_ones(tmp_path: Path) -> None:
    env = user_env(tmp_path)
    company = _company(tmp_path / "c.qbdesk")
    for args, said in ((("issues", "--category", "invoice"), "is not one of"),
                       (("log", "--type", "Invoices"), "is not one of"),
                       (("log", "--since", "yesterday"), "YYYY-MM-DD"),
                       (("resolve", "7", "fix-it"), "which action?"),
                       (("resolve", "999", "skip"), "no open problem with id 999"),
                       (("approvals", "approve"), "--all"),
                       (("plan", "--ops", str(tmp_path / "missing" / "ops.csv")), "not connected")):
        done = qbdesk(env, *args[:1], "--company", str(company), *args[1:])
        assert done.returncode in (2, 3) and said in done.stderr and "Traceback" not in done.stderr, (args, done.stderr)


def test_a_broken_pipe_is_no_traceback(tmp_path: Path) -> None:
    env = user_env(tmp_path)
    company = _company(tmp_path / "c.qbdesk", size=400)
    with company.parent.joinpath("out").open("w"):
        pass
    reader = subprocess.Popen(["head", "-c", "10"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    writer = subprocess.run([sys.executable, "-m", "qbdesk.cli.main", "summary", "--company", str(company), "--json"],
                            env=env, stdout=reader.stdin, stderr=subprocess.PIPE, text=True, timeout=120, check=False)
    assert reader.stdin is not None
    reader.stdin.close()
    reader.wait(timeout=30)
    assert "Traceback" not in writer.stderr and "BrokenPipe" not in writer.stderr


def test_quickbooks_unreachable_names_the_host_says_each_retry_and_exits_4(tmp_path: Path) -> None:
    env = user_env(tmp_path)
    company_path = _company(tmp_path / "c.qbdesk")
    with SandboxServer(throttle=False) as server:
        server.create_company(size=0)
        app = server.create_app()
        connected = qbdesk({**env, "QBDESK_CLIENT_SECRET": app.client_secret}, "connect", "--company",
                           str(company_path), "--discovery-url", server.discovery_url, "--api-base", server.api_base,
                           "--client-id", app.client_id, "--redirect-uri", "http://127.0.0.1/callback",
                           "--auto-consent")
        assert connected.returncode == 0, connected.stderr
    # QuickBooks is gone now (its server stopped): the same addresses, nothing answering them.
    done = qbdesk(env, "sync", "--company", str(company_path), timeout=600)
    assert done.returncode == 4, done.stderr
    assert "127.0.0.1 did not answer" in done.stderr and "attempt 2 of" in done.stderr
    assert "could not be reached" in done.stderr and "Traceback" not in done.stderr


def test_the_log_the_approval_queue_and_several_problems_at_once(tmp_path: Path) -> None:
    env = user_env(tmp_path)
    path = _company(tmp_path / "c.qbdesk", size=60)
    company = open_company(path)
    with company.session() as s:
        s.add_all([Customer(display_name=f"Bad:Name {n}") for n in range(3)])  # refused before sending
    company.close()
    with SandboxServer(throttle=False) as server:
        realm = server.create_company(size=0).realm_id
        app = server.create_app()
        assert qbdesk({**env, "QBDESK_CLIENT_SECRET": app.client_secret}, "connect", "--company", str(path),
                      "--discovery-url", server.discovery_url, "--api-base", server.api_base, "--client-id",
                      app.client_id, "--redirect-uri", "http://127.0.0.1/callback", "--auto-consent").returncode == 0
        bank = next(a["Id"] for a in server.sandbox.entities(realm, "Account") if a["AccountType"] == "Bank")
        assert qbdesk(env, "settings", "--company", str(path), "refund_account", bank).returncode == 0
        assert qbdesk(env, "sync", "--company", str(path)).returncode == 1  # three problems
        issues = qbdesk(env, "issues", "--company", str(path))
        assert "Remove them from the name" in issues.stdout  # the fix, not only the message
        ids = [str(p["id"]) for p in json.loads(qbdesk(env, "issues", "--company", str(path), "--json").stdout)]
        assert len(ids) == 3
        two = qbdesk(env, "resolve", "--company", str(path), *ids[:2], "skip")
        assert two.returncode == 0 and two.stdout.count("Skipped") == 2, two.stdout + two.stderr
        rest = qbdesk(env, "resolve", "--company", str(path), "--all", "--category", "customers", "skip")
        assert rest.returncode == 0, rest.stderr
        assert json.loads(qbdesk(env, "issues", "--company", str(path), "--json").stdout) == []

        log = qbdesk(env, "log", "--company", str(path), "--json")
        rows = json.loads(log.stdout)
        assert rows and {r["status"] for r in rows} >= {"successful"}
        created = [r for r in rows if r["operation"] == "create_in_qbo"]
        assert created and created[0]["entity"] in {e for e in ("Account", "Customer", "Item", "Vendor", "Invoice",
                                                                 "PaymentMethod", "Term", "Payment", "Purchase",
                                                                 "Bill", "CreditMemo", "RefundReceipt")}
        exported = tmp_path / "log.csv"
        assert qbdesk(env, "log", "--company", str(path), "--csv", str(exported)).returncode == 0
        assert exported.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads the accents
        text = qbdesk(env, "log", "--company", str(path), "--status", "successful")
        assert "Created in QuickBooks" in text.stdout

        assert qbdesk(env, "settings", "--company", str(path), "review_changes", "yes").returncode == 0
        server.sandbox.write(realm, "Vendor", {"DisplayName": "Queued Supplies"})
        server.advance(60)
        assert qbdesk(env, "sync", "--company", str(path)).returncode == 0
        queue = json.loads(qbdesk(env, "approvals", "--company", str(path), "--json").stdout)
        [waiting] = [w for w in queue["waiting"] if w["record"] == "Queued Supplies"]
        listed = qbdesk(env, "approvals", "--company", str(path))
        assert "Import from QuickBooks (1)" in listed.stdout and f"#{waiting['id']}" in listed.stdout
        approved = qbdesk(env, "approvals", "--company", str(path), "approve", str(waiting["id"]))
        assert approved.returncode == 0 and "1 changes carried out" in approved.stdout, approved.stderr
        assert json.loads(qbdesk(env, "approvals", "--company", str(path), "--json").stdout)["waiting"] == []
