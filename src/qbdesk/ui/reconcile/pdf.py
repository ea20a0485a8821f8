"""The reconciliation as a PDF an accountant files with the client.

One document: the company (the company file's name and QuickBooks'), the day
compared, when it was prepared, a verdict in a box, every check with its figures
on each side, the difference and its verdict, then each difference with the
records behind it — in the window's language, money and dates written with
QLocale (money exactly: :func:`qbdesk.ui.base.money.format_money`). Letter paper where
the locale measures in inches, A4 elsewhere.

Qt lays it out (``QTextDocument`` from HTML, printed on a ``QPdfWriter``), so the
window and ``qbdesk reconcile --pdf`` write the same file; the command line runs
Qt offscreen — no screen is needed.
"""

from __future__ import annotations

import html
import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from qbdesk import __version__
from qbdesk.ui.base.tr import QT_TRANSLATE_NOOP
from qbdesk.ui.reconcile.text import (
    SECTIONS,
    check_title,
    day_text,
    figure,
    reconcile_words,
    record_text,
    section_of,
    section_title,
    verdict_word,
    where_word,
)

if TYPE_CHECKING:
    from qbdesk.sync.reconcile import Reconciliation

RECORDS_PER_DIFFERENCE: Final = 25
_GREEN, _RED = "#1e7d3a", "#b3261e"
_TEXTS: Final = {
    "title": QT_TRANSLATE_NOOP("ReconcilePdf", "Reconciliation report"),
    "company": QT_TRANSLATE_NOOP("ReconcilePdf", "Company file"),
    "qbo": QT_TRANSLATE_NOOP("ReconcilePdf", "QuickBooks company"),
    "as_of": QT_TRANSLATE_NOOP("ReconcilePdf", "Compared as of"),
    "prepared": QT_TRANSLATE_NOOP("ReconcilePdf", "Prepared"),
    "checks": QT_TRANSLATE_NOOP("ReconcilePdf", "Checks"),
    "check": QT_TRANSLATE_NOOP("ReconcilePdf", "Check"),
    "here": QT_TRANSLATE_NOOP("ReconcilePdf", "Here"),
    "in_qbo": QT_TRANSLATE_NOOP("ReconcilePdf", "QuickBooks"),
    "difference": QT_TRANSLATE_NOOP("ReconcilePdf", "Difference"),
    "verdict": QT_TRANSLATE_NOOP("ReconcilePdf", "Verdict"),
    "differences": QT_TRANSLATE_NOOP("ReconcilePdf", "Differences and the records behind them"),
    "record": QT_TRANSLATE_NOOP("ReconcilePdf", "Record"),
    "where": QT_TRANSLATE_NOOP("ReconcilePdf", "Where"),
    "qbo_id": QT_TRANSLATE_NOOP("ReconcilePdf", "QuickBooks Id"),
    "none": QT_TRANSLATE_NOOP("ReconcilePdf", "None: every check agrees."),
    "source": QT_TRANSLATE_NOOP("ReconcilePdf", "QuickBooks' figures come from its own reports (Customer and "
                                                "Vendor Balance Summaries, A/R and A/P Aging Summaries) and its "
                                                "records; the company file's from its records. Counts of name lists "
                                                "are of active records; transactions are those dated on or before "
                                                "the day compared."),
    "footer": QT_TRANSLATE_NOOP("ReconcilePdf", "Prepared with qbdesk {version}."),
    "unnamed": QT_TRANSLATE_NOOP("ReconcilePdf", "(no name)"),
}


def _t(key: str) -> str:
    return QCoreApplication.translate("ReconcilePdf", _TEXTS[key])


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def report_html(result: Reconciliation, locale: QLocale, prepared: datetime) -> str:
    """The document as HTML (what ``QTextDocument`` lays out)."""
    words = reconcile_words()
    color = _GREEN if result.balanced else _RED
    stamp = QDateTime.fromSecsSinceEpoch(int(prepared.timestamp()))
    when = f"{locale.toString(stamp.date(), QLocale.FormatType.LongFormat)} " \
           f"{locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)}"
    parts = [
        "<html><body style='font-size:9.5pt'>",
        f"<h1 style='font-size:17pt;margin-bottom:2px'>{_e(_t('title'))}</h1>",
        "<table cellspacing='0' cellpadding='2'>",
        f"<tr><td><b>{_e(_t('company'))}</b></td><td>{_e(result.company or _t('unnamed'))}</td></tr>",
        f"<tr><td><b>{_e(_t('qbo'))}</b></td><td>{_e(result.qbo_company or _t('unnamed'))}</td></tr>",
        f"<tr><td><b>{_e(_t('as_of'))}</b></td><td>{_e(day_text(result.as_of, locale, long=True))}</td></tr>",
        f"<tr><td><b>{_e(_t('prepared'))}</b></td><td>{_e(when)}</td></tr>",
        "</table><br/>",
        f"<table width='100%' cellpadding='8' style='border:2px solid {color}'><tr><td "
        f"style='color:{color};font-size:12pt'><b>{_e(verdict_word(result.balanced))}</b> — "
        f"{_e(words.verdict_sentence(result.balanced, len(result.differences)))}</td></tr></table>",
        f"<h2 style='font-size:12.5pt'>{_e(_t('checks'))}</h2>",
        "<table width='100%' cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse;"
        "border-color:#c9ced6'>",
        f"<tr style='background:#eef1f5'><th align='left'>{_e(_t('check'))}</th><th align='right'>"
        f"{_e(_t('here'))}</th><th align='right'>{_e(_t('in_qbo'))}</th><th align='right'>"
        f"{_e(_t('difference'))}</th><th align='left'>{_e(_t('verdict'))}</th></tr>",
    ]
    for key, _title in SECTIONS:
        checks = [c for c in result.checks if section_of(c.name) == key]
        if not checks:
            continue
        parts.append(f"<tr><td colspan='5' style='background:#f7f8fa'><b>{_e(section_title(key))}</b></td></tr>")
        for check in checks:
            tint = _GREEN if check.balanced else _RED
            parts.append(
                f"<tr><td>{_e(check_title(check.name))}</td><td align='right'>{_e(figure(check.here, locale))}</td>"
                f"<td align='right'>{_e(figure(check.qbo, locale))}</td><td align='right'>"
                f"{_e(figure(check.difference, locale))}</td><td style='color:{tint}'>"
                f"{_e(verdict_word(check.balanced))}</td></tr>")
    parts.append("</table>")
    parts.append(f"<h2 style='font-size:12.5pt'>{_e(_t('differences'))}</h2>")
    if not result.differences:
        parts.append(f"<p>{_e(_t('none'))}</p>")
    for diff in result.differences:
        parts.append(
            f"<p style='margin-bottom:2px'><b>{_e(words.difference_title(diff, locale))}</b> — {_e(_t('here'))} "
            f"{_e(figure(diff.here, locale))}, {_e(_t('in_qbo'))} {_e(figure(diff.qbo, locale))}, "
            f"{_e(_t('difference'))} {_e(figure(diff.here - diff.qbo, locale))}</p>")
        if diff.records:
            parts.append("<table width='100%' cellspacing='0' cellpadding='2' border='1' style='border-collapse:"
                         "collapse;border-color:#dde1e7;font-size:8.5pt'>")
            parts.append(f"<tr style='background:#f3f5f8'><th align='left'>{_e(_t('record'))}</th><th align='left'>"
                         f"{_e(_t('where'))}</th><th align='right'>{_e(_t('here'))}</th><th align='right'>"
                         f"{_e(_t('in_qbo'))}</th><th align='left'>{_e(_t('qbo_id'))}</th></tr>")
            for ref in diff.records[:RECORDS_PER_DIFFERENCE]:
                parts.append(f"<tr><td>{_e(record_text(ref))}</td><td>{_e(where_word(ref.side))}</td>"
                             f"<td align='right'>{_e(figure(ref.here, locale)) if ref.here is not None else ''}</td>"
                             f"<td align='right'>{_e(figure(ref.qbo, locale)) if ref.qbo is not None else ''}</td>"
                             f"<td>{_e(ref.qbo_id or '')}</td></tr>")
            parts.append("</table>")
            if len(diff.records) > RECORDS_PER_DIFFERENCE:
                parts.append(f"<p>{_e(words.more(len(diff.records) - RECORDS_PER_DIFFERENCE))}</p>")
    parts.append(f"<p style='color:#5b6573;font-size:8pt'>{_e(_t('source'))}<br/>"
                 f"{_e(_t('footer').format(version=__version__))}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def page_size(locale: QLocale) -> QPageSize:
    """Letter where the locale measures in inches (the United States), A4 elsewhere."""
    imperial = locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if imperial else QPageSize.PageSizeId.A4)


def write_pdf(result: Reconciliation, path: Path, locale: QLocale | None = None,
              prepared: datetime | None = None) -> None:
    """Write the report to ``path`` (the GUI application must exist: fonts come from it)."""
    locale = locale or QLocale()
    writer = QPdfWriter(str(path))
    writer.setPageSize(page_size(locale))
    writer.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout.Unit.Millimeter)
    writer.setTitle(_t("title"))
    writer.setCreator(f"qbdesk {__version__}")
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(report_html(result, locale, prepared or datetime.now().astimezone()))
    document.print_(writer)
    del writer  # the file is complete once the writer is gone
    if not path.is_file():
        raise OSError(f"the PDF was not written to {path}")


def write_from_cli(result: Reconciliation, path: Path, language: str | None, basedir: str | None) -> None:
    """``qbdesk reconcile --pdf``: Qt offscreen, in the window's language (``--lang``, else the one chosen in
    the window, else the system's)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from qbdesk.ui.base.i18n import Translators, choose_language
    from qbdesk.ui.base.paths import configure_application, resolve
    from qbdesk.ui.base.state import UiState

    configure_application()
    app = QGuiApplication.instance() or QGuiApplication(["qbdesk"])
    saved = UiState(resolve(basedir).settings_file).language()
    translators = Translators()
    translators.install(app, choose_language(language, saved))
    try:
        write_pdf(result, path)
    finally:
        translators.remove(app)
