"""A terminal progress reporter for the engine (plain lines when stderr is not a terminal)."""

from __future__ import annotations

import sys

from qbdesk.sync.progress import EntityProgress, ProblemNotice


class TerminalReporter:
    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.tty = sys.stderr.isatty()
        self._last = ""

    def phase(self, name: str) -> None:
        if not self.quiet:
            self._line(f"… {name}")

    def progress(self, item: EntityProgress) -> None:
        if self.quiet:
            return
        width = 24
        filled = int(width * item.done / item.total) if item.total else width
        eta = f", {item.eta_seconds:.0f} s left" if item.eta_seconds is not None else ""
        bar = "#" * filled + "-" * (width - filled)
        self._line(f"{item.entity:<14} [{bar}] {item.done}/{item.total}  {item.rate:.1f} rec/s{eta}")

    def problem(self, notice: ProblemNotice) -> None:
        if not self.quiet:
            self._line(f"! {notice.entity} {notice.record}: {notice.code or ''} {notice.message}", keep=True)

    def _line(self, text: str, keep: bool = False) -> None:
        if self.tty and not keep:
            sys.stderr.write("\r\033[K" + text)
        else:
            sys.stderr.write(("\r\033[K" if self.tty else "") + text + "\n")
        sys.stderr.flush()

    def close(self) -> None:
        if self.tty and not self.quiet:
            sys.stderr.write("\n")
