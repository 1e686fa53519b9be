"""A Doc's text is joined once and shared by every analysis stage."""

from __future__ import annotations

import gc
import re
from pathlib import Path

from briefing_tui.analysis import doctext
from briefing_tui.analysis.doctext import doc_text, doc_words

ANALYSIS = Path(doctext.__file__).resolve().parent


def test_doc_text_is_the_docs_text_built_once(nlp):
    doc = nlp("The mayor said the bridge would reopen.\n\nCritics disagreed: it will not.")
    first = doc_text(doc)
    assert first == doc.text
    assert doc_text(doc) is first  # the same string, not joined again


def test_each_doc_has_its_own_text_and_the_copy_goes_with_the_doc(nlp):
    one, two = nlp("A council met."), nlp("A court ruled on Monday.")
    assert (doc_text(one), doc_text(two)) == (one.text, two.text)
    held = len(doctext._TEXTS)
    del one
    gc.collect()
    assert len(doctext._TEXTS) == held - 1


def test_doc_words_answers_for_the_doc_asked_when_docs_alternate(nlp):
    """``doc_words`` keeps the last Doc's words at hand: a call for another Doc, or for a
    new Doc made after the last one died, must still get that Doc's own words."""
    one, two = nlp("The council met on Monday."), nlp("A court ruled.")
    for doc in (one, two, one, two):
        assert doc_words(doc).texts == tuple(t.text for t in doc)
    del one, two
    gc.collect()
    three = nlp("Voters rejected the plan.")
    assert doc_words(three).lowers == tuple(t.lower_ for t in three)


def test_no_analysis_module_rebuilds_the_text_from_the_tokens():
    """``doc.text`` joins every token on each access: called per cue or per source it made
    the claims analysis quadratic in the article's length."""
    pattern = re.compile(r"\bdoc\.text\b(?!_)")
    offenders = [
        str(path.relative_to(ANALYSIS))
        for path in ANALYSIS.rglob("*.py")
        if path.name != "doctext.py"
        and any(
            pattern.search(line.split("#", 1)[0])
            for line in path.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == []


def test_ents_within_are_the_spans_entities(nlp):
    from briefing_tui.analysis.doctext import ents_within

    doc = nlp(
        "On Monday Ann Lee met officials of Norway in Oslo. "
        "The talks, held at the United Nations in New York, ended on Friday."
    )
    spans = [*doc.sents, doc[0:4], doc[3:12], doc[2:3], doc[len(doc) - 3 :], doc[0:0]]
    for span in spans:
        assert ents_within(span) == list(span.ents)
        assert [(e.label_, e.kb_id_, e.id_) for e in ents_within(span)] == [
            (e.label_, e.kb_id_, e.id_) for e in span.ents
        ]
    assert any(ents_within(sent) for sent in doc.sents)


def test_a_sentence_entities_are_not_rebuilt_from_the_whole_doc(nlp):
    """``Span.ents`` builds every entity of the Doc at each call: per candidate sentence,
    that made the questions' confidence scan the article again and again."""
    from briefing_tui.analysis.doctext import _ENTS, ents_within

    doc = nlp("Ann Lee flew to Oslo on Monday. She met Bo Berg in Bergen on Tuesday.")
    for sent in doc.sents:
        ents_within(sent)
    ents, starts = _ENTS[doc]
    assert [e[0] for e in ents] == starts == [e.start for e in doc.ents]


def test_ents_within_keeps_no_doc_alive(nlp):
    """The entities kept per Doc held Spans, and a Span holds its Doc: every analysed Doc
    (every chunk of a long article) stayed in memory for good."""
    import weakref

    from briefing_tui.analysis.doctext import _ENTS, ents_within

    doc = nlp("Ann Lee flew to Oslo on Monday. She met Bo Berg in Bergen.")
    assert ents_within(doc[0 : len(doc)])
    held = len(_ENTS)
    alive = weakref.ref(doc)
    del doc
    gc.collect()
    assert alive() is None
    assert len(_ENTS) == held - 1


def test_doc_words_are_the_tokens_words_read_once(nlp):
    """``doc[i].text`` builds a Token and decodes its string at every call; the line and
    credit checks ran over whole lines per candidate name."""
    from briefing_tui.analysis.doctext import doc_words

    doc = nlp("Copyright 2026 Harbour Press\nPhoto: Jo Pike/Wire Images\n\nThe mayor spoke.")
    words = doc_words(doc)
    assert doc_words(doc) is words
    assert list(words.texts) == [t.text for t in doc]
    assert list(words.lowers) == [t.lower_ for t in doc]
    assert list(words.lemmas) == [t.lemma_.lower() for t in doc]
    assert list(words.deps) == [t.dep_ for t in doc]
    assert list(words.puncts) == [t.is_punct for t in doc]
    assert list(words.pos) == [t.pos_ for t in doc]
    assert list(words.tags) == [t.tag_ for t in doc]
    assert list(words.breaks) == ["\n" in t.text_with_ws for t in doc]
    for token in doc:  # the first token of its line, walking back to a line break
        i = token.i
        while i > 0 and "\n" not in doc[i - 1].text_with_ws:
            i -= 1
        assert words.line_starts[token.i] == i
    assert len(set(words.line_starts)) >= 3


def test_words_and_text_are_read_without_building_a_token(nlp):
    """The words and the text come from spaCy's attribute arrays: not one Token is built
    (each ``doc[i]`` builds one), and the text is joined with the words, not walked again."""
    import cProfile
    import pstats

    doc = nlp(
        "The port board met on Monday.\n\nCritics said  the  vote, delayed twice, was late.\n"
    )
    profile = cProfile.Profile()
    profile.enable()
    words, text = doc_words(doc), doc_text(doc)
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    built = sum(v[1] for k, v in stats.items() if k[2] == "cinit" and "token" in k[0])
    assert built == 0
    assert text == doc.text
    assert words.texts == tuple(t.text for t in doc)
    assert words.idxs == tuple(t.idx for t in doc)
    assert words.breaks == tuple("\n" in t.text_with_ws for t in doc)


def test_span_text_is_the_spans_text(nlp):
    """``Span.text`` builds every Token of the span to join their words: per sentence and
    per question, the questions read each sentence's text again and again."""
    from briefing_tui.analysis.doctext import span_text

    doc = nlp("  The mayor said:  “It will pass.”\n\nCritics  disagreed. Will it?  \n")
    spans = [*doc.sents, doc[0:3], doc[2:9], doc[len(doc) - 2 :], doc[4:4]]
    assert [span_text(span) for span in spans] == [span.text for span in spans]


def test_char_span_is_spacys_expanding_char_span(nlp):
    """spaCy's ``Doc.char_span`` builds Tokens and a Span at each call: once per mention of
    each actor, for the coreference and the questions' actor index."""
    from briefing_tui.analysis.doctext import char_bounds, char_span

    doc = nlp("  The mayor said:  “It will pass.”\n\nCritics  disagreed. Will it?  \n")
    length = len(doc.text)
    for start in range(-2, length + 3):
        for end in range(start, min(start + 12, length + 3)):
            try:
                expected = doc.char_span(start, end, alignment_mode="expand")
            except IndexError:
                continue  # spaCy refuses it; char_bounds hands the refusal on
            found = char_span(doc, start, end)
            assert found == expected, (start, end)
            bounds = char_bounds(doc, start, end)
            assert bounds == (None if expected is None else (expected.start, expected.end))


def test_span_of_is_the_docs_slice(nlp):
    from briefing_tui.analysis.doctext import span_of

    doc = nlp("The mayor said the bridge would reopen on Monday.")
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            made = span_of(doc, start, end)
            assert made == doc[start:end]
            assert (made.label_, made.text) == (doc[start:end].label_, doc[start:end].text)


def test_word_index_gives_each_words_positions_in_order(nlp):
    """The per-Doc index answers what a scan of every token would: the positions of a text,
    of a set of lemmas (in order, each once)."""
    doc = nlp("The board votes today. Ann Lee said the board voted twice and will vote again.")
    assert doctext.text_positions(doc, "board") == tuple(t.i for t in doc if t.text == "board")
    lemmas = frozenset({"vote", "say"})
    assert doctext.lemma_positions(doc, lemmas) == [t.i for t in doc if t.lemma_.lower() in lemmas]
    assert doctext.word_index(doc, "lemmas") is doctext.word_index(doc, "lemmas")


def test_doc_ents_are_the_docs_entities(nlp):
    """``doc_ents`` gives what ``doc.ents`` does, built from the numbers read once."""
    doc = nlp("Ann Lee of Acme Corp flew to Oslo on Monday. She met Bo Berg in Bergen.")
    made = doctext.doc_ents(doc)
    assert made == list(doc.ents)
    assert [(e.label_, e.text) for e in made] == [(e.label_, e.text) for e in doc.ents]
