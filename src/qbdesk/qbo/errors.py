"""Typed errors built from whatever QuickBooks answered: JSON faults, the gateway's JSON, XML or HTML.

QuickBooks answers errors in at least four shapes (``Fault`` JSON, the gateway's
lower-case ``fault`` JSON on 401/403, XML on 429 even when JSON was asked for,
and HTML pages during outages). Every one of them becomes a :class:`QboError`
carrying *all* of the ``Fault.Error`` entries — code, message, detail, element —
plus the HTTP status and ``intuit_tid``, so the problem list can explain it and
Intuit support can trace it.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class FaultError:
    """One entry of a QuickBooks ``Fault.Error`` list."""

    code: str
    message: str
    detail: str = ""
    element: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message, "detail": self.detail, "element": self.element}


@dataclass
class QboError(Exception):
    """An error answer from QuickBooks (or no answer at all, for :class:`TransportError`)."""

    status: int | None
    errors: list[FaultError] = field(default_factory=list)
    fault_type: str | None = None
    intuit_tid: str | None = None
    raw: str = ""

    def __post_init__(self) -> None:
        super().__init__(self.summary)

    @property
    def code(self) -> str | None:
        return self.errors[0].code if self.errors else None

    @property
    def message(self) -> str:
        return self.errors[0].message if self.errors else ""

    @property
    def detail(self) -> str:
        return self.errors[0].detail if self.errors else ""

    @property
    def summary(self) -> str:
        head = f"HTTP {self.status}" if self.status is not None else "no response"
        if self.errors:
            first = self.errors[0]
            head += f" · {first.code} {first.message}"
            if first.detail:
                head += f" — {first.detail}"
        if self.intuit_tid:
            head += f" (intuit_tid {self.intuit_tid})"
        return head

    def __str__(self) -> str:
        return self.summary

    def has_code(self, *codes: str) -> bool:
        return any(e.code in codes for e in self.errors)


class AuthenticationError(QboError):
    """The access token was refused (401: expired, revoked or malformed)."""


class AuthorizationError(QboError):
    """The app may not use this company any more (403 / 3100 / 120): the user must reconnect."""


class ThrottledError(QboError):
    """QuickBooks' rate limit was hit (429 / 3001); ``retry_after`` in seconds when the server said."""

    retry_after: float | None = None


class ValidationError(QboError):
    """QuickBooks refused the data (a ``ValidationFault``): fix the record, do not retry blindly."""


class ServerError(QboError):
    """QuickBooks failed (5xx, ``SystemFault``): worth retrying."""


class TransportError(QboError):
    """The request got no answer (connection refused or dropped, timeout): the outcome is unknown."""


class ReconnectNeeded(Exception):
    """The refresh token was refused (``invalid_grant``) or is missing: the user must sign in again."""


_THROTTLE_CODES = {"3001"}
_AUTHZ_CODES = {"3100", "120"}
_AUTHN_CODES = {"3200", "100"}


def _errors_from_json(doc: dict[str, Any]) -> tuple[list[FaultError], str | None]:
    fault = doc.get("Fault")
    if isinstance(fault, dict):
        items = fault.get("Error") or []
        errors = [FaultError(str(e.get("code", "")), str(e.get("Message") or ""), str(e.get("Detail") or ""),
                             str(e.get("element") or "")) for e in items if isinstance(e, dict)]
        return errors, fault.get("type")
    fault = doc.get("fault")  # the gateway's shape: lower-case keys
    if isinstance(fault, dict):
        items = fault.get("error") or []
        errors = [FaultError(str(e.get("code", "")), str(e.get("message") or ""), str(e.get("detail") or ""),
                             str(e.get("element") or "")) for e in items if isinstance(e, dict)]
        return errors, fault.get("type")
    return [], None


def _errors_from_xml(text: str) -> tuple[list[FaultError], str | None]:
    try:
        root = ET.fromstring(text)
    except ET.ParseError:
        return [], None
    errors: list[FaultError] = []
    fault_type = None
    for el in root.iter():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "Fault":
            fault_type = el.get("type")
        elif tag == "Error":
            parts = {child.tag.rsplit("}", 1)[-1]: (child.text or "") for child in el}
            errors.append(FaultError(el.get("code", ""), parts.get("Message", ""), parts.get("Detail", ""),
                                     el.get("element", "")))
    return errors, fault_type


def parse_fault_body(text: str) -> tuple[list[FaultError], str | None]:
    """Read the errors out of an error body, whatever its format; empty when it has none."""
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            doc = json.loads(stripped)
        except ValueError:
            return [], None
        return _errors_from_json(doc) if isinstance(doc, dict) else ([], None)
    if stripped.startswith("<") and "Fault" in stripped[:2000]:
        return _errors_from_xml(stripped)
    return [], None


def _html_title(text: str) -> str:
    match = re.search(r"<title>(.*?)</title>", text, re.IGNORECASE | re.DOTALL)
    return match.group(1).strip() if match else ""


def error_for(status: int, body: str, intuit_tid: str | None, retry_after: float | None = None) -> QboError:
    """Classify an error answer into the exception the caller should handle."""
    errors, fault_type = parse_fault_body(body)
    if not errors and body.lstrip().startswith("<"):
        title = _html_title(body)
        if title:
            errors = [FaultError(str(status), title)]
    codes = {e.code for e in errors}
    kwargs: dict[str, Any] = {"status": status, "errors": errors, "fault_type": fault_type,
                              "intuit_tid": intuit_tid, "raw": body[:4000]}
    if status == 429 or codes & _THROTTLE_CODES:
        err = ThrottledError(**kwargs)
        err.retry_after = retry_after
        return err
    if status == 401 or codes & _AUTHN_CODES:
        return AuthenticationError(**kwargs)
    if status == 403 or codes & _AUTHZ_CODES:
        return AuthorizationError(**kwargs)
    if status >= 500 or (fault_type or "").lower() == "systemfault":
        return ServerError(**kwargs)
    return ValidationError(**kwargs)


def is_transient(err: QboError) -> bool:
    """Worth retrying the same request: throttles, server failures, lost connections, 6000 "please wait"."""
    if isinstance(err, ThrottledError | ServerError | TransportError):
        return True
    return any(e.code == "6000" and "please wait" in (e.detail + e.message).lower() for e in err.errors)
