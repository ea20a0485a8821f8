"""``qbdesk approvals``: the approval queue, as the window's Approvals page — list, approve, keep or clear.

With "Review changes before they sync" on, what a sync detects waits here. ``approve``
carries the given changes out now, through the engine like any sync (on a desktop
that is not the sync host, it is sent to the host); ``clear`` drops changes until
their record changes again; ``keep`` leaves them waiting, as the window's "Keep
unchecked" does.
"""

from __future__ import annotations

import argparse

from qbdesk.cli.common import EXIT_OK, UsageError, print_json, with_company
from qbdesk.cli.connection import open_connection, this_desktop
from qbdesk.desktop.config import synced_with_desktop
from qbdesk.store import Company
from qbdesk.store.syncdata import ApprovalItem, ApprovalStatus
from qbdesk.store.types import utcnow
from qbdesk.sync.office import Office
from qbdesk.sync.read_model import ApprovalRow, approve_checked, read_approvals
from qbdesk.sync.words import CHANGES


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("approvals", help="the changes waiting for approval: list, approve, keep or clear them")
    p.add_argument("--company", required=True, help="company file (path) or database URL")
    p.add_argument("verb", nargs="?", default="list", choices=("list", "approve", "keep", "clear"))
    p.add_argument("ids", nargs="*", type=int, metavar="ID", help="the changes (see `qbdesk approvals list`)")
    p.add_argument("--all", action="store_true", help="every waiting change")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=run)


def _json(row: ApprovalRow) -> dict[str, object]:
    return {"id": row.id, "direction": row.direction, "entity": row.entity, "local_id": row.local_id,
            "qbo_id": row.qbo_id, "change": row.change, "record": row.summary,
            "detected_at": row.detected_at.isoformat()}


def _chosen(args: argparse.Namespace, rows: list[ApprovalRow]) -> list[int]:
    waiting = {r.id for r in rows}
    if args.all:
        return sorted(waiting)
    if not args.ids:
        raise UsageError(f"{args.verb}: name the changes by their ids, or give --all (`qbdesk approvals list`)")
    unknown = [i for i in args.ids if i not in waiting]
    if unknown:
        raise UsageError(f"no waiting change with id {', '.join(map(str, unknown))}; waiting: "
                         f"{', '.join(map(str, sorted(waiting))) or 'none'}")
    return list(dict.fromkeys(args.ids))


@with_company
def run(args: argparse.Namespace, company: Company) -> int:
    rows, review = read_approvals(company)
    if args.verb == "list":
        if args.json:
            print_json({"review_changes": review, "waiting": [_json(r) for r in rows]})
            return EXIT_OK
        if not review:
            print("Changes sync without review (settings: review_changes = no).")
        for direction, title in (("import", "Import from QuickBooks"), ("export", "Export to QuickBooks")):
            section = [r for r in rows if r.direction == direction]
            print(f"{title} ({len(section)})")
            for r in section:
                print(f"  #{r.id}  {CHANGES.get(r.change, r.change):<14} {r.entity:<13} {r.summary}")
        return EXIT_OK
    chosen = _chosen(args, rows)
    if args.verb == "keep":
        print(f"{len(chosen)} changes stay waiting.")
        return EXIT_OK
    if args.verb == "clear":
        with company.session() as s:
            for item_id in chosen:
                item = s.get(ApprovalItem, item_id)
                if item is not None and item.status is ApprovalStatus.WAITING:
                    item.status, item.decided_at = ApprovalStatus.CLEARED, utcnow()
        print(f"{len(chosen)} changes cleared: they come back only when their record changes again.")
        return EXIT_OK
    office = Office(company, this_desktop(args))
    if synced_with_desktop(company):  # QuickBooks Desktop is reached only when the Web Connector calls
        request = office.request_approval(chosen, chosen, clear_unchecked=False)
        if args.json:
            print_json({"approved": 0, "problems": 0, "request_id": request.id})
        else:
            print(f"Approved (request #{request.id}): carried out at the next QuickBooks Web Connector update.")
        return EXIT_OK
    conn = open_connection(company, args) if office.is_host() else None  # elsewhere it goes to the sync host
    try:
        result = approve_checked(company, conn.client if conn else None, chosen, clear_unchecked=False,
                                 shown=chosen, office=office if not office.is_host() else None)
    finally:
        if conn is not None:
            conn.close()
    if args.json:
        print_json({"approved": result.approved, "problems": result.problems, "request_id": result.request_id})
    elif result.request_id is not None:
        print(f"Sent to the sync host (request #{result.request_id}): it is carried out at its next sync.")
    else:
        print(f"{result.approved} changes carried out; {result.problems} problems (see `qbdesk issues`).")
    return 1 if result.problems else EXIT_OK
