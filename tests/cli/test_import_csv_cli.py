"""`qbdesk import-csv`, run as a user would: a separate process against a real company file."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from qbdesk.store import Account, AccountType, Customer, Invoice, Item, ItemType, open_company


def qbdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "qbdesk.cli.main", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=120, check=False)


@pytest.fixture
def company_path(tmp_path: Path) -> Path:
    path = tmp_path / "shop.qbdesk"
    company = open_company(path, create=True)
    with company.session() as s:
        services = Account(name="Services", account_type=AccountType.INCOME)
        s.add_all([
            services,
            Customer(display_name="Existing Co"),
            Item(name="Consulting", item_type=ItemType.SERVICE, unit_price=Decimal("100"), income_account=services),
        ])
    company.close()
    return path


def customer_names(path: Path) -> list[str]:
    company = open_company(path)
    with company.session() as s:
        names = list(s.scalars(select(Customer.display_name).order_by(Customer.id)))
    company.close()
    return names


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def test_good_file_imports_and_exits_0(company_path: Path, tmp_path: Path) -> None:
    csv_file = write(tmp_path / "customers.csv", "display_name;city\nCafé Niño;Logroño\nBolt;Paris\n", "cp1252")
    result = qbdesk("import-csv", "--company", str(company_path), "--type", "customers", str(csv_file))
    assert result.returncode == 0, result.stderr
    assert result.stdout == (f"Read 2 rows from {csv_file} (Windows-1252, semicolon-separated).\n"
                             "Imported 2 customers.\n")
    assert customer_names(company_path) == ["Existing Co", "Café Niño", "Bolt"]


def test_bad_file_imports_nothing_prints_the_errors_and_exits_2(company_path: Path, tmp_path: Path) -> None:
    csv_file = write(tmp_path / "customers.csv",
                     "display_name,email\nGood,good@example.com\nBad,bad@\n,x@example.com\n")
    result = qbdesk("import-csv", "--company", str(company_path), "--type", "customers", str(csv_file))
    assert result.returncode == 2
    assert result.stdout.splitlines() == [
        f"Read 3 rows from {csv_file} (UTF-8, comma-separated).",
        "Nothing was imported because the file has errors. Fix them, or run again with --valid-rows-only "
        "to import the rows that have none.",
        "2 errors in 2 rows:",
        "  Row  Column        Reason",
        "    3  email         'bad@' is not an email address",
        "    4  display_name  Required",
    ]
    assert customer_names(company_path) == ["Existing Co"]


def test_valid_rows_only_imports_the_good_rows_but_still_exits_2(company_path: Path, tmp_path: Path) -> None:
    csv_file = write(tmp_path / "customers.csv", "display_name,email\nGood,good@example.com\nBad,bad@\n")
    result = qbdesk("import-csv", "--company", str(company_path), "--type", "customers", "--valid-rows-only",
                    str(csv_file))
    assert result.returncode == 2
    assert "Imported 1 customer.\n1 error in 1 row:\n" in result.stdout
    assert customer_names(company_path) == ["Existing Co", "Good"]


def test_json_report_for_an_invoice_file(company_path: Path, tmp_path: Path) -> None:
    csv_file = write(tmp_path / "invoices.csv",
                     "invoice_number\tcustomer\tdate\titem\tquantity\tunit_price\n"
                     "1\tExisting Co\t31/01/2024\tConsulting\t2\t12,50\n"
                     "1\t\t\tConsulting\t1\t\n"
                     "2\tNobody\t01/02/2024\tConsulting\t1\t\n")
    result = qbdesk("--company", str(company_path), "import-csv", "--type", "invoices", "--date-format", "dmy",
                    "--valid-rows-only", "--json", str(csv_file))
    assert result.returncode == 2, result.stderr
    report = json.loads(result.stdout)
    assert report["imported"] == {"invoices": 1, "invoice_lines": 2}
    assert (report["rows"], report["imported_rows"], report["delimiter"], report["ok"]) == (3, 2, "\t", False)
    assert report["errors"] == [{
        "row": 4, "column": "customer", "code": "no_customer", "reason": "No customer named 'Nobody'",
        "reason_template": "No customer named '{name}'", "params": {"name": "Nobody"},
    }]
    company = open_company(company_path)
    with company.session() as s:
        invoice = s.scalars(select(Invoice)).one()
        assert invoice.total == Decimal("125.00") and len(invoice.lines) == 2
    company.close()


def test_json_report_when_everything_imports(company_path: Path, tmp_path: Path) -> None:
    csv_file = write(tmp_path / "c.csv", "\ufeffdisplay_name\nAcme\n")
    result = qbdesk("import-csv", "--company", str(company_path), "--type", "customers", "--json", str(csv_file))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["ok"], report["imported"], report["errors"], report["encoding"]) == (
        True, {"customers": 1}, [], "utf-8-sig")


def test_unreadable_file_is_reported_with_exit_2(company_path: Path, tmp_path: Path) -> None:
    csv_file = write(tmp_path / "empty.csv", "")
    result = qbdesk("import-csv", "--company", str(company_path), "--type", "customers", str(csv_file))
    assert result.returncode == 2
    assert "The file is empty" in result.stdout


@pytest.mark.parametrize(("args", "message"), [
    (["--type", "customers", "{csv}"], "import-csv needs --company PATH"),
    (["--company", "{missing_company}", "--type", "customers", "{csv}"], "No company file"),
    (["--company", "{company}", "--type", "customers", "{missing_csv}"], "No file at"),
])
def test_usage_errors_exit_2(company_path: Path, tmp_path: Path, args: list[str], message: str) -> None:
    csv_file = write(tmp_path / "c.csv", "display_name\nAcme\n")
    values = {"csv": str(csv_file), "company": str(company_path), "missing_company": str(tmp_path / "no.qbdesk"),
              "missing_csv": str(tmp_path / "no.csv")}
    result = qbdesk("import-csv", *(a.format(**values) for a in args))
    assert result.returncode == 2
    assert message in result.stderr
    assert not (tmp_path / "no.qbdesk").exists()


def test_unknown_type_is_an_argparse_error(company_path: Path, tmp_path: Path) -> None:
    result = qbdesk("import-csv", "--company", str(company_path), "--type", "bills", str(tmp_path / "x.csv"))
    assert result.returncode == 2
    assert "invalid choice: 'bills'" in result.stderr
