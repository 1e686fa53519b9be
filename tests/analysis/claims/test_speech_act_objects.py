"""Speech acts whose content is a noun phrase (issue 16, item 8): citing, mentioning or
defending a piece of discourse, detailing or invoking a thing, are claims; citing an
event, defending a place or questioning a person is not. Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def claims(nlp, text: str) -> list[tuple[str, str]]:
    """(cue, content text) of each claim, in order."""
    doc = nlp(text)
    return [
        (c.cue, text[c.content.start : c.content.end]) for c in find_claims(doc, find_actors(doc))
    ]


def test_citing_a_figure_is_a_claim(nlp):
    text = "Senator Ada Marsh cited the figure again."
    assert ("cited", "the figure") in claims(nlp, text)


def test_defending_ones_remarks_shows_no_content(nlp):
    # session 8: an answer to a thing states nothing without a clause (rebuttal_verbs.txt)
    text = "The harbour master defended his remarks about the ferry crews."
    assert claims(nlp, text) == []


def test_defending_a_border_is_an_act(nlp):
    assert claims(nlp, "The coastal brigade defended the northern border.") == []


def test_a_cited_event_stays_a_topic(nlp):
    assert claims(nlp, "Critics cited the harbour flood of 1990.") == []


def test_supporting_a_proposal_is_still_a_stance(nlp):
    assert claims(nlp, "The farmers' union supports the new water proposal.") == []


def test_questioning_a_person_is_an_interrogation(nlp):
    assert claims(nlp, "Police questioned the student for an hour.") == []


def test_a_tweet_sent_using_an_account_has_no_gerund_content(nlp):
    text = "The president tweeted on Monday, using his official account."
    assert all(not content.startswith("using") for _, content in claims(nlp, text))


def test_detailing_spending_is_a_claim(nlp):
    text = "The newspaper has also detailed council spending that benefited the mayor."
    assert ("detailed", "council spending that benefited the mayor") in claims(nlp, text)


def test_remarks_with_their_relative_clause_are_one_content(nlp):
    text = (
        "At the hearing, Marsh cited harsh remarks Dolan had made about the crews "
        "as examples of his contempt for workers."
    )
    found = claims(nlp, text)
    assert any(
        cue == "cited" and content.startswith("harsh remarks Dolan had made")
        for cue, content in found
    ), found


def test_telling_someone_a_clause_keeps_the_clause(nlp):
    assert ("told", "the tax had risen") in claims(nlp, "She told the council the tax had risen.")


def test_an_accusation_hung_on_its_object_keeps_what_it_accuses(nlp):
    text = "Hale will accuse the mayor's office of being fooled by a hoax."
    assert ("accuse", "the mayor's office of being fooled by a hoax") in claims(nlp, text)


def test_sounding_a_call_for_someone_to_act_is_a_claim(nlp):
    text = "Bishop Anna Ferro sounded a call for the city to open more shelters."
    found = claims(nlp, text)
    assert any(cue == "call" and content.startswith("the city to open") for cue, content in found)


def test_making_the_case_keeps_the_clause_hung_on_make(nlp):
    text = "The ministry attempted to make the case to lawmakers that the levy was unfair."
    assert ("case", "the levy was unfair") in claims(nlp, text)


def test_making_a_phone_call_is_no_claim(nlp):
    assert claims(nlp, "The harbour master made a call to the coast guard.") == []


def test_a_proposed_gerund_is_the_content(nlp):
    text = "The council proposed raising the parking fees."
    assert ("proposed", "raising the parking fees") in claims(nlp, text)


def test_defending_an_act_in_a_gerund_is_not_read_as_a_proposal(nlp):
    text = "The owner was forced to defend not paying a builder who said he was owed money."
    assert ("said", "he was owed money") in claims(nlp, text)


def test_the_place_where_a_figure_was_cited_is_not_the_content(nlp):
    text = "Marsh cited the figure at the harbour forum on Tuesday."
    assert ("cited", "the figure") in claims(nlp, text)


def test_calling_for_a_passive_clause_is_a_demand(nlp):
    text = "She called for compensation to be clawed back from the executives."
    assert ("called", "compensation to be clawed back from the executives") in claims(nlp, text)


def test_an_owned_determination_is_an_intention(nlp):
    text = "The mayor's determination to close the pier angered the fishermen."
    assert ("determination", "to close the pier") in claims(nlp, text)


def test_a_decision_without_an_owner_is_no_claim(nlp):
    assert claims(nlp, "A decision to close the pier was taken in May.") == []


def test_a_passive_cue_with_an_agent_takes_its_subject_first(nlp):
    text = "Her doubts were echoed by several economists the paper interviewed."
    assert ("echoed", "Her doubts") in claims(nlp, text)


def test_being_willing_to_act_is_an_intention(nlp):
    text = "Some senators were willing to back a smaller bill on the harbour."
    assert ("willing", "to back a smaller bill on the harbour") in claims(nlp, text)


def test_being_willing_to_compromise_says_nothing_of_what(nlp):
    assert claims(nlp, "The governor has shown no sign she is willing to compromise.") == []


def test_hearing_that_something_is_so_is_a_belief(nlp):
    text = "Many residents have heard by now that the plant will close."
    assert ("heard", "the plant will close") in claims(nlp, text)


def test_hearing_a_band_play_is_a_perception(nlp):
    assert claims(nlp, "The mayor heard the band play on the pier.") == []


def test_wishing_that_something_happens_is_a_claim(nlp):
    text = "Voters might wish that the candidates would talk about the harbour."
    assert ("wish", "the candidates would talk about the harbour") in claims(nlp, text)


def test_questioning_someone_after_an_event_is_no_claim(nlp):
    assert claims(nlp, "Police questioned a man after a scuffle at the ferry terminal.") == []


def test_making_the_case_to_someone_keeps_the_clause_hung_on_them(nlp):
    text = "The union made the case to councillors that the depot should stay public."
    assert ("case", "the depot should stay public") in claims(nlp, text)


def test_a_relative_clause_on_the_hearers_is_no_content(nlp):
    assert claims(nlp, "She made a promise to the voters that she kept.") == []
