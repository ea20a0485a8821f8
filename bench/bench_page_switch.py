"""How long the window takes to switch pages — the home page and three record lists of a 10,000-record company.

Each switch is timed from the call to the page being painted: the events it posts processed, the paint among
them, as the event loop would (until 2026-12-07 a synchronous ``repaint()`` of the whole window followed, which
painted it twice and counted both: the figures in docs/sync.md say which way they were taken), in a fresh process
per configuration: with Qt's GUI thread pool (the default of Qt) and without it
(``QT_NO_GUI_THREADPOOL=1``, what qbdesk sets at start-up: see ``qbdesk.ui.base.paths.configure_application``).
A page switch is what bounds the 99th percentile of ``bench_gui_responsiveness`` while the user browses.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_page_switch.py [--size 10000] [--switches 60]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PAGES = [("records", "customers"), ("home", None), ("records", "invoices"), ("home", None),
         ("records", "payments"), ("home", None)]


def measure(company: str, switches: int) -> dict[str, list[float]]:
    """In this process: open the window on ``company`` and time ``switches`` page switches (after 12 unmeasured)."""
    from PySide6.QtWidgets import QApplication

    import qbdesk.ui  # noqa: F401 - the PySide6 refcount guard first
    from qbdesk.ui.base.paths import configure_application, resolve
    from qbdesk.ui.base.state import UiState
    from qbdesk.ui.main_window import MainWindow

    configure_application()  # sets QT_NO_GUI_THREADPOOL=1, as the app does
    if os.environ.get("BENCH_KEEP_POOL"):
        os.environ.pop("QT_NO_GUI_THREADPOOL", None)  # Qt reads it at the first paint: Qt's default, the pool
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="qbdesk-bench-") as tmp:
        paths = resolve(Path(tmp) / "base").ensure()
        window = MainWindow(paths, UiState(paths.settings_file), "en")
        window.resize(1180, 760)
        window.show()
        window.open_company(company)
        settle_until = time.monotonic() + 8
        while time.monotonic() < settle_until:  # the summary and the lists load in the background
            app.processEvents()
            time.sleep(0.01)
        times: dict[str, list[float]] = {}
        for i in range(12 + switches):
            kind, key = PAGES[i % len(PAGES)]
            started = time.perf_counter()
            if kind == "records":
                window.show_records(str(key))
            else:
                window.show_page("home")
            for _ in range(5):  # the layout request, then the paint it posts
                app.processEvents()
            if i >= 12:
                times.setdefault(key or "home", []).append((time.perf_counter() - started) * 1000)
        window.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--switches", type=int, default=60)
    parser.add_argument("--measure", help=argparse.SUPPRESS)  # (the child process: a company to open)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.switches)))
        return 0
    with tempfile.TemporaryDirectory(prefix="qbdesk-bench-") as tmp:
        company = str(Path(tmp) / "bench.qbdesk")
        print(f"generating a company of about {args.size:,} records…", flush=True)
        subprocess.run([sys.executable, "-m", "qbdesk.cli.main", "demo-data", "--company", company, "--size",
                        str(args.size), "--seed", "1", "--anchor", "2026-06-30"], check=True, capture_output=True)
        print(f"load average before: {os.getloadavg()[0]:.2f}")
        for label, keep in (("Qt's GUI thread pool on (Qt's default)", True),
                            ("QT_NO_GUI_THREADPOOL=1 (qbdesk's start-up)", False)):
            env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
            env.pop("QT_NO_GUI_THREADPOOL", None)
            if keep:
                env["BENCH_KEEP_POOL"] = "1"
            out = subprocess.run([sys.executable, __file__, "--measure", company, "--switches", str(args.switches)],
                                 env=env, check=True, capture_output=True, text=True).stdout
            times: dict[str, list[float]] = json.loads(out.strip().splitlines()[-1])
            every = [t for page in times.values() for t in page]
            print(f"{label}: " + "; ".join(f"{page} median {statistics.median(v):.1f} ms, max {max(v):.1f}"
                                          for page, v in times.items())
                  + f" — all switches: median {statistics.median(every):.1f} ms, "
                    f"p90 {statistics.quantiles(every, n=10)[8]:.1f} ms")
        print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
