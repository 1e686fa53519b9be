"""A question names the actor of its own clause, never another one the analysis tied a
pronoun or a short reference to (``references.py``, ``appositions.py``)."""

from __future__ import annotations

from .helpers import analysed


def test_it_in_a_condition_stays_the_object_said_before_it(nlp):
    text = (
        "Tenants of the Westmoor district said on Monday they would sue the city's housing "
        "trust unless it repairs the lifts."
    )
    found = analysed(nlp, text)
    asked = [q.question for q in [*found.shown, *found.held]]
    assert asked
    assert not any("Westmoor repairs" in q or "district repairs" in q for q in asked), asked


def test_the_party_beside_another_party_is_not_named_by_an_earlier_apposition(nlp):
    text = (
        "STANVIK - Prime Minister Erik Dahl faces a confidence vote on June 2 after the "
        "Farmers Party threatened to quit his coalition.\n\n"
        "The vote may hinge on the Civic Union, a small opposition party with four deputies. "
        "Its leader, Ola Berg, said the party would decide how to vote later.\n\n"
        "Late on Monday, after the Farmers Party's deputies had met for three hours, Anna "
        "Lind said the party would give the government until Friday to drop the plan."
    )
    found = analysed(nlp, text)
    asked = [q.question for q in [*found.shown, *found.held] if "until Friday" in q.question]
    assert asked
    assert not any("Civic Union" in q for q in asked), asked
