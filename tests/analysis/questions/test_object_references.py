"""An object "it" is named by the matter the article named before, never by the subject of
its own clause; a name set off by commas after the matter's noun names it."""

from __future__ import annotations

from briefing_tui.analysis.questions.references import anchored_pronouns, vague_reference

from .helpers import analysed


def test_the_subject_of_its_clause_does_not_anchor_an_object_it(nlp):
    doc = nlp("The Assembly is scheduled to take it up on Thursday.")
    question = "Will the Assembly take it up on Thursday?"
    anchored = anchored_pronouns(question, [doc[:]])
    assert "it" not in anchored
    assert vague_reference(question, anchored, [doc[:]]) == "it"


def test_an_object_it_is_named_by_the_bill_named_before(nlp):
    text = (
        "The measure, Senate Bill 88, passed the Selo Senate last month. "
        "The Selo Assembly is scheduled to take it up on Thursday, March 12."
    )
    questions = [q.question for q in analysed(nlp, text).shown]
    assert not any(" it " in f" {q} " for q in questions), questions
    taken = [q for q in questions if "take" in q]
    assert all("up Senate Bill 88" in q for q in taken), taken


def test_a_works_said_with_the_alone_is_vague(nlp):
    doc = nlp("Selo Foods denied that the plant had a history of safety problems.")
    question = "Did the plant have a history of safety problems?"
    assert vague_reference(question, frozenset(), [doc[:]]) == "the plant"


def test_a_works_named_or_placed_or_modifying_is_not_vague(nlp):
    doc = nlp("Police said the warehouse fire at the Selo plant was set deliberately.")
    sentences = [doc[:]]
    fire = "Was the warehouse fire set deliberately?"
    assert vague_reference(fire, frozenset(), sentences) is None
    assert vague_reference("Did the plant in Selo close?", frozenset(), sentences) is None
    assert vague_reference("Did the Selo plant close?", frozenset(), sentences) is None


def _disputed(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown if q.kind == "disputed"]


def test_an_office_said_for_its_one_titled_holder_is_named(nlp):
    text = (
        "Gov. Ann Hale of Selo said on Monday that she would veto the harbour bill. "
        "Sen. Tom Berg suggested that the governor's position had been shaped by donations "
        "from shipping firms. Mia Ross, a spokeswoman for Hale, denied that."
    )
    disputed = _disputed(nlp, text)
    assert not any("the governor" in q for q in disputed), disputed
    assert any("Ann Hale’s position" in q or "Ann Hale's position" in q for q in disputed), disputed


def test_an_act_said_as_a_noun_is_named_by_its_doer_in_the_sentence(nlp):
    text = (
        "Selo Foods said it had hired an outside firm, Tarn Audit, to review its records, "
        "and that the review would report its findings by June 30."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert not any(q.startswith("Will the review") for q in shown), shown
    assert any("Tarn Audit’s review" in q for q in shown), shown


def test_a_noun_made_from_the_verb_is_named_by_the_verbs_doer(nlp):
    text = (
        "Selo Foods said it had hired an outside firm, Tarn Audit, to investigate the cause, "
        "and that the investigation would report by July 1."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert any("Tarn Audit’s investigation" in q for q in shown), shown
