"""A long question is cut without losing its verb, and a decision an actor must still take
("must decide by July") is pending, not already decided."""

from __future__ import annotations

from briefing_tui.analysis.questions.rules import Candidate
from briefing_tui.analysis.questions.vetoes import phrase_veto, shortened, words_of
from briefing_tui.model import QuestionKind

from .helpers import analysed

JUDGES = (
    "The ten judges of the Regional Court of Appeals for the Northern Circuit in Korvin will "
    "rule on the toll plan for the old river bridge and the new harbour tunnel during the "
    "summer months of next year, lawyers said."
)


def test_a_cut_never_takes_the_verb_of_a_long_question(nlp) -> None:
    question = (
        "Will the ten judges of the Regional Court of Appeals for the Northern Circuit in "
        "Korvin rule on the toll plan for the old river bridge and the new harbour tunnel "
        "during the summer months of next year?"
    )
    short = shortened(question, [nlp(JUDGES)[:]])
    assert " rule" in short
    assert len(words_of(short)) <= 25


def test_a_question_cut_to_no_verb_fails_a_phrase_veto(nlp) -> None:
    candidate = Candidate(
        QuestionKind.EXPECTATION,
        [nlp(JUDGES)[:]],
        "Will the ten judges of the Regional Court of Appeals?",
    )
    assert phrase_veto(candidate) == "no-main-verb"


def test_a_modal_question_with_its_verb_passes(nlp) -> None:
    candidate = Candidate(
        QuestionKind.EXPECTATION, [nlp(JUDGES)[:]], "Will the ten judges rule on the toll plan?"
    )
    assert phrase_veto(candidate) is None


def test_no_shown_question_of_a_long_sentence_lost_its_verb(nlp) -> None:
    found = analysed(nlp, JUDGES)
    for question in [*found.shown, *found.held]:
        assert question.question != "Will the ten judges of the Regional Court of Appeals?"
        words = [w.lower() for w in words_of(question.question)]
        assert "rule" in words or words[0] not in {"will", "would", "could"}


def test_a_decision_that_must_be_taken_by_a_date_is_pending(nlp) -> None:
    found = analysed(
        nlp,
        "The Tarva government must decide by July whether to renew the fishing quotas for "
        "northern ports, the fisheries minister said on Monday.",
    )
    asked = [q.question for q in found.shown]
    assert "Will the Tarva government renew the fishing quotas for northern ports?" in asked
    assert "decided" not in {f.veto for f in found.findings}


def test_a_must_decide_question_asks_will_not_must(nlp) -> None:
    found = analysed(
        nlp, "The Marsk city council must decide on the harbour plan by July, the board said."
    )
    asked = [q.question for q in found.shown]
    assert asked == ["Will the Marsk city council decide on the harbour plan by July?"]


def test_a_long_question_loses_its_trailing_aside_first(nlp) -> None:
    sentence = (
        "Lee said that if the sailors were not freed within 48 hours, Norland would ask the "
        "Maritime Court in Selo to order their release, a step open to any member state of "
        "the fisheries pact."
    )
    question = (
        "If the sailors are not freed within 48 hours, will Norland ask the Maritime Court in "
        "Selo to order their release, a step open to any member state of the fisheries pact?"
    )
    assert shortened(question, [nlp(sentence)[:]]) == (
        "If the sailors are not freed within 48 hours, will Norland ask the Maritime Court in "
        "Selo to order their release?"
    )
