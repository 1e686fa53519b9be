"""Issue 16 items 8 and 9, session 11: a request not to be named is no claim, and a source
is never the body or person it is only tied to (a land's coast guard, someone "familiar
with" a company, a memo "seen by" a paper, a title's modifier). Every text is invented."""

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


def test_asking_not_to_be_named_is_no_claim(nlp):
    text = (
        "One freight consultant, who asked not to be named because his firm advises "
        "several carriers, said the delays would last a week."
    )
    assert [(cue, content) for _s, cue, content in found(nlp, text)] == [
        ("said", "the delays would last a week")
    ]


def test_asking_not_to_be_identified_is_no_claim(nlp):
    text = "A second official asked not to be identified because she was not authorized to speak."
    assert found(nlp, text) == []


def test_asking_others_not_to_be_alarmed_stays_a_claim(nlp):
    text = "The mayor asked residents not to be alarmed by the sirens."
    assert [cue for _s, cue, _c in found(nlp, text)] == ["asked"]


def test_a_countrys_coast_guard_is_not_the_country(nlp):
    text = (
        "Chile's coast guard said four more bodies were recovered on Tuesday. "
        "Chile has asked Peru for divers. Chile's government said the search would go on."
    )
    speakers = [s for s, cue, _c in found(nlp, text) if cue == "said"]
    # the coast guard speaks for itself (``actors/speaking_bodies.py``), never for Chile
    assert speakers == ["Chile's coast guard", "Chile"]


def test_someone_familiar_with_a_company_does_not_speak_for_it(nlp):
    text = (
        "Harlow Analytics lost the case in June. A person familiar with Harlow Analytics' "
        "finances said the insurance would cover only part of the award."
    )
    assert [s for s, cue, _c in found(nlp, text) if cue == "said"] == [None]


def test_people_close_to_a_senator_are_not_the_senator(nlp):
    text = (
        "Senator Ann Lee has not announced her plans. People close to Senator Ann Lee said "
        "she would run again."
    )
    assert [s for s, cue, _c in found(nlp, text) if cue == "said"] == [None]


def test_a_spokesman_for_a_company_still_speaks_for_it(nlp):
    text = "Harlow Analytics lost the case. A spokesman for Harlow Analytics said it would appeal."
    assert [s for s, cue, _c in found(nlp, text) if cue == "said"] == ["Harlow Analytics"]


def test_a_memo_seen_by_a_paper_is_not_the_papers(nlp):
    text = (
        "Harbor News reported on the budget. A memo from the finance ministry seen by Harbor "
        "News, dated May 3, acknowledged that the ministry's estimate assumed full compliance."
    )
    # the memo speaks for the ministry it came from (``actors/speaking_bodies.py``)
    assert [s for s, cue, _c in found(nlp, text) if cue == "acknowledged"] == ["finance ministry"]


def test_a_bodys_name_inside_a_title_is_not_its_holder(nlp):
    text = (
        "PORT AUREL, Norvania — Divers recovered four more bodies on Tuesday.\n\n"
        "Rear Admiral Felipe Quiroga, the coast guard commander, said the search would "
        "continue, but he acknowledged that hopes were slim.\n\n"
        "Relatives have told local media that some passengers were not recorded. The coast "
        "guard said the number of missing could rise. The commander said the divers were tired."
    )
    speakers = {content: s for s, _cue, content in found(nlp, text)}
    # the coast guard speaks for itself, never for its commander
    assert speakers["the number of missing could rise"] == "coast guard"
    assert speakers["the divers were tired"] == "Felipe Quiroga"


def test_a_subject_read_as_the_object_of_since_speaks(nlp):
    text = (
        "Tom Vale tweeted early on Friday. Vale has been attacking Rosa Lind since Ann Cole, "
        "at Monday's debate, cited derogatory comments Vale had made about Lind."
    )
    assert [s for s, cue, _c in found(nlp, text) if cue == "cited"] == ["Ann Cole"]


def test_a_heading_in_quotes_on_its_own_line_is_no_claim(nlp):
    text = (
        '"The trend lines are worrying and they will get worse," Mayor Tom Reed said.\n\n'
        "'Nobody Saw It Coming.'\n\n"
        "Eight years ago, the city had no plan."
    )
    assert [c for _s, _cue, c in found(nlp, text)] == [
        '"The trend lines are worrying and they will get worse,"'
    ]


def test_a_cue_let_happen_under_a_negation_is_no_claim(nlp):
    text = "Readers may not let editorials tell them how to vote, but they care enough to respond."
    assert found(nlp, text) == []


def test_a_cue_joined_to_a_clause_reported_in_the_present_is_part_of_it(nlp):
    text = (
        "Ann Cole spoke with Rosa Machado on Friday. Nick Ortiz says Machado promised to "
        "continue supporting Cole and said she would stand up to the attacks."
    )
    assert found(nlp, text) == [
        (
            "Nick Ortiz",
            "says",
            "Machado promised to continue supporting Cole and said she would stand up to the "
            "attacks",
        )
    ]


def test_a_finite_cue_read_as_a_clause_on_an_object_has_no_speaker(nlp):
    text = (
        "Opposition leader Tom Vale, whose Civic Renewal Party is the largest opposition "
        'group, called on coalition deputies to "listen to the streets instead of the '
        'spreadsheets."'
    )
    assert [s for s, _cue, _c in found(nlp, text)] in ([], ["Tom Vale"])


def test_a_finite_cue_read_as_a_clause_on_an_apposed_name_keeps_it(nlp):
    text = (
        "Ann Cole's campaign said the foundation had no connection to her candidacy. A "
        "spokeswoman for the campaign, Elena Brask, called the accusation "
        '"a desperate attempt to change the subject."'
    )
    assert [s for s, cue, _c in found(nlp, text) if cue == "called"] == ["Elena Brask"]


def test_feeling_stung_after_something_is_no_claim(nlp):
    text = (
        "In those fields, many voters feel stung after the debt crisis highlighted sharp "
        "differences in how best to spur growth and the drought ushered a stream of "
        "migrants into the region. Farmers feel confident that prices will rise."
    )
    assert [c for _s, _cue, c in found(nlp, text)] == ["prices will rise"]


def test_a_cue_with_its_own_object_is_no_inserted_said(nlp):
    text = (
        "Don Fowler said the party should prepare. He added a note of caution, should "
        "Clinton attempt an expeditious return to the campaign trail. The plan would fail, "
        "the mayor told reporters."
    )
    assert [c for _s, _cue, c in found(nlp, text)] == [
        "the party should prepare",
        "The plan would fail",
    ]


def test_neither_confirming_nor_denying_is_no_denial(nlp):
    text = (
        "The ministry would neither confirm nor deny that talks had taken place. The "
        "ministry did not confirm or deny that the talks failed. The ministry confirmed "
        "that talks took place."
    )
    assert [(cue, c) for _s, cue, c in found(nlp, text)] == [("confirmed", "talks took place")]
