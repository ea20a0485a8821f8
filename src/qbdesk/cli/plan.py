"""``qbdesk plan``: a dry run — the counts per entity type and, optionally, every operation."""

from __future__ import annotations

import argparse
from pathlib import Path

from qbdesk import csv_safety
from qbdesk.cli.common import EXIT_NOT_CONNECTED, EXIT_OK, UsageError, fail, fail_for, print_json, with_company
from qbdesk.cli.connection import open_connection
from qbdesk.cli.progress import TerminalReporter
from qbdesk.qbo.endpoints import EndpointMismatch, EndpointRefused
from qbdesk.qbo.errors import QboError, ReconnectNeeded
from qbdesk.store import Company
from qbdesk.sync.engine import SyncEngine
from qbdesk.sync.plan import Plan

COLUMNS = ("in_qbo", "here", "matched", "create_in_qbo", "create_here", "update", "ignored", "filtered", "blocked")
HEADINGS = ("In QBO", "Here", "Matched", "→ QBO", "→ Here", "Update", "Ignored", "Filtered", "Blocked")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("plan", help="dry run: what a sync would do, per entity type")
    p.add_argument("--company", required=True, help="company file (path) or database URL")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.add_argument("--ops", metavar="FILE.csv", help="also write every operation to this CSV file")
    p.set_defaults(func=run)


def print_counts(plan: Plan) -> None:
    print(f"{'':<14}" + "".join(f"{h:>10}" for h in HEADINGS))
    for entity, counts in plan.counts.items():
        values = counts.to_json()
        print(f"{entity:<14}" + "".join(f"{values[c]:>10}" for c in COLUMNS))
    print(f"{len(plan.writes())} operations")


def write_ops(plan: Plan, path: str) -> None:
    """Every operation as CSV; a record name a spreadsheet would run as a formula is written as text."""
    with Path(path).open("w", newline="", encoding="utf-8") as handle:
        out = csv_safety.writer(handle)
        out.writerow(["operation", "entity", "local_id", "qbo_id", "record", "outcome", "reason", "detail"])
        for op in plan.operations:
            out.writerow([op.kind.value, op.entity, op.local_id or "", op.qbo_id or "", op.label,
                          op.outcome.value if op.outcome else "", op.reason or "",
                          "; ".join(f"{k}={v}" for k, v in op.params.items())])


@with_company
def run(args: argparse.Namespace, company: Company) -> int:
    reporter = TerminalReporter(quiet=args.json)
    try:
        conn = open_connection(company, args)
        plan = SyncEngine(company, conn.client, reporter).plan()
        conn.close()
    except UsageError as exc:
        return fail(str(exc), EXIT_NOT_CONNECTED)
    except (ReconnectNeeded, QboError, EndpointMismatch, EndpointRefused) as exc:
        return fail_for(exc)
    finally:
        reporter.close()
    if args.ops:
        write_ops(plan, args.ops)
    if args.json:
        print_json(plan.to_json())
    else:
        print_counts(plan)
    return EXIT_OK
