"""The ``.qwc`` file the user adds to the Web Connector (qbwc.md §2).

It names the service (``AppURL``: HTTPS, except on this computer — "If you don't
use HTTPS, the web connector won't connect", localhost allowed), the user name
(the password is typed into the Web Connector, never written here), qbdesk's
``OwnerID`` and this company's ``FileID`` (both stable, so adding the file again
replaces the old entry instead of making a second one), and a schedule.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

from qbdesk.desktop.config import DesktopConfig

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}
DEFAULT_MINUTES = 15


class QwcError(ValueError):
    """A service address the Web Connector would not accept."""


def check_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise QwcError(f"{url!r} is not a web address (it should look like https://office-pc.example.com:8443/qbwc)")
    if parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS:
        raise QwcError("the Web Connector only connects over HTTPS, except to this computer (localhost): use an "
                       "https:// address, or run `qbdesk desktop serve` on the PC where QuickBooks runs")
    return url


def qwc_document(config: DesktopConfig, url: str, *, company_name: str, minutes: int = DEFAULT_MINUTES) -> str:
    """The ``.qwc`` XML for ``config``'s company, served at ``url``."""
    check_url(url)
    if not 1 <= minutes <= 24 * 60:
        raise QwcError("the schedule is between 1 minute and 1,440 minutes (a day)")
    parts = urlsplit(url)
    root = ET.Element("QBWCXML")
    for tag, value in (
        ("AppName", f"qbdesk - {company_name}"[:60]),
        ("AppID", config.app_id),
        ("AppURL", url),
        ("AppDescription", f"Keeps {company_name} in two-way sync with qbdesk"[:80]),
        ("AppSupport", f"{parts.scheme}://{parts.netloc}/support"),
        ("UserName", config.username),
        ("OwnerID", config.owner_id),
        ("FileID", config.file_id),
        ("QBType", "QBFS"),
        ("Notify", "false"),
    ):
        ET.SubElement(root, tag).text = value
    ET.SubElement(ET.SubElement(root, "Scheduler"), "RunEveryNMinutes").text = str(minutes)
    ET.SubElement(root, "IsReadOnly").text = "false"
    ET.indent(root, "  ")
    return '<?xml version="1.0"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
