"""People whose name the article misspells once, joined to the person it means.

News articles introduce a person by full name, then use the surname. A surname
written alone that matches no full name but is one letter away from exactly one
person's surname ("Mauer" after "K.C. Maurer", "Dubios" after "Claire Dubois") is that
person; so is a full
name written once whose surname is another person's and whose first name is one
letter away from that person's ("Kristin Wilkins" beside "Kristen Wilkins").
Two people never join: not across a known gender, not when both names share a
sentence, not when the lone word is a first name or a common word of the article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from briefing_tui.analysis.actors.gender import first_name_gender, first_names
from briefing_tui.analysis.doctext import doc_words

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc

    from briefing_tui.analysis.actors.drafts import Draft, Names

#: Shortest word compared for a misspelling: shorter names differ by one letter too often.
MIN_LETTERS = 4
#: Words this long or longer may be two letters away (a dropped and a doubled letter).
LONG_WORD = 8


def merge_misspelt_people(
    doc: Doc, names: Names, merge: Callable[[str, str], None], speech_verbs: frozenset[str]
) -> None:
    """Join the person drafts of ``names`` that are misspellings of another person's name;
    ``merge(source, target)`` moves one draft into another. A one-word "organisation" that
    says something ("Dubios added" after "Claire Dubois") is taken as a surname too."""
    drafts = names.drafts
    full = {k: d for k, d in drafts.items() if k.startswith("person:") and len(d.name.split()) >= 2}
    speaking = [
        k
        for k, d in drafts.items()
        if k.startswith("org:") and " " not in d.name and _speaks(doc, d, speech_verbs)
    ]
    for key in [k for k in drafts if k.startswith("person:")] + speaking:
        draft = drafts.get(key)
        if draft is None:
            continue
        words = draft.name.split()
        if len(words) == 1:
            target = _surname_target(doc, draft, full)
        else:
            target = _full_name_target(doc, draft, full)
        if target is not None and target in drafts and target != key:
            merge(key, target)
            full.pop(key, None)


def _close(a: str, b: str) -> bool:
    """Whether two name words are one misspelling apart (same first letter, one or two edits)."""
    if a == b or len(a) < MIN_LETTERS or len(b) < MIN_LETTERS or a[0] != b[0]:
        return False
    limit = 2 if min(len(a), len(b)) >= LONG_WORD else 1
    return OSA.distance(a.lower(), b.lower(), score_cutoff=limit) <= limit


def _names(draft: Draft) -> int:
    return sum(1 for m in draft.mentions if m.kind == "name")


def _surname_target(doc: Doc, draft: Draft, full: dict[str, Draft]) -> str | None:
    """The one full name whose surname the lone word misspells, or None."""
    word = draft.name
    if not word.isalpha() or not word[0].isupper() or word.lower() in first_names():
        return None
    if any(d.name.split()[-1] == word for d in full.values()):
        return None  # a surname several people share is left to the attaching stage
    if _written_lower(doc, word):
        return None  # "Water" as a common word of the article is not a misspelt "Waters"
    hits = [k for k, d in full.items() if _close(word, d.name.split()[-1])]
    if len(hits) != 1:
        return None
    target = full[hits[0]]
    if _names(draft) > _names(target) or _shares_sentence(doc, draft, target):
        return None
    return hits[0]


def _full_name_target(doc: Doc, draft: Draft, full: dict[str, Draft]) -> str | None:
    """The one person of the same surname whose first name this one misspells, or None."""
    words = draft.name.split()
    if len(words) != 2 or _names(draft) != 1:
        return None
    hits = []
    for key, other in full.items():
        theirs = other.name.split()
        if other is draft or len(theirs) != 2 or theirs[1] != words[1]:
            continue
        if _close(words[0], theirs[0]) and _names(other) > 1:
            hits.append(key)
    if len(hits) != 1:
        return None
    target = full[hits[0]]
    mine, theirs_gender = first_name_gender(draft.name), first_name_gender(target.name)
    if mine and theirs_gender and mine != theirs_gender:
        return None  # "Mary Lee" and "Mark Lee" are two people
    if _shares_sentence(doc, draft, target):
        return None
    return hits[0]


def _speaks(doc: Doc, draft: Draft, speech_verbs: frozenset[str]) -> bool:
    """Whether the draft's one name mention is the subject of a verb of speech."""
    heads = [h for m, h in zip(draft.mentions, draft.heads, strict=True) if m.kind == "name"]
    if len(heads) != 1 or not 0 <= heads[0] < len(doc):
        return False
    token = doc[heads[0]]
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in speech_verbs


def _written_lower(doc: Doc, word: str) -> bool:
    lower = word.lower()
    words = doc_words(doc)
    return any(
        low == lower and text == lower for low, text in zip(words.lowers, words.texts, strict=True)
    )


def _shares_sentence(doc: Doc, one: Draft, other: Draft) -> bool:
    """Whether a name mention of each stands in one sentence ("Kristen and Kristin Lee")."""

    def sentences(draft: Draft) -> set[int]:
        out = set()
        for mention, head in zip(draft.mentions, draft.heads, strict=True):
            if mention.kind == "name" and 0 <= head < len(doc):
                out.add(doc[head].sent.start)
        return out

    return bool(sentences(one) & sentences(other))
