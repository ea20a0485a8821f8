"""What this build of qbdesk knows about its sign-in relay: the relay's address and the app's client ID.

Never a secret: a build is a public artefact. ``scripts/build_app.py`` writes
``qbdesk/distribution.json`` into the bundle from the build's configuration
(``QBDESK_BUILD_RELAY_URL``, ``QBDESK_BUILD_CLIENT_ID``); the same variables,
set when qbdesk starts, override it (a tester pointing a build at a staging relay;
the test suite pointing it at a relay on 127.0.0.1 in front of the practice
QuickBooks, with ``QBDESK_BUILD_DISCOVERY_URL``/``QBDESK_BUILD_API_BASE``). A source
checkout has neither, and says so plainly: its owner can still use their own
Intuit developer keys (Advanced), and the practice company needs none.

The relay's address obeys the same rules as every QuickBooks address
(:mod:`qbdesk.qbo.endpoints`): HTTPS, or this computer.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from qbdesk.qbo.endpoints import API_BASES_BY_ENVIRONMENT, check_url, is_loopback

FILE = Path(__file__).resolve().parent.parent / "distribution.json"
ENV = {"relay_url": "QBDESK_BUILD_RELAY_URL", "client_id": "QBDESK_BUILD_CLIENT_ID",
       "discovery": "QBDESK_BUILD_DISCOVERY_URL", "api_base": "QBDESK_BUILD_API_BASE"}


@dataclass(frozen=True)
class Distribution:
    """A build's relay: where it is, the client ID it serves, and the QuickBooks it signs in to."""

    relay_url: str
    client_id: str
    discovery: str = "production"   # "production", or a discovery document URL (tests: the practice QuickBooks)
    api_base: str = API_BASES_BY_ENVIRONMENT["production"]

    @property
    def environment(self) -> str:
        """production; qbdesk-sandbox when the relay signs in to the practice QuickBooks on this computer (tests,
        screenshots); custom otherwise."""
        if self.discovery == "production":
            return "production"
        return "qbdesk-sandbox" if is_loopback(urlsplit(self.discovery).hostname) else "custom"


def load(file: Path = FILE) -> Distribution | None:
    """This build's relay, or None when none is configured (a source checkout)."""
    values: dict[str, str] = {}
    if file.is_file():
        raw = json.loads(file.read_text(encoding="utf-8"))
        if isinstance(raw, dict):
            values.update({k: str(v) for k, v in raw.items() if k in ENV and v})
    for key, name in ENV.items():
        if os.environ.get(name):
            values[key] = os.environ[name]
    if not values.get("relay_url") or not values.get("client_id"):
        return None
    distribution = Distribution(**values)
    check_url(distribution.relay_url, allow_custom=True)  # the vendor's own domain: HTTPS, never plain HTTP
    return distribution
