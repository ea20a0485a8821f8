"""The sync lock is held by the company, not by the path it was opened through."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from tests.sync.conftest import Rig

from qbdesk.sandbox.chaos import FaultPlan
from qbdesk.store import CompanyFileNamedTwice, open_company
from qbdesk.store.locks import STALE_AFTER, SyncBusy, SyncLock
from qbdesk.store.office import SyncLockHolder
from qbdesk.store.types import utcnow

MakeRig = Callable[..., Rig]


def test_a_company_file_with_a_second_name_is_not_opened(tmp_path: Path) -> None:
    first = tmp_path / "books.qbdesk"
    open_company(first, create=True).close()
    os.link(first, tmp_path / "same-books.qbdesk")
    for name in ("books.qbdesk", "same-books.qbdesk"):
        with pytest.raises(CompanyFileNamedTwice, match="2 names"):
            open_company(tmp_path / name)


def test_paths_that_name_one_file_share_one_lock(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    company = open_company(tmp_path / "books.qbdesk", create=True)
    other = open_company(tmp_path / "sub" / ".." / "books.qbdesk")
    try:
        with SyncLock(company, "realm-1"), pytest.raises(SyncBusy):
            SyncLock(other, "realm-1").acquire()
    finally:
        company.close()
        other.close()


def test_a_holder_row_of_a_live_sync_refuses_a_second_one_and_a_crashed_ones_does_not(tmp_path: Path) -> None:
    company = open_company(tmp_path / "books.qbdesk", create=True)
    try:
        # Another qbdesk that reached this file through another name holds it: its row is fresh, its process
        # alive (the parent of this test process stands for it).
        with company.session() as s:
            s.merge(SyncLockHolder(realm_id="realm-1", host_name="front-desk", pid=os.getppid(), since=utcnow(),
                                   heartbeat=utcnow(), node=platform.node()))
        with pytest.raises(SyncBusy) as refused:
            SyncLock(company, "realm-1").acquire()
        assert refused.value.holder is not None and refused.value.holder.host == "front-desk"
        # The same row, not refreshed for longer than a live holder ever waits: left over from a crash.
        with company.session() as s:
            row = s.get(SyncLockHolder, "realm-1")
            assert row is not None
            row.heartbeat = row.since = utcnow() - timedelta(seconds=STALE_AFTER + 5)
        with SyncLock(company, "realm-1"), company.session() as s:
            row = s.get(SyncLockHolder, "realm-1")
            assert row is not None and row.pid == os.getpid()
    finally:
        company.close()


@pytest.mark.slow
def test_two_processes_on_one_file_through_two_names_one_syncs_the_other_is_refused(
        make_rig: MakeRig, shared_keychain: dict[str, str], tmp_path: Path) -> None:
    rig = make_rig(qbo_size=0, here_size=400)
    rig.prepare_for_cli()
    if rig.company.path is None:
        pytest.skip("a company file's names: SQLite only")
    rig.server.faults(rig.realm_id).configure(FaultPlan(latency_ms=(60.0, 120.0)), seed=4)
    first = subprocess.Popen([sys.executable, "-m", "qbdesk.cli.main", "sync", "--company", rig.target, "--json"],
                             env=shared_keychain, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # syncing: it holds the lock (its row says so) and has the file open
            with rig.company.session() as s:
                if s.get(SyncLockHolder, rig.realm_id) is not None:
                    break
            time.sleep(0.1)
        assert first.poll() is None
        second_name = tmp_path / "the-same-books.qbdesk"
        os.link(rig.target, second_name)
        second = subprocess.run([sys.executable, "-m", "qbdesk.cli.main", "sync", "--company", str(second_name)],
                                env=shared_keychain, text=True, capture_output=True, timeout=120)
        assert second.returncode == 2, second.stderr
        assert "2 names" in second.stderr and "Traceback" not in second.stderr
        second_name.unlink()
        _out, err = first.communicate(timeout=300)
        assert first.returncode == 0, err
    finally:
        if first.poll() is None:
            first.kill()
            first.communicate()
