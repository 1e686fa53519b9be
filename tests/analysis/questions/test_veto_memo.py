"""A question judged again unchanged is not put to the phrase vetoes again: the verdict is
kept per Doc for the candidate's fields, and a change to any of them asks afresh."""

from __future__ import annotations

import gc

from briefing_tui.analysis.questions import vetoes
from briefing_tui.analysis.questions.rules import Candidate
from briefing_tui.analysis.questions.vetoes import PhraseVeto, phrase_veto
from briefing_tui.model import QuestionKind

SENTENCE = "The port board will vote on the new crane contract in May, a spokesman said."


def _counting(monkeypatch) -> list[str]:
    """Replace the vetoes by one that counts the questions it is asked and refuses "Was"."""
    asked: list[str] = []

    def predicate(candidate: Candidate) -> bool:
        asked.append(candidate.text)
        return candidate.text.startswith("Was")

    veto = PhraseVeto("counted", predicate, "a test veto", "Was it?")
    monkeypatch.setattr(vetoes, "PHRASE_VETOES", (veto,))
    return asked


def test_an_unchanged_question_is_judged_once(nlp, monkeypatch) -> None:
    asked = _counting(monkeypatch)
    doc = nlp(SENTENCE)
    question = "Will the port board vote on the new crane contract in May?"
    candidate = Candidate(QuestionKind.EXPECTATION, [doc[:]], question)
    assert phrase_veto(candidate) is None
    assert phrase_veto(candidate) is None
    # another candidate with the same fields gets the same verdict, unasked
    twin = Candidate(QuestionKind.EXPECTATION, [doc[:]], question)
    assert phrase_veto(twin) is None
    assert asked == [question]


def test_a_changed_field_is_judged_afresh(nlp, monkeypatch) -> None:
    asked = _counting(monkeypatch)
    doc = nlp(SENTENCE)
    candidate = Candidate(QuestionKind.EXPECTATION, [doc[:]], "Will the board vote in May?")
    assert phrase_veto(candidate) is None
    candidate.text = "Was the board voting in May?"
    assert phrase_veto(candidate) == "counted"
    candidate.kind = QuestionKind.PENDING
    assert phrase_veto(candidate) == "counted"
    candidate.weak = "no-actor"
    assert phrase_veto(candidate) == "counted"
    candidate.sentences = [doc[:5]]
    assert phrase_veto(candidate) == "counted"
    assert len(asked) == 5
    # the same words in another Doc are asked again: each Doc keeps its own verdicts
    other = Candidate(QuestionKind.PENDING, [nlp(SENTENCE)[:5]], candidate.text, weak="no-actor")
    assert phrase_veto(other) == "counted"
    assert len(asked) == 6


def test_the_kept_verdicts_let_the_doc_go(nlp, monkeypatch) -> None:
    _counting(monkeypatch)
    doc = nlp(SENTENCE)
    assert phrase_veto(Candidate(QuestionKind.EXPECTATION, [doc[:]], "Will it?")) is None
    kept = len(vetoes._ASKED)
    del doc
    gc.collect()
    assert len(vetoes._ASKED) == kept - 1  # no Span in a key holds the Doc alive
