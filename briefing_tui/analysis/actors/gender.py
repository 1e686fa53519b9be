"""A person's gender from the words that name them: first names and gendered nouns.

Honorifics and gendered titles ("Mrs", "chairwoman") are read with the name
itself (``name_shape``, ``titles``); this module adds the two weaker sources:
the first name, from a list built from US census counts
(``lexicon/actors/first_names.tsv``, which states its source and licence), and
nouns that name a man or a woman ("a mother of two", "the actress").
A name the list does not hold, or holds as given to both sexes, has no gender.
"""

from __future__ import annotations

from functools import cache

from briefing_tui.analysis.actors.lexicon import load_table

#: Characters trimmed from a first name before it is looked up ("Ann," "Jo.").
_TRIM = ".,;:'\u2019\"()"


@cache
def first_names() -> dict[str, str]:
    """Lower-case first name -> "m" or "f", for names given almost only to one sex."""
    return {row[0]: row[1] for row in load_table("first_names.tsv") if row[1] in ("m", "f")}


@cache
def gendered_nouns() -> dict[str, str]:
    """Lower-case noun that names a man or a woman ("widow", "businessman") -> "m" or "f"."""
    return {row[0]: row[1] for row in load_table("gendered_nouns.tsv") if row[1] in ("m", "f")}


def first_name_gender(name: str) -> str | None:
    """The gender a full name's first word implies, or None.

    Abbreviated titles before it ("Del.", "Sen.") are skipped. A one-word name
    is left alone (it may be a surname), and so are initials and hyphenated or
    unlisted first names.
    """
    words = name.split()
    while words and words[0].endswith(".") and len(words[0]) > 2:
        words = words[1:]  # "Sen. Ann Lee"; "A. Lee" keeps its initial and has no gender
    if len(words) < 2:
        return None
    first = words[0].strip(_TRIM).lower()
    if len(first) < 2 or not first.isalpha():
        return None
    return first_names().get(first)


def noun_gender(lemma: str) -> str | None:
    """The gender a noun implies ("mother" -> "f"), or None."""
    return gendered_nouns().get(lemma.lower())
