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
from qbdesk.private_files import restrict_new_files

# Subcommand name -> module providing it, in the order ``--help`` lists them. A module is
# imported only when its command is used, so opening the window pays for none of them.
COMMANDS = {
    "demo-data": "qbdesk.cli.demo_data",
    "summary": "qbdesk.cli.summary",
    "import-csv": "qbdesk.cli.import_csv",
    "connect": "qbdesk.cli.connect",
    "disconnect": "qbdesk.cli.connect",
    "settings": "qbdesk.cli.settings",
    "plan": "qbdesk.cli.plan",
    "sync": "qbdesk.cli.sync",
    "undo": "qbdesk.cli.undo",
    "reconcile": "qbdesk.cli.reconcile",
    "issues": "qbdesk.cli.issues",
    "resolve": "qbdesk.cli.issues",
    "log": "qbdesk.cli.log",
    "approvals": "qbdesk.cli.approvals",
    "office": "qbdesk.cli.office",
    "desktop": "qbdesk.cli.desktop",
    "sandbox": "qbdesk.cli.sandbox",
    "relay": "qbdesk.cli.relay",
}
COMMAND_MODULES = tuple(dict.fromkeys(COMMANDS.values()))


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qbdesk",
        description="Keep your records in two-way sync with QuickBooks Online.",
        epilog=None if with_commands else f"commands: {', '.join(COMMANDS)} (qbdesk COMMAND --help)",
    )
    parser.add_argument("--version", action="version", version=f"qbdesk {__version__}")
    parser.add_argument("--company", help="company file (path) or database URL to open")
    parser.add_argument("--sandbox", action="store_true",
                        help="start the built-in QuickBooks sandbox with a practice company and connect to it")
    parser.add_argument("--lang", choices=("en", "fr", "es"), help="language of the window")
    parser.add_argument("--basedir", help="keep all settings, data, logs and caches under this folder")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation headless (company, sandbox, sync, window, languages, "
                             "keychain) and exit: 0 if it works")
    if with_commands:
        sub = parser.add_subparsers(dest="command", metavar="COMMAND")
        for name in COMMAND_MODULES:
            importlib.import_module(name).register(sub)
    else:
        parser.set_defaults(command=None)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    restrict_new_files()  # company files, logs, exports, sign-ins: the user's alone (0600/0700)
    args_list = list(sys.argv[1:] if argv is None else argv)
    wants_command = any(arg in COMMANDS for arg in args_list) or any(a in ("-h", "--help") for a in args_list)
    parser = build_parser(with_commands=wants_command)
    args = parser.parse_args(args_list)
    if args.self_test:
        return int(importlib.import_module("qbdesk.ui.selftest").run(args))
    if args.command is None:
        return _run_app(args)
    try:
        status: int = args.func(args)
    except BrokenPipeError:  # `qbdesk log | head`: the reader left; no traceback for that
        _quiet_stdout()
        return 0
    except KeyboardInterrupt:  # a second Ctrl-C, or one outside a sync (which stops at a safe point itself)
        print("qbdesk: stopped.", file=sys.stderr)
        return 130
    return status


def _quiet_stdout() -> None:
    """After a broken pipe, what Python flushes at exit goes nowhere instead of raising again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass


def _run_app(args: argparse.Namespace) -> int:
    try:
        app = importlib.import_module("qbdesk.ui.app")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("qbdesk.ui"):
            print("The desktop window is not part of this build; see `qbdesk --help`.", file=sys.stderr)
            return 2
        raise
    status: int = app.run(args)
    return status


if __name__ == "__main__":
    sys.exit(main())
