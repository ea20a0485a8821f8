"""Every colour the window draws, chosen for the palette it runs in (light or dark).

Widgets never write a colour of their own: a hard-coded light tint behind the
palette's text is unreadable in a dark theme (white on pale blue), and a dark red
that reads well on white disappears on charcoal. They ask this module for a *role*
— an error sentence, a muted hint, a calm notice, the step to do now — and get the
colour of that role for the current palette. Each pair of text and background
colours here keeps a contrast ratio of at least 4.5:1 (WCAG AA for body text);
``tests/ui/test_contrast.py`` measures it on the rendered widgets in both themes.

The choice is made when a widget builds its style sheet; :func:`is_dark` follows
the application's palette (what the system says on Windows and macOS, or what
:func:`dark_palette` installs).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from PySide6.QtGui import QColor, QGuiApplication, QPalette


@dataclass(frozen=True)
class Surface:
    """A tinted panel: its background, its border and the text written on it."""

    background: str
    border: str
    text: str


@dataclass(frozen=True)
class Tones:
    """The colours of one theme, by role."""

    error: str        # a sentence saying what went wrong (next to a field, under a list)
    warning: str      # a sentence asking for care (a sign-in about to expire)
    success: str      # a sentence saying something worked (connected, balanced)
    muted: str        # secondary text: hints, "not yet", steps to come
    info: Surface     # a calm notice (reconnect, approvals waiting, the host syncs elsewhere)
    good: Surface     # a success message, a balanced reconciliation
    bad: Surface      # an error message, a reconciliation with differences
    caution: Surface  # the problem banner, the practice company badge
    now: Surface      # the step to do now in the setup checklist (the call to action)
    mark_done: Surface  # a step's round mark: done, now, to do
    mark_now: Surface
    mark_todo: Surface
    badge_problem: Surface  # the sidebar's count pills
    badge_approval: Surface


LIGHT: Final = Tones(
    error="#b3261e", warning="#7a4f00", success="#1e6b1e", muted="#5b6470",
    info=Surface("#eef3fa", "#b7cbe8", "#1b2a3a"),
    good=Surface("#e6f4ea", "#b3d9bf", "#1e5631"),
    bad=Surface("#fbe9e7", "#eab5ad", "#8c1d18"),
    caution=Surface("#fdf0dc", "#e8c48a", "#5c3b00"),
    now=Surface("#f3f7fc", "#9db7d9", "#1b2a3a"),
    mark_done=Surface("#1e7a1e", "#1e7a1e", "#ffffff"),
    mark_now=Surface("#1f4e8c", "#1f4e8c", "#ffffff"),
    mark_todo=Surface("#e3e7ec", "#e3e7ec", "#4a525c"),
    badge_problem=Surface("#b3261e", "#b3261e", "#ffffff"),
    badge_approval=Surface("#2f5f9e", "#2f5f9e", "#ffffff"),
)

DARK: Final = Tones(
    error="#ff9e94", warning="#f2c46b", success="#8fd694", muted="#aab3bf",
    info=Surface("#1f2d3d", "#3d5a80", "#dce7f5"),
    good=Surface("#1d3324", "#3e6f4c", "#cdebd5"),
    bad=Surface("#3d2220", "#804039", "#ffd7d1"),
    caution=Surface("#3b2f14", "#806224", "#f7e2b5"),
    now=Surface("#1f2d3d", "#5479ad", "#e8eef7"),
    mark_done=Surface("#2e7d32", "#2e7d32", "#ffffff"),
    mark_now=Surface("#3a6fb5", "#3a6fb5", "#ffffff"),
    mark_todo=Surface("#454b53", "#454b53", "#e1e5ea"),
    badge_problem=Surface("#c62828", "#c62828", "#ffffff"),
    badge_approval=Surface("#2f6db5", "#2f6db5", "#ffffff"),
)


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window's background is darker than its text (a dark theme)."""
    if palette is None:
        palette = QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightnessF() < text.lightnessF()


def tones(palette: QPalette | None = None) -> Tones:
    """The colours of the current theme."""
    return DARK if is_dark(palette) else LIGHT


def text_style(role: str, *, bold: bool = False) -> str:
    """A style sheet giving a label the colour of ``role`` ("error", "warning", "success", "muted")."""
    color = getattr(tones(), role)
    assert isinstance(color, str), role
    return f"color: {color};" + (" font-weight: bold;" if bold else "")


def surface_style(selector: str, surface: Surface, *, radius: int = 4, extra: str = "") -> str:
    """A style sheet for a tinted frame ``selector`` whose labels are written in the surface's text colour."""
    return (f"{selector} {{ background: {surface.background}; border: 1px solid {surface.border}; "
            f"border-radius: {radius}px; color: {surface.text}; {extra}}}\n"
            f"{selector} QLabel {{ color: {surface.text}; background: transparent; border: none; }}")


def dark_palette() -> QPalette:
    """A dark palette for Fusion: for Linux desktops without one, the screenshots and the contrast tests."""
    p = QPalette()
    roles = QPalette.ColorRole
    colors = {
        roles.Window: "#2b2d31", roles.WindowText: "#e8eaed", roles.Base: "#1f2023",
        roles.AlternateBase: "#27292d", roles.ToolTipBase: "#3a3c41", roles.ToolTipText: "#e8eaed",
        roles.Text: "#e8eaed", roles.Button: "#35373c", roles.ButtonText: "#e8eaed", roles.BrightText: "#ffffff",
        roles.Highlight: "#3a6fb5", roles.HighlightedText: "#ffffff", roles.Link: "#8ab4f8",
        roles.LinkVisited: "#c58af9", roles.PlaceholderText: "#9aa0a6", roles.Light: "#4a4d52",
        roles.Midlight: "#3d4045", roles.Mid: "#2f3135", roles.Dark: "#1a1b1e", roles.Shadow: "#000000",
    }
    for role, value in colors.items():
        p.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(disabled, role, QColor("#7c8087"))
    return p


def contrast(foreground: QColor, background: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours (1 to 21)."""
    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
                + 0.0722 * channel(color.blueF()))
    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
