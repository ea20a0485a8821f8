"""The window's undo (Sync log ▸ a run ▸ Undo this run…: the plan first, then the undo in the background with
cancel and resume) and its Reconciliation page (shown after a first sync, differences leading to their records,
a PDF to file)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from qbdesk.sandbox.chaos import FaultPlan
from qbdesk.store import Invoice, Link, SyncRun
from qbdesk.ui.reconcile.undo_dialog import UndoDialog
from qbdesk.ui.reconcile.view import RecordsDialog
from tests.ui.syncrig import WindowRig, connected_window
from tests.ui.test_accessibility import unnamed


@pytest.fixture
def rig(make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keychain: Path) -> Any:
    with connected_window(make_window, qtbot, tmp_path, monkeypatch, controller=True) as made:
        yield made


def _first_sync(rig: WindowRig, qtbot: Any) -> None:
    with qtbot.waitSignal(rig.window.syncFinished, timeout=60000) as finished:
        assert rig.window.sync_controller.start()
    assert finished.args[0].status == "completed"


def _links(rig: WindowRig) -> int:
    with rig.company.sessions() as s:
        return s.scalar(select(func.count()).select_from(Link)) or 0


def _open_undo(rig: WindowRig, qtbot: Any) -> UndoDialog:
    rig.window.show_page("sync_log")
    view = rig.window.sync_hub.log_view
    assert view is not None
    qtbot.waitUntil(lambda: view.model.is_idle() and view.model.rowCount() > 0, timeout=10000)
    assert not view.undo_button.isEnabled()  # nothing selected yet
    view.table.setCurrentIndex(view.model.index(0, 0))
    assert view.undo_button.isEnabled() and view.undo_button.text() == "Undo this run…"
    view.undo_button.click()
    dialog = rig.window.sync_hub.undo_dialog
    assert isinstance(dialog, UndoDialog)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30000)
    return dialog


def test_undo_from_the_sync_log_shows_the_plan_then_undoes_in_the_background(rig: WindowRig, qtbot: Any) -> None:
    before = {e: len(rig.qbo(e)) for e in ("Customer", "Invoice", "Payment")}
    _first_sync(rig, qtbot)
    assert _links(rig) > 0
    dialog = _open_undo(rig, qtbot)
    assert dialog.plan is not None
    groups = dialog.groups()
    assert any(g.startswith("To delete in QuickBooks (") for g in groups), groups
    assert any(g.startswith("To make inactive in QuickBooks (") for g in groups), groups
    assert any(g.startswith("To delete here (") for g in groups), groups
    assert dialog.windowTitle().startswith("Undo this run: Full sync, ")
    assert dialog.undo_button.isEnabled()
    assert unnamed(dialog) == []  # the plan's tree and every button have a name a screen reader can say
    with qtbot.waitSignal(dialog.undone, timeout=60000) as done:
        dialog.undo_button.click()
        assert dialog.pages.currentIndex() == 1 and dialog.cancel_button.isVisible()
        assert not dialog.close_button.isEnabled()  # closing waits for the undo (or its cancel)
    summary = done.args[0]
    assert summary.status == "completed" and summary.problems == 0
    assert dialog.headline.text() == "The run was undone: both sides are as they were before it."
    assert dialog.close_button.isEnabled() and not dialog.resume_button.isVisible()
    assert {e: len([r for r in rig.qbo(e) if r.get("Active", True)]) for e in before} == before
    assert _links(rig) == 0
    # The log shows the undo, and an undo's own entries cannot be undone.
    view = rig.window.sync_hub.log_view
    assert view is not None
    qtbot.waitUntil(lambda: view.model.is_idle() and view.model.rowCount() > 0
                    and view.model.rows[0].run_kind == "undo", timeout=10000)
    view.table.setCurrentIndex(view.model.index(0, 0))
    assert not view.undo_button.isEnabled()
    dialog.close()


def test_an_undo_cancelled_stops_and_resume_finishes_it(rig: WindowRig, qtbot: Any) -> None:
    _first_sync(rig, qtbot)
    dialog = _open_undo(rig, qtbot)
    rig.server.faults(rig.realm_id).configure(FaultPlan(latency_ms=(60.0, 90.0)), seed=1)
    with qtbot.waitSignal(dialog.undone, timeout=60000) as stopped:
        dialog.undo_button.click()
        dialog.cancel_button.click()
    assert stopped.args[0].status == "interrupted"
    assert dialog.resume_button.isVisible()
    assert "Resume continues where it stopped" in dialog.headline.text()
    qtbot.waitUntil(lambda: rig.window.sync_controller.interrupted_undo, timeout=10000)
    assert not rig.window.sync_now_action.isEnabled() and rig.window.resume_action.isEnabled()
    rig.server.faults(rig.realm_id).configure(FaultPlan(), seed=0)
    with qtbot.waitSignal(dialog.undone, timeout=60000) as finished:
        dialog.resume_button.click()
    assert finished.args[0].status == "completed"
    assert _links(rig) == 0
    with rig.company.sessions() as s:
        undos = list(s.scalars(select(SyncRun).where(SyncRun.kind == "undo")))
    assert len(undos) == 1  # resumed under its own id
    dialog.close()


def test_the_reconciliation_page_after_a_first_sync_leads_to_the_records_and_files_a_pdf(
        rig: WindowRig, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with qtbot.waitSignal(rig.window.syncFinished, timeout=60000):
        rig.window.sync_controller.start()
    view = rig.window.sync_hub.reconcile_view
    assert view is not None
    assert rig.window.pages.currentWidget() is rig.window.sync_hub.pages["reconciliation"]  # shown by itself
    qtbot.waitUntil(lambda: view.result is not None and not view.running, timeout=60000)
    assert view.result is not None and view.result.balanced
    assert view.verdict.text().startswith("<b>Balanced</b>")
    titles = [row[0] for row in view.checks_shown()]
    assert titles[0] == "Number of records" and "Open receivables (total)" in titles
    assert view.differences_shown() == [["None: every check agrees.", "", "", "", ""]]

    with rig.company.session() as s:  # an invoice changed here and not synced: a difference, named
        invoice = s.scalars(select(Invoice).order_by(Invoice.id)).first()
        assert invoice is not None
        invoice.lines[0].quantity += 1
        invoice_id = invoice.id
    opened: list[tuple[str, int]] = []
    monkeypatch.setattr(rig.window, "edit_record", lambda key, rid: opened.append((key, rid)))
    with qtbot.waitSignal(view.reconciled, timeout=60000):
        view.run_button.click()
    assert view.result is not None and not view.result.balanced
    rows = view.differences_shown()
    month = next(n for n, r in enumerate(rows) if r[0].startswith("Invoices, ") and r[0].endswith(": total"))
    view.differences.itemActivated.emit(view.differences.topLevelItem(month), 0)
    assert opened == [("invoices", invoice_id)]  # one record here: its editor, at once
    balance = next(n for n, r in enumerate(rows) if r[0].endswith(": open balance"))
    view.differences.itemActivated.emit(view.differences.topLevelItem(balance), 0)
    dialog = view.records_dialog
    assert isinstance(dialog, RecordsDialog) and dialog.tree.topLevelItemCount() >= 2
    invoice_row = next(dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())
                       if dialog.tree.topLevelItem(i).text(0).startswith("Invoice "))  # type: ignore[union-attr]
    dialog.tree.itemActivated.emit(invoice_row, 0)
    assert opened[-1] == ("invoices", invoice_id)
    dialog.close()

    target = tmp_path / "reconciliation.pdf"
    view.ask_pdf_path = lambda _parent, _suggested: str(target)
    with qtbot.waitSignal(view.saved, timeout=30000):
        view.pdf_button.click()
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_size > 5000
    assert view.message.isVisible()
