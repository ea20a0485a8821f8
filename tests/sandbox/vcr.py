"""A reader for VCR cassettes: the small subset of YAML that VCR writes.

PyYAML is not a dependency of qbdesk and the cassettes only ever use block
mappings, block sequences and plain, single- or double-quoted (folded) scalars,
so a hundred lines of parser keep the conformance suite free of a new package.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit


class _Lines:
    def __init__(self, text: str) -> None:
        self.lines = [ln for ln in text.splitlines() if ln.strip() != "---" and not ln.startswith("%")]
        self.i = 0

    def peek(self) -> tuple[int, str] | None:
        while self.i < len(self.lines) and not self.lines[self.i].strip():
            self.i += 1
        if self.i >= len(self.lines):
            return None
        line = self.lines[self.i]
        return len(line) - len(line.lstrip(" ")), line.strip()


def _fold(parts: list[str]) -> str:
    out = ""
    for n, part in enumerate(parts):
        if n == 0:
            out = part.rstrip(" ") if len(parts) > 1 else part
            continue
        stripped = part.strip(" ") if n < len(parts) - 1 else part.lstrip(" ")
        if not stripped and n < len(parts) - 1:
            out += "\n"
        elif out.endswith("\n") or out.endswith("\x00"):
            out = out.rstrip("\x00") + stripped
        else:
            out += " " + stripped
    return out


def _scalar(first: str, src: _Lines, indent: int) -> Any:
    """A scalar starting with ``first``; quoted scalars may continue on following lines."""
    if first[:1] in ("'", '"'):
        quote = first[0]
        raw = [first[1:]]
        end = _closing(raw[0], quote)
        while end is None:
            src.i += 1
            raw.append(src.lines[src.i])
            end = _closing(raw[-1], quote)
        raw[-1] = raw[-1][:end]
        if quote == "'":
            return _fold(raw).replace("''", "'")
        joined = []
        for n, part in enumerate(raw):
            if n < len(raw) - 1 and part.endswith("\\") and not part.endswith("\\\\"):
                joined.append(part[:-1] + "\x00")
            else:
                joined.append(part)
        text = _fold(joined).replace("\x00 ", "").replace("\x00", "")
        return codecs.decode(text.encode("latin-1", "backslashreplace"), "unicode_escape")
    parts = [first]
    while src.i + 1 < len(src.lines):
        nxt = src.lines[src.i + 1]
        if not nxt.strip() or len(nxt) - len(nxt.lstrip(" ")) <= indent:
            break
        src.i += 1
        parts.append(nxt)
    text = _fold(parts)
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    return {"true": True, "false": False, "null": None, "~": None}.get(text, text)


def _closing(text: str, quote: str) -> int | None:
    i = 0
    while i < len(text):
        if quote == "'" and text[i] == "'":
            if text[i + 1: i + 2] == "'":
                i += 2
                continue
            return i
        if quote == '"':
            if text[i] == "\\":
                i += 2
                continue
            if text[i] == '"':
                return i
        i += 1
    return None


_MAPPING_ITEM = re.compile(r"^[^'\"\s][^:]*:(\s|$)")


def _node(src: _Lines, indent: int) -> Any:
    head = src.peek()
    if head is None:
        return None
    col, text = head
    if text.startswith("- ") or text == "-":
        items = []
        while (head := src.peek()) is not None and head[0] == col and (head[1].startswith("- ") or head[1] == "-"):
            rest = head[1][2:]
            if not rest:
                src.i += 1
                items.append(_node(src, col + 1))
                continue
            if not _MAPPING_ITEM.match(rest):  # "- a scalar" (a header value, "Tue, 29 Sep 2020 13:58:50 GMT")
                items.append(_scalar(rest, src, col))
                src.i += 1
                continue
            # "- key: value" starts a mapping indented at the dash + 2.
            src.lines[src.i] = " " * (col + 2) + rest
            items.append(_node(src, col + 1))
        return items
    mapping: dict[str, Any] = {}
    while (head := src.peek()) is not None and head[0] == col and not head[1].startswith("- "):
        key, _, value = head[1].partition(":")
        value = value.strip()
        if value:
            mapping[key] = _scalar(value, src, col)
            src.i += 1
        else:
            src.i += 1
            nxt = src.peek()
            if nxt is not None and (nxt[0] > col or (nxt[0] == col and nxt[1].startswith("- "))):
                mapping[key] = _node(src, col)
            else:
                mapping[key] = None
    return mapping


def load(text: str) -> Any:
    return _node(_Lines(text), 0)


@dataclass(frozen=True)
class Interaction:
    """One recorded request and QuickBooks' answer to it."""

    method: str
    uri: str
    request_body: str
    status: int
    response_body: str
    response_headers: dict[str, list[str]]
    recorded_at: datetime

    @property
    def path(self) -> str:
        """The path after ``/v3/company/{realm}`` (some recordings dropped the company segment)."""
        path = unquote(urlsplit(self.uri).path).removeprefix("/v3")
        return path.removeprefix("/company/-COMPANY_ID-")

    @property
    def params(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.uri).query, keep_blank_values=True)


def cassette(path: Path) -> list[Interaction]:
    doc = load(path.read_text(encoding="utf-8"))
    out = []
    for item in doc["http_interactions"]:
        req, resp = item["request"], item["response"]
        out.append(Interaction(
            method=str(req["method"]).upper(), uri=str(req["uri"]),
            request_body=str((req.get("body") or {}).get("string") or ""),
            status=int(resp["status"]["code"]), response_body=str((resp.get("body") or {}).get("string") or ""),
            response_headers={k: [str(v) for v in vs] for k, vs in (resp.get("headers") or {}).items()},
            recorded_at=parsedate_to_datetime(str(item["recorded_at"])),
        ))
    return out
