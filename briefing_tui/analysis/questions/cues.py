"""The question cue lexicons, read from data files and applied with a spaCy PhraseMatcher.

Each file ``lexicon/questions/<category>.txt`` holds one cue per line, written
as lemmas (``expect to``, ``not yet``). A word written ``lemma/TAG`` also
requires that fine-grained tag, so ``will/MD`` is the modal and not the noun.
Matching is on lemmas, so "is expected", "expects" and "expected" all meet the
cue ``expect``. A lemma PhraseMatcher applies them all in one pass.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Token
    from spacy.vocab import Vocab

#: The cue categories matched in the text, each from ``lexicon/questions/<category>.txt``.
CUE_CATEGORIES: tuple[str, ...] = (
    "modality",
    "pending",
    "pending_negated",
    "conditions",
    "unknowns",
    "hedges",
    "denials",
    "proceedings",
)

_lock = threading.Lock()
_matchers: dict[int, tuple[Vocab, PhraseMatcher]] = {}


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue found in a Doc: its category and its token range ``[start, end)``."""

    category: str
    start: int
    end: int
    doc: Doc

    @property
    def tokens(self) -> list[Token]:
        """The cue's tokens."""
        return list(self.doc[self.start : self.end])

    @property
    def head(self) -> Token:
        """The cue's syntactic head: the token of its span highest in the parse."""
        return self.doc[self.start : self.end].root


def lexicon(category: str) -> tuple[str, ...]:
    """The entries of ``lexicon/questions/<category>.txt``, comments and blank lines dropped."""
    return data_files.lines(f"questions/{category}.txt")


@cache
def lemma_set(category: str) -> frozenset[str]:
    """The single-word entries of a lexicon, as a set of lemmas."""
    return frozenset(e.lower() for e in lexicon(category) if " " not in e)


def entry_words(entry: str) -> list[tuple[str, str]]:
    """The ``(lemma, tag)`` pairs of one lexicon entry; the tag is "" where any will do."""
    pairs = []
    for word in entry.split():
        lemma, _, tag = word.partition("/")
        pairs.append((lemma.lower(), tag))
    return pairs


def _matcher(vocab: Vocab) -> PhraseMatcher:
    """A lemma PhraseMatcher over every entry, keyed ``category|entry`` (built once per vocab)."""
    with _lock:
        cached = _matchers.get(id(vocab))
        if cached is not None and cached[0] is vocab:
            return cached[1]
        from spacy.matcher import PhraseMatcher
        from spacy.tokens import Doc

        matcher = PhraseMatcher(vocab, attr="LEMMA")
        for category in CUE_CATEGORIES:
            for entry in lexicon(category):
                pairs = entry_words(entry)
                words = [lemma for lemma, _tag in pairs]
                matcher.add(f"{category}|{entry}", [Doc(vocab, words=words, lemmas=words)])
        _matchers[id(vocab)] = (vocab, matcher)
        return matcher


def _tags_agree(doc: Doc, start: int, entry: str) -> bool:
    return all(
        not tag or doc[start + offset].tag_ == tag
        for offset, (_lemma, tag) in enumerate(entry_words(entry))
    )


def find_cues(doc: Doc) -> list[Cue]:
    """Every cue in ``doc``, longest first where two overlap within a category, in text order."""
    matcher = _matcher(doc.vocab)
    found: dict[tuple[str, int], Cue] = {}
    for match_id, start, end in matcher(doc):
        category, _, entry = doc.vocab.strings[match_id].partition("|")
        if not _tags_agree(doc, start, entry):
            continue
        key = (category, start)
        kept = found.get(key)
        if kept is None or end > kept.end:
            found[key] = Cue(category, start, end, doc)
    cues = sorted(found.values(), key=lambda c: (c.start, -c.end))
    # a shorter cue inside a longer one of the same category adds nothing
    kept_cues: list[Cue] = []
    reach: dict[str, int] = {}
    for cue in cues:
        if cue.end <= reach.get(cue.category, -1):
            continue
        kept_cues.append(cue)
        reach[cue.category] = max(reach.get(cue.category, -1), cue.end)
    return kept_cues


@cache
def negated_denials() -> frozenset[str]:
    """The ``denials`` entries that deny by a negated verb ("not accept"), as written."""
    return frozenset(e.lower() for e in lexicon("denials") if e.lower().startswith("not "))
