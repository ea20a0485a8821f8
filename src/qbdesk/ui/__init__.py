"""The desktop window (the only package that imports PySide6).

Importing it applies :mod:`qbdesk.ui.base.compat`'s guard first, so no window, test or
script can run into PySide6 6.12.0's reference-count bug on Python 3.11.
"""

from qbdesk.ui.base.compat import guard_singleton_refcounts

PYSIDE_REFCOUNT_GUARD = guard_singleton_refcounts()
