"""An unexpected error in words for people: what happened and what to do, in the user's language.

The error dialog leads with these sentences; the exception's own text (English,
technical) goes under Details, for support. The common causes are recognised by
the exception's type and message — a company file locked by another program, a
full disk, a folder that may not be written, a server that does not answer — and
everything else gets an honest "something went wrong" with the advice to try
again and to send the details.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from qbdesk.ui.base.tr import QT_TRANSLATE_NOOP

_CONTEXT = "ErrorWords"


@dataclass(frozen=True)
class Words:
    headline: str
    advice: str


@dataclass(frozen=True)
class _Rule:
    kinds: tuple[str, ...]       # exception class names (any when empty)
    needles: tuple[str, ...]     # lower-case fragments of the message (any when empty)
    headline: str
    advice: str

    def matches(self, kind: str, message: str) -> bool:
        return ((not self.kinds or kind in self.kinds)
                and (not self.needles or any(n in message for n in self.needles)))


_RULES = (
    _Rule((), ("database is locked", "database table is locked", "could not obtain lock"),
          QT_TRANSLATE_NOOP("ErrorWords", "Another program is using this company file."),
          QT_TRANSLATE_NOOP("ErrorWords", "qbdesk on another computer, a qbdesk command or a backup program may be "
                                      "writing to it. Wait a moment and try again; if it goes on, close the other "
                                      "program.")),
    _Rule((), ("no space left", "disk is full", "database or disk is full"),
          QT_TRANSLATE_NOOP("ErrorWords", "The disk is full."),
          QT_TRANSLATE_NOOP("ErrorWords", "Free some space on the disk that holds the company file, then try again. "
                                      "Nothing was lost: what could not be written was not saved.")),
    _Rule(("PermissionError",), (),
          QT_TRANSLATE_NOOP("ErrorWords", "qbdesk may not read or write a file it needs."),
          QT_TRANSLATE_NOOP("ErrorWords", "Check that the folder is yours and not read-only (Details names the "
                                      "file), or save the company file in your Documents folder.")),
    _Rule((), ("disk i/o error", "database disk image is malformed", "file is not a database"),
          QT_TRANSLATE_NOOP("ErrorWords", "The company file could not be read or written."),
          QT_TRANSLATE_NOOP("ErrorWords", "The disk or the network drive may have a problem. Close qbdesk, copy the "
                                      "company file somewhere safe, then open the copy.")),
    _Rule(("ConnectionError", "ConnectError", "ConnectTimeout", "ReadTimeout", "TimeoutError", "URLError",
           "ConnectionRefusedError", "ConnectionResetError", "RemoteProtocolError", "gaierror"), (),
          QT_TRANSLATE_NOOP("ErrorWords", "A server did not answer."),
          QT_TRANSLATE_NOOP("ErrorWords", "Check the internet connection (or the office network), then try again. "
                                      "Nothing is lost: a sync goes on where it stopped.")),
    _Rule(("MemoryError",), (),
          QT_TRANSLATE_NOOP("ErrorWords", "The computer ran out of memory."),
          QT_TRANSLATE_NOOP("ErrorWords", "Close other programs, then try again.")),
)

_UNKNOWN = _Rule((), (), QT_TRANSLATE_NOOP("ErrorWords", "qbdesk ran into an unexpected problem."),
                 QT_TRANSLATE_NOOP("ErrorWords", "What you were doing may not have finished. You can keep working and "
                                             "try again; if it happens again, copy the details for support."))


def plain_words(kind: str, message: str) -> Words:
    """The headline and the advice for an error of class ``kind`` saying ``message``, translated."""
    lowered = message.lower()
    rule = next((r for r in _RULES if r.matches(kind, lowered)), _UNKNOWN)
    return Words(QCoreApplication.translate(_CONTEXT, rule.headline),
                 QCoreApplication.translate(_CONTEXT, rule.advice))


def is_known(kind: str, message: str) -> bool:
    lowered = message.lower()
    return any(r.matches(kind, lowered) for r in _RULES)
