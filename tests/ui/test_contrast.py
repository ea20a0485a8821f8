"""Text must be readable in a light and in a dark theme: WCAG AA (4.5:1) measured on the rendered pixels.

Each key widget is shown under the theme's palette, grabbed from its window (so the
backgrounds of its parents count, as they do on screen), and the contrast between
the most common colour of the text's rectangle (its background) and the colour
farthest from it (the strokes of its letters) is computed with WCAG's formula.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from qbdesk.ui.base.palette import contrast, dark_palette, is_dark
from qbdesk.ui.company.setup_checklist import DONE, NOW, TODO, ChecklistStep
from qbdesk.ui.connect.reconnect_notice import ReconnectNotice
from qbdesk.ui.sync.banner import ProblemBanner
from qbdesk.ui.widgets.message_bar import MessageBar

AA = 4.5


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    saved = QPalette(qapp.palette())
    style = qapp.style().name()
    qapp.setStyle("Fusion")
    qapp.setPalette(dark_palette() if request.param == "dark" else qapp.style().standardPalette())
    assert is_dark() == (request.param == "dark")
    yield str(request.param)
    qapp.setStyle(style)
    qapp.setPalette(saved)


def measured(label: QLabel) -> float:
    """The contrast of ``label``'s letters against what is behind them, from the window's pixels."""
    top = label.window()
    seen = label.visibleRegion().boundingRect()  # the part on screen (a scroll area may hide the rest)
    rect = QRect(label.mapTo(top, seen.topLeft()), seen.size())
    image = top.grab(rect).toImage()
    counts: Counter[int] = Counter(image.pixel(x, y) for y in range(image.height()) for x in range(image.width()))
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(contrast(QColor.fromRgb(rgb), background) for rgb in counts)


def show(qtbot: Any, *widgets: QWidget) -> QWidget:
    host = QWidget()
    layout = QVBoxLayout(host)
    for widget in widgets:
        layout.addWidget(widget)
    host.resize(720, 120 * len(widgets))
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    QApplication.processEvents()
    return host


def _labels(root: QWidget) -> list[QLabel]:
    return [w for w in root.findChildren(QLabel) if w.isVisible() and w.text() and w.pixmap().isNull()]


KEY_WIDGETS: dict[str, Callable[[], list[QWidget]]] = {}


def key(name: str) -> Callable[[Callable[[], list[QWidget]]], Callable[[], list[QWidget]]]:
    def register(build: Callable[[], list[QWidget]]) -> Callable[[], list[QWidget]]:
        KEY_WIDGETS[name] = build
        return build
    return register


@key("setup checklist: done, the first-sync call to action, to do")
def _checklist() -> list[QWidget]:
    steps = []
    for number, state in ((1, DONE), (2, DONE), (3, NOW), (4, TODO)):
        step = ChecklistStep(number)
        step.set_state(state, f"Step {number} title", "What this step does, in one sentence.")
        steps.append(step)
    return steps


@key("message bars: info, success, error")
def _message_bars() -> list[QWidget]:
    bars = []
    for kind in ("info", "success", "error"):
        bar = MessageBar()
        bar.show_message(f"A {kind} message under a list.", kind)
        bars.append(bar)
    return bars


@key("problem banner and reconnect notice")
def _notices() -> list[QWidget]:
    banner = ProblemBanner()
    banner.set_counts({"invoices": 3})
    return [banner, ReconnectNotice()]


@pytest.mark.parametrize("name", sorted(KEY_WIDGETS))
def test_key_widgets_meet_wcag_aa(theme: str, name: str, qtbot: Any) -> None:
    host = show(qtbot, *KEY_WIDGETS[name]())
    labels = _labels(host)
    assert labels, "nothing to measure"
    weak = [(label.text(), round(measured(label), 2)) for label in labels if measured(label) < AA]
    assert weak == [], f"{theme}: {weak}"


def test_the_measure_sees_grey_on_grey(qtbot: Any) -> None:
    label = QLabel("Barely readable")
    label.setStyleSheet("color: #9a9a9a; background: #bdbdbd;")
    host = show(qtbot, label)
    assert measured(label) < 2.0
    label.setStyleSheet("color: #000000; background: #ffffff;")
    QApplication.processEvents()
    assert measured(label) > 15
    host.close()


def test_every_text_of_the_window_meets_wcag_aa(theme: str, make_window: Any, company_file: Any,
                                                qtbot: Any) -> None:
    """The welcome page, then the home page with a company open: every visible label, in both themes."""
    window = make_window("en")
    qtbot.waitExposed(window)
    QApplication.processEvents()

    def weak_labels() -> list[tuple[str, float]]:
        labels = [label for label in _labels(window)
                  if label.isEnabled() and not label.visibleRegion().boundingRect().isEmpty()]
        assert len(labels) > 5
        return [(label.objectName() or label.text()[:40], round(measured(label), 2)) for label in labels
                if measured(label) < AA]

    weak = weak_labels()  # the welcome page
    with qtbot.waitSignal(window.summary_shown, timeout=15000):
        window.open_company(str(company_file))
    QApplication.processEvents()
    weak += weak_labels()  # the home page
    assert weak == [], f"{theme}: {weak}"


def test_line_icons_are_inked_for_the_theme(theme: str) -> None:
    """The sidebar's and buttons' line icons: slate on a light window, light on a dark one (≥ 3:1, WCAG's
    figure for graphics)."""
    from PySide6.QtGui import QImage, QPalette

    from qbdesk.ui.base.icons import icon

    image = icon("open").pixmap(48, 48).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    inked = [image.pixelColor(x, y) for y in range(48) for x in range(48) if image.pixelColor(x, y).alpha() > 250]
    assert inked
    window = QApplication.palette().color(QPalette.ColorRole.Button)
    assert max(contrast(c, window) for c in inked) >= 3.0, theme


@pytest.mark.parametrize("name", ["light", "dark"])
def test_every_pair_of_the_palette_tables_meets_aa(name: str) -> None:
    """Text roles against the window and the field backgrounds of their theme, and each surface's text on it."""
    from qbdesk.ui.base.palette import DARK, LIGHT, Surface

    tones, backgrounds = (LIGHT, ("#efefef", "#ffffff")) if name == "light" else (DARK, ("#2b2d31", "#1f2023"))
    weak = [(role, bg) for role in ("error", "warning", "success", "muted") for bg in backgrounds
            if contrast(QColor(getattr(tones, role)), QColor(bg)) < AA]
    for field in tones.__dataclass_fields__:
        surface = getattr(tones, field)
        if isinstance(surface, Surface) and contrast(QColor(surface.text), QColor(surface.background)) < AA:
            weak.append((field, surface.background))
    assert weak == []
