"""A painted cell's roles answered in one call from Qt, for models written in Python.

Qt's item delegates ask the model for seven roles a cell (font, alignment, colours,
check state, icon, text, background) through ``multiData``. Its default calls
``data()`` once a role, and from Python each call is a crossing from C++ into the
interpreter: for a table of a few hundred cells that was most of a page switch's
Python time (``bench/bench_page_switch.py``). A model overrides ``multiData`` and
answers them all here, in one crossing.

The delegate passes the same span for every cell it paints, so a role must be set or
cleared, never left alone: it would keep the previous cell's value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, cast

from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan


def fill_roles(span: QModelRoleDataSpan | QModelRoleData, answer: Callable[[int], Any] | None) -> None:
    """Set each role of ``span`` to ``answer(role)``, or clear it where that is ``None`` (every role, for no
    ``answer``: an invalid index)."""
    # One role alone, or a span: PySide's span is iterable, though its type stubs do not say so.
    items = (span,) if isinstance(span, QModelRoleData) else cast("Iterable[QModelRoleData]", span)
    for item in items:
        value = answer(item.role()) if answer is not None else None
        if value is None:
            item.clearData()
        else:
            item.setData(value)
