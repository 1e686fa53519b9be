"""Descriptions of organisations by their kind ("the agency", "the department"): the one
organisation that qualifies, or the one in reach when several do; untied when two are in
reach (invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def owners_at(text: str, phrase: str, nlp, occurrence: int = 0) -> set[str]:
    """The actors with a mention covering the ``occurrence``-th ``phrase`` of ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    end = start + len(phrase)
    return {
        a.name
        for a in find_actors(nlp(text))
        for m in a.mentions
        if m.start <= start and end <= m.end
    }


def test_the_agency_is_the_agency_not_the_group_named_since(nlp):
    text = (
        "A judge ruled that the Bureau of Land Management broke the law.\n\n"
        "The Prairie Rivers Conservancy, which brought the suit, welcomed the ruling.\n\n"
        '"We wrote to the agency eleven times," said Ann Lee of the conservancy.'
    )
    assert owners_at(text, "the agency", nlp) == {"Bureau of Land Management"}


def test_the_agency_in_a_clause_on_another_body_is_not_that_body(nlp):
    text = (
        "A judge ruled that the Bureau of Land Management broke the law.\n\n"
        "The Justice Department, which represented the agency, declined to comment."
    )
    assert owners_at(text, "the agency", nlp) == {"Bureau of Land Management"}


def test_the_agency_with_two_agencies_in_reach_is_left_untied(nlp):
    text = (
        "The Bureau of Land Management and the Justice Department met on Monday.\n\n"
        "Ann Lee said the agency would decide by May."
    )
    assert owners_at(text, "the agency", nlp) == set()


def test_the_department_after_two_departments_named_together_is_left_untied(nlp):
    text = (
        "The Department of Revenue and the Department of Transport published new figures. "
        "The department said revenue rose 4 percent."
    )
    assert owners_at(text, "The department", nlp) == set()


def test_the_team_and_the_club_in_a_match_report_are_the_one_club(nlp):
    text = (
        "Northgate Rovers dismissed coach Piet Anders on Sunday after a 3-0 defeat. "
        "The club said Anders had lost the dressing room. The entire team was shaken."
    )
    assert owners_at(text, "The club", nlp) == {"Northgate Rovers"}
    assert owners_at(text, "The entire team", nlp) == {"Northgate Rovers"}


def test_the_team_outside_sport_is_left_untied(nlp):
    text = (
        "Northgate Rovers opened a new office in the port on Sunday. "
        "The team said the move would create jobs."
    )
    assert owners_at(text, "The team", nlp) == set()


def test_the_team_in_sport_is_not_an_agency(nlp):
    text = (
        "The Football Safety Authority fined coach Piet Anders after a 3-0 defeat. "
        "The team said the fine was unfair."
    )
    assert owners_at(text, "The team", nlp) == set()


def test_the_coalition_is_the_body_named_as_a_coalition(nlp):
    text = (
        "A coalition of fishing groups, the River Alliance, joined the call. "
        "The coalition said members had lost their income."
    )
    assert owners_at(text, "The coalition", nlp) == {"River Alliance"}


def test_the_coalition_is_the_body_a_coalition_is_called(nlp):
    text = (
        "Opponents, led by a coalition of parents' groups called the Safe Streets Alliance, "
        "plan a rally. The coalition's director, Ann Lee, spoke."
    )
    assert "Safe Streets Alliance" in owners_at(text, "The coalition", nlp)


def test_the_body_called_a_name_is_that_body(nlp):
    text = (
        "A defector left the elite group called the Harbour Guard in May. "
        "The group said he had taken files."
    )
    assert owners_at(text, "the elite group", nlp) == {"Harbour Guard"}
