"""QuickBooks' changes since the last sync (change data capture), and the watermark that says since when.

The watermark is QuickBooks' own clock at the last complete read, so the local
clock never matters. Each pull goes back an overlap before it (clocks and commit
order are not perfectly monotonic); what comes back twice is recognised by its
SyncToken. When the watermark is older than CDC's 30-day window, or an answer
reaches its 1,000-object cap, CDC cannot be trusted to be complete and the sync
compares both sides in full instead (:class:`NeedsFullSync`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from qbdesk.qbo.client import QboClient
from qbdesk.qbo.errors import QboError
from qbdesk.store.syncdata import Setting, put_setting
from qbdesk.sync.entities import CDC_ENTITIES, ENTITY_ORDER

WATERMARK_KEY = "sync.watermark"
OVERLAP = timedelta(minutes=5)
CDC_WINDOW = timedelta(days=30)
CDC_CAP = 1000


class NeedsFullSync(Exception):
    """CDC cannot be trusted for this window: compare both sides in full instead."""


@dataclass
class Pulled:
    """One CDC answer: the changed rows per entity type, the Ids deleted, and QuickBooks' time of the answer."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    deleted: dict[str, list[str]] = field(default_factory=dict)
    time: datetime | None = None


def load_watermark(session: Session) -> datetime | None:
    row = session.get(Setting, WATERMARK_KEY)
    return datetime.fromisoformat(row.value) if row is not None and row.value else None


def save_watermark(session: Session, moment: datetime) -> None:
    put_setting(session, WATERMARK_KEY, moment.isoformat())


def pull(client: QboClient, watermark: datetime | None) -> Pulled:
    """QuickBooks' changes since ``watermark`` (minus the overlap); raises :class:`NeedsFullSync`."""
    if watermark is None:
        raise NeedsFullSync("no watermark yet")
    try:
        result = client.cdc(CDC_ENTITIES, watermark - OVERLAP)
    except QboError as exc:
        if "older than" in f"{exc.message} {exc.detail}":
            raise NeedsFullSync("the last sync is older than QuickBooks' 30-day change window") from exc
        raise
    if result.total >= CDC_CAP:
        raise NeedsFullSync("more than 1,000 changes since the last sync")
    pulled = Pulled(time=datetime.fromisoformat(result.time) if result.time else watermark)
    for entity in ENTITY_ORDER:
        for row in result.entities.get(entity, []):
            if row.get("status") == "Deleted":
                pulled.deleted.setdefault(entity, []).append(str(row.get("Id")))
            else:
                pulled.rows.setdefault(entity, []).append(row)
    return pulled
