"""Shown questions that read on their own and ask an open matter, by class: an
announced deliberation asked back ("Would the harbour master consider closing the
pier?"), a duty a condition entails asked instead of the condition, and a time clause
asked in the present that no longer clashes with "will"."""

from __future__ import annotations

from briefing_tui.analysis.questions.grammar import tense_clash
from briefing_tui.analysis.questions.past_asked import deliberation_ahead
from briefing_tui.analysis.questions.rules import Candidate
from briefing_tui.analysis.questions.vetoes import phrase_veto
from briefing_tui.model import QuestionKind

from .helpers import analysed


def test_an_announced_deliberation_asked_back_is_vetoed(nlp) -> None:
    text = (
        "A storm damaged the Selby pier on Monday. The harbour master, Tom Berg, said he "
        "would consider closing the pier once the storm had passed."
    )
    found = analysed(nlp, text)
    asked = [q.question for q in found.shown]
    assert not any("consider" in q for q in asked), asked
    assert any(f.veto == "deliberation-ahead" for f in found.findings), [
        (f.veto, f.question) for f in found.findings
    ]


def test_a_deliberation_the_article_asks_about_is_left_alone(nlp) -> None:
    sentence = nlp("It was not clear whether the port board would consider the Selby bid.")[:]
    assert not deliberation_ahead("Will the port board consider the Selby bid?", [sentence])
    # the question's own verb is another: "consider" is in its clause
    told = nlp("The board said it would approve the plan that the council would consider.")[:]
    assert not deliberation_ahead("Will the board approve the plan?", [told])


def test_a_time_clause_asked_in_the_present_does_not_clash(nlp) -> None:
    sentence = nlp(
        "The Selby Ski Club said it would decide on Ann Lee's place once the ruling was known."
    )[:]
    now = "Will the Selby Ski Club decide on Ann Lee's place once the ruling is known?"
    assert not tense_clash(now, [sentence])
    candidate = Candidate(QuestionKind.EXPECTATION, [sentence], now)
    assert phrase_veto(candidate) != "tense-clash"
    then = "Will the Selby Ski Club decide on Ann Lee's place once the ruling was known?"
    assert tense_clash(then, [sentence])


def test_a_condition_whose_outcome_is_an_entailed_duty_is_asked_by_the_condition(nlp) -> None:
    text = (
        "Selby Ferries has run the Harwick crossing since 1990. If Harwick Council refuses to "
        "renew the harbour lease, Selby Ferries would have to leave the harbour by June, its "
        "chief executive, Tom Berg, said."
    )
    found = analysed(nlp, text)
    shown = [q.question for q in found.shown]
    assert "Will Harwick Council refuse to renew the harbour lease?" in shown, shown
    assert not any("have to" in q for q in shown), shown


def test_a_hypothetical_condition_is_not_asked_as_an_event(nlp) -> None:
    text = (
        "If Ann Lee could not continue her campaign, the Selby party would have to choose "
        "a new candidate, its chairman, Tom Berg, said."
    )
    found = analysed(nlp, text)
    asked = [f.question for f in found.findings if f.question]
    assert not any(q.startswith("Will Ann Lee could") for q in asked), asked
