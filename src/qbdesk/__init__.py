"""qbdesk: keep a small business's records in two-way sync with QuickBooks Online."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("qbdesk")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"

from qbdesk import redaction as _redaction

_redaction.install()  # every process that imports qbdesk: no log record holds a token, in any handler
