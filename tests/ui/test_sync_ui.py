"""The first sync from the window, against the sandbox over real HTTP and real company files.

The wizard is driven end to end with qtbot: settings change the counts live (re-planned in
the worker), Start sync runs in the background with progress on the home page, and a plan
after the sync has nothing left to do. Cancel then Resume from the home page; the worker's
signal contract; the controller's debouncing. Every wait is on GUI-thread objects
(the controller relays the worker's signals) — never a sleep.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from qbdesk.sandbox.chaos import FaultPlan
from qbdesk.sync.plan import R_ONLY_QBO, R_REFUND_ACCOUNT, Plan
from qbdesk.sync.settings import OneSided, SyncSettings
from qbdesk.ui.main_window import MainWindow
from qbdesk.ui.sync.panel import FIRST, IDLE, RUNNING
from qbdesk.ui.sync.wizard import FirstSyncWizard
from qbdesk.ui.sync.wizard.wizard import DATES, MATCHES, METHODS, NUMBERS, ONE_SIDED, REFUND, REVIEW
from tests.ui.test_accessibility import unnamed

TIMEOUT = 60_000


def _total(plan: Plan, key: str) -> int:
    return sum(getattr(c, key) for c in plan.counts.values())


def _wait_plan(qtbot: Any, wizard: FirstSyncWizard) -> Plan:
    """The plan of the settings the wizard shows now (an older answer may arrive first)."""
    controller = wizard.controller
    qtbot.waitUntil(lambda: not controller.is_planning and controller.last_plan is not None
                    and controller.last_plan.settings == wizard.current, timeout=TIMEOUT)
    plan = controller.last_plan
    assert plan is not None
    return plan


def _open_wizard(qtbot: Any, window: MainWindow) -> FirstSyncWizard:
    window.open_first_sync_wizard()
    wizard = window.wizard
    qtbot.waitUntil(lambda: wizard.choices is not None, timeout=TIMEOUT)
    _wait_plan(qtbot, wizard)
    return wizard


def test_home_offers_the_first_sync_when_connected(connected: MainWindow, qtbot: Any) -> None:
    panel = connected.sync_panel
    qtbot.waitUntil(lambda: panel.page == FIRST, timeout=TIMEOUT)
    assert panel.start_first_button.isVisible() and panel.start_first_button.isEnabled()
    # BPro shows the counts under the settings: the home page counts at once, in the worker
    qtbot.waitUntil(lambda: panel.counts.model.rowCount() > 0, timeout=TIMEOUT)
    assert connected.connection is not None and connected.wizard_action.isEnabled()


def test_the_wizard_end_to_end(connected: MainWindow, qtbot: Any) -> None:
    window = connected
    controller = window.sync_controller
    wizard = _open_wizard(qtbot, window)
    assert wizard.currentId() == ONE_SIDED  # connected already: the connect page is skipped
    unnamed_controls: list[str] = []  # every control of every page has a name a screen reader can say
    first = _wait_plan(qtbot, wizard)
    assert _total(first, "create_here") > 0 and _total(first, "create_in_qbo") > 0

    # records found only in QuickBooks: ignore → nothing is created here, and the reasons say why
    wizard.one_sided.ignore_qbo.click()
    ignored = _wait_plan(qtbot, wizard)
    assert _total(ignored, "create_here") == 0 and _total(ignored, "ignored") > 0
    assert "created here: 0 ·" in wizard.one_sided.effect.label.text().replace(",", "")
    assert any(op.reason == R_ONLY_QBO for op in ignored.operations)
    wizard.one_sided.create_here.click()
    assert _total(_wait_plan(qtbot, wizard), "create_here") == _total(first, "create_here")

    # possible matches come next, before anything is created (tests/ui/test_wizard_matches.py answers them)
    unnamed_controls += [f"page {wizard.currentId()}: {m}" for m in unnamed(wizard)]
    wizard.next()
    assert wizard.currentId() == MATCHES

    # a start date filters customers, invoices and payments only
    unnamed_controls += [f"page {wizard.currentId()}: {m}" for m in unnamed(wizard)]
    wizard.next()
    assert wizard.currentId() == DATES
    wizard.dates.from_date.click()
    wizard.dates.date.setDate(wizard.dates.date.date().addYears(-1))
    dated = _wait_plan(qtbot, wizard)
    assert sum(dated.counts[e].filtered for e in ("Customer", "Invoice", "Payment") if e in dated.counts) > 0
    assert dated.counts["Item"].filtered == 0
    wizard.dates.all_records.click()
    _wait_plan(qtbot, wizard)

    # refund account: read from QuickBooks in the worker; without one, refunds are blocked
    unnamed_controls += [f"page {wizard.currentId()}: {m}" for m in unnamed(wizard)]
    wizard.next()
    assert wizard.currentId() == REFUND
    combo = wizard.refund.account
    qtbot.waitUntil(combo.isEnabled, timeout=TIMEOUT)
    assert combo.count() > 1 and combo.currentData() is None
    no_account = _wait_plan(qtbot, wizard)
    blocked = sum(1 for op in no_account.operations if op.reason == R_REFUND_ACCOUNT)
    assert blocked > 0 and "blocked" in wizard.refund.effect.label.text()
    combo.setCurrentIndex(1)
    with_account = _wait_plan(qtbot, wizard)
    assert not any(op.reason == R_REFUND_ACCOUNT for op in with_account.operations)
    assert with_account.counts["RefundReceipt"].create_in_qbo == blocked

    # payment methods: both sides' methods; an unchecked one filters its payments
    unnamed_controls += [f"page {wizard.currentId()}: {m}" for m in unnamed(wizard)]
    wizard.next()
    assert wizard.currentId() == METHODS
    methods = wizard.refund.owner.choices.methods  # type: ignore[union-attr]
    assert methods and any(m.in_qbo for m in methods) and any(m.here for m in methods)
    before = with_account.counts["Payment"].filtered
    cash = next(m for m in methods if m.key == "cash") if any(m.key == "cash" for m in methods) else methods[0]
    wizard.methods.set_checked(cash.key, False)
    filtered = _wait_plan(qtbot, wizard)
    assert cash.key in filtered.settings.excluded_methods
    assert filtered.counts["Payment"].filtered > before

    # invoice numbers: QuickBooks' custom numbers are off in the practice company, so QuickBooks numbers them
    unnamed_controls += [f"page {wizard.currentId()}: {m}" for m in unnamed(wizard)]
    wizard.next()
    assert wizard.currentId() == NUMBERS
    qtbot.waitUntil(lambda: wizard.numbers.quickbooks.isChecked(), timeout=TIMEOUT)
    assert "<b>off</b>" in wizard.numbers.preference.text()

    # review: the choices, the counts panel, the reasons behind a count
    unnamed_controls += [f"page {wizard.currentId()}: {m}" for m in unnamed(wizard)]
    wizard.next()
    assert wizard.currentId() == REVIEW
    review = wizard.review
    qtbot.waitUntil(review.isComplete, timeout=TIMEOUT)
    assert review.counts.model.rowCount() == len(filtered.counts) + 1  # + the total row
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "Start sync: write to QuickBooks"
    unnamed_controls += [f"review: {m}" for m in unnamed(wizard)]
    assert sorted(set(unnamed_controls)) == [], "\n".join(sorted(set(unnamed_controls)))
    html = review.choices.text()
    assert "create here" in html and "1 unchecked" in html

    # Start sync: the wizard closes, the home page shows progress, the sync runs in the background
    with qtbot.waitSignal(window.syncFinished, timeout=TIMEOUT * 3) as finished:
        with qtbot.waitSignal(window.syncStarted, timeout=TIMEOUT):
            wizard.button(QWizard.WizardButton.FinishButton).click()
        assert window.sync_panel.page == RUNNING and controller.is_running
        qtbot.waitUntil(lambda: len(window.sync_panel.progress.rows) > 0, timeout=TIMEOUT)
    summary = finished.args[0]
    assert summary is not None and summary.status == "completed"
    assert summary.created_in_qbo > 0 and summary.created_here > 0
    bars = window.sync_panel.progress.rows
    assert all(row.bar.value() == row.bar.maximum() for row in bars.values())

    # the settings were saved, and a new plan (the home page counts again by itself) has nothing to do
    qtbot.waitUntil(lambda: controller.status is not None and controller.status.completed_full_sync,
                    timeout=TIMEOUT)
    assert controller.status is not None and controller.status.settings == filtered.settings
    qtbot.waitUntil(lambda: not controller.is_busy and controller.last_plan is not None
                    and controller.last_plan is not filtered and not controller.last_plan.writes(), timeout=TIMEOUT)
    again = controller.last_plan
    assert again is not None
    for entity, counts in again.counts.items():
        if counts.blocked == 0 and counts.ignored == 0:
            assert counts.in_qbo == counts.here == counts.matched, entity
    # after a first sync the window shows the reconciliation (proof the books agree); the home page is one click away
    assert window.pages.currentWidget() is window.sync_hub.pages["reconciliation"]
    window.show_page("home")
    assert window.sync_panel.page == IDLE and window.sync_panel.sync_now_button.isVisible()
    assert "completed" in window.sync_panel.result.text()


def test_an_ignored_count_lists_the_records_and_the_reason(connected: MainWindow, qtbot: Any) -> None:
    wizard = _open_wizard(qtbot, connected)
    wizard.one_sided.ignore_here.click()
    plan = _wait_plan(qtbot, wizard)
    wizard.setStartId(REVIEW)
    wizard.restart()
    panel = wizard.review.counts
    qtbot.waitUntil(lambda: panel.model.plan is plan, timeout=TIMEOUT)
    row = panel.model.entities.index("Customer")
    column = 1 + panel.model.keys.index("ignored")
    index = panel.model.index(row, column)
    assert panel.model.is_clickable(index)
    with qtbot.waitSignal(panel.details_shown):
        panel.table.clicked.emit(index)
    reasons = panel.reasons_dialog.reasons()
    assert any("Found only in this company file" in r for r in reasons)
    panel.reasons_dialog.close()
    wizard.reject()


def test_cancel_then_resume_from_the_home_page(connected: MainWindow, sandbox_server: Any, qtbot: Any) -> None:
    window = connected
    controller = window.sync_controller
    panel = window.sync_panel
    realm = controller.connection.config.realm_id  # type: ignore[union-attr]
    sandbox_server.faults(realm).configure(FaultPlan(latency_ms=(20.0, 30.0)))  # time to press Cancel
    with qtbot.waitSignal(window.syncFinished, timeout=TIMEOUT * 2) as stopped:
        assert controller.start(settings=SyncSettings())
        qtbot.waitUntil(lambda: any(r.done for r in panel.progress.rows.values()), timeout=TIMEOUT)
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
        assert not panel.cancel_button.isEnabled()
    assert stopped.args[0].status == "interrupted"
    qtbot.waitUntil(lambda: panel.page == IDLE and panel.resume_button.isVisible(), timeout=TIMEOUT)
    assert not panel.sync_now_button.isVisible() and window.resume_action.isEnabled()
    assert "interrupted" in panel.result.text()

    sandbox_server.faults(realm).configure(FaultPlan())
    with qtbot.waitSignal(window.syncFinished, timeout=TIMEOUT * 2) as resumed:
        qtbot.mouseClick(panel.resume_button, Qt.MouseButton.LeftButton)
    assert resumed.args[0].status == "completed"
    qtbot.waitUntil(lambda: not controller.is_busy and controller.last_plan is not None
                    and not controller.last_plan.writes() and controller.status is not None
                    and controller.status.interrupted_run is None, timeout=TIMEOUT)
    assert window.pages.currentWidget() is window.sync_hub.pages["reconciliation"]  # the first sync completed
    window.show_page("home")
    assert panel.sync_now_button.isVisible() and not panel.resume_button.isVisible()


def test_the_worker_contract_started_first_finished_last(connected: MainWindow, qtbot: Any) -> None:
    controller = connected.sync_controller
    qtbot.waitUntil(lambda: not controller.is_busy, timeout=TIMEOUT)  # the home page's own first count
    seen: list[str] = []
    controller.started.connect(lambda: seen.append("started"))
    controller.planned.connect(lambda _p: seen.append("planned"))
    controller.phase.connect(lambda _n: seen.append("phase"))
    controller.finished.connect(lambda _r: seen.append("finished"))
    with qtbot.waitSignal(controller.finished, timeout=TIMEOUT):
        controller.plan(SyncSettings(), refresh=True, debounce=False)
    assert seen[0] == "started" and seen[-1] == "finished" and "planned" in seen and "phase" in seen


def test_rapid_setting_changes_are_planned_once(connected: MainWindow, qtbot: Any) -> None:
    controller = connected.sync_controller
    qtbot.waitUntil(lambda: not controller.is_busy, timeout=TIMEOUT)
    plans: list[Plan] = []
    controller.planned.connect(plans.append)
    settings = [SyncSettings(only_in_qbo=OneSided.IGNORE), SyncSettings(only_here=OneSided.IGNORE),
                SyncSettings(only_in_qbo=OneSided.IGNORE, only_here=OneSided.IGNORE)]
    with qtbot.waitSignal(controller.planningChanged, timeout=TIMEOUT, check_params_cb=lambda busy: not busy):
        for s in settings:
            controller.plan(s)
    assert [p.settings for p in plans] == [settings[-1]]
    assert _total(plans[0], "create_here") == 0 and _total(plans[0], "create_in_qbo") == 0


def test_a_failed_plan_reports_and_still_finishes(connected: MainWindow, sandbox_server: Any, qtbot: Any) -> None:
    controller = connected.sync_controller
    realm = controller.connection.config.realm_id  # type: ignore[union-attr]
    controller.connection.client.backoff = 0.001  # type: ignore[union-attr]
    controller.connection.client.max_attempts = 1  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not controller.is_busy, timeout=TIMEOUT)
    sandbox_server.faults(realm).configure(FaultPlan(server_error=1.0))
    order: list[str] = []
    controller.failed.connect(lambda _i: order.append("failed"))
    controller.finished.connect(lambda _r: order.append("finished"))
    with qtbot.waitSignal(controller.finished, timeout=TIMEOUT):
        controller.plan(dataclasses.replace(SyncSettings(), since=None), refresh=True, debounce=False)
    assert order == ["failed", "finished"]
    assert controller.last_error is not None and not controller.reconnect_needed
    assert "could not be read" in connected.sync_panel.counts.status.text()  # said where the counts are
    sandbox_server.faults(realm).configure(FaultPlan())


def test_no_orm_object_crosses_threads(connected: MainWindow, qtbot: Any) -> None:
    """Everything the worker hands over is plain data (dataclasses of strings and numbers)."""
    from sqlalchemy.orm import DeclarativeBase

    controller = connected.sync_controller
    with qtbot.waitSignal(controller.finished, timeout=TIMEOUT):
        controller.plan(SyncSettings(), refresh=True, debounce=False)
    plan = controller.last_plan
    assert plan is not None
    assert not any(isinstance(v, DeclarativeBase) for op in plan.operations for v in dataclasses.astuple(op))
    status = controller.status
    assert status is not None and not isinstance(status.last_run, DeclarativeBase)


def test_later_changes_sync_automatically_on_the_interval(connected: MainWindow, qtbot: Any) -> None:
    from sqlalchemy import select

    from qbdesk.store import Customer, open_company

    window = connected
    controller = window.sync_controller
    qtbot.waitUntil(lambda: not controller.is_busy, timeout=TIMEOUT)
    controller._auto_sync()  # before any first sync: an automatic tick does nothing
    assert not controller.is_running
    with qtbot.waitSignal(window.syncFinished, timeout=TIMEOUT * 2) as first:
        assert controller.start(settings=SyncSettings())
    assert first.args[0].status == "completed"
    qtbot.waitUntil(lambda: not controller.is_busy and controller.status is not None
                    and controller.status.completed_full_sync, timeout=TIMEOUT)
    assert controller.auto_interval_ms == 15 * 60_000  # the default interval is on
    controller.set_interval(5)
    assert controller.auto_interval_ms == 5 * 60_000
    company = open_company(controller.company.url)  # type: ignore[union-attr]
    with company.session() as s:
        customer = s.scalars(select(Customer)).first()
        assert customer is not None
        customer.notes = "changed, to be sent by the next automatic sync"
    company.close()
    with qtbot.waitSignal(window.syncFinished, timeout=TIMEOUT * 2) as tick:
        controller._auto.timeout.emit()  # what the timer does every 5 minutes
    assert tick.args[0].status == "completed" and tick.args[0].updated >= 1
    controller.set_interval(0)
    assert controller.auto_interval_ms == 0


def test_a_killed_engine_process_is_explained_then_resumed_from_the_home_page(
        connected: MainWindow, sandbox_server: Any, qtbot: Any) -> None:
    """The engine runs in a process of its own: if it dies mid-sync, the window says so in a sentence, offers
    Resume, and the resumed sync (in a new engine process) finishes with nothing twice in QuickBooks."""
    import os
    import signal

    from tests.sync.probe import QboProbe

    window = connected
    controller = window.sync_controller
    panel = window.sync_panel
    connection = controller.connection
    assert connection is not None
    realm = connection.config.realm_id or ""
    sandbox_server.faults(realm).configure(FaultPlan(latency_ms=(20.0, 30.0)))  # a sync long enough to stop
    errors: list[Any] = []
    controller.failed.connect(errors.append)
    with qtbot.waitSignal(window.syncFinished, timeout=TIMEOUT * 2):
        assert controller.start(settings=SyncSettings())
        qtbot.waitUntil(lambda: any(r.done for r in panel.progress.rows.values()), timeout=TIMEOUT)
        pid = controller.engine_pid
        assert pid is not None and pid != os.getpid()
        os.kill(pid, signal.SIGKILL)
    assert [e.kind for e in errors] == ["EngineStopped"]
    assert "Resume continues where it stopped" in errors[0].message  # a sentence and what to do, no traceback
    qtbot.waitUntil(lambda: panel.page == IDLE and panel.resume_button.isVisible(), timeout=TIMEOUT)

    sandbox_server.faults(realm).configure(FaultPlan())
    with qtbot.waitSignal(window.syncFinished, timeout=TIMEOUT * 2) as resumed:
        qtbot.mouseClick(panel.resume_button, Qt.MouseButton.LeftButton)
    assert resumed.args[0].status == "completed"
    qtbot.waitUntil(lambda: not controller.is_busy, timeout=TIMEOUT)
    probe = QboProbe(connection.config.api_base, realm, connection.tokens.access_token())
    try:  # QuickBooks, asked over plain HTTP: every customer and invoice once
        for entity, key in (("Customer", "DisplayName"), ("Invoice", "DocNumber")):
            values = [str(row.get(key)) for row in probe.query(f"SELECT * FROM {entity}")]
            assert values and len(values) == len(set(values)), f"{entity}: a record twice in QuickBooks"
    finally:
        probe.close()
