"""``qbdesk sandbox serve``: the QuickBooks emulator on its own, for any HTTP client.

The first line on standard output is one JSON object telling a client where to
connect (``base_url``, ``api_base``, ``discovery_url``, ``realm_id``,
``client_id``, ``client_secret``, ``redirect_uris``), so scripts can start the
sandbox and read its coordinates without parsing prose. With ``--state`` the
practice company, the app's keys and any issued tokens survive restarts.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from datetime import date
from pathlib import Path
from types import FrameType

from qbdesk.cli.common import EXIT_OK, fail
from qbdesk.sandbox.core import Sandbox
from qbdesk.sandbox.persistence import AutoSaver, StateError, load, save
from qbdesk.sandbox.practice import MAX_SIZE
from qbdesk.sandbox.server import SandboxServer


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("sandbox", help="the built-in QuickBooks Online emulator with a practice company")
    actions = p.add_subparsers(dest="sandbox_command", metavar="ACTION")
    serve = actions.add_parser("serve", help="run the emulator until interrupted")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=0, help="port (default 0: a free one)")
    serve.add_argument("--size", type=int, default=1000,
                       help=f"about how many records the practice company holds, 0 to {MAX_SIZE} "
                            "(0: a new, empty company; default 1000)")
    serve.add_argument("--seed", type=int, default=0, help="random seed of the practice company")
    serve.add_argument("--locale", choices=("en", "fr", "es"), default="en", help="language of the sample data")
    serve.add_argument("--anchor", type=date.fromisoformat, help="'today' of the generated history (YYYY-MM-DD)")
    serve.add_argument("--state", type=Path, help="keep the sandbox in this JSON file across restarts")
    serve.add_argument("--speedup", type=float, default=1.0,
                       help="run throttle windows and injected latency this many times faster (default 1)")
    serve.add_argument("--no-throttle", action="store_true", help="turn QuickBooks' rate limits off")
    serve.add_argument("--verbose", action="store_true", help="log every request on standard error")
    serve.set_defaults(func=run_serve)
    p.set_defaults(func=lambda args: _usage(p))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return fail("choose an action, e.g. `qbdesk sandbox serve`")


def _stop(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def run_serve(args: argparse.Namespace) -> int:
    if not 0 <= args.size <= MAX_SIZE:
        return fail(f"--size must be between 0 and {MAX_SIZE}")
    if args.speedup <= 0:
        return fail("--speedup must be positive")
    options = {"throttle": not args.no_throttle, "speedup": args.speedup}
    state: Path | None = args.state
    if state is not None and state.exists():
        try:
            sandbox = load(state, **options)
        except (StateError, ValueError, KeyError) as exc:
            return fail(f"cannot read {state}: {exc}")
    else:
        sandbox = Sandbox(**options)
    if not sandbox.companies:
        print(f"qbdesk: generating a practice company of about {args.size} records…", file=sys.stderr)
        sandbox.create_company(size=args.size, seed=args.seed, locale=args.locale, anchor=args.anchor)
    apps = list(sandbox.oauth.state.apps.values())
    app = apps[0] if apps else sandbox.create_app()
    realm_id = next(iter(sandbox.companies))
    saver = None
    if state is not None:
        save(sandbox, state)
        saver = AutoSaver(sandbox, state).start()
    server = SandboxServer(sandbox, host=args.host, port=args.port, verbose=args.verbose)
    if args.verbose:
        import logging

        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    try:
        server.start()
    except OSError as exc:
        return fail(f"cannot listen on {args.host}:{args.port}: {exc}")
    print(json.dumps(server.info(realm_id, app)), flush=True)
    print(f"qbdesk: sandbox serving {server.api_base} (company {realm_id}); Ctrl-C stops it", file=sys.stderr)
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.stop()
        if saver is not None:
            saver.stop()
    return EXIT_OK
