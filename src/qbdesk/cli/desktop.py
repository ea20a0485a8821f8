"""``qbdesk desktop``: QuickBooks Desktop through Intuit's Web Connector.

* ``serve`` runs the Web Connector service for a company file until interrupted;
  its first line of output is one JSON object (``url``, ``username``, …);
* ``qwc`` writes the ``.qwc`` file to add to the Web Connector;
* ``password`` sets the service password (kept in the keychain; typed, never on
  the command line);
* ``practice`` runs one Web Connector session of the practice QuickBooks Desktop
  against the service, to rehearse without Windows or QuickBooks;
* ``task`` writes a Windows Task Scheduler task that keeps ``serve`` running in the
  background (started at log on, restarted if it stops).

docs/desktop.md is the guide.
"""

from __future__ import annotations

import argparse
import getpass
import json
import secrets
import signal
import sys
import threading
from datetime import date
from pathlib import Path
from types import FrameType

from qbdesk.cli.common import EXIT_OK, EXIT_PROBLEMS, UsageError, fail, print_json, with_company
from qbdesk.desktop.config import (
    ONLINE_TOO,
    PASSWORD_ENV,
    NoPassword,
    connected_to_online,
    load_config,
    password,
    set_password,
)
from qbdesk.desktop.qwc import DEFAULT_MINUTES, QwcError, qwc_document
from qbdesk.desktop.service import DesktopService, serve
from qbdesk.desktop.windows_task import TASK_NAME, serve_task
from qbdesk.store import Company
from qbdesk.store.summary import company_name
from qbdesk.sync.problem_list import open_problems

MIN_PASSWORD = 8


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("desktop", help="QuickBooks Desktop through the QuickBooks Web Connector")
    actions = p.add_subparsers(dest="desktop_command", metavar="ACTION")

    s = actions.add_parser("serve", help="run the Web Connector service for a company until interrupted")
    s.add_argument("--company", required=True, help="company file (path) or database URL")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    s.add_argument("--port", type=int, default=0, help="port (default 0: a free one)")
    s.set_defaults(func=run_serve)

    q = actions.add_parser("qwc", help="write the .qwc file to add to the Web Connector")
    q.add_argument("--company", required=True, help="company file (path) or database URL")
    q.add_argument("--url", required=True, help="the service's address, as the Web Connector will reach it "
                                                "(https://…, or http://localhost:PORT/qbwc on the same PC)")
    q.add_argument("--out", required=True, type=Path, help="the .qwc file to write")
    q.add_argument("--every", type=int, default=DEFAULT_MINUTES,
                   help=f"minutes between automatic updates (default {DEFAULT_MINUTES})")
    q.set_defaults(func=run_qwc)

    w = actions.add_parser("password", help="set the password the Web Connector signs in with (kept in the keychain)")
    w.add_argument("--company", required=True, help="company file (path) or database URL")
    w.set_defaults(func=run_password)

    r = actions.add_parser("practice", help="run one session of the practice QuickBooks Desktop against the service")
    r.add_argument("--company", required=True, help="company file (path) or database URL")
    r.add_argument("--desktop", type=Path, help="keep the practice Desktop company in this file between sessions "
                                                "(made, with a generated business, the first time)")
    r.add_argument("--size", type=int, default=200, help="about how many records a new practice Desktop holds")
    r.add_argument("--seed", type=int, default=0, help="random seed of the practice Desktop's business")
    r.add_argument("--anchor", type=date.fromisoformat, help="'today' of the generated history (YYYY-MM-DD)")
    r.add_argument("--json", action="store_true", help="print one JSON document")
    r.set_defaults(func=run_practice)
    t = actions.add_parser("task", help="write a Windows Task Scheduler task that keeps the service running in the "
                                        "background (import it with schtasks /Create /XML FILE /TN NAME)")
    t.add_argument("--company", required=True, help="company file (path) or database URL")
    t.add_argument("--port", type=int, required=True,
                   help="the port the service listens on (the one in the .qwc file's address)")
    t.add_argument("--out", required=True, type=Path, help="the task file to write (.xml)")
    t.set_defaults(func=run_task)
    m = actions.add_parser("migrate", help="copy the company file for QuickBooks Online, without its Desktop "
                                          "connection (then connect the copy and run the first sync)")
    m.add_argument("--company", required=True, help="company file synced with QuickBooks Desktop")
    m.add_argument("--out", required=True, type=Path, help="the new company file to make")
    m.add_argument("--json", action="store_true", help="print one JSON document")
    m.set_defaults(func=run_migrate)
    p.set_defaults(func=lambda args: _usage(p))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return fail("choose an action, e.g. `qbdesk desktop serve --company PATH`")


def _stop(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def _no_password(company: Company) -> str:
    return (f"No Web Connector password is set for this company: set one with `qbdesk desktop password --company "
            f"{company.identity}` (or put it in {PASSWORD_ENV} for scripts).")


@with_company
def run_serve(args: argparse.Namespace, company: Company) -> int:
    if connected_to_online(company):
        return fail(ONLINE_TOO)
    config = load_config(company)
    try:
        password(config)
    except NoPassword:
        return fail(_no_password(company))
    service = DesktopService(company, config, lambda: password(config))
    try:
        server, url = serve(service, args.host, args.port)
    except OSError as exc:
        return fail(f"cannot listen on {args.host}:{args.port}: {exc}")
    print(json.dumps({"url": url, "username": config.username, "company": company.identity,
                      "owner_id": config.owner_id, "file_id": config.file_id}), flush=True)
    print(f"qbdesk: Web Connector service at {url}; Ctrl-C stops it", file=sys.stderr)
    previous = signal.signal(signal.SIGTERM, _stop)
    forever = threading.Event()
    try:
        while not forever.wait(1.0):   # the service answers in its own threads; Ctrl-C or SIGTERM ends this
            pass
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        service.stop()
        server.shutdown()
        server.server_close()
    return EXIT_OK


@with_company
def run_task(args: argparse.Namespace, company: Company) -> int:
    if connected_to_online(company):
        return fail(ONLINE_TOO)
    if not 0 < args.port < 65536:
        return fail(f"--port must be a port number (1–65535), not {args.port}: use the port of the address in "
                    "the .qwc file.")
    if args.out.suffix.lower() != ".xml":
        return fail(f"{args.out.name}: Task Scheduler imports .xml files; name it, for example, qbdesk-task.xml.")
    document = serve_task(company.identity, args.port)
    try:
        args.out.write_bytes(document)
    except OSError as exc:
        return fail(f"cannot write {args.out}: {exc.strerror or exc}")
    print(f"Wrote {args.out}. On the QuickBooks PC, import it once (as the user who runs QuickBooks):\n"
          f'  schtasks /Create /XML "{args.out}" /TN "{TASK_NAME}"\n'
          "The service then starts at every log on and comes back within a minute if it stops.")
    return EXIT_OK


@with_company
def run_qwc(args: argparse.Namespace, company: Company) -> int:
    config = load_config(company)
    with company.session() as s:
        name = company_name(s) or Path(company.identity).stem
    try:
        document = qwc_document(config, args.url, company_name=name, minutes=args.every)
    except QwcError as exc:
        return fail(str(exc))
    out: Path = args.out
    if out.suffix.lower() != ".qwc":
        return fail(f"{out} should end in .qwc (the Web Connector only opens .qwc files)")
    try:
        out.write_text(document, encoding="utf-8")
    except OSError as exc:
        return fail(f"cannot write {out}: {exc.strerror or exc}")
    print(f"Wrote {out}. In the Web Connector on the QuickBooks PC: Add an application, choose this file, then "
          f"type the password set with `qbdesk desktop password` (user name {config.username}).")
    return EXIT_OK


def _read_password() -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Web Connector password: ")
    if getpass.getpass("Again: ") != first:
        raise UsageError("The two passwords differ; nothing was changed.")
    return first


@with_company
def run_password(args: argparse.Namespace, company: Company) -> int:
    config = load_config(company)
    value = _read_password()
    if len(value) < MIN_PASSWORD:
        return fail(f"Choose a password of at least {MIN_PASSWORD} characters; nothing was changed.")
    try:
        set_password(config, value)
    except Exception as exc:
        return fail(f"The keychain could not keep the password ({exc}); scripts can set {PASSWORD_ENV} instead.")
    print(f"Password kept in the keychain. Type the same one into the Web Connector for user {config.username}.")
    return EXIT_OK


@with_company
def run_practice(args: argparse.Namespace, company: Company) -> int:
    from qbdesk.desktop.practice import persistence
    from qbdesk.desktop.practice.company import DesktopCompany
    from qbdesk.desktop.practice.seed import seed
    from qbdesk.desktop.practice.webconnector import WebConnector

    if not 0 <= args.size <= 20_000:
        return fail("--size must be between 0 and 20000")
    if connected_to_online(company):
        return fail(ONLINE_TOO)
    config = load_config(company)
    try:
        secret = password(config)
    except NoPassword:
        secret = secrets.token_urlsafe(16)   # this rehearsal only: the service and its Web Connector share it
    stored: Path | None = args.desktop
    if stored is not None and stored.exists():
        try:
            desktop = persistence.load(stored)
        except (OSError, ValueError) as exc:
            return fail(f"cannot read the practice Desktop {stored}: {exc}")
    else:
        desktop = DesktopCompany()
        print(f"qbdesk: generating a practice QuickBooks Desktop of about {args.size} records…", file=sys.stderr)
        seed(desktop, args.size, seed=args.seed, anchor=args.anchor)
    service = DesktopService(company, config, lambda: secret)
    server, url = serve(service)
    try:
        result = WebConnector(url, desktop, config.username, secret).run()
    finally:
        service.stop()
        server.shutdown()
        server.server_close()
    if stored is not None:
        persistence.save(desktop, stored)
    with company.session() as s:
        problems = len(open_problems(s))
    doc = {"status": result.status, "round_trips": result.round_trips, "requests": len(result.requests),
           "writes": len(result.writes), "closing": result.closing, "last_error": result.last_error,
           "seconds": round(result.seconds, 2), "problems": problems}
    if args.json:
        print_json(doc)
    else:
        print(f"Session {result.status}: {result.round_trips} round trips, {len(result.writes)} writes to Desktop, "
              f"{result.seconds:.1f} s.\n{result.closing or result.last_error}")
    if result.status != "done":
        return fail(f"the session ended {result.status}: {result.last_error}", EXIT_PROBLEMS)
    return EXIT_PROBLEMS if problems else EXIT_OK


@with_company
def run_migrate(args: argparse.Namespace, company: Company) -> int:
    from qbdesk.desktop.migrate import HandOverError, hand_over

    try:
        counts = hand_over(company, args.out)
    except HandOverError as exc:
        return fail(str(exc))
    if args.json:
        print_json({"company": str(args.out), "records": counts})
    else:
        print(f"Made {args.out} ({sum(counts.values())} records, no QuickBooks connection). Next: `qbdesk connect "
              f"--company {args.out}`, then the first sync (the window's wizard, or `qbdesk sync`).")
    return EXIT_OK
