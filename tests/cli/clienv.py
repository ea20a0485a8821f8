"""Running ``qbdesk`` as a user would, in a subprocess with a throwaway home: keychain, folders, browser."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
AUTO_CONSENT_BROWSER = ROOT / "tests" / "cli" / "auto_consent_browser.py"


def user_env(tmp_path: Path, *, keychain: bool = True) -> dict[str, str]:
    """A user's environment under ``tmp_path``: XDG folders, a file keychain they configured explicitly
    (``PYTHON_KEYRING_BACKEND``: their choice, so no question), and a browser that consents by itself."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QBDESK_", "PYTHON_KEYRING"))}
    env.update({"XDG_DATA_HOME": str(tmp_path / "xdg-data"), "XDG_CACHE_HOME": str(tmp_path / "xdg-cache"),
                "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"), "HOME": str(tmp_path / "home"),
                "BROWSER": f"{sys.executable} {AUTO_CONSENT_BROWSER} %s"})
    (tmp_path / "home").mkdir(exist_ok=True)
    if keychain:
        env["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    return env


def keychain_file(env: dict[str, str]) -> Path:
    """Where keyrings.alt's file backend keeps the keychain of ``env``."""
    return Path(env["XDG_DATA_HOME"]) / "python_keyring" / "keyring_pass.cfg"


def qbdesk(env: dict[str, str], *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "qbdesk.cli.main", *args], env=env, capture_output=True,
                          text=True, timeout=timeout, check=False, stdin=subprocess.DEVNULL)


def saved_tokens(env: dict[str, str], realm: str) -> dict[str, Any]:
    """The token entry of ``realm`` in ``env``'s keychain, read the way keyring does."""
    script = ("import json, keyring; print(keyring.get_password('qbdesk', 'tokens:' + __import__('sys').argv[1]) "
              "or 'null')")
    out = subprocess.run([sys.executable, "-c", script, realm], env=env, capture_output=True, text=True,
                         check=True)
    doc = json.loads(out.stdout.strip() or "null")
    return json.loads(doc) if isinstance(doc, str) else doc or {}


def write_tokens(env: dict[str, str], realm: str, entry: dict[str, Any]) -> None:
    script = ("import json, sys, keyring; keyring.set_password('qbdesk', 'tokens:' + sys.argv[1], sys.argv[2])")
    subprocess.run([sys.executable, "-c", script, realm, json.dumps(entry)], env=env, check=True)
