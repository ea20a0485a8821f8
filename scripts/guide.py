"""Write the problems section of the user guide (resources/guide/{en,fr,es}.md) from the problem catalogue.

    .venv/bin/python scripts/guide.py           # rewrite the sections
    .venv/bin/python scripts/guide.py --check   # fail if a guide is not what the catalogue says

Every problem qbdesk knows gets an entry (title, what it means, how to fix it) in each language, translated
with the same catalogues as the window (build them first: scripts/i18n.py build). The rest of each guide is
written by hand.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtCore import QCoreApplication, QTranslator  # noqa: E402

from qbdesk.sync.catalogue import CATALOGUE, UNKNOWN  # noqa: E402

GUIDES = ROOT / "resources" / "guide"
START, END = "<!-- problems:start -->", "<!-- problems:end -->"
PLACEHOLDER = {"en": "…", "fr": "…", "es": "…"}


def problems_markdown(language: str) -> str:
    translator = QTranslator()
    if language != "en":
        qm = ROOT / "src" / "qbdesk" / "ui" / "i18n" / f"qbdesk_{language}.qm"
        if not translator.load(str(qm)):
            raise SystemExit(f"{qm} is missing: run scripts/i18n.py build first")

    def tr(text: str) -> str:
        done = translator.translate("Problems", text) if language != "en" else ""
        return (done or text).format_map(defaultdict(lambda: PLACEHOLDER[language]))

    parts = []
    seen: set[str] = set()
    for entry in (*CATALOGUE, UNKNOWN):
        if entry.key in seen:
            continue
        seen.add(entry.key)
        parts.append(f"### {tr(entry.title)}\n<!-- id: problem-{entry.key} -->\n\n{tr(entry.explanation)}\n")
        if entry.fix:
            parts.append("\n".join(f"{n}. {tr(step)}" for n, step in enumerate(entry.fix, start=1)) + "\n")
    return "\n".join(parts)


def rewritten(language: str) -> tuple[Path, str, str]:
    path = GUIDES / f"{language}.md"
    text = path.read_text(encoding="utf-8")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return path, text, f"{head}{START}\n\n{problems_markdown(language)}\n{END}{tail}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    app = QCoreApplication.instance() or QCoreApplication([])
    del app
    stale = []
    for language in ("en", "fr", "es"):
        path, old, new = rewritten(language)
        if old != new:
            if args.check:
                stale.append(path.name)
            else:
                path.write_text(new, encoding="utf-8")
                print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print(f"out of date with the problem catalogue: {', '.join(stale)} (run scripts/guide.py)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
