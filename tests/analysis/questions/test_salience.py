"""Open questions: which forecasts are worth asking, and how a spelled-out scenario is asked once.

Every sentence here is invented. Each stands for one family of false alarms
seen on unseen news (generic subjects, judgements, the reporter's own
commentary, rhetoric, permission, past inability, beliefs), or for a
forecast that must survive those filters.
"""

from __future__ import annotations

import pytest

from .helpers import ask


@pytest.mark.parametrize(
    "text",
    [
        # a generic subject: a bare plural, a quantifier, a condition about anyone
        "Tourists will not be allowed inside the old tower.",
        "Some farms may see smaller harvests in dry years.",
        "If a child lacks vitamin D, the bones will not grow properly.",
        # a judgement, not an event
        '"The climb may not be easy," the guide said.',
        # the reporter's own commentary: what something means, how it compares
        "The new budget rules could offer a retort to critics of the ministry.",
        "A leaner council would be more capable of acting quickly.",
        # rhetoric inside a quote
        '"The cartel will stop at nothing to protect its routes," the prosecutor said.',
        # permission granted by a ruling
        "The tribunal ruled that the fishermen may now return to the bay.",
        # past inability and hindsight
        "The firefighters could not reach the upper floors.",
        '"We could\'ve won that match easily," the captain said.',
        # a belief about someone's plan
        "The senator believes the governor has the best plan to fix the roads.",
        # a relative clause describes the thing it hangs on
        "The ferry, which will sail to the island at dawn, was built in 1990.",
        # a past habit told in a quote, clause after clause
        '"She would ask a question, and he would nod, and he would write it down," the clerk said.',
    ],
)
def test_not_worth_asking(nlp, text: str) -> None:
    assert ask(nlp, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # an indefinite subject introduces a particular new thing under "will"
        "A public inquiry into the contract will be opened next month.",
        # a hedged forecast about a particular thing, in the article's voice
        "The ruling would leave the old tariffs in place until the election.",
        # a bare plural tied to one dated occasion
        "Residents would then vote on the new charter in March.",
        # a reported warning keeps its "would"
        "The minister has warned that the strike would close every port.",
        # hyperbole elsewhere does not silence a plain forecast
        "The council will vote on the harbour plan on Tuesday.",
    ],
)
def test_still_asked(nlp, text: str) -> None:
    assert len(ask(nlp, text)) == 1, text


def test_hypothetical_chain_is_one_question(nlp) -> None:
    text = (
        "If the mill closed, the town would lose its largest employer. "
        "The bakery would shut within a year. "
        "The mayor would face a hard election."
    )
    questions = ask(nlp, text)
    assert len(questions) == 1, [q.question for q in questions]
    assert questions[0].kind == "conditional"
    assert len(questions[0].evidence) == 3


def test_separate_forecasts_stay_separate(nlp) -> None:
    text = (
        "The mill will close in June. "
        "Elsewhere, the council will vote on the harbour plan on Tuesday."
    )
    assert len(ask(nlp, text)) == 2


def test_a_new_condition_opens_a_new_question(nlp) -> None:
    text = (
        "If the mayor wins, the council would scrap the toll. "
        "If the rival wins, the toll would double."
    )
    assert len(ask(nlp, text)) == 2


def test_same_named_subject_is_one_topic(nlp) -> None:
    text = (
        "Halvorsen will not attend the hearing on Monday. "
        "Lawyers met the judge in the afternoon. "
        "Halvorsen will not attend the hearing, her office repeated."
    )
    assert len(ask(nlp, text)) == 1
