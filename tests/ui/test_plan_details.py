"""The counts panel after a first sync: a row opens what the next sync will do, field by field, in three languages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from qbdesk.store import Customer
from qbdesk.store.syncdata import Link
from qbdesk.sync.engine import SyncEngine
from qbdesk.ui.sync.counts_panel import CountsPanel
from tests.ui.syncrig import WindowRig, connected_window


def _changed_on_both_sides(rig: WindowRig) -> tuple[str, str]:
    """A customer's e-mail changed here, another's company name changed in QuickBooks; their names."""
    with rig.company.session() as s:
        here, there = list(s.scalars(select(Customer).where(Customer.parent_id.is_(None)).order_by(Customer.id)
                                     .limit(2)))
        here.email = "accounts@example.com"
        link = s.scalars(select(Link).where(Link.entity_type == "Customer", Link.local_id == there.id)).one()
        names = here.display_name, there.display_name
    current = rig.server.sandbox.get(rig.realm_id, "Customer", link.qbo_id or "")
    assert current is not None
    rig.server.sandbox.write(rig.realm_id, "Customer", {"Id": link.qbo_id, "SyncToken": current["SyncToken"],
                                                        "sparse": True, "CompanyName": "Renamed There Ltd"})
    rig.server.advance(60)
    return names


@pytest.mark.parametrize(("language", "email", "company", "here", "qbo"), [
    ("en", "E-mail", "Company", "Here", "In QuickBooks"),
    ("fr", "E-mail", "Société", "Ici", "Dans QuickBooks"),
    ("es", "Correo electrónico", "Empresa", "Aquí", "En QuickBooks"),
])
def test_a_row_of_the_counts_panel_opens_the_operations_with_their_fields(
        make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keychain: Path,
        translators: Any, qapp: Any, language: str, email: str, company: str, here: str, qbo: str) -> None:
    translators.install(qapp, language)
    with connected_window(make_window, qtbot, tmp_path, monkeypatch, language=language) as rig:
        rig.sync()
        sent, received = _changed_on_both_sides(rig)
        plan = SyncEngine(rig.company, rig.connection.client).plan()
        assert plan.counts["Customer"].update == 2
        panel = CountsPanel()
        qtbot.addWidget(panel)
        panel.set_plan(plan)
        row = panel.model.entities.index("Customer")
        index = panel.model.index(row, 1 + panel.model.keys.index("update"))
        assert panel.model.is_clickable(index)
        with qtbot.waitSignal(panel.details_shown):
            panel.table.clicked.emit(index)
        dialog = panel.operations_dialog
        headers = [dialog.tree.headerItem().text(c) for c in range(4)]
        assert headers[2:] == [here, qbo]
        assert len(dialog.groups()) == 2  # one update to send, one to take over
        fields = dialog.fields()
        assert (email, "accounts@example.com") in [(f, h) for f, h, _ in fields]
        assert (company, "Renamed There Ltd") in [(f, q) for f, _, q in fields]
        records = [dialog.tree.topLevelItem(i).child(j).text(0)  # type: ignore[union-attr]
                   for i in range(dialog.tree.topLevelItemCount())
                   for j in range(dialog.tree.topLevelItem(i).childCount())]  # type: ignore[union-attr]
        assert sorted(records) == sorted([sent, received])
        dialog.close()
        # The record type's own cell opens every operation of the type.
        with qtbot.waitSignal(panel.details_shown):
            panel.table.clicked.emit(panel.model.index(row, 0))
        assert len(panel.operations_dialog.groups()) == 2
        panel.operations_dialog.close()
