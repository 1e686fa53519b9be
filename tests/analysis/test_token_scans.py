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


def test_gender_after_stops_at_the_sentence_end_as_the_token_walk_did(nlp):
    from briefing_tui.analysis.actors.facts import GENDER_LOOKAHEAD, article_facts

    doc = nlp(
        "Ann Lee arrived late. She said the vote would wait. Bo Berg left early and he "
        "did not return.\nJo Pike\nHe spoke later."
    )
    facts = article_facts(doc)

    def walked(start: int, limit: int) -> str | None:
        for i in range(start, min(limit, start + GENDER_LOOKAHEAD, len(doc))):
            if doc[i].is_sent_start:
                return None
            gender = facts.gendered_pronouns.get(doc[i].lower_)
            if gender:
                return gender
        return None

    for start in range(len(doc) + 1):
        for limit in (start, start + 3, len(doc)):
            assert facts.gender_after(start, limit) == walked(start, limit)
    assert any(facts.gender_after(t.i + 1, len(doc)) for t in doc if t.text == "Berg")


def test_a_naming_that_changes_nothing_asks_no_veto(nlp, monkeypatch):
    """The references are named by three namers in turn, each undone when the vetoes refuse
    its wording; a namer that left the question as it was has nothing to undo, and the
    seventeen vetoes were asked again for nothing (a sixth of the questions' time)."""
    from briefing_tui.analysis.actors import find_actors
    from briefing_tui.analysis.questions import find as questions
    from briefing_tui.analysis.questions.rules import Candidate, RuleContext, actor_index
    from briefing_tui.model import QuestionKind

    doc = nlp("The council will vote on the harbour plan next week, the mayor said.")
    actors = find_actors(doc)
    ctx = RuleContext(doc, actor_index(doc, actors), {a.id: a.name for a in actors}, [])
    sent = next(iter(doc.sents))
    asked = "Will the council vote on the harbour plan next week?"
    candidate = Candidate(QuestionKind.EXPECTATION, [sent], asked)
    seen: list[str] = []
    real = questions.phrase_veto

    def counting(found: Candidate) -> str | None:
        seen.append(found.text)
        return real(found)

    monkeypatch.setattr(questions, "phrase_veto", counting)
    questions._name_references(ctx, candidate)
    assert candidate.text == asked
    assert seen == [asked]  # only the final length check
