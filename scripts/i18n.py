"""Translation pipeline: update the .ts catalogues, build the .qm files, check both.

    .venv/bin/python scripts/i18n.py update   # pyside6-lupdate over src/qbdesk (-no-obsolete)
    .venv/bin/python scripts/i18n.py build    # pyside6-lrelease into src/qbdesk/ui/i18n/*.qm
    .venv/bin/python scripts/i18n.py check    # fail on unfinished/obsolete entries, placeholder
                                              # mismatches, or a .ts that lupdate would change

The .ts files in translations/ are the source of truth (edit them with
pyside6-linguist); the .qm files are build outputs and are not committed.
``qbdesk_en.ts`` holds English plural forms only ("1 record" / "2 records").
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "qbdesk"
TRANSLATIONS = ROOT / "translations"
OUTPUT = SOURCES / "ui" / "i18n"
LANGUAGES = ("fr", "es")
PLURAL_ONLY = ("en",)
BIN = Path(sys.executable).parent

sys.path.insert(0, str(ROOT / "src"))


def _tool(name: str) -> str:
    candidate = BIN / name
    return str(candidate) if candidate.exists() else name


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def _lupdate(folder: Path) -> None:
    files = source_files()
    common = [_tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none", "-silent"]
    subprocess.run([*common, "-ts", *(str(folder / f"qbdesk_{lang}.ts") for lang in LANGUAGES)],
                   cwd=ROOT, check=True)
    subprocess.run([*common, "-pluralonly", "-ts", *(str(folder / f"qbdesk_{lang}.ts") for lang in PLURAL_ONLY)],
                   cwd=ROOT, check=True)


def update() -> int:
    TRANSLATIONS.mkdir(exist_ok=True)
    _lupdate(TRANSLATIONS)
    print(f"updated {', '.join(f'qbdesk_{lang}.ts' for lang in (*LANGUAGES, *PLURAL_ONLY))}")
    return 0


def build() -> int:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    for lang in (*LANGUAGES, *PLURAL_ONLY):
        ts = TRANSLATIONS / f"qbdesk_{lang}.ts"
        qm = OUTPUT / f"qbdesk_{lang}.qm"
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"built {qm.relative_to(ROOT)}")
    return 0


def check() -> int:
    from qbdesk.ui.base.ts_check import problems

    failures: list[str] = []
    for lang in LANGUAGES:
        failures += problems(TRANSLATIONS / f"qbdesk_{lang}.ts")
    for lang in PLURAL_ONLY:
        failures += problems(TRANSLATIONS / f"qbdesk_{lang}.ts", plural_only=True)
    with tempfile.TemporaryDirectory(prefix="qbdesk-i18n-") as tmp:
        scratch = Path(tmp)
        for ts in TRANSLATIONS.glob("qbdesk_*.ts"):
            shutil.copy(ts, scratch / ts.name)
        _lupdate(scratch)
        for ts in TRANSLATIONS.glob("qbdesk_*.ts"):
            if not filecmp.cmp(ts, scratch / ts.name, shallow=False):
                failures.append(f"{ts.name}: out of date with the source (run `scripts/i18n.py update`)")
    for line in failures:
        print(line, file=sys.stderr)
    if failures:
        print(f"{len(failures)} translation problem(s)", file=sys.stderr)
        return 1
    print("translations complete and up to date")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description="qbdesk translation pipeline")
    parser.add_argument("command", choices=("update", "build", "check"))
    args = parser.parse_args()
    return {"update": update, "build": build, "check": check}[args.command]()


if __name__ == "__main__":
    sys.exit(main())
