"""Where sign-ins are kept on a computer without a password store: nowhere, until the user agrees to a plain file.

Real keyring backends throughout: the ``fail`` keyring keyring falls back to when it
finds nothing, keyrings.alt's plaintext backend (which keyring picks silently when it
is installed — exactly what must not happen silently), and qbdesk's own plain file.
"""

from __future__ import annotations

import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from keyrings.alt.file import PlaintextKeyring
from tests.cli.clienv import qbdesk, user_env

from qbdesk.qbo.keychain import (
    Choice,
    PlainFileKeyring,
    PlainFileNeeded,
    agree_to_plain_file,
    choose,
    is_password_store,
    require,
)
from qbdesk.qbo.tokens import TokenSet, TokenStore


@pytest.fixture
def no_configuration(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """No PYTHON_KEYRING_BACKEND, no keyringrc: keyring left to its own detection."""
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    previous = keyring.get_keyring()
    yield tmp_path / "data" / "sign-ins.json"
    keyring.set_keyring(previous)


def test_nothing_is_stored_silently_without_a_password_store(no_configuration: Path) -> None:
    for backend in (NoKeyring(), PlaintextKeyring()):  # nothing at all, or a plain file nobody was told about
        keyring.set_keyring(backend)
        assert not is_password_store(backend)
        assert choose(no_configuration) is Choice.NONE
        with pytest.raises(PlainFileNeeded, match="plain file only you can read"):
            require(no_configuration)
    assert not no_configuration.exists()


def test_once_agreed_sign_ins_go_to_a_private_plain_file(no_configuration: Path) -> None:
    keyring.set_keyring(NoKeyring())
    agree_to_plain_file(no_configuration)
    assert isinstance(keyring.get_keyring(), PlainFileKeyring)
    TokenStore().save(TokenSet("5", "access-token-value-0123", "refresh-token-value-0123", 1.0))
    assert no_configuration.is_file() and "refresh-token-value-0123" in no_configuration.read_text()
    if sys.platform != "win32":
        assert stat.S_IMODE(no_configuration.stat().st_mode) == 0o600
        assert not [p for p in no_configuration.parent.iterdir() if p.name.startswith(".sign-ins-")]
    keyring.set_keyring(NoKeyring())  # a new session: the agreement is remembered by the file itself
    assert choose(no_configuration) is Choice.PLAIN_FILE
    saved = TokenStore().load("5")
    assert saved is not None and saved.refresh_token == "refresh-token-value-0123"
    TokenStore().delete("5")
    assert TokenStore().load("5") is None


def test_a_backend_the_user_configured_is_used_without_a_question(no_configuration: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    keyring.set_keyring(PlaintextKeyring())
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    assert choose(no_configuration) is Choice.CONFIGURED
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    rc = Path(keyring.util.platform_.config_root()) / "keyringrc.cfg"
    rc.parent.mkdir(parents=True, exist_ok=True)
    rc.write_text("[backend]\ndefault-keyring=keyrings.alt.file.PlaintextKeyring\n", encoding="utf-8")
    assert choose(no_configuration) is Choice.CONFIGURED
    assert not no_configuration.exists()


def test_connect_to_real_quickbooks_without_a_password_store_asks_first(tmp_path: Path) -> None:
    """Not on a terminal it cannot ask: it says where the sign-in would go, stores nothing, exits 2 — before
    contacting QuickBooks at all."""
    env = user_env(tmp_path, keychain=False)  # keyring left to itself: keyrings.alt's plaintext file, silently
    path = tmp_path / "books.qbdesk"
    from qbdesk.store import open_company

    open_company(path, create=True).close()
    result = qbdesk({**env, "QBDESK_CLIENT_SECRET": "s3cret-value"}, "--basedir", str(tmp_path / "base"),
                    "connect", "--company", str(path), "--client-id", "ABC123")
    assert result.returncode == 2, result.stderr
    assert "plain file" in result.stderr and "--keep-sign-in-in-file" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "base" / "data" / "sign-ins.json").exists()
    assert not (Path(env["XDG_DATA_HOME"]) / "python_keyring").exists()  # nothing went to keyrings.alt either
