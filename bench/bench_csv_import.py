"""CSV import of 10k and 100k rows: wall time and peak memory (RSS) of the whole import.

Each measurement runs in a fresh process (peak RSS is per process and never goes
down), which imports one generated file into a new company file with
:func:`qbdesk.store.csv_import.import_csv` — exactly what ``qbdesk import-csv`` does.
Two kinds are measured: customers (one row, one record; every fifth a job of the
row before, so that rows refer to rows earlier in the file) and invoices (three
lines each, the invoice's fields repeated on every line, referring to customers
and items already in the company). A formula-like cell every 1,000 rows keeps the
warnings path busy.

    .venv/bin/python bench/bench_csv_import.py [--sizes 10000,100000] [--kinds customers,invoices]
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CUSTOMERS = 500  # in the company before an invoice file is imported
ITEMS = 50


def write_customers(path: Path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["display_name", "company_name", "given_name", "family_name", "email", "phone", "address_line1",
                    "city", "region", "postal_code", "country", "parent", "notes"])
        parent = ""
        for n in range(rows):
            name = f"Customer {n:07d}"
            job = n % 5 == 4
            notes = "=HYPERLINK(\"x\")" if n % 1000 == 999 else f"Customer since {2000 + n % 25}"
            w.writerow([name, f"{name} LLC", "Maria", "Lopez", f"c{n}@example.com", "(555) 201-4410",
                        f"{n} Harbor St", "Portland", "OR", "97204", "USA", parent if job else "", notes])
            if not job:
                parent = name


def write_invoices(path: Path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["invoice_number", "customer", "date", "due_date", "item", "description", "quantity",
                    "unit_price", "memo"])
        for n in range(rows):
            number = f"B{n // 3:07d}"
            description = "@SUM(1)" if n % 1000 == 999 else f"Line {n % 3 + 1}"
            w.writerow([number, f"Customer {(n // 3) % CUSTOMERS:07d}", "2026-03-04", "2026-04-03",
                        f"Item {n % ITEMS:03d}", description, "2", "42.50", "Thank you for your business"])


def child(kind: str, csv_path: str, company_path: str) -> None:
    """One import in this (fresh) process; prints one JSON line."""
    from decimal import Decimal

    from qbdesk.store import open_company
    from qbdesk.store.csv_import import import_csv
    from qbdesk.store.lists import Customer, Item

    company = open_company(company_path, create=True)
    if kind == "invoices":
        with company.session() as s:
            s.add_all(Customer(display_name=f"Customer {n:07d}") for n in range(CUSTOMERS))
            s.add_all(Item(name=f"Item {n:03d}", unit_price=Decimal("42.50")) for n in range(ITEMS))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    report = import_csv(company, kind, csv_path)
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    company.close()
    print(json.dumps({"ok": report.ok, "rows": report.rows, "imported": report.imported,
                      "warnings": len(report.warnings), "errors": len(report.errors), "seconds": seconds,
                      "peak_mib": peak / 1024, "before_mib": before / 1024}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--kinds", default="customers,invoices")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "CSV", "COMPANY"))
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for kind in args.kinds.split(","):
            for size in (int(s) for s in args.sizes.split(",")):
                path = tmp / f"{kind}-{size}.csv"
                (write_customers if kind == "customers" else write_invoices)(path, size)
                company = str(tmp / f"{kind}{size}.qbdesk")
                out = subprocess.run([sys.executable, __file__, "--child", kind, str(path), company],
                                     check=True, capture_output=True, text=True).stdout
                r = json.loads(out.strip().splitlines()[-1])
                print(f"{kind:9} {size:>7,} rows ({path.stat().st_size / 2**20:5.1f} MiB): {r['seconds']:6.1f} s, "
                      f"peak RSS {r['peak_mib']:6.0f} MiB (process before the import {r['before_mib']:.0f} MiB); "
                      f"ok={r['ok']} imported={r['imported']} warnings={r['warnings']} errors={r['errors']}")


if __name__ == "__main__":
    main()
