"""What the sign-in relay costs: a whole sign-in, and token refreshes per second, relay vs straight to Intuit.

The relay sits in front of the practice QuickBooks (playing Intuit) on 127.0.0.1, so
the figures are the relay's own overhead plus the emulator's, not the internet's.
A desktop refreshes about once an hour and signs in rarely, so what matters is how
many desktops one relay process can carry: refreshes/s × 3,600 ≈ desktops per hour.
Rate limiting is set high here (it is per client address, and every request comes
from 127.0.0.1).

    .venv/bin/python bench/bench_relay.py [--seconds 3] [--signins 20]
"""

from __future__ import annotations

import argparse
import statistics
import time

import requests

from qbdesk.qbo.oauth import make_auth_client, refresher_for
from qbdesk.qbo.relay_client import relay_refresher, sign_in_through_relay
from qbdesk.relay.config import RelayConfig
from qbdesk.relay.server import RelayServer
from qbdesk.sandbox.server import SandboxServer


def _browser(url: str) -> None:
    requests.get(url + "&auto_consent=true", timeout=30)


def refreshes_per_second(refresh: object, first_token: str, seconds: float) -> float:
    token, count = first_token, 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        token = refresh(token)["refresh_token"]  # type: ignore[operator]
        count += 1
    return count / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--signins", type=int, default=20)
    args = parser.parse_args()
    with SandboxServer(throttle=False) as sandbox:
        sandbox.create_company(size=0)
        app = sandbox.create_app()
        config = RelayConfig(client_id=app.client_id, client_secret=app.client_secret,
                             discovery=sandbox.discovery_url, rate_per_minute=10**6, burst=10**6)
        with RelayServer(config) as relay:
            durations = []
            tokens = None
            for _ in range(args.signins):
                started = time.perf_counter()
                tokens = sign_in_through_relay(relay.address, app.client_id, sandbox.discovery_url,
                                               sandbox.api_base, _browser)
                durations.append(time.perf_counter() - started)
            assert tokens is not None
            print(f"sign-in through the relay (discovery, authorize, callback, exchange, seal, unseal): "
                  f"median {statistics.median(durations) * 1000:.0f} ms over {args.signins}")
            through = refreshes_per_second(relay_refresher(relay.address), tokens.refresh_token, args.seconds)
            direct_tokens = sandbox.connect(app, tokens.realm_id)
            auth = make_auth_client(app.client_id, app.client_secret, "http://127.0.0.1/callback",
                                    sandbox.discovery_url)
            direct = refreshes_per_second(refresher_for(auth), direct_tokens["refresh_token"], args.seconds)
            auth.close()
    print(f"refreshes/s through the relay: {through:.0f}  (straight to the emulator: {direct:.0f})")
    print(f"one relay process ≈ {through * 3600:,.0f} hourly refreshes, i.e. desktops, per hour of capacity")


if __name__ == "__main__":
    main()
