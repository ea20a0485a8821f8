"""Undo of a 10k-record first sync: how long it takes, and API calls per record undone.

A generated company file of ``--size`` records is synced for the first time into
a sandbox realm that already holds a business of ``--qbo-size`` records (so the run
creates records in QuickBooks, creates records here, and links twins), then that
run is undone: transactions deleted and lists made inactive in QuickBooks (in
batches of 30), records deleted here, links taken back. With ``--speedup`` the
sandbox keeps QuickBooks' limits (500 requests/min, 40 batch requests/min) on a
compressed clock and the client's governor is told the same factor, so the
figures are what QuickBooks' limits allow; ``--no-throttle`` measures qbdesk's own
cost instead. The counts of both sides are checked against what they were before
the run (active records for name lists).

    .venv/bin/python bench/bench_undo.py [--size 10000] [--qbo-size 2000] [--speedup 20] [--no-throttle]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
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
from qbdesk.store.summary import summarize
from qbdesk.sync.engine import SyncEngine
from qbdesk.sync.entities import ENTITIES
from qbdesk.sync.settings import SyncSettings
from qbdesk.sync.undo_run import Undo

LIMIT_BOUND_PER_MINUTE = 30 * 40  # records per QuickBooks minute when every call is a full batch


def _active(server: SandboxServer, realm: str) -> dict[str, int]:
    return {k.name: sum(1 for r in server.sandbox.entities(realm, k.name) if r.get("Active", True) is not False)
            for k in ENTITIES}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--qbo-size", type=int, default=2_000)
    parser.add_argument("--speedup", type=float, default=20.0)
    parser.add_argument("--no-throttle", action="store_true")
    args = parser.parse_args()
    throttle = not args.no_throttle
    # Without throttling the client's governor is told the clock runs 1,000 times faster, so QuickBooks' limits never
    # bind and what is measured is qbdesk's (and the sandbox's) own time.
    scale = args.speedup if throttle else 1000.0
    print(f"load average before: {os.getloadavg()[0]:.2f} ({os.cpu_count()} cores)")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        backend = PlaintextKeyring()
        backend.file_path = str(tmp / "keychain.cfg")
        keyring.set_keyring(backend)
        company = open_company(tmp / "bench.qbdesk", create=True)
        with company.session() as s:
            generate(s, args.size, seed=1, anchor=date(2026, 6, 30))
        with company.session() as s:
            here_before = summarize(s)
        options = {"throttle": True, "speedup": args.speedup} if throttle else {"throttle": False}
        with SandboxServer(**options) as server:  # type: ignore[arg-type]
            realm = server.create_company(size=args.qbo_size, seed=2, anchor=date(2026, 6, 30)).realm_id
            qbo_before = _active(server, realm)
            app = server.create_app()
            store = TokenStore()
            store.save(TokenSet.from_response(realm, server.connect(app, realm), time.time()))
            config = ConnectionConfig("qbdesk-sandbox", app.client_id, server.api_base, server.discovery_url,
                                      realm_id=realm, time_scale=scale)
            conn = Connection(config, secret=app.client_secret, store=store, lock_dir=tmp)
            conn.client.governor = conn.governor = Governor(time_scale=scale)
            bank = next(a["Id"] for a in server.sandbox.entities(realm, "Account") if a["AccountType"] == "Bank")
            t0 = time.perf_counter()
            first = SyncEngine(company, conn.client).run(settings=SyncSettings(refund_account=bank))
            synced = time.perf_counter() - t0
            print(f"first sync: {first.status}, {first.created_in_qbo} created in QuickBooks, {first.created_here} "
                  f"created here, {first.linked} linked, {first.api_calls} API calls, {synced:.1f} s")

            undo = Undo(company, conn.client)
            calls = conn.client.stats.calls
            t0 = time.perf_counter()
            plan = undo.plan()
            planned = time.perf_counter() - t0
            plan_calls = conn.client.stats.calls - calls
            print(f"undo plan (dry run): {len(plan.writes())} operations in {planned:.2f} s, {plan_calls} API calls")
            t0 = time.perf_counter()
            done = undo.run()
            elapsed = time.perf_counter() - t0
            in_qbo = done.deleted_in_qbo + done.deactivated_in_qbo + done.restored_in_qbo
            here = done.deleted_here + done.restored_here + done.unlinked
            print(f"undo: {done.status}, {done.deleted_in_qbo} deleted and {done.deactivated_in_qbo} made inactive "
                  f"in QuickBooks, {done.deleted_here} deleted here, {done.unlinked} links undone, "
                  f"{done.problems} problems")
            print(f"  {done.undone} records undone in {elapsed:.1f} s real"
                  + (f" = {elapsed * args.speedup / 60:.2f} QuickBooks minutes; "
                     f"{in_qbo / (elapsed * args.speedup / 60):,.0f} QuickBooks writes/min = "
                     f"{in_qbo / (elapsed * args.speedup / 60) / LIMIT_BOUND_PER_MINUTE:.2f} of the limit-bound "
                     f"{LIMIT_BOUND_PER_MINUTE}/min" if throttle else ""))
            print(f"  API calls: {done.api_calls} ({done.api_calls / max(done.undone, 1):.4f} per record undone, "
                  f"{done.api_calls / max(in_qbo, 1):.4f} per write taken back in QuickBooks); "
                  f"throttled answers: {conn.governor.stats.throttled}; records undone here: {here}")
            qbo_after = _active(server, realm)
            with company.session() as s:
                here_after = summarize(s)
            same_here = (here_after.counts, here_after.open_receivables, here_after.open_payables) == \
                (here_before.counts, here_before.open_receivables, here_before.open_payables)
            print(f"  QuickBooks counts as before the run: {qbo_after == qbo_before}; company file as before: "
                  f"{same_here}")
            conn.close()
        company.close()
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
