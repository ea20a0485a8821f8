"""French and Spanish from day one: complete catalogues, matching placeholders, and a window that speaks them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from qbdesk.store.csv_import import MESSAGES
from qbdesk.ui.base.i18n import choose_language, format_locale
from qbdesk.ui.base.ts_check import messages, placeholders, problems
from qbdesk.ui.company.csv_messages import CSV_REASONS, translate_reason
from qbdesk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations"


@pytest.mark.parametrize("language", ["fr", "es"])
def test_catalogue_is_complete_with_matching_placeholders(language: str) -> None:
    ts = TS / f"qbdesk_{language}.ts"
    assert problems(ts) == []
    assert len(messages(ts)) > 300


def test_english_plural_forms_are_complete() -> None:
    assert problems(TS / "qbdesk_en.ts", plural_only=True) == []


def test_catalogues_are_up_to_date_with_the_source() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "i18n.py"), "check"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_the_checker_catches_unfinished_obsolete_and_placeholder_mistakes(tmp_path: Path) -> None:
    ts = tmp_path / "bad_fr.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context><name>X</name>
  <message><source>Open {name}</source><translation>Ouvrir {nom}</translation></message>
  <message><source>Row %1 of %2</source><translation>Ligne %1</translation></message>
  <message><source>Not yet</source><translation type="unfinished"></translation></message>
  <message><source>Gone</source><translation type="vanished">Parti</translation></message>
  <message><source>Old</source><translation type="obsolete">Vieux</translation></message>
  <message numerus="yes"><source>%n row(s)</source><translation>
    <numerusform>une ligne</numerusform><numerusform>%n lignes {x}</numerusform></translation></message>
  <message><source>Fine {a}</source><translation>Bien {a}</translation></message>
</context></TS>
""", encoding="utf-8")
    found = problems(ts)
    assert len(found) == 6
    assert sum("placeholders differ" in f for f in found) == 3
    assert any("not translated" in f for f in found)
    assert any("vanished" in f for f in found) and any("obsolete" in f for f in found)
    assert placeholders("%L1 {a} %n %Ln") == placeholders("%1 {a} %n %n")


def test_every_csv_import_reason_can_be_translated(translators: Any, qapp: Any) -> None:
    assert set(CSV_REASONS) == set(MESSAGES.values()), "add new importer reasons to ui/company/csv_messages.py"
    translators.install(qapp, "es")
    assert translate_reason(MESSAGES["no_customer"], {"name": "Ana"}) == "No hay ningún cliente llamado “Ana”"


def test_window_speaks_french_and_spanish(make_window: Any, translators: Any, qapp: Any) -> None:
    english = make_window("en")
    assert [a.text() for a in english.menuBar().actions()] == ["&Company", "&QuickBooks", "&Settings", "&Window",
                                                                "&Help"]
    english.close()

    translators.install(qapp, "fr")
    french: MainWindow = make_window("fr")
    assert [a.text() for a in french.menuBar().actions()] == ["&Entreprise", "&QuickBooks", "&Paramètres",
                                                               "Fe&nêtre", "&Aide"]
    assert french.sidebar.item(0).text() == "Accueil"
    assert french.sidebar.item(4).text() == "Journal de synchronisation"
    assert french.home.open_button.text() == "&Ouvrir un fichier d'entreprise…"
    assert french.problems.title.text() == "Aucun problème de synchronisation"
    assert "Resynchroniser" in french.problems.body.text() and "Mettre de côté" in french.problems.body.text()
    assert QLocale().decimalPoint() == ","
    french.close()

    translators.install(qapp, "es")
    spanish: MainWindow = make_window("es")
    assert [a.text() for a in spanish.menuBar().actions()] == ["&Empresa", "&QuickBooks", "&Configuración",
                                                                "&Ventana", "A&yuda"]
    assert spanish.sidebar.item(3).text() == "Aprobaciones"
    assert "Resincronizar" in spanish.problems.body.text() and "Aplazar" in spanish.problems.body.text()
    assert spanish.home.practice_button.text() == "Abrir la &empresa de prueba"


def test_french_record_browser_uses_the_glossary(opened: MainWindow, translators: Any, qapp: Any,
                                                 qtbot: Any) -> None:
    translators.install(qapp, "fr")
    from qbdesk.ui.company.records.view import RecordBrowser

    assert opened.company is not None
    browser = RecordBrowser(opened.company)
    qtbot.addWidget(browser)
    titles = [browser.types.item(i).text() for i in range(browser.types.count())]
    for term in ("Clients", "Fournisseurs", "Produits et services", "Plan comptable", "Modes de paiement",
                 "Conditions de paiement", "Factures", "Avoirs", "Reçus de remboursement", "Dépenses",
                 "Factures fournisseurs"):
        assert term in titles
    view = browser.show_type("bills")
    qtbot.waitUntil(lambda: not view.model.busy, timeout=5000)
    from PySide6.QtCore import Qt

    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers[0] == "N° de document fournisseur" and headers[5] == "Solde impayé"
    assert "enregistrements" in view.count_label.text()


def test_language_choice_follows_cli_then_setting_then_system() -> None:
    assert choose_language("es", "fr", QLocale("fr_FR")) == "es"
    assert choose_language(None, "fr", QLocale("es_ES")) == "fr"
    assert choose_language(None, None, QLocale("es_MX")) == "es"
    assert choose_language(None, None, QLocale("de_DE")) == "en"
    assert format_locale("fr", QLocale("fr_CA")).name() == "fr_CA"
    assert format_locale("fr", QLocale("en_US")).name() == "fr_FR"


def test_settings_language_is_stored_for_the_next_start(window: MainWindow, ui_state: Any, qtbot: Any) -> None:
    window.language_actions["fr"].trigger()
    assert ui_state.language() == "fr"
    assert "next time" in window.statusBar().currentMessage()
    window.language_notice.close()
    window.language_actions[None].trigger()
    assert ui_state.language() is None
    window.language_notice.close()
