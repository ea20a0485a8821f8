"""First sync of a generated company into an empty sandbox realm, with QuickBooks' limits on.

The sandbox compresses its clock by ``--speedup`` (its minute lasts 60/speedup real
seconds) and the client's governor is told the same factor, so the real limits —
500 requests/min, 10 in flight, 40 batch requests/min — bind exactly as they would
against QuickBooks, only faster. The figure that matters is the write rate as a
ratio to two bounds: batches alone, 30 records per batch × 40 batches per minute =
1,200 records per (server) minute; batches and single requests together (the
scheduler, issue 19), 40 × 30 + (500 − 40) × 1 = 1,660 records per minute.

    .venv/bin/python bench/bench_first_sync.py [--size 10000] [--speedup 20]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import keyring
from keyrings.alt.file import PlaintextKeyring

from qbdesk.qbo.connection import Connection, ConnectionConfig
from qbdesk.qbo.governor import Governor
from qbdesk.qbo.tokens import TokenSet, TokenStore
from qbdesk.sandbox.server import SandboxServer
from qbdesk.store import open_company
from qbdesk.store.demo import generate
from qbdesk.sync.engine import SyncEngine
from qbdesk.sync.settings import SyncSettings

BATCH_BOUND_PER_MINUTE = 30 * 40
MIXED_BOUND_PER_MINUTE = 30 * 40 + (500 - 40)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--speedup", type=float, default=20.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        backend = PlaintextKeyring()
        backend.file_path = str(tmp / "keychain.cfg")
        keyring.set_keyring(backend)
        company = open_company(tmp / "bench.qbdesk", create=True)
        with company.session() as s:
            generate(s, args.size, seed=1, anchor=date(2026, 6, 30))
        with SandboxServer(throttle=True, speedup=args.speedup) as server:
            realm = server.create_company(size=0).realm_id
            app = server.create_app()
            store = TokenStore()
            store.save(TokenSet.from_response(realm, server.connect(app, realm), time.time()))
            config = ConnectionConfig("qbdesk-sandbox", app.client_id, server.api_base, server.discovery_url,
                                      realm_id=realm, time_scale=args.speedup)
            conn = Connection(config, secret=app.client_secret, store=store, lock_dir=tmp)
            conn.client.governor = conn.governor = Governor(time_scale=args.speedup)
            bank = next(a["Id"] for a in server.sandbox.entities(realm, "Account") if a["AccountType"] == "Bank")
            engine = SyncEngine(company, conn.client)
            settings = replace(SyncSettings(), refund_account=bank)
            started = time.perf_counter()
            plan = engine.plan(settings)
            planned = time.perf_counter() - started
            writes = sum(c.create_in_qbo for c in plan.counts.values())
            t0 = time.perf_counter()
            summary = engine.run(settings=settings)
            elapsed = time.perf_counter() - t0
            server_minutes = elapsed * args.speedup / 60
            rate = summary.created_in_qbo / server_minutes
            print(f"first sync of {args.size} records (speedup {args.speedup:g}): status {summary.status}")
            print(f"  planned {writes} writes in {planned:.2f} s; executed in {elapsed:.1f} s real "
                  f"= {server_minutes:.2f} QuickBooks minutes")
            print(f"  {summary.created_in_qbo} created in QuickBooks: {rate:,.0f} records/min = "
                  f"{rate / BATCH_BOUND_PER_MINUTE:.3f} of the batch-only bound ({BATCH_BOUND_PER_MINUTE:,}/min), "
                  f"{rate / MIXED_BOUND_PER_MINUTE:.3f} of the batches-and-singles bound "
                  f"({MIXED_BOUND_PER_MINUTE:,}/min; goal 0.90)")
            stats = conn.governor.stats
            print(f"  requests: {stats.batches} batches, {stats.singles} single requests (writes and reads); "
                  f"governor waited {stats.waited:.1f} s in all threads")
            print(f"  API calls: {summary.api_calls} ({summary.api_calls / max(summary.created_in_qbo, 1):.3f} per "
                  f"record written); throttled answers: {conn.governor.stats.throttled}; problems: "
                  f"{summary.problems}")
            conn.close()
        company.close()


if __name__ == "__main__":
    main()
