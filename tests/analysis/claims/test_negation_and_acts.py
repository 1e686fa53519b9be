"""Issue 16, round two of session 10: a content never loses its negation; answering,
citing or backing a thing, a listed plan and a relative-clause fragment are no claims.
Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def found(nlp, text: str) -> list[tuple[str | None, str, str]]:
    """(speaker's actor name or None, cue, content text) of each claim, in order."""
    doc = nlp(text)
    actors = find_actors(doc)
    names = {a.id: a.name for a in actors}
    return [
        (names.get(c.source), c.cue, text[c.content.start : c.content.end])
        for c in find_claims(doc, actors)
    ]


def contents(nlp, text: str) -> list[str]:
    return [content for _speaker, _cue, content in found(nlp, text)]


def test_a_quote_after_not_keeps_the_negation_and_the_addressee(nlp):
    text = (
        "Mayor Tom Reed said the city had acted lawfully and urged residents not to "
        '"take the law into their own hands."'
    )
    shown = found(nlp, text)
    assert shown[-1][2] == 'residents not to "take the law into their own hands."'
    assert shown[-1][1] == "urged"


def test_a_quote_after_never_keeps_the_negation(nlp):
    text = (
        "The port director said the cranes were safe and told dockers never to "
        '"walk off the job without a vote of the whole union."'
    )
    assert contents(nlp, text)[-1].startswith("dockers never to ")


def test_a_negation_inside_the_reported_clause_is_kept_as_before(nlp):
    text = 'Mayor Tom Reed said the city would never "abandon the workers who built this port."'
    expected = 'the city would never "abandon the workers who built this port."'
    assert contents(nlp, text) == [expected]


def test_denying_the_reports_states_nothing(nlp):
    text = "Local papers said the plant had leaked. The company has denied the reports."
    assert contents(nlp, text) == ["the plant had leaked"]


def test_denying_the_allegations_stays(nlp):
    text = "The bank denied the allegations."
    assert contents(nlp, text) == ["the allegations"]


def test_not_confirming_the_report_states_nothing(nlp):
    text = "Neither the club nor the league would confirm the report."
    assert contents(nlp, text) == []


def test_citing_the_study_in_support_states_nothing(nlp):
    text = "Both the minister and the union have cited the study in support of their demands."
    assert contents(nlp, text) == []


def test_a_report_with_its_own_clause_stays(nlp):
    text = "The company denied the report that it had hidden the losses."
    assert contents(nlp, text) != []


def test_backing_a_thing_since_a_date_states_nothing(nlp):
    text = "Ola Brenn, the mayor of Tarvik, has backed the dam since it was first proposed."
    assert contents(nlp, text) == []


def test_a_map_contradicting_a_text_states_nothing(nlp):
    text = "The two towns read the border differently because its map contradicts its text."
    assert contents(nlp, text) == []


def test_a_plan_listed_among_topics_is_no_claim(nlp):
    text = (
        "The debate covered familiar ground: rents, a stalled tax reform and "
        "Velt's plan to build a tunnel to the island."
    )
    assert contents(nlp, text) == []


def test_what_she_said_were_invoices_gives_no_fragment(nlp):
    text = "She held up a sheaf of what she said were invoices, though nobody could check them."
    assert "were invoices" not in contents(nlp, text)


def test_told_a_meeting_that_keeps_its_claim(nlp):
    text = "He told a meeting of island leaders that few people understood the stakes."
    assert contents(nlp, text) == ["few people understood the stakes"]
