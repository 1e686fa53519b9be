"""A reported content runs to the end of what was said (session 18): a preposition whose
object stands before it, the setting of an act done at a gathering, a refusal the speaker
announced in the future of reported speech, and a conjunct after a writer's appositive
all belong to the content. Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def contents(nlp, text: str) -> list[str]:
    """The content text of each claim, in order."""
    doc = nlp(text)
    return [text[c.content.start : c.content.end] for c in find_claims(doc, find_actors(doc))]


def test_a_stranded_preposition_closes_the_content(nlp):
    text = "The harbour police said on Monday that four sailors were still unaccounted for."
    assert contents(nlp, text) == ["four sailors were still unaccounted for"]


def test_the_meeting_where_a_decision_will_be_taken_is_said(nlp):
    text = (
        "The council said its members would decide how to vote at a meeting of the "
        "finance committee on Friday."
    )
    assert contents(nlp, text) == [
        "its members would decide how to vote at a meeting of the finance committee on Friday"
    ]


def test_the_meeting_where_a_vote_was_taken_is_said(nlp):
    text = (
        "The farmers union said its members had voted to reject the offer at a meeting "
        "on Tuesday night."
    )
    assert contents(nlp, text) == [
        "its members had voted to reject the offer at a meeting on Tuesday night"
    ]


def test_a_forum_where_a_plan_was_praised_is_still_the_speakers(nlp):
    text = "The mayor said the plan would cut costs during a forum sponsored by the chamber."
    assert contents(nlp, text) == ["the plan would cut costs"]


def test_a_refusal_announced_in_reported_speech_is_said(nlp):
    text = (
        'The rowing federation said it "accepts the ruling of the panel" and would not '
        "comment further while the appeal was pending."
    )
    assert contents(nlp, text) == [
        'it "accepts the ruling of the panel" and would not comment further while the '
        "appeal was pending"
    ]


def test_a_refusal_told_by_the_writer_is_cut(nlp):
    text = "The minister said the talks went well but would not say when they would resume."
    assert contents(nlp, text) == ["the talks went well"]


def test_a_conjunct_after_an_appositive_is_said(nlp):
    text = (
        "The trust said the hospital had lodged a complaint with the regulator, the first "
        "step in a formal review, and would go to court if the complaint failed."
    )
    assert contents(nlp, text) == [
        "the hospital had lodged a complaint with the regulator, the first step in a formal "
        "review, and would go to court if the complaint failed"
    ]


def test_a_closing_appositive_of_the_writers_is_still_cut(nlp):
    text = (
        "The operator said the ferry had been carrying 90 passengers, a figure that would "
        "mean four people were still missing."
    )
    assert contents(nlp, text) == ["the ferry had been carrying 90 passengers"]


def test_what_the_reported_event_did_is_said(nlp):
    text = (
        "The civil protection service said floods hit nine villages overnight, killing "
        "three people and forcing more than 4,000 from their homes."
    )
    assert contents(nlp, text)[0] == (
        "floods hit nine villages overnight, killing three people and forcing more than "
        "4,000 from their homes"
    )


def test_how_the_reported_event_happened_is_said(nlp):
    text = (
        "The bank said an intruder had entered its payment system on Friday, using the "
        "password of a contractor."
    )
    assert contents(nlp, text)[0].endswith("using the password of a contractor")


def test_what_an_announcement_did_is_the_writers(nlp):
    text = (
        "The ministry said it would impose tariffs on imported steel, sharply escalating "
        "a dispute with its neighbour."
    )
    assert contents(nlp, text)[0] == "it would impose tariffs on imported steel"


def test_the_markets_reaction_is_the_writers(nlp):
    text = "The retailer said it had overstated its profits, sending its shares down by a third."
    assert contents(nlp, text)[0] == "it had overstated its profits"


def test_a_participle_after_an_accused_gerund_is_the_accusers(nlp):
    text = (
        "The two parties accused each other of breaking the deal, giving rival accounts of "
        "the talks as both prepared for a vote next week."
    )
    assert "giving" not in contents(nlp, text)[0]


def test_a_that_clause_hung_on_a_described_letter_is_what_was_told(nlp):
    text = (
        "The chief executive told employees in a letter seen by the newspaper that jobs "
        "at the three plants were guaranteed until 2030."
    )
    assert contents(nlp, text) == ["jobs at the three plants were guaranteed until 2030"]


def test_a_that_clause_hung_on_a_place_is_what_was_told(nlp):
    text = (
        "The union leader rejected the company's argument, telling reporters outside the "
        "gates that the union had served notice five days before the strike."
    )
    assert "the union had served notice five days before the strike" in contents(nlp, text)


def test_a_relative_clause_on_a_place_is_no_claim(nlp):
    text = "The mayor spoke to reporters outside the hall that the council had rented."
    assert contents(nlp, text) == []
