"""A description as a speaker (issue 16, item 9; ``epithets.py``): the one person the
article names with the description's noun and modifiers. Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def last_speaker(nlp, text: str) -> tuple[str | None, str | None]:
    """(source text, actor name) of the last claim."""
    doc = nlp(text)
    actors = find_actors(doc)
    names = {a.id: a.name for a in actors}
    claim = find_claims(doc, actors)[-1]
    return claim.source_text, names.get(claim.source) if claim.source else None


def test_the_state_senator_is_the_senator_of_that_states_tag(nlp):
    text = (
        "Sen. Jane Roe (D-Ore.) introduced the bill on Monday, and Rep. Carl Vance "
        "(R-Idaho) opposed it. The Oregon senator said the measure would protect salmon."
    )
    assert last_speaker(nlp, text) == ("The Oregon senator", "Jane Roe")


def test_the_state_congressman_is_the_representative_of_that_state(nlp):
    text = (
        "Sen. Jane Roe (D-Ore.) introduced the bill on Monday, and Rep. Carl Vance "
        "(R-Idaho) opposed it. The Idaho congressman said it would cost farmers too much."
    )
    assert last_speaker(nlp, text) == ("The Idaho congressman", "Carl Vance")


def test_a_title_written_before_the_name_names_its_holder(nlp):
    text = (
        "Republican nominee Tom Baxter and Mayor Lin Park weighed in on Tuesday. "
        "The Republican nominee said the bill was a giveaway."
    )
    assert last_speaker(nlp, text) == ("The Republican nominee", "Tom Baxter")


def test_a_title_with_an_of_phrase_names_its_holder(nlp):
    text = (
        "Former Secretary of State Ellen Pratt backed the bill. "
        "The former secretary of state said the cleanup was overdue."
    )
    assert last_speaker(nlp, text) == ("The former secretary of state", "Ellen Pratt")


def test_two_senators_of_one_state_leave_the_description_without_a_speaker(nlp):
    text = (
        "Sen. Jane Roe (D-Ore.) and Sen. Ann Wills (R-Ore.) met on Monday. "
        "The Oregon senator said the talks had failed."
    )
    assert last_speaker(nlp, text) == ("The Oregon senator", None)


def test_a_modifier_the_named_person_lacks_is_not_that_person(nlp):
    text = "Gov. Ellen Pratt signed the bill. The former governor said the law was unfair."
    assert last_speaker(nlp, text)[1] is None


def test_a_senator_introduced_without_a_name_may_be_the_one_described(nlp):
    text = (
        "Sen. Jane Roe (D-Ore.) spoke first. Later a senator from the other party rose. "
        "The senator said the bill was doomed."
    )
    assert last_speaker(nlp, text)[1] is None


def test_a_party_the_named_person_does_not_belong_to_is_not_that_person(nlp):
    text = (
        "Rep. Jane Doe (D-Ohio) voted against the bill on Tuesday. "
        "The Republican lawmaker told reporters that the bill was rushed."
    )
    assert last_speaker(nlp, text)[1] is None


def test_a_party_member_of_a_state_is_the_legislator_of_that_party_and_state(nlp):
    text = (
        "Sen. Robert Kline (R-Wyo.) voted against the measure. "
        "The Wyoming Republican said it would give federal agencies too much control."
    )
    assert last_speaker(nlp, text) == ("The Wyoming Republican", "Robert Kline")


def test_a_party_member_with_two_of_that_party_named_is_nobody(nlp):
    text = (
        "Sen. Robert Kline (R-Wyo.) voted against it, and Sen. Ann Lee (R-Ohio) joined him. "
        "The Republican said it would fail."
    )
    assert last_speaker(nlp, text)[1] is None


def test_a_party_is_not_its_one_named_member(nlp):
    text = "Sen. Robert Kline (R-Wyo.) voted against it. The Republicans said it would fail."
    assert last_speaker(nlp, text)[1] != "Robert Kline"


def test_a_description_naming_another_body_is_not_the_title_holder(nlp):
    text = (
        "Police spokesman Dan Ortiz said the road was closed. "
        "The spokesman for the fire department said two trucks were sent."
    )
    assert last_speaker(nlp, text)[1] is None


def test_the_senator_from_a_state_is_the_senator_of_that_states_tag(nlp):
    text = (
        "Sen. Ann Wills (R-Ohio) called the response slow. "
        "The senator from Ohio said the agency had failed."
    )
    assert last_speaker(nlp, text) == ("The senator from Ohio", "Ann Wills")


def test_a_description_with_its_name_beside_it_is_that_person(nlp):
    text = (
        "A former aide to Sen. Carl Vance (R-Idaho) sued him on Tuesday. "
        "The aide, Lisa Moreno, said she had raised concerns twice."
    )
    assert last_speaker(nlp, text)[1] == "Lisa Moreno"


def test_the_former_noun_in_apposition_with_the_name_is_no_one_new(nlp):
    from briefing_tui.analysis.claims.epithets import title_fits

    text = (
        "State Sen. Walter Pruett, a former prosecutor, opposed the bill. Ann Cole backed "
        "it. The former prosecutor said he would seek a repeal."
    )
    doc = nlp(text)
    person = next(a for a in find_actors(doc) if a.name == "Walter Pruett")
    head = [t for t in doc if t.lower_ == "prosecutor"][-1]
    assert title_fits(head, person, linked=True)
    assert last_speaker(nlp, text) == ("The former prosecutor", "Walter Pruett")
