"""Words the agenda family's classes share: names as written, a scheduling told as past.

A name's own words without its asides, a name with the "the" the article
gives it, and whether a scheduling verb is told of a time gone by.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_text
from briefing_tui.analysis.questions.phrasing import running_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Verbs that put an event on a day ("scheduled for", "set for", "due on").
SCHEDULING = frozenset({"schedule", "set", "slate", "due", "expect", "plan"})
#: Modal auxiliaries of a step still to come ("will deliver", "would be completed").
FUTURE_AUX = frozenset({"will", "would", "'ll", "shall"})


def future_aux(verb: Token) -> bool:
    """Whether ``verb`` carries a modal of a step still to come ("will deliver its verdict",
    "would be completed")."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)


def told_past(verb: Token) -> bool:
    """ "was scheduled for", "had been set for": the scheduling told of a time gone by."""
    return any(
        c.dep_ in {"aux", "auxpass"} and (c.tag_ == "VBD" or c.lower_ == "had")
        for c in verb.children
    )


def own_name(name: Token) -> str:
    """A name's own words, without asides or clauses: "the Harbour Act", "the Assembly"."""
    cut = {
        t.i
        for c in name.children
        if c.dep_ in {"appos", "relcl", "acl", "punct", "advcl", "cc", "conj"}
        or (c.dep_ == "prep" and not any(g.pos_ == "PROPN" for g in c.children))
        for t in c.subtree
    }
    words = [t for t in name.subtree if t.i not in cut]
    text = running_words(words, all_punct=True)
    return "the" + text[3:] if text.startswith("The ") else text


def as_written(name: str, doc: Doc) -> str:
    """ "the Civil Aviation Authority" where the article writes the name with "the"."""
    if name.startswith("the ") or f"the {name}".lower() not in doc_text(doc).lower():
        return name
    return f"the {name}"
