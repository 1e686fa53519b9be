"""The article "the" before an institution's name in a question ("Will the Ministry of ...?").

A question lifts a name from wherever its sentence said it, often after a possessive or
an adjective ("Britain's Competition and Markets Authority", "The smaller Association of
Teachers") or at the start of a list, and so loses the "the" English puts before an
institution's name: "Will Ministry of Education publish guidance?". The name's shape tells
when it takes "the", by its head: a capitalised organisation head before "of" ("Ministry
of Health", "Bank of Ghana") or at its end, when no firm's ("National Assembly", "Markets
Authority"; not "Keller Motors", "Stanford University"), from ``actors/org_heads.txt`` and
``questions/institution_heads.txt``. A name holding a possessive is a description
("Tarsk's defence ministry"). The article's own usage comes first: a name it says only
bare ("If Harwick Council refuses ...") is left bare.

A name already after a determiner, a possessive or another capitalised word (part of a
longer name) is left as it is.

A name ending in "-s" takes the possessive's apostrophe alone ("the Association of
Banks' members", "Halbrook Therapeutics' review", not "Banks's"): ``name_possessives``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.doctext import doc_ent_texts, doc_words, text_positions
from briefing_tui.analysis.questions.rules import FIRM_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Doc

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


#: Tags of a word that may stand between "the" and a name ("the smaller Association").
_DESCRIBING_TAGS = frozenset({"JJ", "JJR", "JJS", "VBN"})
#: Tags of a word before a name that determines it or is part of it.
_DETERMINING_TAGS = frozenset({"DT", "PRP$", "POS", "WP$", "NNP", "NNPS"})


def said_bare(name: str, doc: Doc) -> bool:
    """Whether the article says ``name`` without "the" ("If Harwick Council refuses ...")
    and never after "the" (perhaps with a describing word between): its own usage."""
    words = doc_words(doc)
    parts = name.split()
    bare = False
    for at in text_positions(doc, parts[0]) if parts else ():
        if tuple(words.texts[at : at + len(parts)]) != tuple(parts):
            continue
        before = at - 1
        if before >= 0 and words.tags[before] in _DESCRIBING_TAGS:
            before -= 1
        if before >= 0 and words.lowers[before] == "the":
            return False
        if before < 0 or words.tags[at - 1] not in _DETERMINING_TAGS | _DESCRIBING_TAGS:
            bare = True
    return bare


def body_names(doc: Doc, names: Iterable[str] = ()) -> list[str]:
    """The names of the article's bodies (its organisations' entities and ``names``), of two
    words or more, longest first."""
    found = {text for label, text in doc_ent_texts(doc) if label in _BODY_LABELS} | set(names)
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
    # "an obscure Democratic Party mechanism": a determiner and an adjective before the
    # name make it a modifier of a noun after it, determined already
    words = before.split()
    if len(words) >= 2 and words[-2].lower() in {"a", "an"} and word.isalpha() and word.islower():
        return True
    opener = len(before.split()) == 1
    return word[:1].isupper() and not opener and not word.endswith(",")


#: A capitalised word ending in a single "s" with "'s" after it ("Banks's").
_S_POSSESSIVE = re.compile(r"\b([A-Z][\w-]*[^s\W]s)(['’])s\b")


def name_possessives(text: str, names: Iterable[str]) -> str:
    """``text`` with a body's name (one of ``names``) ending in "-s" made possessive by its
    apostrophe alone ("Association of Banks’s members" → "Association of Banks’ members");
    a person's name keeps its "'s" ("Ana Vos's")."""
    ends = {name.split()[-1] for name in names if name.split()}

    def shorten(found: re.Match[str]) -> str:
        word = found.group(1)
        return word + found.group(2) if word in ends else found.group(0)

    return _S_POSSESSIVE.sub(shorten, text)


def with_institution_the(text: str, doc: Doc, names: Iterable[str] = ()) -> str:
    """``text`` with "the" before each institution's name that has none ("Will Ministry of
    Education publish guidance?" → "Will the Ministry of Education publish guidance?"), and
    a name ending in "-s" possessive by its apostrophe alone (``name_possessives``)."""
    bodies = body_names(doc, names)
    for name in bodies:
        if not shaped_as_institution(name) or said_bare(name, doc):
            continue
        pattern = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])")
        for found in reversed(list(pattern.finditer(text))):
            if _determined(text, found.start()):
                continue
            text = f"{text[: found.start()]}the {text[found.start() :]}"
    return name_possessives(text, bodies)
