"""A name of two words the model labels an organisation that is a person's: its last word,
used alone later, is followed at once by "he" or "she" ("Okonkwo-Reyes said he ..."),
as a surname is and an organisation's name never is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.kinds import organisation_cue, organisation_evidence
from briefing_tui.analysis.doctext import span_text

if TYPE_CHECKING:
    from spacy.tokens import Span

    from briefing_tui.analysis.actors.facts import ArticleFacts

#: How many words may stand between the surname and its "he" or "she" ("Lee said he").
PRONOUN_GAP = 2
#: How far after any mention an "it" or "its" shows an organisation ("Acme said on Monday
#: it"): farther than a "he" may be, for safety.
IT_GAP = 6


def person_by_pronoun(facts: ArticleFacts, span: Span) -> bool:
    """Whether a two-word name ("Brantley Okonkwo-Reyes", its surname may be hyphenated)
    with no organisation's head word or cue, no article before and no employer's use, has
    its last word written alone elsewhere with "he" or "she" right after it."""
    name = span_text(span)
    parts = name.split()
    if len(parts) != 2 or not all(p[:1].isupper() and not p.isupper() for p in parts):
        return False
    doc, lex = span.doc, facts.lex
    if span.start > 0 and doc[span.start - 1].pos_ == "DET":
        return False
    heads = lex.org_heads | lex.media_heads | lex.facility_heads | lex.not_heads
    if any(t.lower_ in heads for t in span) or name in facts.employers:
        return False
    if organisation_cue(span) is not None or organisation_evidence(span, lex):
        return False
    if any(facts.gaz.country_of_name(p) or facts.gaz.is_region(p) for p in parts):
        return False
    surname = parts[-1]
    texts = [span_text(e) for e in facts.ents]  # e.text joins the entity's Tokens anew
    mentions = [e for e, text in zip(facts.ents, texts, strict=True) if text in (name, surname)]
    others = (text.split() for text in texts if text != name)
    if any(len(words) >= 2 and words[-1] == surname for words in others):
        return False  # "Ann Okafor" and "Ray Okafor": whose the surname is is unclear
    if any(_pronoun_after(facts, e.end, ("it", "its"), IT_GAP) for e in mentions):
        return False  # "Royal Dutch said it": an organisation
    return any(
        span_text(e) == surname
        and e.start >= span.end
        and _pronoun_after(facts, e.end, ("he", "she"))
        for e in mentions
    )


def surname_of_pronoun_person(facts: ArticleFacts, span: Span) -> bool:
    """Whether a one-word name is the last word of a name ``person_by_pronoun`` shows to be
    a person's, written before it ("Okonkwo-Reyes" after "Brantley Okonkwo-Reyes")."""
    word = span_text(span)
    if len(word.split()) != 1:
        return False
    return any(
        e.end <= span.start
        and len(words := span_text(e).split()) == 2
        and words[-1] == word
        and person_by_pronoun(facts, e)
        for e in facts.ents
    )


def _pronoun_after(
    facts: ArticleFacts, end: int, pronouns: tuple[str, ...], gap: int = PRONOUN_GAP
) -> bool:
    """Whether one of ``pronouns`` stands within ``gap`` words after token ``end``, in the
    same sentence."""
    doc = facts.doc
    for i in range(end, min(end + gap + 1, len(doc))):
        if doc[i].is_sent_start:
            return False
        if doc[i].lower_ in pronouns:
            return True
    return False
