"""A company file, the Web Connector service on real HTTP, and the practice Desktop with its Web Connector."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from qbdesk.desktop.config import DesktopConfig, load_config
from qbdesk.desktop.practice.company import DesktopCompany
from qbdesk.desktop.practice.seed import seed
from qbdesk.desktop.practice.webconnector import WebConnector
from qbdesk.desktop.service import DesktopService, serve
from qbdesk.store import Company, open_company
from tests.conftest import ANCHOR

PASSWORD = "correct horse"


@dataclass
class Office:
    """What a bookkeeper's PC holds: the company file here, the service, QuickBooks Desktop and its Web Connector."""

    company: Company
    config: DesktopConfig
    service: DesktopService
    url: str
    desktop: DesktopCompany

    def connector(self, password: str = PASSWORD, **kwargs: object) -> WebConnector:
        return WebConnector(self.url, self.desktop, self.config.username, password, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    company = open_company(tmp_path / "books.qbdesk", create=True)
    config = load_config(company)
    service = DesktopService(company, config, lambda: PASSWORD, wait=10.0, answer_timeout=60.0)
    server, url = serve(service)
    desktop = DesktopCompany()
    seed(desktop, 120, seed=3, anchor=ANCHOR)
    try:
        yield Office(company, config, service, url, desktop)
    finally:
        service.stop()
        server.shutdown()
        server.server_close()
        company.close()
