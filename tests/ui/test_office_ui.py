"""Office mode in the window: the sync host shown live, requests sent to it, taking over, who is syncing.

The company is opened by this window (one desktop) while "FRONT-DESK" (another
desktop: its own company engine on the same database, its own Desktop id) is the
sync host. Nothing is driven by hand that the window should notice by itself:
the host change, the host's sync and its answers to requests reach the window
through its change watcher (SQLite's data_version here).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from qbdesk.store import Company, Customer, IssueStatus, PendingAction, RequestStatus, open_company
from qbdesk.store.locks import SyncLock
from qbdesk.store.office import Desktop
from qbdesk.sync.connection_config import save_config
from qbdesk.sync.engine import SyncEngine
from qbdesk.sync.office import set_sign_in_needed, take_over
from qbdesk.sync.problems import ProblemInput, record_problem
from qbdesk.ui.sync.panel import ELSEWHERE, IDLE
from qbdesk.ui.sync.problems.view import ProblemsView
from tests.ui.syncrig import WindowRig, connected_window
from tests.ui.test_problems_view import _one_colon_customer_and_taken_numbers

FRONT_DESK = Desktop("front-desk-0001", "FRONT-DESK")


@pytest.fixture
def rig(make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        keychain: Path) -> Iterator[WindowRig]:
    """The window, its company synced once (problems open), connected through its real sync controller."""
    with connected_window(make_window, qtbot, tmp_path, monkeypatch, custom_numbers=True, controller=True,
                          prepare=_one_colon_customer_and_taken_numbers) as made:
        with made.company.session() as s:
            save_config(s, made.connection.config)  # as signing in does: the realm is the company's
        made.sync()
        # The window hears of that sync through its change watcher and reads its status again.
        qtbot.waitUntil(lambda: made.window.sync_panel.page == IDLE, timeout=15000)
        yield made


@pytest.fixture
def front_desk(rig: WindowRig) -> Iterator[Company]:
    """FRONT-DESK's own view of the same company (another connection, as another desktop would have)."""
    company = open_company(rig.path)
    yield company
    company.close()


def _hand_over(rig: WindowRig, front_desk: Company, qtbot: Any) -> None:
    """FRONT-DESK becomes the sync host; the window must notice by itself."""
    take_over(front_desk, FRONT_DESK)
    panel = rig.window.sync_panel
    qtbot.waitUntil(lambda: panel.page == ELSEWHERE, timeout=15000)


def _problems(rig: WindowRig, qtbot: Any) -> ProblemsView:
    rig.window.show_page("problems")
    view = rig.window.sync_hub.problems_view
    assert view is not None
    qtbot.waitUntil(lambda: bool(view.items), timeout=10000)
    return view


def test_a_desktop_that_is_not_the_host_follows_the_host_and_drops_its_sign_in(
        rig: WindowRig, front_desk: Company, qtbot: Any) -> None:
    window, controller = rig.window, rig.window.sync_controller
    assert controller.is_host and window.sync_panel.page == IDLE
    _hand_over(rig, front_desk, qtbot)

    page = window.sync_panel.elsewhere
    assert "FRONT-DESK syncs this company" in page.headline.text()
    assert "FRONT-DESK" in window.sync_panel.state_label.text()
    # Its sign-in is no longer used here: QuickBooks rotates tokens, the host's are the live ones.
    assert controller.connection is None and not controller.is_host
    assert not window.sync_now_action.isEnabled() and window.take_over_action.isEnabled()
    assert not window.sync_panel.counts_box.isVisible()
    # QuickBooks refuses FRONT-DESK's sign-in: this desktop, which has none, is told (live).
    assert not page.sign_in.isVisible()
    set_sign_in_needed(front_desk, True)
    qtbot.waitUntil(page.sign_in.isVisible, timeout=15000)
    assert "FRONT-DESK's sign-in" in page.sign_in.text()
    set_sign_in_needed(front_desk, False)
    qtbot.waitUntil(lambda: not page.sign_in.isVisible(), timeout=15000)


def test_problem_actions_from_another_desktop_are_carried_out_by_the_host(
        rig: WindowRig, front_desk: Company, qtbot: Any) -> None:
    window = rig.window
    _hand_over(rig, front_desk, qtbot)
    # A customer here that QuickBooks has no exact match for (TaxDome's "no exact match" row): the user picks
    # "Create in QuickBooks". That needs the connection, which only FRONT-DESK has: it becomes a request.
    with rig.company.session() as s:
        customer = Customer(display_name="Harbor View Nursery")
        s.add(customer)
        s.flush()
        issue_id = record_problem(s, ProblemInput("Customer", str(customer.id), None, customer.display_name,
                                                  "engine", "no_match", "No exact match")).id
    view = _problems(rig, qtbot)
    qtbot.waitUntil(lambda: issue_id in view.items, timeout=10000)
    assert view.select_problem(issue_id)
    qtbot.waitUntil(lambda: view.detail.item is not None and view.detail.item.id == issue_id, timeout=5000)
    with qtbot.waitSignal(view.action_finished, timeout=10000):
        view.run_action("create")
    assert "Sent to FRONT-DESK, the sync host" in view.message.text.text()
    with rig.company.sessions() as s:
        request = s.scalars(select(PendingAction)).one()
        assert (request.action, request.issue_id, request.status) == ("create", issue_id, RequestStatus.PENDING)
    assert not [c for c in rig.qbo("Customer") if c["DisplayName"] == "Harbor View Nursery"]

    window.show_page("home")
    page = window.sync_panel.elsewhere
    qtbot.waitUntil(lambda: "waiting" in page.requests.text(), timeout=10000)

    # FRONT-DESK's next sync carries the request out first; this window hears of it by itself.
    SyncEngine(front_desk, rig.connection.client, desktop=FRONT_DESK).run()
    created = [c for c in rig.qbo("Customer") if c["DisplayName"] == "Harbor View Nursery"]
    assert len(created) == 1
    qtbot.waitUntil(lambda: "done" in page.requests.text(), timeout=15000)
    assert "request(s) waiting" not in page.requests.text()
    assert rig.issues(id=issue_id)[0].status is IssueStatus.RESOLVED
    assert "Last sync completed" in page.activity.text()


def test_the_host_s_sync_is_followed_live_with_its_progress(
        rig: WindowRig, front_desk: Company, qtbot: Any, tmp_path: Path) -> None:
    _hand_over(rig, front_desk, qtbot)
    page = rig.window.sync_panel.elsewhere
    # FRONT-DESK syncing: it holds the lock and its run has written part of its journal.
    from datetime import UTC, datetime

    from qbdesk.store import JournalEntry, JournalState, RunStatus, SyncRun

    with SyncLock(front_desk, rig.realm_id, FRONT_DESK):
        with front_desk.session() as s:
            run = SyncRun(id="run-front-desk", kind="incremental", status=RunStatus.RUNNING,
                          started_at=datetime.now(UTC),
                          counts={"Customer": {"create_in_qbo": 3, "create_here": 1, "update": 1}})
            s.add(run)
            for n, state in enumerate((JournalState.DONE, JournalState.DONE, JournalState.SENT)):
                s.add(JournalEntry(run_id=run.id, seq=n, operation="create", entity_type="Customer",
                                   state=state, created_at=datetime.now(UTC)))
        qtbot.waitUntil(lambda: "Syncing now on" in page.activity.text(), timeout=15000)
        assert "2 of 5 records" in page.activity.text()
        assert page.bar.isVisible() and (page.bar.value(), page.bar.maximum()) == (2, 5)
        # Meanwhile "Sync now" is not offered here: this desktop is not the host.
        assert not rig.window.sync_now_action.isEnabled()
    qtbot.waitUntil(lambda: "Syncing now" not in page.activity.text(), timeout=15000)
    assert not page.bar.isVisible()


def test_taking_over_asks_first_then_makes_this_desktop_the_host_and_asks_to_sign_in(
        rig: WindowRig, front_desk: Company, qtbot: Any) -> None:
    window = rig.window
    _hand_over(rig, front_desk, qtbot)
    qtbot.mouseClick(window.sync_panel.elsewhere.take_over_button, Qt.MouseButton.LeftButton)
    box = window.take_over_box
    qtbot.waitUntil(box.isVisible, timeout=5000)
    assert "instead of FRONT-DESK" in box.text()
    assert "FRONT-DESK stops syncing this company" in box.informativeText()
    take = box.findChild(QPushButton, "takeOverButton")
    assert take is not None
    qtbot.mouseClick(take, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(window, "connect_dialog", None) is not None
                    and window.connect_dialog.isVisible(), timeout=10000)
    from qbdesk.store.office import current_host

    with rig.company.sessions() as s:
        host = current_host(s)
    assert host is not None and host.is_(window.desktop) and not host.is_(FRONT_DESK)
    qtbot.waitUntil(lambda: window.sync_panel.page != ELSEWHERE, timeout=10000)
    window.connect_dialog.reject()


def test_a_sync_refused_because_another_process_syncs_says_who(
        rig: WindowRig, front_desk: Company, qtbot: Any) -> None:
    window, controller = rig.window, rig.window.sync_controller
    panel = window.sync_panel
    with SyncLock(front_desk, rig.realm_id, window.desktop):  # `qbdesk sync` on this same desktop, say
        qtbot.waitUntil(lambda: "is syncing this company now" in panel.host_label.text(), timeout=15000)
        with qtbot.waitSignal(controller.syncFinished, timeout=15000):
            assert controller.start()
        assert "Another qbdesk is syncing this company: on" in panel.result.text()
    qtbot.waitUntil(lambda: not panel.host_label.isVisible(), timeout=15000)


def test_changes_approved_on_another_desktop_are_carried_out_by_the_host(
        make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keychain: Path) -> None:
    from qbdesk.store import Vendor
    from tests.ui.test_approvals_view import _approvals, _changes_waiting

    with connected_window(make_window, qtbot, tmp_path, monkeypatch, controller=True) as rig:
        with rig.company.session() as s:
            save_config(s, rig.connection.config)
        rig.sync()
        rig.settings(review_changes=True)
        _changes_waiting(rig)  # two customers changed here, a vendor created in QuickBooks
        front_desk = open_company(rig.path)
        try:
            _hand_over(rig, front_desk, qtbot)
            view = _approvals(rig, qtbot, 3)
            vendor_item = view.tree.topLevelItem(0).child(0)  # type: ignore[union-attr]
            assert vendor_item.text(0) == "Approval Supplies"
            kept = view.tree.topLevelItem(1).child(0)  # type: ignore[union-attr]
            kept.setCheckState(0, Qt.CheckState.Unchecked)  # approve the vendor and one customer only
            with qtbot.waitSignal(view.approved, timeout=10000):
                qtbot.mouseClick(view.approve_button, Qt.MouseButton.LeftButton)
            assert "Sent to FRONT-DESK, the sync host" in view.message.text.text()
            with rig.company.sessions() as s:
                request = s.scalars(select(PendingAction)).one()
                assert request.kind == "approve" and request.status is RequestStatus.PENDING
                assert s.scalars(select(Vendor).where(Vendor.display_name == "Approval Supplies")).first() is None

            SyncEngine(front_desk, rig.connection.client, desktop=FRONT_DESK).run()
            with rig.company.sessions() as s:
                assert s.scalars(select(PendingAction)).one().status is RequestStatus.DONE
                assert s.scalars(select(Vendor).where(Vendor.display_name == "Approval Supplies")).first() \
                    is not None
            # The list follows by itself: what the host approved leaves it, the unchecked change is kept.
            qtbot.waitUntil(lambda: len(view.rows) == 1, timeout=15000)
        finally:
            front_desk.close()


def test_open_shared_company_from_the_menu_keeps_the_password_in_the_keychain_only(
        window: Any, qtbot: Any, keychain: Path, postgres_server: Any, tmp_path: Path) -> None:
    """Company → Open shared company…: the window opens it, remembers the address without the password, and
    a recent entry whose password is no longer right brings the dialog back saying so."""
    import keyring
    from sqlalchemy.engine import make_url

    from qbdesk.store.credentials import SERVICE, password_entry, save_password, without_password

    url = postgres_server.create("window")
    try:
        open_company(url, create=True).close()
        password = str(url.password or "")
        if not password:
            pytest.skip("the test server's URL has no password; .ci/run's server checks passwords")
        bare = without_password(url)
        window.open_shared_action.trigger()
        dialog = window.shared_dialog
        qtbot.waitUntil(lambda: dialog.isVisible() and dialog.keychain_usable is not None, timeout=10000)
        dialog.host.setText(bare.host or "")
        dialog.port.setText(str(bare.port or 5432))
        dialog.database.setText(bare.database or "")
        dialog.user.setText(bare.username or "")
        dialog.password.setText(password)
        with qtbot.waitSignal(window.summary_shown, timeout=20000):
            qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        assert window.company is not None and window.company.url.password is None
        assert keyring.get_password(SERVICE, password_entry(bare)) == password
        recent = window.state.recent_companies()
        assert recent and make_url(recent[0]).database == bare.database and password not in recent[0]
        assert window.sync_controller.desktop is not None and window.watcher.running

        # The password changed on the server meanwhile (here: a wrong one in the keychain): reopening the
        # recent entry explains it in the dialog instead of a bare driver error.
        save_password(bare, "not-the-password")
        window.open_company(recent[0])
        qtbot.waitUntil(lambda: window.shared_dialog is not dialog and window.shared_dialog.isVisible(),
                        timeout=20000)
        again = window.shared_dialog
        qtbot.waitUntil(lambda: again.message.isVisible(), timeout=10000)
        assert "password" in again.message.text.text().lower()
        assert again.database.text() == bare.database
        assert keyring.get_password(SERVICE, password_entry(bare)) is None  # a wrong password is not kept
        again.reject()
    finally:
        window.close()
        postgres_server.drop(url)


def test_the_change_watcher_coalesces_a_burst_and_stops_promptly(company_file: Path, qtbot: Any) -> None:
    """Five commits from another connection → one ``changed``; after ``stop`` nothing more arrives."""
    from qbdesk.ui.office.change_watcher import ChangeWatcher

    company = open_company(company_file)
    other = open_company(company_file)
    watcher = ChangeWatcher(coalesce_ms=400)
    heard: list[frozenset[str]] = []
    watcher.changed.connect(heard.append)
    try:
        watcher.start(company)
        qtbot.waitUntil(lambda: watcher.running, timeout=5000)
        for n in range(5):
            with other.session() as s:
                first = s.scalars(select(Customer).limit(1)).one()
                first.notes = f"edit {n}"
        qtbot.waitUntil(lambda: len(heard) >= 1, timeout=10000)
        qtbot.wait(800)  # a second burst would need a second commit: none comes
        assert len(heard) == 1 and heard[0] == frozenset()  # SQLite cannot say which tables: "anything"
        watcher.stop(wait_s=2.0)
        assert not watcher.running
        with other.session() as s:
            s.scalars(select(Customer).limit(1)).one().notes = "after stop"
        qtbot.wait(800)
        assert len(heard) == 1
    finally:
        watcher.stop(wait_s=2.0)
        company.close()
        other.close()


def test_waiting_requests_can_be_withdrawn_before_the_host_starts_them(
        rig: WindowRig, front_desk: Company, qtbot: Any) -> None:
    from qbdesk.sync.office import Office

    window = rig.window
    _hand_over(rig, front_desk, qtbot)
    mine = Office(rig.company, window.desktop)
    issue_id = rig.issues(status=IssueStatus.OPEN)[0].id
    mine.request_problem_action(issue_id, "create")
    other = Office(front_desk, Desktop("back-office-0002", "BACK-OFFICE")).request_problem_action(issue_id, "bypass")
    page = window.sync_panel.elsewhere
    qtbot.waitUntil(page.withdraw_button.isVisible, timeout=15000)
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.withdraw_button.isVisible(), timeout=15000)
    assert "cancelled" in page.requests.text()
    with rig.company.sessions() as s:
        states = {r.requested_by: r.status for r in s.scalars(select(PendingAction))}
    assert states == {window.desktop.id: RequestStatus.CANCELLED, "back-office-0002": RequestStatus.PENDING}
    assert other.status == "pending"  # another desktop's request is theirs to withdraw
