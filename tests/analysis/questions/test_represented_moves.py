"""A move reported by someone who speaks for one other person ("Her lawyer, Piet Vanek,
said she would appeal") is asked of that person, never of the representative; where
the person is not known, nothing is asked of anyone (invented texts)."""

from __future__ import annotations

from .helpers import analysed


def _asked(nlp, text: str) -> list[str]:
    found = analysed(nlp, text)
    return [q.question for q in [*found.shown, *found.held]]


def test_an_appeal_her_lawyer_announces_is_asked_of_the_client(nlp):
    asked = _asked(
        nlp,
        "The athletics federation banned the runner Mary Cole for two years on Monday. "
        "Her lawyer, Piet Vanek, said she would appeal the ban before the sports court.",
    )
    assert not any("Vanek" in q for q in asked)
    assert any(q.startswith("Will Mary Cole appeal") for q in asked)


def test_a_lawyer_announcing_her_own_move_is_asked_it(nlp):
    asked = _asked(
        nlp,
        "Ann Lee, a lawyer for the tenants, said on Monday that she would file a complaint "
        "with the housing tribunal next week.",
    )
    assert any(q.startswith("Will Ann Lee file a complaint") for q in asked)
