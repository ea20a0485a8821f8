"""The ``qbdesk`` console command: the app with no subcommand, the engine without a window otherwise.

Each subcommand lives in its own module exposing ``register(subparsers)``; the
module sets ``func`` on its parser, a callable taking the parsed arguments and
returning the exit status of the command-line contract (see :mod:`qbdesk.cli.common`).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from qbdesk import __version__
from qbdesk.cli.common import EXIT_USAGE

# Modules that provide subcommands, in the order ``--help`` lists them.
COMMAND_MODULES = (
    "qbdesk.cli.demo_data",
    "qbdesk.cli.summary",
    "qbdesk.cli.import_csv",
    "qbdesk.cli.connect",
    "qbdesk.cli.settings",
    "qbdesk.cli.plan",
    "qbdesk.cli.sync",
    "qbdesk.cli.issues",
    "qbdesk.cli.sandbox",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qbdesk",
        description="Keep your records in two-way sync with QuickBooks Online.",
    )
    parser.add_argument("--version", action="version", version=f"qbdesk {__version__}")
    parser.add_argument("--company", help="company file (path) or database URL to open")
    parser.add_argument("--sandbox", action="store_true",
                        help="start the built-in QuickBooks sandbox with a practice company and connect to it")
    parser.add_argument("--lang", choices=("en", "fr", "es"), help="language of the window")
    parser.add_argument("--basedir", help="keep all settings, data, logs and caches under this folder")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _run_app(args)
    status: int = args.func(args)
    return status


def _run_app(args: argparse.Namespace) -> int:
    try:
        app = importlib.import_module("qbdesk.ui.app")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("qbdesk.ui"):
            print("The desktop window is not part of this build yet; see `qbdesk --help`.", file=sys.stderr)
            return EXIT_USAGE
        raise
    status: int = app.run(args)
    return status


if __name__ == "__main__":
    sys.exit(main())
