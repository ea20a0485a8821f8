"""The user guide: one Markdown file per language, split into the sections the window opens.

The guides live in ``resources/guide/{en,fr,es}.md`` (shipped with the app, readable
offline, and on GitHub). Each ``## `` heading starts a section; the comment under it,
``<!-- id: first-sync -->``, is the stable name the window uses (F1 on a page, a
problem's "Help" link) whatever the language. The problems section is generated from
the problem catalogue in each language (``scripts/guide.py``), one ``### `` entry per
problem with ``<!-- id: problem-KEY -->``.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from qbdesk.ui.base.icons import icons_dir

_ID = re.compile(r"<!--\s*id:\s*([a-z0-9_-]+)\s*-->")


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    markdown: str               # the section's text, without its id comments
    entries: tuple[tuple[str, str], ...] = ()  # (id, title) of its "### " entries (the problems)


def guide_dir() -> Path:
    """``resources/guide`` in a source checkout or a frozen bundle (next to the icons)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources" / "guide"
    return icons_dir().parent / "guide"


def guide_path(language: str) -> Path:
    path = guide_dir() / f"{language}.md"
    return path if path.exists() else guide_dir() / "en.md"


def parse(text: str) -> tuple[str, list[Section]]:
    """The guide's title and its sections, in order."""
    title = ""
    sections: list[Section] = []
    current: list[str] = []
    heading: str | None = None

    def close() -> None:
        if heading is None:
            return
        body = "\n".join(current)
        ids = _ID.findall(body)
        entries = []
        for match in re.finditer(r"^### (.+)\n<!--\s*id:\s*([a-z0-9_-]+)\s*-->", body, re.M):
            entries.append((match.group(2), match.group(1).strip()))
        clean = _ID.sub("", body)
        clean = re.sub(r"<!--.*?-->", "", clean)
        sections.append(Section(ids[0] if ids else heading.lower(), heading,
                                f"## {heading}\n{clean.strip()}\n", tuple(entries)))

    for line in text.splitlines():
        if line.startswith("# ") and not title:
            title = line[2:].strip()
        elif line.startswith("## "):
            close()
            heading, current = line[3:].strip(), []
        elif heading is not None:
            current.append(line)
    close()
    return title, sections


def load(language: str) -> tuple[str, list[Section]]:
    return parse(guide_path(language).read_text(encoding="utf-8"))
