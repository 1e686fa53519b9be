"""A speaking "it" after a body named with its owner ("Norland's trade ministry gave
another account."): the owner is not a rival for the pronoun, and a second "It said"
goes on with the same body even when the actors analysis put the pronoun on a body of
the same name further back (issue 16, claims item 9). Every text is invented."""

from __future__ import annotations

from tests.analysis.claims.test_session12_speakers import speaker_of

_TEXT = (
    "Ostland's trade ministry said the shipment had broken the embargo. "
    "The ministry said the cargo had been seized in port.\n\n"
    "Norland's trade ministry gave a very different account. In a statement issued on "
    "Monday, it said the cargo had been cleared by customs. It said the ship had left "
    "the port without any cargo."
)


def test_it_after_a_body_named_with_its_owner_is_that_body(nlp):
    assert speaker_of(nlp, _TEXT, "the cargo had been cleared") == "Norland's trade ministry"


def test_a_second_it_goes_on_with_the_same_body(nlp):
    assert speaker_of(nlp, _TEXT, "the ship had left the port") == "Norland's trade ministry"


def test_it_after_an_owner_named_again_outside_the_subject_stays_without_a_speaker(nlp):
    text = (
        "Norland's trade ministry gave a very different account after talks with "
        "Ostland's trade ministry. In a statement issued on Monday, it said the cargo had "
        "been cleared by customs."
    )
    assert speaker_of(nlp, text, "the cargo had been cleared") is None


def test_it_after_a_body_named_as_the_addressee_before_it_is_the_subject_before(nlp):
    text = (
        "Pellworth Clinics, which runs six hospitals, first disclosed the breach on May 2. "
        "In an update to the Norland Stock Exchange on Tuesday, it said an intruder had "
        "reached a billing server."
    )
    assert speaker_of(nlp, text, "an intruder had reached") == "Pellworth Clinics"
