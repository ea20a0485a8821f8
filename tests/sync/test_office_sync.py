"""Office mode with QuickBooks: one engine per realm across processes, and what other desktops ask of the host.

Runs on a SQLite file and on PostgreSQL (when a server is given), against the
sandbox over real HTTP, with `qbdesk` subprocesses sharing a file keychain.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from sqlalchemy import select
from tests.office.databases import reopen, server_env
from tests.sync.conftest import Rig

from qbdesk.cli.main import main as qbdesk_main
from qbdesk.qbo.tokens import TokenStore
from qbdesk.store import Company, Customer, Desktop, PendingAction, RequestStatus, Vendor
from qbdesk.store.events import sync_origin
from qbdesk.store.locks import SyncBusy, SyncLock
from qbdesk.store.syncdata import ApprovalDirection, IssueStatus, Link, SyncIssue
from qbdesk.sync.actions import ProblemActions
from qbdesk.sync.approvals import approve, waiting
from qbdesk.sync.connection_config import save_config
from qbdesk.sync.engine import NotSyncHost, SyncEngine
from qbdesk.sync.office import Office, take_over
from qbdesk.sync.problems import ProblemInput, record_problem
from qbdesk.sync.settings import SyncSettings, load_settings, save_settings

MakeRig = Callable[..., Rig]


@pytest.fixture
def cli_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A file keychain this process and `qbdesk` subprocesses share; the subprocesses' app data under tmp_path."""
    data_home = tmp_path / "xdg"
    backend = PlaintextKeyring()
    backend.file_path = str(data_home / "python_keyring" / "keyring_pass.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield {**os.environ, **server_env(), "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
           "XDG_DATA_HOME": str(data_home), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    keyring.set_keyring(previous)


def _prepare(rig: Rig, **settings: Any) -> None:
    bank = next(a["Id"] for a in rig.qbo("Account") if a["AccountType"] == "Bank")
    with rig.company.session() as s:
        save_config(s, rig.connection.config)
        save_settings(s, SyncSettings(refund_account=bank, **settings))
    TokenStore().save_client_secret(rig.connection.config.client_id, rig.connection._secret)
    TokenStore().save(rig.connection.tokens.current())


def _qbdesk(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "qbdesk.cli.main", *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.parametrize("where", ["same desktop", "another desktop"])
def test_two_processes_syncing_one_realm_one_syncs_and_the_other_is_told_who(
        make_rig: MakeRig, cli_env: dict[str, str], tmp_path: Path, where: str) -> None:
    rig = make_rig(qbo_size=0, here_size=60)
    _prepare(rig)
    second_desktop = ["--basedir", str(tmp_path / "desk-b")] if where == "another desktop" else []
    # Hold the first sync's first request to QuickBooks: from then on it provably holds the lock.
    service = rig.server._httpd.service  # type: ignore[union-attr]
    entered, gate = threading.Event(), threading.Event()
    handle = service.handle

    def held(request: Any) -> Any:
        entered.set()
        gate.wait(120)
        return handle(request)

    service.handle = held
    first = _qbdesk(cli_env, "sync", "--company", rig.target, "--json")
    try:
        assert entered.wait(120), first.communicate()
        second = subprocess.run([sys.executable, "-m", "qbdesk.cli.main", *second_desktop, "sync", "--company",
                                 rig.target], env=cli_env, capture_output=True, text=True, timeout=120, check=False)
    finally:
        gate.set()
        service.handle = handle
    out, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    assert json.loads(out)["status"] == "completed"

    assert second.returncode == 1, second.stderr
    told = second.stderr.strip()
    assert told.startswith(f"qbdesk: Another qbdesk (on {platform.node()}, pid {first.pid}, since "), told
    assert told.endswith(") is syncing this company"), told

    again = subprocess.run([sys.executable, "-m", "qbdesk.cli.main", "sync", "--company", rig.target, "--json"],
                           env=cli_env, capture_output=True, text=True, timeout=300, check=False)
    assert again.returncode == 0, again.stderr  # the lock was released with the first process's sync


def test_an_engine_is_refused_while_another_syncs_the_realm(make_rig: MakeRig, tmp_path: Path) -> None:
    rig = make_rig(qbo_size=0, here_size=20)
    desk = Desktop.of_this_machine(tmp_path / "desk")
    with SyncLock(rig.company, rig.realm_id, desk), pytest.raises(SyncBusy) as busy:
        rig.engine().run()
    assert busy.value.holder is not None and busy.value.holder.desktop_id == desk.id
    assert rig.engine().run().status == "completed"


def _link(company: Company, entity: str, local_id: int) -> Link | None:
    with company.session() as s:
        return s.scalars(select(Link).where(Link.entity_type == entity, Link.local_id == local_id)).first()


def test_a_desktop_that_is_not_the_host_resolves_and_approves_and_the_host_carries_it_out(
        make_rig: MakeRig, tmp_path: Path) -> None:
    rig = make_rig(qbo_size=60, here_size=60)
    _prepare(rig, review_changes=True)
    host, ben = Desktop.of_this_machine(tmp_path / "host"), Desktop.of_this_machine(tmp_path / "ben")
    take_over(rig.company, host)
    engine = SyncEngine(rig.company, rig.connection.client, desktop=host)
    assert engine.run().status == "completed"
    rig.server.advance(60)

    # The host's sync detects a change on each side; with "review changes" on, they wait for approval.
    with rig.company.session() as s:
        customer = s.scalars(select(Customer).where(Customer.parent_id.is_(None))).first()
        assert customer is not None
        customer.phone, changed_id = "555-0142", customer.id
    rig.server.sandbox.write(rig.realm_id, "Vendor", {"DisplayName": "Office Mode Supplies"})
    assert engine.run().status == "completed"
    # A problem that offers Match: a customer here whose name QuickBooks has under another customer.
    twin = rig.server.sandbox.write(rig.realm_id, "Customer", {"DisplayName": "Corner Shop (walk-in)"})
    with rig.company.session() as s, sync_origin(s):
        walk_in = Customer(display_name="Corner Shop")
        s.add(walk_in)
        s.flush()
        issue_id = record_problem(s, ProblemInput("Customer", str(walk_in.id), None, "Corner Shop", "qbo", "6240",
                                                  "Duplicate Name Exists Error",
                                                  "The name supplied already exists. : Corner Shop")).id
        walk_in_id = walk_in.id

    # Ben's desktop opens the same company. It has no QuickBooks connection and is not the host.
    other = reopen(rig.company)
    at_ben = Office(other, ben)
    assert not at_ben.is_host()
    assert "match" in ProblemActions(other).available(issue_id)
    matched = ProblemActions(other, office=at_ben).apply(issue_id, "match", str(twin["Id"]))
    assert matched.status == "queued" and matched.request_id is not None and host.name in matched.message
    with other.session() as s:
        items = waiting(s)
        export = next(i.id for i in items if i.direction is ApprovalDirection.EXPORT and i.local_id == changed_id)
        vendor = next(i.id for i in items if i.direction is ApprovalDirection.IMPORT and i.entity_type == "Vendor")
        settings = load_settings(s)
    approved = approve(other, None, settings, [export, vendor], clear_unchecked=False, office=at_ben)
    assert approved.request_id is not None and approved.approved == 0
    with pytest.raises(NotSyncHost):  # and it does not sync
        SyncEngine(other, rig.connection.client, desktop=ben).run()

    # Nothing reached QuickBooks or this company yet.
    assert _link(rig.company, "Customer", walk_in_id) is None
    with rig.company.session() as s:
        assert not s.scalars(select(Vendor).where(Vendor.display_name == "Office Mode Supplies")).first()
    changed_link = _link(rig.company, "Customer", changed_id)
    assert changed_link is not None and changed_link.qbo_id is not None
    remote_id = changed_link.qbo_id
    remote = rig.server.sandbox.get(rig.realm_id, "Customer", remote_id)
    assert remote is not None and (remote.get("PrimaryPhone") or {}).get("FreeFormNumber") != "555-0142"

    # The host's next sync carries out both requests first, and says how each ended.
    assert engine.run().status == "completed"
    done = {r.id: r for r in at_ben.requests()}
    assert done[matched.request_id].status == "done", done[matched.request_id]
    assert "Corner Shop (walk-in)" in (done[matched.request_id].result or "")
    assert done[approved.request_id].status == "done", done[approved.request_id]
    assert (done[approved.request_id].result or "").startswith("2 approved")
    link = _link(rig.company, "Customer", walk_in_id)
    assert link is not None and link.qbo_id == str(twin["Id"])
    with rig.company.session() as s:
        assert s.get(SyncIssue, issue_id).status is IssueStatus.RESOLVED  # type: ignore[union-attr]
        assert s.scalars(select(Vendor).where(Vendor.display_name == "Office Mode Supplies")).first() is not None
    remote = rig.server.sandbox.get(rig.realm_id, "Customer", remote_id)
    assert remote is not None and remote["PrimaryPhone"]["FreeFormNumber"] == "555-0142"
    other.close()


def test_a_request_a_crash_interrupted_is_failed_never_run_twice(make_rig: MakeRig, tmp_path: Path) -> None:
    rig = make_rig(qbo_size=0, here_size=20)
    _prepare(rig)
    host = Desktop.of_this_machine(tmp_path / "host")
    take_over(rig.company, host)
    ben = Office(rig.company, Desktop.of_this_machine(tmp_path / "ben"))
    interrupted = ben.request_problem_action(1, "create")
    with rig.company.session() as s:  # the host died while carrying it out
        row = s.get(PendingAction, interrupted.id)
        assert row is not None
        row.status = RequestStatus.RUNNING
    later = ben.request_problem_action(99999, "match", "1")
    SyncEngine(rig.company, rig.connection.client, desktop=host).run()
    ended = {r.id: r for r in ben.requests()}
    assert ended[interrupted.id].status == "failed" and "Interrupted" in (ended[interrupted.id].result or "")
    assert ended[later.id].status == "failed" and "no longer exists" in (ended[later.id].result or "")
    assert not ben.requests(waiting_only=True)


def test_qbdesk_resolve_on_a_desktop_that_is_not_the_host_sends_the_request(
        make_rig: MakeRig, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    rig = make_rig(qbo_size=0, here_size=0)
    take_over(rig.company, Desktop.of_this_machine(tmp_path / "host"))
    with rig.company.session() as s, sync_origin(s):
        customer = Customer(display_name="Corner Shop")
        s.add(customer)
        s.flush()
        issue_id = record_problem(s, ProblemInput("Customer", str(customer.id), None, "Corner Shop", "qbo", "6240",
                                                  "Duplicate Name Exists Error", "")).id
    for name, value in server_env().items():
        monkeypatch.setenv(name, value)
    status = qbdesk_main(["--basedir", str(tmp_path / "ben"), "resolve", "--company", rig.target, str(issue_id),
                          "match", "58"])
    assert status == 0
    assert "carried out at its next sync" in capsys.readouterr().out
    with rig.company.session() as s:
        request = s.scalars(select(PendingAction)).one()
        assert (request.action, request.issue_id, request.arg) == ("match", issue_id, "58")


def test_on_the_host_a_quickbooks_action_waits_for_a_running_sync(make_rig: MakeRig, tmp_path: Path) -> None:
    rig = make_rig(qbo_size=0, here_size=0)
    host = Office(rig.company, Desktop.of_this_machine(tmp_path / "host"))
    host.take_over()
    twin = rig.server.sandbox.write(rig.realm_id, "Customer", {"DisplayName": "Corner Shop (walk-in)"})
    with rig.company.session() as s, sync_origin(s):
        customer = Customer(display_name="Corner Shop")
        s.add(customer)
        s.flush()
        issue_id = record_problem(s, ProblemInput("Customer", str(customer.id), None, "Corner Shop", "qbo", "6240",
                                                  "Duplicate Name Exists Error", "")).id
        customer_id = customer.id
    actions = ProblemActions(rig.company, rig.connection.client, office=host)
    with SyncLock(rig.company, rig.realm_id, host.desktop):  # the host's own sync is running
        waited = actions.apply(issue_id, "match", str(twin["Id"]))
    assert waited.status == "queued" and "next one" in waited.message
    assert _link(rig.company, "Customer", customer_id) is None
    SyncEngine(rig.company, rig.connection.client, desktop=host.desktop).run()
    link = _link(rig.company, "Customer", customer_id)
    assert link is not None and link.qbo_id == str(twin["Id"])
    assert [r.status for r in host.requests()] == ["done"]
