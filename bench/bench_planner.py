"""The planner on N + N records (default 100,000 on each side): wall time and peak memory.

Both sides are generated businesses (different seeds, so some records match and
most do not); the QuickBooks side is a snapshot built the same way the engine
builds it, so the planner sees exactly the shapes it sees in a real sync.
Measured: reading the company file into a snapshot, planning from scratch, and
re-planning after a settings change (what the wizard does on every click).

    .venv/bin/python bench/bench_planner.py [N]
"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path

from qbdesk.store import open_company
from qbdesk.store.demo import generate
from qbdesk.sync.local_snapshot import local_snapshot
from qbdesk.sync.plan import make_plan
from qbdesk.sync.settings import OneSided, SyncSettings


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        snaps = []
        for seed in (1, 2):
            company = open_company(Path(tmp) / f"{seed}.qbdesk", create=True)
            with company.session() as s:
                generate(s, size, seed=seed, anchor=date(2026, 6, 30))
            t0 = time.perf_counter()
            with company.session() as s:
                snap = local_snapshot(s)
            read = time.perf_counter() - t0
            tracemalloc.start()
            with company.session() as s:
                local_snapshot(s)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(f"snapshot of {snap.count():,} records: {read:.2f} s, peak {peak / 2**20:.0f} MiB")
            snaps.append(snap)
            company.close()
        here, qbo = snaps
        qbo.side = "qbo"
        t0 = time.perf_counter()
        plan = make_plan(here, qbo, {}, SyncSettings())
        first = time.perf_counter() - t0
        other = SyncSettings(since=date(2026, 1, 1), only_in_qbo=OneSided.IGNORE, excluded_methods=frozenset({"visa"}))
        t0 = time.perf_counter()
        make_plan(here, qbo, {}, other)
        again = time.perf_counter() - t0
        tracemalloc.start()  # memory in a separate pass: tracing slows the code it measures
        make_plan(here, qbo, {}, SyncSettings())
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"plan of {here.count():,} + {qbo.count():,} records: {first:.2f} s "
              f"({len(plan.operations):,} operations); re-plan after a settings change: {again:.2f} s; "
              f"planner peak {peak / 2**20:.0f} MiB above the snapshots")


if __name__ == "__main__":
    main()
