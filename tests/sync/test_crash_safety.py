"""Kill -9, cancel and a bad network at any moment: after resume QuickBooks holds exactly one copy of everything."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.sync.conftest import Rig

from qbdesk.qbo.client import BatchItem, BatchResult
from qbdesk.sandbox.chaos import FaultPlan
from qbdesk.store.syncdata import Link, LinkState
from qbdesk.sync.engine import SyncEngine
from qbdesk.sync.entities import ENTITIES as ALL_ENTITIES

MakeRig = Callable[..., Rig]
ENTITIES = [e.record for e in ALL_ENTITIES if e.writable]


def assert_exactly_one_copy(rig: Rig) -> None:
    """Every local record is linked to one live QuickBooks record, and no QuickBooks record twice."""
    with rig.company.session() as s:
        for cls in ENTITIES:
            entity = cls.qbo_entity
            local = s.scalar(select(func.count()).select_from(cls)) or 0
            links = list(s.scalars(select(Link).where(Link.entity_type == entity, Link.state == LinkState.LINKED)))
            assert len(links) == local, entity
            qbo_ids = Counter(link.qbo_id for link in links)
            assert max(qbo_ids.values(), default=1) == 1, f"{entity}: a QuickBooks record linked twice"
            remote = {r["Id"] for r in rig.qbo(entity) if r.get("Active", True) is not False}
            assert set(qbo_ids) <= remote, f"{entity}: a link points to nothing"
            assert len(remote) == local, f"{entity}: {len(remote)} in QuickBooks for {local} here"


def _qbdesk(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "qbdesk.cli.main", *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.slow
def test_kill_9_at_random_moments_then_resume(make_rig: MakeRig, shared_keychain: dict[str, str]) -> None:
    rig = make_rig(qbo_size=0, here_size=700)
    rig.prepare_for_cli()
    # Latency spreads the sync (about a second of work once started) over a few seconds, so that a kill
    # 1.0–2.6 s after the process starts (about a second of which is Python starting) lands inside it.
    rig.server.faults(rig.realm_id).configure(FaultPlan(latency_ms=(15.0, 40.0)), seed=3)
    path = rig.target
    rng = random.Random(11)
    kills = 0
    for attempt in range(4):
        proc = _qbdesk(shared_keychain, "sync", "--company", path, "--json", *(["--resume"] if attempt else []))
        time.sleep(rng.uniform(1.0, 2.6))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.communicate(timeout=60)
    final = _qbdesk(shared_keychain, "sync", "--company", path, "--resume", "--json")
    out, err = final.communicate(timeout=300)
    assert final.returncode == 0, err
    assert json.loads(out)["status"] == "completed"
    assert kills >= 1
    assert_exactly_one_copy(rig)


def test_cancel_between_batches_then_resume(make_rig: MakeRig, monkeypatch: pytest.MonkeyPatch) -> None:
    rig = make_rig(qbo_size=0, here_size=400)
    rig.prepare_for_cli()
    rig.server.faults(rig.realm_id).configure(FaultPlan(latency_ms=(10.0, 20.0)), seed=1)
    engine = SyncEngine(rig.company, rig.connection.client)
    client = rig.connection.client
    send, sent = client.batch, []

    def batch(items: Sequence[BatchItem], request_id: str | None = None) -> dict[str, BatchResult]:
        sent.append(len(items))
        if len(sent) == 3:  # Cancel is clicked while the third batch is on its way (a timer can miss the run)
            engine.cancel.set()
        return send(items, request_id=request_id)

    monkeypatch.setattr(client, "batch", batch)
    first = engine.run()
    monkeypatch.undo()
    assert first.status == "interrupted"
    assert len(sent) == 3
    second = SyncEngine(rig.company, rig.connection.client).run(resume=True)
    assert second.status == "completed", second
    assert second.run_id == first.run_id
    assert_exactly_one_copy(rig)


def test_bad_network_drops_5xx_transient_6000_and_throttles(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=0, here_size=400)
    rig.prepare_for_cli()
    faults = rig.server.faults(rig.realm_id)
    faults.configure(FaultPlan(server_error=0.08, drop_before=0.05, drop_after=0.08, transient=0.08), seed=7)
    rig.connection.client.backoff = 0.01
    summary = None
    for _ in range(6):
        summary = SyncEngine(rig.company, rig.connection.client).run(resume=True)
        if summary.status == "completed":
            break
    assert summary is not None and summary.status == "completed", summary
    assert sum(faults.injected.values()) > 5, faults.injected
    assert_exactly_one_copy(rig)


def test_throttled_by_quickbooks_the_sync_waits_and_finishes(keychain: Path, tmp_path: Path) -> None:
    """The server allows fewer batches than the client believes: 429s come back, the sync waits them out."""
    from dataclasses import replace

    from tests.sync.conftest import ANCHOR, connect

    from qbdesk.sandbox.server import SandboxServer
    from qbdesk.sandbox.throttle import Limits as ServerLimits
    from qbdesk.store import open_company
    from qbdesk.store.demo import generate

    with SandboxServer(throttle=True, speedup=60.0, limits=ServerLimits(batch_per_minute=4)) as server:
        realm = server.create_company(size=0).realm_id
        company = open_company(tmp_path / "t.qbdesk", create=True)
        with company.session() as s:
            generate(s, 300, seed=4, anchor=ANCHOR)
        conn = connect(server, realm, company, tmp_path / "locks")
        conn.config = replace(conn.config, time_scale=60.0)
        from qbdesk.qbo.governor import Governor

        conn.client.governor = conn.governor = Governor(time_scale=60.0)
        rig = Rig(server, realm, company, conn)
        rig.prepare_for_cli()
        summary = SyncEngine(company, conn.client).run()
        assert summary.status == "completed", summary
        assert conn.governor.stats.throttled > 0
        assert_exactly_one_copy(rig)
        conn.close()
        company.close()
