"""The app's icons: simple SVG line icons from ``resources/icons``.

SVG keeps them sharp at every scale factor (Windows at 150 %, Retina); QIcon
renders them through Qt's SVG icon engine, so no PNG sets have to be kept.
"""

from __future__ import annotations

import sys
import tempfile
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from qbdesk.ui.base.logs import logger
from qbdesk.ui.base.palette import is_dark

log = logger("ui")

APP_ICON = "qbdesk"


def icons_dir() -> Path:
    """``resources/icons`` in a source checkout, or inside a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources" / "icons"
    return Path(__file__).resolve().parents[4] / "resources" / "icons"


INK = "#3d4f66"        # the line icons' colour, drawn for a light window
DARK_INK = "#b9c4d2"   # the same icons on a dark window (the slate ink all but disappears there)


def icon(name: str) -> QIcon:
    """The icon ``name``, inked for the current theme (light or dark palette)."""
    return _icon(name, is_dark())


@cache
def _icon(name: str, dark: bool) -> QIcon:
    path = icons_dir() / f"{name}.svg"
    if not path.is_file():
        log.warning("missing icon %s", path)
        return QIcon()
    if dark:
        path = _inked(path, DARK_INK)
    return QIcon(str(path))


@cache
def _ink_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="qbdesk-icons-"))


def _inked(path: Path, ink: str) -> Path:
    """A copy of an SVG icon drawn in ``ink`` instead of the light theme's slate (QIcon reads files)."""
    target = _ink_dir() / path.name
    if not target.exists():
        target.write_text(path.read_text(encoding="utf-8").replace(INK, ink), encoding="utf-8")
    return target


def app_icon() -> QIcon:
    return _icon(APP_ICON, False)  # the app's own colours, whatever the theme
