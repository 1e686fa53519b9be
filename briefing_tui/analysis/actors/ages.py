"""Ages: "the 45-year-old" is the one person the article gives that age ("Ann Lee, 45,",
"45-year-old Ann Lee", "the 45-year-old pilot Ann Lee")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

#: The oldest age read as a person's ("a 300-year-old church" is no person).
MAX_AGE = 120


def _number(token: Token) -> int | None:
    """A whole number between 1 and ``MAX_AGE`` written in digits, else None."""
    text = token.text
    if not text.isdigit():
        return None
    value = int(text)
    return value if 1 <= value <= MAX_AGE else None


def year_old_age(token: Token) -> int | None:
    """The age an "old" of "45-year-old" states (its "year" with a number), or None."""
    if token.lower_ != "old":
        return None
    for year in token.children:
        if year.lower_ in ("year", "years") and year.dep_ == "npadvmod":
            for number in year.children:
                if number.dep_ == "nummod":
                    return _number(number)
    return None


def age_description(token: Token) -> int | None:
    """The age "the 45-year-old" names when it stands alone for a person (no noun after
    it: "the 45-year-old pilot" is the pilot's phrase), or None."""
    if token.lower_ != "old" or token.dep_ in ("amod", "compound"):  # only an "old" states one
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    return year_old_age(token)


def age_beside(head: Token) -> int | None:
    """The age written beside a person's name: "Ann Lee, 45,", "45-year-old Ann Lee", "the
    45-year-old pilot Ann Lee"."""
    nouns = [head]
    if head.dep_ == "appos":
        nouns.append(head.head)  # "the 45-year-old pilot, Ann Lee"; "pilot Ann Lee"
    for noun in nouns:
        for child in noun.children:
            if child.dep_ == "appos" and child.tag_ == "CD" and child.i > noun.i:
                age = _number(child)
                if age is not None:
                    return age
            if child.dep_ == "amod":
                age = year_old_age(child)
                if age is not None:
                    return age
    return None


def people_of_age(heads: Iterable[tuple[str, Token]]) -> dict[int, set[str]]:
    """Age -> the people (keys) written with it, from (key, name head token) pairs."""
    found: dict[int, set[str]] = {}
    for key, head in heads:
        age = age_beside(head)
        if age is not None:
            found.setdefault(age, set()).add(key)
    return found
