"""Scans over a whole article that read the tokens' strings (``doc_words``) first and build
a spaCy Token only for the words their test can take (not one per word of the article);
each finds what the walk over every Token found."""

from __future__ import annotations

import cProfile
import pstats
from collections.abc import Callable

from briefing_tui.analysis.actors.paragraphs import paragraph_of_tokens
from briefing_tui.analysis.doctext import doc_words

#: A long article with a few names, two paragraphs and no evidence denied.
ARTICLE = (
    "Port of Halden Board Delays Crane Vote\n\n"
    "The board of the port of Halden put off its vote on the new cranes on Monday, after "
    "the union of dock workers asked for more time to study the contract and its costs. "
    "Board chair Ines Carver said the delay was fair to the workers and the firm alike.\n\n"
    "The union's leader, Tomas Brekke, said the plan would cut two hundred jobs over five "
    "years and that the board had not shown its figures to anyone outside the harbour office. "
    "The Norwegian government has not said whether it will fund the second phase of the work, "
    "officials in Norway said. Brekke said the union would fight the plan."
)


def _tokens_built(call: Callable[[], object]) -> int:
    """How many spaCy Tokens ``call`` builds (spaCy's Cython reports to the profiler)."""
    profile = cProfile.Profile()
    profile.enable()
    call()
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    return sum(v[1] for k, v in stats.items() if k[2] == "cinit" and "token" in k[0])


def _doc(nlp, text: str = ARTICLE):
    doc = nlp(text)
    doc_words(doc)  # read once per Doc, as the analysis has by the time it scans
    return doc


def test_paragraphs_are_read_from_the_strings(nlp) -> None:
    doc = _doc(nlp)
    walked, paragraph, pending = [], 0, False
    for token in doc:
        if "\n" in token.text:
            pending = True
        elif pending:
            paragraph, pending = paragraph + 1, False
        walked.append(paragraph)
        pending = pending or "\n" in token.whitespace_
    assert paragraph_of_tokens(doc) == walked
    assert max(walked) == 2
    assert _tokens_built(lambda: paragraph_of_tokens(doc)) == 0


def test_joined_first_names_build_the_persons_words_only(nlp) -> None:
    from spacy.tokens import Span

    from briefing_tui.analysis.actors.glued import _joined_first_names
    from briefing_tui.analysis.actors.lexicon import gazetteer, lexicon

    doc = _doc(nlp)
    last = next(t.i for t in doc if t.text == "Brekke")
    ents = (Span(doc, last, last + 1, label="PERSON"),)  # a one-word person: looked for
    assert len(doc) > 80
    gaz, lex = gazetteer(), lexicon()
    _joined_first_names(ents, gaz, lex)  # the word lists load at the first call
    assert _tokens_built(lambda: _joined_first_names(ents, gaz, lex)) < 10


def test_a_person_and_a_government_are_found_from_the_strings(nlp) -> None:
    from briefing_tui.analysis.questions.references import _government_of, _person

    doc = _doc(nlp)
    assert _person(doc, "Tomas Brekke") is True
    assert _person(doc, "Halden") is False
    assert _tokens_built(lambda: _person(doc, "Tomas Brekke")) < 5
    government = next(t for t in doc if t.lower_ == "government")
    norway = "Norway"

    def name_of(token) -> str | None:
        return norway if token.text == "Norwegian" else None

    asked = _government_of(government, norway, name_of)
    assert asked in {"the Norwegian government", "the government of Norway"}
    assert _tokens_built(lambda: _government_of(government, norway, name_of)) < 40


def test_a_one_sided_judgement_builds_the_makers_words_only(nlp) -> None:
    from briefing_tui.analysis.questions.judgements import one_sided_judgement

    doc = _doc(nlp)
    question = "Was the board's delay justified?"
    assert _tokens_built(lambda: one_sided_judgement(question, [doc[:]])) < 20


def test_denied_evidence_is_looked_for_among_evidence_nouns_only(nlp) -> None:
    from briefing_tui.analysis.actors import find_actors
    from briefing_tui.analysis.questions.rules import RuleContext, actor_index
    from briefing_tui.analysis.questions.unsupported import unsupported_accounts

    doc = _doc(nlp)
    actors = find_actors(doc)
    ctx = RuleContext(doc, actor_index(doc, actors), {a.id: a.name for a in actors}, [])
    assert _tokens_built(lambda: unsupported_accounts(ctx, doc, [])) < 30
    assert unsupported_accounts(ctx, doc, []) == []


def test_a_negated_restatement_looks_back_at_the_same_lemma_only(nlp) -> None:
    from briefing_tui.analysis.actors import find_actors
    from briefing_tui.analysis.claims import find_claims
    from briefing_tui.analysis.questions.contrasts import _negated_restatement
    from briefing_tui.analysis.questions.rules import RuleContext, actor_index

    doc = _doc(nlp, ARTICLE + ' "The new cranes are not safe," said Tomas Brekke on Tuesday.')
    actors = find_actors(doc)
    claims = find_claims(doc, actors)
    ctx = RuleContext(doc, actor_index(doc, actors), {a.id: a.name for a in actors}, [])
    assert any("not safe" in doc.text[c.content.start : c.content.end] for c in claims)
    assert _negated_restatement(ctx, doc, claims) == []  # nothing called the cranes safe
    # the content and its adjectives are built; the article before them is not (over 150 words)
    assert _tokens_built(lambda: _negated_restatement(ctx, doc, claims)) < 200


def test_a_first_name_place_looks_for_its_last_word_only(nlp) -> None:
    from briefing_tui.analysis.actors.facts import article_facts
    from briefing_tui.analysis.actors.first_name_places import person_named_place

    doc = _doc(nlp, ARTICLE + " Nina Park, a crane driver, was there. Ms. Park left early.")
    facts = article_facts(doc)
    start = next(t.i for t in doc if t.text == "Nina")
    span = doc[start : start + 2]
    assert person_named_place(facts, span) is True  # "Ms. Park" names her a person
    assert _tokens_built(lambda: person_named_place(facts, span)) < 40


def test_someone_new_looks_back_at_the_nouns_only(nlp) -> None:
    from briefing_tui.analysis.claims.epithets import _someone_new

    doc = _doc(nlp, ARTICLE + " The senator said the port must wait.")
    head = [t for t in doc if t.text == "senator"][-1]
    assert _someone_new(head, "senator") is False
    assert _tokens_built(lambda: _someone_new(head, "senator")) < 80  # not the 170 words
    told = _doc(nlp, "A senator visited the port on Monday. The senator said it must wait.")
    again = [t for t in told if t.text == "senator"][-1]
    assert _someone_new(again, "senator") is True


def test_doc_heads_are_the_tokens_heads(nlp) -> None:
    from briefing_tui.analysis.doctext import doc_heads

    doc = _doc(nlp)
    assert list(doc_heads(doc)) == [t.head.i for t in doc]
    assert doc_heads(doc) is doc_heads(doc)  # read once per Doc
    assert doc_heads(nlp("")) == ()


def test_content_roots_and_tops_build_those_words_only(nlp) -> None:
    from briefing_tui.analysis.claims.proposition import _roots
    from briefing_tui.analysis.questions.contrasts import _negated_adjectives
    from briefing_tui.analysis.questions.opposites import _predicates

    doc = _doc(nlp)
    content = doc[2:-2]
    inside = range(content.start, content.end)
    walked = [
        t
        for t in content
        if not (t.is_punct or t.is_space) and (t.head.i not in inside or t.head.i == t.i)
    ]
    assert _roots(content) == walked
    assert _tokens_built(lambda: _roots(content)) < 30  # not the 150 words of the content
    assert _tokens_built(lambda: _predicates(content)) < 120
    assert _tokens_built(lambda: _negated_adjectives(content)) < 40
    unsafe = _doc(nlp, "The union said the cranes were not safe.")
    assert [t.text for t in _negated_adjectives(unsafe[3:8])] == ["safe"]


def test_title_places_are_read_without_building_every_entity(nlp) -> None:
    from briefing_tui.analysis.actors.profiles import profile_of
    from briefing_tui.analysis.doctext import ents_within

    name = "Oregon Attorney General Ann Lee said the plan was sound."
    few = "Officials from Paris and Rome met. "
    many = "Officials from Paris, Berlin, Madrid, Vienna, Lisbon, Oslo and Rome met. " * 4

    def read(text: str) -> tuple[set[str], int]:
        doc = _doc(nlp, text + name)
        ents_within(doc[:])  # the entities are read once per Doc, as the analysis has
        head = next(t for t in doc if t.text == "Lee")
        places = profile_of([head], None).places  # (its word lists loaded the first time)
        return places, _tokens_built(lambda: profile_of([head], None))

    places_few, built_few = read(few)
    places_many, built_many = read(many)
    assert "oregon" in places_few and places_few == places_many
    assert built_many == built_few  # the article's other entities are not built


def test_question_grammar_checks_build_tokens_for_their_finds_only(nlp) -> None:
    """The grammar vetoes look a question's words up in its sentences by the strings: a
    Token is built only where a word stands, not for every word of the sentences."""
    from briefing_tui.analysis.questions.grammar import (
        modal_then_finite,
        name_fragment,
        person_in_doubt,
    )

    doc = _doc(
        nlp,
        "The harbour board said on Monday that the new cranes would be paid for by the "
        "port authority and the city, after a long dispute over the cost of the work.",
    )
    sentences = list(doc.sents)
    question = "Will the Harbour Board pay for the cranes?"
    assert not modal_then_finite(question, sentences)
    assert name_fragment(question, sentences) is None
    assert person_in_doubt(question, sentences, lambda word: word == "board") is None
    assert _tokens_built(lambda: name_fragment("Will Ida Lund stay?", sentences)) == 0
    assert _tokens_built(lambda: modal_then_finite("Will Ida Lund stay?", sentences)) == 0
    built = _tokens_built(lambda: name_fragment(question, sentences))
    assert 0 < built <= 8  # "harbour board" stands once: its two words, and what _cut reads


def test_described_actor_reads_the_namings_once_per_doc(nlp) -> None:
    """ "Tom Baxter, a Boston lawyer, ... The lawyer said": the words that may name a
    description are read once per Doc; each description then builds Tokens only for the
    pairs of its own meaning, however long the article."""
    from briefing_tui.analysis.claims.context import described_actor

    class Index:
        def kind_of(self, actor_id: str) -> str | None:
            return "person"

        def people_in(self, start: int, end: int) -> frozenset[str]:
            return frozenset()

        def named_in(self, start: int, end: int, described_bodies: bool = False):
            return frozenset()

    story = "Tom Baxter, a Boston lawyer, filed the appeal. The lawyer said it was fair."
    padding = "The mayor of Ostend and the head of the port of Halden met the owners. " * 6

    def read(text: str) -> tuple[str | None, int]:
        doc = _doc(nlp, text)
        head = [t for t in doc if t.lower_ == "lawyer"][-1]
        actor_of = lambda t: "baxter" if t.text in ("Baxter", "Tom") else None  # noqa: E731
        found = described_actor(head, actor_of, Index())  # the namings read the first time
        return found, _tokens_built(lambda: described_actor(head, actor_of, Index()))

    short, built_short = read(story)
    long, built_long = read(padding + story)
    assert short == long == "baxter"
    assert built_long == built_short
