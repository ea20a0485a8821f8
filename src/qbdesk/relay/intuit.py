"""The relay's calls to Intuit: exchange a code, refresh, revoke — with the client secret, and nothing kept.

Answers are handed back as they came (status, body, ``intuit_tid``): the desktop
understands QuickBooks' own errors (``invalid_grant`` means "sign in again"), and a
relay that rephrased them would only hide what QuickBooks said.
"""

from __future__ import annotations

import base64
import threading
from dataclasses import dataclass
from typing import Any

import requests

from qbdesk.qbo.endpoints import check_discovery_document, discovery_url
from qbdesk.redaction import remember
from qbdesk.relay.config import RelayConfig

TIMEOUT = (10.0, 60.0)
HARD_EXPIRY_HEADER = "x-include-refresh-token-hard-expires-in"


class IntuitUnreachable(Exception):
    """Intuit did not answer (network): nothing was exchanged, refreshed or revoked."""


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes
    content_type: str
    intuit_tid: str | None

    def json(self) -> dict[str, Any]:
        import json

        doc = json.loads(self.body)
        return doc if isinstance(doc, dict) else {}


class Intuit:
    """Intuit's OAuth endpoints, as named by its discovery document (read once, checked, kept in memory)."""

    def __init__(self, config: RelayConfig, session: requests.Session | None = None) -> None:
        self.config = config
        self.session = session or requests.Session()
        self.session.headers.update({"Accept": "application/json", "User-Agent": "qbdesk-relay"})
        credentials = f"{config.client_id}:{config.client_secret}".encode()
        self._basic = "Basic " + base64.b64encode(credentials).decode("ascii")
        self._endpoints: dict[str, str] | None = None
        self._lock = threading.Lock()

    def endpoints(self) -> dict[str, str]:
        with self._lock:
            if self._endpoints is None:
                try:
                    resp = self.session.get(discovery_url(self.config.discovery), timeout=TIMEOUT)
                    resp.raise_for_status()
                    doc = resp.json()
                except (requests.RequestException, ValueError) as exc:
                    raise IntuitUnreachable(f"discovery document: {type(exc).__name__}") from exc
                check_discovery_document(doc, allow_custom=self.config.allow_custom_host)
                self._endpoints = {key: str(doc[key]) for key in
                                   ("authorization_endpoint", "token_endpoint", "revocation_endpoint")}
            return self._endpoints

    def _post(self, endpoint: str, **kwargs: Any) -> Answer:
        url = self.endpoints()[endpoint]
        headers = {"Authorization": self._basic, **kwargs.pop("headers", {})}
        try:
            resp = self.session.post(url, headers=headers, timeout=TIMEOUT, allow_redirects=False, **kwargs)
        except requests.RequestException as exc:
            raise IntuitUnreachable(type(exc).__name__) from exc
        answer = Answer(resp.status_code, resp.content, resp.headers.get("Content-Type", "application/json"),
                        resp.headers.get("intuit_tid"))
        if resp.status_code == 200 and answer.body:
            try:
                doc = answer.json()
                remember(str(doc.get("access_token", "")), str(doc.get("refresh_token", "")))
            except ValueError:
                pass
        return answer

    def exchange(self, code: str) -> Answer:
        remember(code)
        return self._post("token_endpoint", data={"grant_type": "authorization_code", "code": code,
                                                  "redirect_uri": self.config.redirect_uri},
                          headers={HARD_EXPIRY_HEADER: "true"})

    def refresh(self, refresh_token: str, *, hard_expiry: bool) -> Answer:
        remember(refresh_token)
        headers = {HARD_EXPIRY_HEADER: "true"} if hard_expiry else {}
        return self._post("token_endpoint", data={"grant_type": "refresh_token", "refresh_token": refresh_token},
                          headers=headers)

    def revoke(self, token: str) -> Answer:
        remember(token)
        return self._post("revocation_endpoint", json={"token": token})
