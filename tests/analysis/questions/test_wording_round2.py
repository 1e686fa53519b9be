"""Wording, round two: reporter's asides, settled matters and clumsy phrases kept out of
shown questions. Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.questions.phrasing import without_closing_aside

from .helpers import ask


def test_closing_aside_of_the_reporter_is_cut():
    assert (
        without_closing_aside("Has the mill sold its bonds, an issue auditors are examining")
        == "Has the mill sold its bonds"
    )
    # an amount said with "a matter of" is no aside
    kept = "Will the plant close within days, a matter of weeks at most"
    assert without_closing_aside(kept) == kept


def test_question_from_a_whether_clause_ends_before_the_aside(nlp):
    text = (
        "The Halden Water Board did not say whether the Halden Water Board had sold its "
        "river bonds in recent weeks, an issue auditors are examining."
    )
    asked = [q.question for q in ask(nlp, text)]
    assert asked
    assert not any("auditors" in q for q in asked)


def test_prize_the_narrator_tells_as_certain_is_not_asked(nlp):
    text = (
        "Mara Oyelaran's goat won the county show on Saturday. Oyelaran will receive the "
        "$800 first prize and a silver bowl from the Dunmere Farmers Guild."
    )
    assert not [q for q in ask(nlp, text) if "prize" in q.question]


def test_prize_a_speaker_expects_stays_open(nlp):
    from briefing_tui.analysis.questions.standalone import prize_told_as_certain

    told = nlp("Oyelaran will receive the first prize from the guild.")
    reported = nlp("Oyelaran said she expected that she will receive the first prize.")
    assert prize_told_as_certain([told[:]])
    assert not prize_told_as_certain([reported[:]])


def test_a_bare_review_needs_the_article():
    from briefing_tui.analysis.questions.references import vague_reference

    assert vague_reference("When will the review end?")
    # a review said with whose it is names itself
    assert not vague_reference("What will the review by Harwell Group's auditors find?")


def test_its_is_not_anchored_by_a_plural_subject(nlp):
    from briefing_tui.analysis.questions.references import anchored_pronouns

    sentence = nlp(
        "Brannock Dairy said the company would recall the cheese if county inspectors "
        "found the bacteria in its cheese."
    )[:]
    question = "Did county inspectors find the bacteria in its cheese?"
    assert "its" not in anchored_pronouns(question, [sentence])
    # a singular subject of the question still stands for it
    sentence = nlp("The Brannock plant said it would close if the county raised its rent.")[:]
    assert "its" in anchored_pronouns("Will the county raise its rent?", [sentence])


def test_a_subject_not_yet_made_is_no_actor():
    from briefing_tui.analysis.questions.standalone import standalone_veto

    assert standalone_veto("Will a new water authority approve the farmers' requests?")
    # whether the thing is made, or a passive about it, stays a question
    assert standalone_veto("Will the county create a new water authority?") is None
    assert standalone_veto("Will a new hearing be held on the Orvel dam permit?") is None


def test_a_pair_or_an_amount_said_bare_needs_the_article():
    from briefing_tui.analysis.questions.references import vague_reference

    assert vague_reference("Will both unions return to the bargaining table?") == "both unions"
    assert vague_reference("Will the Lisk County Board approve the full amount?")
    # a pair named, or an amount said with what it is for, stands alone
    assert vague_reference("Will both Varn and Osko sign the Lisk water accord?") is None
    assert vague_reference("Will the Lisk County Board approve the amount of $4 million?") is None
