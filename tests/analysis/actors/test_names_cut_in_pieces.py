"""Bodies' names the model cut at "of", "and" or a possessive, kept whole (invented texts;
``actors/whole_names.py``), and the names that stay two."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def names_of(nlp, text: str) -> list[str]:
    return [a.name for a in find_actors(nlp(text))]


def test_a_name_joined_by_and_before_its_head_stays_whole(nlp):
    text = (
        "The Maritime and Port Authority of Kestavia said ships were delayed by the storm. "
        "Harbour pilots said the delays would last a week."
    )
    names = names_of(nlp, text)
    assert "Maritime and Port Authority of Kestavia" in names
    assert "Port Authority" not in names


def test_a_name_with_a_plural_noun_in_lower_case_stays_whole(nlp):
    text = (
        "The Vaccines and Veterinary products Regulatory Agency said it was checking "
        "the batches from the plant in Korvel on Friday."
    )
    names = names_of(nlp, text)
    assert "Vaccines and Veterinary products Regulatory Agency" in names
    assert "Vaccines" not in names


def test_a_hospital_named_after_a_saint_stays_whole(nlp):
    text = (
        "Doctors at St Brendan's General Hospital said two patients were stable. "
        "The Lakeview General Hospital said it had treated six people."
    )
    names = names_of(nlp, text)
    assert "St Brendan" not in names
    assert "St Brendan's General Hospital" in names


def test_two_bodies_joined_by_and_stay_two(nlp):
    text = (
        "The Ministry of Finance and Central Bank of Norland said rates would rise. "
        "The Central Bank of Norland said inflation was too high."
    )
    names = names_of(nlp, text)
    assert "Ministry of Finance and Central Bank of Norland" not in names


def test_a_country_owning_a_body_stays_its_own_actor(nlp):
    text = (
        "Norland's Supreme Court ruled on Monday that the law was void. Norland said it "
        "would appeal to the Supreme Court again."
    )
    names = names_of(nlp, text)
    assert "Norland's Supreme Court" not in names


def test_a_country_owning_a_body_named_once_stays_its_own_actor(nlp):
    text = (
        "Rescue teams searched the site on Monday, Chile's Civil Defence Authority said. "
        "The Civil Defence Authority said eleven people were hurt."
    )
    names = names_of(nlp, text)
    assert "Chile's Civil Defence Authority" not in names


def test_a_name_cut_before_for_stays_whole_without_its_first_piece(nlp):
    text = (
        "The Kestavian Authority for the Energy Markets (KAEM) has fined Orvel Power 2 "
        "million euros, the regulator said on Monday."
    )
    names = names_of(nlp, text)
    assert "Kestavian Authority for the Energy Markets" in names
    assert "Kestavian Authority" not in names
