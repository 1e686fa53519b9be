"""A condition on a negated outcome, "will not back the budget unless ...", is asked with
"if": asked without its "not", "Will they back the budget unless ...?" reads the other way
round (invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims
from briefing_tui.analysis.questions import find_question_sets
from briefing_tui.analysis.questions.rules import only_if

BUDGET = (
    "Dravia budget faces close vote\n\n"
    "The government of Dravia presented its budget for next year on Monday. Parliament "
    "will vote on the budget on Thursday.\n\n"
)


def conditionals(nlp, text: str) -> list[str]:
    doc = nlp(text)
    actors = find_actors(doc)
    shown, held = find_question_sets(doc, actors, find_claims(doc, actors))
    return [q.question for q in (*shown, *held) if q.kind == "conditional"]


def test_a_negated_outcome_unless_is_asked_with_if(nlp):
    text = BUDGET + (
        "Three lawmakers from the Rural Alliance said they will not back the budget unless "
        "the government restores a fuel rebate for farmers."
    )
    asked = [q for q in conditionals(nlp, text) if "back the budget" in q]
    assert asked
    assert all(" unless " not in q and " if the government" in q for q in asked)


def test_only_if_turns_the_first_unless():
    assert only_if("Will the union call off the strike unless the firm pays?") == (
        "Will the union call off the strike if the firm pays?"
    )
