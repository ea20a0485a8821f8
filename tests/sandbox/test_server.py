"""The server itself: several companies at once, many threads, exact money on the wire."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest
import requests

from qbdesk.sandbox import SandboxServer
from qbdesk.sandbox.jsonio import dumps, loads
from tests.sandbox.conftest import Api, json


def test_many_threads_writing_one_company_get_distinct_ids(api: Api) -> None:
    def create(n: int) -> str:
        with requests.Session() as session:
            session.headers.update(api.session.headers)
            resp = session.post(f"{api.base}/vendor", json={"DisplayName": f"Parallel {n}"}, timeout=30)
            assert resp.status_code == 200, resp.text
            return str(json(resp)["Vendor"]["Id"])

    with ThreadPoolExecutor(max_workers=8) as pool:
        ids = list(pool.map(create, range(80)))
    assert len(set(ids)) == 80
    assert api.sb.sandbox.count(api.realm, "Vendor") == 80


def test_companies_are_separate(sandbox_server: SandboxServer, api: Api) -> None:
    api.create("Vendor", {"DisplayName": "Only Here"})
    other = sandbox_server.create_company(size=0)
    assert sandbox_server.sandbox.find(other.realm_id, "Vendor", DisplayName="Only Here") == []
    assert len(api.sb.sandbox.find(api.realm, "Vendor", DisplayName="Only Here")) == 1


def test_money_stays_exact_on_the_wire(api: Api) -> None:
    item = api.create("Item", {"Name": "Precise", "Type": "Service", "UnitPrice": Decimal("0.1"),
                               "IncomeAccountRef": {"value": api.account("ServiceFeeIncome")["Id"]}})
    assert item["UnitPrice"] == Decimal("0.1")
    customer = api.create("Customer", {"DisplayName": "Exact"})
    lines = [{"Amount": Decimal("0.10"), "DetailType": "SalesItemLineDetail",
              "SalesItemLineDetail": {"ItemRef": {"value": item["Id"]}, "Qty": 1, "UnitPrice": Decimal("0.1")}}
             for _ in range(3)]
    resp = api.post("invoice", {"CustomerRef": {"value": customer["Id"]}, "Line": lines})
    assert b'"TotalAmt":0.30' in resp.content  # 0.1 + 0.1 + 0.1, not 0.30000000000000004
    assert loads(b'{"a": 0.1}') == {"a": Decimal("0.1")}
    with pytest.raises(TypeError, match="Decimal"):
        dumps({"Amount": 0.1})


def test_other_pages(sandbox_server: SandboxServer, api: Api) -> None:
    index = requests.get(sandbox_server.base_url + "/", timeout=10)
    assert index.status_code == 200 and api.realm in index.text
    assert requests.get(sandbox_server.base_url + "/nowhere", timeout=10).status_code == 404
    info = requests.get(f"{sandbox_server.base_url}/v1/openid_connect/userinfo",
                        headers={"Authorization": f"Bearer {api.tokens['access_token']}"}, timeout=10)
    assert info.status_code == 200 and info.json()["email"]
    assert requests.get(f"{sandbox_server.base_url}/op/v1/jwks", timeout=10).json() == {"keys": []}


def test_a_chunked_request_body_is_read(api: Api) -> None:
    def body() -> Iterator[bytes]:
        yield b'{"DisplayName": '
        yield b'"Chunked Co"}'

    resp = api.session.post(f"{api.base}/vendor", data=body(), headers={"Content-Type": "application/json"},
                            timeout=10)
    assert resp.status_code == 200 and json(resp)["Vendor"]["DisplayName"] == "Chunked Co"


def test_racing_retries_with_one_requestid_create_one_record(api: Api) -> None:
    def create(_n: int) -> str:
        with requests.Session() as session:
            session.headers.update(api.session.headers)
            resp = session.post(f"{api.base}/vendor", params={"requestid": "same-one"},
                                json={"DisplayName": "Exactly Once"}, timeout=30)
            assert resp.status_code == 200, resp.text
            return str(json(resp)["Vendor"]["Id"])

    with ThreadPoolExecutor(max_workers=8) as pool:
        ids = set(pool.map(create, range(16)))
    assert len(ids) == 1
    assert len(api.sb.sandbox.find(api.realm, "Vendor", DisplayName="Exactly Once")) == 1
