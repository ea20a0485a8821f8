"""Keep a practice Desktop company in an XML file between rehearsals (``qbdesk desktop practice --desktop FILE``).

The file is the company's ``XxxRet`` elements as Desktop would answer them, so it
can be read by eye; ids and edit sequences continue after the highest one kept.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

from qbdesk.desktop.practice.company import DesktopCompany


def save(company: DesktopCompany, path: Path) -> None:
    root = ET.Element("PracticeDesktop", name=company.name)
    with company.lock:
        for kind, records in company.records.items():
            box = ET.SubElement(root, "Records", kind=kind)
            box.extend(records.values())
        gone = ET.SubElement(root, "Deleted")
        for del_type, txn_id, moment in company.deleted:
            ET.SubElement(gone, "TxnDeletedRet", type=del_type, id=txn_id, at=moment.isoformat())
        data = ET.tostring(root, encoding="us-ascii")
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def load(path: Path) -> DesktopCompany:
    root = ET.parse(path).getroot()
    company = DesktopCompany(name=root.get("name") or DesktopCompany.name)
    highest, sequence = 0x80000000, 0
    for box in root.findall("Records"):
        kind = box.get("kind", "")
        for ret in box:
            object_id = ret.findtext("ListID") or ret.findtext("TxnID") or ""
            company.records.setdefault(kind, {})[object_id] = ret
            highest = max(highest, int(object_id.split("-")[0], 16))
            sequence = max(sequence, int(ret.findtext("EditSequence") or 0))
    for gone in root.iterfind("Deleted/TxnDeletedRet"):
        company.deleted.append((gone.get("type", ""), gone.get("id", ""), datetime.fromisoformat(gone.get("at", ""))))
    company.resume_counters(highest + 1, sequence)
    return company


__all__ = ["load", "save"]
