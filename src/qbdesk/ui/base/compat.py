"""Work around PySide6 6.12.0's reference-count bug on Python 3.11.

PySide6 6.12.0 returns the ``None``/``True`` singletons from its bindings without
taking a reference: every call to a void Qt method (``processEvents()``,
``setText()``…) takes one reference away from ``None``, and every
``Signal.emit()`` one from ``True``. Python 3.12+ made these singletons immortal,
which hides the bug there; on Python 3.11 (our minimum) the interpreter aborts
with "none_dealloc" or "bool_dealloc" after a few thousand calls, i.e. within
seconds of real use. PySide6 6.11.x is not affected; the project's requirements
should exclude 6.12.0.

The guard detects the leak with a probe rather than trusting version numbers and
then gives the three singletons a huge reference count: the same "immortal"
treatment CPython 3.12 gives them by design. It does nothing when the bug is absent.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_PROBES = 64
_IMMORTAL_BOOST = 1 << 40
_applied = False


class _Probe(QObject):
    ping = Signal()


def bindings_leak_singletons() -> bool:
    """True when void Qt calls or ``emit()`` drop references to ``None``/``True``."""
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.setObjectName("probe")
        probe.ping.emit()
    leaked_none = none_before - sys.getrefcount(None)
    leaked_true = true_before - sys.getrefcount(True)
    return leaked_none >= _PROBES // 2 or leaked_true >= _PROBES // 2


def _boost(obj: object) -> None:
    # ob_refcnt is the first field of every CPython object (3.11's layout).
    refcount = ctypes.c_ssize_t.from_address(id(obj))
    refcount.value += _IMMORTAL_BOOST


def guard_singleton_refcounts() -> bool:
    """Apply the workaround once if needed; returns whether it is active."""
    global _applied
    if _applied:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not bindings_leak_singletons():
        return False
    for singleton in (None, True, False):
        _boost(singleton)
    _applied = True
    return True
