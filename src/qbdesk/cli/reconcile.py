"""``qbdesk reconcile``: here and in QuickBooks side by side — counts, open A/R and A/P, each customer's and
vendor's balance, monthly totals — with a verdict; exit 0 balanced, 1 differences, 3 not connected.

QuickBooks' balances come from its Reports API. ``--csv`` writes the checks, the
differences and the records behind them for a spreadsheet (cells a spreadsheet
would run are written as text); ``--pdf`` writes the document an accountant files
with the client, in the window's language (``--lang``, else the language chosen in
the window, else the system's).
"""

from __future__ import annotations

import argparse
import importlib
from datetime import date
from decimal import Decimal
from pathlib import Path

from qbdesk import csv_safety
from qbdesk.cli.common import (
    EXIT_NOT_CONNECTED,
    EXIT_OK,
    EXIT_PROBLEMS,
    UsageError,
    fail,
    fail_for,
    print_json,
    with_company,
)
from qbdesk.cli.connection import open_connection
from qbdesk.cli.progress import TerminalReporter
from qbdesk.qbo.endpoints import EndpointMismatch, EndpointRefused
from qbdesk.qbo.errors import QboError, ReconnectNeeded
from qbdesk.store import Company
from qbdesk.sync.reconcile import Reconciliation, money_text, reconcile

CSV_HEADER = ("row", "check", "entity", "record", "field", "here", "qbo", "difference", "verdict", "side",
              "local_id", "qbo_id", "number")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("reconcile", help="compare here and QuickBooks: counts, open receivables and payables, each "
                                         "customer's and vendor's balance, monthly totals")
    p.add_argument("--company", required=True, help="company file (path) or database URL")
    p.add_argument("--as-of", metavar="DATE", help="the day to compare on, YYYY-MM-DD (default: today)")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.add_argument("--csv", metavar="FILE", help="also write the checks and differences to this CSV file")
    p.add_argument("--pdf", metavar="FILE", help="also write the report an accountant files, as PDF")
    p.set_defaults(func=run)


def parse_day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--as-of takes a date written YYYY-MM-DD (for example 2026-12-31), not {text!r}") from None


def _out(value: Decimal | int) -> str:
    return str(value) if isinstance(value, int) else money_text(value)


def csv_rows(result: Reconciliation) -> list[list[object]]:
    """The checks, then each difference followed by the records behind it."""
    rows: list[list[object]] = []
    for check in result.checks:
        rows.append(["check", check.name, "", "", "", _out(check.here), _out(check.qbo), _out(check.difference),
                     "balanced" if check.balanced else "differences", "", "", "", ""])
    for diff in result.differences:
        rows.append(["difference", diff.check, diff.entity, diff.record, diff.field, _out(diff.here),
                     _out(diff.qbo), _out(diff.here - diff.qbo), "", "", "", "", ""])
        for ref in diff.records:
            rows.append(["record", diff.check, ref.entity, diff.record, diff.field,
                         money_text(ref.here) if ref.here is not None else "",
                         money_text(ref.qbo) if ref.qbo is not None else "", "", "", ref.side,
                         ref.local_id if ref.local_id is not None else "", ref.qbo_id or "", ref.number])
    return rows


def write_csv(result: Reconciliation, path: str) -> None:
    try:
        with Path(path).open("w", newline="", encoding="utf-8") as handle:
            out = csv_safety.writer(handle)
            out.writerow(CSV_HEADER)
            out.writerows(csv_rows(result))
    except OSError as exc:
        raise UsageError(f"Cannot write {path}: {exc.strerror or exc}") from exc


def write_pdf(result: Reconciliation, path: str, args: argparse.Namespace) -> None:
    """The window's PDF, through Qt (offscreen: no screen is needed)."""
    try:
        pdf = importlib.import_module("qbdesk.ui.reconcile.pdf")
    except ModuleNotFoundError as exc:
        raise UsageError("PDF needs the desktop part of qbdesk, which this build does not have; use --csv or "
                         "--json") from exc
    try:
        pdf.write_from_cli(result, Path(path), getattr(args, "lang", None), getattr(args, "basedir", None))
    except OSError as exc:
        raise UsageError(f"Cannot write {path}: {exc.strerror or exc}") from exc


def print_result(result: Reconciliation) -> None:
    print(f"Reconciliation on {result.as_of.isoformat()}: {result.company or 'this company file'} and QuickBooks "
          f"({result.qbo_company or 'connected company'})")
    width = max(len(c.name) for c in result.checks)
    print(f"  {'check':<{width}}  {'here':>14}  {'QuickBooks':>14}  {'difference':>12}  verdict")
    for check in result.checks:
        print(f"  {check.name:<{width}}  {_out(check.here):>14}  {_out(check.qbo):>14}  "
              f"{_out(check.difference):>12}  {'balanced' if check.balanced else 'DIFFERENCES'}")
    for diff in result.differences[:50]:
        print(f"- {diff.entity} {diff.record}: {diff.field} here {_out(diff.here)}, QuickBooks {_out(diff.qbo)}")
        for ref in diff.records[:10]:
            ids = ", ".join(part for part in (f"here #{ref.local_id}" if ref.local_id is not None else "",
                                              f"QuickBooks Id {ref.qbo_id}" if ref.qbo_id else "") if part)
            print(f"    {ref.entity} {ref.number} ({ids})")
        if len(diff.records) > 10:
            print(f"    … and {len(diff.records) - 10} more (--json or --csv lists them all)")
    if len(result.differences) > 50:
        print(f"… and {len(result.differences) - 50} more differences (--json or --csv lists them all)")
    print("Balanced." if result.balanced else f"{len(result.differences)} differences.")


@with_company
def run(args: argparse.Namespace, company: Company) -> int:
    as_of = parse_day(args.as_of)
    reporter = TerminalReporter(quiet=args.json)
    try:
        conn = open_connection(company, args)
        try:
            result = reconcile(company, conn.client, as_of, reporter=reporter)
        finally:
            conn.close()
    except UsageError as exc:  # no client secret for the saved connection
        return fail(str(exc), EXIT_NOT_CONNECTED)
    except (ReconnectNeeded, QboError, EndpointMismatch, EndpointRefused) as exc:
        return fail_for(exc)
    finally:
        reporter.close()
    if args.csv:
        write_csv(result, args.csv)
    if args.pdf:
        write_pdf(result, args.pdf, args)
    if args.json:
        print_json(result.to_json())
    else:
        print_result(result)
    return EXIT_OK if result.balanced else EXIT_PROBLEMS
