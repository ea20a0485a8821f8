"""``qbdesk relay serve`` / ``python -m qbdesk.relay``: run the sign-in relay until stopped.

The first line on standard output is one JSON object — ``url`` (where it listens),
``public_url`` and ``redirect_uri`` (register that one with Intuit) — so scripts and
tests can start it and read where it is without parsing prose. Nothing secret is
printed, and the client secret is never an argument.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
from types import FrameType

from qbdesk.relay.config import (
    ENV_CLIENT_ID,
    ENV_DISCOVERY,
    ENV_PUBLIC_URL,
    ENV_SECRET,
    ENV_SECRET_FILE,
    RelayConfig,
    RelayConfigError,
    secret_from_environment,
)
from qbdesk.relay.server import RelayServer

EXIT_OK, EXIT_USAGE = 0, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1; 0.0.0.0 in a container behind a TLS proxy)")
    parser.add_argument("--port", type=int, default=0, help="port (default 0: a free one)")
    parser.add_argument("--public-url", default=os.environ.get(ENV_PUBLIC_URL, ""),
                        help=f"the HTTPS address the relay is reached at; its /callback is the redirect URI "
                             f"registered with Intuit (or {ENV_PUBLIC_URL})")
    parser.add_argument("--client-id", default=os.environ.get(ENV_CLIENT_ID, ""),
                        help=f"the Intuit app's client ID (or {ENV_CLIENT_ID}); the client secret comes only "
                             f"from {ENV_SECRET} or the file named by {ENV_SECRET_FILE}")
    parser.add_argument("--discovery-url", default=os.environ.get(ENV_DISCOVERY, "production"),
                        help="production (default), sandbox, or a discovery document URL (e.g. the practice "
                             f"QuickBooks', for tests; or {ENV_DISCOVERY})")
    parser.add_argument("--allow-custom-host", action="store_true",
                        help="accept a discovery document on a host that is neither Intuit's nor this computer")
    parser.add_argument("--rate", type=int, default=60, help="requests per minute per client address (default 60)")
    parser.add_argument("--burst", type=int, default=20, help="requests a client address may make at once (20)")
    parser.add_argument("--behind-proxy", action="store_true",
                        help="take the client's address from the last X-Forwarded-For hop (a TLS proxy in front)")
    parser.add_argument("--quiet", action="store_true", help="do not log each request on standard error")


def _stop(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def run(args: argparse.Namespace) -> int:
    try:
        config = RelayConfig(client_id=args.client_id, client_secret=secret_from_environment(),
                             public_url=args.public_url, discovery=args.discovery_url, rate_per_minute=args.rate,
                             burst=args.burst, trust_forwarded=args.behind_proxy,
                             allow_custom_host=args.allow_custom_host)
        server = RelayServer(config, args.host, args.port)
    except RelayConfigError as exc:
        print(f"qbdesk relay: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"qbdesk relay: cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        return EXIT_USAGE
    if not args.quiet:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s",
                            stream=sys.stderr)
    print(json.dumps({"url": server.address, "public_url": server.config.public_url,
                      "redirect_uri": server.config.redirect_uri}), flush=True)
    print(f"qbdesk relay: serving {server.address} for {server.config.public_url}; Ctrl-C stops it",
          file=sys.stderr, flush=True)
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.stop()
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qbdesk.relay", description="qbdesk's sign-in relay")
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add_arguments(sub.add_parser("serve", help="run the relay until interrupted"))
    return run(parser.parse_args(argv))
