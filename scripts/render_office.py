"""Render office mode's screens to PNG, offscreen, in English, French and Spanish.

What a desktop that is not the sync host sees (the host's sync followed live, this
desktop's requests and how they ended), the take-over question, and the "Open
shared company…" dialog. The company is a SQLite file standing in for the shared
database: the window shows the same thing either way.

    .venv/bin/python scripts/render_office.py --out build/screens [--docs] [--langs en,fr,es]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

import qbdesk.ui  # noqa: F401 - applies the PySide6 refcount guard first
from qbdesk.ui.base.paths import configure_application

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render_screens import DOCS, Camera, make_company, wait_until

FRONT_DESK = ("front-desk-0001", "FRONT-DESK")


def _stage(path: Path) -> None:
    """The company as another desktop left it: FRONT-DESK is the host and syncing; requests from this desktop."""
    from qbdesk.qbo.connection import ConnectionConfig
    from qbdesk.store import JournalEntry, JournalState, RunStatus, SyncRun, open_company
    from qbdesk.store.office import Desktop
    from qbdesk.sync.connection_config import save_config
    from qbdesk.sync.office import take_over

    company = open_company(path)
    try:
        with company.session() as s:
            save_config(s, ConnectionConfig("qbdesk-sandbox", "app", "http://127.0.0.1:1", "http://127.0.0.1:1",
                                            "http://127.0.0.1/callback", realm_id="9341453050",
                                            company_name="Green Leaf Landscaping"))
        take_over(company, Desktop(*FRONT_DESK))
        now = datetime.now(UTC)
        with company.session() as s:
            run = SyncRun(id="front-desk-run", kind="incremental", status=RunStatus.RUNNING,
                          started_at=now - timedelta(minutes=3),
                          counts={"Invoice": {"create_in_qbo": 180, "create_here": 12, "update": 48}})
            s.add(run)
            for n in range(131):
                s.add(JournalEntry(run_id=run.id, seq=n, operation="create", entity_type="Invoice",
                                   state=JournalState.DONE, created_at=now))
    finally:
        company.close()


def _requests(path: Path, desktop_id: str, desktop_name: str) -> None:
    from qbdesk.store import PendingAction, RequestStatus, open_company

    company = open_company(path)
    now = datetime.now(UTC)
    try:
        with company.session() as s:
            for action, issue, status, minutes in (("create", 12, RequestStatus.DONE, 40),
                                                   ("bypass", 31, RequestStatus.FAILED, 25),
                                                   (None, None, RequestStatus.PENDING, 2)):
                s.add(PendingAction(kind="problem" if action else "approve", action=action, issue_id=issue,
                                    payload={}, requested_by=desktop_id, requested_by_name=desktop_name,
                                    requested_at=now - timedelta(minutes=minutes), status=status,
                                    finished_at=None if status is RequestStatus.PENDING else now,
                                    result=None if status is RequestStatus.PENDING else "ok"))
    finally:
        company.close()


def render(app: QApplication, language: str, out: Path, work: Path) -> list[Path]:
    from qbdesk.store import open_company
    from qbdesk.store.locks import SyncLock
    from qbdesk.store.office import Desktop
    from qbdesk.ui.base.paths import resolve
    from qbdesk.ui.base.state import UiState
    from qbdesk.ui.main_window import MainWindow
    from qbdesk.ui.sync.panel import ELSEWHERE

    camera = Camera(app, out, language)
    save = camera.save

    (work / f"office-{language}").mkdir(exist_ok=True)
    path = make_company(work / f"office-{language}", language, 300)
    _stage(path)
    paths = resolve(work / f"office-base-{language}").ensure()
    me = Desktop.of_this_machine(paths.data)
    _requests(path, me.id, me.name)
    host_view = open_company(path)
    lock = SyncLock(host_view, "9341453050", Desktop(*FRONT_DESK)).acquire()
    window = MainWindow(paths, UiState(paths.settings_file), language)
    try:
        window.resize(1180, 760)
        window.show()
        window.open_company(str(path))
        wait_until(app, lambda: window.sync_panel.page == ELSEWHERE
                   and bool(window.sync_panel.elsewhere.bar.isVisible()))
        save(window, "office_not_host")
        lock.release()
        window.ask_take_over()
        box = window.take_over_box
        wait_until(app, box.isVisible)
        save(box, "office_take_over")
        box.reject()
        try:
            window.ask_open_shared("postgresql+psycopg://anna@office-server/greenleaf")
            dialog = window.shared_dialog
            wait_until(app, dialog.isVisible)
            save(dialog, "office_open_shared")
            dialog.reject()
        except ImportError:
            pass
    finally:
        if lock.held:
            lock.release()
        host_view.close()
        window.close()
        window.deleteLater()
        camera.translators.remove(app)
        for _ in range(5):
            app.processEvents()
    return camera.shots


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "build" / "screens")
    parser.add_argument("--langs", default="en,fr,es")
    parser.add_argument("--docs", action="store_true", help="also copy the README's screenshot to docs/")
    args = parser.parse_args()
    configure_application()
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    from qbdesk.ui.base import logs

    with tempfile.TemporaryDirectory(prefix="qbdesk-office-screens-") as tmp:
        logs.setup(Path(tmp) / "render.log", qt_messages=False)
        for language in args.langs.split(","):
            shots = render(app, language, args.out, Path(tmp))
            print(f"{language}: {len(shots)} office screens in {args.out / language}")
            if args.docs:
                DOCS.mkdir(parents=True, exist_ok=True)
                shutil.copy(args.out / language / "office_not_host.png", DOCS / f"office-{language}.png")
        logs.teardown()
    from qbdesk.ui.base import background

    background.wait_for_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
