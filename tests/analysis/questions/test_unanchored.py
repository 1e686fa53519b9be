"""A bare definite subject the question leaves unanchored ("Will the broadcasts
continue?") is named by its actor where the analysis ties it to one, and otherwise held
back as ``unanchored-reference`` when the question names nothing else. Every text is
invented."""

from __future__ import annotations

from briefing_tui.analysis.questions.unanchored import (
    main_clause,
    named_by_actor,
    named_by_doer,
    unanchored_phrase,
    unanchored_veto,
)
from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Article


def _sentences(nlp, text: str):
    return list(nlp(text).sents)


def test_a_bare_subject_in_a_question_naming_nothing_else_is_unanchored(nlp):
    sents = _sentences(nlp, "The readings began in June and the club says the readings will go on.")
    assert unanchored_phrase("Will the readings go on?", sents) == "the readings"
    assert unanchored_veto("Will the readings go on?", sents) == "unanchored-reference"


def test_an_ordinal_or_a_plain_adjective_does_not_anchor_the_subject(nlp):
    sents = _sentences(nlp, "The second hearing is due to open soon.")
    assert unanchored_phrase("Will the second hearing open soon?", sents) == "the second hearing"
    sents = _sentences(nlp, "The new board is expected to pick a chair.")
    assert unanchored_phrase("Will the new board pick a chair?", sents) == "the new board"
    # a hyphened verb is no preposition saying which one ("over-correct")
    sents = _sentences(nlp, "Critics say the referees will over-correct.")
    assert unanchored_phrase("Will the referees over-correct?", sents) == "the referees"


def test_a_subject_anchored_or_a_question_naming_someone_is_left_alone(nlp):
    sents = _sentences(nlp, "The readings at the Tolver library will go on, the club says.")
    # a phrase after the noun says which one
    assert unanchored_phrase("Will the readings at the Tolver library go on?", sents) is None
    sents = _sentences(nlp, "The club says the readings will go on in Tolver.")
    # a name elsewhere in the question tells a reader enough of its matter
    assert unanchored_phrase("Will the readings go on in Tolver?", sents) is None
    # a modifier that tells which: "the river readings"
    sents = _sentences(nlp, "The club says the river readings will go on.")
    assert unanchored_phrase("Will the river readings go on?", sents) is None
    # a noun every reader shares
    sents = _sentences(nlp, "Analysts say the economy will slow.")
    assert unanchored_phrase("Will the economy slow?", sents) is None


def test_only_the_main_clause_is_read():
    assert main_clause("Will the mayor resign if the readings go on?") == "Will the mayor resign?"
    assert main_clause("If it rains, will the fair close?") == "will the fair close?"


def test_a_bare_subject_is_named_by_the_group_actor_it_is_tied_to(nlp):
    sents = _sentences(nlp, "Their lawyer said the parents should be acquitted.")

    def name_of(token):
        return "Dovers" if token.lower_ == "parents" else None

    assert named_by_actor("Should the parents be acquitted?", sents, name_of) == (
        "Should the Dovers be acquitted?"
    )
    # no actor, or one whose name is no proper name: left as it is
    assert named_by_actor("Should the parents be acquitted?", sents, lambda _t: None) == (
        "Should the parents be acquitted?"
    )
    assert named_by_actor("Should the parents be acquitted?", sents, lambda _t: "parents") == (
        "Should the parents be acquitted?"
    )


def test_an_unanchored_question_is_held_back_with_its_words(nlp):
    text = "The broadcasts started in May. The station says the broadcasts will continue."
    briefing = analyze_doc(nlp(text), Article(text=text))
    assert not [q for q in briefing.questions if "broadcasts" in q.question]
    held = [q for q in briefing.held_back_questions if "broadcasts" in q.question]
    assert held and held[0].held_because == "unanchored: “the broadcasts”"


def test_a_subject_the_question_says_with_an_ordinal_is_read_as_its_sentences_noun(nlp):
    sents = _sentences(nlp, "It was unclear whether the session would go ahead.")
    assert unanchored_phrase("Will the first session go ahead?", sents) == "the first session"


def test_an_acts_noun_is_named_by_the_one_name_that_did_the_act_before(nlp):
    sents = _sentences(
        nlp,
        "Velmark had started to broadcast news from vans in March. "
        "Officials say the broadcasts will continue.",
    )
    assert named_by_doer("Will the broadcasts continue?", sents[1:]) == (
        "Will Velmark’s broadcasts continue?"
    )
    # two names did it: which one's is in doubt
    sents = _sentences(
        nlp,
        "Velmark has broadcast news since March. Radio Tarsk has broadcast music since May. "
        "Officials say the broadcasts will continue.",
    )
    assert named_by_doer("Will the broadcasts continue?", sents[2:]) == (
        "Will the broadcasts continue?"
    )
