"""The shape of a person's name: capitalised words, particles, and the key a full name goes by."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon
from briefing_tui.analysis.actors.spans import alpha_words, country_of_token_span

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from briefing_tui.analysis.actors.lexicon import Gazetteer, Lexicon

#: Words a name may hold in lower case ("Ursula von der Leyen").
NAME_PARTICLES = lexicon.words(lexicon.NAME_PARTICLES)
#: Initials written together before a name ("K.C. Pike", "J.R. Lee").
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def name_shaped(token: Token) -> bool:
    """A capitalised word that is not an acronym, or a short capitalised one ("Jo", "J.")."""
    text = token.text
    return (text[:1].isupper() and not text.isupper()) or (len(text) <= 2 and text[:1].isupper())


def name_ok(words: list[Token]) -> bool:
    """Capitalised words, allowing particles ("de", "van") and hyphenated parts ("Mei-ling")."""
    if not words or not (name_shaped(words[0]) or _initials_before(words, 0)):
        return False
    for at, token in enumerate(words[1:], start=1):
        after_hyphen = token.i > 0 and token.doc[token.i - 1].text == "-"
        if not (
            name_shaped(token)
            or after_hyphen
            or token.lower_ in NAME_PARTICLES
            or _initials_before(words, at)
        ):
            return False
    return True


def _initials_before(words: list[Token], at: int) -> bool:
    """Initials written together ("K.C.") that a capitalised word of the name follows."""
    following = words[at + 1] if at + 1 < len(words) else None
    return (
        following is not None
        and name_shaped(following)
        and _DOTTED_INITIALS.fullmatch(words[at].text) is not None
    )


def name_parts(words: list[Token]) -> list[str]:
    """The words of a name with hyphenated parts kept whole: "Soto-Vidal", "Anna-Lena"."""
    parts: list[str] = []
    for token in words:
        doc = token.doc
        joined = token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
        if joined and parts and token.i > 1 and not doc[token.i - 2].whitespace_:
            parts[-1] = f"{parts[-1]}-{token.text}"
        else:
            parts.append(token.text)
    return parts


def person_key(words: list[Token]) -> str:
    """The key of a person's draft: first and last word, leaving out initials; a hyphenated
    part is one word ("Marco Soto-Vidal")."""
    meaningful = [t for t in name_parts(words) if len(t.rstrip(".")) != 1]
    if len(meaningful) >= 2:
        return f"person:{meaningful[0]} {meaningful[-1]}"
    return "person:" + " ".join(name_parts(words))


def name_words(span: Span, lex: Lexicon, gaz: Gazetteer) -> tuple[list[Token], str | None]:
    """The words of a person's name, without titles or honorifics before it, with the gender
    those imply; a first name the model left outside the entity is taken in."""
    words = alpha_words(span)
    gender = None
    while words and (words[0].lower_ in lex.title_words or words[0].lower_ in lex.honorifics):
        gender = gender or lex.honorifics.get(words[0].lower_)
        title = lex.titles.get(words[0].lower_)
        gender = gender or (title.gender if title else None)
        words = words[1:]
    while len(words) > 2 and postnominal(words[-1], lex):
        words = words[:-1]  # "Ruth Okonjo KC": the surname is "Okonjo"
    if all(t.lower_ in lex.title_words or _is_country_word(t, gaz) for t in words):
        return [], gender
    doc = span.doc
    first = words[0].i
    while first > 0 and _unlabelled_name_word(doc[first - 1], words[-1].i, lex):
        first -= 1
    if first < words[0].i:
        words = [*doc[first : words[0].i], *words]
    return words, gender


def postnominal(token: Token, lex: Lexicon) -> bool:
    """Letters or a generation mark after a name ("KC", "MP", "Jr."), written as such:
    in capitals, or a known short form capitalised ("Jr.", "III")."""
    return token.lower_ in lex.postnominals and (token.is_upper or token.is_title)


def _is_country_word(token: Token, gaz: Gazetteer) -> bool:
    return country_of_token_span(token.doc[token.i : token.i + 1], gaz) is not None


def _unlabelled_name_word(token: Token, head: int, lex: Lexicon) -> bool:
    """A first name the model left outside the entity: "Jane" in "Jane [Doe]"; never the
    field of an office written before the name ("Minister of State for Transport [Jo Pike]")."""
    return (
        not _field_of_title(token, lex)
        and token.ent_iob_ == "O"
        and token.pos_ == "PROPN"
        and token.dep_ == "compound"
        and token.head.i == head
        and name_shaped(token)
        and token.lower_ not in lex.title_words
        and token.lower_ not in lex.honorifics
    )


def _field_of_title(token: Token, lex: Lexicon) -> bool:
    """A word written right after "for" or "of" that hangs on an office's title: the field
    of that office ("Transport" in "Minister for Transport"), never a name's first word."""
    if token.i == 0:
        return False
    prep = token.doc[token.i - 1]
    return prep.lower_ in ("for", "of") and prep.head.lower_ in lex.title_words


def titled_first_name(span: Span, lex: Lexicon, first: frozenset[str]) -> bool:
    """A name of three or more capitalised words that opens with a one-word office title and
    a first name of ``first`` ("Superintendent Elena Marsh"): a titled person, whatever
    label the model gave it."""
    if len(span) < 3 or not all(t.is_title for t in span):
        return False
    return span[0].lower_ in lex.titles and span[1].lower_ in first
