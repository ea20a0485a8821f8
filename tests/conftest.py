"""Shared fixtures: real company files in a temporary folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qbdesk.store import Company, open_company
from qbdesk.store.demo import generate

ANCHOR = date(2026, 6, 30)


@pytest.fixture
def company(tmp_path: Path) -> Iterator[Company]:
    """A new, empty company file."""
    c = open_company(tmp_path / "company.qbdesk", create=True)
    yield c
    c.close()


@pytest.fixture
def demo_company(tmp_path: Path) -> Iterator[Company]:
    """A company file holding a generated business of about 600 records."""
    c = open_company(tmp_path / "demo.qbdesk", create=True)
    with c.session() as s:
        generate(s, 600, seed=7, anchor=ANCHOR)
    yield c
    c.close()


@pytest.fixture
def keychain(tmp_path: Path) -> Iterator[Path]:
    """A real keyring backend (keyrings.alt's file backend) in a temporary folder, never the user's keychain."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keychain.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield tmp_path / "keychain.cfg"
    keyring.set_keyring(previous)
