"""A practice Web Connector: one update session against a service, the way QBWC drives it (qbwc.md §1.4).

serverVersion → clientVersion → authenticate → (sendRequestXML → QuickBooks →
receiveResponseXML)… → getLastError when told → closeConnection, over real HTTP
with SOAP 1.1 envelopes. The first sendRequestXML carries the Host and Company
answers; a request Desktop cannot parse goes back as an empty response with
HRESULT 0x80040400; "NoOp" makes it pause and ask again. ``drop`` simulates the
connection dropping right after QuickBooks committed a request (the session just
stops: no receiveResponseXML, no closeConnection).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import requests

from qbdesk.desktop import soap
from qbdesk.desktop.practice.company import DesktopCompany, ParseFailure
from qbdesk.desktop.qbxml import messages

CLIENT_VERSION = "2.3.0.215"
COMPANY_FILE = r"C:\Users\Public\Documents\Intuit\QuickBooks\Company Files\practice.QBW"
MAX_NOOPS = 200


@dataclass
class SessionResult:
    status: str                                          # done, failed, dropped, nvu, none, busy, stopped
    requests: list[str] = field(default_factory=list)    # every XxxRq the service sent, in order
    round_trips: int = 0
    last_error: str = ""
    closing: str = ""
    seconds: float = 0.0

    @property
    def writes(self) -> list[str]:
        """The Add/Mod/Del requests of the session (what changed the company file)."""
        return [r for r in self.requests if r.endswith(("AddRq", "ModRq")) or r == "TxnDelRq"]


class WebConnector:
    def __init__(self, url: str, company: DesktopCompany, username: str, password: str, *,
                 drop: Callable[[str], bool] | None = None, noop_pause: float = 0.05,
                 http: requests.Session | None = None) -> None:
        self.url = url
        self.company = company
        self.username = username
        self.password = password
        self.drop = drop   # given a request document Desktop just carried out: True drops the connection
        self.noop_pause = noop_pause
        self.http = http or requests.Session()

    def call(self, method: str, *params: tuple[str, str | int]) -> str | list[str]:
        resp = self.http.post(self.url, data=soap.request(method, params), timeout=120, headers={
            "Content-Type": "text/xml; charset=utf-8", "SOAPAction": f'"{soap.TNS}{method}"'})
        if resp.headers.get("Content-Type", "").split(";")[0] != soap.CONTENT_TYPE:
            raise soap.SoapError(f"{method}: content type {resp.headers.get('Content-Type')}, not text/xml")
        return soap.parse_response(resp.content)

    def run(self) -> SessionResult:
        """One update session, as the Web Connector runs it when its schedule comes or the user clicks Update."""
        started = time.monotonic()
        result = SessionResult("done")
        self.call("serverVersion")
        version = self.call("clientVersion", ("strVersion", CLIENT_VERSION))
        if isinstance(version, str) and version.startswith("E:"):
            result.status, result.last_error = "stopped", version[2:]
            return result
        answer = self.call("authenticate", ("strUserName", self.username), ("strPassword", self.password))
        ticket, state = ([*list(answer), "", ""])[:2] if isinstance(answer, list) else ("", "nvu")
        if state in ("nvu", "none", "busy"):
            result.status = state
            return result
        first, noops = True, 0
        while True:
            request = self.call("sendRequestXML", ("ticket", ticket),
                                ("strHCPResponse", self.company.hcp_response() if first else ""),
                                ("strCompanyFileName", state or COMPANY_FILE), ("qbXMLCountry", "US"),
                                ("qbXMLMajorVers", 13), ("qbXMLMinorVers", 0))
            first = False
            assert isinstance(request, str)
            if not request:
                error = str(self.call("getLastError", ("ticket", ticket)))
                if error == "NoOp" and noops < MAX_NOOPS:
                    noops += 1
                    time.sleep(self.noop_pause)
                    continue
                result.last_error = error
                break
            result.round_trips += 1
            with contextlib.suppress(ValueError):
                result.requests.extend(rq.tag for rq in messages(request, rq=True))
            try:
                response, hresult, message = self.company.process(request), "", ""
            except ParseFailure as failure:
                response, hresult, message = "", failure.hresult, failure.message
            if self.drop is not None and self.drop(request):
                result.status = "dropped"
                result.seconds = time.monotonic() - started
                return result
            percent = int(str(self.call("receiveResponseXML", ("ticket", ticket), ("response", response),
                                        ("hresult", hresult), ("message", message))))
            if percent < 0:
                result.status = "failed"
                result.last_error = str(self.call("getLastError", ("ticket", ticket)))
                break
            if percent >= 100:
                break
        result.closing = str(self.call("closeConnection", ("ticket", ticket)))
        result.seconds = time.monotonic() - started
        return result
