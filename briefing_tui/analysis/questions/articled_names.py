"""Names the article writes with "the" keep it in a question.

"The Competition and Markets Authority may open an inquiry" gives "Will the
Competition and Markets Authority open an inquiry?", not "Will Competition and
Markets Authority open ...?": the actors pane lists a body's name without its
article, and a question built from that name would read as a headline. A name
gets "the" back when the article, wherever the name heads its own noun phrase,
writes "the" before it more often than not ("the Harbour Bill", "the Norland
Rail Inspectorate"); a name used as a modifier ("the Selby County government",
"Angolan waters") counts as a use without it.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from briefing_tui.analysis.doctext import doc_ents

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: Entity labels of names that may take "the" (bodies, laws, places, buildings, events).
_NAMED = frozenset({"ORG", "LAW", "FAC", "GPE", "EVENT", "WORK_OF_ART"})
#: Dependencies of a name's last word that make the name a modifier of another noun.
_MODIFYING = frozenset({"compound", "amod", "nmod", "poss"})
#: Words before a name in a question that already say which one it is.
_DETERMINED = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our"}
)

_LOCK = threading.Lock()
_NAMES: WeakKeyDictionary[Doc, frozenset[str]] = WeakKeyDictionary()


def _bare(ent: Span) -> tuple[str, bool] | None:
    """An entity's name without a leading "the", and whether "the" stands before it as
    the head of its phrase (a modifier's "the" is its head's); None when the name is said
    with a possessive or another determiner."""
    doc = ent.doc
    start, end = ent.start, ent.end
    if doc[end - 1].tag_ == "POS":
        end -= 1  # "the Council of Europe's": the name without its possessive
    said_the = doc[start].lower_ == "the"
    if said_the:
        start += 1
    if start >= end:
        return None
    if not said_the and start > 0:
        before = doc[start - 1]
        said_the = before.lower_ == "the"
        if not said_the and (before.lower_ in _DETERMINED or before.tag_ == "POS"):
            return None  # "its Harbour Bill", "Norland's Rail Inspectorate": neither way
    name = doc[start:end].text
    if not name[:1].isupper():
        return None  # "the education ministry": no name
    if doc[end - 1].dep_ in _MODIFYING:
        return name, False  # "the Selby County government": a use of the name without "the"
    return name, said_the


def names_with_the(doc: Doc) -> frozenset[str]:
    """The names the article writes with "the" more often than without, wherever they
    head their noun phrase."""
    with _LOCK:
        found = _NAMES.get(doc)
    if found is not None:
        return found
    counts: dict[str, list[int]] = {}
    for ent in doc_ents(doc):
        if ent.label_ not in _NAMED:
            continue
        read = _bare(ent)
        if read is None:
            continue
        name, said_the = read
        tally = counts.setdefault(name, [0, 0])
        tally[0 if said_the else 1] += 1
    found = frozenset(name for name, (with_the, without) in counts.items() if with_the > without)
    with _LOCK:
        _NAMES[doc] = found
    return found


def with_articles(text: str, doc: Doc) -> str:
    """``text`` with "the" put back before each name the article writes with "the" and the
    question says without it ("Will Harbour Bill pass?" -> "Will the Harbour Bill pass?")."""
    for name in sorted(names_with_the(doc), key=len, reverse=True):
        pattern = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])")
        pieces: list[str] = []
        at = 0
        for found in pattern.finditer(text):
            before = text[: found.start()].split()
            last = before[-1] if before else ""
            bare = last.lower().strip('(“"')
            if not before or bare in _DETERMINED or last.endswith(("’s", "'s")):
                continue  # the question's first word, or said which one already
            if last[:1].isupper() and last.lower() not in _OPENERS:
                continue  # part of a longer name ("Selby Harbour Bill")
            if re.match(r"\s+[A-Z0-9]", text[found.end() :]):
                continue  # "Senate Bill 12": the start of a longer name
            pieces.append(text[at : found.start()] + "the ")
            at = found.start()
        text = "".join(pieces) + text[at:]
    return text


#: Question openers a name may follow straight away ("Will Harbour Bill pass?").
_OPENERS = frozenset(
    {"will", "would", "could", "can", "may", "might", "should", "shall", "must"}
    | {"is", "are", "was", "were", "has", "have", "had", "does", "do", "did"}
    | {"how", "when", "what", "why", "where", "who", "which", "if", "unless"}
)
