"""Two sources giving one actor opposite positions on one thing dispute that actor's
record, in any sentences (``positions.py``).

Invented texts: "A said B supported X" against "B says he was against X" or
"B said he opposed X"; and what is no dispute: the same source twice,
different objects, two different actors, the same position twice.
"""

from __future__ import annotations

from tests.analysis.questions.helpers import analysed


def _disputed(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown if q.kind == "disputed"]


def test_support_said_by_one_and_against_said_by_the_actor_is_disputed(nlp):
    text = (
        "Senator Ann Lee said on Monday that her rival, banker Tom Reed, supported the "
        "closure of the Selo shipyard. Tom Reed says he was against the closure."
    )
    assert "Did Tom Reed support the closure of the Selo shipyard?" in _disputed(nlp, text)


def test_a_verb_of_opposing_answers_a_verb_of_support(nlp):
    text = (
        "Mayor Ilse Marr said Tom Reed backed the toll on the harbour bridge. Tom Reed said "
        "on Friday that he had always opposed the toll."
    )
    found = analysed(nlp, text)
    disputed = [q for q in found.shown if q.kind == "disputed"]
    assert any(q.question.startswith("Did Tom Reed back the toll") for q in disputed)
    assert len(disputed[0].evidence) == 2


def test_the_same_source_changing_its_words_is_no_dispute(nlp):
    text = "Tom Reed said Ann Lee supported the toll. Tom Reed later said Ann Lee opposed the toll."
    assert not any("support the toll" in q for q in _disputed(nlp, text))


def test_positions_on_different_things_are_no_dispute(nlp):
    text = (
        "Senator Ann Lee said Tom Reed supported the toll. Tom Reed says he was against the "
        "closure of the shipyard."
    )
    assert not any("Tom Reed" in q for q in _disputed(nlp, text))


def test_positions_of_two_different_actors_are_no_dispute(nlp):
    text = (
        "Senator Ann Lee said Tom Reed supported the toll. Mayor Ilse Marr says she was "
        "against the toll."
    )
    assert not any("support the toll" in q for q in _disputed(nlp, text))


# --- a denial that points back to the claim before it (disputes.py, find.py) ------------


def test_a_bare_that_disputed_asks_the_claim_before_it(nlp):
    text = "Senator Ann Lee says Governor Tom Reed cut school funds twice. Tom Reed disputes that."
    assert (
        "Did Governor Tom Reed cut school funds twice, as Senator Ann Lee says and Tom Reed denies?"
    ) in _disputed(nlp, text)


def test_the_claim_rejected_asks_what_was_claimed(nlp):
    text = (
        "Opposition leader Ann Lee said the Tarva government sold the harbour to a shipping firm. "
        "Minister Tom Reed rejected the claim on Friday."
    )
    assert (
        "Did the Tarva government sell the harbour to a shipping firm, as opposition leader "
        "Ann Lee says and Tom Reed denies?"
    ) in _disputed(nlp, text)


def test_a_bare_that_disputed_with_no_claim_before_it_shows_nothing(nlp):
    assert not analysed(nlp, "Tom Reed disputes that.").shown


def test_a_position_then_and_another_now_is_a_change_of_mind_not_a_dispute(nlp):
    text = (
        "Senator Ann Lee said Tom Reed supported the toll in 2010. Tom Reed says he opposes "
        "the toll."
    )
    assert not any("toll" in q for q in _disputed(nlp, text))


def test_charges_denied_after_a_request_do_not_take_the_request_for_a_claim(nlp):
    text = (
        "The judge is considering a request from the defence to delay closing arguments. "
        "Tom Reed denies the charges."
    )
    found = analysed(nlp, text)
    # asked (held back: "the judge" of a trial nobody names needs the article)
    assert "Will the judge approve a request from the defence to delay closing arguments?" in [
        q.question for q in (*found.shown, *found.held)
    ]
    assert not any("delay" in (f.question or "") and f.family == "dispute" for f in found.findings)
