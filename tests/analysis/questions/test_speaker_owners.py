"""An "its" in reported words is named by the body that says them (``speaker_owners``).

"A spokeswoman for the Tarven Nurses Federation said its members would strike"
asks about the federation's members; the body may also say it itself ("The Orla
River Trust said tests by its volunteers found ..."). Where a singular noun of the
reported words could own "its", it stays as it is.
"""

from __future__ import annotations

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
