"""A bare "the refinery" is named by the owner the article brought it in with."""

from __future__ import annotations

from briefing_tui.analysis.questions.owned_things import introduced_owner
from briefing_tui.analysis.questions.references import name_references

_QUESTION = "When will the refinery reopen?"


def _named(nlp, text: str) -> str:
    doc = nlp(text)
    return name_references(_QUESTION, list(doc.sents)[-1:], lambda token: None)


def test_the_refinery_brought_in_with_its_owner_is_that_owner_s(nlp):
    text = (
        "Fuel prices rose after a fire at a refinery owned by Talvik Oil near the coast. "
        "Talvik Oil declined to say when the refinery would reopen."
    )
    assert _named(nlp, text) == "When will Talvik Oil’s refinery reopen?"


def test_a_refinery_run_by_a_firm_is_named_by_the_firm_not_the_place(nlp):
    doc = nlp(
        "The shortage stems from a fire last week at a refinery run by Corlin Energy in Bressa. "
        "Nobody knows when the refinery will reopen."
    )
    noun = next(t for t in list(doc.sents)[-1] if t.lower_ == "refinery")
    assert introduced_owner(noun) == "Corlin Energy’s refinery"


def test_two_refineries_brought_in_leave_the_refinery_unnamed(nlp):
    text = (
        "Fuel prices rose after fires at a refinery owned by Talvik Oil and at a refinery run "
        "by Orsa Fuels. Officials declined to say when the refinery would reopen."
    )
    assert _named(nlp, text) == _QUESTION


def test_a_refinery_brought_in_without_an_owner_stays_unnamed(nlp):
    text = (
        "Fuel prices rose after a fire at a refinery near the coast. Talvik Oil declined to "
        "say when the refinery would reopen."
    )
    assert _named(nlp, text) == _QUESTION
