"""A surname two people share goes to the person the article is about, never to a relative
just because she was named last. Every text is invented."""

from __future__ import annotations

import re

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.actors.relatives import introduced_as_relative
from briefing_tui.analysis.spans import actor_at
from briefing_tui.model import Actor

RALLY = (
    "Senator Tom Vance told supporters on Tuesday that he would not back the farm bill.\n\n"
    "Vance, a Republican, spoke for twenty minutes. His wife, Maria Vance, introduced him.\n\n"
    "Maria Vance said she was proud of the campaign. Vance later thanked the crowd and "
    "said he would return in May.\n"
)


def owner(actors: list[Actor], word: str, text: str, nth: int = 0) -> str | None:
    """The name of the actor at the ``nth`` whole-word occurrence of ``word`` in ``text``."""
    match = list(re.finditer(rf"\b{re.escape(word)}\b", text))[nth]
    found = actor_at(actors, match.start(), match.end())
    return next((a.name for a in actors if a.id == found), None)


def test_a_full_name_after_his_wife_is_introduced_as_a_relative(nlp):
    doc = nlp(RALLY)
    assert introduced_as_relative(doc, RALLY.index("Maria Vance"))
    assert not introduced_as_relative(doc, RALLY.index("Tom Vance"))


def test_a_full_name_followed_by_her_son_is_a_relative(nlp):
    text = "Mayor Ruth Okoro opened the park. Daniel Okoro, her son, cut the ribbon."
    assert introduced_as_relative(nlp(text), text.index("Daniel Okoro"))


def test_the_bare_surname_after_the_wife_stays_with_the_senator(nlp):
    actors = find_actors(nlp(RALLY))
    assert owner(actors, "Vance", RALLY, 4) == "Tom Vance"  # "Vance later thanked"
    assert owner(actors, "he", RALLY, 1) == "Tom Vance"


def test_the_son_keeps_his_full_name_and_the_mayor_her_surname(nlp):
    text = (
        "Mayor Ruth Okoro opened the new park on Saturday. Her son, Daniel Okoro, cut the "
        "ribbon. Okoro said the park had taken four years to build."
    )
    actors = find_actors(nlp(text))
    assert owner(actors, "Okoro", text, 2) == "Ruth Okoro"
