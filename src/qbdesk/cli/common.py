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
EXIT_UNREACHABLE = 4    # QuickBooks could not be reached (network, or QuickBooks down): worth retrying


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
        finally:
            company.close()

    return run


def exit_for(exc: Exception) -> int:
    """The exit status of a QuickBooks failure: not connected (3), unreachable (4), or refused (1)."""
    from qbdesk.qbo.errors import QboError, ReconnectNeeded, ServerError, TransportError

    if isinstance(exc, ReconnectNeeded) or (isinstance(exc, QboError) and exc.status in (401, 403)):
        return EXIT_NOT_CONNECTED
    if isinstance(exc, TransportError | ServerError):
        return EXIT_UNREACHABLE
    return EXIT_PROBLEMS


CSV_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula (OWASP's rule: a leading = + - @ tab or
    carriage return gets a leading apostrophe; a number such as -12.50 stays a number)."""
    text = "" if value is None else str(value)
    if text.startswith(CSV_FORMULA_START) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", ""))
    except ValueError:
        return False
    return True
