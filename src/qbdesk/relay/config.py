"""The relay's settings: the app's keys and where it is reachable, from the environment (never argv).

A secret on a command line is visible to every user of the machine (``ps``) and
lands in shell histories, so the client secret comes from ``QBDESK_RELAY_CLIENT_SECRET``
or a file named by ``QBDESK_RELAY_CLIENT_SECRET_FILE`` (a container secret mount).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from qbdesk.qbo.endpoints import check_url, discovery_url
from qbdesk.redaction import remember

ENV_CLIENT_ID = "QBDESK_RELAY_CLIENT_ID"
ENV_SECRET = "QBDESK_RELAY_CLIENT_SECRET"
ENV_SECRET_FILE = "QBDESK_RELAY_CLIENT_SECRET_FILE"
ENV_PUBLIC_URL = "QBDESK_RELAY_PUBLIC_URL"
ENV_DISCOVERY = "QBDESK_RELAY_DISCOVERY_URL"


class RelayConfigError(ValueError):
    """The relay cannot start with these settings (said in words, for whoever deploys it)."""


@dataclass(frozen=True)
class RelayConfig:
    """``public_url`` is the address the relay is reached at (its ``/callback`` is the redirect URI
    registered with Intuit); ``discovery`` is ``production``, ``sandbox`` or a discovery document URL."""

    client_id: str
    client_secret: str = field(repr=False)
    public_url: str = ""            # "": the address it listens on (a relay on this computer, for tests)
    discovery: str = "production"
    rate_per_minute: int = 60
    burst: int = 20
    trust_forwarded: bool = False   # behind a TLS proxy: the client's address is the last X-Forwarded-For hop
    allow_custom_host: bool = False

    def __post_init__(self) -> None:
        if not self.client_id:
            raise RelayConfigError(f"the app's client ID is missing ({ENV_CLIENT_ID} or --client-id)")
        if not self.client_secret:
            raise RelayConfigError(f"the client secret is missing ({ENV_SECRET} or {ENV_SECRET_FILE})")
        try:
            if self.public_url:
                check_url(self.public_url, allow_custom=True)  # the vendor's own domain, over HTTPS
            check_url(discovery_url(self.discovery), allow_custom=self.allow_custom_host)
        except ValueError as exc:
            raise RelayConfigError(str(exc)) from exc
        if self.rate_per_minute < 1 or self.burst < 1:
            raise RelayConfigError("the rate limit must allow at least one request")
        remember(self.client_secret)

    @property
    def redirect_uri(self) -> str:
        return self.public_url.rstrip("/") + "/callback"


def secret_from_environment() -> str:
    path = os.environ.get(ENV_SECRET_FILE)
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise RelayConfigError(f"cannot read {ENV_SECRET_FILE} ({path}): {exc.strerror}") from exc
    return os.environ.get(ENV_SECRET, "").strip()
