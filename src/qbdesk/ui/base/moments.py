"""Dates and times as the user's locale writes them, always with a four-digit year.

Qt's short formats write two-digit years in several locales ("12/7/26" in English):
ambiguous in books that go back decades, and in a list of sync runs. Every date the
window shows goes through here: the locale's own short pattern, its year widened to
four digits ("12/7/2026", "07/12/2026", "7/12/2026").
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

_SHORT_YEAR = re.compile(r"(?<!y)y{1,2}(?!y)")


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date pattern with a four-digit year (for QDateEdit and for text)."""
    return _widened((locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat))


@cache
def _widened(pattern: str) -> str:  # a list paints thousands of dates: the pattern is rewritten once
    return _SHORT_YEAR.sub("yyyy", pattern)


def time_format(locale: QLocale | None = None) -> str:
    return (locale or QLocale()).timeFormat(QLocale.FormatType.ShortFormat)


def format_date(day: date | QDate, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    qdate = day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)
    return locale.toString(qdate, date_format(locale))


def format_time(moment: QTime, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return locale.toString(moment, time_format(locale))


def _local(moment: datetime | QDateTime) -> QDateTime:
    if isinstance(moment, QDateTime):
        return moment.toLocalTime()
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def format_moment(moment: datetime | QDateTime, locale: QLocale | None = None) -> str:
    """A date and a time ("12/7/2026 2:05 PM")."""
    locale = locale or QLocale()
    stamp = _local(moment)
    return f"{format_date(stamp.date(), locale)} {format_time(stamp.time(), locale)}"


def format_compact(moment: datetime | QDateTime, locale: QLocale | None = None) -> str:
    """A list's time column, as mail programs do: the time when it is today, else the date."""
    locale = locale or QLocale()
    stamp = _local(moment)
    if stamp.date() == QDateTime.currentDateTime().date():
        return format_time(stamp.time(), locale)
    return format_date(stamp.date(), locale)
