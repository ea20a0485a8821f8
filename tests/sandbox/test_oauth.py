"""OAuth 2.0 as Intuit runs it: discovery, consent, code exchange, rotation, revocation, bearer checks."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from intuitlib.client import AuthClient
from intuitlib.enums import Scopes
from intuitlib.exceptions import AuthClientError

from qbdesk.sandbox import Clock, SandboxServer
from qbdesk.sandbox.oauth import REFRESH_TTL
from tests.sandbox.conftest import Api, json

REDIRECT = "http://localhost:8765/callback"


@pytest.fixture
def own_server() -> Iterator[SandboxServer]:
    """A server of its own: these tests move the clock."""
    with SandboxServer(throttle=False, clock=Clock(frozen=True)) as sb:
        sb.create_company(size=0, name="Clockwork Co")
        yield sb


def basic(client_id: str, secret: str) -> str:
    return "Basic " + base64.b64encode(f"{client_id}:{secret}".encode()).decode()


def authorize(sb: SandboxServer, client_id: str, *, auto: bool = True, state: str = "xyz",
              redirect: str = REDIRECT, realm: str | None = None) -> requests.Response:
    params = {"client_id": client_id, "response_type": "code", "scope": "com.intuit.quickbooks.accounting",
              "redirect_uri": redirect, "state": state}
    if auto:
        params["auto_consent"] = "true"
    if realm:
        params["realm_id"] = realm
    return requests.get(f"{sb.base_url}/connect/oauth2", params=params, allow_redirects=False, timeout=10)


def exchange(sb: SandboxServer, client_id: str, secret: str, code: str, *,
             hard: bool = False) -> requests.Response:
    headers = {"Authorization": basic(client_id, secret), "Accept": "application/json"}
    if hard:
        headers["x-include-refresh-token-hard-expires-in"] = "true"
    return requests.post(f"{sb.base_url}/oauth2/v1/tokens/bearer", headers=headers, timeout=10,
                         data={"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT})


def refresh(sb: SandboxServer, client_id: str, secret: str, token: str) -> requests.Response:
    return requests.post(f"{sb.base_url}/oauth2/v1/tokens/bearer", timeout=10,
                         headers={"Authorization": basic(client_id, secret)},
                         data={"grant_type": "refresh_token", "refresh_token": token})


def test_discovery_document_has_the_keys_intuitlib_reads(sandbox_server: SandboxServer) -> None:
    doc = requests.get(sandbox_server.discovery_url, timeout=10).json()
    for key in ("issuer", "authorization_endpoint", "token_endpoint", "revocation_endpoint", "userinfo_endpoint",
                "jwks_uri"):
        assert doc[key].startswith(sandbox_server.base_url)
    sandbox = requests.get(f"{sandbox_server.base_url}/.well-known/openid_sandbox_configuration/", timeout=10)
    assert sandbox.json() == doc


def test_consent_page_then_auto_consent_redirects_with_code_state_and_realm(own_server: SandboxServer) -> None:
    app = own_server.create_app()
    realm = next(iter(own_server.sandbox.companies))
    page = authorize(own_server, app.client_id, auto=False)
    assert page.status_code == 200 and "Clockwork Co" in page.text and realm in page.text
    resp = authorize(own_server, app.client_id, state="s-123")
    assert resp.status_code == 302
    target = urlsplit(resp.headers["Location"])
    assert f"{target.scheme}://{target.netloc}{target.path}" == REDIRECT
    answer = parse_qs(target.query)
    assert answer["state"] == ["s-123"] and answer["realmId"] == [realm] and answer["code"][0]


def test_consent_form_submission_and_cancel(own_server: SandboxServer) -> None:
    app = own_server.create_app()
    form = {"client_id": app.client_id, "response_type": "code", "redirect_uri": REDIRECT, "state": "abc",
            "scope": "com.intuit.quickbooks.accounting", "realm_id": next(iter(own_server.sandbox.companies))}
    allow = requests.post(f"{own_server.base_url}/connect/oauth2", data={**form, "decision": "allow"},
                          allow_redirects=False, timeout=10)
    assert "code=" in allow.headers["Location"]
    deny = requests.post(f"{own_server.base_url}/connect/oauth2", data={**form, "decision": "deny"},
                         allow_redirects=False, timeout=10)
    assert parse_qs(urlsplit(deny.headers["Location"]).query)["error"] == ["access_denied"]


def test_redirect_uri_must_be_registered(own_server: SandboxServer) -> None:
    app = own_server.create_app(["https://example.com/callback"])
    resp = authorize(own_server, app.client_id, redirect="https://evil.example/callback")
    assert resp.status_code == 400
    assert "The redirect_uri query parameter value is invalid. Make sure it is listed in the Redirect URIs " \
           "section on your app&#x27;s keys tab and matches it exactly." in resp.text
    loopback = own_server.create_app()  # loopback redirects match on any port (RFC 8252)
    ok = authorize(own_server, loopback.client_id, redirect="http://localhost:51234/callback")
    assert ok.status_code == 302


def test_code_exchange_refresh_rotation_and_invalid_grant(own_server: SandboxServer) -> None:
    app = own_server.create_app()
    code = parse_qs(urlsplit(authorize(own_server, app.client_id).headers["Location"]).query)["code"][0]
    assert exchange(own_server, app.client_id, "wrong", code).status_code == 401
    first = exchange(own_server, app.client_id, app.client_secret, code)
    assert first.status_code == 200
    tokens = first.json()
    assert tokens["token_type"] == "bearer" and tokens["expires_in"] == 3600
    assert tokens["x_refresh_token_expires_in"] == REFRESH_TTL
    assert "id_token" not in tokens and "x_refresh_token_hard_expires_in" not in tokens
    reused = exchange(own_server, app.client_id, app.client_secret, code)
    assert reused.status_code == 400 and reused.json() == {"error": "invalid_grant"}

    second = refresh(own_server, app.client_id, app.client_secret, tokens["refresh_token"])
    assert second.status_code == 200
    rotated = second.json()["refresh_token"]
    assert rotated != tokens["refresh_token"]
    used_up = refresh(own_server, app.client_id, app.client_secret, tokens["refresh_token"])
    assert used_up.status_code == 400
    assert used_up.json() == {"error": "invalid_grant", "error_description": "Incorrect or invalid refresh token"}
    assert refresh(own_server, app.client_id, app.client_secret, rotated).status_code == 200


def test_hard_expiry_only_on_request(own_server: SandboxServer) -> None:
    app = own_server.create_app()
    code = parse_qs(urlsplit(authorize(own_server, app.client_id).headers["Location"]).query)["code"][0]
    tokens = exchange(own_server, app.client_id, app.client_secret, code, hard=True).json()
    assert 5 * 365 * 86_400 <= tokens["x_refresh_token_hard_expires_in"] <= 5 * 366 * 86_400


def test_refresh_token_expires_after_101_days_unused(own_server: SandboxServer) -> None:
    app = own_server.create_app()
    tokens = own_server.connect(app, next(iter(own_server.sandbox.companies)))
    own_server.advance(REFRESH_TTL + 1)
    assert refresh(own_server, app.client_id, app.client_secret, tokens["refresh_token"]).status_code == 400


def gateway_401(resp: requests.Response) -> str:
    assert resp.status_code == 401
    assert resp.headers["WWW-Authenticate"] == 'Bearer realm="Intuit", error="invalid_token"'
    body = json(resp)
    assert list(body) == ["warnings", "intuitObject", "fault", "report", "queryResponse", "batchItemResponse",
                          "attachableResponse", "syncErrorResponse", "requestId", "time", "status", "cdcresponse"]
    assert isinstance(body["time"], int)
    err = body["fault"]["error"][0]
    assert body["fault"]["type"] == "AUTHENTICATION"
    assert err["code"] == "3200" and err["element"] is None
    assert err["message"] == "message=AuthenticationFailed; errorCode=003200; statusCode=401"
    return str(err["detail"])


def test_expired_access_token_is_the_gateway_401(own_server: SandboxServer) -> None:
    app = own_server.create_app()
    realm = next(iter(own_server.sandbox.companies))
    tokens = own_server.connect(app, realm)
    url = f"{own_server.api_base}/company/{realm}/companyinfo/{realm}"
    auth = {"Authorization": f"Bearer {tokens['access_token']}", "Accept": "application/json"}
    assert requests.get(url, headers=auth, timeout=10).status_code == 200
    own_server.advance(3599)
    assert requests.get(url, headers=auth, timeout=10).status_code == 200
    own_server.advance(2)
    detail = gateway_401(requests.get(url, headers=auth, timeout=10))
    assert detail == f"Token expired: {tokens['access_token'][:50]}"
    renewed = refresh(own_server, app.client_id, app.client_secret, tokens["refresh_token"]).json()
    ok = requests.get(url, headers={"Authorization": f"Bearer {renewed['access_token']}"}, timeout=10)
    assert ok.status_code == 200 and ok.headers["intuit_tid"]


def test_unknown_malformed_and_missing_tokens(api: Api) -> None:
    url = f"{api.base}/companyinfo/{api.realm}"
    assert gateway_401(requests.get(url, headers={"Authorization": "Bearer short"}, timeout=10)) == \
        "Malformed bearer token: too short or too long"
    assert gateway_401(requests.get(url, headers={"Authorization": "Bearer " + "x" * 80}, timeout=10)) \
        .startswith("Token invalid")
    gateway_401(requests.get(url, timeout=10))


def test_token_of_another_company_is_403(api: Api, sandbox_server: SandboxServer) -> None:
    other = sandbox_server.create_company(size=0)
    resp = api.session.get(f"{sandbox_server.api_base}/company/{other.realm_id}/companyinfo/{other.realm_id}",
                           timeout=10)
    assert resp.status_code == 403
    assert json(resp) == {"fault": {"error": [{"message": "message=AuthorizationFailed; errorCode=003100; "
                                                          "statusCode=403", "detail": None, "code": "3100"}],
                                    "type": "SERVICE"}}


def test_revoke_ends_api_access_and_refresh(own_server: SandboxServer) -> None:
    app = own_server.create_app()
    realm = next(iter(own_server.sandbox.companies))
    tokens = own_server.connect(app, realm)
    resp = requests.post(f"{own_server.base_url}/oauth2/v1/tokens/revoke", json={"token": tokens["refresh_token"]},
                         headers={"Authorization": basic(app.client_id, app.client_secret)}, timeout=10)
    assert resp.status_code == 200
    api = requests.get(f"{own_server.api_base}/company/{realm}/preferences",
                       headers={"Authorization": f"Bearer {tokens['access_token']}"}, timeout=10)
    assert gateway_401(api).startswith("Token revoked")
    assert refresh(own_server, app.client_id, app.client_secret, tokens["refresh_token"]).status_code == 400


def test_intuitlib_auth_client_works_unchanged_against_the_sandbox(own_server: SandboxServer) -> None:
    """The official client, pointed at the discovery URL: sign in, refresh, revoke."""
    app = own_server.create_app()
    with AuthClient(app.client_id, app.client_secret, REDIRECT, own_server.discovery_url) as client:
        url = client.get_authorization_url([Scopes.ACCOUNTING])
        back = requests.get(url + "&auto_consent=true", allow_redirects=False, timeout=10)
        answer = parse_qs(urlsplit(back.headers["Location"]).query)
        assert answer["state"] == [client.state_token]
        client.include_refresh_token_hard_expires_in = True
        client.get_bearer_token(answer["code"][0], realm_id=answer["realmId"][0])
        assert client.expires_in == 3600 and client.x_refresh_token_hard_expires_in > 0
        old = client.refresh_token
        client.refresh()
        assert client.refresh_token != old
        with pytest.raises(AuthClientError) as failure:
            client.refresh(refresh_token=old)
        assert failure.value.status_code == 400 and failure.value.intuit_tid
        assert client.revoke() is True
