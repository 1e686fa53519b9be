"""Relatives: a full name the article introduces as someone's wife, son or brother.

News writes "his wife, Maria Vance" or "Maria Vance, his wife" and then uses the bare
surname for the person the article is about; a shared surname therefore never goes to
the relative when another person carries it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.lexicon import load_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Words that make the kinship noun someone's ("his wife", "the senator's wife").
_OWNERS = frozenset({"his", "her", "their", "its", "'s", "’s", "my", "our"})


def kinship_nouns() -> frozenset[str]:
    """The nouns naming a relative (lexicon file ``kinship_nouns.txt``)."""
    return load_words("kinship_nouns.txt")


def _owned_kin(doc: Doc, index: int) -> bool:
    """Token ``index`` is a kinship noun owned by someone ("his wife", "Vance's son")."""
    if index < 0 or index >= len(doc):
        return False
    token = doc[index]
    if token.lemma_.lower() not in kinship_nouns() and token.lower_ not in kinship_nouns():
        return False
    before = [t.lower_ for t in doc[max(0, index - 3) : index]]
    return any(word in _OWNERS for word in before)


def introduced_as_relative(doc: Doc, start_char: int) -> bool:
    """The name starting at ``start_char`` is introduced as someone's relative: right after
    "his wife" (a comma between allowed) or followed by ", his wife"."""
    found = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if found is None or not len(found) or found[0].idx != start_char:
        return False
    first = found.start
    last = first
    while last + 1 < len(doc) and (doc[last + 1].is_title or doc[last + 1].pos_ == "PROPN"):
        last += 1
    before = first - 1
    if before >= 0 and doc[before].text == ",":
        before -= 1
    if _owned_kin(doc, before):
        return True
    after = last + 1
    if after < len(doc) and doc[after].text == ",":
        for index in range(after + 1, min(len(doc), after + 5)):
            if _owned_kin(doc, index):
                return True
            if doc[index].is_punct:
                break
    return False


#: Kinship nouns that may name the same relative as another ("his daughter" is "their
#: child"): each noun with the nouns it can stand for.
_SAME_RELATIVE = {
    "child": frozenset({"child", "daughter", "son", "baby"}),
    "baby": frozenset({"child", "daughter", "son", "baby"}),
    "daughter": frozenset({"daughter", "child", "baby"}),
    "son": frozenset({"son", "child", "baby"}),
    "parent": frozenset({"parent", "mother", "father"}),
    "mother": frozenset({"mother", "parent", "mom", "mum"}),
    "father": frozenset({"father", "parent", "dad"}),
}


def same_relative_nouns(lemma: str) -> frozenset[str]:
    """The kinship nouns that may name the relative ``lemma`` names: itself, and "child"
    for "daughter" (and back)."""
    return _SAME_RELATIVE.get(lemma, frozenset({lemma}))
