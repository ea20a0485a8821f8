"""Category loggers, a rotating log file, and the tail that "Copy diagnostics" shows.

Logs are the app's end-to-end interface (STYLE §8.12): every subsystem logs under
``qbdesk.<category>``, Qt's own warnings are forwarded into the same stream, and
the last lines stay in memory so a user can paste them into a support request
without hunting for the file.
"""

from __future__ import annotations

import collections
import logging
import logging.handlers
from pathlib import Path
from typing import Final

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from qbdesk import redaction
from qbdesk.private_files import create_private, make_private

ROOT: Final = "qbdesk"
CATEGORIES: Final = ("ui", "db", "bg", "i18n", "sync", "qt", "errors", "import")
FORMAT: Final = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
TAIL_LINES: Final = 200

def logger(category: str) -> logging.Logger:
    """``qbdesk.<category>``: the one way modules get a logger, so categories stay few."""
    return logging.getLogger(f"{ROOT}.{category}")


def redact(text: str) -> str:
    """Cut out anything that is, or looks like, a token, secret or password (see :mod:`qbdesk.redaction`);
    what was cut shows as ``***`` in messages people read."""
    return redaction.redact(text, "***")


class TailHandler(logging.Handler):
    """Keeps the last formatted lines in memory for diagnostics."""

    def __init__(self, capacity: int = TAIL_LINES) -> None:
        super().__init__()
        self.lines: collections.deque[str] = collections.deque(maxlen=capacity)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(redact(self.format(record)))
        except Exception:  # a broken log line must never take the app down
            self.handleError(record)


_tail: TailHandler | None = None
_installed: list[logging.Handler] = []

_QT_LEVELS: Final = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(msg_type: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # The offscreen platform's note about size hints is noise, not a problem.
    if "propagateSizeHints" in message:
        return
    category = context.category or "qt"
    logger("qt").log(_QT_LEVELS.get(msg_type, logging.WARNING), "%s: %s", category, message)


def setup(log_file: Path, *, level: int = logging.INFO, qt_messages: bool = True) -> None:
    """Route ``qbdesk.*`` to a rotating file and the in-memory tail.

    ``qt_messages`` forwards Qt's warnings into the log; tests leave it off because
    pytest-qt installs its own handler to fail on them.
    """
    global _tail
    teardown()
    log_file.parent.mkdir(parents=True, exist_ok=True)
    if not log_file.exists():
        create_private(log_file)  # logs name customers and companies: the user's alone, from the start
    make_private(log_file)
    redaction.install()
    formatter = logging.Formatter(FORMAT)
    file_handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8", delay=True
    )
    file_handler.setFormatter(formatter)
    _tail = TailHandler()
    _tail.setFormatter(formatter)
    root = logging.getLogger(ROOT)
    root.setLevel(level)
    for handler in (file_handler, _tail):
        handler.addFilter(redaction.RedactingFilter())  # even if someone replaced the record factory
        root.addHandler(handler)
        _installed.append(handler)
    if qt_messages:
        qInstallMessageHandler(_qt_message)


def teardown() -> None:
    """Remove what :func:`setup` installed (tests set up logging once per test)."""
    global _tail
    root = logging.getLogger(ROOT)
    for handler in _installed:
        root.removeHandler(handler)
        handler.close()
    _installed.clear()
    _tail = None


def last_lines(count: int = 40) -> list[str]:
    if _tail is None:
        return []
    return list(_tail.lines)[-count:]
