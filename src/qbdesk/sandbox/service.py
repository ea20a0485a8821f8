"""Requests in, replies out: the sandbox's URL space, independent of the HTTP server.

``/v3/company/{realm}/...`` is the Accounting API (reports included: :mod:`qbdesk.sandbox.reports`), checked
in the order
QuickBooks' gateway does it: bearer token (401 with the gateway's lower-case
``fault`` body), the token's company (403), throttles (429, XML), then the
request itself. Injected faults happen around the operation — before it (a
dropped connection or a 5xx page means nothing was written) or after it (a
dropped connection or the transient 6000 fault although the write was saved).
A write with a ``requestid`` seen before gets the original reply back without
running again. The OAuth endpoints and the discovery document live beside it.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from qbdesk.sandbox import batch, cdc, faults, headers, jsonio, operations, pages, query, reports
from qbdesk.sandbox.chaos import SERVER_ERROR_PAGES, Decision
from qbdesk.sandbox.clock import response_time
from qbdesk.sandbox.company import Company
from qbdesk.sandbox.context import WriteContext
from qbdesk.sandbox.core import Sandbox
from qbdesk.sandbox.faults import QboFault
from qbdesk.sandbox.oauth import ACCOUNTING, KNOWN_SCOPES, redirect_allowed
from qbdesk.sandbox.schema import BY_PATH, SPECS
from qbdesk.sandbox.throttle import throttle_body

JSON = headers.JSON_OK
HTML = "text/html;charset=utf-8"
XML = "application/xml"
REQUEST_ID_MAX = 50
DISCOVERY_PATHS = frozenset({
    "/.well-known/openid_configuration", "/.well-known/openid-configuration",
    "/.well-known/openid_sandbox_configuration", "/.well-known/openid-sandbox-configuration",
})
REDIRECT_INVALID = ("The redirect_uri query parameter value is invalid. Make sure it is listed in the Redirect "
                    "URIs section on your app's keys tab and matches it exactly.")


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: Mapping[str, str]  # lower-case names
    body: bytes
    base_url: str

    def param(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass
class Reply:
    status: int
    body: bytes = b""
    content_type: str = JSON
    headers: list[tuple[str, str]] = field(default_factory=list)
    drop: bool = False  # close the connection without answering
    db_seconds: float = 0.0  # time spent on the company's books (Service-Time's "db")


class Service:
    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    # --- entry --------------------------------------------------------------------------------------------

    def handle(self, req: Request) -> Reply:
        path = req.path.rstrip("/") or "/"
        started = time.perf_counter()
        if path.startswith("/v3/"):
            reply = self._api(req)
            if reply.status == 200 and reply.content_type == headers.JSON_OK:
                reply.headers += headers.data_service(time.perf_counter() - started, reply.db_seconds)
            elif reply.content_type == headers.JSON_OK:
                reply.content_type = headers.JSON_FAULT
        elif path in DISCOVERY_PATHS:
            reply = self._json(200, self.discovery(req.base_url))
        elif path == "/connect/oauth2":
            reply = self._authorize(req)
        elif path == "/oauth2/v1/tokens/bearer" and req.method == "POST":
            reply = self._token(req)
        elif path == "/oauth2/v1/tokens/revoke" and req.method == "POST":
            reply = self._revoke(req)
        elif path == "/v1/openid_connect/userinfo":
            reply = self._userinfo(req)
        elif path == "/op/v1/jwks":
            reply = self._json(200, {"keys": []})
        elif path == "/":
            reply = Reply(200, pages.index(self.sandbox.company_list(), req.base_url + min(DISCOVERY_PATHS)), HTML)
        else:
            reply = Reply(404, pages.error("Not found", f"Nothing at {req.path}"), HTML)
        reply.headers += headers.trace(headers.new_tid())
        return reply

    @staticmethod
    def _json(status: int, document: Any) -> Reply:
        return Reply(status, jsonio.dumpb(document))

    def discovery(self, base: str) -> dict[str, Any]:
        """Intuit's discovery document, pointing at this server (intuitlib reads it at construction)."""
        return {
            "issuer": f"{base}/op/v1",
            "authorization_endpoint": f"{base}/connect/oauth2",
            "token_endpoint": f"{base}/oauth2/v1/tokens/bearer",
            "userinfo_endpoint": f"{base}/v1/openid_connect/userinfo",
            "revocation_endpoint": f"{base}/oauth2/v1/tokens/revoke",
            "jwks_uri": f"{base}/op/v1/jwks",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "scopes_supported": sorted(KNOWN_SCOPES),
            "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic"],
            "claims_supported": ["aud", "exp", "iat", "iss", "realmid", "sub"],
        }

    # --- OAuth ----------------------------------------------------------------------------------------------

    def _authorize(self, req: Request) -> Reply:
        if req.method == "POST":
            params = {k: v[0] for k, v in parse_qs(req.body.decode("utf-8", "replace")).items()}
        else:
            params = {k: v[0] for k, v in req.query.items()}
        oauth = self.sandbox.oauth
        app = oauth.app(params.get("client_id"))
        if app is None:
            return Reply(400, pages.error("Invalid client", "The client_id is not that of a known app."), HTML)
        redirect_uri = params.get("redirect_uri") or ""
        if not redirect_allowed(app, redirect_uri):
            return Reply(400, pages.error("Invalid redirect_uri", REDIRECT_INVALID), HTML)
        state = params.get("state")
        extra = {"state": state} if state is not None else {}
        if params.get("response_type") != "code":
            return self._redirect(oauth.callback_url(redirect_uri, {"error": "unsupported_response_type", **extra}))
        scopes = (params.get("scope") or "").split()
        if not scopes or any(s not in KNOWN_SCOPES for s in scopes):
            return self._redirect(oauth.callback_url(redirect_uri, {"error": "invalid_scope", **extra}))
        companies = self.sandbox.company_list()
        realm = params.get("realm_id") or (companies[0][0] if companies else None)
        if realm is None or realm not in self.sandbox.companies:
            return Reply(400, pages.error("No such company", "There is no practice company to connect."), HTML)
        decision = params.get("decision")
        if req.method == "GET" and params.get("auto_consent", "").lower() != "true":
            return Reply(200, pages.consent(app.name, params, companies, realm), HTML)
        if decision == "deny":
            return self._redirect(oauth.callback_url(redirect_uri, {"error": "access_denied", **extra}))
        code = oauth.issue_code(app, redirect_uri, realm, scopes)
        answer = {"code": code, **extra}
        if ACCOUNTING in scopes or "com.intuit.quickbooks.payment" in scopes:
            answer["realmId"] = realm
        return self._redirect(oauth.callback_url(redirect_uri, answer))

    @staticmethod
    def _redirect(location: str) -> Reply:
        return Reply(302, b"", HTML, [("Location", location)])

    def _token(self, req: Request) -> Reply:
        form = {k: v[0] for k, v in parse_qs(req.body.decode("utf-8", "replace")).items()}
        include_hard = (req.header("x-include-refresh-token-hard-expires-in") or "").lower() == "true"
        result = self.sandbox.oauth.token(req.header("authorization"), form, include_hard=include_hard)
        reply = self._json(result.status, result.body)
        reply.headers.append(("Cache-Control", "no-store"))
        if result.status == 200:
            self.sandbox.changed()
        return reply

    def _revoke(self, req: Request) -> Reply:
        token = None
        try:
            body: Any = jsonio.loads(req.body) if req.body else {}
            token = body.get("token") if isinstance(body, dict) else None
        except ValueError:
            token = parse_qs(req.body.decode("utf-8", "replace")).get("token", [None])[0]
        status = self.sandbox.oauth.revoke(req.header("authorization"), token)
        if status == 200:
            self.sandbox.changed()
        return Reply(status, b"" if status == 200 else jsonio.dumpb({"error": "invalid_client"}))

    def _userinfo(self, req: Request) -> Reply:
        check = self.sandbox.oauth.check_bearer(req.header("authorization"))
        if not check.ok or check.grant is None:
            return self._json(401, {"error": "invalid_token"})
        return self._json(200, {"sub": check.grant.grant_id, "email": "practice@example.com",
                                "emailVerified": True, "givenName": "Practice", "familyName": "Admin"})

    # --- the Accounting API ------------------------------------------------------------------------------------

    def _gateway_401(self, detail: str) -> Reply:
        body: dict[str, Any] = {"warnings": None, "intuitObject": None,
                "fault": {"error": [{"message": "message=AuthenticationFailed; errorCode=003200; statusCode=401",
                                     "detail": detail, "code": "3200", "element": None}],
                          "type": "AUTHENTICATION"},
                "report": None, "queryResponse": None, "batchItemResponse": [], "attachableResponse": [],
                "syncErrorResponse": None, "requestId": None,
                "time": int(self.sandbox.clock.timestamp() * 1000), "status": None, "cdcresponse": []}
        reply = self._json(401, body)
        reply.headers.append(("WWW-Authenticate", 'Bearer realm="Intuit", error="invalid_token"'))
        return reply

    def _forbidden(self) -> Reply:
        return self._json(403, {"fault": {"error": [{
            "message": "message=AuthorizationFailed; errorCode=003100; statusCode=403", "detail": None,
            "code": "3100"}], "type": "SERVICE"}})

    def _fault(self, fault: QboFault) -> Reply:
        document: dict[str, Any] = {"Fault": fault.as_json()}
        if fault.with_time:
            document["time"] = self._time()
        return self._json(fault.status, document)

    def _time(self) -> str:
        return response_time(self.sandbox.clock.now())

    def _api(self, req: Request) -> Reply:
        parts = req.path.split("/")  # ['', 'v3', 'company', realm, ...]
        if len(parts) < 5 or parts[2] != "company" or not parts[3]:
            return self._fault(faults.resource_not_found(req.path, req.base_url + req.path))
        realm = parts[3]
        check = self.sandbox.oauth.check_bearer(req.header("authorization"))
        if not check.ok or check.grant is None:
            return self._gateway_401(check.detail or "")
        grant = check.grant
        company = self.sandbox.companies.get(realm)
        if grant.realm_id != realm or ACCOUNTING not in grant.scopes or company is None:
            return self._forbidden()
        rest = [p for p in parts[4:] if p != ""] or [""]
        is_batch = rest[0] == "batch"
        is_write = req.method == "POST" and rest[0] != "query"
        throttle = self.sandbox.throttle.realm(realm) if self.sandbox.throttle.enabled else None
        if throttle is not None and not throttle.enter(batch=is_batch):
            return Reply(429, throttle_body(self.sandbox.clock), XML)
        try:
            decision = self.sandbox.injectors[realm].decide(write=is_write)
            if decision.latency:
                time.sleep(decision.latency / self.sandbox.throttle.speedup)
            if decision.revoke:
                self.sandbox.oauth.revoke_grant(grant.grant_id)
                self.sandbox.changed()
                return self._gateway_401(f"Token revoked: {(req.header('authorization') or '')[7:57]}")
            if decision.server_error:
                page = SERVER_ERROR_PAGES.get(decision.server_error, SERVER_ERROR_PAGES[500])
                return Reply(decision.server_error, page.encode(), "text/html")
            if decision.drop_before:
                return Reply(0, drop=True)
            reply = self._operation(req, company, rest, is_write)
            return self._after(reply, decision, is_write)
        finally:
            if throttle is not None:
                throttle.leave()

    def _after(self, reply: Reply, decision: Decision, is_write: bool) -> Reply:
        if not is_write or reply.status != 200:
            return reply
        if decision.drop_after:
            return Reply(0, drop=True)
        if decision.transient:
            return self._fault(faults.transient_error())
        return reply

    def _operation(self, req: Request, company: Company, rest: list[str], is_write: bool) -> Reply:
        request_id = (req.param("requestid") or None) if is_write else None  # "requestid=" means none
        single = request_id is not None and rest[0] != "batch"
        if single and len(request_id or "") > REQUEST_ID_MAX:
            return self._fault(faults.request_id_too_long(request_id or "", REQUEST_ID_MAX))
        started = time.perf_counter()
        try:
            with company.lock:  # one lock for lookup and write: two retries racing still run once
                seen = company.replies.get(request_id or "") if single else None
                if seen is not None:
                    return Reply(seen[0], seen[1].encode("utf-8"))
                document = self._route(req, company, rest, request_id)
                # Reports carry their own Header.Time and no "time" wrapper (qbo-api.md Part 2 §3.2).
                text = jsonio.dumps(document if rest[0] == "reports" else {**document, "time": self._time()})
                if single:
                    company.remember(request_id or "", 200, text)
            reply = Reply(200, text.encode("utf-8"), db_seconds=time.perf_counter() - started)
        except QboFault as fault:
            # A refused write changed nothing, so a retry may run again: only successes are remembered.
            reply = self._fault(fault)
        if is_write:
            self.sandbox.changed()
        return reply

    def _body(self, req: Request) -> Any:
        try:
            text = req.body.decode("utf-8")
        except UnicodeDecodeError:
            raise faults.unsupported_operation(
                "Operation MalformedByteSequenceException: Invalid byte 1 of 1-byte UTF-8 sequence. is not "
                "supported.") from None
        try:
            return jsonio.loads(text)
        except ValueError as exc:
            raise faults.malformed_body(str(exc).split(":")[0]) from None

    def _route(self, req: Request, company: Company, rest: list[str], request_id: str | None) -> dict[str, Any]:
        head = rest[0]
        method = req.method
        if head == "query" and len(rest) == 1:
            text = req.param("query") if method == "GET" else req.body.decode("utf-8", "replace")
            return {"QueryResponse": query.execute(company, text or "")}
        if head == "batch" and len(rest) == 1 and method == "POST":
            return {"BatchItemResponse": batch.run(company, self._body(req), request_id)}
        if head == "reports" and len(rest) == 2 and method == "GET":
            return reports.run(company, rest[1], req.query, req.path, req.base_url + req.path)
        if head == "cdc" and len(rest) == 1 and method == "GET":
            return {"CDCResponse": [cdc.changes(company, req.param("entities"), req.param("changedSince"))]}
        if head in ("companyinfo", "preferences"):
            spec = SPECS["CompanyInfo" if head == "companyinfo" else "Preferences"]
            expected = 2 if head == "companyinfo" else 1
            if method == "GET" and len(rest) == expected and (head == "preferences" or rest[1] == company.realm_id):
                return {spec.name: company.singleton(spec.name)}
            if method == "POST" and len(rest) == 1:
                return {spec.name: operations.write(WriteContext(company), spec.name, self._body(req))}
            raise self._not_found(req)
        found = BY_PATH.get(head)
        if found is None or found.kind == "singleton":
            raise self._not_found(req)
        spec = found
        if method == "GET" and len(rest) == 2:
            if not rest[1].isdigit():
                raise faults.invalid_id(rest[1])
            return {spec.name: operations.read(WriteContext(company), spec.name, rest[1])}
        if method == "POST" and len(rest) == 1 and spec.kind != "readonly":
            includes = {i.strip().lower() for i in ",".join(req.query.get("include", [])).split(",") if i.strip()}
            ctx = WriteContext(company, options=frozenset(includes))
            operation = (req.param("operation") or "").lower()
            body = self._body(req)
            if operation == "delete":
                return {spec.name: operations.delete(ctx, spec.name, body)}
            if operation == "void" or (operation in ("", "update") and "void" in includes):
                return {spec.name: operations.void(ctx, spec.name, body)}
            if operation in ("", "update", "create"):
                return {spec.name: operations.write(ctx, spec.name, body)}
        raise self._not_found(req)

    @staticmethod
    def _not_found(req: Request) -> QboFault:
        return faults.resource_not_found(req.path, req.base_url + req.path)


def split_target(target: str) -> tuple[str, dict[str, list[str]]]:
    """Path and query parameters of a request target."""
    parts = urlsplit(target)
    return parts.path, parse_qs(parts.query, keep_blank_values=True)
