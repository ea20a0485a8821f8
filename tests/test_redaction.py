"""No log record holds a token, redacted or not, in any handler.

The handlers here are plain ``logging.StreamHandler``s the test adds itself — not
qbdesk's: the rule holds for any handler, because records are redacted when they
are created.
"""

from __future__ import annotations

import io
import logging
import secrets
from collections.abc import Iterator

import pytest

import qbdesk  # noqa: F401 - installs the redaction for the process
from qbdesk.redaction import remember


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    previous = root.level
    root.setLevel(logging.DEBUG)
    yield stream
    root.removeHandler(handler)
    root.setLevel(previous)


def test_a_bearer_header_loses_its_credential_whole(captured: io.StringIO) -> None:
    token = "eyJ" + secrets.token_urlsafe(60)  # never seen by qbdesk: only its shape gives it away
    logging.getLogger("anything").warning("request headers: %s", {"Authorization": f"Bearer {token}"})
    logging.getLogger("anything").warning("Authorization: Bearer %s", token)
    text = captured.getvalue()
    assert token not in text and token[:12] not in text and token[-12:] not in text
    assert text.count("[redacted]") >= 2 and "request headers" in text


def test_known_tokens_and_the_pieces_quickbooks_quotes_are_cut(captured: io.StringIO) -> None:
    token = "AB11" + secrets.token_urlsafe(80)
    remember(token)
    log = logging.getLogger("qbdesk.qbo.http")
    log.warning("GET company failed: HTTP 401 · 3200 AuthenticationFailed — Token expired: %s (intuit_tid 1-x)",
                token[:50])  # what QuickBooks' gateway says
    log.info("saved %s", token)
    log.info("a fragment %s… in prose", token[:30])
    text = captured.getvalue()
    assert token[:12] not in text and "intuit_tid 1-x" in text


def test_a_traceback_carrying_a_token_is_cut_too(captured: io.StringIO) -> None:
    token = secrets.token_urlsafe(40)
    remember(token)
    try:
        raise RuntimeError(f"refresh failed with refresh_token={token}")
    except RuntimeError:
        logging.getLogger("qbdesk").exception("sync stopped")
    text = captured.getvalue()
    assert "RuntimeError" in text and token[:12] not in text


def test_codes_and_sealed_answers_in_addresses_are_cut(captured: io.StringIO) -> None:
    code, sealed = "AB11" + secrets.token_urlsafe(30), secrets.token_urlsafe(90)
    logging.getLogger("relay").info("GET /callback?code=%s&state=q1.5000.n.k&realmId=1", code)
    logging.getLogger("relay").info("http://127.0.0.1:5000/callback?sealed=%s&state=q1", sealed)
    logging.getLogger("db").info("postgresql://anna:%s@office/acme", "hunter2-secret")
    text = captured.getvalue()
    assert code not in text and sealed[:12] not in text and "hunter2-secret" not in text
    assert "realmId=1" in text


def test_an_api_call_with_a_refused_token_leaves_no_piece_of_it_in_the_log(captured: io.StringIO) -> None:
    from qbdesk.qbo.client import QboClient
    from qbdesk.qbo.errors import AuthenticationError
    from qbdesk.qbo.governor import Governor
    from qbdesk.sandbox.server import SandboxServer

    token = "eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0.." + secrets.token_urlsafe(96)

    class Tokens:
        def access_token(self) -> str:
            remember(token)  # as the token store does for every token it hands out
            return token

        def refresh(self, stale_access_token: str | None = None) -> None:
            return None

    with SandboxServer(throttle=False) as server:
        realm = server.create_company(size=0).realm_id
        client = QboClient(realm, server.api_base, Tokens(), Governor())
        with pytest.raises(AuthenticationError):
            client.company_info()  # 401 twice: the gateway quotes the token's first 50 characters
    text = captured.getvalue()
    assert "failed" in text  # the failure was logged…
    assert token[48:60] not in text and token[:50] not in text  # …without the token, whole or in part
