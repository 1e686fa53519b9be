"""Shortening a question that runs too long by its asides, never by its content.

A question over ``MAX_QUESTION_WORDS`` whose trailing prepositional phrases cannot go
(``vetoes.shortened``) often carries an aside the article set off with commas:

- a trailing clause of circumstance, source or reason after a comma ("..., with whips
  on both sides saying the result could hinge on ...?", "..., according to the
  agency?", "..., since other suppliers cost more?", "..., as the law requires?");
- a participial phrase or a relative clause between commas in the middle ("a meeting
  of the joint commission, scheduled for next month in Arusha, if ...", "the board,
  which meets monthly, ...").

Cutting them leaves the question's subject, verb, objects and condition as they were.
A question held back because an aside of it points into the article ("..., as the treaty
allows?", "... once those inquiries are complete?") loses that aside the same way
(``without_vague_tail``): the aside tells how or when, not what is asked.

Before any cut, a body's long name is said by the acronym the article defines for it
("the Port Ilsen Property Owners' Association (PIPOA)": "PIPOA"), as the article
itself goes on to say it (``with_acronyms``).
A dispute keeps its "as X says" sides (they are what it asks), a cut must leave at
least ``MIN_KEPT_WORDS`` words, and the cut question must be within the limit;
else the question is left as it was (and the too-long veto stands).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_words
from briefing_tui.analysis.questions.phrasing import MAX_QUESTION_WORDS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span

#: The fewest words a cut question keeps.
MIN_KEPT_WORDS = 8
#: A trailing comma clause of circumstance, source, reason or concession.
_TRAILING_CLAUSE = re.compile(
    r",\s+(?:with|since|as|according\s+to|while|although|though|because)\s[^?]*\?$", re.I
)
#: A comma-set relative clause in the middle of a question.
_MIDDLE_RELATIVE = re.compile(r",\s+(?:which|who|whose)\s[^,?]*,\s*")
#: A comma-set phrase in the middle of a question, opened by one word (a participle).
_MIDDLE_PHRASE = re.compile(r",\s+([a-z]+)\s[^,?]*,\s*")
#: A capitalised article inside a question: its subject was lifted as its sentence opened
#: it (an indefinite subject that names no one: "Will A supporters' group ...?").
_SENTENCE_OPENER = re.compile(r"(?<=\s)(?:A|An|The)\s")
#: Tags of a participle that opens an aside ("scheduled for", "given as", "led by").
_PARTICIPLES = frozenset({"VBN", "VBG"})


def _words(text: str) -> int:
    return len(text.replace("?", " ").split())


def _participles(sentences: Sequence[Span]) -> frozenset[str]:
    """The words ``sentences`` use as a participle opening a phrase set off by a comma."""
    found: set[str] = set()
    for sent in sentences:
        for token in sent:
            if token.tag_ in _PARTICIPLES and token.i > 0 and token.nbor(-1).text == ",":
                found.add(token.lower_)
    return frozenset(found)


def _middle_cut(text: str, participles: frozenset[str]) -> str | None:
    """``text`` without its first comma-set relative clause or participial phrase."""
    relative = _MIDDLE_RELATIVE.search(text)
    if relative is not None:
        return f"{text[: relative.start()]} {text[relative.end() :]}"
    for found in _MIDDLE_PHRASE.finditer(text):
        if found.group(1) in participles:
            return f"{text[: found.start()]} {text[found.end() :]}"
    return None


def without_asides(text: str, sentences: Sequence[Span], disputed: bool = False) -> str:
    """A too-long question without its comma-set asides (see the module's docstring), or
    ``text`` as it was when no such cut brings it within ``MAX_QUESTION_WORDS``."""
    short = text
    if not disputed:
        trailing = _TRAILING_CLAUSE.search(short)
        if trailing is not None:
            short = short[: trailing.start()] + "?"
    participles = _participles(sentences)
    while _words(short) > MAX_QUESTION_WORDS:
        cut = _middle_cut(short, participles)
        if cut is None:
            return text
        short = re.sub(r"\s+", " ", cut)
    if _words(short) < MIN_KEPT_WORDS or short.count("“") != short.count("”"):
        return text
    if _SENTENCE_OPENER.search(short):
        return text  # "Will A supporters' group oppose ...": a subject lifted as it opened
    return short


def with_acronyms(
    text: str, names: dict[str, str], acronyms: dict[str, str], doc: Doc | None = None
) -> str:
    """``text`` with each actor's full name (``names``, by actor id) said by the acronym the
    article defines for it (``acronyms``, by actor id), the longest names first; with "the"
    where the article writes "the" before the acronym ("the CMA"), else without ("PIPOA")."""
    said = text
    written = doc_words(doc) if doc is not None else None
    for actor in sorted(acronyms, key=lambda a: -len(names.get(a, ""))):
        name, short = names.get(actor, ""), acronyms[actor]
        if len(name.split()) < 2:
            continue
        if written is not None and any(
            w == short and i and written.lowers[i - 1] == "the" for i, w in enumerate(written.texts)
        ):
            short = f"the {short}"
        said = re.sub(rf"(?:\b[Tt]he\s+)?{re.escape(name)}(?![\w-])", short, said)
    return said


#: A trailing clause of manner, time or source that a vague reference may sit in.
_VAGUE_TAIL = re.compile(
    r"(?:,\s+(?:as|with|since|according\s+to|while)|,?\s+once)\s[^?]*\?$", re.I
)


def without_vague_tail(text: str, vague: str, disputed: bool = False) -> str | None:
    """``text`` without its trailing aside when the ``vague`` words sit in it ("..., as the
    treaty allows?" -> "...?"), keeping ``MIN_KEPT_WORDS`` words; else None."""
    if disputed:
        return None
    tail = _VAGUE_TAIL.search(text)
    if tail is None or vague not in text[tail.start() :] or vague in text[: tail.start()]:
        return None
    short = text[: tail.start()] + "?"
    if _words(short) < MIN_KEPT_WORDS or _SENTENCE_OPENER.search(short):
        return None
    return short
