"""Political camps named by a stance prefix are groups, one per camp whatever the first
capital; a camp without a stance prefix is not made one."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def _actors(doc) -> dict[str, tuple[str, list[str]]]:
    return {
        a.name: (a.kind, [doc.text[m.start : m.end] for m in a.mentions if m.kind == "name"])
        for a in find_actors(doc)
    }


def test_stance_camps_are_groups_whatever_their_first_capital(nlp):
    doc = nlp(
        "The results show the pro-reform camp kept a majority in the council. "
        "Pro-reform camp candidates won four seats, and the anti-tax camp lost two. "
        "Analysts said the pro-reform camp would now lead the budget talks."
    )
    actors = _actors(doc)
    kind, mentions = actors["pro-reform camp"]
    assert kind == "group"
    assert mentions == ["pro-reform camp", "Pro-reform camp", "pro-reform camp"], actors
    assert actors["anti-tax camp"][0] == "group", actors


def test_a_summer_camp_is_no_group(nlp):
    doc = nlp("The children went to a summer camp near the lake, and the camp closed in August.")
    assert not any("camp" in name for name in _actors(doc))
