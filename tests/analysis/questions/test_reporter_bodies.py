"""A reported "it" is named by the body that reports it (``reporter_bodies``).

"Brannock Freight has not said whether it will appeal" asks "Will Brannock Freight
appeal?" even where the tagger took the firm for a person; "Ann Lee, the
association's chairwoman, said it would sue" asks it of the association; "a
spokeswoman for the bureau said it would publish" of the bureau. Where another
subject stands between the reporter and "it", the "it" is left to the other namers.
"""

from __future__ import annotations

from .helpers import analysed


def _phrased(nlp, text: str) -> list[str]:
    """Every candidate question phrased for ``text``, whatever became of it."""
    return [f.question for f in analysed(nlp, text).findings if f.question]


def test_it_of_a_firm_that_has_not_said_is_the_firm(nlp):
    text = (
        "Brannock Freight Ltd lost its licence to run the Dorrow ferry route on Monday. "
        "Brannock Freight Ltd has not said whether it will appeal the decision to the "
        "transport tribunal."
    )
    phrased = _phrased(nlp, text)
    assert any("Brannock Freight Ltd appeal" in q for q in phrased), phrased
    assert not any(q.startswith("Will it appeal") for q in phrased), phrased


def test_it_said_by_an_officer_is_the_body_of_her_office(nlp):
    text = (
        "The Selvig Landlords Association opposes the new rent cap. Hanne Orvik, the "
        "association's chairwoman, said it would file a challenge in the High Court "
        "within 30 days unless the council exempted existing leases."
    )
    phrased = _phrased(nlp, text)
    assert any("Selvig Landlords Association file a challenge" in q for q in phrased), phrased
    assert not any("Hanne Orvik file" in q for q in phrased), phrased


def test_it_said_by_a_spokeswoman_is_the_body_she_speaks_for(nlp):
    text = (
        "The Kessary Rail Safety Bureau opened an inquiry into the derailment on Sunday. "
        "A spokeswoman for the bureau said it would publish a preliminary report within "
        "30 days."
    )
    phrased = _phrased(nlp, text)
    assert any("Kessary Rail Safety Bureau publish" in q for q in phrased), phrased
    assert not any("a spokeswoman publish" in q.lower() for q in phrased), phrased


def test_a_present_verb_under_whether_is_asked_not_told(nlp):
    # (vetoes._told_as_fact: "whether" marks a clause in doubt, not a stated fact)
    text = "Dorrow Ferries has not said whether it still plans to attend the hearing."
    found = analysed(nlp, text).findings
    asked = [f for f in found if f.question and f.question.startswith("Does Dorrow Ferries")]
    assert asked and all(f.veto != "told-as-fact" for f in asked), [
        (f.question, f.veto) for f in found
    ]


def test_a_present_verb_said_plainly_is_still_told_as_fact(nlp):
    text = "Dorrow Ferries still plans to attend the hearing, a spokesman said on Monday."
    found = analysed(nlp, text).findings
    assert not any(
        f.veto is None and f.question and f.question.startswith("Does") for f in found
    ), [(f.question, f.veto) for f in found]
