"""The engine in its own process (qbdesk.sync.remote): what crosses the pipe, tokens from this process's keychain,
and a killed engine process that loses nothing and sends nothing twice.

The rigs' keychain is set in this process only (``keyring.set_keyring``): an engine process that read the keychain
itself would find nothing there, so every sync below proves that the tokens came over the pipe.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from tests.sync.conftest import Rig
from tests.sync.probe import QboProbe, assert_each_record_once

from qbdesk.qbo.errors import FaultError, ReconnectNeeded, ValidationError
from qbdesk.qbo.tokens import TokenStore
from qbdesk.sandbox.chaos import FaultPlan
from qbdesk.store.locks import LockHolder, SyncBusy, SyncLockLost
from qbdesk.store.office import HostInfo
from qbdesk.sync.engine import ResumeNeedsUser, SyncEngine
from qbdesk.sync.office import NotSyncHost
from qbdesk.sync.remote.driver import EngineProcess, client_spec
from qbdesk.sync.remote.protocol import (
    PART,
    PLAN,
    RUN,
    EngineStopped,
    RemoteTraceback,
    Request,
    pack_error,
    unpack_error,
)
from qbdesk.sync.settings import SyncSettings, save_settings
from qbdesk.sync.undo import UndoRefused

MakeRig = Callable[..., Rig]


def _raised(exc: BaseException) -> BaseException:
    """``exc`` with a traceback of its own, as the engine's exceptions have."""
    try:
        raise exc
    except BaseException as caught:
        return caught


EXCEPTIONS = [
    SyncBusy(LockHolder("office-pc", 4242, datetime(2026, 12, 7, 9, 30, tzinfo=UTC), "desk-1")),
    SyncBusy(None),
    SyncLockLost(),
    NotSyncHost(HostInfo("desk-2", "Front desk", datetime(2026, 12, 1, tzinfo=UTC))),
    ResumeNeedsUser("run-1", "sync"),
    UndoRefused("This run wrote nothing", "nothing_written"),
    ReconnectNeeded("QuickBooks refused the saved sign-in"),
    ValidationError(400, [FaultError("6140", "Duplicate Document Number Error", "DocNumber=1001")],
                     "ValidationFault", "tid-1", "{}"),
]


@pytest.mark.parametrize("original", EXCEPTIONS, ids=lambda e: type(e).__name__)
def test_an_exception_crosses_with_its_class_its_words_and_its_state(original: BaseException) -> None:
    original = _raised(original)
    arrived = unpack_error(pack_error(original))
    assert type(arrived) is type(original)
    assert str(arrived) == str(original)
    assert arrived.args == original.args
    assert vars(arrived) == vars(original)  # holder, host, code, run id… what the window words its message from
    assert isinstance(arrived.__cause__, RemoteTraceback)
    assert "_raised" in str(arrived.__cause__)  # the engine process's traceback, for the log and Details


def test_an_exception_that_cannot_cross_arrives_as_its_words() -> None:
    class Odd(Exception):  # a local class: the window's process could not find it, and a lambda cannot be pickled
        def __init__(self) -> None:
            super().__init__("odd things happened")
            self.callback = lambda: None

    arrived = unpack_error(pack_error(_raised(Odd())))
    assert type(arrived) is RuntimeError
    assert "Odd" in str(arrived) and "odd things happened" in str(arrived)
    assert "_raised" in str(arrived.__cause__)


def _settings(rig: Rig) -> SyncSettings:
    bank = next(a["Id"] for a in rig.qbo("Account") if a["AccountType"] == "Bank")
    settings = SyncSettings(refund_account=bank)
    with rig.company.session() as s:
        save_settings(s, settings)
    return settings


def _once_in_quickbooks(rig: Rig) -> int:
    """Every record here once in QuickBooks, QuickBooks asked over plain HTTP; how many records were checked."""
    probe = QboProbe(rig.server.api_base, rig.realm_id, rig.connection.tokens.access_token())
    try:
        return sum(assert_each_record_once(rig.company, probe).values())
    finally:
        probe.close()


class Events:
    """What the engine process reported, as the worker thread would see it."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, Any]] = []
        self.written = threading.Event()  # a progress report with something done

    def __call__(self, name: str, payload: Any) -> None:
        self.seen.append((name, payload))
        if name == "progress" and payload.done > 0:
            self.written.set()

    def names(self) -> set[str]:
        return {name for name, _ in self.seen}


def test_a_plan_made_in_the_engine_process_is_the_plan_made_here(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=60, here_size=500)
    settings = _settings(rig)
    here = SyncEngine(rig.company, rig.connection.client).plan(settings)
    engine = EngineProcess(rig.company.url, password=rig.company.password)
    try:
        there = engine.call(Request(PLAN, client_spec(rig.connection.client), settings), rig.connection.client,
                            threading.Event(), Events())
    finally:
        engine.close()
    assert len(there.operations) > PART  # large enough to have crossed in parts
    assert there.counts == here.counts
    assert [(op.entity, op.kind, op.local_id, op.qbo_id) for op in there.operations] == \
        [(op.entity, op.kind, op.local_id, op.qbo_id) for op in here.operations]
    assert there.possible_matches.keys() == here.possible_matches.keys()


def test_a_first_sync_in_the_engine_process_refreshes_tokens_through_this_process(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=30, here_size=300)
    settings = _settings(rig)
    before = TokenStore().load(rig.realm_id)
    assert before is not None
    rig.server.advance(3700)  # QuickBooks' clock: the saved access token has expired there
    events = Events()
    engine = EngineProcess(rig.company.url, password=rig.company.password)
    try:
        summary = engine.call(Request(RUN, client_spec(rig.connection.client), settings), rig.connection.client,
                              threading.Event(), events)
    finally:
        engine.close()
    assert summary.status == "completed", summary
    assert {"phase", "progress", "planned"} <= events.names()
    after = TokenStore().load(rig.realm_id)
    assert after is not None and after.access_token != before.access_token  # refreshed, and saved here
    assert after.refresh_token != before.refresh_token  # QuickBooks rotated it; this keychain has the new one
    assert _once_in_quickbooks(rig) >= summary.created_in_qbo > 200


def test_a_killed_engine_process_loses_nothing_and_sends_nothing_twice(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=0, here_size=700)
    settings = _settings(rig)
    # Latency spreads the sync over a few seconds, so the kill lands while batches and singles are in flight.
    rig.server.faults(rig.realm_id).configure(FaultPlan(latency_ms=(15.0, 40.0)), seed=5)
    engine = EngineProcess(rig.company.url, password=rig.company.password)
    events = Events()
    outcome: list[BaseException | object] = []

    def run() -> None:
        try:
            outcome.append(engine.call(Request(RUN, client_spec(rig.connection.client), settings),
                                       rig.connection.client, threading.Event(), events))
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    assert events.written.wait(60), "the sync never started writing"
    pid = engine.pid
    assert pid is not None and pid != os.getpid()
    os.kill(pid, signal.SIGKILL)
    worker.join(60)
    assert len(outcome) == 1 and isinstance(outcome[0], EngineStopped), outcome
    assert "-9" in str(outcome[0])  # the exit code says how it ended

    rig.server.faults(rig.realm_id).configure(FaultPlan())
    try:  # a new engine process (started on demand) resumes the interrupted run from its journal
        summary = engine.call(Request(RUN, client_spec(rig.connection.client), settings, resume=True),
                              rig.connection.client, threading.Event(), Events())
    finally:
        engine.close()
    assert summary.status == "completed", summary
    assert _once_in_quickbooks(rig) > 500  # (the generator's 700 is about that many records)


def test_cancel_reaches_the_engine_process_and_the_run_resumes(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=0, here_size=500)
    settings = _settings(rig)
    rig.server.faults(rig.realm_id).configure(FaultPlan(latency_ms=(10.0, 25.0)), seed=2)
    engine = EngineProcess(rig.company.url, password=rig.company.password)
    cancel = threading.Event()
    events = Events()

    def cancel_once_writing() -> None:
        if events.written.wait(60):
            cancel.set()

    threading.Thread(target=cancel_once_writing, daemon=True).start()
    try:
        started = time.monotonic()
        stopped = engine.call(Request(RUN, client_spec(rig.connection.client), settings), rig.connection.client,
                              cancel, events)
        assert time.monotonic() - started < 60
        assert stopped.status == "interrupted", stopped  # stopped between batches, its journal in order
        rig.server.faults(rig.realm_id).configure(FaultPlan())
        resumed = engine.call(Request(RUN, client_spec(rig.connection.client), settings, resume=True),
                              rig.connection.client, threading.Event(), Events())
    finally:
        engine.close()
    assert resumed.status == "completed", resumed
    assert _once_in_quickbooks(rig) > 0
