"""qbXML documents: build requests, read responses, with QuickBooks Desktop's text rules.

Desktop reads only characters ISO-8859-1 can hold (qbwc.md §4.3, pitfall 2): every
text is folded to Latin-1 first (accents kept, other scripts transliterated or
replaced by ``?``) and the document is written in ASCII with numeric character
references, as quickbooks-php does, so no encoding declaration can be misread.
``&``, ``<`` and ``>`` are escaped by :mod:`xml.etree`; ``'`` is left literal
(quickbooks-php never emits ``&apos;``). Responses are read with a real XML
parser: status messages carry ``&quot;`` (qbwc/qbxml#4).
"""

from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

VERSION = "13.0"
Element = ET.Element


def latin1(text: str) -> str:
    """``text`` with only characters ISO-8859-1 holds: é stays, œ → oe, ’ → ', 漢 → ?."""
    if all(ord(c) < 256 for c in text):
        return text
    out: list[str] = []
    for char in text:
        if ord(char) < 256:
            out.append(char)
            continue
        folded = unicodedata.normalize("NFKD", char)
        kept = "".join(c for c in folded if ord(c) < 256 and not unicodedata.combining(c))
        out.append(kept or _SPECIAL.get(char, "?"))
    return "".join(out)


_SPECIAL = {"œ": "oe", "Œ": "OE", "’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "€": "EUR",
            "…": "..."}


def sub(parent: Element, tag: str, value: Any = None) -> Element:
    """Append ``<tag>value</tag>`` (a Decimal as plain digits, a bool as true/false)."""
    child = ET.SubElement(parent, tag)
    if value is not None:
        child.text = _text(value)
    return child


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    return latin1(str(value))


def request_document(requests: Iterable[Element], *, on_error: str = "continueOnError",
                     version: str = VERSION) -> str:
    """One qbXML request document holding ``requests`` (``XxxRq`` elements), in order."""
    root = ET.Element("QBXML")
    msgs = ET.SubElement(root, "QBXMLMsgsRq", onError=on_error)
    msgs.extend(requests)
    body = ET.tostring(root, encoding="us-ascii").decode("ascii").split("?>", 1)[-1].lstrip()
    return f'<?xml version="1.0" encoding="utf-8"?>\n<?qbxml version="{version}"?>\n{body}'


def response_document(responses: Iterable[Element]) -> str:
    """One qbXML response document (the practice Desktop's answer), in QuickBooks' shape."""
    root = ET.Element("QBXML")
    msgs = ET.SubElement(root, "QBXMLMsgsRs")
    msgs.extend(responses)
    body = ET.tostring(root, encoding="us-ascii").decode("ascii").split("?>", 1)[-1].lstrip()
    return f'<?xml version="1.0" ?>\n{body}'


class QbxmlError(ValueError):
    """A document that is not qbXML (what Desktop answers with HRESULT 0x80040400)."""


def messages(text: str, rq: bool) -> list[Element]:
    """The ``XxxRq``/``XxxRs`` elements of a qbXML document, in order."""
    try:
        root = ET.fromstring(text.encode("utf-8") if "encoding" in text[:60] else text)
    except ET.ParseError as exc:
        raise QbxmlError(str(exc)) from exc
    if root.tag != "QBXML":
        raise QbxmlError(f"root element is {root.tag}, not QBXML")
    box = root.find("QBXMLMsgsRq" if rq else "QBXMLMsgsRs")
    if box is None:
        raise QbxmlError("no QBXMLMsgsRq/QBXMLMsgsRs element")
    return list(box)


@dataclass(frozen=True)
class Status:
    """The status attributes of one ``XxxRs``."""

    code: int
    severity: str
    message: str

    @property
    def ok(self) -> bool:
        return self.code == 0

    @property
    def not_found(self) -> bool:
        """Both 1 and 500 mean "nothing found" in practice (quickbooks-php Callbacks/API/Errors.php)."""
        return self.code in (1, 500)


def status_of(rs: Element) -> Status:
    try:
        code = int(rs.get("statusCode", "0"))
    except ValueError:
        code = 1000
    return Status(code, rs.get("statusSeverity", "Info"), rs.get("statusMessage", ""))


def text_of(elem: Element | None, tag: str) -> str | None:
    """The text of ``elem``'s child ``tag`` ("" kept, missing → None)."""
    if elem is None:
        return None
    child = elem.find(tag)
    if child is None:
        return None
    return child.text or ""
