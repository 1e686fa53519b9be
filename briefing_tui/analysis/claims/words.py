"""Claims carried by one word: cue nouns ("her claim that ...") and stance adjectives.

Nouns come from ``lexicon/claims/nouns.tsv`` and need an owner (a possessor,
a "from"/"by" phrase, the subject of a light verb); adjectives from
``lexicon/claims/adjectives.tsv`` are held by the subject of "be".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.claims.cues import Cue, adjective_cue_table, light_verbs, noun_cue_table
from briefing_tui.analysis.claims.draft import (
    VERBAL,
    Draft,
    chars,
    strip_mark,
    subtree_range,
    trim,
)
from briefing_tui.analysis.claims.sources import EXPLETIVES, phrase_bounds, resolve_relative
from briefing_tui.analysis.claims.verbs import clause_content, infinitive_content
from briefing_tui.analysis.doctext import doc_text, doc_words
from briefing_tui.analysis.syntax import doer_of
from briefing_tui.model import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _prep_object(word: Token, preposition: str) -> tuple[int, int] | None:
    """The object of the word's ``preposition`` child ("concern about the plan"), or the
    clause a "for" opens ("a call for the city to act")."""
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ == preposition:
            objects = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
            if objects:
                return subtree_range(objects[0])
    if preposition == "for":
        return _for_clause(word)
    return None


def _for_clause(word: Token) -> tuple[int, int] | None:
    """ "a call for the city to act": a clause opened by "for", with a subject and an
    infinitive of its own, hung on the noun; its words after "for"."""
    for child in word.children:
        if child.i < word.i or child.dep_ not in {"acl", "advcl", "relcl"}:
            continue
        marks = [g for g in child.children if g.dep_ == "mark" and g.lower_ == "for"]
        infinitive = any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)
        subject = any(g.dep_ in {"nsubj", "nsubjpass"} for g in child.children)
        if marks and infinitive and subject and marks[0].i == child.left_edge.i:
            return marks[0].i + 1, child.right_edge.i + 1
    return None


def _clause_on_light_verb(noun: Token) -> tuple[int, int] | None:
    """ "made the case to lawmakers that the bill was flawed": the parser hung the "that"
    clause on the light verb rather than on its cue noun; a clause after the noun."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in light_verbs():
        return None
    # or on the object of "to" ("made the case to councillors that ..."), as a relative
    # clause opened by a complementiser
    hearers = [
        g
        for prep in verb.children
        if prep.dep_ == "prep" and prep.i > noun.i
        for g in prep.children
        if g.dep_ == "pobj"
    ]
    for clause in [*verb.children, *(c for h in hearers for c in h.children)]:
        if clause.i < noun.i or clause.pos_ not in VERBAL:
            continue
        if clause.dep_ != "ccomp" and not (
            clause.dep_ in {"acl", "relcl"}
            and any(
                g.dep_ in {"nsubj", "nsubjpass"} and g.lower_ != "that" for g in clause.children
            )
        ):
            continue
        if any(g.dep_ == "mark" and g.lower_ == "that" for g in clause.children):
            return subtree_range(clause)
    return None


def _noun_content(noun: Token, entries: tuple[Cue, ...]) -> tuple[tuple[int, int], Cue] | None:
    """The "that" clause, "to" infinitive or prepositional object a cue noun governs."""
    for cue in entries:
        if cue.particle is not None:
            found = _prep_object(noun, cue.particle)
        else:
            found = _clausal_noun_content(noun, cue)
        if found is not None:
            return found, cue
    return None


def _clausal_noun_content(noun: Token, cue: Cue) -> tuple[int, int] | None:
    """The "that" clause or "to" infinitive a cue noun governs."""
    for child in noun.children:
        if child.dep_ not in {"acl", "ccomp", "relcl"} or child.pos_ not in VERBAL:
            continue
        marks = {g.lower_ for g in child.children if g.dep_ in {"mark", "aux"}}
        if ("that" in cue.frames and "that" in marks and child.dep_ != "relcl") or (
            "to" in cue.frames and "to" in marks
        ):
            return subtree_range(child)
    return _clause_on_light_verb(noun) if "that" in cue.frames else None


def _noun_source(noun: Token) -> Token | None:
    """Whose claim: a possessor, a "from"/"by" phrase, or the subject of "made the claim"
    or of "said in a statement"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ in {"prep", "agent"} and child.lower_ in {"from", "by"}:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                return objects[0]
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "in" and verb.head.pos_ == "VERB":
        verb = verb.head  # "told reporters in a statement that ...": the teller owns it
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in light_verbs():
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "xcomp":
        # "tried to make the case that ...": the subject of the verb it completes
        subject = doer_of(verb)
        return resolve_relative(subject) if subject is not None else None
    return resolve_relative(subjects[0]) if subjects else None


def noun_drafts(doc: Doc, in_quote: list[int]) -> tuple[list[Draft], list[Draft]]:
    """Claims carried by nouns: "the minister's claim that ...", "his pledge to ...".

    Also returns the "bare" ones, a statement someone issued with no content of
    its own ("the senator issued a statement."), for a quote that follows.
    """
    table = noun_cue_table()
    text = doc_text(doc)
    drafts = []
    bare = []
    for token in (doc[i] for i, lemma in enumerate(doc_words(doc).lemmas) if lemma in table):
        entries = table.get(token.lemma_.lower())
        if entries is None or token.pos_ != "NOUN" or in_quote[token.i] >= 0:
            continue
        found = _noun_content(token, entries)
        if found is None:
            if (issued := _issued_statement(token, entries)) is not None:
                bare.append(issued)
            continue
        content, cue = found
        head = _noun_source(token)
        if head is None or content[0] <= head.i < content[1]:
            continue
        c_start = strip_mark(doc, *content)
        span = trim(text, *chars(doc, c_start, content[1]))
        s_start, s_end = phrase_bounds(head, token.i if head.i < token.i else None)
        if s_end > token.i >= s_start:
            s_start, s_end = head.i, head.i + 1
        drafts.append(_word_draft(doc, token, span, (s_start, s_end), head, cue.stance))
    return drafts, bare


def _issued_statement(noun: Token, entries: tuple[Cue, ...]) -> Draft | None:
    """ "X issued a statement": a cue noun of speech taken by a light verb, without content."""
    plain = [cue for cue in entries if cue.particle is None and cue.stance != "belief"]
    if not plain or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in light_verbs():
        return None
    head = _noun_source(noun)
    if head is None:
        return None
    s_start, s_end = phrase_bounds(head, noun.head.i if head.i < noun.head.i else None)
    return _word_draft(noun.doc, noun, (0, 0), (s_start, s_end), head, plain[0].stance)


def _word_draft(
    doc: Doc,
    cue: Token,
    content: tuple[int, int],
    source_tokens: tuple[int, int],
    source_head: Token,
    stance: str,
) -> Draft:
    """An indirect claim whose cue is one word (a noun or an adjective)."""
    return Draft(
        content,
        cue.text,
        (cue.idx, cue.idx + len(cue.text)),
        chars(doc, *source_tokens),
        chars(doc, source_head.i, source_head.i + 1),
        stance,
        ClaimKind.INDIRECT,
    )


def adjective_drafts(doc: Doc, in_quote: list[int]) -> list[Draft]:
    """Stances held by the subject of "be": "she was critical of the plan", "he is sure that"."""
    table = adjective_cue_table()
    text = doc_text(doc)
    drafts = []
    words = doc_words(doc)
    for token in (
        doc[i]
        for i, (lemma, lower) in enumerate(zip(words.lemmas, words.lowers, strict=True))
        if lemma in table or lower in table
    ):
        # "are convinced that": a participle read as an adjective keeps its own form
        entries = table.get(token.lemma_.lower()) or table.get(token.lower_)
        if (
            entries is None
            or token.dep_ not in {"acomp", "oprd"}
            or token.head.pos_ not in VERBAL
            or in_quote[token.i] >= 0
        ):
            continue
        found = _adjective_content(token, entries, in_quote)
        subject = doer_of(token.head)
        if found is None or subject is None or subject.lower_ in EXPLETIVES:
            continue
        (c_start, c_end), cue = found
        head = resolve_relative(subject)
        if c_start <= head.i < c_end:
            continue
        s_start, s_end = phrase_bounds(head, token.head.i if head.i < token.head.i else None)
        span = trim(text, *chars(doc, strip_mark(doc, c_start, c_end), c_end))
        if span[1] - span[0] < 2 or (c_end - c_start == 1 and doc[c_start].pos_ == "PRON"):
            continue  # "supportive of her": a stance towards someone, nothing said
        if _bare_infinitive(doc[c_start:c_end]):
            continue  # "is willing to compromise": an intention that says nothing of what
        drafts.append(_word_draft(doc, token, span, (s_start, s_end), head, cue.stance))
    return drafts


def _bare_infinitive(words: Span) -> bool:
    """ "to compromise": "to" and a verb with nothing it is about."""
    kept = [t for t in words if not (t.is_punct or t.is_space)]
    return (
        len(kept) >= 2
        and kept[0].lower_ == "to"
        and all(t.pos_ in {"VERB", "AUX", "PART", "ADV"} for t in kept)
    )


def _adjective_content(
    adjective: Token, entries: tuple[Cue, ...], in_quote: list[int]
) -> tuple[tuple[int, int], Cue] | None:
    """What a stance adjective is about: its preposition's object, clause or infinitive."""
    for cue in entries:
        if cue.particle is not None:
            found = _prep_object(adjective, cue.particle)
        else:
            found = clause_content(adjective, in_quote) if "that" in cue.frames else None
            if found is None and "that" in cue.frames:
                found = _clause_on_copula(adjective)
            if found is None and "to" in cue.frames:
                found = infinitive_content(adjective)
        if found is not None:
            return found, cue
    return None


def _clause_on_copula(adjective: Token) -> tuple[int, int] | None:
    """ "were alarmed that the river had risen": the parser hung the "that" clause on "be"
    rather than on the adjective; a clause right after the adjective, with its "that"."""
    for clause in adjective.head.children:
        if clause.dep_ != "ccomp" or clause.i < adjective.i:
            continue
        opener = clause.doc[clause.left_edge.i]
        right_after = opener.i == adjective.i + 1
        if right_after and opener.lower_ == "that" and opener.dep_ == "mark":
            return subtree_range(clause)
    return None
