"""Ongoing sync of a synced 10k-record company: API calls and time for 1 and for 100 local changes.

The company is first synced into an empty sandbox realm (throttling off, so the
set-up is quick); then records are edited locally and the next (incremental) sync
is measured: CDC look + batched sparse updates. Target: at most 3 API calls for
one changed record.

    .venv/bin/python bench/bench_ongoing_sync.py [--size 10000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

import keyring
from keyrings.alt.file import PlaintextKeyring
from sqlalchemy import select

from qbdesk.qbo.connection import Connection, ConnectionConfig
from qbdesk.qbo.tokens import TokenSet, TokenStore
from qbdesk.sandbox.server import SandboxServer
from qbdesk.store import Customer, open_company
from qbdesk.store.demo import generate
from qbdesk.sync.engine import SyncEngine
from qbdesk.sync.settings import SyncSettings, save_settings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        backend = PlaintextKeyring()
        backend.file_path = str(tmp / "keychain.cfg")
        keyring.set_keyring(backend)
        company = open_company(tmp / "bench.qbdesk", create=True)
        with company.session() as s:
            generate(s, args.size, seed=1, anchor=date(2026, 6, 30))
        with SandboxServer(throttle=False) as server:
            realm = server.create_company(size=0).realm_id
            app = server.create_app()
            store = TokenStore()
            store.save(TokenSet.from_response(realm, server.connect(app, realm), time.time()))
            # The set-up sync should not wait out QuickBooks' real limits (the server does not throttle).
            config = ConnectionConfig("qbdesk-sandbox", app.client_id, server.api_base, server.discovery_url,
                                      realm_id=realm, time_scale=1000.0)
            conn = Connection(config, secret=app.client_secret, store=store, lock_dir=tmp)
            bank = next(a["Id"] for a in server.sandbox.entities(realm, "Account") if a["AccountType"] == "Bank")
            with company.session() as s:
                save_settings(s, SyncSettings(refund_account=bank))
            first = SyncEngine(company, conn.client).run()
            print(f"set-up: first sync of {args.size} records {first.status} in {first.seconds} s "
                  f"({first.api_calls} calls)")
            # Later syncs happen later: past the CDC overlap window, the first sync's own writes (more than
            # one CDC answer holds) are no longer re-read. Measure that steady state.
            server.advance(600)
            settle = SyncEngine(company, conn.client).run()
            print(f"settle: {settle.status}, {settle.api_calls} calls, {settle.seconds} s")
            for changes in (1, 100):
                server.advance(60)
                with company.session() as s:
                    for n, customer in enumerate(s.scalars(select(Customer).limit(changes))):
                        customer.notes = f"changed {changes}/{n} at {time.time()}"
                t0 = time.perf_counter()
                summary = SyncEngine(company, conn.client).run()
                elapsed = time.perf_counter() - t0
                print(f"{changes:>3} changed record(s): {summary.updated} updated in QuickBooks, "
                      f"{summary.api_calls} API calls, {elapsed:.2f} s ({summary.status})")
            conn.close()
        company.close()


if __name__ == "__main__":
    main()
