"""Where qbdesk keeps its files, for the window and the command line alike.

One module, no Qt, so that ``qbdesk`` (the window) and ``qbdesk sync`` (a script on
the same desktop) agree on every folder — above all on the lock folder, where the
token-refresh lock lives: two processes that lock different files do not exclude
each other, and QuickBooks rotates refresh tokens, so a refresh raced by another
process loses the connection.

The default folders are the ones Qt's ``QStandardPaths`` gave the window before
this module existed (``<base>/qbdesk/qbdesk`` on each system), computed here with
``platformdirs`` (which honours ``XDG_*`` on Linux), so existing company files,
settings and the desktop's identity stay where they are. ``--basedir DIR`` puts
everything under ``DIR``. Folders are created private to the user (0700 on POSIX);
on Windows they live in the user's profile, whose permissions are the user's.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from qbdesk.private_files import make_private_dir

ORGANIZATION = "qbdesk"
APPLICATION = "qbdesk"
COMPANY_SUFFIX = ".qbdesk"


@dataclass(frozen=True)
class AppDirs:
    """The app's folders; created on demand (and made private) by :meth:`ensure`."""

    config: Path
    data: Path
    cache: Path
    logs: Path

    @property
    def locks(self) -> Path:
        """Cross-process lock files: the token-refresh lock of each QuickBooks company."""
        return self.cache / "locks"

    def refresh_lock(self, realm_id: str) -> Path:
        """The file that serialises token refreshes for ``realm_id`` on this desktop."""
        return self.locks / f"refresh-{realm_id}.lock"

    @property
    def settings_file(self) -> Path:
        """The window's QSettings INI: UI state only (geometry, recent files, language)."""
        return self.config / "qbdesk.ini"

    @property
    def log_file(self) -> Path:
        return self.logs / "qbdesk.log"

    @property
    def companies(self) -> Path:
        """Default folder for company files the user creates."""
        return self.data / "companies"

    @property
    def practice_company(self) -> Path:
        return self.data / f"practice-company{COMPANY_SUFFIX}"

    @property
    def plain_keyring(self) -> Path:
        """Where sign-ins are kept when the user agreed to a plain file (no password store on this computer)."""
        return self.data / "sign-ins.json"

    def ensure(self) -> AppDirs:
        for folder in (self.config, self.data, self.cache, self.logs, self.locks):
            make_private_dir(folder)
        return self

    def as_dict(self) -> dict[str, str]:
        return {"config": str(self.config), "data": str(self.data), "cache": str(self.cache),
                "logs": str(self.logs)}


def _app(base: str | Path) -> Path:
    return Path(base) / ORGANIZATION / APPLICATION


def standard() -> AppDirs:
    """The platform's folders, where Qt's ``QStandardPaths`` puts an app named qbdesk/qbdesk."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        local = _app(platformdirs.user_data_dir(None, False, roaming=False))
        return AppDirs(config=local, data=_app(platformdirs.user_data_dir(None, False, roaming=True)),
                       cache=local / "cache", logs=local / "logs")
    if sys.platform == "darwin":  # pragma: no cover - exercised on macOS only
        data = _app(platformdirs.user_data_dir(None, False))
        return AppDirs(config=_app(Path.home() / "Library" / "Preferences"), data=data,
                       cache=_app(platformdirs.user_cache_dir(None, False)), logs=data / "logs")
    data = _app(platformdirs.user_data_dir(None, False))
    return AppDirs(config=_app(platformdirs.user_config_dir(None, False)), data=data,
                   cache=_app(platformdirs.user_cache_dir(None, False)), logs=data / "logs")


def resolve(basedir: str | Path | None = None) -> AppDirs:
    """The folders for this run: ``basedir`` (``--basedir``) wins over the platform's standard ones."""
    if basedir is not None and str(basedir) != "":
        base = Path(basedir).expanduser().resolve()
        return AppDirs(config=base / "config", data=base / "data", cache=base / "cache", logs=base / "logs")
    return standard()
