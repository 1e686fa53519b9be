"""Actors merged across articles: one entity whatever each article calls it, never two."""

from __future__ import annotations

from briefing_tui.analysis.dossier.actors import merge_actors
from tests.analysis.dossier.helpers import actor, briefing


def _together(dossier_actors, *refs: tuple[int, str]) -> bool:
    for d in dossier_actors:
        members = {(m.article, m.id) for m in d.members}
        if set(refs) <= members:
            return True
    return False


def test_a_full_name_and_a_lone_surname_are_one_person() -> None:
    a = "Senator Maria Lovelace spoke on Monday. Lovelace said the bill would pass."
    b = "Maria Lovelace, the senator, voted yes."
    c = "Lovelace would not comment."
    found = merge_actors(
        [
            briefing(a, [actor(a, "a1", "Maria Lovelace", "person", "Maria Lovelace", "Lovelace")]),
            briefing(b, [actor(b, "a1", "Maria Lovelace", "person")]),
            briefing(c, [actor(c, "a1", "Lovelace", "person")]),
        ]
    )
    assert _together(found, (0, "a1"), (1, "a1"), (2, "a1"))
    assert sum(len(d.members) for d in found) == 3


def test_two_people_sharing_a_surname_stay_apart_and_a_lone_surname_joins_neither() -> None:
    a = "Bill Orwin opened the library."
    b = "Hillary Orwin gave a speech."
    c = "Orwin was not there."
    found = merge_actors(
        [
            briefing(a, [actor(a, "a1", "Bill Orwin", "person")]),
            briefing(b, [actor(b, "a1", "Hillary Orwin", "person")]),
            briefing(c, [actor(c, "a1", "Orwin", "person")]),
        ]
    )
    assert not _together(found, (0, "a1"), (1, "a1"))
    assert not _together(found, (0, "a1"), (2, "a1"))
    assert not _together(found, (1, "a1"), (2, "a1"))


def test_a_city_and_a_state_of_one_name_stay_apart() -> None:
    a = "The firm moved to Spokane, Washington last year."
    b = "Lawmakers met in Washington, D.C. on Friday."
    found = merge_actors(
        [
            briefing(a, [actor(a, "a1", "Washington", "place")]),
            briefing(b, [actor(b, "a1", "Washington", "place")]),
        ]
    )
    assert not _together(found, (0, "a1"), (1, "a1"))


def test_a_bare_city_and_state_name_joins_only_the_one_sense_the_dossier_writes() -> None:
    a = "The museum is in New York City."
    b = "Visitors came to New York for the show."
    c = "She lives in Albany, New York."
    one_sense = merge_actors(
        [
            briefing(a, [actor(a, "a1", "New York City", "place")]),
            briefing(b, [actor(b, "a1", "New York", "place")]),
        ]
    )
    assert _together(one_sense, (0, "a1"), (1, "a1"))
    both = merge_actors(
        [
            briefing(a, [actor(a, "a1", "New York City", "place")]),
            briefing(b, [actor(b, "a1", "New York", "place")]),
            briefing(c, [actor(c, "a1", "New York", "place")]),
        ]
    )
    assert not _together(both, (0, "a1"), (1, "a1"))
    assert not _together(both, (1, "a1"), (2, "a1"))


def test_an_acronym_and_a_misspelling_join_the_full_name() -> None:
    a = "The Untied Nations and the United Nations agency said so."
    b = "A U.N. envoy arrived."
    found = merge_actors(
        [
            briefing(
                a,
                [
                    actor(a, "a1", "United Nations", "organisation"),
                    actor(a, "a2", "Untied Nations", "organisation"),
                ],
            ),
            briefing(b, [actor(b, "a1", "U.N.", "organisation")]),
        ]
    )
    assert _together(found, (0, "a1"), (0, "a2"), (1, "a1"))


def test_a_name_inside_a_longer_name_joins_nothing() -> None:
    a = "A report by Environment Canada was lost, and Environment Canada said so."
    b = "Canada sent aid."
    found = merge_actors(
        [
            briefing(a, [actor(a, "a1", "Canada", "country")]),
            briefing(b, [actor(b, "a1", "Canada", "country")]),
        ]
    )
    assert not _together(found, (0, "a1"), (1, "a1"))


def test_a_person_and_a_country_of_one_name_stay_apart() -> None:
    a = "Michael Jordan scored. Jordan smiled."
    b = "Jordan closed its border."
    found = merge_actors(
        [
            briefing(a, [actor(a, "a1", "Michael Jordan", "person", "Michael Jordan", "Jordan")]),
            briefing(b, [actor(b, "a1", "Jordan", "country")]),
        ]
    )
    assert not _together(found, (0, "a1"), (1, "a1"))


def test_every_local_actor_is_in_exactly_one_dossier_actor() -> None:
    a = "Ana Lim met Bo Chen in Paris."
    b = "Bo Chen left Paris."
    found = merge_actors(
        [
            briefing(
                a,
                [
                    actor(a, "a1", "Ana Lim", "person"),
                    actor(a, "a2", "Bo Chen", "person"),
                    actor(a, "a3", "Paris", "place"),
                ],
            ),
            briefing(b, [actor(b, "a1", "Bo Chen", "person"), actor(b, "a2", "Paris", "place")]),
        ]
    )
    members = [(m.article, m.id) for d in found for m in d.members]
    assert sorted(members) == [(0, "a1"), (0, "a2"), (0, "a3"), (1, "a1"), (1, "a2")]
    assert _together(found, (0, "a2"), (1, "a1"))
    assert _together(found, (0, "a3"), (1, "a2"))
    assert [d.id for d in found] == [f"d{i}" for i in range(1, len(found) + 1)]


def test_the_city_and_state_lexicon_is_what_the_gazetteer_gives() -> None:
    from briefing_tui.analysis.dossier.places import (
        ambiguous_place_names,
        derive_ambiguous_place_names,
    )

    assert ambiguous_place_names() == derive_ambiguous_place_names()
    assert {"washington", "new york"} <= ambiguous_place_names()


def test_a_name_run_on_into_a_nationality_adjective_is_cut_back() -> None:
    from briefing_tui.analysis.dossier.names import name_forms
    from briefing_tui.model import Actor, ActorKind

    forms = name_forms(Actor("a1", "Harbour Trust on French", ActorKind.ORGANISATION))
    assert forms is not None and forms.main == "harbour trust"
    kept = name_forms(Actor("a2", "Council on Foreign Relations", ActorKind.ORGANISATION))
    assert kept is not None and kept.main == "council on foreign relations"
