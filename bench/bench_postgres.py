"""The planner and a first sync with the company in PostgreSQL vs in a SQLite file (default 10,000 records).

Both runs do the same work: a generated business of N records here and another of
N records in a sandbox realm (different seeds: some match, most do not), then

* **read here**: the company read into the planner's snapshot (column-only queries);
* **plan**: both sides read (QuickBooks through the sandbox over HTTP) and planned — the
  first plan after opening ("cold": connections, authentication, first statements) and
  the best of two more ("warm", what the wizard's refresh costs);
* **first sync**: the plan executed — records created in QuickBooks in batches of 30,
  records created here with their links, every write journaled before and after —
  against the sandbox with throttling off, so the store's share of the time shows.
  The SQL statements the first sync sends to the database (cursor executions, a
  multi-row ``executemany`` counted once) are counted too, per record written:
  on PostgreSQL each is a round trip to the server.

Each figure is the best of ``--repeat`` fresh runs (new database, new realm). The
PostgreSQL server is the one named by ``--database-url`` or
``QBDESK_TEST_DATABASE_URL`` (a maintenance URL such as
``postgresql+psycopg://postgres:PW@127.0.0.1:5432/postgres``; ``.ci/run`` and
the project brief's ``TOOLCHAIN.md`` §8 show how to start a throwaway one); a database
is created for each run and dropped after.

    .venv/bin/python bench/bench_postgres.py [--size 10000] [--repeat 2] [--database-url URL]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import keyring
from keyrings.alt.file import PlaintextKeyring
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Engine, make_url

from qbdesk.qbo.connection import Connection, ConnectionConfig
from qbdesk.qbo.tokens import TokenSet, TokenStore
from qbdesk.sandbox.server import SandboxServer
from qbdesk.store import Company, open_company
from qbdesk.store.demo import generate
from qbdesk.sync.engine import SyncEngine
from qbdesk.sync.local_snapshot import local_snapshot
from qbdesk.sync.settings import SyncSettings

ANCHOR = date(2026, 6, 30)


@dataclass
class Figures:
    generate: float = float("inf")
    read_here: float = float("inf")
    plan: float = float("inf")
    plan_warm: float = float("inf")
    sync: float = float("inf")
    written: int = 0
    problems: int = 0
    statements: int = 0

    @property
    def per_record(self) -> float:
        return self.statements / max(self.written, 1)

    def best(self, other: Figures) -> None:
        for name in ("generate", "read_here", "plan", "plan_warm", "sync"):
            setattr(self, name, min(getattr(self, name), getattr(other, name)))
        self.written, self.problems, self.statements = other.written, other.problems, other.statements


class StatementCounter:
    """Counts the statements every engine of this process sends while ``counting`` is on."""

    def __init__(self) -> None:
        self.count = 0
        self.counting = False
        event.listen(Engine, "before_cursor_execute", self._seen)

    def _seen(self, *_args: object) -> None:
        if self.counting:
            self.count += 1

    @contextmanager
    def measure(self) -> Iterator[None]:
        self.count, self.counting = 0, True
        try:
            yield
        finally:
            self.counting = False


STATEMENTS = StatementCounter()


@contextmanager
def sqlite_company(tmp: Path) -> Iterator[Company]:
    company = open_company(tmp / f"{uuid.uuid4().hex}.qbdesk", create=True)
    try:
        yield company
    finally:
        company.close()


MakeCompany = Callable[[Path], AbstractContextManager[Company]]


def postgres_company(server: URL) -> MakeCompany:
    admin = create_engine(server, isolation_level="AUTOCOMMIT")

    @contextmanager
    def make(_tmp: Path) -> Iterator[Company]:
        name = f"qbdesk_bench_{uuid.uuid4().hex[:12]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        company = open_company(server.set(database=name), create=True)
        try:
            yield company
        finally:
            company.close()
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    return make


def one_run(make_company: MakeCompany, size: int, tmp: Path) -> Figures:
    figures = Figures()
    with make_company(tmp) as company, SandboxServer(throttle=False) as server:
        t0 = time.perf_counter()
        with company.session() as s:
            generate(s, size, seed=1, anchor=ANCHOR)
        figures.generate = time.perf_counter() - t0

        t0 = time.perf_counter()
        with company.session() as s:
            local_snapshot(s)
        figures.read_here = time.perf_counter() - t0

        realm = server.create_company(size=size, seed=2, anchor=ANCHOR).realm_id
        app = server.create_app()
        store = TokenStore()
        store.save(TokenSet.from_response(realm, server.connect(app, realm), time.time()))
        # The client's governor keeps QuickBooks' real limits unless told the clock runs faster; the server does
        # not throttle here, so the store's share of the time is what differs between the two runs.
        config = ConnectionConfig("qbdesk-sandbox", app.client_id, server.api_base, server.discovery_url,
                                  realm_id=realm, time_scale=1000.0)
        conn = Connection(config, secret=app.client_secret, store=store, lock_dir=tmp)
        bank = next(a["Id"] for a in server.sandbox.entities(realm, "Account") if a["AccountType"] == "Bank")
        settings = SyncSettings(refund_account=bank)
        engine = SyncEngine(company, conn.client)
        t0 = time.perf_counter()
        plan = engine.plan(settings, refresh=True)
        figures.plan = time.perf_counter() - t0
        for _ in range(2):
            t0 = time.perf_counter()
            engine.plan(settings, refresh=True)
            figures.plan_warm = min(figures.plan_warm, time.perf_counter() - t0)
        figures.written = sum(c.create_in_qbo + c.create_here for c in plan.counts.values())

        t0 = time.perf_counter()
        with STATEMENTS.measure():
            summary = engine.run(settings=settings)  # re-reads both sides, plans, executes: the whole first sync
        figures.sync = time.perf_counter() - t0
        figures.statements = STATEMENTS.count
        figures.problems = summary.problems
        if summary.status != "completed":
            raise SystemExit(f"the first sync ended {summary.status}")
        conn.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=10_000, help="records on each side (default 10,000)")
    parser.add_argument("--repeat", type=int, default=2, help="fresh runs per backend; the best is kept")
    parser.add_argument("--database-url", default=os.environ.get("QBDESK_TEST_DATABASE_URL"),
                        help="a PostgreSQL server's maintenance URL (default: $QBDESK_TEST_DATABASE_URL)")
    args = parser.parse_args()
    if not args.database_url:
        parser.error("no PostgreSQL server: give --database-url or set QBDESK_TEST_DATABASE_URL")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        backend = PlaintextKeyring()
        backend.file_path = str(tmp / "keychain.cfg")
        keyring.set_keyring(backend)
        results: dict[str, Figures] = {}
        backends: list[tuple[str, MakeCompany]] = [("SQLite", sqlite_company),
                                                    ("PostgreSQL", postgres_company(make_url(args.database_url)))]
        for name, make in backends:
            best = Figures()
            for _ in range(args.repeat):
                best.best(one_run(make, args.size, tmp))
            results[name] = best
            print(f"{name:<10} generate {best.generate:6.2f} s | read here {best.read_here:5.2f} s | "
                  f"plan {best.plan:5.2f} s cold, {best.plan_warm:5.2f} s warm | first sync {best.sync:6.2f} s "
                  f"({best.written:,} records created, {best.problems} problems; {best.statements:,} statements, "
                  f"{best.per_record:.2f} per record)", flush=True)
        lite, pg = results["SQLite"], results["PostgreSQL"]
        print(f"PostgreSQL / SQLite: generate {pg.generate / lite.generate:.2f}x, read here "
              f"{pg.read_here / lite.read_here:.2f}x, plan {pg.plan / lite.plan:.2f}x cold and "
              f"{pg.plan_warm / lite.plan_warm:.2f}x warm, first sync {pg.sync / lite.sync:.2f}x  "
              f"({args.size:,} + {args.size:,} records, best of {args.repeat})")


if __name__ == "__main__":
    main()
