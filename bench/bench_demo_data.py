"""How long `demo-data` takes for a company of N records (default 10,000), and its peak memory.

    .venv/bin/python bench/bench_demo_data.py [N]
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from qbdesk.store import open_company
from qbdesk.store.demo import generate


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        company = open_company(Path(tmp) / "bench.qbdesk", create=True)
        with company.session() as session:
            summary = generate(session, size, seed=1, anchor=date(2026, 6, 30))
        elapsed = time.perf_counter() - started
        company.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"demo-data size={size}: {summary.total} records in {elapsed:.2f} s "
          f"({summary.total / elapsed:,.0f} records/s), peak RSS {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
