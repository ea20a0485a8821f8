"""``qbdesk undo``: take a run back — both sides as they were before it; itself a journaled, resumable run.

By default the last run that wrote anything; ``--run`` names another (its id, as
``qbdesk log`` and the sync log show it). ``--dry-run`` shows what the undo will do
and writes nothing; ``--resume`` continues an undo that was cut short (until it
has, no sync starts). Records someone changed since the run are not overwritten:
each becomes a problem (``qbdesk issues``) with the actions ``undo-anyway`` and
``keep-it`` (``qbdesk resolve``).
"""

from __future__ import annotations

import argparse
import signal
import threading
from typing import Any

from qbdesk.cli.common import (
    EXIT_NOT_CONNECTED,
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    UsageError,
    fail,
    fail_for,
    print_json,
    with_company,
)
from qbdesk.cli.connection import open_connection, this_desktop
from qbdesk.cli.progress import TerminalReporter
from qbdesk.qbo.endpoints import EndpointMismatch, EndpointRefused
from qbdesk.qbo.errors import QboError, ReconnectNeeded
from qbdesk.store import Company
from qbdesk.sync.engine import NotSyncHost, ResumeNeedsUser, SyncBusy, SyncLockLost
from qbdesk.sync.undo import UndoPlan, UndoRefused, operation_json
from qbdesk.sync.undo_run import Undo, UndoSummary

_PLANNED = {"deleted_in_qbo": "delete_in_qbo", "deactivated_in_qbo": "deactivate_in_qbo",
            "restored_in_qbo": "restore_in_qbo", "deleted_here": "delete_here", "restored_here": "restore_here",
            "unlinked": "unlink"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("undo", help="undo a run (by default the last one that wrote anything): both sides back "
                                    "to before it")
    p.add_argument("--company", required=True, help="company file (path) or database URL")
    p.add_argument("--run", metavar="RUN_ID", help="the run to undo (default: the last run that wrote anything)")
    p.add_argument("--dry-run", action="store_true", help="show what the undo will do; write nothing")
    p.add_argument("--resume", action="store_true", help="continue an undo that was interrupted")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=run)


def plan_document(plan: UndoPlan) -> dict[str, Any]:
    """The dry run in the undo's own JSON shape (status ``dry-run``), with every operation."""
    totals = plan.totals()
    doc: dict[str, Any] = {"run_id": None, "undoes": plan.target.run_id, "status": "dry-run"}
    doc.update({key: totals[planned] for key, planned in _PLANNED.items()})
    doc["problems"] = totals["changed_since"]
    doc["not_undone"] = totals["not_undone"]
    doc["already_undone"] = plan.already
    doc["operations"] = [operation_json(op) for op in plan.operations]
    return doc


def print_plan(plan: UndoPlan) -> None:
    t = plan.totals()
    target = plan.target
    print(f"Undo of the {target.kind} run of {target.started_at:%Y-%m-%d %H:%M} UTC ({target.run_id}):")
    lines = (("delete_in_qbo", "to delete in QuickBooks"), ("deactivate_in_qbo", "to make inactive in QuickBooks"),
             ("restore_in_qbo", "to restore in QuickBooks"), ("delete_here", "to delete here"),
             ("restore_here", "to restore here"), ("unlink", "links to undo"))
    for key, words in lines:
        if t[key]:
            print(f"  {t[key]:>8,}  {words}")
    if t["changed_since"]:
        print(f"  {t['changed_since']:>8,}  changed since the run: not undone (each becomes a problem: "
              f"undo-anyway or keep-it)")
    if t["not_undone"]:
        print(f"  {t['not_undone']:>8,}  cannot be undone (deleted for good in QuickBooks, gone since, or kept)")
    if plan.empty:
        print("Nothing left to undo.")
    else:
        print("Nothing has been written. Run without --dry-run to undo.")


def print_summary(summary: UndoSummary) -> None:
    if summary.nothing_to_do:
        print(f"Nothing left to undo of run {summary.undoes}.")
        return
    if summary.settled:
        print(f"The interrupted run was settled first: {summary.settled} writes without an answer were looked up "
              f"in QuickBooks, so nothing is done twice.")
    print(f"Undo {summary.status} (run {summary.run_id}, undoing {summary.undoes}): "
          f"{summary.deleted_in_qbo} deleted and {summary.deactivated_in_qbo} made inactive in QuickBooks, "
          f"{summary.restored_in_qbo} restored in QuickBooks, {summary.deleted_here} deleted here, "
          f"{summary.restored_here} restored here, {summary.unlinked} links undone, {summary.problems} problems; "
          f"{summary.api_calls} API calls in {summary.seconds} s.")
    if summary.problems:
        print("See `qbdesk issues`: each record changed since the run waits for undo-anyway or keep-it.")
    if summary.status == "interrupted":
        print("Run `qbdesk undo --resume` to finish it: what was sent is looked up first, nothing is done twice. "
              "No sync starts until then.")


def _document(summary: UndoSummary) -> dict[str, Any]:
    doc = summary.to_json()
    doc["run_id"] = summary.run_id or None
    return doc


@with_company
def run(args: argparse.Namespace, company: Company) -> int:
    if args.resume and (args.dry_run or args.run):
        raise UsageError("--resume continues the interrupted undo: it takes neither --run nor --dry-run")
    cancel = threading.Event()

    def on_interrupt(signum: int, frame: Any) -> None:
        cancel.set()  # stop between batches; `qbdesk undo --resume` continues

    previous = signal.signal(signal.SIGINT, on_interrupt)
    reporter = TerminalReporter(quiet=args.json)
    plan: UndoPlan | None = None
    summary: UndoSummary | None = None
    try:
        conn = open_connection(company, args)
        try:
            undo = Undo(company, conn.client, reporter, cancel, desktop=this_desktop(args))
            if args.dry_run:
                plan = undo.plan(args.run)
            else:
                summary = undo.run(args.run, resume=args.resume)
        finally:
            conn.close()
    except (UndoRefused, ResumeNeedsUser) as exc:
        return fail(str(exc), EXIT_USAGE)
    except UsageError as exc:  # no client secret for the saved connection
        return fail(str(exc), EXIT_NOT_CONNECTED)
    except SyncBusy as exc:
        return fail(str(exc), EXIT_PROBLEMS)
    except SyncLockLost as exc:
        return fail(f"{exc} (`qbdesk undo --resume`)", EXIT_PROBLEMS)
    except NotSyncHost as exc:
        return fail(f"{exc} (`qbdesk office take-over`)", EXIT_NOT_CONNECTED)
    except (ReconnectNeeded, QboError, EndpointMismatch, EndpointRefused) as exc:
        return fail_for(exc)
    finally:
        signal.signal(signal.SIGINT, previous)
        reporter.close()
    if plan is not None:
        if args.json:
            print_json(plan_document(plan))
        else:
            print_plan(plan)
        return EXIT_OK
    assert summary is not None
    if args.json:
        print_json(_document(summary))
    else:
        print_summary(summary)
    return EXIT_PROBLEMS if summary.problems or summary.status != "completed" else EXIT_OK
