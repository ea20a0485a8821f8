"""README.md's `qbdesk connect` commands work as written: copied out of the README, placeholders filled in
from what `qbdesk sandbox serve` prints (as its reader would), and run."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

from qbdesk.relay.config import RelayConfig
from qbdesk.relay.server import RelayServer
from qbdesk.sandbox.server import SandboxServer
from tests.cli.clienv import qbdesk, user_env

ROOT = Path(__file__).resolve().parents[2]


def _section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("## Connecting to QuickBooks")
    return text[start:text.index("\n## ", start + 1)]


def _commands() -> list[str]:
    """The `qbdesk …` lines of the section's code blocks, in order."""
    blocks = re.findall(r"```sh\n(.*?)```", _section(), re.DOTALL)
    return [line.strip() for block in blocks for line in block.splitlines() if "qbdesk " in line]


def _run(line: str, env: dict[str, str], company: Path, values: dict[str, str]) -> subprocess.CompletedProcess[str]:
    for name, value in values.items():  # a placeholder is a whole word: QBDESK_CLIENT_SECRET stays itself
        line = re.sub(rf"(?<![A-Z_]){name}(?![A-Z_])", lambda _m, v=value: v, line)
    words = shlex.split(line.replace("shop.qbdesk", str(company)))
    assignments = {}
    while "=" in words[0]:  # VAR=value before the command, as a shell would pass it
        name, _, value = words.pop(0).partition("=")
        assignments[name] = value
    assert words[0] == "qbdesk", line
    return qbdesk({**env, **assignments}, *words[1:])


def test_the_readme_connect_commands_work_as_written(tmp_path: Path) -> None:
    one_button, own_keys, serve, practice = _commands()
    assert one_button == "qbdesk connect --company shop.qbdesk"
    assert own_keys.startswith("qbdesk connect --company shop.qbdesk --client-id")
    assert serve.startswith("qbdesk sandbox serve")
    env = user_env(tmp_path)
    company = tmp_path / "shop.qbdesk"
    assert qbdesk(env, "demo-data", "--company", str(company), "--size", "60").returncode == 0

    # a source checkout has no relay: the one-button command says so, and what to type instead
    plain = _run(one_button, env, company, {})
    assert plain.returncode == 2 and "no sign-in relay configured" in plain.stderr
    assert "--client-id YOUR_CLIENT_ID" in plain.stderr and "Traceback" not in plain.stderr

    # the practice company, exactly as the README says: start it, read its first line, connect
    state = tmp_path / "practice.json"
    words = shlex.split(serve.replace("practice.json", str(state)))
    server = subprocess.Popen([sys.executable, "-m", "qbdesk.cli.main", *words[1:], "--size", "40"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert server.stdout is not None
        info = json.loads(server.stdout.readline())
        values = {"CLIENT_SECRET": info["client_secret"], "DISCOVERY_URL": info["discovery_url"],
                  "API_BASE": info["api_base"], "CLIENT_ID": info["client_id"]}
        connected = _run(practice, env, company, values)
        assert connected.returncode == 0, connected.stderr
        assert "Connected to" in connected.stdout
        assert qbdesk(env, "disconnect", "--company", str(company)).returncode == 0
    finally:
        server.terminate()
        server.communicate(timeout=60)


def test_with_a_relay_the_one_button_command_connects(tmp_path: Path) -> None:
    one_button = _commands()[0]
    env = user_env(tmp_path)
    company = tmp_path / "shop.qbdesk"
    assert qbdesk(env, "demo-data", "--company", str(company), "--size", "60").returncode == 0
    with SandboxServer(throttle=False) as sandbox:
        sandbox.create_company(size=40, seed=1)
        app = sandbox.create_app()
        config = RelayConfig(client_id=app.client_id, client_secret=app.client_secret,
                             discovery=sandbox.discovery_url)
        with RelayServer(config) as relay:
            build = {"QBDESK_BUILD_RELAY_URL": relay.address, "QBDESK_BUILD_CLIENT_ID": app.client_id,
                     "QBDESK_BUILD_DISCOVERY_URL": sandbox.discovery_url,
                     "QBDESK_BUILD_API_BASE": sandbox.api_base}
            connected = _run(one_button, {**env, **build}, company, {})
    assert connected.returncode == 0, connected.stderr
    assert "Connected to" in connected.stdout
