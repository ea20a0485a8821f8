"""Where sign-ins are kept: the system's password store, a keyring the user configured, or — only if they
agreed — a plain file.

qbdesk keeps tokens and secrets through ``keyring``. On macOS and Windows that is
the system's store; on a Linux desktop, the Secret Service (GNOME Keyring,
KWallet). Without one, keyring picks whatever is left — nothing at all, or, if
keyrings.alt happens to be installed, a plain file nobody was told about. Neither
is acceptable silently, so :func:`choose` decides:

* a backend the user **configured explicitly** (``PYTHON_KEYRING_BACKEND`` or a
  keyringrc, as keyring documents) is used as is — that configuration is the
  user's choice, and scripts and tests rely on it;
* a **password store** (a backend keyring rates as recommended, priority ≥ 1) is
  used as is;
* otherwise, if the user **agreed** earlier to keep sign-ins in a plain file, the
  file (:class:`PlainFileKeyring`, 0600 in the app's private data folder) is used;
* otherwise nothing is stored, and the caller asks: the window with a question,
  the command line with ``--keep-sign-in-in-file`` (or a y/N prompt on a terminal).

Agreeing creates the file; its existence is the record of the agreement.
"""

from __future__ import annotations

import configparser
import contextlib
import json
import os
import tempfile
import threading
from enum import Enum
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors

from qbdesk.private_files import create_private, make_private

ENV = "PYTHON_KEYRING_BACKEND"


class Choice(Enum):
    CONFIGURED = "configured"    # PYTHON_KEYRING_BACKEND or keyringrc
    PASSWORD_STORE = "store"     # the system's password store
    PLAIN_FILE = "plain-file"    # the user agreed to a plain file
    NONE = "none"                # nothing safe, nothing agreed: ask first


class PlainFileNeeded(Exception):
    """No password store on this computer: a sign-in may only be kept in a plain file if the user agrees."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"This computer has no password store (on Linux: a Secret Service such as GNOME Keyring "
                         f"or KWallet), so the QuickBooks sign-in would be kept in a plain file only you can read "
                         f"({path}), not encrypted")
        self.path = path


def explicitly_configured() -> bool:
    """The user named a keyring backend (environment variable or keyringrc)."""
    if os.environ.get(ENV):
        return True
    try:
        from keyring.core import _config_path

        path = Path(_config_path())  # type: ignore[no-untyped-call]
    except Exception:  # keyring moved its internals: then only the environment counts
        return False
    if not path.is_file():
        return False
    config = configparser.RawConfigParser()
    try:
        config.read(path, encoding="utf-8")
    except configparser.Error:
        return False
    return config.has_option("backend", "default-keyring")


def _writes_to(backend: Any) -> Any:
    chained = getattr(backend, "backends", None)
    if chained is not None:
        return chained[0] if chained else None
    return backend


def is_password_store(backend: Any) -> bool:
    """A backend keyring recommends (priority ≥ 1): the system's store, not a file or nothing."""
    target = _writes_to(backend)
    if target is None or isinstance(target, keyring.backends.fail.Keyring | PlainFileKeyring):
        return False
    try:
        return float(target.priority) >= 1
    except Exception:
        return False


def choose(plain_file: Path) -> Choice:
    """Decide where sign-ins go (and install the plain file's backend when that was agreed)."""
    backend = keyring.get_keyring()
    if isinstance(backend, PlainFileKeyring):
        return Choice.PLAIN_FILE
    if explicitly_configured():
        return Choice.CONFIGURED
    if is_password_store(backend):
        return Choice.PASSWORD_STORE
    if plain_file.is_file():
        keyring.set_keyring(PlainFileKeyring(plain_file))
        return Choice.PLAIN_FILE
    return Choice.NONE


def require(plain_file: Path) -> Choice:
    """:func:`choose`, raising :class:`PlainFileNeeded` when the user must be asked first."""
    choice = choose(plain_file)
    if choice is Choice.NONE:
        raise PlainFileNeeded(plain_file)
    return choice


def agree_to_plain_file(plain_file: Path) -> None:
    """The user agreed: create the (private) file and keep sign-ins there from now on."""
    plain_file.parent.mkdir(parents=True, exist_ok=True)
    if not plain_file.exists():
        with contextlib.suppress(FileExistsError):
            create_private(plain_file)
        plain_file.write_text("{}", encoding="utf-8")
    keyring.set_keyring(PlainFileKeyring(plain_file))


class PlainFileKeyring(keyring.backend.KeyringBackend):
    """Sign-ins in one JSON file, readable by the user alone, rewritten atomically (never half-written)."""

    priority = 0.05
    viable = False  # never chosen by keyring's own detection: only :func:`choose` installs it, once agreed to

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.path = path or Path(os.devnull)
        self._lock = threading.Lock()

    def _read(self) -> dict[str, dict[str, str]]:
        try:
            doc = json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except FileNotFoundError:
            return {}
        except ValueError as exc:
            raise keyring.errors.KeyringError(f"{self.path} is not readable JSON") from exc
        return doc if isinstance(doc, dict) else {}

    def _write(self, doc: dict[str, dict[str, str]]) -> None:
        fd, temp = tempfile.mkstemp(prefix=".sign-ins-", dir=self.path.parent)  # mkstemp: 0600
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(doc, handle)
                handle.flush()
                os.fsync(handle.fileno())
            Path(temp).replace(self.path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        make_private(self.path)

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self._read().get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            doc = self._read()
            doc.setdefault(service, {})[username] = password
            self._write(doc)

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            doc = self._read()
            if username not in doc.get(service, {}):
                raise keyring.errors.PasswordDeleteError(username)
            del doc[service][username]
            self._write(doc)
