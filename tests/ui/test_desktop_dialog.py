"""QuickBooks ▸ QuickBooks Desktop: the service runs from the window; the dialog shows the last call and what waits."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

from sqlalchemy import select

from qbdesk.desktop.practice.company import DesktopCompany
from qbdesk.desktop.practice.webconnector import WebConnector
from qbdesk.desktop.status import read_status
from qbdesk.store.lists import Customer
from qbdesk.ui.connect.desktop import DesktopDialog, open_desktop_dialog
from qbdesk.ui.main_window import MainWindow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_the_window_runs_the_service_and_shows_the_last_call_and_what_waits(opened: MainWindow, qtbot: Any,
                                                                            keychain: Path,
                                                                            monkeypatch: Any) -> None:
    assert opened.desktop_action.isEnabled()
    assert opened.company is not None
    dialog: DesktopDialog = open_desktop_dialog(opened, opened.company)
    qtbot.addWidget(dialog)
    assert not dialog.start_button.isEnabled()          # no password yet: nothing to start
    assert "password" in dialog.state.text().lower()
    assert dialog.last_call.text() == "The Web Connector has not called yet."
    monkeypatch.setattr("qbdesk.ui.connect.desktop.QInputDialog.getText",
                        lambda *args, **kwargs: ("a good password", True))
    dialog.password_button.click()
    assert dialog.start_button.isEnabled()
    dialog.port.setValue(_free_port())
    dialog.start_button.click()
    assert dialog.link.running and dialog.link.url is not None
    assert dialog.link.url in dialog.state.text()

    desktop = DesktopCompany()
    result = WebConnector(dialog.link.url, desktop, "qbdesk", "a good password").run()
    assert result.status == "done", result.last_error
    dialog.refresh()
    assert "synced — sent to QuickBooks Desktop:" in dialog.last_call.text()
    after_sync = read_status(opened.company)
    assert after_sync.changes_here == 0   # what did not go waits on a problem, and says so
    assert f"{after_sync.with_problems} more" in dialog.pending.text() or after_sync.with_problems == 0

    with opened.company.session() as s:
        customer = s.scalars(select(Customer).where(Customer.dirty.is_(False)).limit(1)).one()
        customer.phone = "555-0100"
    dialog.refresh()
    assert read_status(opened.company).changes_here == 1
    assert "Waiting: 1 change made here" in dialog.pending.text()

    dialog.close()
    assert dialog.link.running                          # the service outlives the dialog
    again = open_desktop_dialog(opened, opened.company)
    qtbot.addWidget(again)
    assert again.link is dialog.link
    again.start_button.click()
    assert not again.link.running


def test_the_dialog_saves_a_background_task_for_windows(opened: MainWindow, qtbot: Any, tmp_path: Path,
                                                        monkeypatch: Any) -> None:
    """Without the window: the task file the dialog saves runs `desktop serve` for this company on the port chosen."""
    import sys
    import xml.etree.ElementTree as ET

    assert opened.company is not None
    dialog: DesktopDialog = open_desktop_dialog(opened, opened.company)
    qtbot.addWidget(dialog)
    assert dialog.task_button.isEnabled() and dialog.task_button.toolTip()
    dialog.port.setValue(8091)
    target = tmp_path / "Office tasks" / "keep-running"   # no suffix typed: .xml is added
    target.parent.mkdir()
    monkeypatch.setattr("qbdesk.ui.connect.desktop.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    dialog.task_button.click()
    saved = target.with_suffix(".xml")
    assert saved.exists() and "keep-running.xml" in dialog.state.text() and "8091" in dialog.state.text()
    root = ET.fromstring(saved.read_bytes().decode("utf-16").split("?>", 1)[1])
    ns = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}
    assert root.findtext("t:Actions/t:Exec/t:Command", namespaces=ns) == sys.executable
    arguments = root.findtext("t:Actions/t:Exec/t:Arguments", namespaces=ns) or ""
    assert "desktop serve --company" in arguments and arguments.endswith("--port 8091")
    assert opened.company.identity in arguments
    dialog.close()
