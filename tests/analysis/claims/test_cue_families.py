"""Claims, round 2: one invented sentence per family of attribution added later.

Each family is a verb class or construction, not a wording: cognition verbs,
topic verbs with a preposition, stance adjectives and nouns, passives with an
agent, "as X put it" asides, gerunds in adjuncts.
"""

from __future__ import annotations

import pytest

from briefing_tui.analysis.claims import find_claims
from briefing_tui.model import Claim


def _claims(nlp, text: str) -> list[Claim]:
    return find_claims(nlp(text), [])


def _pairs(text: str, claims: list[Claim]) -> set[tuple[str | None, str]]:
    return {(c.source_text, text[c.content.start : c.content.end]) for c in claims}


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # cognition and knowledge: coming to know, holding a view
        (
            "The inspectors learned that the dam had leaked for years.",
            "The inspectors",
            "the dam had leaked for years",
        ),
        (
            "The coach, who realised that the season was lost, rested his best players.",
            "The coach, who",
            "the season was lost",
        ),
        # communication in a manner or to someone
        (
            "The caretaker reminded the tenants that the boiler would be off on Sunday.",
            "The caretaker",
            "the boiler would be off on Sunday",
        ),
    ],
)
def test_cognition_and_communication_verbs(nlp, text: str, source: str, content: str) -> None:
    assert (source, content) in _pairs(text, _claims(nlp, text))


def test_gerund_in_adjunct_borrows_the_subject(nlp) -> None:
    text = "The harbour master replied by saying the pier would reopen in March."
    claims = _claims(nlp, text)
    assert ("The harbour master", "the pier would reopen in March") in _pairs(text, claims)


def test_that_read_as_a_relative_word_still_opens_the_content(nlp) -> None:
    text = "The brewer posted on Friday evening that the taproom was closing for good."
    claims = _claims(nlp, text)
    assert ("The brewer", "the taproom was closing for good") in _pairs(text, claims)


def test_topic_verb_with_preposition(nlp) -> None:
    text = "Parents complained about the new timetable at the school meeting."
    claims = _claims(nlp, text)
    assert len(claims) == 1
    assert claims[0].source_text == "Parents"
    assert text[claims[0].content.start : claims[0].content.end].startswith("the new timetable")


def test_passive_with_agent_takes_the_subject_as_content(nlp) -> None:
    text = "The rescue plan has been endorsed by the fishermen's cooperative."
    claims = _claims(nlp, text)
    assert ("the fishermen's cooperative", "The rescue plan") in _pairs(text, claims)


def test_as_aside_vouches_for_its_clause(nlp) -> None:
    text = "As the ferry captain put it, the crossing is no longer safe in winter."
    claims = _claims(nlp, text)
    assert ("the ferry captain", "the crossing is no longer safe in winter") in _pairs(text, claims)


def test_put_without_as_is_no_cue(nlp) -> None:
    assert _claims(nlp, "The porter put it on the shelf and left.") == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The nurses voiced concern that the night rota was too thin.",
            "The nurses",
            "the night rota was too thin",
        ),
        ("Her criticism of the zoning law was sharp.", "Her", "the zoning law"),
    ],
)
def test_stance_nouns(nlp, text: str, source: str, content: str) -> None:
    assert (source, content) in _pairs(text, _claims(nlp, text))


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The librarian has been critical of the new opening hours.",
            "The librarian",
            "the new opening hours",
        ),
        (
            "The growers were confident that the frost had spared the vines.",
            "The growers",
            "the frost had spared the vines",
        ),
    ],
)
def test_stance_adjectives(nlp, text: str, source: str, content: str) -> None:
    assert (source, content) in _pairs(text, _claims(nlp, text))


def test_expletive_subject_with_stance_adjective_is_no_claim(nlp) -> None:
    assert _claims(nlp, "It is clear that the roof needs new tiles.") == []


def test_naming_verb_needs_a_predicate(nlp) -> None:
    text = "After the storm she called the insurer by phone to report the damage."
    assert not any(c.cue == "called" for c in _claims(nlp, text))
    text = "The critic called the sequel a tired copy of the first film."
    claims = _claims(nlp, text)
    assert ("The critic", "the sequel a tired copy of the first film") in _pairs(text, claims)


def test_reason_clause_without_a_break_stays_in_the_content(nlp) -> None:
    text = (
        'The spokeswoman said the rival was reduced to "jokes and jibes" '
        "because he cannot defend his own budget."
    )
    claims = _claims(nlp, text)
    said = [c for c in claims if c.cue == "said"]
    assert said
    assert text[said[0].content.start : said[0].content.end].endswith("his own budget")


def test_presentation_verb_takes_its_object(nlp) -> None:
    text = "The minister stressed her support for the coastal railway."
    claims = _claims(nlp, text)
    assert ("The minister", "her support for the coastal railway") in _pairs(text, claims)


def test_trailing_adverbial_clause_hung_on_the_cue_joins_the_content(nlp) -> None:
    text = (
        "The warden said there is a real gap between the two parks, "
        "when it comes to how many rangers patrol them."
    )
    said = [c for c in _claims(nlp, text) if c.cue == "said"]
    assert said
    assert text[said[0].content.start : said[0].content.end].endswith("patrol them")


def test_object_content_keeps_the_modifiers_the_parser_hung_on_the_cue(nlp) -> None:
    text = "The senator praised her endorsements from retired teachers on Tuesday."
    cited = [c for c in _claims(nlp, text) if c.cue == "praised"]
    assert cited
    content = text[cited[0].content.start : cited[0].content.end]
    assert content.startswith("her endorsements from retired teachers")


def test_object_content_stops_before_the_sources_own_next_act(nlp) -> None:
    text = "The mayor criticised the budget whilst promising a review of the bus fares."
    claims = _claims(nlp, text)
    defended = [c for c in claims if c.cue == "criticised"]
    assert defended
    assert text[defended[0].content.start : defended[0].content.end] == "the budget"


def test_pronoun_source_is_not_the_person_named_in_its_own_claim(nlp) -> None:
    from briefing_tui.model import Actor, Mention

    text = (
        "Vera Holm said the harbour needed dredging. "
        "She described Ida Berg as the best pilot on the coast."
    )

    def mention(word: str, kind: str = "name") -> Mention:
        start = text.index(word)
        return Mention(start, start + len(word), word, kind)  # type: ignore[arg-type]

    actors = [
        Actor("a1", "Vera Holm", "person", [mention("Vera Holm")]),
        # a coreference slip: "She" put with the woman named after it
        Actor("a2", "Ida Berg", "person", [mention("She", "pronoun"), mention("Ida Berg")]),
    ]
    claims = find_claims(nlp(text), actors)
    described = [c for c in claims if c.cue == "described"]
    assert described and described[0].source != "a2"  # left without a speaker, not Ida Berg


def test_that_clause_misread_as_relative_clause_on_the_addressee(nlp) -> None:
    text = (
        "At the harbour on Friday, she told a gathering of ferry workers "
        "that few captains knew the strait better than they did."
    )
    claims = _claims(nlp, text)
    assert ("she", "few captains knew the strait better than they did") in _pairs(text, claims)


def test_result_clause_after_so_is_no_content(nlp) -> None:
    assert _claims(nlp, "The storm added so many delays that the ferry would be late.") == []


def test_quote_does_not_go_on_in_the_voice_of_a_view_held(nlp) -> None:
    text = (
        "The old harbour master has backed the new pier since the spring. "
        '"The tide tables for the whole of next year are already printed and posted."'
    )
    claims = _claims(nlp, text)
    assert not any(c.kind == "direct" and c.source_text for c in claims)
