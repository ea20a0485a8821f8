"""QuickBooks Desktop through the Web Connector: records per session minute against the practice Desktop.

Four sessions of the practice Web Connector against the service over real HTTP on
127.0.0.1, each running the one engine:

1. Desktop → here: a practice Desktop filled from the business generator, an empty company file;
2. here → Desktop: a generated company file, an empty practice Desktop;
3. a later session with nothing to do (what every scheduled update costs);
4. a later session after editing 50 customers here.

The practice Desktop answers at once; a real QuickBooks takes its own time per
request (not measured here: no Windows), so these figures are the service's and
the engine's share — the ceiling, not a promise (docs/desktop.md).

    .venv/bin/python bench/bench_desktop.py [--size 2000] [--seed 1]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import select

from qbdesk.desktop.config import load_config
from qbdesk.desktop.practice.company import DesktopCompany
from qbdesk.desktop.practice.seed import seed
from qbdesk.desktop.practice.webconnector import SessionResult, WebConnector
from qbdesk.desktop.service import DesktopService, serve
from qbdesk.store import Company, open_company
from qbdesk.store.demo import generate
from qbdesk.store.lists import Customer

ANCHOR = date(2026, 6, 30)
PASSWORD = "bench-password"


def session(company: Company, desktop: DesktopCompany) -> tuple[SessionResult, DesktopService]:
    service = DesktopService(company, load_config(company), lambda: PASSWORD)
    server, url = serve(service)
    try:
        result = WebConnector(url, desktop, "qbdesk", PASSWORD).run()
    finally:
        service.stop()
        server.shutdown()
        server.server_close()
    return result, service


def report(name: str, result: SessionResult, service: DesktopService, records: int) -> None:
    summary = service.current.summary if service.current is not None else None
    per_minute = records / result.seconds * 60 if result.seconds else 0.0
    print(f"{name}: {result.status}, {records} records in {result.seconds:.1f} s = {per_minute:,.0f} records per "
          f"session minute; {result.round_trips} round trips ({records / max(1, result.round_trips):.1f} records "
          f"each), {len(result.writes)} Desktop writes, problems {summary.problems if summary else '?'}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(f"load: {os.getloadavg()}; size {args.size}")
    with tempfile.TemporaryDirectory() as tmp:
        desktop = DesktopCompany()
        started = time.monotonic()
        added = seed(desktop, args.size, seed=args.seed, anchor=ANCHOR)
        print(f"practice Desktop filled: {sum(added.values())} records in {time.monotonic() - started:.1f} s")
        pulled = open_company(Path(tmp) / "pulled.qbdesk", create=True)
        result, service = session(pulled, desktop)
        created = service.current.summary.created_here if service.current and service.current.summary else 0
        report("1. Desktop → here (first session)", result, service, created)

        pushed = open_company(Path(tmp) / "pushed.qbdesk", create=True)
        with pushed.session() as s:
            generate(s, args.size, seed=args.seed + 1, anchor=ANCHOR)
        empty = DesktopCompany()
        result, service = session(pushed, empty)
        sent = service.current.summary.created_in_qbo if service.current and service.current.summary else 0
        report("2. here → Desktop (first session)", result, service, sent)

        result, service = session(pushed, empty)
        report("3. later session, nothing changed", result, service, 0)

        with pushed.session() as s:
            for n, customer in enumerate(s.scalars(select(Customer).order_by(Customer.id).limit(50))):
                customer.phone = f"555-01{n:02d}"
        result, service = session(pushed, empty)
        updated = service.current.summary.updated if service.current and service.current.summary else 0
        report("4. later session, 50 customers edited here", result, service, updated)
        for company in (pulled, pushed):
            company.close()
    print(f"load after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
