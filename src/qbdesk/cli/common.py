"""What every subcommand shares: exit statuses, JSON output, opening the company."""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Callable
from typing import Any

from qbdesk.store import Company, CompanyFileNamedTwice, CompanyNotFoundError, open_company

EXIT_OK = 0
EXIT_PROBLEMS = 1      # finished, but sync problems are open
EXIT_USAGE = 2         # usage or input error
EXIT_NOT_CONNECTED = 3  # not connected / reconnect needed
EXIT_UNREACHABLE = 4   # QuickBooks (or the sign-in relay) could not be reached: worth retrying


class UsageError(Exception):
    """Bad arguments or input: reported on stderr, exit status 2."""


def print_json(document: Any) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def open_existing(target: str) -> Company:
    """Open ``--company``: a file, or a database URL whose password comes from the keychain or PGPASSWORD."""
    from sqlalchemy.exc import ArgumentError, OperationalError

    try:
        return open_company(target)
    except (CompanyNotFoundError, CompanyFileNamedTwice) as exc:
        raise UsageError(str(exc)) from exc
    except ArgumentError as exc:
        raise UsageError(f"Not a company file or database URL: {target}") from exc
    except OperationalError as exc:  # the server refused or could not be reached: say why, not a traceback
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        raise UsageError(f"Cannot open the company database: {reason} (a password is taken from the keychain "
                         f"— `qbdesk office password` — or from PGPASSWORD)") from exc


def fail(message: str, status: int = EXIT_USAGE) -> int:
    print(f"qbdesk: {message}", file=sys.stderr)
    return status


def exit_for(exc: BaseException) -> int | None:
    """The command-line contract's status for a connection failure; None for anything else.

    2: an address the sign-in may not go to (refused before anything was sent), or no
    password store and no agreement to a plain file; 3: not connected, reconnect
    needed, or a company file naming other endpoints than its sign-in's; 4: QuickBooks
    (or the sign-in relay) did not answer, or answered with a server failure.
    """
    from qbdesk.qbo.endpoints import EndpointMismatch, EndpointRefused
    from qbdesk.qbo.errors import (
        AuthenticationError,
        AuthorizationError,
        QboError,
        ReconnectNeeded,
        ServerError,
        TransportError,
    )
    from qbdesk.qbo.keychain import PlainFileNeeded

    if isinstance(exc, EndpointRefused | PlainFileNeeded | UsageError):
        return EXIT_USAGE
    if isinstance(exc, EndpointMismatch | ReconnectNeeded | AuthenticationError | AuthorizationError):
        return EXIT_NOT_CONNECTED
    if isinstance(exc, TransportError | ServerError):
        return EXIT_UNREACHABLE
    if isinstance(exc, QboError):
        return EXIT_PROBLEMS
    return None


def fail_for(exc: BaseException) -> int:
    """Report a connection failure in one sentence (never a traceback) with its contract status."""
    from qbdesk.qbo.errors import ServerError, TransportError

    status = exit_for(exc)
    if status is None:
        raise exc
    message = str(exc)
    if isinstance(exc, TransportError | ServerError):
        message = f"QuickBooks could not be reached ({exc.summary}); check the internet connection and try again"
    return fail(message, status)


CompanyCommand = Callable[[argparse.Namespace, Company], int]


def with_company(command: CompanyCommand) -> Callable[[argparse.Namespace], int]:
    """Open ``--company`` for a command and close it after; a missing file or bad input is exit status 2."""

    @functools.wraps(command)
    def run(args: argparse.Namespace) -> int:
        try:
            company = open_existing(args.company)
        except UsageError as exc:
            return fail(str(exc))
        try:
            return command(args, company)
        except UsageError as exc:
            return fail(str(exc))
        except Exception as exc:
            if exit_for(exc) is None:
                raise
            return fail_for(exc)
        finally:
            company.close()

    return run
