"""The sandbox as an object: companies, OAuth, throttles and fault injection, without HTTP.

:class:`Sandbox` is what the HTTP server serves and what tests (and the desktop
app's ``--sandbox`` mode) drive directly: create practice companies, register
an app and get its client id and secret, hand out tokens without a browser,
flip preferences, inject faults, move the clock, and look at what QuickBooks
"has" — e.g. to assert that a retried create left exactly one invoice.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from datetime import date
from typing import Any

from qbdesk.sandbox import operations, practice
from qbdesk.sandbox.chaos import FaultPlan, Injector
from qbdesk.sandbox.clock import Clock
from qbdesk.sandbox.company import Company
from qbdesk.sandbox.context import WriteContext
from qbdesk.sandbox.jsonio import clone
from qbdesk.sandbox.oauth import App, OAuthServer
from qbdesk.sandbox.throttle import Limits, Throttle

# Loopback redirects match on any port (see oauth.redirect_allowed); the port shown is only a suggestion.
DEFAULT_REDIRECT_URIS = ("http://localhost:8765/callback", "http://127.0.0.1:8765/callback")


class UnknownRealmError(KeyError):
    """No company with that realm id on this sandbox."""


class Sandbox:
    def __init__(self, *, clock: Clock | None = None, throttle: bool = True, speedup: float = 1.0,
                 limits: Limits | None = None, faults: FaultPlan | None = None, fault_seed: int = 0,
                 oauth: OAuthServer | None = None) -> None:
        self.clock = clock or Clock()
        self.oauth = oauth or OAuthServer(self.clock)
        self.throttle = Throttle(self.clock, enabled=throttle, speedup=speedup, limits=limits)
        self.default_faults = faults or FaultPlan()
        self.fault_seed = fault_seed
        self.companies: dict[str, Company] = {}
        self.injectors: dict[str, Injector] = {}
        self._lock = threading.Lock()
        self.on_change: Callable[[], None] | None = None  # persistence hook, called after writes

    # --- companies -------------------------------------------------------------------------------------

    def create_company(self, *, size: int = 0, seed: int = 0, locale: str = "en", anchor: date | None = None,
                       name: str | None = None, realm_id: str | None = None, currency: str | None = None,
                       progress: Callable[[str, int], None] | None = None) -> Company:
        """A new practice company (realm): generated business of about ``size`` records, 0 = fresh; in
        ``currency`` (default: the locale's, as QuickBooks France companies are in euros)."""
        realm = realm_id or self._new_realm_id()
        company = practice.build(realm, self.clock, size=size, seed=seed, locale=locale, anchor=anchor, name=name,
                                 currency=currency, progress=progress)
        self.add_company(company)
        return company

    def copy_company(self, realm_id: str, *, new_realm_id: str | None = None) -> Company:
        """A new realm holding a copy of another's books (cheaper than generating it again)."""
        company = self.company(realm_id).copy(new_realm_id or self._new_realm_id())
        self.add_company(company)
        return company

    def add_company(self, company: Company) -> None:
        with self._lock:
            if company.realm_id in self.companies:
                raise ValueError(f"realm {company.realm_id} already exists")
            self.injectors[company.realm_id] = Injector(self.default_faults, self.fault_seed)
            self.companies[company.realm_id] = company  # last: requests look the company up first

    def _new_realm_id(self) -> str:
        while True:
            realm = "9341" + "".join(secrets.choice("0123456789") for _ in range(12))
            if realm not in self.companies:
                return realm

    def company(self, realm_id: str) -> Company:
        try:
            return self.companies[realm_id]
        except KeyError:
            raise UnknownRealmError(realm_id) from None

    def company_list(self) -> list[tuple[str, str]]:
        return [(rid, c.settings.name) for rid, c in self.companies.items()]

    # --- apps and tokens ---------------------------------------------------------------------------------

    def create_app(self, redirect_uris: list[str] | tuple[str, ...] = DEFAULT_REDIRECT_URIS, *,
                   client_id: str | None = None, client_secret: str | None = None) -> App:
        return self.oauth.register_app(list(redirect_uris), client_id=client_id, client_secret=client_secret)

    def connect(self, app: App, realm_id: str, *, include_hard: bool = False) -> dict[str, Any]:
        """A token response as if the user had consented (no browser, no HTTP)."""
        self.company(realm_id)
        return self.oauth.issue_tokens(app.client_id, realm_id, include_hard=include_hard)

    # --- settings, faults, time ----------------------------------------------------------------------------

    def set_preferences(self, realm_id: str, *, custom_txn_numbers: bool | None = None,
                        book_close_date: date | None = None, reopen_books: bool = False,
                        **groups: dict[str, Any]) -> dict[str, Any]:
        """Change preferences as the company's admin would in QuickBooks' settings screens."""
        company = self.company(realm_id)
        with company.lock:
            prefs = company.preferences
            body: dict[str, Any] = {"Id": "1", "SyncToken": prefs["SyncToken"], "sparse": True}
            if custom_txn_numbers is not None:
                body["SalesFormsPrefs"] = {"CustomTxnNumbers": custom_txn_numbers}
            if reopen_books:
                prefs.get("AccountingInfoPrefs", {}).pop("BookCloseDate", None)
            if book_close_date is not None:
                body["AccountingInfoPrefs"] = {"BookCloseDate": book_close_date.isoformat()}
            body.update(groups)
            return clone(operations.write(WriteContext(company), "Preferences", body))

    def faults(self, realm_id: str) -> Injector:
        self.company(realm_id)
        return self.injectors[realm_id]

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)

    # --- looking inside ------------------------------------------------------------------------------------

    def entities(self, realm_id: str, entity: str, *, include_inactive: bool = True) -> list[dict[str, Any]]:
        """Copies of every entity of a type, as QuickBooks stores them."""
        company = self.company(realm_id)
        with company.lock:
            rows = [clone(d) for d in company.all(entity)]
        if not include_inactive:
            rows = [r for r in rows if r.get("Active", True)]
        return rows

    def get(self, realm_id: str, entity: str, entity_id: str) -> dict[str, Any] | None:
        company = self.company(realm_id)
        with company.lock:
            data = company.get(entity, str(entity_id))
            return clone(data) if data is not None else None

    def find(self, realm_id: str, entity: str, **fields: Any) -> list[dict[str, Any]]:
        """Entities whose top-level fields equal the given values (refs compare by their ``value``)."""
        out = []
        for row in self.entities(realm_id, entity):
            if all(_plain(row.get(key)) == _plain(wanted) for key, wanted in fields.items()):
                out.append(row)
        return out

    def count(self, realm_id: str, entity: str, *, include_inactive: bool = True) -> int:
        return len(self.entities(realm_id, entity, include_inactive=include_inactive))

    def is_deleted(self, realm_id: str, entity: str, entity_id: str) -> bool:
        return self.company(realm_id).is_deleted(entity, str(entity_id))

    def write(self, realm_id: str, entity: str, body: dict[str, Any]) -> dict[str, Any]:
        """Create or update as the QuickBooks UI would (same rules), bypassing HTTP, auth and faults."""
        company = self.company(realm_id)
        with company.lock:
            return clone(operations.write(WriteContext(company), entity, clone(body)))

    def delete(self, realm_id: str, entity: str, entity_id: str) -> dict[str, Any]:
        """Delete a transaction as a person in QuickBooks' web app does: a paid invoice goes too, its payments
        stay as unapplied credit (the API refuses that delete with 800 — tests simulating "deleted in
        QuickBooks" use this)."""
        company = self.company(realm_id)
        with company.lock:
            current = company.get(entity, str(entity_id))
            if current is None:
                raise KeyError(f"{entity} {entity_id}")
            body = {"Id": str(entity_id), "SyncToken": current["SyncToken"]}
            return clone(operations.delete(WriteContext(company, web_app=True), entity, body))

    def changed(self) -> None:
        if self.on_change is not None:
            self.on_change()


def _plain(value: Any) -> Any:
    if isinstance(value, dict) and "value" in value:
        value = value["value"]
    return value if isinstance(value, bool) or value is None else str(value)
