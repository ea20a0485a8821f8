"""Requests per minute through the client's governor against the sandbox with QuickBooks' limits on.

Both the sandbox and the governor compress their minute by ``--speedup``; the
client sends simple reads from several threads as fast as it may. The governor
should keep just under 500 requests per (server) minute with no 429 answers.

    .venv/bin/python bench/bench_governor.py [--speedup 30] [--requests 1500] [--threads 4]
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
from pathlib import Path

import keyring
from keyrings.alt.file import PlaintextKeyring

from qbdesk.qbo.connection import Connection, ConnectionConfig
from qbdesk.qbo.governor import Governor
from qbdesk.qbo.tokens import TokenSet, TokenStore
from qbdesk.sandbox.server import SandboxServer


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--speedup", type=float, default=30.0)
    parser.add_argument("--requests", type=int, default=1500)
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name, SandboxServer(throttle=True, speedup=args.speedup) as server:
        tmp = Path(tmp_name)
        backend = PlaintextKeyring()
        backend.file_path = str(tmp / "keychain.cfg")
        keyring.set_keyring(backend)
        realm = server.create_company(size=50).realm_id
        app = server.create_app()
        store = TokenStore()
        store.save(TokenSet.from_response(realm, server.connect(app, realm), time.time()))
        config = ConnectionConfig("qbdesk-sandbox", app.client_id, server.api_base, server.discovery_url,
                                  realm_id=realm, time_scale=args.speedup)
        conn = Connection(config, secret=app.client_secret, store=store, lock_dir=tmp)
        conn.client.governor = governor = Governor(time_scale=args.speedup)
        per_thread = args.requests // args.threads

        def work() -> None:
            for _ in range(per_thread):
                conn.client.get("Customer", "1")

        started = time.perf_counter()
        threads = [threading.Thread(target=work) for _ in range(args.threads)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - started
        sent = per_thread * args.threads
        per_minute = sent / (elapsed * args.speedup / 60)
        print(f"{sent} reads from {args.threads} threads at speed-up {args.speedup:g}: {elapsed:.1f} s real = "
              f"{per_minute:,.0f} requests per QuickBooks minute ({per_minute / 500:.2f} of the 500/min limit; "
              f"{per_minute / 60:,.1f}/s in QuickBooks time); 429 answers: {governor.stats.throttled}; "
              f"retries: {conn.client.stats.retries}")
        conn.close()


if __name__ == "__main__":
    main()
