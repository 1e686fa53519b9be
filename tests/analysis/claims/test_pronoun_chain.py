"""A "he"/"she" source the actors left alone takes the speaker of the claim before it
(issue 16, item 9; ``pronoun_chain.py``). Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def speaker_of(nlp, text: str, content_start: str) -> str | None:
    """The actor name of the claim whose content starts with ``content_start``."""
    doc = nlp(text)
    actors = find_actors(doc)
    names = {a.id: a.name for a in actors}
    for claim in find_claims(doc, actors):
        if text[claim.content.start :].startswith(content_start):
            return names.get(claim.source) if claim.source else None
    raise AssertionError(f"no claim starts with {content_start!r}")


PARAGRAPHS = (
    '"The pumps were never tested," port spokesman Tomas Hale said. '
    '"The harbor master knew it."\n\n'
)


def test_he_after_a_spokesman_s_quote_is_that_spokesman(nlp):
    text = PARAGRAPHS + "He added that the terminal would reopen on Monday."
    assert speaker_of(nlp, text, "the terminal would reopen") == "Tomas Hale"


def test_a_pronoun_of_the_other_gender_is_nobody(nlp):
    text = PARAGRAPHS + "She added that the terminal would reopen on Monday."
    assert speaker_of(nlp, text, "the terminal would reopen") is None


def test_someone_else_named_between_leaves_the_pronoun_alone(nlp):
    text = PARAGRAPHS + (
        "The mayor, Victor Lund, visited the docks on Sunday.\n\n"
        "He added that the terminal would reopen on Monday."
    )
    assert speaker_of(nlp, text, "the terminal would reopen") != "Tomas Hale"


def test_a_speaker_two_paragraphs_back_is_too_far(nlp):
    text = PARAGRAPHS + (
        "Ships waited outside the harbor for three days.\n\n"
        "Crews worked through the night.\n\n"
        "He added that the terminal would reopen on Monday."
    )
    assert speaker_of(nlp, text, "the terminal would reopen") is None


def test_a_first_name_before_a_hyphenated_surname_gives_the_gender(nlp):
    text = (
        "Rosalind Achebe-Grant, a lawyer for the tenants, said the group had written to "
        'the authority. "If they will not act, a judge will make them act," she said.'
    )
    assert speaker_of(nlp, text, '"If they will not act') == "Rosalind Achebe-Grant"
