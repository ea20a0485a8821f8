"""The password of a shared company database, kept in the OS keychain — never in a URL that is stored.

A company on PostgreSQL is named by a URL without a password
(``postgresql+psycopg://anna@office-server/acme``): that is what the window's
recent list, settings and logs may keep. The password lives in the keychain
(``keyring`` service ``qbdesk``, one entry per user, host, port and database) and
is handed to the driver when the company is opened. Scripts that have no keychain
set ``PGPASSWORD`` (or use ``~/.pgpass``): when the keychain has nothing, libpq
looks there by itself.
"""

from __future__ import annotations

import logging
from contextlib import suppress

import keyring
import keyring.errors
from sqlalchemy.engine import URL

log = logging.getLogger("qbdesk.credentials")

SERVICE = "qbdesk"  # the same keychain service as the QuickBooks tokens
DEFAULT_PORT = 5432


def password_entry(url: URL) -> str:
    """The keychain entry for ``url``'s user on its server and database."""
    host = url.host or str(url.query.get("host") or "localhost")
    return f"postgresql:{url.username or ''}@{host}:{url.port or DEFAULT_PORT}/{url.database or ''}"


def stored_password(url: URL) -> str | None:
    """The keychain's password for ``url``; None when there is none or no keychain is usable."""
    try:
        return keyring.get_password(SERVICE, password_entry(url))
    except keyring.errors.KeyringError as exc:
        log.info("no keychain to read the database password from (%s); trying PGPASSWORD", exc)
        return None


def save_password(url: URL, password: str) -> None:
    """Keep ``password`` for ``url`` in the keychain ("Open shared company…" and ``qbdesk office password``)."""
    keyring.set_password(SERVICE, password_entry(url), password)


def forget_password(url: URL) -> None:
    with suppress(keyring.errors.PasswordDeleteError):
        keyring.delete_password(SERVICE, password_entry(url))


def without_password(url: URL) -> URL:
    """The URL to show and store: the same database, with no password in it.

    (``url.set(password=None)`` would not do: ``set`` takes None as "unchanged".)
    """
    if url.password is None:
        return url
    return URL.create(url.drivername, url.username, None, url.host, url.port, url.database, url.query)


def connect_password(url: URL) -> str | None:
    """The password to connect with: one written in the URL (scripts), else the keychain's, else None
    (then libpq uses ``PGPASSWORD`` or ``~/.pgpass``)."""
    if url.password is not None:
        return str(url.password)
    return stored_password(url)
