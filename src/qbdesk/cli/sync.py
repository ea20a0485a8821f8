"""``qbdesk sync``: run the first (or next) sync, with a progress bar; ``--resume`` continues a stopped run."""

from __future__ import annotations

import argparse
import signal
import sys
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
from qbdesk.sync.engine import NotSyncHost, ResumeNeedsUser, SyncBusy, SyncEngine, SyncLockLost
from qbdesk.sync.plan import Plan


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("sync", help="run the sync now (the first sync, or the next incremental one)")
    p.add_argument("--company", required=True, help="company file (path) or database URL")
    p.add_argument("--resume", action="store_true",
                   help="continue an interrupted sync (every sync does this first; kept for scripts)")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=run)


def warn_unanswered(plan: Plan) -> None:
    """A first sync with possible matches nobody answered creates both records of each pair: say so."""
    unanswered = sum(len(pairs) for pairs in plan.possible_matches.values())
    if unanswered:
        print(f"qbdesk: {unanswered} possible matches were not answered: both records of each pair are created. "
              f"To link them instead, answer them first: `qbdesk plan --json`, then `qbdesk plan --matches FILE`.",
              file=sys.stderr, flush=True)


@with_company
def run(args: argparse.Namespace, company: Company) -> int:
    cancel = threading.Event()

    def on_interrupt(signum: int, frame: Any) -> None:
        if cancel.is_set():  # a second Ctrl-C: the person means it; what was sent is settled at the next sync
            raise KeyboardInterrupt
        cancel.set()  # stop between batches, at a safe point
        print("qbdesk: stopping at the next safe point (a few seconds)… the next `qbdesk sync` continues; "
              "Ctrl-C again to stop at once.", file=sys.stderr, flush=True)

    previous = signal.signal(signal.SIGINT, on_interrupt)
    reporter = TerminalReporter(quiet=args.json)
    try:
        conn = open_connection(company, args)
        try:
            summary = SyncEngine(company, conn.client, reporter, cancel, desktop=this_desktop(args),
                                 on_plan=warn_unanswered).run(resume=args.resume)
        finally:
            conn.close()
    except SyncBusy as exc:
        return fail(str(exc), EXIT_PROBLEMS)
    except SyncLockLost as exc:  # the run is interrupted, as after a cancel: same status, same way on
        return fail(f"{exc} (`qbdesk sync --resume`)", EXIT_PROBLEMS)
    except NotSyncHost as exc:
        return fail(f"{exc} (`qbdesk office take-over`)", EXIT_NOT_CONNECTED)
    except ResumeNeedsUser as exc:
        return fail(str(exc), EXIT_USAGE)
    except UsageError as exc:
        return fail(str(exc), EXIT_NOT_CONNECTED)
    except (ReconnectNeeded, QboError, EndpointMismatch, EndpointRefused) as exc:
        return fail_for(exc)
    finally:
        signal.signal(signal.SIGINT, previous)
        reporter.close()
    if args.json:
        print_json(summary.to_json())
    else:
        if summary.settled:
            print(f"The interrupted sync was settled first: {summary.settled} writes without an answer were "
                  f"looked up in QuickBooks, so nothing is sent twice.")
        removed = summary.deleted_in_qbo + summary.deactivated_in_qbo
        print(f"Sync {summary.status}: {summary.created_in_qbo} created in QuickBooks, {summary.created_here} "
              f"created here, {summary.updated_in_qbo} updated in QuickBooks, {summary.updated_here} updated here, "
              + (f"{removed} removed in QuickBooks, " if removed else "")
              + f"{summary.linked} linked, {summary.problems} problems"
              + (f", {summary.waiting} waiting for approval" if summary.waiting else "")
              + f"; {summary.api_calls} API calls in {summary.seconds} s.")
        if summary.status == "interrupted":
            print("Run `qbdesk sync` again to continue: what was sent is looked up first, nothing is sent twice.")
    return EXIT_PROBLEMS if summary.problems or summary.status != "completed" else EXIT_OK
