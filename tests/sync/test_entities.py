"""The entity registry is the one place facts about record types live: it must be complete and consistent."""

from __future__ import annotations

from qbdesk.store import BY_ENTITY
from qbdesk.sync.entities import ENTITIES, ENTITY_ORDER, entity_type


def test_every_store_model_is_registered_once() -> None:
    assert sorted(ENTITY_ORDER) == sorted(BY_ENTITY)
    assert len(set(ENTITY_ORDER)) == len(ENTITY_ORDER)
    for e in ENTITIES:
        assert BY_ENTITY[e.name] is e.record and e.record.qbo_entity == e.name


def test_dependencies_come_first() -> None:
    position = {name: n for n, name in enumerate(ENTITY_ORDER)}
    for e in ENTITIES:
        for dependency in e.depends_on:
            assert position[dependency] < position[e.name], f"{e.name} depends on {dependency}, listed after it"


def test_children_are_relationships_of_the_model() -> None:
    for e in ENTITIES:
        if e.children is not None:
            assert hasattr(e.record, e.children), e.name


def test_lists_are_made_inactive_and_transactions_deleted() -> None:
    assert entity_type("Customer").removal == "deactivate"
    assert entity_type("Invoice").removal == "delete"


def test_forward_links_are_dependencies() -> None:
    """A record's LinkedTxn targets must exist before it, so they are among what it depends on."""
    for e in ENTITIES:
        assert set(e.links) <= set(e.depends_on), e.name


def test_the_windows_list_of_record_tables_is_the_registrys() -> None:
    from qbdesk.ui.sync.hub import RECORD_TABLES

    assert set(RECORD_TABLES) == {e.record.__tablename__ for e in ENTITIES}  # type: ignore[attr-defined]
