"""Claims shown are propositions said by someone (issue 16, classes 1 and 2): acts, topics,
manners and bare noun phrases are not claims. Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def claims(nlp, text: str) -> list[tuple[str, str]]:
    """(cue, content text) of each claim, in order."""
    doc = nlp(text)
    found = find_claims(doc, find_actors(doc))
    return [(c.cue, text[c.content.start : c.content.end]) for c in found]


def cues(nlp, text: str) -> list[str]:
    return [cue for cue, _content in claims(nlp, text)]


def test_unveiling_a_list_is_an_act(nlp):
    text = "Senator Paula Greer unveiled a list of endorsements on Monday."
    assert "unveiled" not in cues(nlp, text)


def test_a_ruling_without_a_clause_is_an_act(nlp):
    text = "The state appeals court ruled on Tuesday that Harlow County must reopen six stations."
    assert ("ruled", "Tuesday") not in claims(nlp, text)


def test_a_ruling_with_a_clause_is_still_a_claim(nlp):
    text = "The tribunal ruled that the contract was void."
    assert ("ruled", "the contract was void") in claims(nlp, text)


def test_voting_for_a_bill_is_an_act(nlp):
    text = "The senator voted for the bill on Friday."
    assert "voted" not in cues(nlp, text)


def test_asking_a_court_to_act_is_a_filing(nlp):
    text = "The company asked the federal court to halt the merger review."
    assert "asked" not in cues(nlp, text)


def test_asking_a_person_to_act_is_still_a_claim(nlp):
    text = "The mayor asked residents to stay indoors during the storm."
    assert "asked" in cues(nlp, text)


def test_voicing_concern_about_a_policy_is_no_proposition(nlp):
    text = "Residents voiced concern about the new parking policy at a meeting on Wednesday."
    assert claims(nlp, text) == []


def test_voicing_concern_that_something_happens_is_a_claim(nlp):
    text = "Maria Lopez voiced concern that prices would rise."
    assert ("concern", "prices would rise") in claims(nlp, text)


def test_touting_experience_is_no_proposition(nlp):
    text = "Both candidates spent the evening touting their own experience."
    assert claims(nlp, text) == []


def test_confirming_an_address_is_no_proposition(nlp):
    text = "Voters in Easton were asked to confirm their address before the primary."
    assert "confirm" not in cues(nlp, text)


def test_painting_in_grave_terms_is_a_manner(nlp):
    text = "Officials painted the confrontation in grave terms."
    assert claims(nlp, text) == []


def test_painting_someone_as_something_is_a_claim(nlp):
    text = "The mayor painted the protesters as outsiders."
    assert cues(nlp, text) == ["painted"]


def test_describing_as_keeps_its_small_clause(nlp):
    text = "The police chief, Mark Dolan, described the crowd as hostile."
    assert ("described", "the crowd as hostile") in claims(nlp, text)


def test_telling_a_court_that_something_is_so_is_a_claim(nlp):
    text = "The prosecutor, Mark Hale, told the court that the boy had been neglected for months."
    assert ("told", "the boy had been neglected for months") in claims(nlp, text)


def test_a_possible_route_says_nothing(nlp):
    text = "One possible route for the family would be asking prosecutors to charge the officers."
    assert claims(nlp, text) == []


def contents(nlp, text: str) -> list[str]:
    return [content for _cue, content in claims(nlp, text)]


def test_the_speakers_next_act_is_not_part_of_the_content(nlp):
    text = "Registrar Tom Hale stated that the voters were ineligible and then purged them."
    assert contents(nlp, text) == ["the voters were ineligible"]


def test_a_cue_joined_to_a_stated_state_is_the_speakers(nlp):
    text = (
        'Union leader Joe Ortiz said workers were "devastated" and called on the governor to act.'
    )
    assert contents(nlp, text)[0] == 'workers were "devastated"'


def test_a_second_predicate_of_the_content_stays(nlp):
    text = "She said prices were high and would rise further."
    assert contents(nlp, text) == ["prices were high and would rise further"]


def test_supporting_a_thing_is_no_proposition(nlp):
    text = "The farmers' union supports the new water regulations."
    assert claims(nlp, text) == []


def test_saying_one_supports_a_thing_is_a_claim(nlp):
    text = "Maria Lopez said she supports the new water regulations."
    assert ("said", "she supports the new water regulations") in claims(nlp, text)
