"""Where a company keeps its QuickBooks connection's non-secret part: in the company file, for every desktop.

The client ID, the endpoints and the realm live with the company (an office's
desktops all see them); the client secret and the tokens only ever in the
keychain. Kept here, between the store and the QuickBooks client, so that
``qbdesk.qbo`` knows nothing of company files.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from qbdesk.qbo.connection import ConnectionConfig, config_from_json
from qbdesk.store.syncdata import Setting, put_setting

KEY = "qbo.connection"


def load_config(session: Session) -> ConnectionConfig | None:
    row = session.get(Setting, KEY)
    return config_from_json(row.value if row is not None else None)


def save_config(session: Session, config: ConnectionConfig | None) -> None:
    put_setting(session, KEY, config.to_json() if config else None)
