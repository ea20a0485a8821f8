"""``qbdesk office``: a shared company's sync host, the requests waiting for it, and the database password.

* ``status``: which desktop is the sync host, whether this is it, who is syncing now;
* ``take-over``: make this desktop the sync host (then sign in here: ``qbdesk connect``);
* ``requests``: what other desktops asked the host to do, and how it ended;
* ``password``: keep the database password in the keychain (read from standard
  input or asked for — never from the command line), so ``--company`` URLs carry none.
"""

from __future__ import annotations

import argparse
import sys

from qbdesk.cli.common import EXIT_OK, UsageError, fail, print_json, with_company
from qbdesk.cli.connection import this_desktop
from qbdesk.store import Company
from qbdesk.sync.office import Office


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("office", help="office mode: the sync host, requests for it, the database password")
    office = p.add_subparsers(dest="office_command", metavar="OFFICE_COMMAND", required=True)

    status = office.add_parser("status", help="the sync host, and who is syncing now")
    status.add_argument("--company", required=True, help="company file (path) or database URL")
    status.add_argument("--json", action="store_true", help="print one JSON document")
    status.set_defaults(func=run_status)

    take = office.add_parser("take-over", help="make this desktop the sync host (then sign in: qbdesk connect)")
    take.add_argument("--company", required=True, help="company file (path) or database URL")
    take.set_defaults(func=run_take_over)

    reqs = office.add_parser("requests", help="requests for the sync host and their outcome")
    reqs.add_argument("--company", required=True, help="company file (path) or database URL")
    reqs.add_argument("--waiting", action="store_true", help="only those not carried out yet")
    reqs.add_argument("--json", action="store_true", help="print one JSON document")
    reqs.set_defaults(func=run_requests)

    pw = office.add_parser("password", help="keep the company database's password in the keychain")
    pw.add_argument("--company", required=True, help="the database URL, without a password")
    pw.add_argument("--forget", action="store_true", help="remove it from the keychain instead")
    pw.set_defaults(func=run_password)


@with_company
def run_status(args: argparse.Namespace, company: Company) -> int:
    office = Office(company, this_desktop(args))
    host, syncing = office.host(), office.syncing()
    waiting = len(office.requests(waiting_only=True))
    if args.json:
        print_json({"desktop": {"id": office.desktop.id, "name": office.desktop.name},
                    "host": None if host is None else {"id": host.desktop_id, "name": host.desktop_name,
                                                       "since": host.since.isoformat()},
                    "is_host": office.is_host(), "waiting_requests": waiting,
                    "syncing": None if syncing is None else {"host": syncing.host, "pid": syncing.pid,
                                                             "since": syncing.since.isoformat()}})
        return EXIT_OK
    if host is None:
        print("No sync host yet: the first desktop that connects or syncs becomes it.")
    else:
        here = " (this desktop)" if host.is_(office.desktop) else ""
        print(f"Sync host: {host.desktop_name}{here}, since {host.since.astimezone():%Y-%m-%d %H:%M}.")
    print(f"Syncing now: {syncing.describe()}." if syncing else "Nobody is syncing now.")
    print(f"Requests waiting for the host: {waiting}.")
    return EXIT_OK


@with_company
def run_take_over(args: argparse.Namespace, company: Company) -> int:
    office = Office(company, this_desktop(args))
    previous = office.take_over()
    was = f" (instead of {previous.desktop_name})" if previous and not previous.is_(office.desktop) else ""
    print(f"This desktop, {office.desktop.name}, is now the sync host{was}. Sign in to QuickBooks here: "
          f"`qbdesk connect --company …`.")
    return EXIT_OK


@with_company
def run_requests(args: argparse.Namespace, company: Company) -> int:
    rows = Office(company, this_desktop(args)).requests(waiting_only=args.waiting)
    if args.json:
        print_json([{"id": r.id, "kind": r.kind, "action": r.action, "issue_id": r.issue_id, "arg": r.arg,
                     "requested_by": r.requested_by, "requested_at": r.requested_at.isoformat(),
                     "status": r.status, "result": r.result} for r in rows])
        return EXIT_OK
    if not rows:
        print("No requests.")
    for r in rows:
        print(f"#{r.id} {r.describe()} — asked by {r.requested_by}: {r.status}" + (f": {r.result}" if r.result else ""))
    return EXIT_OK


def run_password(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from qbdesk.store.credentials import forget_password, save_password

    try:
        url = make_url(args.company)
    except ArgumentError:
        return fail(f"Not a database URL: {args.company}")
    if url.get_backend_name() == "sqlite":
        return fail("A company file has no password")
    if url.password is not None:
        return fail("Leave the password out of the URL: it is read from standard input or asked for")
    if args.forget:
        forget_password(url)
        print("The password was removed from the keychain.")
        return EXIT_OK
    if sys.stdin.isatty():
        import getpass

        password = getpass.getpass(f"Password of {url.username or 'the user'} on {url.host or 'the server'}: ")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        return fail("No password given")
    save_password(url, password)
    from qbdesk.cli.common import open_existing

    try:
        open_existing(args.company).close()
    except UsageError as exc:
        return fail(f"Kept in the keychain, but the company does not open with it: {exc}")
    print("The password is in the keychain; this company now opens with its URL alone.")
    return EXIT_OK
