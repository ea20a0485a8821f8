"""The Problems page against a sandbox QuickBooks company: problems arrive grouped and explained after a
sync, and the actions clicked in the window change the company file the way ``qbdesk resolve`` would."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from qbdesk.sandbox.server import SandboxServer
from qbdesk.store import Customer, Invoice, InvoiceLine, IssueStatus, Link, LinkState
from qbdesk.ui.sync.problems.view import ProblemsView
from tests.ui.syncrig import WindowRig, connected_window, english


def _problems(rig: WindowRig, qtbot: Any) -> ProblemsView:
    rig.window.show_page("problems")
    view = rig.window.sync_hub.problems_view
    assert view is not None
    qtbot.waitUntil(lambda: not view.busy and bool(view.items), timeout=10000)
    return view


def _one_colon_customer_and_taken_numbers(s: Session, server: SandboxServer, realm: str) -> None:
    """A customer QuickBooks would refuse (a colon in its name) and an invoice number QuickBooks has."""
    taken = server.sandbox.entities(realm, "Invoice")[0]["DocNumber"]
    colon = Customer(display_name="Acme: West Yard")
    s.add(colon)
    invoice = Invoice(customer=colon, txn_date=date(2026, 5, 1), doc_number=taken)
    invoice.lines.append(InvoiceLine(quantity=Decimal(1), unit_price=Decimal("10.00")))
    s.add(invoice)


@pytest.fixture
def rig(make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keychain: Path) -> Any:
    with connected_window(make_window, qtbot, tmp_path, monkeypatch, custom_numbers=True,
                          prepare=_one_colon_customer_and_taken_numbers) as made:
        made.sync()
        yield made


def _select(view: ProblemsView, qtbot: Any, **match: Any) -> int:
    issue = next(i for i in view.items.values()
                 if all(getattr(i.row, k) == v for k, v in match.items()))
    assert view.select_problem(issue.id)
    qtbot.waitUntil(lambda: view.detail.item is not None and view.detail.item.id == issue.id, timeout=5000)
    return issue.id


def test_problems_after_a_sync_are_grouped_with_their_explanation(rig: WindowRig, qtbot: Any) -> None:
    view = _problems(rig, qtbot)
    counts = view.category_counts()
    open_issues = rig.issues(status=IssueStatus.OPEN)
    assert sum(counts.values()) == len(open_issues) == len(view.items)
    assert counts["customers"] >= 1 and counts["invoices"] >= 1
    assert list(counts) == [c for c in ("customers", "vendors", "invoices", "credit_memos", "payments", "refunds",
                                        "expenses", "bills", "services", "accounts", "lists", "connection",
                                        "other") if c in counts]  # the categories' order
    group = view.tree.topLevelItem(0)
    assert group is not None and group.text(0).startswith("Customers (")

    _select(view, qtbot, code="name_characters")
    detail = view.detail
    assert detail.title.text() == "The name contains characters QuickBooks does not accept"
    assert "colon" in detail.explanation.text()
    assert detail.record.text().startswith("Customer Acme: West Yard")
    assert set(detail.buttons) == {"edit", "skip"}
    assert detail.raw_heading.text().startswith("Found before sending")

    _select(view, qtbot, code="duplicate_doc_number", record=rig.qbo("Invoice")[0]["DocNumber"])
    suggestion = next(i.row.params["suggestion"] for i in view.items.values() if i.id == detail.item.id)  # type: ignore[union-attr]
    assert detail.title.text() == "This number is already used in QuickBooks"
    assert "Give the next free number" in detail.step_labels[0].text()  # the fix; the number itself is in the message
    assert {"edit", "resync", "skip"} <= set(detail.buttons)
    # The list says it in the message column, in the user's words.
    row = view.tree.currentItem()
    assert row is not None and row.text(2) == f"This number already exists in QuickBooks — use {suggestion}"
    assert row.text(1) == "" and row.toolTip(1) == "duplicate_doc_number" and row.text(5) == "1"
    detail.copy_button.click()
    assert "code: duplicate_doc_number" in QGuiApplication.clipboard().text()


def test_skip_takes_a_problem_off_the_open_list_and_unskip_brings_it_back(rig: WindowRig, qtbot: Any) -> None:
    view = _problems(rig, qtbot)
    issue_id = _select(view, qtbot, code="name_characters")
    with qtbot.waitSignal(view.action_finished, timeout=10000):
        qtbot.mouseClick(view.detail.buttons["skip"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: issue_id not in view.items, timeout=10000)
    assert rig.issues(id=issue_id)[0].status is IssueStatus.SKIPPED
    assert "skipped" in english(view.message.text.text())

    view.show_skipped.setChecked(True)
    qtbot.waitUntil(lambda: issue_id in view.items, timeout=10000)
    _select(view, qtbot, id=issue_id)
    assert set(view.detail.buttons) == {"unskip"}
    assert view.tree.currentItem().text(6) == "Skipped"  # type: ignore[union-attr]
    with qtbot.waitSignal(view.action_finished, timeout=10000):
        qtbot.mouseClick(view.detail.buttons["unskip"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rig.issues(id=issue_id)[0].status is IssueStatus.OPEN, timeout=10000)


def test_bulk_resync_queues_the_records_and_bulk_skip_clears_the_banner(rig: WindowRig, qtbot: Any) -> None:
    view = _problems(rig, qtbot)
    window = rig.window
    qtbot.waitUntil(lambda: window.sync_hub.banner.isVisible(), timeout=10000)
    invoices = [i for i in view.items.values() if i.row.entity == "Invoice"]
    assert len(invoices) >= 2
    view.tree.clearSelection()
    group = next(g for g in view._groups() if g.data(0, Qt.ItemDataRole.UserRole + 2) == "invoices")
    for n in range(group.childCount()):
        group.child(n).setSelected(True)  # type: ignore[union-attr]
    assert len(view.selected_ids()) == len(invoices)
    assert view.detail.many.text().startswith(f"{len(invoices)} problem")
    with rig.company.session() as s:
        s.execute(Invoice.__table__.update().values(dirty=False))  # type: ignore[attr-defined]
    with qtbot.waitSignal(view.action_finished, timeout=10000):
        qtbot.mouseClick(view.resync_button, Qt.MouseButton.LeftButton)
    with rig.company.sessions() as s:
        dirty = set(s.scalars(select(Invoice.id).where(Invoice.dirty.is_(True))))
    assert {i.row.local_id for i in invoices} <= dirty
    assert english(view.message.text.text()).startswith(f"{len(invoices)} problems queued")

    # Everything skipped: the banner and the badge go.
    for group in view._groups():
        for n in range(group.childCount()):
            group.child(n).setSelected(True)  # type: ignore[union-attr]
    with qtbot.waitSignal(view.action_finished, timeout=10000):
        qtbot.mouseClick(view.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.sync_hub.banner.isVisible(), timeout=10000)
    assert rig.issues(status=IssueStatus.OPEN) == []
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.empty, timeout=10000)


def test_actions_that_need_quickbooks_ask_to_connect_first(rig: WindowRig, qtbot: Any,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from qbdesk.ui.main_window import MainWindow

    view = _problems(rig, qtbot)
    issue_id = _select(view, qtbot, entity="Customer", code="name_characters")
    monkeypatch.setattr(MainWindow, "connection", property(lambda _self: None))
    with qtbot.waitSignal(view.action_finished, timeout=5000):
        view.run_action("create")
    assert view.message.isVisible() and "Connect to QuickBooks first" in view.message.text.text()
    assert rig.issues(id=issue_id)[0].status is IssueStatus.OPEN


def test_edit_opens_the_record_and_saving_queues_it_again(rig: WindowRig, qtbot: Any) -> None:
    view = _problems(rig, qtbot)
    _select(view, qtbot, code="name_characters")
    local_id = view.detail.item.row.local_id  # type: ignore[union-attr]
    qtbot.mouseClick(view.detail.buttons["edit"], Qt.MouseButton.LeftButton)
    editor = rig.window.editor
    qtbot.waitUntil(lambda: editor.record is not None, timeout=5000)
    assert editor.record_id == local_id and editor.key == "customers"
    editor.field_editor("display_name").setText("Acme West Yard")  # type: ignore[attr-defined]
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    with rig.company.sessions() as s:
        customer = s.get(Customer, local_id)
        assert customer is not None and customer.dirty and customer.display_name == "Acme West Yard"
    rig.sync()
    assert not [i for i in rig.issues(status=IssueStatus.OPEN) if i.local_id == local_id
                and i.entity_type == "Customer"]
    assert [c for c in rig.qbo("Customer") if c["DisplayName"] == "Acme West Yard"]


def _vendor_named_customer(s: Session, server: SandboxServer, realm: str) -> None:
    """A customer here named like a QuickBooks vendor (one name list there), and a walk-in customer
    entered in QuickBooks only, not linked to anything here."""
    s.add(Customer(display_name=server.sandbox.entities(realm, "Vendor")[0]["DisplayName"]))


def test_match_with_the_customer_picker_links_the_chosen_quickbooks_customer(
        make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keychain: Path) -> None:
    with connected_window(make_window, qtbot, tmp_path, monkeypatch, prepare=_vendor_named_customer) as rig:
        rig.sync()
        walk_in = rig.server.sandbox.write(rig.realm_id, "Customer", {"DisplayName": "Harbor Lights Marina"})
        view = _problems(rig, qtbot)
        issue_id = _select(view, qtbot, code="name_used_by_other_type")
        local_id = view.detail.item.row.local_id  # type: ignore[union-attr]
        assert "match" in view.detail.buttons
        qtbot.mouseClick(view.detail.buttons["match"], Qt.MouseButton.LeftButton)
        picker = view.picker
        assert picker is not None
        picker.search.setText("Harbor Lights")
        with qtbot.waitSignal(picker.results_shown, timeout=10000,
                              check_params_cb=lambda n: n >= 1):
            picker.run_search()
        assert picker.select(str(walk_in["Id"]))
        with qtbot.waitSignal(view.action_finished, timeout=10000):
            qtbot.mouseClick(picker.link_button, Qt.MouseButton.LeftButton)
        link = rig.link("Customer", local_id)
        assert link is not None and link.qbo_id == str(walk_in["Id"]) and link.state is LinkState.LINKED
        assert rig.issues(id=issue_id)[0].status is IssueStatus.RESOLVED
        qtbot.waitUntil(lambda: issue_id not in view.items, timeout=10000)


def test_clear_id_after_a_delete_in_quickbooks_then_the_next_sync_creates_it_once(
        make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keychain: Path) -> None:
    with connected_window(make_window, qtbot, tmp_path, monkeypatch) as rig:
        assert rig.sync().problems == 0
        with rig.company.sessions() as s:
            link = s.scalars(select(Link).where(Link.entity_type == "Invoice")).first()
            assert link is not None and link.qbo_id is not None
            invoice_id, qbo_id = link.local_id, link.qbo_id
            number = s.get(Invoice, invoice_id).doc_number  # type: ignore[union-attr]
        rig.server.sandbox.delete(rig.realm_id, "Invoice", qbo_id)  # as a person does in QuickBooks' web app
        rig.sync()
        view = _problems(rig, qtbot)
        _select(view, qtbot, code="deleted_in_qbo")
        assert view.detail.title.text() == "The record was deleted in QuickBooks"
        assert set(view.detail.buttons) == {"clear-id", "skip"}
        with qtbot.waitSignal(view.action_finished, timeout=10000):
            qtbot.mouseClick(view.detail.buttons["clear-id"], Qt.MouseButton.LeftButton)
        assert rig.link("Invoice", invoice_id or 0) is None
        assert "next sync creates" in view.message.text.text()
        before = len(rig.qbo("Invoice"))
        rig.sync()
        assert len(rig.qbo("Invoice")) == before + 1  # created once
        link_after = rig.link("Invoice", invoice_id or 0)
        assert link_after is not None and link_after.qbo_id not in (None, qbo_id)
        twin = rig.server.sandbox.get(rig.realm_id, "Invoice", link_after.qbo_id or "")
        with rig.company.sessions() as s:  # QuickBooks numbered it (custom numbers are off): its number came back
            assert twin is not None and s.get(Invoice, invoice_id).doc_number == twin["DocNumber"] != number  # type: ignore[union-attr]


@pytest.mark.parametrize("keep", ["keep-here", "keep-qbo"])
def test_a_conflict_shows_both_versions_and_the_user_picks_one(
        make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keychain: Path,
        keep: str) -> None:
    with connected_window(make_window, qtbot, tmp_path, monkeypatch) as rig:
        rig.sync()
        with rig.company.session() as s:
            link = s.scalars(select(Link).where(Link.entity_type == "Customer", Link.qbo_id.is_not(None))).first()
            assert link is not None
            customer_id, qbo_id = link.local_id, link.qbo_id
            customer = s.get(Customer, customer_id)
            assert customer is not None
            customer.notes = "edited here"
            customer.email = "here@example.com"
        current = rig.server.sandbox.get(rig.realm_id, "Customer", qbo_id or "")
        assert current is not None
        rig.server.sandbox.write(rig.realm_id, "Customer", {"Id": qbo_id, "SyncToken": current["SyncToken"],
                                                            "sparse": True, "Notes": "edited in QuickBooks",
                                                            "PrimaryEmailAddr": {"Address": "qbo@example.com"}})
        rig.sync()
        view = _problems(rig, qtbot)
        _select(view, qtbot, code="conflict")
        detail = view.detail
        assert detail.title.text() == "Changed here and in QuickBooks"
        assert detail.compare.isVisible()
        rows = {detail.compare.item(r, 0).text(): (detail.compare.item(r, 1).text(),  # type: ignore[union-attr]
                                                   detail.compare.item(r, 2).text())  # type: ignore[union-attr]
                for r in range(detail.compare.rowCount())}
        assert rows["Notes"] == ("edited here", "edited in QuickBooks")
        assert rows["E-mail"] == ("here@example.com", "qbo@example.com")  # the field a person knows
        assert not [name for name in rows if "." in name or name.endswith("Ref")], rows  # never an API path
        assert not [v for pair in rows.values() for v in pair if v in ("None", "{}") or v.startswith("{'")]
        assert {"keep-here", "keep-qbo", "skip"} <= set(detail.buttons)
        issue_id = detail.item.id  # type: ignore[union-attr]
        with qtbot.waitSignal(view.action_finished, timeout=10000):
            qtbot.mouseClick(detail.buttons[keep], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: issue_id not in view.items, timeout=10000)
        rig.sync()
        remote = rig.server.sandbox.get(rig.realm_id, "Customer", qbo_id or "")
        with rig.company.sessions() as s:
            local = s.get(Customer, customer_id)
            assert local is not None and remote is not None
            expected = "edited here" if keep == "keep-here" else "edited in QuickBooks"
            assert local.notes == remote["Notes"] == expected
        assert not rig.issues(status=IssueStatus.OPEN)


def test_resync_offers_to_sync_now_and_the_list_follows_the_sync(make_window: Any, qtbot: Any, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch,
                                                                   keychain: Path) -> None:
    """The real sync controller, in its worker thread: Sync now from the message, live list updates."""
    with connected_window(make_window, qtbot, tmp_path, monkeypatch, custom_numbers=True, controller=True,
                          prepare=_one_colon_customer_and_taken_numbers) as rig:
        window = rig.window
        assert window.connection is rig.connection
        with qtbot.waitSignal(window.syncFinished, timeout=60000):
            assert window.sync_controller.start()
        view = _problems(rig, qtbot)
        issue_id = _select(view, qtbot, code="duplicate_doc_number")
        attempts = view.items[issue_id].row.attempts
        with qtbot.waitSignal(view.action_finished, timeout=10000):
            qtbot.mouseClick(view.detail.buttons["resync"], Qt.MouseButton.LeftButton)
        assert view.message.button.isVisible() and view.message.button.text() == "Sync now"
        with qtbot.waitSignal(window.syncFinished, timeout=60000):
            qtbot.mouseClick(view.message.button, Qt.MouseButton.LeftButton)
        local_id = view.items[issue_id].row.local_id

        def seen_again() -> bool:  # the number is still taken: the record's problem is there, seen again
            return any(i.row.local_id == local_id and i.row.entity == "Invoice"
                       and (i.id != issue_id or i.row.attempts > attempts) for i in view.items.values())

        qtbot.waitUntil(seen_again, timeout=15000)
        # The pre-flight problem gives way to QuickBooks' own answer for the same invoice (one problem, not two);
        # while it is still listed, the redrawn list keeps it selected.
        same_record = [i for i in view.items.values() if i.row.local_id == local_id and i.row.entity == "Invoice"]
        assert len(same_record) == 1
        assert issue_id not in view.items or view.current_id() == issue_id


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_quickbooks_error_reads_in_the_users_language_with_quickbooks_words_labelled_below(
        make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keychain: Path,
        translators: Any, qapp: Any, language: str) -> None:
    """QuickBooks refuses a customer named like one of its employees (6240, in English): the list says what it
    means in the user's language, the code is not in the list, and QuickBooks' words are in the pane, labelled."""
    translators.install(qapp, language)
    with connected_window(make_window, qtbot, tmp_path, monkeypatch, language=language) as rig:
        rig.sync()
        employee = rig.qbo("Employee")[0]["DisplayName"]
        with rig.company.session() as s:
            s.add(Customer(display_name=employee))
        rig.sync()
        view = _problems(rig, qtbot)
        issue_id = _select(view, qtbot, code="6240")
        item = view.items[issue_id]
        row = next(view.tree.topLevelItem(g).child(c) for g in range(view.tree.topLevelItemCount())
                   for c in range(view.tree.topLevelItem(g).childCount())
                   if view.tree.topLevelItem(g).child(c).data(0, Qt.ItemDataRole.UserRole + 1) == issue_id)
        message = row.text(2)
        assert message == view.detail.title.text() != item.row.message  # the meaning, not QuickBooks' words
        assert "Duplicate" not in message and "6240" not in message
        assert view.tree.isColumnHidden(1)  # the code column: under Details, not in the list
        detail = view.detail
        assert detail.raw_values["message"].text() == item.row.message  # QuickBooks' own words, kept…
        assert detail.raw_heading.text() == ("What QuickBooks said" if language == "en" else
                                             QCoreApplication.translate("ProblemDetail", "What QuickBooks said"))
        assert detail.raw_values["code"].text() == "6240"  # …and the code, under them
        if language == "fr":
            assert detail.raw_heading.text() != "What QuickBooks said"
            assert message != item.row.entry.title  # the catalogue's English title, translated
        detail.guide_link.click()  # the pane links to the problem's entry in the guide, in the user's language
        guide = detail.guide
        assert guide.language == language and guide.current is not None and guide.current.id == "problems"
        assert guide.text.textCursor().selectedText() == next(
            title for key, title in guide.current.entries if key == f"problem-{item.row.entry.key}")
        guide.close()


@pytest.mark.parametrize(("language", "kind"), [("fr", "Devis"), ("es", "Presupuesto")])
def test_a_record_named_in_a_reason_is_named_in_the_users_language(translators: Any, qapp: Any, language: str,
                                                                    kind: str) -> None:
    """The engine names the record another one waits for in English ("Estimate 1001", "Vendor 'Gilbert'"):
    the list and the pane say its type in the user's language."""
    from datetime import UTC, datetime

    from qbdesk.sync.catalogue import find_entry
    from qbdesk.sync.problem_list import ProblemRow
    from qbdesk.sync.read_model import ProblemItem
    from qbdesk.ui.sync.problems.detail import ProblemDetail, problem_message

    translators.install(qapp, language)
    now = datetime(2026, 12, 7, 7, 32, tzinfo=UTC)
    row = ProblemRow(1, "invoices", "Invoice", 1, None, "5011", "depends_on_blocked",
                     "Waits for Estimate 1001, which cannot sync yet.", "", None, "open", 2, now, now,
                     find_entry("depends_on_blocked"), (), {"record": "Estimate 1001"})
    item = ProblemItem(row, "engine")
    message = problem_message(item)
    assert f"{kind} 1001" in message and "Estimate" not in message
    detail = ProblemDetail()
    detail.show_item(item)
    assert "Estimate" not in detail.explanation.text() + detail.title.text()
    detail.deleteLater()


def test_choose_a_refund_account_opens_the_settings_at_the_refund_account(
        make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keychain: Path) -> None:
    """Refunds blocked for want of a refund bank account: one click opens the place where it is chosen."""
    from qbdesk.sync.settings import SyncSettings
    from qbdesk.ui.sync.wizard.wizard import REFUND

    with connected_window(make_window, qtbot, tmp_path, monkeypatch, controller=True, here_size=300,
                          settings=SyncSettings(refund_account=None)) as rig:
        assert rig.window.guide_section() == "first-sync"  # F1 on home, connected, before the first sync
        rig.sync()
        view = _problems(rig, qtbot)
        _select(view, qtbot, code="refund_account_missing")
        detail = view.detail
        assert next(iter(detail.buttons)) == "choose-refund-account"  # the fix first
        assert detail.buttons["choose-refund-account"].text() == "Choose a refund account…"
        with qtbot.waitSignal(view.action_finished, timeout=5000):
            detail.buttons["choose-refund-account"].click()
        wizard = rig.window.wizard
        assert wizard.isVisible() and wizard.currentId() == REFUND
        qtbot.waitUntil(lambda: not rig.window.sync_controller.is_planning, timeout=30000)
        wizard.reject()
