"""Asking the practice Desktop what it holds, with qbXML of the test's own (not the client's)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from qbdesk.desktop.practice.company import DesktopCompany


def query(desktop: DesktopCompany, request: str, ret: str) -> list[ET.Element]:
    """The ``ret`` elements a ``request`` (e.g. ``<CustomerQueryRq><ActiveStatus>All</ActiveStatus>…``) answers."""
    doc = ('<?xml version="1.0"?><?qbxml version="13.0"?><QBXML><QBXMLMsgsRq onError="stopOnError">'
           f"{request}</QBXMLMsgsRq></QBXML>")
    root = ET.fromstring(desktop.process(doc).split("?>", 1)[1])
    return root.findall(f".//{ret}")


def names(desktop: DesktopCompany, kind: str) -> list[str]:
    return [r.findtext("FullName") or "" for r in
            query(desktop, f"<{kind}QueryRq><ActiveStatus>All</ActiveStatus></{kind}QueryRq>", f"{kind}Ret")]


def invoices(desktop: DesktopCompany) -> list[ET.Element]:
    return query(desktop, "<InvoiceQueryRq><IncludeLineItems>true</IncludeLineItems></InvoiceQueryRq>", "InvoiceRet")
