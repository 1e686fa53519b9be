"""Contents that are the claim and all of it (issue 16, items 7-8; session 10 judges'
classes): the reporter's closing clause and the date of the saying are cut off, another
source's "while ... said" is a claim of its own, a condition keeps its "if", the one
accused stays, a coordinated half is kept, and a request or a hypothetical role is no
claim. Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def claims(nlp, text: str) -> list[tuple[str, str]]:
    """(cue, content text) of each claim, in order."""
    doc = nlp(text)
    found = find_claims(doc, find_actors(doc))
    return [(c.cue, text[c.content.start : c.content.end]) for c in found]


def test_a_while_clause_after_a_closing_quote_is_its_own_claim(nlp):
    text = (
        'Kessler said the harbour was "open for business," while the port authority '
        "said inspections were continuing."
    )
    assert claims(nlp, text) == [
        ("said", 'the harbour was "open for business,"'),
        ("said", "inspections were continuing"),
    ]


def test_a_closing_as_clause_and_the_date_are_the_writers(nlp):
    text = (
        "Farmers said on Tuesday they would block the highway unless the levy is dropped, "
        "as ministers waited for a report on prices."
    )
    content = "they would block the highway unless the levy is dropped"
    assert claims(nlp, text) == [("said", content)]


def test_an_as_comparison_stays_in_the_content(nlp):
    text = "Another chart shows that most apples sold here are grown abroad, as are most pears."
    found = claims(nlp, text)
    assert found and found[0][1].endswith("as are most pears")


def test_a_condition_before_a_closing_cue_keeps_its_if(nlp):
    text = "If the talks fail, the strike will go ahead, Boyd said."
    assert claims(nlp, text) == [("said", "If the talks fail, the strike will go ahead")]


def test_a_condition_before_an_inserted_cue_stays_with_its_clause(nlp):
    text = (
        "If the tests confirm the leak, Dr. Hana Lind said, the beach would stay closed "
        "for a month."
    )
    found = claims(nlp, text)
    assert len(found) == 1 and found[0][1].startswith("If the tests confirm the leak")
    assert found[0][1].endswith("the beach would stay closed for a month")


def test_the_accused_opens_the_content(nlp):
    text = "Brandt also accused the league of leaking the verdict to reporters."
    assert claims(nlp, text) == [("accused", "the league of leaking the verdict to reporters")]


def test_a_named_accused_is_no_bare_target(nlp):
    text = "Minister Sara Voss accused Kelvaria of hiding the scale of the flooding."
    assert claims(nlp, text) == [("accused", "Kelvaria of hiding the scale of the flooding")]


def test_a_second_participle_under_one_had_stays_in_the_content(nlp):
    text = (
        'She said Finance Minister Alan Reed had drawn up the cuts "behind closed doors" '
        "and shown them to her only a day before they went to parliament."
    )
    found = claims(nlp, text)
    assert len(found) == 1
    assert found[0][1].endswith("shown them to her only a day before they went to parliament")


def test_a_request_acted_on_states_nothing(nlp):
    text = "A court rejected her request to lift the ban so that she could travel."
    assert claims(nlp, text) == []


def test_a_hypothetical_role_is_no_claim(nlp):
    text = (
        "Nadia Orr, whose job is mostly formal but who would ask a minister to form a "
        "cabinet if this one collapsed, said she was worried."
    )
    assert claims(nlp, text) == [("said", "she was worried")]


def test_a_supposed_question_with_its_words_stays(nlp):
    text = (
        "If we lived in calmer times, a reader would now ask: "
        '"Why is the old bridge still closed after three years?"'
    )
    assert [cue for cue, _ in claims(nlp, text)] == ["ask"]


def test_a_request_complied_with_stays_a_demand(nlp):
    text = "The site is complying with the studio's requests to take down the clip."
    assert [cue for cue, _ in claims(nlp, text)] == ["requests"]


def test_a_filed_request_states_nothing(nlp):
    text = "The union filed a request to lift the injunction so that its members could strike."
    assert claims(nlp, text) == []


def test_accused_each_other_keeps_the_act_alone(nlp):
    text = "Ravell and Ostrin accused each other on Sunday of firing first near the border."
    found = claims(nlp, text)
    assert found and found[0][1].startswith("firing first")


def test_the_accused_stays_before_a_perfect_gerund(nlp):
    text = "Ray Tolland, a retired nurse, accused the council of having already decided the vote."
    found = claims(nlp, text)
    assert found and found[0][1] == "the council of having already decided the vote"
