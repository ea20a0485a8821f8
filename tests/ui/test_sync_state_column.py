"""The records' Sync column: each record's state from its link and open problems, read with its page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from sqlalchemy.orm import Session

from qbdesk.sandbox.server import SandboxServer
from qbdesk.store import Customer, IssueStatus, Link, LinkState
from qbdesk.store.types import utcnow
from qbdesk.ui.company.records.model import RAW_ROLE
from qbdesk.ui.main_window import MainWindow
from tests.ui.conftest import wait_loaded
from tests.ui.syncrig import connected_window


def _colon(s: Session, _server: SandboxServer, _realm: str) -> None:
    s.add(Customer(display_name="Lakeside: Yoga"))


def _states(window: MainWindow, qtbot: Any) -> dict[int, tuple[str, str]]:
    assert window.browser is not None
    view = window.browser.show_type("customers")
    window.show_page("records")
    wait_loaded(qtbot, view)
    model = view.model
    assert not view.table.isColumnHidden(model.sync_column)
    assert model.headerData(model.sync_column, Qt.Orientation.Horizontal) == "Sync"
    out = {}
    for row in range(model.rowCount()):
        record_id = model.record_id(row)
        index = model.index(row, model.sync_column)
        out[record_id or 0] = (model.data(index, RAW_ROLE), model.data(index))
    return out


def test_every_state_shows_with_its_words(make_window: Any, qtbot: Any, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch, keychain: Path) -> None:
    with connected_window(make_window, qtbot, tmp_path, monkeypatch, prepare=_colon, here_size=150) as rig:
        before = _states(rig.window, qtbot)
        assert {raw for raw, _text in before.values()} == {"not_synced"}
        assert next(iter(before.values()))[1] == "Not yet synced"

        rig.sync()
        with rig.company.session() as s:
            colon = s.scalars(select(Customer.id).where(Customer.display_name == "Lakeside: Yoga")).one()
            linked = list(s.scalars(select(Link).where(Link.entity_type == "Customer",
                                                       Link.state == LinkState.LINKED).order_by(Link.local_id)))
            bypassed, by_choice, deleted = linked[0].local_id, linked[1].local_id, linked[2].local_id
            still_linked = linked[3].local_id
            linked[0].state, linked[1].state, linked[2].state = (LinkState.BYPASSED, LinkState.DONT_SYNC,
                                                                 LinkState.DELETED_IN_QBO)
            fresh = Customer(display_name="Walk-in After The Sync")
            s.add(fresh)
            s.flush()
            fresh_id = fresh.id
            s.add(Link(entity_type="Customer", local_id=None, qbo_id="999", state=LinkState.IGNORED,
                       created_at=utcnow(), updated_at=utcnow()))
        assert rig.issues(local_id=colon, status=IssueStatus.OPEN)
        rig.window.browser.reload_all()  # type: ignore[union-attr]
        states = _states(rig.window, qtbot)
        assert states[colon] == ("problem", "Problem")
        assert states[bypassed] == ("bypassed", "Bypassed")
        assert states[by_choice] == ("by_choice", "Not synced by choice")
        assert states[deleted] == ("deleted_in_qbo", "Deleted in QuickBooks")
        assert states[still_linked] == ("linked", "Linked")
        assert states[fresh_id] == ("not_synced", "Not yet synced")
        model = rig.window.browser.view("customers").model  # type: ignore[union-attr]
        row = model.row_of(colon)
        assert row is not None
        assert "see Problems" in model.data(model.index(row, model.sync_column), Qt.ItemDataRole.ToolTipRole)


def test_the_column_follows_problem_actions_without_a_reload(make_window: Any, qtbot: Any, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch, keychain: Path) -> None:
    with connected_window(make_window, qtbot, tmp_path, monkeypatch, prepare=_colon) as rig:
        rig.sync()
        with rig.company.sessions() as s:
            colon = s.scalars(select(Customer.id).where(Customer.display_name == "Lakeside: Yoga")).one()
        assert _states(rig.window, qtbot)[colon][0] == "problem"
        rig.window.show_page("problems")
        view = rig.window.sync_hub.problems_view
        assert view is not None
        qtbot.waitUntil(lambda: bool(view.items), timeout=10000)
        assert view.select_problem(next(iter(view.items)))
        with qtbot.waitSignal(view.action_finished, timeout=10000):
            view.run_action("skip")
        model = rig.window.browser.view("customers").model  # type: ignore[union-attr]
        row = model.row_of(colon)
        assert row is not None
        qtbot.waitUntil(lambda: model.data(model.index(row, model.sync_column), RAW_ROLE) == "not_synced",
                        timeout=10000)
