"""Render every screen of the app to PNG, offscreen, in English, French and Spanish.

For the README and for reviewing layouts by eye (clipped labels, spacing, empty
areas). Each language gets its own generated sample company in that language, so
the screenshots look like what a user of that language sees.

    .venv/bin/python scripts/render_screens.py --out build/screens [--docs] [--langs en,fr,es]

``--docs`` also copies the home page and the invoice list into docs/screenshots/, and the
QuickBooks screens' wizard review page and home page during a sync, and the Problems page. ``--only
sync`` renders just the QuickBooks screens (Connect dialog, health panel, first-sync wizard, counts,
progress) against an in-process sandbox, with an in-memory keychain (never the user's); ``--only
problems`` just what syncs leave behind (Problems with the banner and a problem explained, the
customer picker, Sync settings, Approvals, the Sync log), the same way; ``--only connect`` the setup
checklist, Intuit's Connect button through a sign-in relay on 127.0.0.1, and the connected state, at the
default window size and at 1024×640; ``--only reconcile`` the Reconciliation page (balanced, then with
differences), the records behind a difference, the PDF's first page (``pdftoppm``), and the undo plan of a
run (from the Sync log).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QWidget

import qbdesk.ui  # noqa: F401 - applies the PySide6 refcount guard first
from qbdesk.ui.base.i18n import Translators
from qbdesk.ui.base.paths import configure_application

if TYPE_CHECKING:
    from qbdesk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "screenshots"
BAD_CSV = """Display Name,Company Name,Email,Phone
Harbor View Dental,Harbor View Dental LLC,office@harborview.example,555-0100
Maple & Pine Café,,hello@maplepine.example,555-0101
,Missing Name Inc,info@missing.example,555-0102
Lakeside: Yoga,,not-an-email,555-0103
"""


class Chooser:
    """Stands in for the native file dialogs."""

    def __init__(self, csv_path: str) -> None:
        self.csv_path = csv_path

    def open_company(self, parent: QWidget, folder: str) -> str | None:
        return None

    def new_company(self, parent: QWidget, suggested: str) -> str | None:
        return None

    def csv_file(self, parent: QWidget, folder: str) -> str | None:
        return self.csv_path


def wait_until(app: QApplication, condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screen did not become ready")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


class Camera:
    """One language's screenshots: its translators installed, its folder, ``save(widget, name)`` after the
    event loop has settled, and the list of what was saved."""

    def __init__(self, app: QApplication, out: Path, language: str) -> None:
        self.app = app
        self.translators = Translators()
        self.translators.install(app, language)
        self.folder = out / language
        self.folder.mkdir(parents=True, exist_ok=True)
        self.shots: list[Path] = []

    def save(self, widget: QWidget, name: str) -> None:
        for _ in range(5):
            self.app.processEvents()
        path = self.folder / f"{name}.png"
        widget.grab().save(str(path))
        self.shots.append(path)


class Studio:
    """A language's QuickBooks screens: an in-memory keychain (never the user's), a sandbox QuickBooks on
    127.0.0.1, a camera, and the window once opened; ``close`` puts everything back."""

    def __init__(self, app: QApplication, out: Path, language: str) -> None:
        import keyring

        from qbdesk.sandbox.server import SandboxServer
        from qbdesk.ui.connect.sandbox_mode import memory_keyring

        self.app, self.language = app, language
        self._previous_keyring = keyring.get_keyring()
        keyring.set_keyring(memory_keyring())
        self.camera = Camera(app, out, language)
        self.server = SandboxServer(throttle=False).start()
        self.window: MainWindow | None = None

    def open_window(self, base: Path, company: Path) -> MainWindow:
        """A window on ``company`` (its settings under ``base``), once it has read the company's sync status."""
        from qbdesk.ui.base.paths import resolve
        from qbdesk.ui.base.state import UiState
        from qbdesk.ui.main_window import MainWindow

        paths = resolve(base).ensure()
        window = MainWindow(paths, UiState(paths.settings_file), self.language)
        self.window = window
        window.resize(1180, 760)
        window.show()
        window.open_company(str(company))
        controller = window.sync_controller
        wait_until(self.app, lambda: window.company is not None and controller.status is not None)
        return window

    def close_window(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None

    def close(self) -> None:
        import keyring

        self.close_window()
        self.server.stop()
        self.camera.translators.remove(self.app)
        keyring.set_keyring(self._previous_keyring)
        for _ in range(5):
            self.app.processEvents()


def make_company(folder: Path, language: str, size: int) -> Path:
    from qbdesk.store import open_company
    from qbdesk.store.demo import generate
    from qbdesk.store.summary import set_company_name

    names = {"en": "Green Leaf Landscaping", "fr": "Jardins Verts", "es": "Jardines Verdes"}
    path = folder / f"sample-{language}.qbdesk"
    company = open_company(path, create=True)
    with company.session() as session:
        set_company_name(session, names[language])
        generate(session, size, seed=7, locale=language, anchor=__import__("datetime").date(2026, 6, 30))
    company.close()
    return path


def add_lookalikes(path: Path, theirs: list[dict[str, object]]) -> None:
    """Customers written a little differently from QuickBooks' ones: the wizard's possible matches."""
    from qbdesk.store import Customer, open_company

    parents = [c for c in theirs if not c.get("ParentRef")][:3]
    if len(parents) < 3:
        return
    company = open_company(path)
    with company.session() as session:
        first = str(parents[0]["DisplayName"])
        words = first.split()
        swapped = f"{words[-1]}, {' '.join(words[:-1])}" if len(words) > 1 else first + "."
        session.add(Customer(display_name=swapped))
        session.add(Customer(display_name=str(parents[1]["DisplayName"]) + "."))
        email = (parents[2].get("PrimaryEmailAddr") or {}).get("Address")  # type: ignore[attr-defined]
        session.add(Customer(display_name="Zoë Quackenbush", email=email))
    company.close()


def render_language(app: QApplication, language: str, out: Path, size: int, work: Path) -> list[Path]:
    from qbdesk.ui.base.errors import ErrorDialog, ErrorInfo
    from qbdesk.ui.base.paths import resolve
    from qbdesk.ui.base.state import UiState
    from qbdesk.ui.main_window import MainWindow

    camera = Camera(app, out, language)
    translators, shots, save = camera.translators, camera.shots, camera.save

    company = make_company(work, language, size)
    csv_path = work / f"customers-{language}.csv"
    csv_path.write_text(BAD_CSV, encoding="utf-8")
    paths = resolve(work / f"base-{language}").ensure()
    window = MainWindow(paths, UiState(paths.settings_file), language, chooser=Chooser(str(csv_path)))  # type: ignore[arg-type]
    window.resize(1180, 760)
    window.show()
    save(window, "welcome")

    window.open_company(str(company))
    wait_until(app, lambda: window.company is not None and window.home.totals.text().count("…") == 0)
    save(window, "home")
    window.resize(1024, 640)  # a small laptop screen
    save(window, "home_1024")
    window.show_records("invoices")
    assert window.browser is not None
    wait_until(app, window.browser.view("invoices").model.is_idle)
    save(window, "records_invoices_1024")
    window.show_page("home")
    window.resize(1180, 760)

    for key in ("invoices", "customers", "items"):
        window.show_records(key)
        assert window.browser is not None
        shown = window.browser.view(key)
        wait_until(app, shown.model.is_idle)
        shown.table.selectRow(2)
        save(window, f"records_{key}")

    view = window.browser.view("customers")  # type: ignore[union-attr]
    view.filter_edit.setText("zzzz-nobody")
    view._apply_filter()
    wait_until(app, lambda: not view.model.busy)
    save(window, "records_filter_empty")
    view.filter_edit.clear()
    view._apply_filter()
    wait_until(app, lambda: not view.model.busy)

    invoices = window.browser.view("invoices")  # type: ignore[union-attr]
    window.edit_record("invoices", invoices.model.record_id(0) or 1)
    editor = window.editor
    wait_until(app, lambda: editor.record is not None)
    save(editor, "editor_invoice")
    editor.reject()

    window.show_records("payments")
    payments = window.browser.view("payments")  # type: ignore[union-attr]
    wait_until(app, lambda: not payments.model.busy)
    window.edit_record("payments", payments.model.record_id(0) or 1)
    editor = window.editor
    wait_until(app, lambda: editor.record is not None)
    editor.field_editor("total").setText("12,34,5.678")  # type: ignore[attr-defined]
    editor.field_editor("customer_id").setText("")  # type: ignore[attr-defined]
    editor.save()
    save(editor, "editor_validation")
    editor.reject()

    window.edit_record("customers", view.model.record_id(0) or 1)
    editor = window.editor
    wait_until(app, lambda: editor.record is not None)
    save(editor, "editor_customer")
    editor.reject()

    window.ask_import_csv()
    dialog = window.csv_dialog
    save(dialog, "csv_choose")
    dialog._browse()
    dialog.start_import()
    wait_until(app, lambda: dialog.report is not None)
    save(dialog, "csv_report")
    dialog.reject()

    for page in ("problems", "approvals", "sync_log"):
        window.show_page(page)
        save(window, f"empty_{page}")

    window.show_about()
    save(window.about_dialog, "about")
    window.about_dialog.reject()
    window.ask_new_company()
    window.new_company_dialog.name_edit.setText("Harbor View Dental")
    save(window.new_company_dialog, "new_company")
    window.new_company_dialog.reject()

    window.show_page("problems")
    window.show_guide()
    save(window.guide, "guide")
    window.guide.show_section("first-sync")
    save(window.guide, "guide_first_sync")
    window.guide.close()

    error = ErrorDialog(window)
    error.show_error(ErrorInfo("OperationalError", "database is locked", "Traceback …", "MainThread"))
    save(error, "error_dialog")
    error.close()

    window.close()
    window.deleteLater()

    shots += _render_dark(app, camera, company, work, language)
    translators.remove(app)
    for _ in range(5):
        app.processEvents()
    return shots


def _render_dark(app: QApplication, camera: Camera, company: Path, work: Path, language: str) -> list[Path]:
    """The welcome and home pages in a dark theme (the palette a dark desktop gives; colours follow it)."""
    from PySide6.QtGui import QPalette

    from qbdesk.ui.base.palette import dark_palette
    from qbdesk.ui.base.paths import resolve
    from qbdesk.ui.base.state import UiState
    from qbdesk.ui.main_window import MainWindow

    saved = QPalette(app.palette())
    app.setPalette(dark_palette())
    try:
        paths = resolve(work / f"base-dark-{language}").ensure()
        window = MainWindow(paths, UiState(paths.settings_file), language)
        window.resize(1180, 760)
        window.show()
        camera.save(window, "welcome_dark")
        window.open_company(str(company))
        wait_until(app, lambda: window.company is not None and window.home.totals.text().count("…") == 0)
        camera.save(window, "home_dark")
        window.close()
        window.deleteLater()
    finally:
        app.setPalette(saved)
    return camera.shots[-2:]


def render_sync(app: QApplication, language: str, out: Path, work: Path) -> list[Path]:
    """The QuickBooks screens: connect, health, the first-sync wizard with live counts, a sync in progress."""
    import requests

    from qbdesk.sandbox.chaos import FaultPlan
    from qbdesk.sync.settings import OneSided

    studio = Studio(app, out, language)
    server, shots, save = studio.server, studio.camera.shots, studio.camera.save
    window: MainWindow | None = None
    try:
        realm = server.create_company(size=700, seed=4242, locale=language,
                                      anchor=__import__("datetime").date(2026, 6, 30)).realm_id
        app_keys = server.create_app()
        (work / "sync").mkdir(exist_ok=True)
        company_path = make_company(work / "sync", language, 600)
        add_lookalikes(company_path, server.sandbox.entities(realm, "Customer"))
        window = studio.open_window(work / f"sync-base-{language}", company_path)
        controller = window.sync_controller
        save(window, "home_not_connected")

        # the Connect dialog: empty, waiting for the browser, then connected with its health panel
        window.open_connect_dialog()
        dialog = window.connect_dialog
        dialog.environment.setCurrentIndex(dialog.environment.findData("qbdesk-sandbox"))
        dialog.sandbox_url.setText(server.base_url)
        dialog.client_id.setText(app_keys.client_id)
        dialog.secret.setText(app_keys.client_secret)
        dialog.advanced.setChecked(True)
        save(dialog, "connect_dialog")
        dialog.advanced.setChecked(False)
        urls: list[str] = []
        dialog.browser = urls.append
        dialog.start_sign_in()
        wait_until(app, lambda: bool(urls))
        save(dialog, "connect_waiting")
        answer = requests.get(urls[0] + "&auto_consent=true", allow_redirects=False, timeout=10)
        dialog.paste.setText(answer.headers["Location"])
        dialog.use_pasted_address()
        wait_until(app, lambda: window is not None and window.connection is not None)
        dialog.health.check()
        wait_until(app, lambda: dialog.health.health is not None and not dialog.disconnect_button.isHidden())
        wait_until(app, lambda: not controller.is_busy)
        save(dialog, "connect_health")
        dialog.close()
        wait_until(app, lambda: controller.last_plan is not None and not controller.is_busy)
        save(window, "home_first_sync")
        default_size = window.size()
        window.resize(1024, 640)
        save(window, "home_first_sync_1024x640")  # the counts panel on a laptop screen
        window.resize(default_size)

        # the wizard, page by page, with the counts following the choices: at its own size, then at 1024×640
        window.open_first_sync_wizard()
        wizard = window.wizard
        wait_until(app, lambda: wizard.choices is not None and not controller.is_busy)

        def settled() -> bool:
            return (not controller.is_busy and controller.last_plan is not None
                    and controller.last_plan.settings == wizard.current)

        for suffix in ("", "_1024x640"):
            act = not suffix  # the choices are made once; the second pass shows the same pages smaller
            if suffix:
                wizard.resize(1024, 640)
                wizard.restart()
                wait_until(app, settled)
            save(wizard, f"wizard_one_sided{suffix}")
            wizard.next()
            if act:
                wait_until(app, lambda: wizard.matches.table.rowCount() > 0)
                first = wizard.matches.table.cellWidget(0, 4)
                before = controller.last_plan
                if first is not None:
                    first.same.click()  # type: ignore[attr-defined]
                    wait_until(app, lambda before=before: controller.last_plan is not before and settled())
            save(wizard, f"wizard_matches{suffix}")
            wizard.next()
            save(wizard, f"wizard_dates{suffix}")
            wizard.next()
            if act:
                wizard.refund.account.setCurrentIndex(min(1, wizard.refund.account.count() - 1))
                wait_until(app, lambda: not controller.is_busy)
            save(wizard, f"wizard_refund{suffix}")
            wizard.next()
            if act and wizard.choices and wizard.choices.methods:
                wizard.methods.set_checked(wizard.choices.methods[-1].key, False)
                wait_until(app, settled)
            save(wizard, f"wizard_methods{suffix}")
            wizard.next()
            if act:
                wizard.numbers.keep.click()  # keep the numbers: the ones QuickBooks already uses show as blocked
                wait_until(app, settled)
                save(wizard, "wizard_numbers")
                wizard.numbers.quickbooks.click()
                wait_until(app, settled)
            else:
                save(wizard, f"wizard_numbers{suffix}")
            wizard.next()
            wait_until(app, lambda: wizard.review.isComplete())
            save(wizard, f"wizard_review{suffix}")
        panel = wizard.review.counts
        model = panel.model
        column = 1 + model.keys.index("blocked")
        rows = [r for r in range(model.rowCount() - 1) if model.value(r, column)]
        if not rows:
            column = 1 + model.keys.index("ignored")
            rows = [r for r in range(model.rowCount() - 1) if model.value(r, column)]
        if rows:
            panel.table.clicked.emit(model.index(rows[0], column))
            panel.reasons_dialog.tree.expandAll()
            save(panel.reasons_dialog, "reasons_dialog")
            panel.reasons_dialog.close()
        assert wizard.current.only_in_qbo is OneSided.CREATE

        # Start sync: slowed down so the screenshot catches it half-way
        server.faults(realm).configure(FaultPlan(latency_ms=(120.0, 160.0)))
        wizard.accept()
        progress = window.sync_panel.progress
        wait_until(app, lambda: sum(1 for r in progress.rows.values() if r.total and r.done >= r.total) >= 7
                   and any(0 < r.done < r.total for r in progress.rows.values()), timeout=180)
        save(window, "home_syncing")
        server.faults(realm).configure(FaultPlan())
        wait_until(app, lambda: not controller.is_running, timeout=300)
        wait_until(app, lambda: not controller.is_busy and controller.status is not None, timeout=120)
        window.show_page("home")  # the Reconciliation page shows itself after a first sync; the home page says
        save(window, "home_synced")  # when it synced and when it syncs next

        # QuickBooks revokes the sign-in: the home page says "Reconnect needed"
        server.faults(realm).force("revoke")
        window.sync_panel.details_button.setChecked(True)
        window.sync_panel.health.check()
        wait_until(app, lambda: controller.reconnect_needed)
        save(window, "home_reconnect")
    finally:
        studio.close()
    return shots


CONNECT_SIZES = {"": (1180, 760), "-1024": (1024, 640)}  # the default window, and a small laptop screen


def render_connect(app: QApplication, language: str, out: Path, work: Path) -> list[Path]:
    """Issue 16's screens: the three-step checklist, Intuit's one button (through a sign-in relay on 127.0.0.1
    in front of the practice QuickBooks), the dialog waiting for the browser, and the connected state — the
    window at its default size and at 1024×640."""
    import requests

    from qbdesk.relay.config import RelayConfig
    from qbdesk.relay.server import RelayServer
    from qbdesk.ui.base.paths import resolve
    from qbdesk.ui.base.state import UiState
    from qbdesk.ui.main_window import MainWindow

    studio = Studio(app, out, language)
    server, shots, save = studio.server, studio.camera.shots, studio.camera.save
    saved_env = {k: os.environ.get(k) for k in ("QBDESK_BUILD_RELAY_URL", "QBDESK_BUILD_CLIENT_ID",
                                                "QBDESK_BUILD_DISCOVERY_URL", "QBDESK_BUILD_API_BASE")}
    relay: RelayServer | None = None
    try:
        server.create_company(size=200, seed=4242, locale=language, anchor=__import__("datetime").date(2026, 6, 30))
        keys = server.create_app()
        relay = RelayServer(RelayConfig(client_id=keys.client_id, client_secret=keys.client_secret,
                                        discovery=server.discovery_url)).start()
        os.environ.update({"QBDESK_BUILD_RELAY_URL": relay.address, "QBDESK_BUILD_CLIENT_ID": keys.client_id,
                           "QBDESK_BUILD_DISCOVERY_URL": server.discovery_url,
                           "QBDESK_BUILD_API_BASE": server.api_base})

        paths = resolve(work / f"connect-base-{language}").ensure()
        welcome = MainWindow(paths, UiState(paths.settings_file), language)
        welcome.show()
        for suffix, size in CONNECT_SIZES.items():
            welcome.resize(*size)
            save(welcome, f"checklist{suffix}")
        welcome.close()
        welcome.deleteLater()

        (work / "connect").mkdir(exist_ok=True)
        company_path = make_company(work / "connect", language, 300)
        window = studio.open_window(work / f"connect-window-{language}", company_path)
        for suffix, size in CONNECT_SIZES.items():
            window.resize(*size)
            save(window, f"connect{suffix}")

        urls: list[str] = []
        window.sync_panel.connect_button.click()  # Intuit's button: the dialog opens and signs in at once
        dialog = window.connect_dialog
        dialog.browser = urls.append
        wait_until(app, lambda: bool(urls) and dialog.waiting.isVisible())
        save(dialog, "connect_dialog")
        to_relay = requests.get(urls[0] + "&auto_consent=true", allow_redirects=False, timeout=10)
        requests.get(to_relay.headers["Location"], timeout=10)  # the relay sends the browser back to qbdesk
        wait_until(app, lambda: window.connection is not None and not dialog.waiting.isVisible())
        controller = window.sync_controller
        wait_until(app, lambda: not controller.is_busy and controller.status is not None)
        save(dialog, "connected_dialog")
        dialog.close()
        wait_until(app, lambda: controller.last_plan is not None and not controller.is_busy)
        for suffix, size in CONNECT_SIZES.items():
            window.resize(*size)
            save(window, f"connected{suffix}")
    finally:
        studio.close()
        if relay is not None:
            relay.stop()
        for key, value in saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return shots


CONNECT_DOCS = ("checklist", "checklist-1024", "connect", "connect-1024", "connect_dialog", "connected",
                "connected-1024", "connected_dialog")


PROBLEM_NAMES = {"en": ("Lakeside: Yoga", "Harbor Lights Marina"), "fr": ("Lac : Yoga", "Marina du Phare"),
                 "es": ("Lago: Yoga", "Marina del Faro")}


def render_problems(app: QApplication, language: str, out: Path, work: Path) -> list[Path]:
    """What a sync leaves behind: the Problems page (banner, badges, a problem explained), Approvals, the log."""
    import time as clock
    from datetime import date
    from decimal import Decimal

    from PySide6.QtCore import Qt
    from sqlalchemy import select

    from qbdesk.qbo.connection import Connection, ConnectionConfig
    from qbdesk.qbo.tokens import TokenSet, TokenStore
    from qbdesk.store import CreditMemo, Customer, Invoice, InvoiceLine, Link, RefundReceipt, open_company
    from qbdesk.sync.settings import SyncSettings, save_settings

    studio = Studio(app, out, language)
    server, shots, save = studio.server, studio.camera.shots, studio.camera.save
    window: MainWindow | None = None
    connection: Connection | None = None
    try:
        anchor = date(2026, 6, 30)
        realm = server.create_company(size=300, seed=4243, locale=language, anchor=anchor).realm_id
        server.sandbox.set_preferences(realm, custom_txn_numbers=True)
        (work / "problems").mkdir(exist_ok=True)
        company_path = make_company(work / "problems", language, 300)
        colon_name, walk_in = PROBLEM_NAMES[language]
        company = open_company(company_path)
        bank = next(a["Id"] for a in server.sandbox.entities(realm, "Account") if a["AccountType"] == "Bank")
        with company.session() as s:
            save_settings(s, SyncSettings(refund_account=bank))
            for model in (Invoice, CreditMemo, RefundReceipt):  # numbered after QuickBooks' own, as in life
                for record in s.scalars(select(model).where(model.doc_number.is_not(None))):
                    if record.doc_number and record.doc_number.isdigit():
                        record.doc_number = str(int(record.doc_number) + 4000)
            colon = Customer(display_name=colon_name)
            s.add(colon)
            s.add(Customer(display_name=server.sandbox.entities(realm, "Vendor")[0]["DisplayName"]))
            regular = s.scalars(select(Customer).where(Customer.parent_id.is_(None)).order_by(Customer.id)).first()
            for taken in [i["DocNumber"] for i in server.sandbox.entities(realm, "Invoice")][:2]:
                invoice = Invoice(customer=regular, txn_date=date(2026, 5, 4), doc_number=f"{taken}")
                invoice.lines.append(InvoiceLine(quantity=Decimal(3), unit_price=Decimal("85.00")))
                s.add(invoice)
        company.close()
        app_keys = server.create_app()
        store = TokenStore()
        store.save(TokenSet.from_response(realm, server.connect(app_keys, realm), clock.time()))
        config = ConnectionConfig("qbdesk-sandbox", app_keys.client_id, server.api_base, server.discovery_url,
                                  redirect_uri="http://127.0.0.1/callback", realm_id=realm)
        connection = Connection(config, secret=app_keys.client_secret, store=store, lock_dir=work / "locks")
        window = studio.open_window(work / f"problems-base-{language}", company_path)
        controller = window.sync_controller
        controller.set_connection(connection)
        hub = window.sync_hub

        def sync() -> None:
            assert window is not None
            done: list[object] = []
            window.syncFinished.connect(done.append)
            assert controller.start()
            wait_until(app, lambda: bool(done), timeout=120)
            window.syncFinished.disconnect(done.append)
            server.advance(60)
            wait_until(app, lambda: not controller.is_busy)

        sync()
        window.show_page("problems")
        view = hub.problems_view
        assert view is not None
        wait_until(app, lambda: bool(view.items) and not view.busy and hub.banner.isVisible())
        taken = next(i for i in view.items.values() if i.row.code == "duplicate_doc_number")
        view.select_problem(taken.id)
        wait_until(app, lambda: view.detail.item is not None)
        save(window, "problems")
        named = next((i for i in view.items.values() if "match" in i.row.actions), None)
        if named is not None:
            server.sandbox.write(realm, "Customer", {"DisplayName": walk_in})
            view.select_problem(named.id)
            view.run_action("match")
            picker = view.picker
            assert picker is not None
            picker.search.setText(walk_in.split()[0])
            picker.run_search()
            wait_until(app, lambda: picker.results.count() > 0)
            save(picker, "customer_picker")
            picker.reject()
        for group in view._groups():
            if group.data(0, Qt.ItemDataRole.UserRole + 2) == "invoices":
                view.tree.clearSelection()
                for n in range(group.childCount()):
                    child = group.child(n)
                    if child is not None:
                        child.setSelected(True)
        save(window, "problems_bulk")
        view.tree.clearSelection()
        window.show_page("home")

        # Changed on both sides, deleted in QuickBooks: a conflict and a Clear ID for the next sync.
        assert window.company is not None
        with window.company.session() as s:
            customer_link = s.scalars(select(Link).where(Link.entity_type == "Customer", Link.qbo_id.is_not(None))
                                      .order_by(Link.id)).first()
            invoice_link = s.scalars(select(Link).where(Link.entity_type == "Invoice", Link.qbo_id.is_not(None))
                                     .order_by(Link.id)).first()
            assert customer_link is not None and invoice_link is not None
            s.get(Customer, customer_link.local_id).notes = {  # type: ignore[union-attr]
                "en": "Gate code 4411", "fr": "Code du portail 4411", "es": "Código del portón 4411"}[language]
            customer_qbo, invoice_qbo = customer_link.qbo_id or "", invoice_link.qbo_id or ""
        current = server.sandbox.get(realm, "Customer", customer_qbo)
        assert current is not None
        server.sandbox.write(realm, "Customer", {"Id": customer_qbo, "SyncToken": current["SyncToken"],
                                                 "sparse": True, "Notes": "Gate code 9020"})
        server.sandbox.delete(realm, "Invoice", invoice_qbo)  # as a person does in QuickBooks' web app
        # And what a dry run shows of the next sync: one customer edited here, another in QuickBooks.
        with window.company.session() as s:
            others = list(s.scalars(select(Customer).where(Customer.parent_id.is_(None)).order_by(Customer.id)
                                    .offset(5).limit(2)))
            others[0].email = {"en": "accounts@harborview.example", "fr": "compta@phare.example",
                               "es": "cuentas@faro.example"}[language]
            renamed = s.scalars(select(Link).where(Link.entity_type == "Customer",
                                                   Link.local_id == others[1].id)).one().qbo_id or ""
        current = server.sandbox.get(realm, "Customer", renamed)
        assert current is not None
        server.sandbox.write(realm, "Customer", {"Id": renamed, "SyncToken": current["SyncToken"], "sparse": True,
                                                 "CompanyName": {"en": "Harbor View Holdings", "fr": "Groupe du Phare",
                                                                 "es": "Grupo del Faro"}[language]})
        counts = window.sync_panel.counts
        before = counts.model.plan
        controller.plan(None, refresh=True, debounce=False)
        wait_until(app, lambda: counts.model.plan is not None and counts.model.plan is not before
                   and not controller.is_busy)
        row = counts.model.entities.index("Customer")
        counts.table.clicked.emit(counts.model.index(row, 0))
        wait_until(app, lambda: getattr(counts, "operations_dialog", None) is not None)
        details = counts.operations_dialog
        details.tree.expandAll()
        save(details, "plan_details")
        details.close()
        sync()

        window.show_page("problems")
        wait_until(app, lambda: not view.busy and any(i.row.code == "conflict" for i in view.items.values()))
        conflict = next((i for i in view.items.values() if i.row.code == "conflict"), None)
        if conflict is not None:
            view.select_problem(conflict.id)
            wait_until(app, lambda: view.detail.item is not None and view.detail.item.id == conflict.id)
            save(window, "problems_conflict")

        # Review before syncing: changes on both sides wait in Approvals.
        window.sync_settings_action.trigger()
        dialog = hub.settings_dialog
        assert dialog is not None
        wait_until(app, lambda: dialog.preferences is not None)
        dialog.review.setChecked(True)
        dialog.numbers.setChecked(True)
        save(dialog, "sync_settings")
        dialog.save()
        wait_until(app, lambda: not dialog.isVisible())
        with window.company.session() as s:
            for n, customer in enumerate(s.scalars(select(Customer).where(Customer.parent_id.is_(None)).limit(3))):
                customer.phone = f"555-01{n:02d}"
        for name in ({"en": "Granite Supply Co", "fr": "Granits du Nord", "es": "Granitos del Norte"}[language],
                     {"en": "Blue Ridge Nursery", "fr": "Pépinière du Lac", "es": "Vivero El Lago"}[language]):
            server.sandbox.write(realm, "Vendor", {"DisplayName": name})
        sync()
        window.show_page("approvals")
        approvals = hub.approvals_view
        assert approvals is not None
        wait_until(app, lambda: len(approvals.rows) >= 4 and not approvals.busy)
        export = approvals.tree.topLevelItem(1)
        if export is not None and export.child(0) is not None:
            export.child(0).setCheckState(0, Qt.CheckState.Unchecked)  # type: ignore[union-attr]
        save(window, "approvals")

        window.show_page("sync_log")
        log_view = hub.log_view
        assert log_view is not None
        wait_until(app, lambda: log_view.model.is_idle() and log_view.model.rowCount() > 0 and bool(log_view.totals))
        save(window, "sync_log")
        log_view.set_status("failed")
        wait_until(app, log_view.model.is_idle)
        save(window, "sync_log_failed")
    finally:
        studio.close_window()  # before the connection it uses
        if connection is not None:
            connection.close()
        studio.close()
    return shots


RECONCILE_DOCS = ("reconciliation", "undo_preview", "undo_preview_fields", "reconciliation_pdf")


def render_reconcile(app: QApplication, language: str, out: Path, work: Path) -> list[Path]:
    """Issue 14: the Reconciliation page (balanced after a first sync, then with differences and the records
    behind one), the PDF's first page, and the undo plan of a run (deletions, links, records changed since; and a
    later run's restores field by field)."""
    import subprocess
    import time as clock
    from datetime import date
    from decimal import Decimal

    from sqlalchemy import select

    from qbdesk.qbo.connection import Connection, ConnectionConfig
    from qbdesk.qbo.tokens import TokenSet, TokenStore
    from qbdesk.store import Customer, Invoice, Link, SyncRun, Vendor, open_company
    from qbdesk.sync.settings import SyncSettings, save_settings
    from qbdesk.ui.reconcile.pdf import write_pdf

    studio = Studio(app, out, language)
    server, shots, save = studio.server, studio.camera.shots, studio.camera.save
    connection: Connection | None = None
    try:
        anchor = date(2026, 6, 30)
        realm = server.create_company(size=200, seed=4243, locale=language, anchor=anchor).realm_id
        (work / "reconcile").mkdir(exist_ok=True)
        company_path = make_company(work / "reconcile", language, 300)
        company = open_company(company_path)
        bank = next(a["Id"] for a in server.sandbox.entities(realm, "Account") if a["AccountType"] == "Bank")
        with company.session() as s:
            save_settings(s, SyncSettings(refund_account=bank))
        company.close()
        app_keys = server.create_app()
        store = TokenStore()
        store.save(TokenSet.from_response(realm, server.connect(app_keys, realm), clock.time()))
        config = ConnectionConfig("qbdesk-sandbox", app_keys.client_id, server.api_base, server.discovery_url,
                                  redirect_uri="http://127.0.0.1/callback", realm_id=realm)
        connection = Connection(config, secret=app_keys.client_secret, store=store, lock_dir=work / "locks")
        window = studio.open_window(work / f"reconcile-base-{language}", company_path)
        controller = window.sync_controller
        controller.set_connection(connection)
        hub = window.sync_hub

        def sync() -> None:
            done: list[object] = []
            window.syncFinished.connect(done.append)
            assert controller.start()
            wait_until(app, lambda: bool(done), timeout=180)
            window.syncFinished.disconnect(done.append)
            server.advance(60)
            wait_until(app, lambda: not controller.is_busy)

        sync()  # the first sync: the window shows the reconciliation by itself
        view = hub.reconcile_view
        assert view is not None
        wait_until(app, lambda: view.result is not None and not view.running, timeout=120)
        save(window, "reconciliation_balanced")

        # A later sync with a change each way (what an undo of it restores, field by field).
        assert window.company is not None
        with window.company.session() as s:
            customers = list(s.scalars(select(Customer).where(Customer.parent_id.is_(None)).order_by(Customer.id)
                                       .limit(2)))
            customers[0].email = {"en": "accounts@harborview.example", "fr": "compta@phare.example",
                                  "es": "cuentas@faro.example"}[language]
            customers[0].phone = "555-0142"
            theirs = s.scalars(select(Link.qbo_id).where(Link.entity_type == "Customer",
                                                         Link.local_id == customers[1].id)).one() or ""
        current = server.sandbox.get(realm, "Customer", theirs)
        assert current is not None
        server.sandbox.write(realm, "Customer", {"Id": theirs, "SyncToken": current["SyncToken"], "sparse": True,
                                                 "CompanyName": {"en": "Harbor View Holdings", "fr": "Groupe du Phare",
                                                                 "es": "Grupo del Faro"}[language]})
        sync()

        # Differences: an invoice changed here and not synced yet, a bill entered in QuickBooks only.
        with window.company.session() as s:
            invoice = s.scalars(select(Invoice).order_by(Invoice.id).offset(3)).first()
            assert invoice is not None
            invoice.lines[0].quantity += 2
            vendor = s.scalars(select(Vendor).order_by(Vendor.id)).first()
            assert vendor is not None
            vendor_qbo = s.scalars(select(Link.qbo_id).where(Link.entity_type == "Vendor",
                                                             Link.local_id == vendor.id)).one()
        expense = next(a["Id"] for a in server.sandbox.entities(realm, "Account") if a["AccountType"] == "Expense")
        server.sandbox.write(realm, "Bill", {"VendorRef": {"value": vendor_qbo}, "DocNumber": "QB-2026-118",
                                             "TxnDate": date.today().isoformat(),  # noqa: DTZ011 - the sandbox's day
                                             "Line": [{"Amount": Decimal("640.00"),
                                                       "DetailType": "AccountBasedExpenseLineDetail",
                                                       "AccountBasedExpenseLineDetail": {"AccountRef": {"value":
                                                                                                        expense}}}]})
        window.show_page("reconciliation")
        before = view.result
        view.run()
        wait_until(app, lambda: view.result is not before and not view.running, timeout=120)
        view.differences.setCurrentItem(view.differences.topLevelItem(0))
        save(window, "reconciliation")
        assert view.result is not None
        balance = next((d for d in view.result.differences if d.field == "open_balance"), None)
        if balance is not None:
            view.open_difference(balance)
            wait_until(app, lambda: view.records_dialog is not None and view.records_dialog.isVisible())
            assert view.records_dialog is not None
            save(view.records_dialog, "reconciliation_records")
            view.records_dialog.close()
        pdf = work / f"reconciliation-{language}.pdf"
        write_pdf(view.result, pdf)
        page = studio.camera.folder / "reconciliation_pdf"
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(page)],
                       check=True)
        shots.append(page.with_suffix(".png"))

        # Undo: the later run's plan (restores field by field), from the Sync log's button.
        window.show_page("sync_log")
        log_view = hub.log_view
        assert log_view is not None
        wait_until(app, lambda: log_view.model.is_idle() and log_view.model.rowCount() > 0)
        log_view.table.setCurrentIndex(log_view.model.index(0, 0))
        save(window, "sync_log_undo")
        log_view.undo_button.click()
        dialog = hub.undo_dialog
        assert dialog is not None
        wait_until(app, lambda: getattr(dialog, "plan", None) is not None, timeout=60)
        dialog.tree.expandAll()
        save(dialog, "undo_preview_fields")
        dialog.close()
        # ... and the first sync's: deleted or made inactive in QuickBooks, deleted here, links, changed since.
        with window.company.session() as s:
            first = s.scalars(select(SyncRun.id).where(SyncRun.kind == "first")).one()
        hub.undo_run(first)
        dialog = hub.undo_dialog
        wait_until(app, lambda: getattr(dialog, "plan", None) is not None, timeout=60)
        save(dialog, "undo_preview")
        dialog.close()
    finally:
        studio.close_window()
        if connection is not None:
            connection.close()
        studio.close()
    return shots


# Issue 18's record types, and the two whose lines the editor now changes.
RECORD_KEYS = ("classes", "locations", "estimates", "sales_receipts", "bill_payments", "vendor_credits",
               "purchase_orders", "deposits", "transfers", "journal_entries", "invoices", "bills")


def _synced_currency(path: Path, language: str) -> None:
    """What a sync leaves: QuickBooks' home currency (the French sample is a QuickBooks France company)."""
    from qbdesk.store import open_company
    from qbdesk.store.summary import set_home_currency

    company = open_company(path)
    with company.session() as session:
        set_home_currency(session, "EUR" if language == "fr" else "USD")
    company.close()


# The record screens the docs show (docs/sync.md): a list of a new type and the invoice editor with its lines.
RECORD_DOCS = {"records_bill_payments": "records-bill-payments", "editor_invoices": "editor-invoice-lines",
               "editor_journal_entries": "editor-journal-entry"}


def render_records(app: QApplication, language: str, out: Path, work: Path, size: int) -> list[Path]:
    """Every record page of issue 18 and its editor (invoices and bills with their editable lines)."""
    from qbdesk.ui.base.paths import resolve
    from qbdesk.ui.base.state import UiState
    from qbdesk.ui.main_window import MainWindow

    camera = Camera(app, out, language)
    translators, shots, save = camera.translators, camera.shots, camera.save
    company = make_company(work, f"{language}", size) if not (work / f"sample-{language}.qbdesk").exists() \
        else work / f"sample-{language}.qbdesk"
    _synced_currency(company, language)
    paths = resolve(work / f"records-{language}").ensure()
    window = MainWindow(paths, UiState(paths.settings_file), language)
    window.resize(1180, 760)
    window.show()
    window.open_company(str(company))
    wait_until(app, lambda: window.company is not None and window.home.totals.text().count("…") == 0)
    save(window, "home_all_types")
    for key in RECORD_KEYS:
        window.show_records(key)
        assert window.browser is not None
        shown = window.browser.view(key)
        wait_until(app, shown.model.is_idle)
        shown.table.selectRow(1)
        save(window, f"records_{key}")
        window.edit_record(key, shown.model.record_id(1) or 1)
        editor = window.editor
        wait_until(app, lambda editor=editor: editor.record is not None)  # type: ignore[misc]
        save(editor, f"editor_{key}")
        editor.reject()
    window.close()
    window.deleteLater()
    translators.remove(app)
    for _ in range(5):
        app.processEvents()
    return shots


SHELL_DOCS = ("home_1024", "records_invoices_1024", "home_dark", "welcome_dark", "guide", "error_dialog")


def render_desktop(app: QApplication, language: str, out: Path, work: Path) -> list[Path]:
    """Issue 20's window: QuickBooks ▸ QuickBooks Desktop before the service runs, then after a practice Web
    Connector session (the last call and what waits for the next update)."""
    import socket

    from sqlalchemy import select

    from qbdesk.desktop.config import load_config, set_password
    from qbdesk.desktop.practice.company import DesktopCompany
    from qbdesk.desktop.practice.seed import seed
    from qbdesk.desktop.practice.webconnector import WebConnector
    from qbdesk.store.lists import Customer
    from qbdesk.ui.connect.desktop import open_desktop_dialog

    studio = Studio(app, out, language)
    save = studio.camera.save
    try:
        (work / "desktop").mkdir(exist_ok=True)
        company_path = make_company(work / "desktop", language, 300)
        window = studio.open_window(work / f"desktop-window-{language}", company_path)
        assert window.company is not None
        dialog = open_desktop_dialog(window, window.company)
        wait_until(app, dialog.isVisible)
        save(dialog, "desktop_dialog_new")
        set_password(load_config(window.company), "practice-password")
        dialog.refresh()
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            dialog.port.setValue(int(probe.getsockname()[1]))
        dialog.start_button.click()
        desktop = DesktopCompany()
        seed(desktop, 150, seed=7, locale=language)
        assert dialog.link.url is not None
        WebConnector(dialog.link.url, desktop, "qbdesk", "practice-password").run()
        with window.company.session() as s:
            for customer in s.scalars(select(Customer).where(Customer.dirty.is_(False)).limit(3)):
                customer.phone = "555-0100"
        dialog.refresh()
        save(dialog, "desktop_dialog")
        dialog.link.stop()
        dialog.close()
    finally:
        studio.close()
    return studio.camera.shots


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "screens")
    parser.add_argument("--langs", default="en,fr,es")
    parser.add_argument("--size", type=int, default=3000, help="records in each sample company")
    parser.add_argument("--docs", action="store_true", help="also copy the README screenshots to docs/")
    parser.add_argument("--only", choices=("all", "shell", "sync", "problems", "connect", "reconcile", "records",
                                           "desktop"),
                        default="all",
                        help="render only the shell's screens, the QuickBooks ones, or the sync results "
                             "(problems, approvals, log)")
    args = parser.parse_args()
    import subprocess

    subprocess.run([sys.executable, str(ROOT / "scripts" / "i18n.py"), "build"], check=True)  # the screens as shipped
    configure_application()
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    from qbdesk.ui.base import logs

    with tempfile.TemporaryDirectory(prefix="qbdesk-screens-") as tmp:
        logs.setup(Path(tmp) / "render.log", qt_messages=False)
        for language in args.langs.split(","):
            if args.only in ("all", "shell"):
                shots = render_language(app, language, args.out, args.size, Path(tmp))
                print(f"{language}: {len(shots)} screens in {args.out / language}")
                if args.docs:
                    DOCS.mkdir(parents=True, exist_ok=True)
                    shutil.copy(args.out / language / "home.png", DOCS / f"home-{language}.png")
                    shutil.copy(args.out / language / "records_invoices.png", DOCS / f"records-{language}.png")
                    for name in SHELL_DOCS:
                        shutil.copy(args.out / language / f"{name}.png",
                                    DOCS / f"{name.replace('_', '-')}-{language}.png")
            if args.only in ("all", "records"):
                shots = render_records(app, language, args.out, Path(tmp), min(args.size, 1500))
                print(f"{language}: {len(shots)} record screens in {args.out / language}")
                if args.docs:
                    DOCS.mkdir(parents=True, exist_ok=True)
                    for name, doc_name in RECORD_DOCS.items():
                        shutil.copy(args.out / language / f"{name}.png", DOCS / f"{doc_name}-{language}.png")
            if args.only in ("all", "sync"):
                shots = render_sync(app, language, args.out, Path(tmp))
                print(f"{language}: {len(shots)} QuickBooks screens in {args.out / language}")
                if args.docs:
                    DOCS.mkdir(parents=True, exist_ok=True)
                    shutil.copy(args.out / language / "wizard_review.png", DOCS / f"wizard-review-{language}.png")
                    shutil.copy(args.out / language / "wizard_matches.png", DOCS / f"wizard-matches-{language}.png")
                    shutil.copy(args.out / language / "home_syncing.png", DOCS / f"home-syncing-{language}.png")
                    shutil.copy(args.out / language / "home_synced.png", DOCS / f"home-synced-{language}.png")
            if args.only in ("all", "desktop"):
                shots = render_desktop(app, language, args.out, Path(tmp))
                print(f"{language}: {len(shots)} QuickBooks Desktop screens in {args.out / language}")
                if args.docs:
                    DOCS.mkdir(parents=True, exist_ok=True)
                    shutil.copy(args.out / language / "desktop_dialog.png", DOCS / f"desktop-dialog-{language}.png")
            if args.only in ("all", "connect"):
                shots = render_connect(app, language, args.out, Path(tmp))
                print(f"{language}: {len(shots)} connect screens in {args.out / language}")
                if args.docs:
                    DOCS.mkdir(parents=True, exist_ok=True)
                    for name in CONNECT_DOCS:
                        shutil.copy(args.out / language / f"{name}.png",
                                    DOCS / f"{name.replace('_', '-')}-{language}.png")
            if args.only in ("all", "problems"):
                shots = render_problems(app, language, args.out, Path(tmp))
                print(f"{language}: {len(shots)} sync-result screens in {args.out / language}")
                if args.docs:
                    DOCS.mkdir(parents=True, exist_ok=True)
                    shutil.copy(args.out / language / "problems.png", DOCS / f"problems-{language}.png")
                    shutil.copy(args.out / language / "plan_details.png", DOCS / f"plan-details-{language}.png")
            if args.only in ("all", "reconcile"):
                shots = render_reconcile(app, language, args.out, Path(tmp))
                print(f"{language}: {len(shots)} reconciliation and undo screens in {args.out / language}")
                if args.docs:
                    DOCS.mkdir(parents=True, exist_ok=True)
                    for name in RECONCILE_DOCS:
                        shutil.copy(args.out / language / f"{name}.png",
                                    DOCS / f"{name.replace('_', '-')}-{language}.png")
        logs.teardown()
    QLocale.setDefault(QLocale.system())
    QCoreApplication.processEvents()
    from qbdesk.ui.base import background

    background.wait_for_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
