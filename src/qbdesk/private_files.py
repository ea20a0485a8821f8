"""Files with business data or secrets are the user's alone: 0600 files and 0700 folders on POSIX.

Two layers, because either alone leaves gaps. :func:`restrict_new_files` sets the
process's umask at start-up (window and command line), so every file qbdesk or a
library it drives creates — the company file, SQLite's ``-wal``/``-shm`` (SQLite
gives them the database file's mode), logs, the practice company's state, CSV
exports — is born private. :func:`make_private` tightens files that already
exist (a company file made by an older qbdesk, or copied in with ``cp``).

On Windows the files live in the user's profile (or where the user put them);
NTFS permissions there are the user's, and chmod cannot express them, so both
functions do nothing.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
UMASK = 0o077
POSIX = sys.platform != "win32"


def restrict_new_files() -> None:
    """From now on, files and folders this process creates are readable by the user alone."""
    if POSIX:
        os.umask(UMASK)


def make_private(path: Path) -> None:
    """0600 for an existing file the user owns; a missing file, or someone else's, is left alone."""
    if not POSIX:
        return  # pragma: no cover - Windows
    with contextlib.suppress(FileNotFoundError, PermissionError):
        info = path.stat()
        if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077:
            path.chmod(PRIVATE_FILE)


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and its parents) and make it 0700 if this user owns it."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    if not POSIX:
        return  # pragma: no cover - Windows
    with contextlib.suppress(PermissionError):
        info = path.stat()
        if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077:
            path.chmod(PRIVATE_DIR)


def create_private(path: Path) -> None:
    """Create an empty file that is private from its first byte (not created, then chmod-ed)."""
    if POSIX:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        os.close(fd)
    else:  # pragma: no cover - Windows
        path.touch(exist_ok=False)


def sqlite_family(path: Path) -> tuple[Path, ...]:
    """A SQLite company file and the files SQLite keeps beside it."""
    return (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal"))
