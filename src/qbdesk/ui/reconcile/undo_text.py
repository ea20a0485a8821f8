"""Words for undoing a run: the preview's groups, why a run cannot be undone, what an undo did.

The engine names things with codes (``delete_in_qbo``, ``changed_in_qbo_after_run``,
``nothing_written``); this module is the one place that says them in the user's
language, for the undo dialog, the error messages and the status bar alike
(GLOSSARY: Undo this run = Annuler cette synchronisation / Deshacer esta sincronización).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QObject

from qbdesk.ui.base.tr import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from qbdesk.sync.undo_run import UndoSummary

CONTEXT: Final = "UndoText"

# The preview's groups, in the order the undo carries them out on each side, then what it leaves.
GROUPS: Final = (
    ("delete_in_qbo", QT_TRANSLATE_NOOP("UndoText", "To delete in QuickBooks")),
    ("deactivate_in_qbo", QT_TRANSLATE_NOOP("UndoText", "To make inactive in QuickBooks")),
    ("restore_in_qbo", QT_TRANSLATE_NOOP("UndoText", "To restore in QuickBooks, as before the run")),
    ("delete_here", QT_TRANSLATE_NOOP("UndoText", "To delete here")),
    ("restore_here", QT_TRANSLATE_NOOP("UndoText", "To restore here, as before the run")),
    ("unlink", QT_TRANSLATE_NOOP("UndoText", "Links to undo (the records stay on both sides)")),
    ("changed_since", QT_TRANSLATE_NOOP("UndoText", "Changed since the run: left as they are, you decide")),
    ("not_undone", QT_TRANSLATE_NOOP("UndoText", "Not undone")),
)

# Why a record of the run is left as it is.
_REASONS: Final = {
    "changed_in_qbo_after_run": QT_TRANSLATE_NOOP("UndoText", "Changed in QuickBooks after the run"),
    "changed_here_after_run": QT_TRANSLATE_NOOP("UndoText", "Changed here after the run"),
    "deleted_for_good": QT_TRANSLATE_NOOP("UndoText", "Deleted in QuickBooks by the run: QuickBooks cannot bring "
                                                      "a deleted transaction back"),
    "kept_by_user": QT_TRANSLATE_NOOP("UndoText", "Kept as it is, as you chose"),
    "gone_since_run": QT_TRANSLATE_NOOP("UndoText", "No longer there: nothing to put back"),
}

# Why a run cannot be undone (UndoRefused.code).
_REFUSALS: Final = {
    "no_such_run": QT_TRANSLATE_NOOP("UndoText", "This run is no longer in the sync log, so it cannot be undone."),
    "is_undo": QT_TRANSLATE_NOOP("UndoText", "This run is itself an undo, and an undo is not undone: sync again to "
                                             "do once more what it took back."),
    "nothing_written": QT_TRANSLATE_NOOP("UndoText", "No sync has written anything yet, so there is nothing to "
                                                     "undo."),
    "other_undo_waits": QT_TRANSLATE_NOOP("UndoText", "Another undo was interrupted: resume it first (Sync ▸ "
                                                      "Resume), then undo this run."),
    "nothing_to_resume": QT_TRANSLATE_NOOP("UndoText", "There is no interrupted undo to resume."),
}
_CANNOT: Final = QT_TRANSLATE_NOOP("UndoText", "This run cannot be undone.")


def _t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def group_title(key: str) -> str:
    return _t(dict(GROUPS).get(key, key))


def reason_title(reason: str | None) -> str:
    source = _REASONS.get(reason or "")
    return _t(source) if source else (reason or "")


def undo_refusal_text(code: str) -> str:
    source = _REFUSALS.get(code)
    return _t(source or _CANNOT)


class UndoText(QObject):
    """The plural phrases (lupdate reads ``%n`` plurals only from ``tr()`` on a QObject)."""

    def summary(self, summary: UndoSummary) -> str:
        """What an undo did, in one paragraph."""
        if summary.nothing_to_do:
            return self.tr("Nothing was left to undo: this run had been taken back already.")
        there = summary.deleted_in_qbo + summary.deactivated_in_qbo + summary.restored_in_qbo
        here = summary.deleted_here + summary.restored_here
        parts = [self.tr("%n record(s) deleted, made inactive or restored in QuickBooks", "", there),
                 self.tr("%n record(s) deleted or restored here", "", here),
                 self.tr("%n link(s) undone", "", summary.unlinked)]
        text = self.tr("{parts}.").format(parts="; ".join(parts))
        if summary.problems:
            text += " " + self.tr("%n record(s) were left as they are: see Problems, where you choose Undo anyway "
                                  "or Keep it for each.", "", summary.problems)
        return text

    def headline(self, summary: UndoSummary) -> str:
        if summary.status == "interrupted":
            return self.tr("The undo stopped before the end. Resume continues where it stopped; nothing is done "
                           "twice. No sync starts until it is finished.")
        if summary.status == "failed":
            return self.tr("The undo failed.")
        if summary.problems:
            return self.tr("The run was undone, except %n record(s).", "", summary.problems)
        return self.tr("The run was undone: both sides are as they were before it.")

    def count(self, n: int) -> str:
        return self.tr("%n record(s)", "", n)


@cache
def undo_words() -> UndoText:
    return UndoText()
