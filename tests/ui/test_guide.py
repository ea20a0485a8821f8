"""The user guide: three languages with the same parts, every known problem in it, F1 opens the page's part."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from qbdesk.sync.catalogue import CATALOGUE, UNKNOWN
from qbdesk.ui.base.guide import guide_dir, load
from qbdesk.ui.main_window import PAGES, MainWindow
from qbdesk.ui.widgets.guide_viewer import GuideDialog

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = {"getting-started", "first-sync", "problems", "practice-company", "office-mode", "csv", "records",
            "approvals", "sync-log", "reconciliation"}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_each_language_has_every_part_and_every_problem(language: str) -> None:
    title, sections = load(language)
    assert title and (guide_dir() / f"{language}.md").exists()
    assert {s.id for s in sections} >= REQUIRED
    problems = next(s for s in sections if s.id == "problems")
    keys = {key for key, _ in problems.entries}
    assert {f"problem-{e.key}" for e in (*CATALOGUE, UNKNOWN)} == keys
    assert "{" not in problems.markdown  # placeholders filled
    assert "<!--" not in "".join(s.markdown for s in sections)


def test_the_same_parts_in_the_same_order_in_the_three_languages() -> None:
    orders = [[s.id for s in load(language)[1]] for language in ("en", "fr", "es")]
    assert orders[0] == orders[1] == orders[2]
    french = {s.id: s.title for s in load("fr")[1]}
    english = {s.id: s.title for s in load("en")[1]}
    assert all(french[k] != english[k] for k in REQUIRED)  # written in French, not copied


def test_the_problem_entries_follow_the_catalogue() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "guide.py"), "--check"], capture_output=True,
                            text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_f1_opens_the_part_about_the_page(opened: MainWindow, qtbot: Any) -> None:
    expected = {"home": "getting-started", "records": "records", "problems": "problems",
                "approvals": "approvals", "sync_log": "sync-log", "reconciliation": "reconciliation"}
    assert opened.guide_action.shortcut().toString() == "F1"
    qtbot.waitUntil(lambda: opened.sync_controller.status is not None, timeout=10000)  # not connected: step 2
    for page in PAGES:
        opened.show_page(page)
        opened.guide_action.trigger()
        dialog: GuideDialog = opened.guide
        assert dialog.isVisible() and dialog.current is not None
        assert dialog.current.id == expected[page], page
        assert dialog.text.toPlainText().startswith(dialog.current.title)
    dialog.close()


def test_a_problem_entry_opens_at_its_heading_in_french(qtbot: Any) -> None:
    dialog = GuideDialog("fr")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Guide d'utilisation de qbdesk"
    assert dialog.show_section("problem-duplicate_name")
    assert dialog.current is not None and dialog.current.id == "problems"
    assert dialog.text.textCursor().hasSelection()  # the entry's title, found and shown
    assert not dialog.show_section("no-such-part")
