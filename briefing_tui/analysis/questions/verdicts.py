"""Disputes a verdict in the article has already decided.

"Tom Rask denied the charges" makes a dispute of what the prosecution alleged;
"A jury convicted Tom Rask on four counts" (or acquitted him, or found him
guilty) in the same article decides it. Asking "Did Tom Rask forge the
invoices?" then reopens a matter the court has closed: what is still open is
the sentence or an appeal, which other rules ask.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import tokens_where
from briefing_tui.analysis.questions.scope import is_negated

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span, Token

#: Verbs with which a court or a jury decides a charge (lemmas).
_DECIDING = frozenset({"convict", "acquit", "find"})
#: What "found" must say of its object to be a verdict.
_VERDICT_WORDS = frozenset({"guilty", "innocent", "liable"})
#: How many words after its opening verb a question names its subject within.
_SUBJECT_WINDOW = 4
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")


def _is_verdict(verb: Token) -> bool:
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    if verb.lemma_.lower() != "find":
        return True
    return any(c.lower_ in _VERDICT_WORDS for c in verb.children)


def _target(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)


def _decided_names(doc: Doc) -> frozenset[str]:
    """The lowered words of the names a verdict of the article is about (asked of a
    disputed question only, a few per article)."""
    names: set[str] = set()
    for verb in tokens_where(doc[:], "lemmas", _DECIDING):
        target = _target(verb) if _is_verdict(verb) else None
        if target is None:
            continue
        names.update(t.lower_ for t in target.subtree if t.pos_ == "PROPN" and t.is_alpha)
    return frozenset(names)


def decided_by_verdict(text: str, sentences: Sequence[Span]) -> bool:
    """Whether the disputed question's subject is someone a verdict in the article has
    convicted, acquitted or found guilty ("Did Tom Rask forge the invoices?" after "A jury
    convicted Tom Rask on four counts")."""
    if not sentences:
        return False
    names = _decided_names(sentences[0].doc)
    if not names:
        return False
    subject = [w.lower() for w in _WORD.findall(text)[1 : 1 + _SUBJECT_WINDOW]]
    return any(w in names for w in subject)
