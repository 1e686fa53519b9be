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


FAMILY = (
    "Omar Reyes, 40, and his wife Lina Reyes, 35, were charged on Friday over the death "
    "of their baby son, Adam.\n\n"
    "The court heard that Adam had been ill for months. Omar Reyes told the court that his "
    "son had seemed better in the spring. His wife said nothing.\n\n"
    "Lina Reyes wept as the charges were read.\n"
)


def test_his_son_is_the_child_the_article_named_as_their_son(nlp):
    actors = find_actors(nlp(FAMILY))
    assert owner(actors, "son", FAMILY, 1) == "Adam"


def test_his_wife_is_the_wife_the_article_named(nlp):
    actors = find_actors(nlp(FAMILY))
    assert owner(actors, "wife", FAMILY, 1) == "Lina Reyes"


def test_another_mans_wife_is_not_the_named_wife(nlp):
    text = (
        "Omar Reyes and his wife Lina Reyes ran the bakery. Ian Cole sold the flour. "
        "Ian Cole said his wife kept the accounts."
    )
    actors = find_actors(nlp(text))
    assert owner(actors, "wife", text, 1) is None


def test_a_full_name_the_model_missed_the_second_time_is_still_that_person(nlp):
    actors = find_actors(nlp(FAMILY))
    assert owner(actors, "Lina Reyes", FAMILY, 1) == "Lina Reyes"
