"""Files qbdesk writes that hold business data or secrets are the user's alone (0600 files, 0700 folders).

Every command that writes is run as a user would (``qbdesk`` in a subprocess, this
test's own umask left at the usual 022), and after each one every file and folder it
created — and the company file with SQLite's ``-wal``/``-shm`` — is checked.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from qbdesk.sandbox.server import SandboxServer
from tests.cli.clienv import keychain_file, qbdesk, user_env

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes (Windows: the user's profile ACLs)")

CUSTOMERS = "Display Name,Email\nHarbor View Dental,office@harborview.example\n"


def _tree(root: Path) -> set[Path]:
    return {p for p in root.rglob("*")}


def _loose(paths: set[Path]) -> list[str]:
    """Paths readable or writable by anyone but the user, with their modes."""
    loose = []
    for path in sorted(paths):
        if path.is_symlink() or not path.exists():
            continue
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            loose.append(f"{path} {oct(mode)}")
    return loose


def _company_family(path: Path) -> set[Path]:
    return {p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()}


def test_every_command_that_writes_leaves_private_files(tmp_path: Path) -> None:
    os.umask(0o022)  # the usual umask: whatever is private, qbdesk made so
    env = user_env(tmp_path)
    base = tmp_path / "base"
    company = tmp_path / "books" / "shop.qbdesk"
    company.parent.mkdir()
    csv_file = tmp_path / "customers.csv"
    csv_file.write_text(CUSTOMERS, encoding="utf-8")
    checked: list[str] = []

    def run(*args: str, extra: dict[str, str] | None = None, expect: tuple[int, ...] = (0,)) -> None:
        before = _tree(tmp_path)
        result = qbdesk({**env, **(extra or {})}, "--basedir", str(base), *args)
        assert result.returncode in expect, f"{args[0]}: {result.stderr}"
        created = (_tree(tmp_path) - before) | _company_family(company)
        assert not _loose(created), f"after `qbdesk {args[0]}`: {_loose(created)}"
        checked.append(args[0])

    run("demo-data", "--company", str(company), "--size", "80", "--seed", "3")
    company.chmod(0o644)  # a company file made before (or copied in with cp): opened, it is made private
    run("summary", "--company", str(company))
    assert stat.S_IMODE(company.stat().st_mode) == 0o600
    run("import-csv", "--company", str(company), "--type", "customers", str(csv_file))
    with SandboxServer(throttle=False) as server:
        server.create_company(size=60, seed=5)
        app = server.create_app()
        run("connect", "--company", str(company), "--discovery-url", server.discovery_url, "--api-base",
            server.api_base, "--client-id", app.client_id, "--redirect-uri", "http://127.0.0.1/callback",
            "--auto-consent", extra={"QBDESK_CLIENT_SECRET": app.client_secret})
        assert not _loose({keychain_file(env), keychain_file(env).parent})
        run("settings", "--company", str(company), "auto_interval", "0", expect=(2,))  # a refused value: exit 2
        run("plan", "--company", str(company), "--ops", str(tmp_path / "ops.csv"))
        assert (tmp_path / "ops.csv").exists()
        run("sync", "--company", str(company), expect=(0, 1))  # 1: finished with open problems
        run("issues", "--company", str(company), expect=(0, 1))
        run("disconnect", "--company", str(company))
    for folder in (base, base / "data", base / "cache", base / "cache" / "locks", base / "config", base / "logs"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert checked == ["demo-data", "summary", "import-csv", "connect", "settings", "plan", "sync", "issues",
                       "disconnect"]


def test_the_practice_quickbooks_state_file_is_private(tmp_path: Path) -> None:
    os.umask(0o022)
    env = user_env(tmp_path)
    state = tmp_path / "practice" / "quickbooks.json"
    state.parent.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "qbdesk.cli.main", "sandbox", "serve", "--size", "30",
                             "--state", str(state)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline()
        assert state.exists()
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=60)
    assert not _loose({state, *state.parent.iterdir()})
