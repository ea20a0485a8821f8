"""The response headers real QuickBooks answers carry (minimul/qbo_api cassettes; see also test_conformance)."""

from __future__ import annotations

import re

from tests.sandbox.conftest import Api, error


def test_a_data_answer_carries_the_data_service_headers(api: Api) -> None:
    for resp in (api.query("SELECT * FROM Term"), api.post("vendor", {"DisplayName": "Hall Properties"}),
                 api.post("batch", {"BatchItemRequest": [{"bId": "1", "Query": "SELECT * FROM Term"}]})):
        assert resp.status_code == 200
        assert resp.headers["Content-Type"] == "application/json;charset=utf-8"
        assert resp.headers["Cache-Control"] == "max-age=0, no-cache, no-store, must-revalidate, private"
        assert resp.headers["Expires"] == "0"
        assert re.fullmatch(r"\d+\.\d+", resp.headers["QBO-Version"])
        timing = re.fullmatch(r"total=(\d+), db=(\d+)", resp.headers["Service-Time"])
        assert timing is not None and 0 <= int(timing[2]) <= int(timing[1])
        tid = resp.headers["intuit_tid"]
        assert re.fullmatch(r"1-[0-9a-f]{8}-[0-9a-f]{24}", tid)
        assert resp.headers["X-Amzn-Trace-Id"] == f"Root={tid}"


def test_a_fault_is_plain_json_without_caching_headers(api: Api) -> None:
    resp = api.query("SELECT * FROM Vendor WHERE AcctNum = '1'")
    assert error(resp)["code"] == "4001"
    assert resp.headers["Content-Type"] == "application/json"
    assert not {"Cache-Control", "Expires", "QBO-Version", "Service-Time"} & set(resp.headers)
    assert resp.headers["intuit_tid"] and resp.headers["X-Spanid"]


def test_the_gateway_answers_are_plain_json(api: Api) -> None:
    resp = api.session.get(f"{api.base}/customer/1", headers={"Authorization": "Bearer nope"}, timeout=10)
    assert resp.status_code == 401 and resp.headers["Content-Type"] == "application/json"
    assert resp.headers["WWW-Authenticate"] == 'Bearer realm="Intuit", error="invalid_token"'
    other = api.session.get(f"{api.sb.api_base}/company/123/customer/1", timeout=10)
    assert other.status_code == 403 and other.headers["Content-Type"] == "application/json"
