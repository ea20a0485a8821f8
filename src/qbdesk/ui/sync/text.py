"""Words for what the sync engine says in codes: phases, entity types, skip reasons, rates and durations.

The engine is Qt-free and speaks in codes (``read_qbo``, ``only_in_qbo_ignored``,
``preflight:length``…); this module turns them into translated sentences. The
texts the problem catalogue already owns (context "Problems") are reused rather
than written twice.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Final

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject

from qbdesk.ui.base.moments import format_moment, format_time
from qbdesk.ui.base.tr import QT_TRANSLATE_NOOP
from qbdesk.ui.company.records.labels import BY_ENTITY

CONTEXT = "SyncText"

PHASES: Final = {
    "read_here": QT_TRANSLATE_NOOP("SyncText", "Reading this company file…"),
    "read_qbo": QT_TRANSLATE_NOOP("SyncText", "Reading QuickBooks Online…"),
    "reconcile": QT_TRANSLATE_NOOP("SyncText", "Checking what the interrupted sync left unfinished…"),
    "incremental": QT_TRANSLATE_NOOP("SyncText", "Sending and receiving the changes since the last sync…"),
    "compare": QT_TRANSLATE_NOOP("SyncText", "Comparing both sides in full…"),
    "host_requests": QT_TRANSLATE_NOOP("SyncText", "Carrying out what other desktops asked for…"),
}

# The planner's reason codes (qbdesk.sync.plan R_*) the problem catalogue has no message for.
REASONS: Final = {
    "only_in_qbo_ignored": QT_TRANSLATE_NOOP(
        "SyncText", "Found only in QuickBooks, and the settings say to ignore such records."),
    "only_here_ignored": QT_TRANSLATE_NOOP(
        "SyncText", "Found only in this company file, and the settings say to ignore such records."),
    "before_date": QT_TRANSLATE_NOOP("SyncText", "Dated before the start date."),
    "payment_method_excluded": QT_TRANSLATE_NOOP("SyncText", "Paid with a payment method that is not checked."),
    "read_only_in_qbo": QT_TRANSLATE_NOOP(
        "SyncText", "QuickBooks does not let apps create these; set them up in QuickBooks."),
    "not_kept_in_qbo": QT_TRANSLATE_NOOP(
        "SyncText", "This QuickBooks does not keep records of this kind (QuickBooks Desktop: not synced through the "
                    "Web Connector yet); it stays here."),
    "dont_sync": QT_TRANSLATE_NOOP("SyncText", "You chose not to sync this record."),
    "skipped_by_user": QT_TRANSLATE_NOOP("SyncText", "You put its problem aside: it is not retried until you "
                                                     "take it up again."),
    "waiting_for_approval": QT_TRANSLATE_NOOP("SyncText", "Waits for your approval (Approvals)."),
}

RUN_STATUSES: Final = {
    "completed": QT_TRANSLATE_NOOP("SyncText", "Sync completed."),
    "interrupted": QT_TRANSLATE_NOOP("SyncText", "Sync interrupted: it can be resumed."),
    "failed": QT_TRANSLATE_NOOP("SyncText", "Sync failed: it can be resumed."),
    "running": QT_TRANSLATE_NOOP("SyncText", "Sync running."),
}

# The count headers in plain words, on two lines where that keeps the columns narrow; the legend under the
# table (counts_panel.Legend) says what each side's column leads to.
COLUMNS: Final = (
    ("in_qbo", QT_TRANSLATE_NOOP("SyncText", "Found in\nQuickBooks"),
     QT_TRANSLATE_NOOP("SyncText", "Records found in QuickBooks Online (after the date and payment-method filters)")),
    ("here", QT_TRANSLATE_NOOP("SyncText", "Found\nhere"),
     QT_TRANSLATE_NOOP("SyncText", "Records found in this company file (after the filters)")),
    ("matched", QT_TRANSLATE_NOOP("SyncText", "Linked"),
     QT_TRANSLATE_NOOP("SyncText", "Found on both sides: linked, nothing is created")),
    ("create_in_qbo", QT_TRANSLATE_NOOP("SyncText", "To create\nin QuickBooks"),
     QT_TRANSLATE_NOOP("SyncText", "Only here: will be created in QuickBooks Online")),
    ("create_here", QT_TRANSLATE_NOOP("SyncText", "To create\nhere"),
     QT_TRANSLATE_NOOP("SyncText", "Only in QuickBooks: will be created in this company file")),
    ("update", QT_TRANSLATE_NOOP("SyncText", "To\nupdate"),
     QT_TRANSLATE_NOOP("SyncText", "Changes to send to QuickBooks or to take from it (click to see each field)")),
    ("ignored", QT_TRANSLATE_NOOP("SyncText", "Ignored"),
     QT_TRANSLATE_NOOP("SyncText", "Not created, as the settings ask (click to see why)")),
    ("filtered", QT_TRANSLATE_NOOP("SyncText", "Left\nout"),
     QT_TRANSLATE_NOOP("SyncText", "Left out by the start date or an unchecked payment method")),
    ("blocked", QT_TRANSLATE_NOOP("SyncText", "Blocked"),
     QT_TRANSLATE_NOOP("SyncText", "Cannot sync until a problem is fixed (click to see why)")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def entity_title(entity: str) -> str:
    """The plural title of an entity type ("Invoices"), translated."""
    label = BY_ENTITY.get(entity)
    return QCoreApplication.translate("RecordTypes", label.title) if label else entity


def entity_singular(entity: str) -> str:
    label = BY_ENTITY.get(entity)
    return QCoreApplication.translate("RecordTypes", label.singular) if label else entity


def phase_text(name: str) -> str:
    if name in PHASES:
        return tr(PHASES[name])
    if name in BY_ENTITY:
        return QCoreApplication.translate("SyncText", "Syncing {type}…").format(type=entity_title(name).lower())
    return name


def _record_param(value: str) -> str:
    """The planner names a record "Customer Acme Ltd": translate the type word."""
    entity, _, rest = value.partition(" ")
    if entity in BY_ENTITY and rest:
        return f"{entity_singular(entity)} “{rest}”"
    return value


def reason_text(reason: str | None, params: dict[str, str]) -> str:
    """One sentence for a skipped operation's reason code, translated, placeholders filled."""
    from qbdesk.sync.catalogue import REASON_MESSAGES, find_entry, preflight_code

    code = preflight_code(reason) or ""
    values = dict(params)
    if "record" in values:
        values["record"] = _record_param(values["record"])
    if code in REASONS:
        return tr(REASONS[code])
    template = REASON_MESSAGES.get(code)
    if template is not None:
        text = QCoreApplication.translate("Problems", template)
        try:
            return text.format(**values)
        except (KeyError, IndexError):
            return text
    if reason and reason.startswith("preflight:"):
        entry = find_entry(code)
        if entry.key != "unknown":
            return QCoreApplication.translate("Problems", entry.title)
        return values.get("message") or code
    return values.get("message") or values.get("record") or code or tr(QT_TRANSLATE_NOOP("SyncText", "No reason given"))


def run_status_text(status: str) -> str:
    return tr(RUN_STATUSES[status]) if status in RUN_STATUSES else status


def rate_text(rate: float) -> str:
    """Records per second (per minute when slow), with the locale's decimal sign."""
    locale = QLocale()
    if rate <= 0:
        return ""
    if rate < 1:
        return QCoreApplication.translate("SyncText", "{rate} records/min").format(
            rate=locale.toString(rate * 60, "f", 0))
    return QCoreApplication.translate("SyncText", "{rate} records/s").format(
        rate=locale.toString(rate, "f", 1 if rate < 10 else 0))


def duration_text(seconds: float | None) -> str:
    """"about 3 min left" — rounded the way people say it."""
    if seconds is None:
        return ""
    if seconds < 60:
        return QCoreApplication.translate("SyncText", "less than a minute left")
    minutes = round(seconds / 60)
    if minutes < 90:
        return _plurals().minutes_left(minutes)
    hours = round(seconds / 3600, 1)
    return QCoreApplication.translate("SyncText", "about {hours} h left").format(
        hours=QLocale().toString(hours, "f", 1))


def elapsed_text(seconds: float) -> str:
    if seconds < 60:
        return _plurals().seconds(max(1, round(seconds)))
    return _plurals().minutes(round(seconds / 60))


class SyncText(QObject):
    """The plural phrases: lupdate extracts ``%n`` plurals only from ``tr()`` calls on a QObject; the class
    is named like the context so these stay in "SyncText" with the module's other words."""

    def minutes_left(self, n: int) -> str:
        return self.tr("about %n min left", "", n)

    def seconds(self, n: int) -> str:
        return self.tr("%n s", "", n)

    def minutes(self, n: int) -> str:
        return self.tr("%n min", "", n)


@cache
def _plurals() -> SyncText:
    return SyncText()


def moment_text(moment: datetime) -> str:
    """A moment as people say it: the time alone today, the date and time on another day (local time)."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    if local.date() == QDateTime.currentDateTime().date():
        return format_time(local.time())
    return format_moment(local)
