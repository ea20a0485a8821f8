"""Throttling as QuickBooks does it, and injected faults as the network and Intuit produce them."""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest
import requests

from qbdesk.sandbox import Clock, FaultPlan, Limits, SandboxServer
from tests.sandbox.conftest import Api, error, json

THROTTLE_XML = ('<Fault type="SERVICE">\n        <Error code="3001">\n            <Message>message=ThrottleExceeded; '
                'errorCode=003001; statusCode=429</Message>\n            <Detail>The request limit was reached.  Try '
                'again later</Detail>\n        </Error>\n    </Fault>')


def client(sb: SandboxServer, realm: str) -> requests.Session:
    tokens = sb.connect(sb.create_app(), realm)
    session = requests.Session()
    session.headers.update({"Authorization": f"Bearer {tokens['access_token']}", "Accept": "application/json"})
    return session


@pytest.fixture
def throttled() -> Iterator[tuple[SandboxServer, str]]:
    with SandboxServer(clock=Clock(frozen=True)) as sb:
        yield sb, sb.create_company(size=0).realm_id


def test_500_requests_a_minute_then_429_with_the_xml_body(throttled: tuple[SandboxServer, str]) -> None:
    sb, realm = throttled
    url = f"{sb.api_base}/company/{realm}/preferences"
    with client(sb, realm) as session:
        statuses = [session.get(url, timeout=10).status_code for _ in range(500)]
        assert statuses == [200] * 500
        refused = session.get(url, timeout=10)
        assert refused.status_code == 429
        assert refused.headers["Content-Type"] == "application/xml"
        assert THROTTLE_XML in refused.text and refused.text.startswith('<?xml version="1.0"')
        sb.advance(60)  # the window slides
        assert session.get(url, timeout=10).status_code == 200


def test_40_batch_requests_a_minute(throttled: tuple[SandboxServer, str]) -> None:
    sb, realm = throttled
    url = f"{sb.api_base}/company/{realm}/batch"
    body = {"BatchItemRequest": [{"bId": "q", "Query": "select * from Term"}]}
    with client(sb, realm) as session:
        assert [session.post(url, json=body, timeout=10).status_code for _ in range(40)] == [200] * 40
        assert session.post(url, json=body, timeout=10).status_code == 429
        assert session.get(f"{sb.api_base}/company/{realm}/preferences", timeout=10).status_code == 200


def test_at_most_10_requests_in_flight(throttled: tuple[SandboxServer, str]) -> None:
    sb, realm = throttled
    sb.faults(realm).configure(latency_ms=(700.0, 700.0))
    sessions = [client(sb, realm) for _ in range(14)]
    try:
        url = f"{sb.api_base}/company/{realm}/preferences"
        with ThreadPoolExecutor(max_workers=14) as pool:
            statuses = list(pool.map(lambda s: s.get(url, timeout=10).status_code, sessions))
    finally:
        for session in sessions:
            session.close()
    assert statuses.count(200) == 10 and statuses.count(429) == 4


def test_speedup_compresses_the_minute() -> None:
    with SandboxServer(speedup=60.0, limits=Limits(per_minute=10)) as sb:
        realm = sb.create_company(size=0).realm_id
        url = f"{sb.api_base}/company/{realm}/preferences"
        with client(sb, realm) as session:
            assert [session.get(url, timeout=10).status_code for _ in range(10)] == [200] * 10
            assert session.get(url, timeout=10).status_code == 429
            time.sleep(1.05)  # a sandbox minute at 60x
            assert session.get(url, timeout=10).status_code == 200


def test_server_errors_come_as_html_pages(api: Api) -> None:
    injector = api.sb.faults(api.realm)
    injector.configure(server_error_statuses=(503,))
    injector.force("server_error")
    resp = api.get("preferences")
    assert resp.status_code == 503 and resp.headers["Content-Type"] == "text/html"
    assert "<title>503 Service Unavailable</title>" in resp.text
    injector.configure(server_error_statuses=(500,))
    injector.force("server_error")
    assert api.get("preferences").status_code == 500
    assert api.get("preferences").status_code == 200


def test_dropped_before_the_write_means_nothing_was_saved(api: Api) -> None:
    api.sb.faults(api.realm).force("drop_before")
    with pytest.raises(requests.ConnectionError):
        api.post("vendor", {"DisplayName": "Lost In Transit"}, requestid="r-1")
    assert api.sb.sandbox.find(api.realm, "Vendor", DisplayName="Lost In Transit") == []
    assert api.post("vendor", {"DisplayName": "Lost In Transit"}, requestid="r-1").status_code == 200


def test_dropped_after_the_write_and_the_requestid_retry(api: Api) -> None:
    api.sb.faults(api.realm).force("drop_after")
    with pytest.raises(requests.ConnectionError):
        api.post("vendor", {"DisplayName": "Saved Anyway"}, requestid="r-2")
    saved = api.sb.sandbox.find(api.realm, "Vendor", DisplayName="Saved Anyway")
    assert len(saved) == 1
    retry = api.post("vendor", {"DisplayName": "Saved Anyway"}, requestid="r-2")
    assert retry.status_code == 200 and json(retry)["Vendor"]["Id"] == saved[0]["Id"]
    assert len(api.sb.sandbox.find(api.realm, "Vendor", DisplayName="Saved Anyway")) == 1


def test_transient_6000_after_commit(api: Api) -> None:
    api.sb.faults(api.realm).force("transient")
    err = error(api.post("vendor", {"DisplayName": "Please Wait"}, requestid="r-3"))
    assert err["code"] == "6000"
    assert err["Detail"] == ("Business Validation Error: An unexpected error occurred while accessing or saving your "
                             "data. Please wait a few minutes and try again. If the problem persists, contact "
                             "customer support.")
    assert len(api.sb.sandbox.find(api.realm, "Vendor", DisplayName="Please Wait")) == 1
    assert api.post("vendor", {"DisplayName": "Please Wait"}, requestid="r-3").status_code == 200
    assert error(api.post("vendor", {"DisplayName": "Please Wait"}))["code"] == "6240"


def test_after_commit_faults_wait_for_a_write(api: Api) -> None:
    api.sb.faults(api.realm).force("drop_after")
    assert api.get("preferences").status_code == 200  # reads are not affected
    with pytest.raises(requests.ConnectionError):
        api.post("vendor", {"DisplayName": "Second"})


def test_token_revocation(api: Api) -> None:
    api.sb.faults(api.realm).force("revoke")
    resp = api.get("preferences")
    assert resp.status_code == 401 and json(resp)["fault"]["error"][0]["detail"].startswith("Token revoked")
    again = requests.post(f"{api.sb.base_url}/oauth2/v1/tokens/bearer", timeout=10,
                          auth=(api.app.client_id, api.app.client_secret),
                          data={"grant_type": "refresh_token", "refresh_token": api.tokens["refresh_token"]})
    assert again.status_code == 400 and again.json()["error"] == "invalid_grant"


def test_latency(api: Api) -> None:
    api.sb.faults(api.realm).configure(latency_ms=(150.0, 150.0))
    started = time.perf_counter()
    assert api.get("preferences").status_code == 200
    assert time.perf_counter() - started >= 0.15


def test_probabilities_are_seeded_and_reproducible(sandbox_server: SandboxServer) -> None:
    plan = FaultPlan(server_error=0.3, server_error_statuses=(500, 503))
    outcomes = []
    for _ in range(2):
        realm = sandbox_server.create_company(size=0).realm_id
        sandbox_server.faults(realm).configure(plan, seed=42)
        with client(sandbox_server, realm) as session:
            url = f"{sandbox_server.api_base}/company/{realm}/preferences"
            outcomes.append([session.get(url, timeout=10).status_code for _ in range(40)])
    assert outcomes[0] == outcomes[1]
    assert {200, 500, 503} <= set(outcomes[0])
    assert 4 <= outcomes[0].count(200) <= 36


def test_fault_plan_for_every_company_of_a_server() -> None:
    with SandboxServer(throttle=False, faults=FaultPlan(transient=1.0)) as sb:
        realm = sb.create_company(size=0).realm_id
        with client(sb, realm) as session:
            resp = session.post(f"{sb.api_base}/company/{realm}/vendor", json={"DisplayName": "Always Saved"},
                                timeout=10)
            assert error(resp)["code"] == "6000"
            assert sb.sandbox.find(realm, "Vendor", DisplayName="Always Saved")[0]["Balance"] == Decimal("0.00")
