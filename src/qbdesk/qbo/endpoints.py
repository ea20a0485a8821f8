"""Which addresses a QuickBooks sign-in may be sent to, decided before anything is sent.

A company file names the endpoints it syncs with, and a company file can come from
anyone (an accountant opens a client's file). Left unchecked, that file decides
where the keychain's live access token — and at the next refresh the refresh token
and the client secret — are sent. Two rules close that:

1. **Which hosts** (:func:`check_url`). Intuit's own hosts (``intuit.com`` and its
   subdomains) over HTTPS, and loopback addresses (the practice company, a relay
   run on this computer for tests) are accepted. Any other host needs an explicit
   choice by the person at the keyboard (``--allow-custom-host``, a confirmation in
   the window) *and* HTTPS. Plain HTTP to a host that is not this computer is
   refused whatever was chosen, before a single byte is sent.
2. **Bound tokens** (:class:`Endpoints`). Tokens are saved with the endpoints they
   were issued for (discovery document, API base, relay); the token manager hands
   a token out only to a connection whose endpoints are exactly those. A company
   file that names others is refused, never silently followed
   (:class:`EndpointMismatch`).
"""

from __future__ import annotations

import ipaddress
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import urlsplit

INTUIT_DOMAIN = "intuit.com"
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})
API_BASES_BY_ENVIRONMENT = {
    "production": "https://quickbooks.api.intuit.com/v3",
    "sandbox": "https://sandbox-quickbooks.api.intuit.com/v3",
}
# Intuit's published discovery documents, by the names intuit-oauth understands.
DISCOVERY_URLS = {
    "production": "https://developer.intuit.com/.well-known/openid_configuration/",
    "sandbox": "https://developer.intuit.com/.well-known/openid_sandbox_configuration/",
}


class EndpointRefused(ValueError):
    """An address the sign-in may not be sent to. ``reason`` is ``insecure``, ``custom`` or ``invalid``."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = reason
        self.host = urlsplit(url).hostname or url
        if reason == "insecure":
            text = (f"{url} is plain HTTP to another computer ({self.host}): a QuickBooks sign-in is never sent "
                    f"unencrypted; use an https:// address")
        elif reason == "custom":
            text = (f"{self.host} is not one of Intuit's QuickBooks hosts: sending your QuickBooks sign-in there "
                    f"needs an explicit choice (--allow-custom-host)")
        else:
            text = f"{url!r} is not an http(s) address"
        super().__init__(text)


class EndpointMismatch(Exception):
    """The company file names other QuickBooks endpoints than the ones its saved sign-in was issued for."""

    def __init__(self, realm_id: str, bound: Endpoints, asked: Endpoints) -> None:
        self.realm_id = realm_id
        self.bound = bound
        self.asked = asked
        differs = ", ".join(f"{name} {theirs} (the sign-in's: {ours})" for name, ours, theirs in bound.diff(asked))
        super().__init__(
            f"This company file asks to send the QuickBooks sign-in of company {realm_id} to other addresses than "
            f"the ones it was issued for — {differs}. Nothing was sent. If you did not change them yourself, the "
            f"file may have been tampered with: connect it again (`qbdesk connect`) to choose where it syncs")


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def is_intuit(host: str | None) -> bool:
    host = (host or "").lower().rstrip(".")
    return host == INTUIT_DOMAIN or host.endswith("." + INTUIT_DOMAIN)


def classify(url: str) -> str:
    """``intuit``, ``loopback`` or ``custom`` for an acceptable address; raises for a refused one.

    Plain HTTP is accepted for loopback only; Intuit's hosts are accepted over HTTPS only
    (a ``http://…intuit.com`` address is someone's mistake or someone's trap).
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EndpointRefused(url, "invalid")
    if is_loopback(parts.hostname):
        return "loopback"
    if parts.scheme != "https":
        raise EndpointRefused(url, "insecure")
    return "intuit" if is_intuit(parts.hostname) else "custom"


def check_url(url: str, *, allow_custom: bool = False) -> str:
    """Refuse ``url`` unless a sign-in may be sent there (see the module's rules); its class otherwise."""
    kind = classify(url)
    if kind == "custom" and not allow_custom:
        raise EndpointRefused(url, "custom")
    return kind


def discovery_url(discovery: str) -> str:
    """The discovery document's address: Intuit's for ``production``/``sandbox``, else ``discovery`` itself."""
    return DISCOVERY_URLS.get(discovery, discovery)


@dataclass(frozen=True)
class Endpoints:
    """Where one QuickBooks sign-in is used: the discovery document (hence the token and revocation
    endpoints), the API base, and the sign-in relay when the app refreshes through one."""

    discovery: str
    api_base: str
    relay: str | None = None

    def normalized(self) -> Endpoints:
        return Endpoints(discovery_url(self.discovery).rstrip("/"), self.api_base.rstrip("/"),
                         self.relay.rstrip("/") if self.relay else None)

    def urls(self) -> list[str]:
        return [u for u in (discovery_url(self.discovery), self.api_base, self.relay) if u]

    def check(self, *, allow_custom: bool = False) -> None:
        """Every address passes :func:`check_url`."""
        for url in self.urls():
            check_url(url, allow_custom=allow_custom)

    def custom_hosts(self) -> list[str]:
        """Hosts that are neither Intuit's nor this computer (each needs the user's explicit choice)."""
        hosts: list[str] = []
        for url in self.urls():
            try:
                if classify(url) == "custom":
                    hosts.append(urlsplit(url).hostname or url)
            except EndpointRefused:
                hosts.append(urlsplit(url).hostname or url)
        return sorted(set(hosts))

    def same_as(self, other: Endpoints) -> bool:
        return self.normalized() == other.normalized()

    def diff(self, other: Endpoints) -> list[tuple[str, str, str]]:
        """(what, ours, theirs) for each address that differs."""
        mine, theirs = self.normalized(), other.normalized()
        names = {"discovery": "discovery document", "api_base": "API base", "relay": "sign-in relay"}
        return [(names[key], str(getattr(mine, key) or "none"), str(getattr(theirs, key) or "none"))
                for key in ("discovery", "api_base", "relay") if getattr(mine, key) != getattr(theirs, key)]

    def to_json(self) -> dict[str, Any]:
        return asdict(self.normalized())

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> Endpoints:
        return cls(str(doc["discovery"]), str(doc["api_base"]), doc.get("relay") or None)


def check_discovery_document(doc: dict[str, Any], *, allow_custom: bool) -> None:
    """The token, revocation and authorization endpoints a discovery document names pass the same rules:
    a document on an accepted host must not send the secret somewhere else."""
    for key in ("authorization_endpoint", "token_endpoint", "revocation_endpoint"):
        value = doc.get(key)
        if isinstance(value, str) and value:
            check_url(value, allow_custom=allow_custom)
