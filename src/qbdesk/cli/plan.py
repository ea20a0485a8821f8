"""``qbdesk plan``: a dry run of the next sync — the counts per entity type, and every operation with its fields.

The plan is the one the next ``qbdesk sync`` would carry out (first, later or a
full comparison alike): its counts are what that sync does. ``--ops`` writes every
operation to a spreadsheet, one row per changed field of each update, so an
accountant can check a migration before anything is sent; ``--details`` adds the
operations to the JSON.

When records exist on both sides and their names differ a little, the plan lists
**possible matches** (near-identical name, same e-mail, phone or address) per record
type; ``--matches FILE`` stores the user's word on them (*same* record: linked,
*different*: both created) before the plan is made (:mod:`qbdesk.cli.matches_file`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from qbdesk import csv_safety
from qbdesk.cli.common import EXIT_OK, UsageError, fail_for, print_json, with_company
from qbdesk.cli.connection import open_connection
from qbdesk.cli.matches_file import read_decisions
from qbdesk.cli.progress import TerminalReporter
from qbdesk.qbo.endpoints import EndpointMismatch, EndpointRefused
from qbdesk.qbo.errors import QboError, ReconnectNeeded
from qbdesk.store import Company
from qbdesk.sync.engine import SyncEngine
from qbdesk.sync.match_decisions import UnknownPairs
from qbdesk.sync.plan import OpKind, Plan

COLUMNS = ("in_qbo", "here", "matched", "create_in_qbo", "create_here", "update", "ignored", "filtered", "blocked")
HEADINGS = ("In QBO", "Here", "Linked", "→ QBO", "→ Here", "Update", "Ignored", "Filtered", "Blocked")
OPS_HEADER = ("entity", "record", "action", "field", "here", "in_qbo", "local_id", "qbo_id", "outcome", "reason",
              "detail")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("plan", help="dry run: what the next sync would do, per entity type")
    p.add_argument("--company", required=True, help="company file (path) or database URL")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.add_argument("--details", action="store_true", help="with --json: every operation and its changed fields")
    p.add_argument("--ops", metavar="FILE.csv", help="also write every operation (one row per changed field of an "
                                                     "update) to this CSV file")
    p.add_argument("--matches", metavar="FILE.json",
                   help="first store your decisions on possible matches: the output of --json with "
                        '"decision": "same" or "different" written into the pairs you decided')
    p.set_defaults(func=run)


def print_counts(plan: Plan) -> None:
    print(f"{'':<14}" + "".join(f"{h:>10}" for h in HEADINGS))
    for entity, counts in plan.counts.items():
        values = counts.to_json()
        print(f"{entity:<14}" + "".join(f"{values[c]:>10}" for c in COLUMNS))
    extra = {key: sum(getattr(c, key) for c in plan.counts.values())
             for key in ("delete_in_qbo", "deleted_in_qbo", "conflicts", "waiting")}
    words = {"delete_in_qbo": "to remove in QuickBooks", "deleted_in_qbo": "deleted in QuickBooks",
             "conflicts": "changed on both sides", "waiting": "waiting for approval"}
    notes = [f"{n} {words[k]}" for k, n in extra.items() if n]
    print(f"{len(plan.writes())} operations" + (f" ({', '.join(notes)})" if notes else ""))
    print_possible_matches(plan)


def print_possible_matches(plan: Plan) -> None:
    pairs = [m for found in plan.possible_matches.values() for m in found]
    if not pairs:
        return
    print(f"\n{len(pairs)} possible matches (created on both sides unless you say they are the same record):")
    for m in pairs:
        print(f"  {m.entity:<10} here {m.local_id:>6} {m.here!r:<32} QuickBooks {m.qbo_id:>6} {m.qbo!r:<32} "
              f"({', '.join(m.rules)}; names {m.score}% alike)")
    print('Decide with: qbdesk plan --json > plan.json; write "decision": "same" or "different" into the pairs; '
          "qbdesk plan --matches plan.json")


def ops_rows(plan: Plan) -> list[list[str]]:
    """The operations as spreadsheet rows: an update gives one row per field it changes."""
    rows: list[list[str]] = []
    for op in plan.operations:
        tail = [op.local_id or "", op.qbo_id or "", op.outcome.value if op.outcome else "", op.reason or "",
                "; ".join(f"{k}={v}" for k, v in op.params.items())]
        action = op.kind.value
        if op.changes and op.kind in (OpKind.UPDATE_IN_QBO, OpKind.UPDATE_HERE, OpKind.CONFLICT, OpKind.MOVED):
            for change in op.changes:
                rows.append([op.entity, op.label, action, change.label, change.here or "", change.qbo or "", *tail])
        else:
            rows.append([op.entity, op.label, action, "", "", "", *tail])
    return rows


def write_ops(plan: Plan, path: str) -> None:
    try:
        with Path(path).open("w", newline="", encoding="utf-8") as handle:
            out = csv_safety.writer(handle)  # a record name a spreadsheet would run is written as text
            out.writerow(OPS_HEADER)
            out.writerows(ops_rows(plan))
    except OSError as exc:
        raise UsageError(f"Cannot write {path}: {exc.strerror or exc}") from exc


@with_company
def run(args: argparse.Namespace, company: Company) -> int:
    if args.details and not args.json:
        raise UsageError("--details goes with --json")
    decisions = read_decisions(args.matches) if args.matches else None
    reporter = TerminalReporter(quiet=args.json)
    try:
        conn = open_connection(company, args)
        try:
            engine = SyncEngine(company, conn.client, reporter)
            plan = engine.plan() if decisions is None else engine.decide_matches(decisions)
        finally:
            conn.close()
    except (ReconnectNeeded, QboError, EndpointMismatch, EndpointRefused) as exc:
        return fail_for(exc)
    except UnknownPairs as exc:
        raise UsageError(f"{args.matches}: nothing was stored: " + "; ".join(exc.problems)) from exc
    finally:
        reporter.close()
    if args.ops:
        write_ops(plan, args.ops)
    if args.json:
        print_json(plan.to_json(details=args.details))
    else:
        if decisions is not None:
            print(f"{len(decisions)} decisions on possible matches stored.")
        print_counts(plan)
    return EXIT_OK
