"""Checks on Qt Linguist ``.ts`` catalogues, shared by ``scripts/i18n.py check`` and the tests.

A catalogue is ready to ship when every message is finished, none is obsolete
(``vanished``/``obsolete``: lupdate keeps them when run without -no-obsolete),
and each translation carries exactly the placeholders of its source, so
``{name}``, ``%1`` and ``%n`` can never disappear or be invented in translation.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

PLACEHOLDER = re.compile(r"%L?n|%L?\d+|\{[A-Za-z_][A-Za-z0-9_]*\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]
    kind: str  # "" (finished), "unfinished", "obsolete" or "vanished"
    numerus: bool


def messages(ts_file: Path) -> list[Message]:
    root = ET.parse(ts_file).getroot()
    out: list[Message] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
            elif numerus:
                texts = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            out.append(Message(name, source, texts, kind, numerus))
    return out


def placeholders(text: str, *, numerus: bool = False) -> Counter[str]:
    found = Counter(m.group(0).replace("%L", "%") for m in PLACEHOLDER.finditer(text))
    if numerus:
        found.pop("%n", None)  # a plural form may say "one" instead of the number
    return found


def problems(ts_file: Path, *, plural_only: bool = False) -> list[str]:
    """Everything that stops ``ts_file`` from shipping, as readable lines."""
    out: list[str] = []
    for m in messages(ts_file):
        where = f"{ts_file.name}: [{m.context}] {m.source!r}"
        if m.kind in ("obsolete", "vanished"):
            out.append(f"{where}: {m.kind} entry (run `scripts/i18n.py update`)")
            continue
        if plural_only and not m.numerus:
            continue
        if m.kind == "unfinished" or not m.translations or not all(t.strip() for t in m.translations):
            out.append(f"{where}: not translated")
            continue
        expected = placeholders(m.source, numerus=m.numerus)
        for text in m.translations:
            if placeholders(text, numerus=m.numerus) != expected:
                out.append(f"{where}: placeholders differ in {text!r}")
    return out
