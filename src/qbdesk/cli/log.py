"""``qbdesk log``: the sync log — every operation of every run, as the window's Sync log shows it.

Pending (approved changes no run has carried out yet), successful and failed, newest
first; ``--csv`` writes it for a spreadsheet (UTF-8 with BOM, so accents survive
Excel, and no cell a spreadsheet would run as a formula).
"""

from __future__ import annotations

import argparse
from datetime import date

from qbdesk.cli.common import EXIT_OK, UsageError, print_json, with_company
from qbdesk.store import Company
from qbdesk.sync.entities import ENTITY_ORDER
from qbdesk.sync.read_model import LogFilter, LogRow, export_log, iter_log
from qbdesk.sync.words import LOG_STATUS, LOG_STATUSES, OPERATIONS, RUN_KINDS

HEADER = ["When", "Status", "What happened", "Type", "Record", "QuickBooks Id", "Code", "Message", "Run"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("log", help="the sync log: what every run did, newest first")
    p.add_argument("--company", required=True, help="company file (path) or database URL")
    p.add_argument("--status", choices=LOG_STATUSES, help="only these")
    p.add_argument("--type", dest="entity", metavar="TYPE", help=f"only this record type ({', '.join(ENTITY_ORDER)})")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="from this day on (your time)")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="up to this day, inclusive")
    p.add_argument("--search", default="", help="a record's name or number, a code or a message")
    p.add_argument("--csv", metavar="FILE", help="write the rows to this CSV file instead of printing them")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=run)


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option}: {text!r} is not a date (YYYY-MM-DD)") from None


def _json(row: LogRow) -> dict[str, object]:
    return {"when": row.when.isoformat(), "status": row.status, "operation": row.operation, "entity": row.entity,
            "local_id": row.local_id, "qbo_id": row.qbo_id, "record": row.record, "code": row.error_code,
            "message": row.error_message, "run": row.run_kind}


@with_company
def run(args: argparse.Namespace, company: Company) -> int:
    if args.entity and args.entity not in ENTITY_ORDER:
        raise UsageError(f"--type: {args.entity!r} is not one of: {', '.join(ENTITY_ORDER)}")
    flt = LogFilter(args.status, args.entity, _day(args.since, "--since"), _day(args.until, "--until"), args.search)
    if args.csv:
        from pathlib import Path

        labels = {"status": LOG_STATUS, "operation": OPERATIONS, "entity": {e: e for e in ENTITY_ORDER},
                  "run": RUN_KINDS}
        try:
            written = export_log(company, flt, Path(args.csv), HEADER, labels)
        except OSError as exc:
            raise UsageError(f"Cannot write {args.csv}: {exc.strerror or exc}") from exc
        print(f"{written} rows written to {args.csv}")
        return EXIT_OK
    rows = list(iter_log(company, flt))
    if args.json:
        print_json([_json(r) for r in rows])
        return EXIT_OK
    if not rows:
        print("Nothing in the log" + (" for these filters." if flt != LogFilter() else " yet: no sync has run."))
    for row in rows:
        when = row.when.astimezone().strftime("%Y-%m-%d %H:%M")
        what = OPERATIONS.get(row.operation, row.operation)
        line = f"{when}  {LOG_STATUS.get(row.status, row.status):<10}  {what:<28}  {row.entity:<13}  {row.record}"
        if row.error_code or row.error_message:
            line += f"  — {row.error_code or ''} {row.error_message or ''}".rstrip()
        print(line)
    return EXIT_OK
