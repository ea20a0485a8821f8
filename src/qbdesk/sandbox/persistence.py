"""Keeping a practice company across restarts: the whole sandbox in one JSON file.

Companies (entities, deleted stubs, Id sequences, remembered requestids) and
the OAuth state (apps, grants, tokens) are written atomically (a temporary file
renamed over the old one), so a crash mid-save never leaves a half-written
state behind, and a desktop app that was connected stays connected after the
sandbox restarts. Amounts go through the Decimal-exact JSON codec.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import asdict
from pathlib import Path
from typing import Any

from qbdesk.sandbox import jsonio
from qbdesk.sandbox.clock import Clock
from qbdesk.sandbox.company import Company, CompanySettings
from qbdesk.sandbox.core import Sandbox
from qbdesk.sandbox.oauth import OAuthServer
from qbdesk.sandbox.schema import SPECS

log = logging.getLogger("qbdesk.sandbox")
FORMAT = "qbdesk-sandbox-state"
VERSION = 1


class StateError(ValueError):
    """The state file is not a qbdesk sandbox state (or a newer one)."""


def dump_company(company: Company) -> dict[str, Any]:
    with company.lock:
        return {
            "realm_id": company.realm_id, "settings": asdict(company.settings),
            "sequences": dict(company.sequences),
            "entities": {name: list(rows.values()) for name, rows in company.entities.items() if rows},
            "deleted": {name: list(rows.values()) for name, rows in company.deleted.items() if rows},
            "replies": {k: list(v) for k, v in company.replies.items()},
            "batch_replies": dict(company.batch_replies),
        }


def load_company(data: dict[str, Any], clock: Clock) -> Company:
    company = Company(str(data["realm_id"]), clock, CompanySettings(**data["settings"]))
    for name, rows in data.get("entities", {}).items():
        if name in SPECS:
            company.entities[name] = {str(row["Id"]): row for row in rows}
            for row in rows:
                if "_ts" in row:
                    row["_ts"] = float(row["_ts"])
    for name, rows in data.get("deleted", {}).items():
        if name in SPECS:
            company.deleted[name] = {str(row["Id"]): row for row in rows}
            for row in rows:
                if "_ts" in row:
                    row["_ts"] = float(row["_ts"])
    company.sequences.update({k: int(v) for k, v in data.get("sequences", {}).items()})
    for key, (status, body) in data.get("replies", {}).items():
        company.replies[key] = (int(status), str(body))
    company.batch_replies.update(data.get("batch_replies", {}))
    company.rebuild()
    return company


def save(sandbox: Sandbox, path: Path) -> None:
    document = {"format": FORMAT, "version": VERSION,
                "companies": [dump_company(c) for c in list(sandbox.companies.values())],
                "oauth": sandbox.oauth.dump()}
    text = jsonio.dumps(document, private=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def load(path: Path, **options: Any) -> Sandbox:
    """A sandbox with the companies and OAuth state saved in ``path``; options as for :class:`Sandbox`."""
    document = jsonio.loads(path.read_bytes())
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise StateError(f"{path} is not a qbdesk sandbox state file")
    if int(document.get("version", 0)) > VERSION:
        raise StateError(f"{path} was written by a newer qbdesk (state version {document['version']})")
    clock = options.pop("clock", None) or Clock()
    sandbox = Sandbox(clock=clock, oauth=OAuthServer.load(clock, document.get("oauth", {})), **options)
    for raw in document.get("companies", []):
        sandbox.add_company(load_company(raw, clock))
    return sandbox


class AutoSaver:
    """Saves the sandbox a few seconds after it changes, and once more when stopped."""

    def __init__(self, sandbox: Sandbox, path: Path, *, delay: float = 5.0) -> None:
        self.sandbox = sandbox
        self.path = path
        self.delay = delay
        self._dirty = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="qbdesk-sandbox-save", daemon=True)
        sandbox.on_change = self._dirty.set

    def start(self) -> AutoSaver:
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.is_set():
            if self._dirty.wait(0.5) and not self._stop.wait(self.delay):
                self._dirty.clear()
                self._save()

    def _save(self) -> None:
        try:
            save(self.sandbox, self.path)
        except OSError:
            log.exception("could not save the sandbox state to %s", self.path)

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=30)
        self.sandbox.on_change = None
        self._save()
