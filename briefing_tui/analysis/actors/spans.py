"""Small helpers over spaCy spans and tokens shared by the name stages and coreference."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_words, span_of, span_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from briefing_tui.analysis.actors.lexicon import Gazetteer, Lexicon

POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def trim(span: Span) -> Span | None:
    """The span without a leading "the" (or "a"), a trailing possessive, punctuation or
    conjunction ("Rutland and" of an entity cut before the next name)."""
    start, end = span.start, span.end
    doc = span.doc
    words = doc_words(doc)  # strings: no Token is built per look
    lowers, puncts = words.lowers, words.puncts
    while start < end and (
        lowers[start] == "the"
        or puncts[start]
        or (lowers[start] in ("a", "an") and doc[start].pos_ == "DET" and end - start > 1)
    ):
        start += 1
    possessed = end > start and words.texts[end - 1] in POSSESSIVE
    while end > start and (
        words.texts[end - 1] in POSSESSIVE or puncts[end - 1] or lowers[end - 1] in ("and", "or")
    ):
        end -= 1
    if possessed:
        # "the Velmora Pension Fund, Acme's": the possessor after the comma is another name
        comma = next((i for i in range(start + 1, end) if words.texts[i] == ","), None)
        end = comma if comma is not None else end
    return span_of(doc, start, end) if end > start else None


def proper_objects(prep: Token) -> list[int]:
    """The names a preposition governs ("for Acme", "of the Acme Guild")."""
    return [obj.i for obj in prep.children if obj.dep_ == "pobj" and obj.pos_ == "PROPN"]


def alpha_words(span: Span) -> list[Token]:
    """The words of a span without punctuation and possessive endings."""
    doc = span.doc
    words = doc_words(doc)
    texts, puncts = words.texts, words.puncts
    return [
        doc[i] for i in range(span.start, span.end) if not puncts[i] and texts[i] not in POSSESSIVE
    ]


def is_place_use(token: Token, lex: Lexicon) -> bool:
    """Whether a capital city is used as a place ("in Paris"), not for its government."""
    head = token.head
    if token.dep_ == "pobj":
        if head.lower_ in lex.place_preps:
            return True
        if head.lower_ in ("to", "from") and head.head.lemma_.lower() in lex.motion_words:
            return True
        if head.lower_ == "of" and head.head.lower_ in lex.title_words:
            return True  # "the mayor of Paris"
    if token.dep_ == "dobj" and head.lemma_.lower() in lex.motion_words:
        return True
    if token.dep_ == "appos" or in_address(token):
        return True  # "the capital, Lisbon"; "Lyon, France"; "Portland, Oregon"
    return token.dep_ in ("compound", "nmod") and head.lemma_.lower() not in lex.government_nouns


def in_address(token: Token) -> bool:
    """A place name written next to another with a comma, as in an address or dateline."""
    doc = token.doc
    after = token.i + 1
    while after < len(doc) and doc[after].ent_iob_ == "I":
        after += 1
    before = token.i - 1
    while before >= 0 and doc[before].ent_iob_ == "I" and doc[before + 1].ent_iob_ == "I":
        before -= 1
    next_is_place = (
        after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].ent_type_ == "GPE"
    )
    prev_is_place = before >= 1 and doc[before].text == "," and doc[before - 1].ent_type_ == "GPE"
    return next_is_place or prev_is_place


def country_of_token_span(span: Span, gaz: Gazetteer) -> str | None:
    """The country a name, capital or nationality adjective refers to."""
    text = span_text(span)
    return (
        gaz.country_of_name(text) or gaz.country_of_adjective(text) or gaz.country_of_capital(text)
    )


def gazetteer_place(text: str, gaz: Gazetteer) -> bool:
    """Whether the text names a country, a capital or a region."""
    return bool(gaz.country_of_name(text) or gaz.country_of_capital(text) or gaz.is_region(text))


def entity_span_of(token: Token) -> Span:
    """The entity a token belongs to (the token alone when it is in none)."""
    doc = token.doc
    if token.ent_iob_ == "O" or not token.ent_iob_:
        return doc[token.i : token.i + 1]
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return trim(doc[start:end]) or doc[token.i : token.i + 1]


def qualifier(head: Token, gaz: Gazetteer) -> tuple[str | None, str | None]:
    """The country qualifying a noun: "Russian leader", "US president", "president of X"."""
    doc = head.doc
    for child in head.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i < head.i:
            ent = entity_span_of(child)
            iso = country_of_token_span(ent, gaz)
            if iso:
                return iso, span_text(ent)
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    ent_span = doc[obj.left_edge.i : obj.i + 1]
                    iso = country_of_token_span(trim(ent_span) or ent_span, gaz)
                    if iso:
                        return iso, obj.text
    return None, None


def continues_name(text: str, start: int, end: int) -> bool:
    """Whether the words at ``text[start:end]`` are part of a longer capitalised name: a
    space or hyphen joins them to a capital after them ("Gold" in "Gold Coast") or to a
    word before them that ends in a capital letter ("Navy" in "US Navy")."""
    after = text[end : end + 2]
    before = text[max(0, start - 2) : start]
    return (len(after) == 2 and after[0] in " -" and after[1].isupper()) or (
        len(before) == 2 and before[1] in " -" and before[0].isalpha() and before[0].isupper()
    )
