"""Approvals (SingleOps' Sync Wizard) in the window: "Review changes before they sync" switched on in the
Sync settings dialog, detected changes in two sections all checked, Approve checked with keep or clear."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from qbdesk.store import ApprovalItem, ApprovalStatus, Customer, Setting
from qbdesk.sync.read_model import INTERVAL_KEY, KEEP_NUMBERS_KEY
from qbdesk.sync.settings import ConflictPolicy, load_settings
from qbdesk.ui.sync.approvals_view import CLEAR, KEEP, ApprovalsView
from tests.ui.syncrig import WindowRig, connected_window, english


def _turn_on_review(rig: WindowRig, qtbot: Any) -> None:
    """Through the Sync settings dialog, as a user would."""
    window = rig.window
    assert window.sync_settings_action.isEnabled()
    window.sync_settings_action.trigger()
    dialog = window.sync_hub.settings_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preferences is not None, timeout=5000)
    assert not dialog.review.isChecked() and dialog.policy[ConflictPolicy.ASK].isChecked()
    dialog.review.setChecked(True)
    dialog.policy[ConflictPolicy.QBO_WINS].setChecked(True)
    dialog.numbers.setChecked(True)
    dialog.automatic.setChecked(True)
    dialog.interval.setValue(30)
    with qtbot.waitSignal(window.sync_hub.settings_saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with rig.company.sessions() as s:
        saved = load_settings(s)
        assert saved.review_changes and saved.conflict_policy is ConflictPolicy.QBO_WINS
        assert saved.refund_account  # what the dialog does not show is kept
        assert s.get(Setting, KEEP_NUMBERS_KEY).value is True  # type: ignore[union-attr]
        assert s.get(Setting, INTERVAL_KEY).value == 30  # type: ignore[union-attr]


def _changes_waiting(rig: WindowRig) -> None:
    """Two customers changed here, one vendor created in QuickBooks: three changes for review."""
    with rig.company.session() as s:
        first, second = list(s.scalars(select(Customer).where(Customer.parent_id.is_(None)).limit(2)))
        first.phone, second.phone = "111-1111", "222-2222"
    rig.server.sandbox.write(rig.realm_id, "Vendor", {"DisplayName": "Approval Supplies"})
    rig.sync()


def _approvals(rig: WindowRig, qtbot: Any, count: int) -> ApprovalsView:
    rig.window.show_page("approvals")
    view = rig.window.sync_hub.approvals_view
    assert view is not None
    qtbot.waitUntil(lambda: len(view.rows) == count and not view.busy, timeout=10000)
    return view


@pytest.mark.parametrize("rule", [KEEP, CLEAR])
def test_approve_checked_keeps_or_clears_the_unchecked(make_window: Any, qtbot: Any, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch, keychain: Path,
                                                       rule: int) -> None:
    with connected_window(make_window, qtbot, tmp_path, monkeypatch) as rig:
        rig.sync()
        _turn_on_review(rig, qtbot)
        _changes_waiting(rig)
        view = _approvals(rig, qtbot, 3)
        sections = [view.tree.topLevelItem(n) for n in range(2)]
        assert [english(s.text(0)) for s in sections if s is not None] == [
            "Import from QuickBooks (1)", "Export to QuickBooks (2)"]
        assert all(s.checkState(0) == Qt.CheckState.Checked for s in sections if s is not None)
        assert sorted(view.checked_ids()) == sorted(view.rows)  # all checked by default
        export = sections[1]
        assert export is not None
        assert export.child(0).text(2) == "Update in QuickBooks"  # type: ignore[union-attr]
        assert sections[0].child(0).text(0) == "Approval Supplies"  # type: ignore[union-attr]
        assert sections[0].child(0).text(2) == "Create here"  # type: ignore[union-attr]

        unchecked_item = export.child(1)
        assert unchecked_item is not None
        unchecked = int(unchecked_item.data(0, Qt.ItemDataRole.UserRole + 1))
        unchecked_item.setCheckState(0, Qt.CheckState.Unchecked)  # what a click on its box does
        assert export.checkState(0) == Qt.CheckState.PartiallyChecked
        assert unchecked not in view.checked_ids() and len(view.checked_ids()) == 2
        view.rule.setCurrentIndex(rule)
        with qtbot.waitSignal(view.approved, timeout=15000) as done:
            qtbot.mouseClick(view.approve_button, Qt.MouseButton.LeftButton)
        result = done.args[0]
        assert result.approved == 2 and (result.kept, result.cleared) == ((1, 0) if rule == KEEP else (0, 1))
        assert "approved and synced" in english(view.message.text.text())
        assert [v for v in rig.qbo("Vendor") if v["DisplayName"] == "Approval Supplies"]
        with rig.company.sessions() as s:
            item = s.get(ApprovalItem, unchecked)
            assert item is not None
            assert item.status is (ApprovalStatus.WAITING if rule == KEEP else ApprovalStatus.CLEARED)
        if rule == KEEP:
            qtbot.waitUntil(lambda: list(view.rows) == [unchecked], timeout=10000)
        else:
            qtbot.waitUntil(lambda: view.stack.currentWidget() is view.empty_host, timeout=10000)
            assert not view.empty_note.isVisible()  # review is on: nothing to suggest


def test_approving_needs_the_connection_and_review_off_says_how_to_turn_it_on(
        make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keychain: Path) -> None:
    from qbdesk.ui.main_window import MainWindow

    with connected_window(make_window, qtbot, tmp_path, monkeypatch) as rig:
        rig.window.show_page("approvals")
        view = rig.window.sync_hub.approvals_view
        assert view is not None
        qtbot.waitUntil(lambda: not view.busy and view.empty_note.isVisible(), timeout=10000)
        assert "Review changes before they sync" in view.empty_note.text()
        assert view.empty_settings.isVisible()

        rig.sync()
        rig.settings(review_changes=True)
        _changes_waiting(rig)
        view = _approvals(rig, qtbot, 3)
        monkeypatch.setattr(MainWindow, "connection", property(lambda _self: None))
        view.approve()
        assert "Connect to QuickBooks first" in view.message.text.text()
        with rig.company.sessions() as s:
            assert {i.status for i in s.scalars(select(ApprovalItem))} == {ApprovalStatus.WAITING}
