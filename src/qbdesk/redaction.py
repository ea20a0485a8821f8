"""No log record holds a token or a secret — not masked, not in part: gone, in every handler.

Masking the *value after a keyword* is not enough: ``Authorization: Bearer X``
became ``Authorization: *** X`` (the keyword's value was taken to be ``Bearer``),
and QuickBooks' own 401 answers quote the first 50 characters of the refused token
(``Token expired: eyJlbmMiOi…``), which then travel inside exception messages.

So two nets, applied when a record is *created* (a :func:`logging.setLogRecordFactory`
wrapper, installed once for the whole process by :func:`install`), which is the one
point every handler — the log file, the diagnostics tail, a terminal, pytest's
capture, anything a library adds — is downstream of:

* **known values**: every token and secret qbdesk handles is registered with
  :func:`remember` by the code that receives it (the token store, the sign-in,
  the relay); any occurrence of one, or of a 12-character piece of one, is cut out;
* **shapes**: ``Bearer``/``Basic`` credentials, ``key=value`` and JSON pairs whose key
  names a secret, authorization codes and sealed answers in URLs, URL passwords,
  and QuickBooks' "Token expired: …" quotes — for values qbdesk never saw.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from typing import Any

GONE = "[redacted]"
_PIECE = 12            # a quoted prefix this long of a known secret is cut out too
_MAX_KNOWN = 4096      # tokens rotate; keep the newest few thousand

_SECRET_KEYS = (r"password|passwd|pwd|secret|client_secret|token|access_token|refresh_token|id_token|"
                r"authorization|sealed|verifier|api_key|apikey")
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Authorization headers, whatever the separator: the scheme stays, the credential goes
    (re.compile(r"(?i)\b(bearer|basic)(\s+|%20|\+)[A-Za-z0-9._~+/=\-]+"), rf"\1 {GONE}"),
    # JSON / dict pairs: "access_token": "…"  'client_secret': '…'
    (re.compile(rf"(?i)([\"']?(?:{_SECRET_KEYS})[\"']?\s*:\s*[\"'])[^\"']*([\"'])"), rf"\1{GONE}\2"),
    # key=value and key: value (query strings, forms, prose); not a URL path or a JSON pair (above)
    (re.compile(rf"(?i)\b((?:{_SECRET_KEYS})\s*[=:]\s*)(?![\"'\[])[^\s\"'&,;)]+"), rf"\1{GONE}"),
    # the authorization code and the relay's sealed answer in a callback address
    (re.compile(r"([?&#](?:code|sealed)=)[^&#\s\"']+"), rf"\1{GONE}"),
    # user:password@ in URLs
    (re.compile(r"(://[^/\s:@]+:)([^@\s/]+)(@)"), rf"\1{GONE}\3"),
    # QuickBooks quotes the refused token: "Token expired: AB0160…", "Token invalid: eyJ…"
    (re.compile(r"(?i)\b(token (?:expired|invalid|revoked|is invalid)\s*:\s*)\S+"), rf"\1{GONE}"),
)

_known: dict[str, None] = {}  # insertion-ordered set
_known_lock = threading.Lock()
_installed: Callable[..., logging.LogRecord] | None = None


def remember(*secrets: str | None) -> None:
    """Never let these values (tokens, client secrets, codes) reach a log, whole or in part."""
    with _known_lock:
        for secret in secrets:
            if secret and len(secret) >= 8:
                _known.pop(secret, None)
                _known[secret] = None
        while len(_known) > _MAX_KNOWN:
            _known.pop(next(iter(_known)))


def redact(text: str, mark: str = GONE) -> str:
    """``text`` without any known secret (or a piece of one) and without anything shaped like one; each cut is
    replaced by ``mark``."""
    if not text:
        return text
    if mark != GONE:
        return redact(text).replace(GONE, mark)
    with _known_lock:
        known = list(_known)
    for secret in known:
        if secret in text:
            text = text.replace(secret, GONE)
        if len(secret) > _PIECE:
            piece = secret[:_PIECE]
            while piece in text:  # a quoted prefix: cut from the piece to the end of the token-like run
                start = text.index(piece)
                end = start + len(piece)
                while end < len(text) and (text[end].isalnum() or text[end] in "._-~+/="):
                    end += 1
                text = text[:start] + GONE + text[end:]
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def _redacted_record(factory: Callable[..., logging.LogRecord]) -> Callable[..., logging.LogRecord]:
    def make(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = factory(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a malformed log call: keep the raw template, redacted
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and record.exc_info[0] is not None:
            # Formatters use exc_text when it is set: the traceback is formatted once, here, redacted.
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return record

    return make


def install() -> None:
    """Redact every log record this process creates, before any handler sees it (idempotent)."""
    global _installed
    current = logging.getLogRecordFactory()
    if _installed is not None and current is _installed:
        return
    _installed = _redacted_record(current)
    logging.setLogRecordFactory(_installed)


class RedactingFilter(logging.Filter):
    """For handlers of a process that did not :func:`install` (or replaced the factory afterwards)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg, record.args = redact(message), None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True
