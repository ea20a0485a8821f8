"""A company's Web Connector identity (kept in the company file) and its service password (the keychain).

The ``.qwc`` file and the service must agree on the user name, the application and
the company file: the ``OwnerID`` is one GUID for qbdesk (qbwc.md §2: "ONE per
application"), the ``FileID`` one per company file, made once and kept, as the
Web Connector stores it in the Desktop company to recognise it later ("don't
generate a new guid all the time", jsgoupil/quickbooks-sync). The password is
never in the file: the keychain keeps it (``qbdesk desktop password``) or, for
scripts, ``QBDESK_QBWC_PASSWORD``.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from typing import Any

import keyring
import keyring.errors

from qbdesk.store import Company
from qbdesk.store.syncdata import Setting, put_setting

KEY = "desktop.qbwc"
LAST_CALL_KEY = "desktop.last_call"
OWNER_ID = "{6B0E3C1A-4F5D-4C2B-9E7A-51D8C0A9B3E4}"   # qbdesk's, for every company and every install
KEYRING_SERVICE = "qbdesk-qbwc"
PASSWORD_ENV = "QBDESK_QBWC_PASSWORD"


@dataclass(frozen=True)
class DesktopConfig:
    username: str
    file_id: str

    @property
    def owner_id(self) -> str:
        return OWNER_ID

    @property
    def app_id(self) -> str:
        return f"qbdesk-{self.file_id.strip('{}').split('-')[0].lower()}"

    @property
    def realm_id(self) -> str:
        """What the sync lock and the log call this QuickBooks company."""
        return f"desktop{self.file_id}"


def load_config(company: Company) -> DesktopConfig:
    """The company's Web Connector identity, made (and kept) the first time it is asked for."""
    with company.session() as s:
        row = s.get(Setting, KEY)
        if row is not None and isinstance(row.value, dict) and row.value.get("file_id"):
            return DesktopConfig(str(row.value.get("username") or "qbdesk"), str(row.value["file_id"]))
        config = DesktopConfig("qbdesk", "{" + str(uuid.uuid4()).upper() + "}")
        put_setting(s, KEY, {"username": config.username, "file_id": config.file_id})
        return config


ONLINE_TOO = ("This company file is connected to QuickBooks Online: a company file syncs with one QuickBooks. To "
              "bring a Desktop company to Online, sync it with Desktop in its own company file, then make the "
              "Online copy with `qbdesk desktop migrate` (docs/desktop.md).")
DESKTOP_TOO = ("This company file syncs with QuickBooks Desktop: a company file syncs with one QuickBooks. Make a copy "
               "for QuickBooks Online with `qbdesk desktop migrate --company PATH --out NEW`, and connect the copy.")


def connected_to_online(company: Company) -> bool:
    with company.session() as s:
        online = s.get(Setting, "qbo.connection")
        return online is not None and isinstance(online.value, dict) and bool(online.value.get("realm_id"))


def has_synced_with_desktop(company: Company) -> bool:
    """A Web Connector sync has linked records here to Desktop's: an Online connection would misread them."""
    from sqlalchemy import select

    from qbdesk.store.syncdata import Link

    with company.session() as s:
        desktop = s.get(Setting, KEY)
        return desktop is not None and bool(desktop.value) and s.scalars(select(Link.id).limit(1)).first() is not None


def synced_with_desktop(company: Company) -> bool:
    """The company file syncs with QuickBooks Desktop (it has a Web Connector identity and no Online connection):
    what needs QuickBooks waits for the next Web Connector update."""
    with company.session() as s:
        desktop = s.get(Setting, KEY)
        online = s.get(Setting, "qbo.connection")
        connected = online is not None and isinstance(online.value, dict) and bool(online.value.get("realm_id"))
        return desktop is not None and bool(desktop.value) and not connected


class NoPassword(Exception):
    """No service password was set for this company (and none is in the environment)."""


def password(config: DesktopConfig) -> str:
    """The service password: ``QBDESK_QBWC_PASSWORD`` if set, else the keychain's; raises :class:`NoPassword`."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    try:
        found = keyring.get_password(KEYRING_SERVICE, config.file_id)
    except keyring.errors.KeyringError as exc:
        raise NoPassword(f"the keychain could not be read: {exc}") from exc
    if not found:
        raise NoPassword("no Web Connector password is set for this company")
    return found


def set_password(config: DesktopConfig, value: str) -> None:
    keyring.set_password(KEYRING_SERVICE, config.file_id, value)


def record_call(company: Company, moment: str, what: str, kind: str = "", counts: dict[str, int] | None = None) -> None:
    """When the Web Connector last called and how it went: ``what`` in words (the log, the command line),
    ``kind`` (started, refused, finished, failed) and ``counts`` for the window to say it in its language."""
    with company.session() as s:
        put_setting(s, LAST_CALL_KEY, {"at": moment, "what": what, "kind": kind, "counts": counts or {}})


def last_call(company: Company) -> dict[str, Any] | None:
    with company.session() as s:
        row = s.get(Setting, LAST_CALL_KEY)
        return dict(row.value) if row is not None and isinstance(row.value, dict) else None
