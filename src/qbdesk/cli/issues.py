"""``qbdesk issues`` (the open sync problems) and ``qbdesk resolve`` (apply an action to one)."""

from __future__ import annotations

import argparse

from qbdesk.cli.common import EXIT_OK, EXIT_PROBLEMS, UsageError, fail, print_json, with_company
from qbdesk.cli.connection import open_connection, this_desktop
from qbdesk.qbo.errors import ReconnectNeeded
from qbdesk.store import Company
from qbdesk.sync.actions import ActionError, ProblemActions
from qbdesk.sync.catalogue import BYPASS, CREATE, MATCH
from qbdesk.sync.office import Office
from qbdesk.sync.problem_list import open_problems

ACTIONS = ("resync", "skip", "unskip", "bypass", "clear-id", "delete", "match", "create", "dont-sync", "move-back",
           "accept", "keep-here", "keep-qbo")
ONLINE = {MATCH, CREATE, BYPASS}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("issues", help="list open sync problems")
    p.add_argument("--company", required=True, help="company file (path) or database URL")
    p.add_argument("--category", help="only this category (customers, invoices, payments…)")
    p.add_argument("--all", action="store_true", help="include skipped problems")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=run_issues)

    r = sub.add_parser("resolve", help="apply an action to a sync problem")
    r.add_argument("--company", required=True, help="company file (path) or database URL")
    r.add_argument("issue_id", type=int, help="the problem's id (see `qbdesk issues`)")
    r.add_argument("action", choices=ACTIONS)
    r.add_argument("arg", nargs="?", help="for match: the QuickBooks Id of the customer to use")
    r.set_defaults(func=run_resolve)


@with_company
def run_issues(args: argparse.Namespace, company: Company) -> int:
    with company.session() as s:
        rows = open_problems(s, args.category, include_skipped=args.all)
    if args.json:
        print_json([r.to_json() for r in rows])
    else:
        if not rows:
            print("No open sync problems.")
        for r in rows:
            print(f"#{r.id} [{r.category}] {r.entity} {r.record}: {r.code or ''} {r.message}")
            print(f"    {r.fill(r.entry.explanation)}")
            print(f"    actions: {', '.join(r.actions)}")
    return EXIT_PROBLEMS if any(r.status == "open" for r in rows) else EXIT_OK


@with_company
def run_resolve(args: argparse.Namespace, company: Company) -> int:
    office = Office(company, this_desktop(args))
    try:
        client = None
        if args.action in ONLINE and office.is_host():  # elsewhere it is sent to the sync host instead
            conn = open_connection(company, args)
            client = conn.client
        result = ProblemActions(company, client, office=office).apply(args.issue_id, args.action, args.arg)
    except ActionError as exc:
        return fail(str(exc))
    except (ReconnectNeeded, UsageError) as exc:
        return fail(str(exc), 3)
    print(result.message)
    if result.needs_sync:
        print("Run `qbdesk sync` to apply it now.")
    return EXIT_OK
