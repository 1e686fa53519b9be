"""A court that hears evidence is no speaker: "The court heard that the pump had failed".

In court reporting "the court heard", "the jury was told" say what evidence was put to
the court, by a party the sentence leaves unnamed; the court only received it. A claim
whose cue is a verb of hearing or being told (``_HEARING_CUES``) and whose subject is a
court or one of its members (``lexicon/claims/court_nouns.txt``) keeps its words but
has no speaker. Anyone else who "heard that" the plant will close holds that belief
(a hearsay cue, ``lexicon/claims/cue_verbs.tsv``) and keeps it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.claims.proposition import court_nouns
from briefing_tui.analysis.doctext import char_span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from briefing_tui.analysis.claims.draft import Draft

#: Cue lemmas by which a subject receives what is said: "heard", "was told".
_HEARING_CUES = frozenset({"hear", "tell"})
#: The subject of "was told" is the one told.
_PASSIVE_SUBJECT = "nsubjpass"


def is_hearing_court(doc: Doc, draft: Draft) -> bool:
    """Whether the draft's source is a court that heard its content (see the module)."""
    if draft.cue_span is None or draft.source_head is None:
        return False
    cue = char_span(doc, *draft.cue_span)
    head = char_span(doc, *draft.source_head)
    if cue is None or head is None or not len(cue) or not len(head):
        return False
    verb, subject = cue[-1], head[-1]
    if subject.lemma_.lower() not in court_nouns() or verb.lemma_.lower() not in _HEARING_CUES:
        return False
    if verb.lemma_.lower() == "tell":
        return subject.dep_ == _PASSIVE_SUBJECT and subject.head.i == verb.i
    return subject.head.i == verb.i
