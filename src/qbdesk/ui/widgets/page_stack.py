"""A stack of whole pages that does not measure its hidden pages' wrapped text on every switch.

``QStackedLayout`` tells its parent layout it has a height-for-width as soon as one
of its pages does, and then answers it by asking **every** page, hidden ones
included. A page with word-wrapped labels answers by laying their text out again
(``QLabel`` keeps no cache of it), and a page switch invalidates the window's
layouts all the way up, so each switch re-shaped the wrapped text of every page
of the window: a third of a record list's switch (about 4 ms of 14 on this
project's 2-core machine; ``bench/bench_page_switch.py``).

A page of the window or of a page's own stack fills the space it is given; its height
never comes from its width (the window's minimum size is the pages' minimum size, not
a height for a width). So the stack says it has none, and only the page shown lays
its text out, at its own width, when it is shown or resized.
"""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget


class PageStack(QStackedWidget):
    """``QStackedWidget`` for pages that fill it: no height-for-width asked of the pages it hides."""

    def hasHeightForWidth(self) -> bool:
        return False
