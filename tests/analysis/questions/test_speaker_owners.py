"""An "its" in reported words is named by the body that says them (``speaker_owners``).

"A spokeswoman for the Tarven Nurses Federation said its members would strike"
asks about the federation's members; the body may also say it itself ("The Orla
River Trust said tests by its volunteers found ..."). Where a singular noun of the
reported words could own "its", it stays as it is.
"""

from __future__ import annotations

from types import SimpleNamespace

from briefing_tui.analysis.questions.rules import RuleContext
from briefing_tui.analysis.questions.speaker_phrases import speaker_phrase

from .helpers import analysed


def _asked(nlp, text: str) -> list[str]:
    found = analysed(nlp, text)
    return [q.question for q in found.shown] + [q.question for q in found.held]


def test_its_of_a_spokeswoman_s_words_is_the_body_she_speaks_for(nlp):
    text = (
        "The nurses disputed the hospital's account. Mira Osk, a spokeswoman for the Tarven "
        "Nurses Federation, said its members had filed at least six complaints since March "
        "about broken ventilators on night shifts. The hospital rejected that claim."
    )
    asked = _asked(nlp, text)
    assert any("the Tarven Nurses Federation’s members" in q for q in asked), asked
    assert not any(" its members" in q for q in asked)


def test_its_of_a_body_s_own_words_is_the_body(nlp):
    text = (
        "The cause of the algae bloom is disputed. The Orla River Trust, a conservation "
        "group, said tests by its volunteers had found high phosphate levels near the "
        "outlets of two dairy farms. The Orla Dairy Council rejected that claim."
    )
    asked = _asked(nlp, text)
    assert any("the Orla River Trust’s volunteers" in q for q in asked), asked


def test_its_stays_when_a_noun_of_the_words_may_own_it(nlp):
    text = (
        "Mira Osk, a spokeswoman for the Tarven Nurses Federation, said the health board "
        "would cut its night-shift budget on June 3 unless ministers stepped in."
    )
    asked = _asked(nlp, text)
    assert not any("Federation’s" in q for q in asked), asked


def _phrased(nlp, question: str, said: list[tuple[str, str]], people=()) -> str | None:
    doc = nlp(question)
    ctx = RuleContext(doc, {}, {"a1": "Velo Dairies Ltd", "a2": "Ada Brun"})
    ctx.bodies = frozenset({"a1"})
    ctx.people = frozenset(people)
    claims = [SimpleNamespace(source=source, source_text=words) for source, words in said]
    return speaker_phrase(ctx, claims, question, list(doc.sents))


def test_an_untied_the_company_is_the_actor_the_claims_found_saying_it(nlp):
    question = "Will shop owners sue if the company does not refund them by June?"
    named = _phrased(nlp, question, [("a1", "The company"), ("a1", "Velo Dairies Ltd")])
    assert named == "Will shop owners sue if Velo Dairies Ltd does not refund them by June?"


def test_the_company_stays_when_its_speakers_differ_or_are_people(nlp):
    question = "Will shop owners sue if the company does not refund them by June?"
    assert _phrased(nlp, question, [("a1", "The company"), ("a3", "the company")]) is None
    assert _phrased(nlp, question, [("a2", "The company")], people={"a2"}) is None
    assert _phrased(nlp, "Will the plan fail?", [("a1", "The plan")]) is None
