"""The first-sync wizard protects the user: possible matches answered before anything is created, the steps
named, payments counted per method, what is unchecked named, a warning with a way back, and the one button
that writes to QuickBooks saying so — driven with qtbot against the sandbox over real HTTP.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import select

from qbdesk.store import Customer, open_company
from qbdesk.store.syncdata import MatchDecision, MatchVerdict
from qbdesk.sync.plan import Plan
from qbdesk.ui.main_window import MainWindow
from qbdesk.ui.sync.wizard import FirstSyncWizard
from qbdesk.ui.sync.wizard.wizard import MATCHES, METHODS, ONE_SIDED, REVIEW
from tests.sync.probe import QboProbe
from tests.ui.conftest import connect_file

TIMEOUT = 60_000


@pytest.fixture
def lookalikes(window: MainWindow, sync_file: Path, sandbox_server: Any, keychain: Path,
               qtbot: Any) -> tuple[MainWindow, dict[str, tuple[int, str, str]]]:
    """A connected window whose company file holds customers written a little differently from QuickBooks':
    rule → (id here, QuickBooks Id, QuickBooks' name)."""
    realm = connect_file(sandbox_server, sync_file)
    theirs = [c for c in sandbox_server.sandbox.entities(realm, "Customer") if not c.get("ParentRef")]
    company = open_company(sync_file)
    with company.session() as s:
        made = {"name": (Customer(display_name=theirs[0]["DisplayName"] + "."), theirs[0]),
                "email": (Customer(display_name="Zebulon Quackenbush",
                                   email=theirs[1]["PrimaryEmailAddr"]["Address"]), theirs[1])}
        s.add_all(c for c, _ in made.values())
        s.flush()
        ours = {rule: (c.id, t["Id"], t["DisplayName"]) for rule, (c, t) in made.items()}
    company.close()
    with qtbot.waitSignal(window.summary_shown, timeout=15000):
        window.open_company(str(sync_file))
    controller = window.sync_controller
    qtbot.waitUntil(lambda: controller.connection is not None and controller.status is not None, timeout=15000)
    return window, ours


def _plan(qtbot: Any, wizard: FirstSyncWizard, *, after: Plan | None = None) -> Plan:
    controller = wizard.controller
    qtbot.waitUntil(lambda: not controller.is_planning and controller.last_plan is not None
                    and controller.last_plan is not after and controller.last_plan.settings == wizard.current,
                    timeout=TIMEOUT)
    plan = controller.last_plan
    assert plan is not None
    return plan


def _pairs(plan: Plan) -> set[tuple[str, str, str]]:
    return {(m.entity, m.local_id, m.qbo_id) for found in plan.possible_matches.values() for m in found}


def test_possible_matches_are_answered_before_anything_is_created(lookalikes: Any, sandbox_server: Any,
                                                                 qtbot: Any) -> None:
    window, ours = lookalikes
    window.open_first_sync_wizard()
    wizard = window.wizard
    qtbot.waitUntil(lambda: wizard.choices is not None, timeout=TIMEOUT)
    first = _plan(qtbot, wizard)
    name_pair = ("Customer", str(ours["name"][0]), ours["name"][1])
    email_pair = ("Customer", str(ours["email"][0]), ours["email"][1])
    assert {name_pair, email_pair} <= _pairs(first)

    # The steps are named, with where the user is.
    assert wizard.currentId() == ONE_SIDED
    assert wizard.steps.current_text() == "Step 1 of 7"
    wizard.next()
    assert wizard.currentId() == MATCHES
    assert wizard.steps.current_text() == "Step 2 of 7"
    assert "Possible matches" in wizard.steps.names()

    page = wizard.matches
    qtbot.waitUntil(lambda: page.cell(name_pair) is not None, timeout=TIMEOUT)
    assert page.table.rowCount() == len(_pairs(first))
    row_texts = [page.table.item(r, 3).text() for r in range(page.table.rowCount())]  # type: ignore[union-attr]
    assert any("same e-mail" in text for text in row_texts)

    # "Same record": stored in the company file, and the counts follow (one pair linked, created on neither side).
    cell = page.cell(name_pair)
    assert cell is not None
    qtbot.mouseClick(cell.same, Qt.MouseButton.LeftButton)
    same = _plan(qtbot, wizard, after=first)
    customers, before = same.counts["Customer"], first.counts["Customer"]
    assert (customers.matched, customers.create_in_qbo, customers.create_here) == (
        before.matched + 1, before.create_in_qbo - 1, before.create_here - 1)
    assert name_pair not in _pairs(same)
    assert page.cell(name_pair) is not None  # still on screen: the answer can change
    different = page.cell(email_pair)
    assert different is not None
    qtbot.mouseClick(different.different, Qt.MouseButton.LeftButton)
    refused = _plan(qtbot, wizard, after=same)
    assert email_pair not in _pairs(refused)
    company = window.sync_controller.company
    assert company is not None
    with company.session() as s:
        stored = {(d.entity_type, str(d.local_id), d.qbo_id): d.verdict for d in s.scalars(select(MatchDecision))}
    assert stored == {name_pair: MatchVerdict.SAME, email_pair: MatchVerdict.DIFFERENT}

    # The review names what stays unanswered, with a link back to the step.
    while wizard.currentId() != REVIEW:
        wizard.next()
    assert wizard.steps.current_text() == "Step 7 of 7"
    review = wizard.review
    qtbot.waitUntil(review.isComplete, timeout=TIMEOUT)
    review.show_plan(refused)
    if _pairs(refused):
        assert "href='matches'" in review.warning.text()
        review.warning.linkActivated.emit("matches")
        assert wizard.currentId() == MATCHES
        while wizard.currentId() != REVIEW:
            wizard.next()
        qtbot.waitUntil(review.isComplete, timeout=TIMEOUT)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert "QuickBooks" in finish.text()

    # Start: the accepted pair is linked, not created in QuickBooks; the refused one is — asked over plain HTTP.
    controller = window.sync_controller
    connection = controller.connection
    assert connection is not None
    with qtbot.waitSignal(window.syncFinished, timeout=TIMEOUT * 3) as finished:
        finish.click()
    assert finished.args[0] is not None and finished.args[0].status == "completed"
    probe = QboProbe(sandbox_server.api_base, connection.config.realm_id or "", connection.tokens.access_token())
    names = [c["DisplayName"] for c in probe.live("Customer").values()]
    probe.close()
    assert names.count(ours["name"][2]) == 1 and ours["name"][2] + "." not in names
    assert "Zebulon Quackenbush" in names and ours["email"][2] in names


def test_payment_methods_counted_and_what_is_unchecked_named(lookalikes: Any, qtbot: Any) -> None:
    window, _ours = lookalikes
    window.open_first_sync_wizard()
    wizard = window.wizard
    qtbot.waitUntil(lambda: wizard.choices is not None, timeout=TIMEOUT)
    plan = _plan(qtbot, wizard)
    wizard.setStartId(METHODS)
    wizard.restart()
    methods = wizard.methods
    counted = {key: c for key, c in plan.payments_by_method.items() if key}
    assert counted
    key, counts = max(counted.items(), key=lambda item: item[1].here + item[1].in_qbo)
    text = methods.item_text(key)
    assert f"{counts.here} here" in text or f"{counts.in_qbo} in QuickBooks" in text
    methods.set_checked(key, False)
    unchecked = _plan(qtbot, wizard, after=plan)
    name = next(m.name for m in wizard.choices.methods if m.key == key)  # type: ignore[union-attr]
    assert name in methods.effect.label.text()
    wizard.review.describe(unchecked.settings)
    assert name in wizard.review.choices.text()
