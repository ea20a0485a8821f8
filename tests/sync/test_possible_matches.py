"""Possible matches at a first sync: near-identical records proposed, the user's word obeyed, over real HTTP.

A populated QuickBooks company (the sandbox) and a company file whose customers were typed a little
differently: the plan proposes the pairs, the user accepts some and refuses others, and the first sync links
the accepted ones (nothing duplicated — checked with the test's own HTTP client) and creates the refused ones.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.sync.conftest import Rig
from tests.sync.probe import QboProbe

from qbdesk.store import Customer
from qbdesk.store.syncdata import Link, LinkState
from qbdesk.sync.match_decisions import PairDecision, UnknownPairs
from qbdesk.sync.matching import Decision, contact_of, find_possible_matches
from qbdesk.sync.settings import SyncSettings
from qbdesk.sync.snapshot import Snap

MakeRig = Callable[..., Rig]


# --- the rules ----------------------------------------------------------------------------------------------


def _snap(record_id: str, name: str, email: str | None = None, phone: str | None = None,
          line1: str | None = None, postal: str | None = None) -> Snap:
    return Snap("Customer", record_id, name.casefold(), name, contact=contact_of(email, phone, line1, postal))


def test_each_rule_proposes_its_pair_and_says_which_rule_met() -> None:
    here = [_snap("1", "Smith, John"), _snap("2", "Acme Plumbing Inc."),
            _snap("3", "Zed", email="Pat@Example.com"), _snap("4", "Yan", phone="(379) 203-2892"),
            _snap("5", "Xu", line1="43419 Maxwell Cliff, Apt. 248", postal="93770"),
            _snap("6", "Nothing Alike Holdings")]
    qbo = [_snap("10", "John Smith"), _snap("11", "ACME Plumbing, Inc"),
           _snap("12", "Pat Doe", email="pat@example.com"),
           _snap("13", "Ann Roe", phone="379-203-2892x18401"),
           _snap("14", "Bo Li", line1="43419 MAXWELL CLIFF APT 248", postal="93770"), _snap("15", "Jane Smith")]
    pairs = {(m.local_id, m.qbo_id): m.rules for m in find_possible_matches("Customer", here, qbo)}
    assert pairs == {("1", "10"): ("name",), ("2", "11"): ("name",), ("3", "12"): ("email",),
                     ("4", "13"): ("phone",), ("5", "14"): ("address",)}


def test_a_refused_pair_is_not_proposed_and_each_record_is_paired_once() -> None:
    here = [_snap("1", "John Smith"), _snap("2", "Jon Smith")]
    qbo = [_snap("10", "John Smith.")]
    first = find_possible_matches("Customer", here, qbo)
    assert [(m.local_id, m.qbo_id, m.score) for m in first] == [("1", "10", 100)]  # the closer name wins
    again = find_possible_matches("Customer", here, qbo, frozenset({("Customer", "1", "10")}))
    assert [(m.local_id, m.qbo_id) for m in again] == [("2", "10")]
    assert find_possible_matches("Customer", here, qbo, frozenset({("Customer", "1", "10"),
                                                                   ("Customer", "2", "10")})) == []


def test_names_that_only_share_a_surname_are_not_proposed() -> None:
    assert find_possible_matches("Customer", [_snap("1", "John Smith")], [_snap("2", "Jane Smith")]) == []


# --- against the sandbox -------------------------------------------------------------------------------------


def _probe(rig: Rig) -> QboProbe:
    return QboProbe(rig.server.api_base, rig.realm_id, rig.connection.tokens.access_token())


def _settings(rig: Rig) -> SyncSettings:
    bank = next(a["Id"] for a in rig.qbo("Account") if a["AccountType"] == "Bank")
    return SyncSettings(refund_account=bank)


def _near_duplicates(rig: Rig, probe: QboProbe) -> dict[str, tuple[int, str]]:
    """Customers here typed a little differently from QuickBooks' (by rule), and one unrelated: name → (id, twin)."""
    theirs = [c for c in probe.live("Customer").values() if not c.get("ParentRef")]
    by_name, by_email, by_phone, by_address = theirs[0], theirs[1], theirs[2], theirs[3]
    made = {
        "name": (Customer(display_name=by_name["DisplayName"] + "."), by_name["Id"]),
        "email": (Customer(display_name="Zebulon Quackenbush",
                           email=by_email["PrimaryEmailAddr"]["Address"].upper()), by_email["Id"]),
        "phone": (Customer(display_name="Yolanda Ferreira-Quist", phone="+1 " + by_phone["PrimaryPhone"]
                           ["FreeFormNumber"].split("x")[0]), by_phone["Id"]),
        "address": (Customer(display_name="Xavier Ostrowski-Blum",
                             address_line1=by_address["BillAddr"]["Line1"].upper(),
                             postal_code=by_address["BillAddr"]["PostalCode"]), by_address["Id"]),
        "none": (Customer(display_name="Qwerty Unrelated Holdings"), ""),
    }
    with rig.company.session() as s:
        s.add_all(c for c, _ in made.values())
        s.flush()
        return {rule: (c.id, twin) for rule, (c, twin) in made.items()}


def test_accepted_pairs_are_linked_not_duplicated_and_refused_ones_are_created(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=200, here_size=0)
    probe = _probe(rig)
    ours = _near_duplicates(rig, probe)
    engine = rig.engine()
    settings = _settings(rig)

    plan = engine.plan(settings)
    proposed = {(m.local_id, m.qbo_id): m.rules for m in plan.possible_matches["Customer"]}
    for rule in ("name", "email", "phone", "address"):
        local_id, twin = ours[rule]
        assert rule in proposed[(str(local_id), twin)], rule
    assert all(local != str(ours["none"][0]) for local, _ in proposed)
    assert plan.counts["Customer"].possible_matches == len(proposed)
    before = plan.counts["Customer"]
    doc = plan.to_json()
    assert doc["entities"]["Customer"]["possible_matches"] == len(proposed)
    assert {(p["local_id"], p["qbo_id"]) for p in doc["possible_matches"]["Customer"]} == set(proposed)

    def word(rule: str, decision: Decision) -> PairDecision:
        return PairDecision("Customer", str(ours[rule][0]), ours[rule][1], decision)

    decided = engine.decide_matches([word("name", Decision.SAME), word("email", Decision.SAME),
                                     word("phone", Decision.DIFFERENT)], settings)
    after = decided.counts["Customer"]
    assert (after.matched, after.create_in_qbo, after.create_here) == (
        before.matched + 2, before.create_in_qbo - 2, before.create_here - 2)
    still = {(m.local_id, m.qbo_id) for m in decided.possible_matches["Customer"]}
    assert (str(ours["address"][0]), ours["address"][1]) in still  # undecided: still asked
    assert not {(str(ours[r][0]), ours[r][1]) for r in ("name", "email", "phone")} & still

    qbo_before = probe.live("Customer")
    summary = engine.run(settings=settings)
    assert summary.status == "completed", summary

    qbo_after = probe.live("Customer")
    names_after = [c["DisplayName"] for c in qbo_after.values()]
    with rig.company.session() as s:
        links = {lk.local_id: lk.qbo_id for lk in s.scalars(select(Link).where(Link.entity_type == "Customer",
                                                                                Link.state == LinkState.LINKED))}
        names_here = list(s.scalars(select(Customer.display_name)))
    for rule in ("name", "email"):  # linked, created on neither side
        local_id, twin = ours[rule]
        assert links[local_id] == twin
        with rig.company.session() as s:
            mine = s.get(Customer, local_id)
            assert mine is not None
            assert mine.display_name not in names_after
        assert qbo_before[twin]["DisplayName"] not in names_here
    # Refused and undecided: created in QuickBooks, and QuickBooks' record created here.
    for rule in ("phone", "address", "none"):
        local_id, twin = ours[rule]
        assert links[local_id] != twin
        assert links[local_id] in qbo_after
        if twin:
            assert qbo_before[twin]["DisplayName"] in names_here
    assert len(qbo_after) == len(qbo_before) + before.create_in_qbo - 2
    assert engine.plan(settings, refresh=True).writes() == []
    probe.close()


def test_decisions_naming_unknown_records_store_nothing(make_rig: MakeRig) -> None:
    rig = make_rig(qbo_size=200, here_size=0)
    probe = _probe(rig)
    ours = _near_duplicates(rig, probe)
    probe.close()
    engine = rig.engine()
    settings = _settings(rig)
    good = PairDecision("Customer", str(ours["name"][0]), ours["name"][1], Decision.SAME)
    for bad, says in ((PairDecision("Customer", "999999", "1", Decision.SAME), "no Customer with id 999999"),
                      (PairDecision("Customer", str(ours["name"][0]), "999999", Decision.SAME),
                       "QuickBooks has no Customer with Id 999999"),
                      (PairDecision("Invoice", "1", "1", Decision.SAME), "'Invoice' has no possible matches")):
        with pytest.raises(UnknownPairs) as refused:
            engine.decide_matches([good, bad], settings)
        assert says in str(refused.value)
    plan = engine.plan(settings)
    assert (str(ours["name"][0]), ours["name"][1]) in {(m.local_id, m.qbo_id)
                                                       for m in plan.possible_matches["Customer"]}


# --- the command line ----------------------------------------------------------------------------------------


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "qbdesk.cli.main", *args], env=env, capture_output=True, text=True,
                          timeout=300, check=False, stdin=subprocess.DEVNULL)


def test_plan_json_lists_them_and_plan_matches_takes_the_users_word(make_rig: MakeRig, shared_keychain: dict[str, str],
                                                                    tmp_path: Path) -> None:
    rig = make_rig(qbo_size=200, here_size=0)
    probe = _probe(rig)
    ours = _near_duplicates(rig, probe)
    probe.close()
    rig.prepare_for_cli()
    shown = _cli(shared_keychain, "plan", "--company", rig.target, "--json")
    assert shown.returncode == 0, shown.stderr
    doc = json.loads(shown.stdout)
    pairs = doc["possible_matches"]["Customer"]
    assert doc["entities"]["Customer"]["possible_matches"] == len(pairs)
    name_local, name_twin = str(ours["name"][0]), ours["name"][1]
    assert any(p["local_id"] == name_local and p["qbo_id"] == name_twin and "name" in p["rules"] for p in pairs)

    # Mistakes: a sentence and exit 2, and nothing stored.
    mistakes = {"notjson.json": ("{not json", "is not JSON"),
                "shape.json": ('{"entities": {}}', "does not hold decisions"),
                "word.json": (json.dumps([{"entity": "Customer", "local_id": name_local, "qbo_id": name_twin,
                                           "decision": "maybe"}]), 'neither "same" nor "different"'),
                "unknown.json": (json.dumps([{"entity": "Customer", "local_id": name_local, "qbo_id": "987654",
                                              "decision": "same"}]), "QuickBooks has no Customer with Id 987654")}
    for name, (text, says) in mistakes.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        refused = _cli(shared_keychain, "plan", "--company", rig.target, "--matches", str(tmp_path / name))
        assert refused.returncode == 2, (name, refused.stderr)
        assert says in refused.stderr and "Traceback" not in refused.stderr, (name, refused.stderr)
    missing = _cli(shared_keychain, "plan", "--company", rig.target, "--matches", str(tmp_path / "absent.json"))
    assert missing.returncode == 2 and "no such file" in missing.stderr

    # The plan's own JSON with a decision written into one pair: stored, the pair linked in the new plan.
    for pair in pairs:
        if pair["local_id"] == name_local:
            pair["decision"] = "same"
    (tmp_path / "plan.json").write_text(json.dumps(doc), encoding="utf-8")
    taken = _cli(shared_keychain, "plan", "--company", rig.target, "--json", "--matches", str(tmp_path / "plan.json"))
    assert taken.returncode == 0, taken.stderr
    after = json.loads(taken.stdout)
    assert after["entities"]["Customer"]["matched"] == doc["entities"]["Customer"]["matched"] + 1
    assert after["entities"]["Customer"]["possible_matches"] == len(pairs) - 1
    assert not any(p["local_id"] == name_local for p in after["possible_matches"]["Customer"])
    text = _cli(shared_keychain, "plan", "--company", rig.target)
    assert text.returncode == 0 and f"{len(pairs) - 1} possible matches" in text.stdout

    # A sync with pairs left unanswered says what it does with them (stderr: the JSON stays clean).
    synced = _cli(shared_keychain, "sync", "--company", rig.target, "--json")
    assert synced.returncode in (0, 1), synced.stderr
    assert json.loads(synced.stdout)["status"] == "completed"
    assert f"{len(pairs) - 1} possible matches were not answered" in synced.stderr


def test_the_plan_counts_payments_per_method_on_each_side(make_rig: MakeRig) -> None:
    """The wizard's payment-method step says what unchecking a method leaves out (read here with SQL, there over
    plain HTTP)."""
    from collections import Counter

    from qbdesk.store import Payment, PaymentMethod
    from qbdesk.sync.keys import name_key

    rig = make_rig(qbo_size=150, here_size=150)
    plan = rig.engine().plan(_settings(rig))
    with rig.company.session() as s:
        here = Counter(name_key(name) if name else "" for name in s.scalars(
            select(PaymentMethod.name).select_from(Payment).outerjoin(PaymentMethod,
                                                                      Payment.payment_method_id == PaymentMethod.id)))
    probe = _probe(rig)
    names = {i: name_key(m["Name"]) for i, m in probe.live("PaymentMethod").items()}
    theirs = Counter(names.get((p.get("PaymentMethodRef") or {}).get("value", ""), "")
                     for p in probe.live("Payment").values())
    probe.close()
    assert sum(here.values()) and sum(theirs.values())
    assert {k: v.here for k, v in plan.payments_by_method.items() if v.here} == dict(here)
    assert {k: v.in_qbo for k, v in plan.payments_by_method.items() if v.in_qbo} == dict(theirs)
