"""SOAP 1.1 document/literal envelopes of the Web Connector's methods, both ways (qbwc.md §1.1–1.2).

Namespace ``http://developer.intuit.com/``; the method is the body's first
element (routed on it, not on the SOAPAction header, whose quoting varies);
responses are ``<methodResponse><methodResult>`` in ``text/xml`` — the Web
Connector is a .NET client and refuses SOAP 1.2's content type.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

ENV = "http://schemas.xmlsoap.org/soap/envelope/"
TNS = "http://developer.intuit.com/"
CONTENT_TYPE = "text/xml"

ET.register_namespace("soap", ENV)


class SoapError(ValueError):
    """Not a SOAP request the service understands."""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _envelope(method_element: ET.Element) -> bytes:
    env = ET.Element(f"{{{ENV}}}Envelope")
    body = ET.SubElement(env, f"{{{ENV}}}Body")
    body.append(method_element)
    return _bytes(env)


def _bytes(env: ET.Element) -> bytes:
    text: bytes = ET.tostring(env, encoding="utf-8")
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + text.split(b"?>", 1)[-1].lstrip()


def request(method: str, params: Sequence[tuple[str, str | int]]) -> bytes:
    """A request envelope as the Web Connector sends it (children in the method's namespace)."""
    call = ET.Element(f"{{{TNS}}}{method}")
    for name, value in params:
        ET.SubElement(call, f"{{{TNS}}}{name}").text = str(value)
    return _envelope(call)


def response(method: str, result: str | int | Sequence[str]) -> bytes:
    """A response envelope: ``<methodResponse><methodResult>…`` (an ``ArrayOfString`` for a list)."""
    answer = ET.Element(f"{{{TNS}}}{method}Response")
    holder = ET.SubElement(answer, f"{{{TNS}}}{method}Result")
    if isinstance(result, str | int):
        holder.text = str(result)
    else:
        for value in result:
            ET.SubElement(holder, f"{{{TNS}}}string").text = value
    return _envelope(answer)


def fault(message: str) -> bytes:
    env = ET.Element(f"{{{ENV}}}Envelope")
    body = ET.SubElement(env, f"{{{ENV}}}Body")
    f = ET.SubElement(body, f"{{{ENV}}}Fault")
    ET.SubElement(f, "faultcode").text = "soap:Client"
    ET.SubElement(f, "faultstring").text = message
    return _bytes(env)


def parse_request(data: bytes) -> tuple[str, dict[str, str]]:
    """The method called and its parameters (by local name; missing text is "")."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise SoapError(f"not XML: {exc}") from exc
    body = next((c for c in root if _local(c.tag) == "Body"), None) if _local(root.tag) == "Envelope" else None
    if body is None or len(body) == 0:
        raise SoapError("not a SOAP envelope with a body")
    call = body[0]
    return _local(call.tag), {_local(c.tag): c.text or "" for c in call}


def parse_response(data: bytes) -> str | list[str]:
    """The result of a response envelope: its text, or the strings of an ``ArrayOfString``."""
    root = ET.fromstring(data)
    body = next(c for c in root if _local(c.tag) == "Body")
    answer = body[0]
    if _local(answer.tag) == "Fault":
        raise SoapError(answer.findtext("faultstring") or "SOAP fault")
    result = answer[0] if len(answer) else None
    if result is None:
        return ""
    strings = [c for c in result if _local(c.tag) == "string"]
    if strings:
        return [s.text or "" for s in strings]
    return result.text or ""
