"""One source of app folders for the window and the command line (no Qt here: the command line has none)."""

from __future__ import annotations

import argparse
import stat
import sys
from pathlib import Path

import pytest

from qbdesk.appdirs import resolve, standard
from qbdesk.cli.connection import app_data_dir, lock_dir


def test_basedir_puts_every_folder_under_it_and_the_cli_uses_the_same(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    dirs = resolve(tmp_path / "base").ensure()
    for folder in (dirs.config, dirs.data, dirs.cache, dirs.logs, dirs.locks):
        assert folder.is_dir() and (tmp_path / "base") in folder.parents
        if sys.platform != "win32":
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert dirs.refresh_lock("123") == dirs.locks / "refresh-123.lock"
    assert lock_dir(argparse.Namespace(basedir=str(tmp_path / "base"))) == dirs.locks
    assert app_data_dir(argparse.Namespace(basedir=str(tmp_path / "base"))) == dirs.data
    monkeypatch.chdir(tmp_path)  # `--basedir base` typed in that folder is the same folder
    assert lock_dir(argparse.Namespace(basedir="base")) == dirs.locks


def test_the_default_folders_follow_the_platform(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if sys.platform in ("win32", "darwin"):
        pytest.skip("XDG folders are Linux's")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    dirs = standard()
    assert dirs == resolve(None) == resolve("")
    assert dirs.data == tmp_path / "xdg_data_home" / "qbdesk" / "qbdesk"
    assert dirs.config == tmp_path / "xdg_config_home" / "qbdesk" / "qbdesk"
    assert dirs.locks == tmp_path / "xdg_cache_home" / "qbdesk" / "qbdesk" / "locks"
    assert lock_dir(argparse.Namespace(basedir=None)) == dirs.locks
