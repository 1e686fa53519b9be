"""People the model took for places: a first name of one sex and a place-like word
("Nina Park", "Rosa Hill") that the article goes on to use as a person's name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.gender import first_names
from briefing_tui.analysis.actors.spans import alpha_words, gazetteer_place
from briefing_tui.analysis.actors.titles import title_before
from briefing_tui.analysis.doctext import doc_words

if TYPE_CHECKING:
    from spacy.tokens import Span

    from briefing_tui.analysis.actors.facts import ArticleFacts

#: Entity labels of places, which a person's name is sometimes given.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def person_named_place(facts: ArticleFacts, span: Span) -> bool:
    """A two-word "place" whose first word is a first name of one sex ("Nina Park") and
    that the article uses as a person's name: the subject of a speech verb, set beside a
    title ("Nina Park, the chief executive"), or its last word written elsewhere after an
    honorific or title ("Ms. Park") or as the subject of a speech verb ("Park said")."""
    words = alpha_words(span)
    if len(words) != 2 or words[0].lower_ not in first_names() or not words[1].is_title:
        return False
    if gazetteer_place(span.text, facts.gaz):
        return False
    lex = facts.lex
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in lex.speech_verbs:
        return True
    if any(c.dep_ == "appos" and c.lower_ in lex.titles for c in root.children):
        return True
    last = words[1].text
    texts = doc_words(facts.doc).texts  # a Token is built for that word only
    for token in (facts.doc[i] for i, word in enumerate(texts) if word == last):
        if not span.start <= token.i < span.end:
            if token.dep_ == "nsubj" and token.head.lemma_.lower() in lex.speech_verbs:
                return True  # "Calloway said" after "Maisie Calloway of ..."
            info = title_before(facts.doc, token.i, lex, facts.gaz)
            if info is not None and (info.title is not None or info.gender is not None):
                return True
    return False
