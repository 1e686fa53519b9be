"""A denial paired with another source's claim asks that claim with both sides named
("..., as X says and Y denies?"); an event noun ("postponement") answers its verb
("postpone"); a source that only the article's first mention names is named by it."""

from __future__ import annotations

from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Article


def _disputes(nlp, text: str):
    doc = nlp(text)
    briefing = analyze_doc(doc, Article(text=text))
    return [q for q in briefing.questions if q.kind == "disputed"]


def test_a_denied_postponement_answers_a_plan_to_postpone_and_names_both_sides(nlp) -> None:
    text = (
        "A senior official in the mayor's office, who asked not to be named, said the "
        "council had met twice on Monday. The official said the mayor was prepared to "
        "postpone the budget vote by a week rather than lose it.\n\n"
        "Councillor Ines Varo's office denied that any postponement had been discussed."
    )
    found = _disputes(nlp, text)
    assert len(found) == 1, [q.question for q in found]
    question = found[0].question
    assert "postpone the budget vote" in question, question
    assert "as a senior official in the mayor's office says" in question, question
    assert "Ines Varo's office denies" in question, question
    assert len(found[0].claims) == 2, found[0].claims


def test_an_unnamed_and_a_named_source_with_different_heads_are_two_sides(nlp) -> None:
    from briefing_tui.analysis.questions.disputes import same_source
    from briefing_tui.model import Claim, ClaimKind, Span

    text = (
        "The official said the port was closed. Tom Reed's union denied that the port was "
        "closed. The spokesman said the port was closed."
    )
    doc = nlp(text)

    def claim(source: str, content: str) -> Claim:
        start = text.index(source)
        body = text.index(content, start)
        return Claim(
            id="",
            source=None,
            source_text=source,
            source_span=Span(start, start + len(source)),
            cue="said",
            cue_span=None,
            content=Span(body, body + len(content)),
            kind=ClaimKind.INDIRECT,
        )

    first = claim("The official", "the port was closed")
    second = claim("Tom Reed's union", "the port was closed")
    third = claim("The spokesman", "the port was closed")
    assert not same_source(doc, first, second, by_heads=True)
    assert same_source(doc, first, second)  # only an outright denial tells them apart so
    assert same_source(doc, first, third, by_heads=True)  # two unnamed: maybe one person


def test_a_denier_named_only_by_a_pronoun_keeps_the_question_asked_before(nlp) -> None:
    text = (
        "Fishermen in Halden say the Tarva Paper Mill dumped dye into the Sela river. "
        "It denied that it had dumped dye into the river."
    )
    for question in _disputes(nlp, text):
        assert "as it" not in question.question, question.question


def test_a_denier_s_own_pronoun_is_named_by_the_denier(nlp) -> None:
    text = (
        "A video posted on Sunday appeared to show the mayor's aide, Tomas Brel, taking "
        "cash from a builder.\n\nTomas Brel has denied that the hand is his. He said he "
        "would sue the site that posted it."
    )
    found = _disputes(nlp, text)
    assert any(q.question == "Is the hand Tomas Brel’s?" for q in found), [
        q.question for q in found
    ]


def test_that_account_reaches_past_the_quotes_to_the_reported_claim(nlp) -> None:
    text = (
        'Several passengers said the bus had been badly overcrowded. "There were people '
        'standing in the aisle," said Nora Vell, a nurse. "When it braked, it tipped over."'
        "\n\nOrlan Coaches has rejected that account."
    )
    found = _disputes(nlp, text)
    assert len(found) == 1, [q.question for q in found]
    question = found[0].question
    assert "overcrowded" in question and "as several passengers say" in question, question
    assert "Orlan Coaches denies" in question, question


def test_a_denying_body_s_own_its_is_named_by_the_body(nlp) -> None:
    text = (
        "Orla and Tarvia have argued over fishing rights in the Vell Strait for years.\n\n"
        "The Tarvian government denies that its boats have rammed fishing nets off Orla."
    )
    found = _disputes(nlp, text)
    assert not any(" its " in f" {q.question} " for q in found), [q.question for q in found]
    assert any("Tarvia" in q.question for q in found), [q.question for q in found]


def test_a_side_opening_its_sentence_with_a_common_noun_is_lowered(nlp) -> None:
    text = (
        "Fishermen from Orla say patrol boats from Tarvia rammed their nets last week.\n\n"
        "Tarvia denies that its boats have rammed anything."
    )
    found = _disputes(nlp, text)
    assert any("as fishermen from Orla say" in q.question for q in found), [
        q.question for q in found
    ]


def test_a_plural_common_noun_denier_outside_any_claim_takes_deny(nlp) -> None:
    text = (
        "Marvelan customs seized a cargo ship off the coast of Orvia on Monday. "
        "Vessa Tarn, Orvia's deputy minister for trade, told reporters that the ship's "
        "logbook showed it had stayed in Orvian waters all night. Tarn said the logbook had "
        "been sent to Marvela.\n\n"
        "Marvelan officials rejected that account."
    )
    found = _disputes(nlp, text)
    asked = [q.question for q in found if "Marvelan officials" in q.question]
    assert len(asked) == 1, [q.question for q in found]
    assert asked[0].endswith("Marvelan officials deny?"), asked[0]
