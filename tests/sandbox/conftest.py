"""A sandbox on 127.0.0.1 and helpers that talk to it the way a client would: real HTTP, no mocks.

One server serves the whole session; every test gets its own company (a copy of
a template generated once), its own app and tokens, so tests never see each
other's writes. Tests that move the clock or throttle start their own server.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
import requests

from qbdesk.sandbox import SandboxServer
from qbdesk.sandbox.company import Company
from qbdesk.sandbox.jsonio import dumps, loads
from qbdesk.sandbox.oauth import App

ANCHOR = date(2026, 6, 30)


@dataclass
class Api:
    """One company and an authenticated client session against it."""

    sb: SandboxServer
    realm: str
    app: App
    tokens: dict[str, Any]
    session: requests.Session

    @property
    def base(self) -> str:
        return f"{self.sb.api_base}/company/{self.realm}"

    def get(self, path: str, **params: str) -> requests.Response:
        return self.session.get(f"{self.base}/{path}", params={"minorversion": "75", **params}, timeout=30)

    def post(self, path: str, body: Any, **params: str) -> requests.Response:
        return self.session.post(f"{self.base}/{path}", data=dumps(body).encode(),
                                 params={"minorversion": "75", **params},
                                 headers={"Content-Type": "application/json"}, timeout=30)

    def query(self, text: str) -> requests.Response:
        return self.get("query", query=text)

    def rows(self, text: str) -> list[dict[str, Any]]:
        resp = self.query(text)
        assert resp.status_code == 200, resp.text
        body = json(resp)["QueryResponse"]
        return next((v for v in body.values() if isinstance(v, list)), [])

    def create(self, entity: str, body: dict[str, Any], **params: str) -> dict[str, Any]:
        resp = self.post(entity.lower(), body, **params)
        assert resp.status_code == 200, resp.text
        result: dict[str, Any] = json(resp)[entity]
        return result

    def read(self, entity: str, entity_id: str) -> dict[str, Any]:
        resp = self.get(f"{entity.lower()}/{entity_id}")
        assert resp.status_code == 200, resp.text
        result: dict[str, Any] = json(resp)[entity]
        return result

    def account(self, subtype: str) -> dict[str, Any]:
        return next(a for a in self.sb.sandbox.entities(self.realm, "Account") if a["AccountSubType"] == subtype)


def json(resp: requests.Response) -> Any:
    """Parse a response as the client must: money as Decimal."""
    return loads(resp.content)


def error(resp: requests.Response) -> dict[str, Any]:
    """The first error of a QuickBooks fault (and check the fault's shape on the way)."""
    assert resp.status_code == 400, (resp.status_code, resp.text)
    body = json(resp)
    assert set(body) <= {"Fault", "time"}
    assert body["Fault"]["type"] == "ValidationFault"
    first: dict[str, Any] = body["Fault"]["Error"][0]
    assert {"Message", "Detail", "code"} <= set(first)
    return first


def shown(err: dict[str, Any]) -> str:
    """How integrations display a fault (TaxDome's table: "Message: Detail")."""
    return f"{err['Message']}: {err['Detail']}"


@pytest.fixture(scope="session")
def sandbox_server() -> Iterator[SandboxServer]:
    with SandboxServer(throttle=False) as sb:
        yield sb


@pytest.fixture(scope="session")
def templates(sandbox_server: SandboxServer) -> dict[str, Company]:
    """Generated once: a fresh company and a small practice business."""
    return {
        "fresh": sandbox_server.create_company(size=0, name="Fresh Co"),
        "practice": sandbox_server.create_company(size=520, seed=3, anchor=ANCHOR),
    }


def _api(sb: SandboxServer, template: Company) -> Iterator[Api]:
    company = sb.sandbox.copy_company(template.realm_id)
    app = sb.create_app()
    tokens = sb.connect(app, company.realm_id)
    with requests.Session() as session:
        session.headers.update({"Authorization": f"Bearer {tokens['access_token']}",
                                "Accept": "application/json"})
        yield Api(sb, company.realm_id, app, tokens, session)


@pytest.fixture
def api(sandbox_server: SandboxServer, templates: dict[str, Company]) -> Iterator[Api]:
    """A fresh company (default chart of accounts, payment methods, terms) and a client for it."""
    yield from _api(sandbox_server, templates["fresh"])


@pytest.fixture
def practice(sandbox_server: SandboxServer, templates: dict[str, Company]) -> Iterator[Api]:
    """A practice company with a generated business and a client for it."""
    yield from _api(sandbox_server, templates["practice"])


@pytest.fixture
def basics(api: Api) -> dict[str, dict[str, Any]]:
    """A customer, a vendor and a service item in the fresh company: what most rule tests start from."""
    income = api.account("ServiceFeeIncome")
    return {
        "customer": api.create("Customer", {"DisplayName": "Amy's Bird Sanctuary"}),
        "vendor": api.create("Vendor", {"DisplayName": "Books by Bessie"}),
        "item": api.create("Item", {"Name": "Services", "Type": "Service", "UnitPrice": Decimal("75"),
                                    "IncomeAccountRef": {"value": income["Id"]}}),
    }


def invoice_body(customer: dict[str, Any], item: dict[str, Any], amount: str = "100.00",
                 **extra: Any) -> dict[str, Any]:
    return {"CustomerRef": {"value": customer["Id"]},
            "Line": [{"Amount": Decimal(amount), "DetailType": "SalesItemLineDetail",
                      "SalesItemLineDetail": {"ItemRef": {"value": item["Id"]}}}], **extra}
