"""The shell: paths and settings under --basedir, recent companies, geometry, practice company,
diagnostics, and a window on screen quickly."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from qbdesk.ui import main_window
from qbdesk.ui.base.diagnostics import collect
from qbdesk.ui.base.logs import logger
from qbdesk.ui.base.paths import resolve
from qbdesk.ui.base.state import UiState
from qbdesk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_basedir_overrides_every_folder(tmp_path: Path) -> None:
    paths = resolve(tmp_path).ensure()
    for folder in (paths.config, paths.data, paths.cache, paths.logs):
        assert folder.is_dir() and tmp_path in folder.parents
    assert paths.settings_file.parent == paths.config
    assert paths.practice_company.parent == paths.data


def test_recent_companies_and_geometry_live_in_the_settings_file(make_window: Any, company_file: Path,
                                                                 basedir: Any, qtbot: Any) -> None:
    window: MainWindow = make_window()
    with qtbot.waitSignal(window.company_opened, timeout=15000):
        window.open_company(str(company_file))
    window.resize(760, 560)  # within the offscreen screen (800×600): restoreGeometry keeps windows on screen
    window.close()
    state = UiState(basedir.settings_file)
    assert state.recent_companies() == [str(company_file)]
    assert state.geometry() is not None
    again: MainWindow = make_window()
    assert (again.width(), again.height()) == (760, 560)
    again._fill_recent()
    assert next(a.text() for a in again.recent_menu.actions()) == company_file.name
    assert basedir.settings_file.exists()


def test_window_title_status_and_home_show_the_company(opened: MainWindow) -> None:
    assert opened.windowTitle() == "Green Leaf Landscaping — qbdesk"
    assert opened.company_label.text() == "Green Leaf Landscaping"
    assert opened.home.name.text() == "Green Leaf Landscaping"
    assert opened.home.badge.isHidden()
    assert re.fullmatch(r"[\d,]+ records in this company file\.", opened.home.totals.text())
    assert opened.home.receivables.value.text().replace(",", "").replace(".", "").isdigit()


def test_opening_a_missing_file_explains_instead_of_crashing(window: MainWindow, tmp_path: Path,
                                                             qtbot: Any) -> None:
    with qtbot.waitSignal(window.company_failed, timeout=10000) as blocker:
        window.open_company(str(tmp_path / "gone.qbdesk"))
    assert "no company file there" in blocker.args[0]
    assert window.home.stack.currentIndex() == 0 and "no company file" in window.home.welcome_status.text()


def test_new_company_dialog_creates_and_opens_a_company(window: MainWindow, basedir: Any, qtbot: Any) -> None:
    window.new_action.trigger()
    dialog = window.new_company_dialog
    dialog.name_edit.setText("Harbor View Dental")
    assert dialog.path.endswith("Harbor View Dental.qbdesk")
    with qtbot.waitSignal(window.company_opened, timeout=15000):
        dialog.create_button.click()
    assert window.company_name == "Harbor View Dental"
    assert (basedir.companies / "Harbor View Dental.qbdesk").exists()


def test_practice_company_is_generated_once_in_the_background(window: MainWindow, basedir: Any, qtbot: Any,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main_window, "PRACTICE_SIZE", 150)
    with qtbot.waitSignal(window.summary_shown, timeout=30000):
        window.practice_action.trigger()
    assert basedir.practice_company.exists()
    assert window.practice and not window.home.badge.isHidden()
    assert "practice company" in window.windowTitle()
    assert window.home.cards["Invoice"].value.text() not in ("…", "0")


def test_copy_diagnostics_has_versions_paths_and_no_secrets(opened: MainWindow, basedir: Any) -> None:
    logger("db").warning("connect failed: postgresql://ann:s3cret@db/books token=abc123")
    opened.diagnostics_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("qbdesk ") and "PySide6" in text and "Python" in text
    assert str(basedir.logs) in text and str(basedir.config) in text
    assert "connect failed" in text
    assert "s3cret" not in text and "abc123" not in text
    assert collect(basedir, language="fr", company="postgresql://ann:pw@db/x").count("pw@") == 0


def test_the_real_entry_point_shows_the_window_in_french(tmp_path: Path) -> None:
    """The real entry point, in a fresh process, asked to quit as soon as the window shows. (How long that takes
    is measured by ``scripts/build_app.py --smoke`` and ``bench/``, never asserted in a test.)"""
    env = dict(os.environ, QBDESK_AUTOQUIT_MS="0", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "qbdesk.cli.main", "--basedir", str(tmp_path), "--lang", "fr"],
                            capture_output=True, text=True, env=env, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    log = (tmp_path / "logs" / "qbdesk.log").read_text(encoding="utf-8")
    assert re.search(r"window shown ([\d.]+) s", log), log
    assert "language fr (qtbase_fr, qbdesk_fr)" in log


def test_qts_gui_thread_pool_is_off_unless_the_user_chose(monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt's raster fills handed to helper threads and waited for were most of a page switch during a sync
    (docs/sync.md, "The window during a sync"): off at start-up, but a value the user set is theirs."""
    from qbdesk.ui.base.paths import configure_application

    monkeypatch.setenv("QT_NO_GUI_THREADPOOL", "0")
    configure_application()
    assert os.environ["QT_NO_GUI_THREADPOOL"] == "0"
    monkeypatch.delenv("QT_NO_GUI_THREADPOOL")
    configure_application()
    assert os.environ["QT_NO_GUI_THREADPOOL"] == "1"
