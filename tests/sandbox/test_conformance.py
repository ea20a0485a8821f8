"""Intuit's recorded answers, and ours to the same requests: same status, keys, types, codes and texts.

Each cassette runs against a company seeded with the entities the recordings
show (see :mod:`tests.sandbox.conformance`). Two recordings need their clock:
the CDC one asks for changes since 2011, which QuickBooks accepted in 2020 but
refuses today (30 days at most), so it is replayed with the sandbox clock set
just after the recorded changes; the 401 one replays with a token the clock has
aged past its hour.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import pytest
import requests

from qbdesk.sandbox import Clock, SandboxServer
from qbdesk.sandbox.jsonio import loads
from qbdesk.sandbox.schema import SPECS
from tests.sandbox import conformance, vcr

CASSETTES = conformance.cassettes()
CDC_SINCE = "2015-10-01T00:00:00-07:00"


def test_the_replayed_set_covers_the_recordings() -> None:
    assert len(CASSETTES) == 24
    assert (conformance.RECORDINGS / "LICENSE-qbo_api.txt").exists()


def _query_ids(document: Any) -> tuple[str, list[str]] | None:
    body = document.get("QueryResponse") if isinstance(document, dict) else None
    if not isinstance(body, dict):
        return None
    for key, value in body.items():
        if isinstance(value, list):
            return key, [str(row.get("Id")) for row in value]
    return None


@pytest.mark.parametrize("name", CASSETTES)
def test_recorded_exchange_replays_the_same(name: str) -> None:
    clock = Clock(start=datetime(2015, 10, 20, 12, tzinfo=UTC)) if name == "cdc/basic.yml" else Clock()
    with SandboxServer(throttle=False, clock=clock) as sb:
        sb.sandbox.add_company(conformance.seeded(name, clock))
        tokens = sb.connect(sb.create_app(), conformance.REALM)
        with requests.Session() as session:
            session.headers.update({"Authorization": f"Bearer {tokens['access_token']}",
                                    "Accept": "application/json"})
            for interaction in vcr.cassette(conformance.RECORDINGS / name):
                url = conformance.target(interaction.uri, sb.api_base)
                if name == "cdc/basic.yml":
                    url = url.replace("changedSince=2011-10-10T09:00:00-07:00", f"changedSince={CDC_SINCE}")
                if name == "error/401.yml":
                    sb.advance(3601)
                content_type = "application/text" if interaction.path == "/query" else "application/json"
                resp = session.request(interaction.method, url, data=interaction.request_body.encode(),
                                       headers={"Content-Type": content_type}, timeout=30)
                compare(interaction, resp)


def compare(interaction: vcr.Interaction, resp: requests.Response) -> None:
    where = f"{interaction.method} {interaction.path}"
    assert resp.status_code == interaction.status, (where, resp.text[:500])
    compare_headers(interaction, resp)
    recorded = conformance.canonical(loads(interaction.response_body))
    ours = conformance.canonical(loads(resp.content))
    problems = conformance.differences(recorded, ours)
    assert not problems, (where, problems[:10])
    assert ("time" in recorded) == ("time" in ours), where
    if "time" in recorded:
        assert type(recorded["time"]) is type(ours["time"]), where
    recorded_ids, our_ids = _query_ids(recorded), _query_ids(ours)
    if recorded_ids is not None:
        assert our_ids is not None and our_ids[0] == recorded_ids[0], where
        if SPECS[recorded_ids[0]].is_list:
            assert our_ids[1] == recorded_ids[1], where  # name lists: QuickBooks' order, by name
        else:
            assert sorted(our_ids[1]) == sorted(recorded_ids[1]), where


# Headers whose presence depends on the kind of answer (data service 200 vs fault vs gateway).
SOMETIMES = ("Cache-Control", "Expires", "Qbo-Version", "Service-Time", "WWW-Authenticate")
EXACT_HEADERS = ("Content-Type", "Cache-Control", "Expires", "WWW-Authenticate")
TID = re.compile(r"^1-[0-9a-f]{8}-[0-9a-f]{24}$")


def compare_headers(interaction: vcr.Interaction, resp: requests.Response) -> None:
    """The headers the recorded answer carries, with the same values where they are not per-request.

    The recordings show ``Intuit-Tid`` because the recording client re-capitalised header names; Intuit's
    documentation and SDKs read ``intuit_tid``, which is what both servers send.
    """
    where = f"{interaction.method} {interaction.path}"
    recorded = {k.lower(): v[0] for k, v in interaction.response_headers.items()}
    tid = resp.headers.get("intuit_tid") or ""
    assert TID.match(tid) and TID.match(recorded["intuit-tid"]), (where, tid)
    assert resp.headers.get("X-Amzn-Trace-Id") == f"Root={tid}", where
    assert resp.headers.get("X-Spanid"), where
    for name in SOMETIMES:
        assert (name.lower() in recorded) == (name in resp.headers), (where, name)
    for name in EXACT_HEADERS:
        if name.lower() in recorded:
            assert resp.headers[name].lower() == recorded[name.lower()].lower(), (where, name)
    if "service-time" in recorded:
        assert re.fullmatch(r"total=\d+, db=\d+", resp.headers["Service-Time"]), where
        assert re.fullmatch(r"\d+\.\d+", resp.headers["Qbo-Version"]), where
