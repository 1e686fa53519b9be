"""Titles and honorifics written before a name ("Deputy Foreign Minister", "Mr")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.spans import (
    POSSESSIVE,
    country_of_token_span,
    entity_span_of,
)
from briefing_tui.analysis.doctext import doc_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from briefing_tui.analysis.actors.lexicon import Gazetteer, Lexicon


#: Titles written short before a name, and the title each stands for ("Gov." is "governor").
TITLE_ABBREVIATIONS = {
    "sen.": "senator",
    "rep.": "representative",
    "gov.": "governor",
    "gen.": "general",
    "del.": "delegate",
}


def full_title(title: str) -> str:
    """The title a short form stands for ("gov." -> "governor"); any other word as given."""
    return TITLE_ABBREVIATIONS.get(title, title)


@dataclass(slots=True)
class TitleInfo:
    """Titles and honorifics written before a name."""

    start: int  # token index where the title words begin
    title: str | None
    family: str | None
    gender: str | None
    country: str | None
    country_text: str | None
    owner: int | None = None  # head token of the organisation before the title ("Acme's")
    owner_text: str | None = None


def title_before(doc: Doc, start: int, lex: Lexicon, gaz: Gazetteer) -> TitleInfo | None:
    """Titles ("Deputy Foreign Minister"), honorifics ("Mr") and a country before a name."""
    j = start - 1
    words: list[str] = []
    at_sentence_start = doc[start].is_sent_start
    lowers = doc_words(doc).lowers  # the words before, read without building Tokens
    while (
        not at_sentence_start
        and j >= 0
        and (lowers[j] in lex.title_words or lowers[j] in lex.honorifics)
    ):
        words.insert(0, lowers[j])
        at_sentence_start = bool(doc[j].is_sent_start)
        j -= 1
    if not words:
        return None
    info = describe_title(words, lex)
    if info is None:
        return None
    title, family, gender = info
    country = country_text = owner_text = None
    owner = None
    if j >= 0 and not at_sentence_start:
        prev = doc[j]
        if prev.text in POSSESSIVE and j > 0 and not prev.is_sent_start:
            prev = doc[j - 1]
        if prev.ent_type_ in ("GPE", "NORP", "ORG") or prev.is_title or prev.is_upper:
            ent = entity_span_of(prev)
            country = country_of_token_span(ent, gaz)
            # "Environment Canada spokeswoman": the country ends an organisation's name
            ends_name = country is not None and _after_proper_word(ent)
            if ends_name:
                country = None
            if country:
                country_text = ent.text
            elif title is not None and (
                ends_name
                or prev.ent_type_ == "ORG"
                or (not prev.ent_type_ and prev.pos_ == "PROPN")
            ):
                first = prev.i  # "Acme's director", "Acme chairman"; not a "Meanwhile" before
                floor = ent.start - 1 if ends_name else ent.start
                while first > floor and doc[first - 1].pos_ == "PROPN":
                    first -= 1
                owner, owner_text = prev.i, doc[first : prev.i + 1].text
    return TitleInfo(j + 1, title, family, gender, country, country_text, owner, owner_text)


def _after_proper_word(span: Span) -> bool:
    """Whether a capitalised word outside any entity is written right before the span as
    part of one name with it ("Environment" of "Environment Canada")."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return (
        before.pos_ == "PROPN"
        and not before.ent_type_
        and before.dep_ == "compound"
        and before.head.i >= span.start
    )


#: Words that make an office's title into the one ranked below it ("Deputy Prime Minister",
#: "Vice Chair", "Assistant Commissioner"): its holder is never "the prime minister". An
#: "acting" or "interim" holder holds the office itself.
SECOND_RANKS = frozenset({"deputy", "vice", "assistant", "associate"})
#: The title family (``titles.tsv``) of an office ranked below another ("vice president").
SECOND_RANK_FAMILY = "deputy"


def describe_title(
    words: list[str], lex: Lexicon
) -> tuple[str | None, str | None, str | None] | None:
    """(title, family, gender) for a run of title words; None when they name no office."""
    gender = None
    for word in words:
        if word in lex.honorifics:
            gender = gender or lex.honorifics[word]
    for i in range(len(words)):
        title = " ".join(words[i:])
        found = lex.titles.get(title)
        if found and i > 0 and words[i - 1] in SECOND_RANKS:
            # "Deputy Prime Minister Mira Dahl" holds another office than "the prime minister"
            return f"{words[i - 1]} {title}", SECOND_RANK_FAMILY, gender or found.gender
        if found:
            return title, found.family, gender or found.gender
    if any(word in lex.honorifics for word in words):
        return None, None, gender
    return None
