"""The article "the" before an institution's name in a question ("Will the Ministry of ...?").

A question lifts a name from wherever its sentence said it, often after a possessive or
an adjective ("Britain's Competition and Markets Authority", "The smaller Association of
Teachers") or at the start of a list, and so loses the "the" English puts before an
institution's name: "Will Ministry of Education publish guidance?". The name's shape tells
when it takes "the", by its head: a capitalised organisation head before "of" ("Ministry
of Health", "Bank of Ghana") or at its end, when no firm's ("National Assembly", "Markets
Authority"; not "Keller Motors", "Stanford University"), from ``actors/org_heads.txt`` and
``questions/institution_heads.txt``. A name holding a possessive is a description
("Tarsk's defence ministry").

A name already after a determiner, a possessive or another capitalised word (part of a
longer name) is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.doctext import doc_ents
from briefing_tui.analysis.questions.rules import FIRM_HEADS

#: Entity labels of the names that may be institutions'.
_BODY_LABELS = frozenset({"ORG"})
#: Words before a name that already determine it.
_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"}
    | {"my", "your", "whose", "which", "what", "each", "every", "any", "no", "some"}
)
#: Heads of names said without "the" when they end the name ("Stanford University").
_NAMED_BARE = frozenset({"university", "college"})
#: A possessive inside a name: a description ("Tarsk's defence ministry").
_POSSESSIVE = re.compile(r"\w['’]s?\b")


def _heads() -> frozenset[str]:
    return data_files.words("actors/org_heads.txt") | data_files.words(
        "questions/institution_heads.txt"
    )


def shaped_as_institution(name: str) -> bool:
    """Whether ``name`` is built like an institution's, which English says with "the": an
    organisation head before its first "of" ("Ministry of Health") or at its end, when that
    head is no firm's ("National Assembly", not "Keller Motors")."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper() or _POSSESSIVE.search(name):
        return False  # "Tarsk's defence ministry" is a description, not a name
    heads = _heads()
    if "of" in words[1:]:
        before = words[words.index("of", 1) - 1]
        return before[:1].isupper() and before.lower() in heads
    last = words[-1].strip(".,")
    return last[:1].isupper() and last.lower() in heads - FIRM_HEADS - _NAMED_BARE


def body_names(doc: Doc, names: Iterable[str] = ()) -> list[str]:
    """The names of the article's bodies (its organisations' entities and ``names``), of two
    words or more, longest first."""
    found = {e.text for e in doc_ents(doc) if e.label_ in _BODY_LABELS} | set(names)
    found = {n for n in found if len(n.split()) >= 2 and n[:1].isupper()}
    return sorted(found, key=len, reverse=True)


def _determined(text: str, start: int) -> bool:
    """Whether the name at ``start`` of ``text`` is already determined, or part of a longer
    name: a determiner, a possessive or a capitalised word (not the question's first) before
    it."""
    before = text[:start].rstrip()
    if not before:
        return True  # the question's first word: no question opens with a name
    word = before.split()[-1]
    if word.lower().strip(",") in _DETERMINERS or re.search(r"['’]s?$", word):
        return True
    opener = len(before.split()) == 1
    return word[:1].isupper() and not opener and not word.endswith(",")


def with_institution_the(text: str, doc: Doc, names: Iterable[str] = ()) -> str:
    """``text`` with "the" before each institution's name that has none ("Will Ministry of
    Education publish guidance?" → "Will the Ministry of Education publish guidance?")."""
    for name in body_names(doc, names):
        if not shaped_as_institution(name):
            continue
        pattern = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])")
        for found in reversed(list(pattern.finditer(text))):
            if _determined(text, found.start()):
                continue
            text = f"{text[: found.start()]}the {text[found.start() :]}"
    return text
