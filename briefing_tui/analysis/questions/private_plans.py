"""Whether a question asks back a private person's own plan ("Will Ann Lee be back next year?").

A plan of someone who holds no office, about their own doings (a verb of leisure, travel,
study or craft) and touching no organisation, law or people, is news of their life: the
article announces it, nothing is pending on it. An official's or a firm's plan, or a
person's plan aimed at an organisation ("sue the company"), stays a question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.doctext import doc_ent_texts, text_positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
#: Verbs of a person's own doings: leisure, travel, study, a craft, coming and going
#: ("be" only before "back", "home" or "away").
_ACTIVITIES = frozenset(
    {"spend", "teach", "travel", "visit", "tour", "perform", "play", "sing", "practice"}
    | {"practise", "study", "train", "rest", "relax", "return", "come", "go", "stay"}
    | {"move", "retire", "compete", "record", "write", "paint", "marry", "celebrate"}
    | {"attend", "enjoy", "be"}
)
#: Modals a plan is asked with.
_MODALS = frozenset({"will", "would"})
#: What follows "be" when it tells a person's coming and going ("be back").
_BE_PLACES = frozenset({"back", "home", "away"})
#: Entity types a plan touching public matters names in its clause.
_PUBLIC = frozenset({"ORG", "LAW", "NORP"})
#: Prepositions that only place a personal activity ("teach at a camp in Berea").
_LOCATIVE = frozenset({"in", "at", "near", "around", "across"})


@cache
def _offices() -> frozenset[str]:
    """The one-word titles and offices of ``actors/titles.tsv`` ("mayor", "senator")."""
    rows = data_files.rows("actors/titles.tsv")
    return frozenset(row[0].lower() for row in rows if row and " " not in row[0])


def private_plan(text: str, sentences: Sequence[Span]) -> bool:
    """Whether ``text`` ("Will Ann Lee spend the summer teaching?") asks whether a person
    holding no office will do something of their own that touches no organisation."""
    words = _WORD.findall(text)
    if len(words) < 3 or words[0].lower() not in _MODALS or not sentences:
        return False
    end = 1
    while end < len(words) and words[end][:1].isupper():
        end += 1
    if end == 1 or end >= len(words):
        return False
    name = words[1:end]
    if not _a_person(name, sentences[0].doc) or _holds_office(name[-1], sentences[0].doc):
        return False
    verb = words[end].lower()
    if verb not in _ACTIVITIES:
        return False
    if verb == "be" and (end + 1 >= len(words) or words[end + 1].lower() not in _BE_PLACES):
        return False
    verbs = [t for s in sentences for t in s if t.lower_ == verb and t.pos_ in {"VERB", "AUX"}]
    return bool(verbs) and not any(_touches_public(v) for v in verbs)


def _a_person(name: list[str], doc: Doc) -> bool:
    """Whether the name is a person's full name: it opens with a first name, or the parse
    calls the whole of it a person (a one-word name may be a ship's or a firm's)."""
    if len(name) < 2:
        return False
    full = " ".join(name)
    return name[0].lower() in _first_names() or ("PERSON", full) in doc_ent_texts(doc)


@cache
def _first_names() -> frozenset[str]:
    return frozenset(row[0].lower() for row in data_files.rows("actors/first_names.tsv"))


def _holds_office(surname: str, doc: Doc) -> bool:
    """Whether a title or office stands before the name, or is apposed to it, anywhere."""
    for i in text_positions(doc, surname):
        token = doc[i]
        near = list(doc[max(0, token.i - 3) : token.i])
        near += [c for c in token.children if c.dep_ == "appos"]
        if token.dep_ == "appos":
            near.append(token.head)
        near += [t for a in list(near) if a.dep_ == "appos" for t in a.subtree]
        if any(t.lemma_.lower() in _offices() or t.lower_ in _offices() for t in near):
            return True
    return False


@cache
def _public_nouns() -> frozenset[str]:
    """Proceedings and bodies ("hearing", "trial", "council"): a plan about one is public."""
    entries = data_files.words("questions/proceedings.txt") | data_files.words(
        "questions/body_nouns.txt"
    )
    return frozenset(e.split("/")[0].split()[0] for e in entries if e)


def _touches_public(verb: Token) -> bool:
    """Whether the verb's clause names a proceeding or a body ("attend the hearing"), or an
    organisation, a law or a people other than as the place where the activity happens."""
    if any(t.pos_ == "NOUN" and t.lemma_.lower() in _public_nouns() for t in verb.subtree):
        return True
    for token in verb.subtree:
        if token.ent_type_ not in _PUBLIC:
            continue
        head = token
        while head.head.i != head.i and head.head != verb and head.dep_ != "pobj":
            head = head.head
        preposition = head.head if head.dep_ == "pobj" else None
        if preposition is None or preposition.lower_ not in _LOCATIVE:
            return True
    return False
