"""The reconciliation report over real HTTP: QuickBooks' side from its Reports API, every difference named with the
records behind it, exact money, and the command line's exit statuses."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from tests.sync.conftest import Rig

from qbdesk.store import Bill, Invoice, Link, Vendor
from qbdesk.sync.connection_config import save_config
from qbdesk.sync.reconcile import reconcile
from qbdesk.sync.settings import SyncSettings

MakeRig = Callable[..., Rig]


def _today() -> date:
    return datetime.now().astimezone().date()


def _bank(rig: Rig) -> str:
    return next(a["Id"] for a in rig.qbo("Account") if a["AccountType"] == "Bank")


def _synced(make_rig: MakeRig) -> Rig:
    rig = make_rig(qbo_size=80, here_size=150)
    summary = rig.engine().run(settings=SyncSettings(refund_account=_bank(rig)))
    assert summary.status == "completed" and summary.problems == 0, summary
    return rig


def test_after_a_first_sync_the_books_agree_on_every_check(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=80, here_size=150)
    before = reconcile(rig.company, rig.connection.client)
    assert before.status == "differences"  # two different businesses, not synced yet
    rig.engine().run(settings=SyncSettings(refund_account=_bank(rig)))
    result = reconcile(rig.company, rig.connection.client)
    doc = result.to_json()
    assert doc["status"] == "balanced" and doc["differences"] == [], doc["differences"][:3]
    names = [c["name"] for c in doc["checks"]]
    assert {"count.Customer", "count.Invoice", "open_receivables", "customer_balances", "open_payables",
            "vendor_balances", "monthly.Invoice", "monthly.Payment", "monthly.CreditMemo", "monthly.Bill",
            "monthly.Purchase", "monthly.Deposit", "monthly.SalesReceipt", "monthly.BillPayment",
            "count.JournalEntry", "count.Transfer", "account_balances"} <= set(names)
    accounts = next(c for c in doc["checks"] if c["name"] == "account_balances")
    assert accounts["balanced"] and accounts["here"] == accounts["qbo"]
    receivables = next(c for c in doc["checks"] if c["name"] == "open_receivables")
    assert isinstance(receivables["here"], str) and Decimal(receivables["here"]) > 0  # exact decimal text
    assert receivables["here"] == receivables["qbo"] and receivables["difference"] == "0.00"
    # QuickBooks' own number agrees with the sum of its customers' balances (both from its reports).
    assert Decimal(receivables["qbo"]) == sum((Decimal(str(c.get("Balance") or 0)) for c in rig.qbo("Customer")),
                                              Decimal(0))
    assert doc["as_of"] == _today().isoformat()


def test_each_difference_names_the_records_behind_it(make_rig: MakeRig) -> None:
    rig = _synced(make_rig)
    with rig.company.session() as s:  # an invoice changed here and not synced yet: its amount, its balance
        invoice = next(i for i in s.scalars(select(Invoice).order_by(Invoice.id)) if not i.payments_applied)
        invoice.lines[0].quantity += 1
        s.flush()
        invoice_id, number, month, customer = invoice.id, invoice.doc_number, invoice.txn_date.strftime("%Y-%m"), \
            invoice.customer.display_name
        vendor = s.scalars(select(Vendor).order_by(Vendor.id)).first()
        assert vendor is not None
        vendor_name, vendor_id = vendor.display_name, vendor.id
    vendor_qbo = _qbo_id(rig, "Vendor", vendor_id)
    invoice_qbo = _qbo_id(rig, "Invoice", invoice_id)
    expense = next(a["Id"] for a in rig.qbo("Account") if a["AccountType"] == "Expense")
    bill = rig.server.sandbox.write(rig.realm_id, "Bill", {  # a bill entered in QuickBooks only
        "VendorRef": {"value": vendor_qbo}, "DocNumber": "QB-ONLY-1", "TxnDate": _today().isoformat(),
        "Line": [{"Amount": Decimal("123.45"), "DetailType": "AccountBasedExpenseLineDetail",
                  "AccountBasedExpenseLineDetail": {"AccountRef": {"value": expense}}}]})

    result = reconcile(rig.company, rig.connection.client)
    assert result.status == "differences"
    by_check = {d.check: d for d in result.differences}
    customer_diff = next(d for d in result.differences if d.check == "customer_balances")
    assert customer_diff.record == customer and customer_diff.field == "open_balance"
    behind = {(r.entity, r.local_id, r.qbo_id, r.number) for r in customer_diff.records}
    assert ("Invoice", invoice_id, invoice_qbo, number) in behind
    month_diff = next(d for d in result.differences if d.check == "monthly.Invoice")
    assert month_diff.record == month and [(r.local_id, r.qbo_id) for r in month_diff.records] == \
        [(invoice_id, invoice_qbo)]
    assert month_diff.here - month_diff.qbo == month_diff.records[0].here - month_diff.records[0].qbo  # type: ignore[operator]
    counted = by_check["count.Bill"]
    assert (counted.here + 1, counted.qbo) == (counted.qbo, counted.qbo)  # type: ignore[operator]
    [only] = counted.records
    assert (only.side, only.local_id, only.qbo_id) == ("qbo", None, str(bill["Id"]))
    assert only.number == f"{vendor_name} QB-ONLY-1"  # a bill is known by its vendor and number
    vendor_diff = next(d for d in result.differences if d.check == "vendor_balances")
    assert vendor_diff.record == vendor_name and vendor_diff.qbo - vendor_diff.here == Decimal("123.45")  # type: ignore[operator]
    assert ("Bill", None, str(bill["Id"])) in {(r.entity, r.local_id, r.qbo_id) for r in vendor_diff.records}
    checks = {c.name: c for c in result.checks}
    assert not checks["open_payables"].balanced and checks["count.Customer"].balanced


def test_on_an_earlier_day_both_sides_count_only_what_was_there(make_rig: MakeRig) -> None:
    rig = _synced(make_rig)
    with rig.company.session() as s:
        days = sorted({b.txn_date for b in s.scalars(select(Bill))})
    middle = days[len(days) // 2]
    result = reconcile(rig.company, rig.connection.client, middle)
    assert result.balanced and result.as_of == middle
    with rig.company.session() as s:
        bills = sum(1 for b in s.scalars(select(Bill)) if b.txn_date <= middle)
    assert next(c for c in result.checks if c.name == "count.Bill").here == bills
    assert next(c for c in result.checks if c.name == "count.Customer").here > 0  # lists: as they are


def test_a_transfer_entered_in_quickbooks_only_shows_on_both_accounts(make_rig: MakeRig) -> None:
    rig = _synced(make_rig)
    accounts = rig.qbo("Account")
    bank = next(a for a in accounts if a["AccountType"] == "Bank")
    undeposited = next(a for a in accounts if a.get("AccountSubType") == "UndepositedFunds")
    transfer = rig.server.sandbox.write(rig.realm_id, "Transfer", {
        "FromAccountRef": {"value": bank["Id"]}, "ToAccountRef": {"value": undeposited["Id"]},
        "Amount": Decimal("50.25"), "TxnDate": _today().isoformat()})

    result = reconcile(rig.company, rig.connection.client)
    moved = {d.records[0].qbo_id: d.qbo - d.here for d in result.differences  # type: ignore[operator]
             if d.check == "account_balances"}
    assert moved == {bank["Id"]: Decimal("-50.25"), undeposited["Id"]: Decimal("50.25")}
    counted = next(d for d in result.differences if d.check == "count.Transfer")
    assert [(r.side, r.qbo_id) for r in counted.records] == [("qbo", str(transfer["Id"]))]
    assert next(c for c in result.checks if c.name == "open_receivables").balanced  # nothing else moved

    # On an earlier day the company file has no balances to show: the check is left out, not guessed.
    earlier = reconcile(rig.company, rig.connection.client, date(_today().year - 1, 1, 1))
    assert "account_balances" not in {c.name for c in earlier.checks}


def _qbo_id(rig: Rig, entity: str, local_id: int) -> str:
    with rig.company.session() as s:
        found = s.scalars(select(Link.qbo_id).where(Link.entity_type == entity, Link.local_id == local_id)).one()
        assert found is not None
        return found


def _qbdesk(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "qbdesk.cli.main", *args], env=env, text=True,
                          capture_output=True, timeout=300, check=False)


def test_the_command_line_exits_0_balanced_1_differences_3_not_connected_2_bad_input(
        make_rig: MakeRig, shared_keychain: dict[str, str], tmp_path: Path) -> None:
    rig = make_rig(qbo_size=40, here_size=60)
    rig.prepare_for_cli()
    unsynced = _qbdesk(shared_keychain, "reconcile", "--company", rig.target, "--json")
    assert unsynced.returncode == 1, unsynced.stderr
    assert json.loads(unsynced.stdout)["status"] == "differences"
    synced = _qbdesk(shared_keychain, "sync", "--company", rig.target, "--json")
    assert synced.returncode == 0, synced.stderr
    out = f"{tmp_path}/reconciliation.csv"
    done = _qbdesk(shared_keychain, "reconcile", "--company", rig.target, "--json", "--csv", out)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert set(doc) >= {"status", "as_of", "checks", "differences"} and doc["status"] == "balanced"
    with Path(out).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:9] == ["row", "check", "entity", "record", "field", "here", "qbo", "difference", "verdict"]
    assert {r[8] for r in rows[1:]} == {"balanced"} and len(rows) - 1 == len(doc["checks"])
    text = _qbdesk(shared_keychain, "reconcile", "--company", rig.target)
    assert text.returncode == 0 and "Balanced." in text.stdout, text.stderr
    pdf = tmp_path / "rapprochement.pdf"
    filed = _qbdesk(shared_keychain, "--lang", "fr", "--basedir", str(tmp_path / "base"), "reconcile", "--company",
                    rig.target, "--pdf", str(pdf))
    assert filed.returncode == 0, filed.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000
    if shutil.which("pdftotext"):  # poppler-utils: read it back, in French
        words = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "Rapport de rapprochement" in words and "Concordant" in words
    bad = _qbdesk(shared_keychain, "reconcile", "--company", rig.target, "--as-of", "31/12/2026")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr and "Traceback" not in bad.stderr
    with rig.company.session() as s:  # the company's connection forgotten: not connected
        save_config(s, None)
    offline = _qbdesk(shared_keychain, "reconcile", "--company", rig.target)
    assert offline.returncode == 3 and "qbdesk connect" in offline.stderr, offline.stderr
