"""Undo a run: a first sync into a QuickBooks company that already has data, taken back, leaves both sides as
they were — checked over HTTP by the test's own client, and by `qbdesk summary` of the company file."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.sync.conftest import Rig
from tests.sync.probe import QboProbe

from qbdesk.store.summary import summarize
from qbdesk.sync.entities import ENTITIES
from qbdesk.sync.settings import SyncSettings
from qbdesk.sync.undo_run import Undo

MakeRig = Callable[..., Rig]


def _counts(rig: Rig) -> dict[str, int]:
    """What QuickBooks holds per entity type (active records for lists), read by the test's own client."""
    probe = QboProbe(rig.server.api_base, rig.realm_id, rig.connection.tokens.access_token())
    try:
        return {kind.name: len(probe.live(kind.name)) for kind in ENTITIES}
    finally:
        probe.close()


def _summary(rig: Rig) -> dict[str, Any]:
    with rig.company.session() as s:
        found = summarize(s)
    return {"counts": found.counts, "ar": found.open_receivables, "ap": found.open_payables}


def _bank(rig: Rig) -> str:
    return next(a["Id"] for a in rig.qbo("Account") if a["AccountType"] == "Bank")


def test_undo_of_a_first_sync_leaves_both_sides_as_they_were(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=120, here_size=200)
    before_qbo, before_here = _counts(rig), _summary(rig)
    summary = rig.engine().run(settings=SyncSettings(refund_account=_bank(rig)))
    assert summary.status == "completed" and summary.problems == 0, summary
    assert summary.created_in_qbo > 50 and summary.created_here > 50
    assert _counts(rig) != before_qbo

    undo = Undo(rig.company, rig.connection.client)
    plan = undo.plan()
    totals = plan.totals()
    assert totals["delete_in_qbo"] + totals["deactivate_in_qbo"] == summary.created_in_qbo
    assert totals["delete_here"] == summary.created_here
    done = undo.run()
    assert done.status == "completed", done
    assert done.problems == 0
    assert _counts(rig) == before_qbo
    assert _summary(rig) == before_here
