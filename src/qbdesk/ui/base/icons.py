"""The app's icons: simple SVG line icons from ``resources/icons``.

SVG keeps them sharp at every scale factor (Windows at 150 %, Retina); QIcon
renders them through Qt's SVG icon engine, so no PNG sets have to be kept.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from qbdesk.ui.base.logs import logger

log = logger("ui")

APP_ICON = "qbdesk"


def icons_dir() -> Path:
    """``resources/icons`` in a source checkout, or inside a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources" / "icons"
    return Path(__file__).resolve().parents[4] / "resources" / "icons"


@cache
def icon(name: str) -> QIcon:
    path = icons_dir() / f"{name}.svg"
    if not path.is_file():
        log.warning("missing icon %s", path)
        return QIcon()
    return QIcon(str(path))


def app_icon() -> QIcon:
    return icon(APP_ICON)
