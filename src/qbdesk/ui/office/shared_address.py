"""A shared company's address and what went wrong opening it, in words (no widgets).

The "Open shared company…" dialog and the window's recent list both need them: an
address typed or pasted in any of PostgreSQL's spellings becomes the one URL the
app keeps (``postgresql+psycopg://user@host/db``, never with a password), and a
failure to open becomes a kind the dialog has a sentence for (``wrong_password``,
``unreachable``…). libpq reports failed connections by message only, so the kinds
are read from its English texts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from qbdesk.ui.base.logs import redact

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
_POSTGRES_SCHEMES = ("postgresql", "postgres")

_NO_ROLE = re.compile(r'role "[^"]*" does not exist')
_NO_DATABASE = re.compile(r'database "[^"]*" does not exist')


# --- addresses --------------------------------------------------------------------------------------


def parse_address(text: str) -> tuple[URL, str | None]:
    """A pasted connection address: (the same database as a password-less ``postgresql+psycopg`` URL, the
    password it held, if any).

    ``postgresql://…``, ``postgres://…`` and other PostgreSQL drivers (``+psycopg2``…) are normalized to
    psycopg, the driver qbdesk ships. Raises ValueError for anything that is not a PostgreSQL URL.
    """
    from sqlalchemy.engine import URL, make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text.strip())
    except (ArgumentError, ValueError) as exc:
        raise ValueError("not a database URL") from exc
    if url.drivername.split("+", 1)[0] not in _POSTGRES_SCHEMES:
        raise ValueError(f"not a PostgreSQL URL ({url.drivername})")
    password = url.password if url.password is not None else url.query.get("password")
    if isinstance(password, tuple):  # ?password=a&password=b
        password = password[0] if password else None
    query = {key: value for key, value in url.query.items() if key != "password"}
    clean = URL.create(DRIVER, url.username or None, None, url.host or None, url.port, url.database or None, query)
    return clean, (str(password) if password else None)


def compose_address(host: str, port: int, database: str, user: str,
                    query: Mapping[str, str | Sequence[str]] | None = None) -> URL:
    """The password-less URL of a shared company (the port left out when it is PostgreSQL's default)."""
    from sqlalchemy.engine import URL

    return URL.create(DRIVER, user or None, None, host or None, None if port == DEFAULT_PORT else port,
                      database or None, query or {})


def url_text(url: URL) -> str:
    """The URL as a string; it holds no password (callers pass password-less URLs)."""
    return url.render_as_string(hide_password=False)


# --- what went wrong ---------------------------------------------------------------------------------


def _texts(error: BaseException) -> str:
    """The exception's message, the driver's, and those of what caused it (lower case, for matching)."""
    parts: list[str] = []
    current: BaseException | None = error
    while current is not None and len(parts) < 8:
        parts.append(str(current))
        orig = getattr(current, "orig", None)
        if isinstance(orig, BaseException):
            parts.append(str(orig))
        current = current.__cause__
    return "\n".join(parts).lower()


def classify(error: BaseException) -> str:
    """What kind of failure ``error`` is, for the message the user sees.

    One of ``no_company`` (an empty database: a company can be set up in it), ``no_database``,
    ``wrong_password``, ``no_password``, ``no_user``, ``not_allowed_here`` (pg_hba.conf), ``permission``,
    ``unknown_host``, ``unreachable`` or ``other``. libpq reports failed connections by message only (no
    SQLSTATE), in English unless the server was set up in another language: those fall to ``other``,
    which shows the server's own words.
    """
    from qbdesk.store import CompanyNotFoundError

    text = _texts(error)
    if isinstance(error, CompanyNotFoundError):
        return "no_database" if error.__cause__ is not None or "no database" in text else "no_company"
    if "password authentication failed" in text:
        return "wrong_password"
    if "no password supplied" in text:
        return "no_password"
    if "no pg_hba.conf entry" in text:
        return "not_allowed_here"
    if _NO_ROLE.search(text):
        return "no_user"
    if _NO_DATABASE.search(text):
        return "no_database"
    sqlstates = {getattr(e, "sqlstate", None) for e in (error, getattr(error, "orig", None))}
    if "42501" in sqlstates or "permission denied" in text or "connect privilege" in text:
        return "permission"
    if any(s in text for s in ("could not translate host name", "failed to resolve host", "name or service not known",
                               "nodename nor servname", "no such host is known",
                               "temporary failure in name resolution")):
        return "unknown_host"
    if any(s in text for s in ("connection refused", "timeout expired", "timed out", "no route to host",
                               "network is unreachable", "server closed the connection unexpectedly",
                               "could not connect to server")):
        return "unreachable"
    return "other"


def driver_message(error: BaseException, password: str | None = None) -> str:
    """The driver's own words, for the fallback message: one line, no SQL, no link, no password."""
    orig = getattr(error, "orig", None)
    text = str(orig if isinstance(orig, BaseException) else error)
    for cut in ("(Background on this error", "[SQL:"):
        text = text.split(cut, 1)[0]
    text = " ".join(line.strip() for line in text.splitlines() if line.strip())
    if password:
        text = text.replace(password, "***")
    return redact(text) or type(error).__name__
