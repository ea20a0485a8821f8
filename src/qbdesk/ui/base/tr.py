"""Marking strings for translation where they are defined, not where they are shown.

PySide6 types ``QT_TRANSLATE_NOOP`` as returning ``object``; this typed twin
keeps the name lupdate looks for, so tables of labels stay both extractable and
type-checked. Translate them at display time with
``QCoreApplication.translate(context, source)``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    del context
    return source
