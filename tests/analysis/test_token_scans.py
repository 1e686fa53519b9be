"""Scans that read the tokens' strings (``doc_words``) and build a Token only for the words
their body can take: each finds what the scan over every Token found."""

from __future__ import annotations

import gc

from briefing_tui.analysis import doctext
from briefing_tui.analysis.actors.names import collect_names
from briefing_tui.analysis.actors.spans import POSSESSIVE, alpha_words
from briefing_tui.analysis.actors.unlabelled import HEADLINE_SHARE, headline_sentences
from briefing_tui.analysis.doctext import doc_text, tokens_where
from briefing_tui.analysis.syntax import NOMINAL_SUBJECT_DEPS

TEXT = (
    "Harbour Council Rejects Bridge Plan\n\n"
    "The council's vote on Monday ended the plan, the mayor said. “It will not pass,” "
    "said Ann Lee, a critic of the plan. Residents wrote to the board; most opposed it.\n"
    "MORE TO FOLLOW ON THE STORY\n"
    "“We will appeal the decision,\n"
    "the builders said in a statement."
)


def test_tokens_where_are_the_spans_tokens_with_those_strings(nlp):
    doc = nlp(TEXT)
    for span in [*doc.sents, doc[2:9], doc[0:0], doc[:]]:
        assert list(tokens_where(span, "pos", {"NOUN"})) == [t for t in span if t.pos_ == "NOUN"]
        assert list(tokens_where(span, "lemmas", {"plan", "say"})) == [
            t for t in span if t.lemma_.lower() in {"plan", "say"}
        ]
        assert list(tokens_where(span, "lowers", {"it", "the"})) == [
            t for t in span if t.lower_ in {"it", "the"}
        ]


def test_doc_text_answers_for_the_doc_asked_when_docs_alternate(nlp):
    one, two = nlp("The council met on Monday."), nlp("A court ruled.")
    for doc in (one, two, one, two):
        assert doc_text(doc) == doc.text
    del one, two
    gc.collect()
    three = nlp("Voters rejected the plan.")
    assert doc_text(three) == three.text
    assert doctext._LAST_TEXT is not None and doctext._LAST_TEXT[0]() is three


def test_headline_sentences_from_the_strings_are_those_from_the_tokens(nlp):
    doc = nlp(TEXT)
    expected = set()
    for sent in doc.sents:
        if sent[-1].is_punct and sent[-1].text not in ("-", "|", ":"):
            continue
        words = [t for t in sent if t.is_alpha]
        capitalised = sum(t.is_title or t.is_upper for t in words)
        if len(words) >= 3 and capitalised > HEADLINE_SHARE * len(words):
            expected.add(sent.start)
    found = headline_sentences(doc)
    assert found == expected
    assert 0 in found  # the title-case headline


def test_alpha_words_from_the_strings_are_those_from_the_tokens(nlp):
    doc = nlp(TEXT)
    for span in [*doc.sents, doc[3:10], doc[0:0]]:
        assert alpha_words(span) == [t for t in span if not t.is_punct and t.text not in POSSESSIVE]


def test_coref_quotations_and_free_subjects_from_the_strings(nlp):
    """The coreference survey reads quotation marks and line breaks from the strings: a
    quotation left open at a line break closes when a new line opens with a mark."""
    from briefing_tui.analysis.actors.coref import Resolver

    doc = nlp(TEXT)
    resolver = Resolver(doc, collect_names(doc))
    quoted = [t.text for t in doc if resolver.quote_of[t.i] >= 0]
    assert "will" in quoted and "appeal" in quoted
    assert "mayor" not in quoted and "Residents" not in quoted
    for first, last in resolver.quote_spans:
        assert doc[first].text in {"“", "”"} or resolver.quote_of[first + 1] >= 0
        assert first <= last
    starts = resolver.sent_starts
    for number in range(len(starts)):
        end = starts[number + 1] if number + 1 < len(starts) else len(doc)
        assert list(resolver._free_subjects(number, number)) == [
            t
            for t in doc[starts[number] : end]
            if t.dep_ in NOMINAL_SUBJECT_DEPS and resolver.quote_of[t.i] < 0
        ]
