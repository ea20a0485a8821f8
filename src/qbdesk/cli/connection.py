"""Opening a company's QuickBooks connection from the command line (shared by plan, sync, issues…)."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path

from qbdesk.appdirs import AppDirs, resolve
from qbdesk.cli.common import UsageError
from qbdesk.qbo.connection import Connection, ConnectionConfig
from qbdesk.qbo.errors import QboError, ReconnectNeeded
from qbdesk.qbo.tokens import TokenStore
from qbdesk.store import Company, Desktop
from qbdesk.sync.connection_config import load_config

SECRET_ENV = "QBDESK_CLIENT_SECRET"


def app_dirs(args: argparse.Namespace) -> AppDirs:
    """This desktop's folders, the window's own (``--basedir`` or the platform's), created private."""
    return resolve(getattr(args, "basedir", None)).ensure()


def lock_dir(args: argparse.Namespace) -> Path:
    """Where cross-process lock files live (the token refresh lock): the window's lock folder too."""
    return app_dirs(args).locks


def app_data_dir(args: argparse.Namespace) -> Path:
    """The app-data folder the window uses, so that the window and the command line are one desktop."""
    return app_dirs(args).data


def this_desktop(args: argparse.Namespace) -> Desktop:
    """This desktop's identity in office mode (who is the sync host, who asked for what)."""
    return Desktop.of_this_machine(app_data_dir(args))


def client_secret(store: TokenStore, client_id: str, *, ask: bool = False) -> str:
    """From the keychain, else ``QBDESK_CLIENT_SECRET``, else asked for (never from the command line)."""
    secret = store.client_secret(client_id) or os.environ.get(SECRET_ENV)
    if secret:
        return secret
    if ask and sys.stdin.isatty():
        import getpass

        secret = getpass.getpass("Client secret of your Intuit app: ").strip()
        if secret:
            return secret
    raise UsageError(f"No client secret for {client_id}: type it when `qbdesk connect` asks for it, or set "
                     f"{SECRET_ENV}")


def open_connection(company: Company, args: argparse.Namespace) -> Connection:
    """The company's live connection; ReconnectNeeded when it has none.

    Refuses, before sending anything, a company file whose endpoints are not those
    its saved sign-in was issued for (EndpointMismatch) or that names plain HTTP to
    another computer (EndpointRefused). Records that this company file uses the
    connection (other files on this desktop may share it).
    """
    with company.session() as s:
        config: ConnectionConfig | None = load_config(s)
    if config is None or not config.realm_id:
        raise ReconnectNeeded("This company is not connected to QuickBooks: run `qbdesk connect` first")
    store = TokenStore()
    secret = None if config.uses_relay else client_secret(store, config.client_id)
    connection = Connection(config, secret=secret, store=store, lock_dir=lock_dir(args))
    with contextlib.suppress(Exception):  # bookkeeping for "disconnect": never worth failing a command over
        connection.tokens.add_user(company.identity)
    connection.client.on_retry = _say_retry(config.api_base, connection.client.max_attempts)
    return connection


def _say_retry(api_base: str, attempts: int) -> Callable[[QboError, int, float], None]:
    """A line on stderr for each retry: which host did not answer and when it is tried again."""
    from urllib.parse import urlsplit

    from qbdesk.qbo.errors import ServerError, ThrottledError, TransportError

    host = urlsplit(api_base).hostname or api_base

    def say(err: QboError, attempt: int, wait: float) -> None:
        if isinstance(err, ThrottledError):
            what = f"QuickBooks asked to slow down ({host}): waiting {wait:.0f} s, then going on"
        elif isinstance(err, TransportError):
            what = f"{host} did not answer ({err.raw or 'no connection'}); trying again in {wait:.0f} s"
        elif isinstance(err, ServerError):
            what = f"{host} answered with a server error ({err.status}); trying again in {wait:.0f} s"
        else:
            what = f"QuickBooks had a temporary problem ({err.code}); trying again in {wait:.0f} s"
        print(f"qbdesk: {what} (attempt {attempt} of {attempts})", file=sys.stderr, flush=True)

    return say
