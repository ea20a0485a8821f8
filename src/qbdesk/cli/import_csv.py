"""``qbdesk import-csv``: load customers, vendors, items, invoices or payments from a spreadsheet.

The command is a thin shell over :func:`qbdesk.store.csv_import.import_csv`: the
library decides what is valid and writes; this module only turns arguments into a
call and the report into text or JSON, and the report into an exit status (2 as soon
as the file had any error, even when the valid rows went in, so that a script
notices).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from qbdesk.cli.common import EXIT_OK, EXIT_USAGE, UsageError, fail, open_existing, print_json
from qbdesk.store.csv_import import (
    DELIMITER_NAMES,
    ENCODING_NAMES,
    DateFormat,
    ImportKind,
    ImportReport,
    RowError,
    import_csv,
)

_DESCRIPTION = """\
Import records from a CSV file saved by a spreadsheet (UTF-8 with or without BOM, or
Windows-1252; separated by commas, semicolons or tabs). The whole file is checked first,
and every problem is reported with its row and column. A file with errors imports
nothing, unless --valid-rows-only is given. Column formats: docs/csv-import.md;
example files: resources/csv-templates/."""

# Plural nouns for the summary line, by the report's count keys.
_NOUNS = {
    "customers": ("customer", "customers"),
    "vendors": ("vendor", "vendors"),
    "items": ("item", "items"),
    "invoices": ("invoice", "invoices"),
    "invoice_lines": ("line", "lines"),
    "payments": ("payment", "payments"),
}


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "import-csv", help="import customers, vendors, items, invoices or payments from a CSV file",
        description=_DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    # Its own dest, so that `qbdesk --company X import-csv …` (the global option) still works.
    parser.add_argument("--company", dest="import_company", metavar="PATH",
                        help="company file (path) or database URL to import into")
    parser.add_argument("--type", dest="kind", required=True, choices=[k.value for k in ImportKind],
                        help="what the file holds")
    parser.add_argument("file", metavar="FILE", help="the CSV file")
    parser.add_argument("--valid-rows-only", action="store_true",
                        help="import the rows without errors even if other rows have some")
    parser.add_argument("--date-format", choices=[f.value for f in DateFormat], default=DateFormat.ISO.value,
                        help="how dates with slashes are written: dmy = 31/03/2024, mdy = 03/31/2024 "
                             "(default iso: only 2024-03-31)")
    parser.add_argument("--json", action="store_true", help="print one JSON document instead of text")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        report = _import(args)
    except UsageError as exc:
        return fail(str(exc))
    if args.json:
        print_json(report.as_dict())
    else:
        write_report(report, sys.stdout)
    return EXIT_OK if report.ok else EXIT_USAGE


def _import(args: argparse.Namespace) -> ImportReport:
    target = args.import_company or getattr(args, "company", None)
    if not target:
        raise UsageError("import-csv needs --company PATH")
    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"No file at {path}")
    if path.suffix.lower() in (".xlsx", ".xls", ".ods", ".numbers"):
        raise UsageError(f"{path.name} is a spreadsheet workbook, not a CSV file: open it in your spreadsheet and "
                         f"save it as CSV (UTF-8), then import that file")
    company = open_existing(target)
    try:
        return import_csv(company, args.kind, path, valid_rows_only=args.valid_rows_only,
                          date_format=args.date_format)
    except OSError as exc:
        raise UsageError(f"Cannot read {path}: {exc.strerror or exc}") from exc
    finally:
        company.close()


def _count(name: str, n: int) -> str:
    singular, plural = _NOUNS.get(name, (name, name))
    return f"{n} {singular if n == 1 else plural}"


def write_report(report: ImportReport, out: TextIO) -> None:
    """The human summary: what was read, what went in, then a table of the errors."""
    if report.encoding is not None and report.delimiter is not None:
        out.write(f"Read {report.rows} row{'s' if report.rows != 1 else ''} from {report.source} "
                  f"({ENCODING_NAMES.get(report.encoding, report.encoding)}, "
                  f"{DELIMITER_NAMES.get(report.delimiter, report.delimiter)}-separated).\n")
    if report.imported:
        out.write("Imported " + ", ".join(_count(k, n) for k, n in report.imported.items()) + ".\n")
    if report.warnings:
        out.write(f"{len(report.warnings)} cell{'s' if len(report.warnings) != 1 else ''} start like a "
                  f"spreadsheet formula (kept as text, exactly as written; check them):\n")
        out.write(format_errors(report.warnings))
    if report.ok:
        return
    if not report.imported:
        unreadable = any(e.row is None or e.row == 1 for e in report.errors)  # the file or its header
        if report.valid_rows_only or unreadable:
            out.write("Nothing was imported.\n")
        else:
            out.write("Nothing was imported because the file has errors. Fix them, or run again with "
                      "--valid-rows-only to import the rows that have none.\n")
    rows = report.rows_with_errors
    out.write(f"{len(report.errors)} error{'s' if len(report.errors) != 1 else ''}"
              + (f" in {rows} row{'s' if rows != 1 else ''}" if rows else "") + ":\n")
    out.write(format_errors(report.errors))


def format_errors(errors: list[RowError]) -> str:
    table = [("Row", "Column", "Reason")] + [
        ("" if e.row is None else str(e.row), e.column or "", e.reason) for e in errors
    ]
    row_width = max(len(r[0]) for r in table)
    column_width = max(len(r[1]) for r in table)
    return "".join(f"  {r:>{row_width}}  {c:<{column_width}}  {reason}\n" for r, c, reason in table)
