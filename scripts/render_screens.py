"""Render every screen of the app to PNG, offscreen, in English, French and Spanish.

For the README and for reviewing layouts by eye (clipped labels, spacing, empty
areas). Each language gets its own generated sample company in that language, so
the screenshots look like what a user of that language sees.

    .venv/bin/python scripts/render_screens.py --out build/screens [--docs] [--langs en,fr,es]

``--docs`` also copies the home page and the invoice list into docs/screenshots/.
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QWidget

import qbdesk.ui  # noqa: F401 - applies the PySide6 refcount guard first
from qbdesk.ui.app import configure_application
from qbdesk.ui.i18n import Translators

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


def render_language(app: QApplication, language: str, out: Path, size: int, work: Path) -> list[Path]:
    from qbdesk.ui.errors import ErrorDialog, ErrorInfo
    from qbdesk.ui.main_window import MainWindow
    from qbdesk.ui.paths import resolve
    from qbdesk.ui.state import UiState

    translators = Translators()
    translators.install(app, language)
    folder = out / language
    folder.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        path = folder / f"{name}.png"
        widget.grab().save(str(path))
        shots.append(path)

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

    error = ErrorDialog(window)
    error.show_error(ErrorInfo("OperationalError", "database is locked", "Traceback …", "MainThread"))
    save(error, "error_dialog")
    error.close()

    window.close()
    window.deleteLater()
    translators.remove(app)
    for _ in range(5):
        app.processEvents()
    return shots


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "screens")
    parser.add_argument("--langs", default="en,fr,es")
    parser.add_argument("--size", type=int, default=3000, help="records in each sample company")
    parser.add_argument("--docs", action="store_true", help="also copy the README screenshots to docs/")
    args = parser.parse_args()
    configure_application()
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    from qbdesk.ui import logs

    with tempfile.TemporaryDirectory(prefix="qbdesk-screens-") as tmp:
        logs.setup(Path(tmp) / "render.log", qt_messages=False)
        for language in args.langs.split(","):
            shots = render_language(app, language, args.out, args.size, Path(tmp))
            print(f"{language}: {len(shots)} screens in {args.out / language}")
            if args.docs:
                DOCS.mkdir(parents=True, exist_ok=True)
                shutil.copy(args.out / language / "home.png", DOCS / f"home-{language}.png")
                shutil.copy(args.out / language / "records_invoices.png", DOCS / f"records-{language}.png")
        logs.teardown()
    QLocale.setDefault(QLocale.system())
    QCoreApplication.processEvents()
    from qbdesk.ui import background

    background.wait_for_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
