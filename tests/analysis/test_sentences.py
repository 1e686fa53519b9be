"""The sentence index: ``token.sent`` and ``span.sent`` answered from each Doc's sentence starts."""

from __future__ import annotations

import gc
import weakref

from briefing_tui.analysis import sentences
from briefing_tui.analysis.sentences import (
    doc_sentences,
    index_sentences,
    sentence_bounds,
    sentence_starts,
)

TEXT = (
    "Harbour Council Votes Today\n\n"
    "The council will vote on the plan, the mayor said. “It will not pass,” a critic said.\n"
    "Residents wrote to the board last week; most of them opposed it. Will it pass?"
)


def _walked(doc) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Each token's and each test span's sentence as spaCy finds it, walking the tokens."""
    token_hooks = doc.user_token_hooks.pop("sent", None)
    span_hooks = doc.user_span_hooks.pop("sent", None)
    try:
        return _sentences_of(doc)
    finally:
        if token_hooks is not None:
            doc.user_token_hooks["sent"] = token_hooks
            doc.user_span_hooks["sent"] = span_hooks


def _sentences_of(doc) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    tokens = [(t.sent.start, t.sent.end) for t in doc]
    spans = [
        doc[i:j]
        for i in range(len(doc) + 1)
        for j in {i, min(i + 1, len(doc)), min(i + 4, len(doc)), len(doc)}
    ]
    return tokens, [(s.sent.start, s.sent.end) for s in spans]


def test_the_pipeline_indexes_each_docs_sentences(nlp):
    """spaCy walks back and forth over the tokens at every ``token.sent``: the analysis asks
    for sentences thousands of times per article."""
    doc = nlp(TEXT)
    assert doc.user_token_hooks.get("sent") is sentences._token_sent
    assert doc.user_span_hooks.get("sent") is sentences._span_sent


def test_indexed_sentences_are_spacys(nlp):
    doc = nlp(TEXT)
    assert len(list(doc.sents)) >= 4
    assert _sentences_of(doc) == _walked(doc)
    assert sentence_starts(doc) == tuple(s.start for s in doc.sents)
    for token in doc:
        assert sentence_bounds(doc, token.i) == (token.sent.start, token.sent.end)
    assert doc[3:9].sent == doc[3].sent  # a span crossing a boundary: its first token's


def test_the_index_answers_for_the_doc_asked_when_docs_alternate(nlp):
    one, two = nlp(TEXT), nlp("A court ruled. It was Monday.\nThe end came.")
    for doc in (one, two, one, two):
        assert _sentences_of(doc) == _walked(doc)


def test_a_doc_made_from_a_span_gets_its_own_sentences(nlp):
    """``Span.as_doc`` hands the Doc's hooks on: they must read the new Doc's sentences."""
    doc = nlp(TEXT)
    part = doc[5 : len(doc) - 3].as_doc()
    assert "sent" in part.user_token_hooks
    assert _sentences_of(part) == _walked(part)


def test_the_index_keeps_no_doc_alive(nlp):
    doc = nlp(TEXT)
    doc[4].sent  # noqa: B018 - the lookup fills the index
    alive = weakref.ref(doc)
    del doc
    gc.collect()
    assert alive() is None


def test_an_unparsed_doc_keeps_spacys_own_walk(nlp):
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=["No", "parse", "here"])
    assert index_sentences(doc) is doc
    assert "sent" not in doc.user_token_hooks


def test_doc_sentences_are_the_docs_sentences(nlp):
    """``doc_sentences`` gives what ``list(doc.sents)`` does, from the starts read once."""
    doc = nlp("The council met on Monday. It voted twice.\n\nCritics said: it will fail. Why?")
    assert doc_sentences(doc) == list(doc.sents)
    assert [s.text for s in doc_sentences(doc)] == [s.text for s in doc.sents]


def test_an_empty_doc_has_no_sentences(nlp):
    doc = nlp("")
    assert doc_sentences(doc) == list(doc.sents) == []


def test_a_pledges_sentence_number_is_spacys_count_of_sentences_before_it(nlp):
    from briefing_tui.analysis.questions.pledge_merges import _sentence_index

    doc = nlp("The council met on Monday. It voted twice.\n\nCritics said: it will fail. Why?")
    for at in range(len(doc)):
        expected = sum(1 for _ in doc[:at].sents) if at else 0
        assert _sentence_index(doc, at) == expected, at
