"""`qbdesk demo-data` and `qbdesk summary`, run as a user would: a separate process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from qbdesk.store import open_company
from qbdesk.store.summary import summarize


def qbdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "qbdesk.cli.main", *args], capture_output=True, text=True,
                          timeout=120, check=False)


def test_demo_data_creates_a_company_and_reports_it(tmp_path: Path) -> None:
    path = tmp_path / "demo.qbdesk"
    result = qbdesk("demo-data", "--company", str(path), "--size", "400", "--seed", "3", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    company = open_company(path)
    with company.session() as s:
        summary = summarize(s)
    company.close()
    assert report["entities"] == summary.counts
    assert report["records"] == summary.total > 300
    assert report["name"] == summary.name


def test_demo_data_refuses_to_overwrite_a_company(tmp_path: Path) -> None:
    path = tmp_path / "demo.qbdesk"
    path.write_bytes(b"precious")
    result = qbdesk("demo-data", "--company", str(path), "--size", "10")
    assert result.returncode == 2
    assert "already exists" in result.stderr
    assert path.read_bytes() == b"precious"


def test_summary_reads_an_existing_company(tmp_path: Path) -> None:
    path = tmp_path / "demo.qbdesk"
    assert qbdesk("demo-data", "--company", str(path), "--size", "100", "--locale", "es").returncode == 0
    result = qbdesk("summary", "--company", str(path))
    assert result.returncode == 0
    assert "Invoice" in result.stdout and "Jardines Verdes" in result.stdout


def test_summary_of_a_missing_company_is_a_usage_error(tmp_path: Path) -> None:
    result = qbdesk("summary", "--company", str(tmp_path / "nope.qbdesk"))
    assert result.returncode == 2
    assert "No company file" in result.stderr
