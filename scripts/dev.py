#!/usr/bin/env python3
"""One entry point for developers: set up the environment, then run the app, the tests or the checks.

Stdlib only, so it runs on a fresh machine (Linux, macOS, Windows) with nothing but
Python 3.11+. The virtual environment lives in ``.venv`` and is (re)installed from
the lock file whenever the lock or ``pyproject.toml`` changes, so every machine runs
the same versions.

    python3 scripts/dev.py app [qbdesk options]   # default: --sandbox
    python3 scripts/dev.py test [pytest options]
    python3 scripts/dev.py check                  # ruff, mypy, import contracts, translations
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements" / "dev.lock"
STAMP = VENV / ".qbdesk-installed"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")


def _say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def _run(*cmd: str | Path, env: dict[str, str] | None = None) -> None:
    result = subprocess.run([str(c) for c in cmd], cwd=ROOT, env=env, check=False)
    if result.returncode:
        sys.exit(result.returncode)


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for path in (LOCK, ROOT / "pyproject.toml"):
        digest.update(path.read_bytes())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def ensure_env() -> None:
    """Create .venv and install the locked dependencies plus qbdesk itself (editable), if needed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - this script must explain itself on an old Python
        sys.exit(f"qbdesk needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not PY.exists():
        _say("creating .venv")
        venv.EnvBuilder(with_pip=True).create(VENV)
    want = _fingerprint()
    if STAMP.exists() and STAMP.read_text() == want:
        return
    _say("installing locked dependencies (first run or lock changed)")
    _run(PY, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--upgrade", "pip")
    _run(PY, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", LOCK)
    _run(PY, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps",
         "-e", ROOT)
    STAMP.write_text(want)


def build_translations() -> None:
    script = ROOT / "scripts" / "i18n.py"
    if script.exists():
        _run(PY, script, "build")


def _headless_env() -> dict[str, str]:
    env = dict(os.environ)
    if sys.platform.startswith("linux") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def cmd_app(args: list[str]) -> None:
    ensure_env()
    build_translations()
    env = _headless_env()
    if env.get("QT_QPA_PLATFORM") == "offscreen" and "QT_QPA_PLATFORM" not in os.environ:
        _say("no display found: the window runs offscreen, where nobody sees it (set DISPLAY, or run it on a "
             "desktop); Ctrl-C closes it")
    base = next((a.split("=", 1)[1] for a in args if a.startswith("--basedir=")), None)
    if base is None and "--basedir" in args and args.index("--basedir") + 1 < len(args):
        base = args[args.index("--basedir") + 1]
    where = subprocess.run([str(PY), "-c", "import sys; from qbdesk.appdirs import resolve; "
                            "print(resolve(sys.argv[1] or None).log_file)", base or ""],
                           cwd=ROOT, capture_output=True, text=True, check=False).stdout.strip()
    if where:
        _say(f"the log: {where}")
    _run(PY, "-m", "qbdesk.cli.main", *(args or ["--sandbox"]), env=env)


def cmd_test(args: list[str]) -> None:
    ensure_env()
    build_translations()
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    _run(PY, "-m", "pytest", *args, env=env)


def cmd_check(args: list[str]) -> None:
    ensure_env()
    _run(BIN / "ruff", "check", "src", "tests", "scripts", "bench")
    _run(PY, "-m", "mypy")
    _run(BIN / "lint-imports")
    script = ROOT / "scripts" / "i18n.py"
    if script.exists():
        _run(PY, script, "check")


def main() -> None:
    commands = {"app": cmd_app, "test": cmd_test, "check": cmd_check, "setup": lambda _a: ensure_env()}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(f"usage: {Path(sys.argv[0]).name} {{{','.join(commands)}}} [options]")
    commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    main()
