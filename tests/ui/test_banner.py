"""The banner across the window, the counts on the sidebar and the tray notice: they appear with open
problems (and changes waiting for approval) and go when those are dealt with."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QSystemTrayIcon
from sqlalchemy.orm import Session

from qbdesk.sandbox.server import SandboxServer
from qbdesk.store import Customer, Invoice, InvoiceLine
from qbdesk.ui.sync.labels import banner_text
from qbdesk.ui.widgets.badges import BADGE_ROLE, badge_count
from tests.ui.syncrig import connected_window, english


def test_the_sentence_names_the_largest_categories_with_plurals() -> None:
    assert english(banner_text({"invoices": 3, "payments": 1})) == "3 invoices and 1 payment could not sync"
    assert english(banner_text({"customers": 1})) == "1 customer could not sync"
    assert english(banner_text({"payments": 2, "invoices": 2, "bills": 5, "services": 1, "accounts": 1})) == \
        "5 bills, 2 invoices, 2 payments and 2 other records could not sync"
    assert banner_text({"connection": 1}) == "The connection to QuickBooks needs attention"
    assert english(banner_text({"refunds": 4, "connection": 1})) == \
        "4 refunds could not sync, and the connection to QuickBooks needs attention"
    assert banner_text({}) == banner_text({"invoices": 0}) == ""


class FakeTrayIcon(QObject):
    """Stands in for QSystemTrayIcon: the offscreen platform has no tray (and warns if asked for one)."""

    activated = Signal(object)
    messageClicked = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.visible = False
        self.tooltip = ""
        self.messages: list[tuple[str, str]] = []

    def setContextMenu(self, _menu: Any) -> None:
        pass

    def setToolTip(self, text: str) -> None:
        self.tooltip = text

    def show(self) -> None:
        self.visible = True

    def hide(self) -> None:
        self.visible = False

    def showMessage(self, title: str, text: str, _icon: Any, _ms: int) -> None:
        self.messages.append((title, text))


def _customer_with_a_colon(s: Session, _server: SandboxServer, _realm: str) -> None:
    s.add(Customer(display_name="Lakeside: Yoga"))


def test_banner_badges_and_tray_appear_with_problems_and_go(make_window: Any, qtbot: Any, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch, keychain: Path) -> None:
    with connected_window(make_window, qtbot, tmp_path, monkeypatch, prepare=_customer_with_a_colon) as rig:
        window, hub = rig.window, rig.window.sync_hub
        icons: list[FakeTrayIcon] = []

        def make_icon(owner: QObject) -> QSystemTrayIcon:
            icons.append(FakeTrayIcon(owner))
            return icons[-1]  # type: ignore[return-value]

        hub.tray.is_available = lambda: True
        hub.tray.make_icon = make_icon
        hub.notify_when_active = True
        problems_item = window.sidebar.item(2)
        assert not hub.banner.isVisible() and badge_count(problems_item) == 0

        with qtbot.waitSignal(hub.tray_notified, timeout=15000) as notified:
            rig.sync()
        assert notified.args == [1]
        qtbot.waitUntil(lambda: hub.banner.isVisible(), timeout=10000)
        assert english(hub.banner.text.text()) == "1 customer could not sync"
        assert badge_count(problems_item) == 1
        assert problems_item.text() == "Problems"  # the count is painted, the name stays the name
        assert english(problems_item.data(Qt.ItemDataRole.AccessibleTextRole)) == "Problems: 1 open"
        assert icons and icons[0].visible and english(icons[0].messages[0][0]) == "1 new sync problem"

        # A sync that finds nothing new: no second message.
        with qtbot.waitSignal(hub.counts_changed, timeout=10000):
            window.syncStarted.emit()
            window.syncFinished.emit(None)
        assert len(icons[0].messages) == 1

        qtbot.mouseClick(hub.banner.review, Qt.MouseButton.LeftButton)
        assert window.pages.currentWidget() is hub.pages["problems"]
        view = hub.problems_view
        assert view is not None
        qtbot.waitUntil(lambda: bool(view.items), timeout=10000)
        view.select_problem(next(iter(view.items)))
        with qtbot.waitSignal(view.action_finished, timeout=10000):
            view.run_action("skip")
        qtbot.waitUntil(lambda: not hub.banner.isVisible(), timeout=10000)
        assert problems_item.data(BADGE_ROLE) is None
        assert not icons[0].visible


def test_the_approvals_badge_counts_changes_waiting(make_window: Any, qtbot: Any, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch, keychain: Path) -> None:
    with connected_window(make_window, qtbot, tmp_path, monkeypatch) as rig:
        rig.sync()
        rig.settings(review_changes=True)
        rig.server.sandbox.write(rig.realm_id, "Vendor", {"DisplayName": "Badge Supplies"})
        with rig.company.session() as s:
            customer = s.query(Customer).filter(Customer.parent_id.is_(None)).first()
            assert customer is not None
            customer.phone = "555-0142"
        rig.sync()
        item = rig.window.sidebar.item(3)
        qtbot.waitUntil(lambda: badge_count(item) == 2, timeout=10000)
        assert english(item.data(Qt.ItemDataRole.AccessibleTextRole)) == "Approvals: 2 waiting"
        assert not rig.window.sync_hub.banner.isVisible()


def _taken_number(s: Session, server: SandboxServer, realm: str) -> None:
    taken = server.sandbox.entities(realm, "Invoice")[0]["DocNumber"]
    customer = Customer(display_name="Numbering Test Co")
    invoice = Invoice(customer=customer, txn_date=date(2026, 5, 1), doc_number=taken)
    invoice.lines.append(InvoiceLine(quantity=Decimal(1), unit_price=Decimal("10.00")))
    s.add(invoice)


def test_the_banner_combines_categories(make_window: Any, qtbot: Any, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch, keychain: Path) -> None:
    def prepare(s: Session, server: SandboxServer, realm: str) -> None:
        _customer_with_a_colon(s, server, realm)
        _taken_number(s, server, realm)

    with connected_window(make_window, qtbot, tmp_path, monkeypatch, custom_numbers=True, prepare=prepare) as rig:
        rig.sync()
        hub = rig.window.sync_hub
        qtbot.waitUntil(lambda: hub.counts is not None and hub.counts.total_problems > 0, timeout=10000)
        counts = hub.counts
        assert counts is not None
        assert english(hub.banner.text.text()) == english(banner_text(counts.problems))
        assert " and " in hub.banner.text.text() and "could not sync" in hub.banner.text.text()
        assert badge_count(rig.window.sidebar.item(2)) == counts.total_problems
