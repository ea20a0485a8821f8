"""The window and ``qbdesk sync`` on one desktop lock the same refresh-lock file (issue 13).

QuickBooks rotates the refresh token, so two processes refreshing at once lose the
connection unless they exclude each other — which they do only if they lock the
same file. Both connections here are the real ones: the window's, opened by its sync
worker, and the command line's, opened by ``open_connection`` as ``qbdesk sync`` does.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QStandardPaths

from qbdesk.cli.connection import open_connection
from qbdesk.store import open_company
from qbdesk.ui.base.paths import Paths, resolve
from qbdesk.ui.base.state import UiState
from qbdesk.ui.main_window import MainWindow
from tests.ui.conftest import connect_file

TIMEOUT = 15_000


def _window_lock_path(window: MainWindow, company: Path, qtbot: Any) -> Path:
    with qtbot.waitSignal(window.summary_shown, timeout=TIMEOUT):
        window.open_company(str(company))
    qtbot.waitUntil(lambda: window.connection is not None, timeout=TIMEOUT)
    assert window.connection is not None
    return window.connection.tokens.lock_path


def _cli_lock_path(company: Path, basedir: str | None) -> Path:
    opened = open_company(company)
    try:
        connection = open_connection(opened, argparse.Namespace(basedir=basedir))
        connection.close()
    finally:
        opened.close()
    return connection.tokens.lock_path


def test_with_basedir_the_window_and_the_cli_lock_one_file(make_window: Any, basedir: Paths, sync_file: Path,
                                                           sandbox_server: Any, keychain: Path, qtbot: Any) -> None:
    connect_file(sandbox_server, sync_file)
    window: MainWindow = make_window()
    in_window = _window_lock_path(window, sync_file, qtbot)
    base = basedir.config.parent
    assert in_window == _cli_lock_path(sync_file, str(base))
    assert in_window.parent == basedir.locks and in_window.name.startswith("refresh-")


def test_by_default_the_window_and_the_cli_lock_one_file(qtbot: Any, tmp_path: Path, sync_file: Path,
                                                         sandbox_server: Any, keychain: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    QStandardPaths.setTestModeEnabled(False)
    paths = resolve(None).ensure()  # what `qbdesk` (the window) uses without --basedir
    # Nothing moved: the window's folders are where Qt put them before there was one module for both.
    location = QStandardPaths.StandardLocation
    assert paths.data == Path(QStandardPaths.writableLocation(location.AppDataLocation))
    assert paths.config == Path(QStandardPaths.writableLocation(location.AppConfigLocation))
    assert paths.cache == Path(QStandardPaths.writableLocation(location.CacheLocation))
    connect_file(sandbox_server, sync_file)
    window = MainWindow(paths, UiState(paths.settings_file), "en")
    qtbot.addWidget(window)
    window.show()
    in_window = _window_lock_path(window, sync_file, qtbot)
    assert in_window == _cli_lock_path(sync_file, None)
    assert str(tmp_path / "xdg_cache_home") in str(in_window)
