"""Claims, recall round: shapes of attribution that were missed or cut.

Each case is a construction, not a wording: an infinitive content followed by a
second verb of the source's own, directives with an infinitive ("warned X to"),
"called for X to be Y", nominal cues taken by a light verb ("made the case
that").
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
    ("text", "source", "content", "second"),
    [
        (
            "In her speech, Okafor urged members to back the reform, and criticized "
            "the board's lack of vision.",
            "Okafor",
            "members to back the reform",
            "the board's lack of vision",
        ),
        (
            "The mayor has encouraged local bakers to raise wages but has said she "
            "will keep the levy low.",
            "The mayor",
            "local bakers to raise wages",
            "she will keep the levy low",
        ),
    ],
)
def test_infinitive_content_stops_before_the_sources_next_statement(
    nlp, text: str, source: str, content: str, second: str
) -> None:
    pairs = _pairs(text, _claims(nlp, text))
    assert (source, content) in pairs
    assert any(said == second for _who, said in pairs)


def test_infinitive_content_still_takes_a_later_bare_verb(nlp) -> None:
    text = "The governor promised to cut fees and open more land to grazing."
    pairs = _pairs(text, _claims(nlp, text))
    assert ("The governor", "to cut fees and open more land to grazing") in pairs


def test_warned_someone_to_do_something_is_a_warning(nlp) -> None:
    text = "The coastguard warned boat owners to stay in port until Friday."
    claims = _claims(nlp, text)
    assert ("The coastguard", "boat owners to stay in port until Friday") in _pairs(text, claims)
    assert {c.stance for c in claims} == {"warning"}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "for" opens a clause with its own subject and infinitive
        (
            "The senator called for the contract to be cancelled at once.",
            "the contract to be cancelled at once",
        ),
        # "for" read as a preposition, the infinitive hung on the cue
        (
            "The senator called for bonuses to be clawed back from the directors.",
            "bonuses to be clawed back from the directors",
        ),
    ],
)
def test_called_for_something_to_be_done(nlp, text: str, content: str) -> None:
    assert ("The senator", content) in _pairs(text, _claims(nlp, text))


def test_made_the_case_that(nlp) -> None:
    text = "The guild made the case that the new rules would hurt small farms."
    pairs = _pairs(text, _claims(nlp, text))
    assert ("The guild", "the new rules would hurt small farms") in pairs


def test_according_to_whose_source_the_parse_ran_to_the_sentence_end(nlp) -> None:
    """The clause after the source read as an apposition of it: the last comma ends it."""
    text = "According to conservative talk show host Dana Reyes, the plan reeks of desperation."
    pairs = _pairs(text, _claims(nlp, text))
    assert ("conservative talk show host Dana Reyes", "the plan reeks of desperation") in pairs


def test_according_to_with_an_apposition_at_the_sentence_end_keeps_it(nlp) -> None:
    text = "The ferry will stop in March, according to Tom Ruiz, a professor at the college."
    pairs = _pairs(text, _claims(nlp, text))
    assert ("Tom Ruiz, a professor at the college", "The ferry will stop in March") in pairs


def test_cue_inserted_between_a_subject_and_its_verb(nlp) -> None:
    """ "The X now, she told me, is that ...": the clause on both sides is the content."""
    text = "The difference now, she told me on Monday, is that the budget is already spent."
    claims = _claims(nlp, text)
    assert [(c.source_text, c.cue) for c in claims] == [("she", "told")]
    content = text[claims[0].content.start : claims[0].content.end]
    assert content.startswith("The difference now") and content.endswith("already spent")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a second complement without a subject, after a dangling "and"
        (
            "All the pilots we asked said the new runway was safer than the old one and, "
            "even more important, would not cost more to light.",
            "the new runway was safer than the old one and, even more important, "
            "would not cost more to light",
        ),
        # a past conjunct under a cue in the present: what is claimed now about then
        (
            "Lund also claims that her car was taken away from her and she was forced "
            "to walk to the office.",
            "her car was taken away from her and she was forced to walk to the office",
        ),
    ],
)
def test_complement_clause_runs_over_its_second_half(nlp, text: str, content: str) -> None:
    contents = [text[c.content.start : c.content.end] for c in _claims(nlp, text)]
    assert contents == [content]


def test_a_second_cue_after_and_stays_its_own_claim(nlp) -> None:
    text = "Lund claims that her car was taken and says she will sue the city."
    contents = [text[c.content.start : c.content.end] for c in _claims(nlp, text)]
    assert "her car was taken" in contents
    assert "she will sue the city" in contents


def test_a_direct_quote_is_shown_with_its_own_marks(nlp) -> None:
    """What is quoted reads as a quotation: the content is the quote as printed."""
    text = "“The dam will hold through the winter,” the engineer, Lars Holm, said."
    claims = _claims(nlp, text)
    assert [c.kind for c in claims] == ["direct"]
    assert _pairs(text, claims) == {
        ("the engineer, Lars Holm", "“The dam will hold through the winter,”")
    }


def test_each_part_of_a_quote_interrupted_by_its_cue_keeps_its_own_marks(nlp) -> None:
    text = '"The plan is sound," the treasurer said, "but the money is not there."'
    (claim,) = _claims(nlp, text)
    parts = [text[p.start : p.end] for p in claim.content_parts]
    assert parts == ['"The plan is sound,"', '"but the money is not there."']


def test_a_quote_left_open_at_its_paragraph_end_keeps_only_its_words(nlp) -> None:
    text = 'The coach, Mira Santos, said, "We trained in the snow for a month.\nThe final is on.'
    contents = [text[c.content.start : c.content.end] for c in _claims(nlp, text)]
    assert contents == ["We trained in the snow for a month"]


def test_light_verb_in_an_infinitive_takes_the_subject_it_completes(nlp) -> None:
    text = "The guild tried on Monday to make the case that the new rules would hurt farms."
    pairs = _pairs(text, _claims(nlp, text))
    assert ("The guild", "the new rules would hurt farms") in pairs


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("The union's position is that the levy is unfair.", "The union's", "the levy is unfair"),
        (
            "Her view was that the board had acted too late.",
            "Her",
            "the board had acted too late",
        ),
    ],
)
def test_cue_noun_stated_through_be(nlp, text: str, source: str, content: str) -> None:
    assert (source, content) in _pairs(text, _claims(nlp, text))


def test_a_noun_that_is_no_cue_stated_through_be_is_no_claim(nlp) -> None:
    text = "The snag is that nobody pays."
    assert _claims(nlp, text) == []


def test_content_runs_on_over_what_its_colon_announces(nlp) -> None:
    text = (
        "Ruiz notes that the town is at a turning point where three things happen at "
        "once: rents are rising, wages are flat and the port is shrinking."
    )
    contents = [text[c.content.start : c.content.end] for c in _claims(nlp, text)]
    assert contents == [text[len("Ruiz notes that ") : -1]]


def test_a_quotation_after_the_colon_stays_its_own_claim(nlp) -> None:
    text = 'Lee told reporters that the vote was close: "We nearly lost it," he said.'
    contents = [text[c.content.start : c.content.end] for c in _claims(nlp, text)]
    assert "the vote was close" in contents


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Ruiz said the delay would cost the city money and argued that the council had failed.",
            "argued",
            "the council had failed",
        ),
        (
            "The mayor said the bridge is unsafe and warned drivers to avoid it.",
            "warned",
            "drivers to avoid it",
        ),
    ],
)
def test_second_cue_the_parse_joined_to_the_reported_clause_is_the_reporters(
    nlp, text: str, cue: str, content: str
) -> None:
    """In the reporter's tense, not the reported clause's, it is the reporter's verb."""
    claims = _claims(nlp, text)
    second = [c for c in claims if c.cue == cue]
    assert [text[c.content.start : c.content.end] for c in second] == [content]
    assert second[0].source_text == text.split(" said", 1)[0]


def test_ranked_something_among_others_is_a_judgement(nlp) -> None:
    text = "The survey ranked Dover among the safest towns in the state."
    pairs = _pairs(text, _claims(nlp, text))
    assert ("The survey", "Dover among the safest towns in the state") in pairs


def test_examples_of_an_object_content_after_a_comma_belong_to_it(nlp) -> None:
    text = (
        "She criticised the corrupting influence of super donors, including the one "
        "backing Smith that gave more than $5 million."
    )
    contents = [text[c.content.start : c.content.end] for c in _claims(nlp, text)]
    assert contents == [text[len("She criticised ") : -1]]
