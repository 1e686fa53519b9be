"""Claims with the right content (issue 16, items 7 and 8, session 13): the reporter's words
around a content stay out of it, and only speech, thought and intention are claims.
Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def claims(nlp, text: str) -> list[tuple[str, str]]:
    """(cue, content text) of each claim, in order."""
    doc = nlp(text)
    found = find_claims(doc, find_actors(doc))
    return [(c.cue, text[c.content.start : c.content.end]) for c in found]


def test_an_adverb_before_the_complementiser_qualifies_the_saying(nlp):
    text = "The port authority said only that the ferries would sail again in May."
    assert claims(nlp, text) == [("said", "the ferries would sail again in May")]


def test_an_adverb_before_a_partly_quoted_clause_qualifies_the_saying(nlp):
    text = 'A spokesman for the mayor said only that she would "read the report closely."'
    found = claims(nlp, text)
    assert found and found[0][1].startswith("she would")


def test_a_closing_where_clause_on_a_place_is_the_writers(nlp):
    text = (
        "The mayor said the council would meet on Thursday to discuss policing in Northfield, "
        "where residents have complained for years about the patrols."
    )
    assert claims(nlp, text) == [
        ("said", "the council would meet on Thursday to discuss policing in Northfield")
    ]


def test_a_closing_gloss_of_the_last_thing_named_is_the_writers(nlp):
    text = (
        "The regulator said its review had found the merged firm would control most of the "
        "market for brake pads, the ceramic parts that stop trains at stations."
    )
    assert claims(nlp, text) == [
        (
            "said",
            "its review had found the merged firm would control most of the market for brake pads",
        )
    ]


def test_a_bare_description_in_apposition_stays(nlp):
    text = (
        "Officials said the account had not been protected by a password, a basic security measure."
    )
    assert claims(nlp, text) == [
        ("said", "the account had not been protected by a password, a basic security measure")
    ]


def test_a_closing_view_or_account_sums_up_the_claim(nlp):
    text = (
        "The council said the treaty did not remove its rights to the river, a view the "
        "province has never accepted. The group said the guards had beaten her, an account "
        "the army has denied."
    )
    assert claims(nlp, text) == [
        ("said", "the treaty did not remove its rights to the river"),
        ("said", "the guards had beaten her"),
    ]


def test_a_that_clause_hung_on_the_occasion_of_saying_is_what_was_said(nlp):
    text = (
        "Tom Greer, the chief executive, said on a call with investors last week that the "
        "company remained committed to a deal with the town and hoped to resume work soon."
    )
    assert claims(nlp, text) == [
        (
            "said",
            "the company remained committed to a deal with the town and hoped to resume work soon",
        )
    ]


def test_a_that_clause_of_a_noun_of_something_said_is_not_the_cues(nlp):
    text = "The mayor spoke in reply to claims that she had lied."
    assert claims(nlp, text) == []


def test_a_cue_joined_to_a_reported_state_is_the_reporters_next_act(nlp):
    text = (
        "The envoy said the text was the best deal on offer and urged the delegates to accept it."
    )
    assert claims(nlp, text) == [
        ("said", "the text was the best deal on offer"),
        ("urged", "the delegates to accept it"),
    ]


def test_the_one_called_on_to_act_opens_the_content(nlp):
    text = "Lena Moss called on the company to reopen the plant."
    assert claims(nlp, text) == [("called", "the company to reopen the plant")]


def test_announcing_a_thing_is_an_act(nlp):
    text = (
        "Verdanta announced the all-cash offer in June. "
        "The league leader announced the decision at a news conference."
    )
    assert claims(nlp, text) == []


def test_announcing_that_something_is_so_is_a_claim(nlp):
    text = "The firm announced that it would cut 500 jobs."
    assert claims(nlp, text) == [("announced", "it would cut 500 jobs")]


def test_asking_that_may_or_must_happen_is_no_claim(nlp):
    text = (
        "Lenders could demand early repayment of the loans. Under the constitution the "
        "president must ask another party leader to form a government."
    )
    assert claims(nlp, text) == []


def test_asking_that_happened_is_a_claim(nlp):
    text = "The mayor asked the council to delay the vote."
    assert claims(nlp, text) == [("asked", "the council to delay the vote")]


def test_according_to_after_two_clauses_vouches_for_the_last(nlp):
    text = (
        "Norland closed two of its road crossings last week, and trucks have been backed up "
        "for miles, according to the haulage association."
    )
    assert claims(nlp, text) == [("according to", "trucks have been backed up for miles")]


def test_according_to_after_one_subject_s_two_verbs_vouches_for_both(nlp):
    text = "The plant closed in May and reopened in June, according to the firm."
    assert claims(nlp, text) == [("according to", "The plant closed in May and reopened in June")]


def test_a_cue_after_a_comma_and_and_is_the_reporters_next_act(nlp):
    text = (
        "The Tenants League said its own survey found rents rose 6 percent over the year, "
        "and accused the city of inventing a crisis."
    )
    assert claims(nlp, text) == [
        ("said", "its own survey found rents rose 6 percent over the year"),
        ("accused", "the city of inventing a crisis"),
    ]


def test_a_cue_joined_without_a_comma_to_a_named_subject_stays_unguessed(nlp):
    text = "Hale said Ruiz was a fraud and urged voters to stay home."
    assert claims(nlp, text) == [("said", "Ruiz was a fraud")]
