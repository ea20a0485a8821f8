"""``qbdesk relay serve``: the sign-in relay (see :mod:`qbdesk.relay`), from the app's own command."""

from __future__ import annotations

import argparse
import sys

from qbdesk.cli.common import fail
from qbdesk.relay.serve import add_arguments, run


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("relay", help="the sign-in relay that holds the app's client secret (a web service)")
    actions = p.add_subparsers(dest="relay_command", metavar="ACTION")
    serve = actions.add_parser("serve", help="run the relay until interrupted")
    add_arguments(serve)
    serve.set_defaults(func=run)
    p.set_defaults(func=lambda args: _usage(p))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return fail("choose an action, e.g. `qbdesk relay serve`")
