"""QuickBooks as a test sees it: plain HTTP requests to the sandbox, with nothing of the engine's client.

A test that checks what QuickBooks holds must not ask the code under test, so this
probe builds its own requests (query paging, JSON with exact decimals off) and only
borrows an access token.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import requests
from sqlalchemy import func, select

from qbdesk.store import Company
from qbdesk.store.syncdata import Link, LinkState
from qbdesk.sync.entities import ENTITIES

PAGE = 1000


class QboProbe:
    def __init__(self, api_base: str, realm_id: str, access_token: str) -> None:
        self.url = f"{api_base}/company/{realm_id}/query"
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {access_token}", "Accept": "application/json"})

    def query(self, statement: str) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        start = 1
        while True:
            resp = self.session.get(self.url, params={"query": f"{statement} STARTPOSITION {start} MAXRESULTS {PAGE}",
                                                      "minorversion": "75"}, timeout=30)
            resp.raise_for_status()
            answer = resp.json()["QueryResponse"]
            entity = statement.split()[3]
            page = answer.get(entity, [])
            rows.extend(page)
            if len(page) < PAGE:
                return rows
            start += PAGE

    def live(self, entity: str) -> dict[str, dict[str, Any]]:
        """Every record of ``entity`` QuickBooks has and that counts: active list records, all transactions."""
        return {str(r["Id"]): r for r in self.query(f"SELECT * FROM {entity}")}

    def close(self) -> None:
        self.session.close()


def assert_each_record_once(company: Company, probe: QboProbe) -> dict[str, int]:
    """Every live record of each type is linked to exactly one record here and the other way round: nothing
    twice in QuickBooks, nothing lost here. Records whose twin was deleted in QuickBooks are set aside (their
    link says so). Returns how many records of each type were checked."""
    checked: dict[str, int] = {}
    with company.session() as s:
        for kind in ENTITIES:
            if not kind.writable:
                continue
            entity, cls = kind.name, kind.record
            local = s.scalar(select(func.count()).select_from(cls)) or 0
            links = list(s.scalars(select(Link).where(Link.entity_type == entity, Link.local_id.is_not(None))))
            live_links = [lk for lk in links if lk.state is LinkState.LINKED]
            set_aside = sum(lk.state is LinkState.DELETED_IN_QBO for lk in links)
            ids = Counter(lk.qbo_id for lk in live_links)
            assert max(ids.values(), default=1) == 1, f"{entity}: a QuickBooks record linked twice"
            per_local = Counter(lk.local_id for lk in links)
            assert max(per_local.values(), default=1) == 1, f"{entity}: a record here with two links"
            remote = probe.live(entity)
            assert set(ids) == set(remote), (
                f"{entity}: {len(set(remote) - set(ids))} in QuickBooks not linked here, "
                f"{len(set(ids) - set(remote))} links to nothing")
            assert len(live_links) + set_aside == local, f"{entity}: {local} here, {len(live_links)} linked"
            checked[entity] = local
    return checked
