"""CSV cells a spreadsheet would run as a formula are written as text (OWASP's CSV injection rule).

Customer, vendor and item names come from anyone — a web form, a client's
QuickBooks, a file someone sent. A name such as ``=HYPERLINK("http://…")`` or
``+cmd|' /C calc'!A0`` written into ``plan --ops``, the sync log export or a
reconciliation is run by Excel or LibreOffice when the accountant opens the file.
OWASP's rule: a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is prefixed with a single quote, which spreadsheets show as text and do
not display.

Numbers keep their sign: a cell that is only a number (``-12.50``, ``+33 1 23 45 67
89``, ``-2026-06-30``) is not a formula a spreadsheet would run, and quoting it would
turn amounts into text. Anything else after the sign — a letter, an operator, a
``|`` — is neutralised, so ``-2+cmd|…`` does not slip through as "a number".
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import IO, Any

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER_LIKE = re.compile(r"[+-][0-9][0-9 .,()/-]*")


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet could run ``text`` as a formula (or a DDE command)."""
    if not text or not text.startswith(TRIGGERS):
        return False
    return not (text[0] in "+-" and _NUMBER_LIKE.fullmatch(text))


def safe_cell(value: Any) -> Any:
    """``value`` as written to a CSV cell: strings that look like formulas get a leading single quote."""
    if isinstance(value, str) and is_formula_like(value):
        return "'" + value
    return value


class SafeWriter:
    """``csv.writer`` whose every row goes through :func:`safe_cell`."""

    def __init__(self, handle: IO[str], **kwargs: Any) -> None:
        self._writer = csv.writer(handle, **kwargs)

    def writerow(self, row: Iterable[Any]) -> Any:
        return self._writer.writerow([safe_cell(value) for value in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def writer(handle: IO[str], **kwargs: Any) -> SafeWriter:
    return SafeWriter(handle, **kwargs)
