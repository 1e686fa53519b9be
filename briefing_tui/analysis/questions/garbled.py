"""Garbled phrasings: a quantifier or a singular count noun left without its determiner.

Each test names one way the words of a question came out wrong, and the question is
dropped:

- ``stray_quantifier``: a quantifier whose "of" phrase lost its determiner ("inherited
  much of wealth", from "much of his wealth") or one left before a noun after "the"
  ("Will the much water recede?").
- ``bare_noun_subject``: a singular count noun for subject with no determiner ("Will
  bloc rely less on aid?", "Could Virginian make history?"): a headline's shorthand or a
  dropped "the", no sentence of the reader's. A
  noun is taken for a count noun when it is a body's or an office's noun (``body_nouns``,
  ``speaking_offices``) or a people's name for one person ("Virginian"); other nouns
  may be mass nouns, bare by right ("Will funding rise?"), and are left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.wording import AUXILIARY

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: A quantifier's "of" before a lower-case word that is no determiner nor pronoun.
_OF_BARE = re.compile(
    r"(?<![\w’'])(?:much|many|most|some|each|none|few|several)\s+of\s+"
    r"(?!(?:the|a|an|his|her|their|its|our|my|your|these|those|this|that|them|us|whom"
    r"|which|it|what|whose|whom|you|him|me)\b)[a-z]",
    re.IGNORECASE,
)
#: "the much water": "much" after "the", and the word after it.
_THE_MUCH = re.compile(r"(?<![\w’'])the\s+much\s+([a-z][\w-]*)", re.I)
#: Comparatives "much" may stand before after "the" ("the much larger plant").
_COMPARATIVES = frozenset({"more", "less", "better", "worse"})

#: The opening auxiliary of a question, after an optional wh-word.
_OPENER = re.compile(r"^(?:(?:how|when|what|why|where)\s+)?" + AUXILIARY + r"\s+", re.IGNORECASE)
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def stray_quantifier(text: str, sentences: list[Span] = ()) -> bool:
    """Whether ``text`` keeps a quantifier that lost its determiner ("much of wealth",
    "the much water"); "the much larger plant" is a comparative ``sentences`` tag so."""
    if _OF_BARE.search(text) is not None:
        return True
    for found in _THE_MUCH.finditer(text):
        word = found.group(1)
        compared = word.lower() in _COMPARATIVES or any(
            t.text == word and t.tag_ in {"JJR", "RBR"} for s in sentences for t in s
        )
        if not compared and "-" not in word:
            return True
    return False


#: Endings that make a people's name of a place's ("Virginia": "Virginian").
_DEMONYM_ENDINGS = frozenset({"n", "an", "ian", "ese", "i", "ish", "er", "ite"})


def _demonym(word: Token) -> bool:
    """Whether ``word`` is a people's name for one person, made from a place the article
    names ("Virginian" beside "Virginia") or listed (``demonyms.tsv``: "Briton")."""
    if not word.text[:1].isupper() or word.text.endswith("s") or word.tag_ != "NNP":
        return False
    irregular = {row[0].lower() for row in data_files.rows("actors/demonyms.tsv")}
    if word.lower_ in irregular:
        return True
    for place in (e.text for e in word.doc.ents if e.label_ in {"GPE", "LOC"}):
        stem = place.rstrip("aeiouy")
        ending = word.text[len(stem) :]
        if (
            place != word.text
            and " " not in place
            and word.text.startswith(stem)
            and ending in _DEMONYM_ENDINGS | {place[len(stem) :] + e for e in ("n", "an")}
        ):
            return True
    return False


def _count_noun(noun: Token) -> bool:
    """Whether ``noun`` is a count noun: a body's or an office's noun, or a people's name
    for one person ("Virginian")."""
    if _demonym(noun):
        return True
    common = noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and noun.text.islower())
    if not common or noun.tag_ not in {"NN", "NNP"}:
        return False
    return noun.lemma_.lower() in lemma_set("body_nouns") | lemma_set("speaking_offices")


def _bare(noun: Token) -> bool:
    """Whether ``noun`` has no determiner, owner, number nor name before it."""
    return not any(
        c.dep_ in {"det", "poss", "nummod", "predet"} or c.text[:1].isupper()
        for c in noun.children
        if c.i < noun.i
    )


def bare_noun_subject(text: str, sentences: list[Span]) -> str | None:
    """The singular count noun ``text`` has for subject with no determiner ("bloc" of
    "Will bloc rely less on aid?"), or None."""
    opener = _OPENER.match(text)
    if opener is None:
        return None
    words = re.findall(r"[\w’'-]+", text[opener.end() :])[:3]
    if not words or words[0].lower() in {"the", "a", "an"}:
        return None
    for sentence in sentences:
        for noun in sentence:
            if noun.dep_ not in _SUBJECTS or not _bare(noun):
                continue
            said = [t.text for t in noun.subtree if t.i <= noun.i and not t.is_punct]
            if said and said == words[: len(said)] and _count_noun(noun):
                return " ".join(said)
    return None


def garbled_veto(text: str, sentences: list[Span]) -> str | None:
    """The name of the first way ``text`` came out garbled, or None."""
    if stray_quantifier(text, sentences):
        return "stray-quantifier"
    if bare_noun_subject(text, sentences):
        return "bare-noun-subject"
    return None
