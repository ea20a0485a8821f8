"""The first-sync wizard's invoice-numbers step: a decision with its counts, a one-click way out of clashes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from qbdesk.sync.plan import R_CUSTOM_NUMBERS_OFF, R_DOC_NUMBER_TAKEN, Plan
from qbdesk.sync.settings import Numbering
from qbdesk.ui.main_window import MainWindow
from qbdesk.ui.sync.wizard import FirstSyncWizard
from qbdesk.ui.sync.wizard.wizard import NUMBERS, REVIEW

TIMEOUT = 60_000


def _plan(qtbot: Any, wizard: FirstSyncWizard, *, after: Plan | None = None) -> Plan:
    controller = wizard.controller
    qtbot.waitUntil(lambda: not controller.is_planning and controller.last_plan is not None
                    and controller.last_plan is not after and controller.last_plan.settings == wizard.current,
                    timeout=TIMEOUT)
    plan = controller.last_plan
    assert plan is not None
    return plan


def _reasons(plan: Plan, reason: str) -> int:
    return sum(1 for op in plan.operations if op.reason == reason)


def test_the_numbers_step_decides_with_its_counts(connected: MainWindow, sandbox_server: Any, qtbot: Any) -> None:
    controller = connected.sync_controller
    assert controller.connection is not None
    realm = controller.connection.config.realm_id or ""
    sandbox_server.sandbox.set_preferences(realm, custom_txn_numbers=True)
    connected.open_first_sync_wizard()
    wizard = connected.wizard
    plan = _plan(qtbot, wizard)
    page = wizard.numbers
    # Custom numbers on in QuickBooks: keeping the numbers is what is proposed, and the page says why.
    qtbot.waitUntil(lambda: page.keep.isChecked(), timeout=TIMEOUT)
    assert "<b>on</b>" in page.preference.text()
    plan = _plan(qtbot, wizard, after=None)
    taken = _reasons(plan, R_DOC_NUMBER_TAKEN)
    assert taken > 0, "the sample company's invoice numbers overlap QuickBooks': some clash"
    assert page.renumber_button.isVisibleTo(page)
    assert str(taken) in page.effect.label.text()

    # The review page warns, with a way back to the step.
    wizard.setStartId(REVIEW)
    wizard.restart()
    review = wizard.review
    review.show_plan(plan)
    assert review.warning.isVisibleTo(review) and "href='numbers'" in review.warning.text()

    # One click gives the clashing ones the next free numbers: nothing is blocked by a number any more.
    wizard.setStartId(NUMBERS)
    wizard.restart()
    qtbot.mouseClick(page.renumber_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.last_plan is not None and not controller.is_planning
                    and _reasons(controller.last_plan, R_DOC_NUMBER_TAKEN) == 0, timeout=TIMEOUT)
    assert not page.renumber_button.isVisibleTo(page)

    # Letting QuickBooks number them: nothing numbered is blocked, and the plan says who numbers.
    page.quickbooks.click()
    plan = _plan(qtbot, wizard)
    assert plan.numbering is Numbering.QUICKBOOKS and wizard.current.numbering is Numbering.QUICKBOOKS
    assert "numbered by QuickBooks" in page.effect.label.text()

    # Keeping numbers while QuickBooks' custom numbers are off: blocked, with what to do and a way to count again.
    sandbox_server.sandbox.set_preferences(realm, custom_txn_numbers=False)
    page.keep.click()
    qtbot.mouseClick(page.recount, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.last_plan is not None and not controller.is_planning
                    and _reasons(controller.last_plan, R_CUSTOM_NUMBERS_OFF) > 0, timeout=TIMEOUT)
    assert "<b>off</b>" in page.preference.text() and page.recount.isVisibleTo(page)
    assert "custom transaction numbers" in page.effect.label.text()
    wizard.reject()
