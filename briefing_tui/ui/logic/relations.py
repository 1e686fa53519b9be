"""Which claims and questions involve an actor or a paragraph, and which items match a search.

Pure functions over the Briefing, shared by the list panes, the actor detail
and paragraph views and the tests, so "involves" means the same thing everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from briefing_tui.model import Actor, Briefing, Claim, Question, Span


def _inside(start: int, end: int, span: Span) -> bool:
    return span.start <= start and end <= span.end


def _overlaps(start: int, end: int, span: Span) -> bool:
    return start < span.end and span.start < end


def mentions_in(actor: Actor, span: Span) -> bool:
    """Whether one of the actor's mentions lies inside ``span``."""
    return any(_inside(m.start, m.end, span) for m in actor.mentions)


def claim_by(claim: Claim, actor: Actor) -> bool:
    """The actor is the claim's source."""
    if claim.source == actor.id:
        return True
    return claim.source_span is not None and mentions_in(actor, claim.source_span)


def claim_about(claim: Claim, actor: Actor) -> bool:
    """The actor is mentioned in what the claim says (its parts, not the cue between them)."""
    return any(mentions_in(actor, part) for part in claim.parts)


def claim_involves(claim: Claim, actor: Actor) -> bool:
    """The actor made the claim or is mentioned in it."""
    return claim_by(claim, actor) or claim_about(claim, actor)


def question_involves(question: Question, actor: Actor) -> bool:
    """The question names the actor, or its evidence mentions it."""
    if actor.id in question.actors:
        return True
    return any(mentions_in(actor, span) for span in question.evidence)


def claims_by(briefing: Briefing, actor: Actor) -> list[Claim]:
    """Claims whose source is the actor."""
    return [c for c in briefing.claims if claim_by(c, actor)]


def claims_about(briefing: Briefing, actor: Actor) -> list[Claim]:
    """Claims that mention the actor without being made by it."""
    return [c for c in briefing.claims if claim_about(c, actor) and not claim_by(c, actor)]


def questions_involving(briefing: Briefing, actor: Actor) -> list[Question]:
    """Questions that involve the actor."""
    return [q for q in briefing.questions if question_involves(q, actor)]


def paragraph_actors(briefing: Briefing, span: Span) -> list[Actor]:
    """Actors mentioned in the paragraph."""
    return [a for a in briefing.actors if any(_overlaps(m.start, m.end, span) for m in a.mentions)]


def paragraph_claims(briefing: Briefing, span: Span) -> list[Claim]:
    """Claims whose content or source lies (partly) in the paragraph."""
    found = []
    for claim in briefing.claims:
        spans = [claim.content, *([claim.source_span] if claim.source_span else [])]
        if any(_overlaps(s.start, s.end, span) for s in spans):
            found.append(claim)
    return found


def one_line(text: str, span: Span) -> str:
    """The text of ``span`` with its whitespace (line breaks too) collapsed to single spaces."""
    return " ".join(text[span.start : span.end].split())


def claim_source_name(briefing: Briefing, claim: Claim) -> str:
    """Who the claim is attributed to, for display."""
    actor = briefing.actor(claim.source)
    if actor is not None:
        return actor.name
    return " ".join((claim.source_text or "unattributed").split())


class FoldedText(NamedTuple):
    """An article's text case-folded for searching, offsets unchanged."""

    text: str
    #: True if ``str.casefold`` made it, False if ``str.lower`` did.
    casefolded: bool

    def needle(self, query: str) -> str:
        """``query`` folded the same way."""
        return query.casefold() if self.casefolded else query.lower()


def folded_text(text: str) -> FoldedText | None:
    """``text`` casefolded, or lower-cased where casefolding changes its length (ß -> ss),
    so that offsets stay the same; None if neither keeps them."""
    folded = text.casefold()
    if len(folded) == len(text):
        return FoldedText(folded, True)
    folded = text.lower()
    return FoldedText(folded, False) if len(folded) == len(text) else None


def find_matches(
    text: str,
    query: str,
    folded: FoldedText | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> list[Span]:
    """Every case-insensitive occurrence of ``query`` in ``text``, in order.

    ``folded`` is ``folded_text(text)`` when the caller keeps it (casefolding 10 MB
    takes about 80 ms); ``should_stop`` is asked every few thousand matches, and
    what was found so far is returned once it says yes.
    """
    if not query:
        return []
    folded = folded_text(text) if folded is None else folded
    if folded is None:
        return []
    haystack, needle = folded.text, folded.needle(query)
    spans: list[Span] = []
    start = haystack.find(needle)
    while start != -1 and needle:
        spans.append(Span(start, start + len(needle)))
        if should_stop is not None and len(spans) % 4096 == 0 and should_stop():
            break
        start = haystack.find(needle, start + len(needle))
    return spans


def contains(haystack: str, query: str) -> bool:
    """Case-insensitive substring test used to narrow the lists while searching."""
    return query.casefold() in haystack.casefold()


def actor_matches(actor: Actor, query: str) -> bool:
    """The actor's name, an alias or one of its mentions contains the query."""
    names = [actor.name, *actor.aliases, *(m.text for m in actor.mentions)]
    return any(contains(name, query) for name in names)


def claim_matches(briefing: Briefing, claim: Claim, query: str) -> bool:
    """The claim's content, cue or source contains the query."""
    text = briefing.article.text
    content = claim.words(text)
    return any(contains(s, query) for s in (content, claim.cue, claim_source_name(briefing, claim)))


def question_matches(briefing: Briefing, question: Question, query: str) -> bool:
    """The question or its evidence contains the query."""
    text = briefing.article.text
    evidence = [text[s.start : s.end] for s in question.evidence]
    return any(contains(s, query) for s in (question.question, *evidence))


def actor_named_at(briefing: Briefing, offset: int) -> Actor | None:
    """The actor one of whose mentions covers ``offset`` (not a pronoun: a click on "he"
    inside a claim is a click on the claim)."""
    for actor in briefing.actors:
        for mention in actor.mentions:
            if mention.kind != "pronoun" and mention.start <= offset < mention.end:
                return actor
    return None


def claim_at(briefing: Briefing, offset: int) -> Claim | None:
    """The claim whose words cover ``offset`` (the shortest, where claims nest).

    Only a claim's own words count: the cue and speaker between the parts of a quote its
    cue interrupts ('"A," she said, "B"') are not the claim, so a click there selects
    no claim (a click on the speaker's name selects the speaker, as anywhere).
    """
    covering = [
        claim
        for claim in briefing.claims
        if any(part.start <= offset < part.end for part in claim.parts)
    ]
    return min(covering, key=lambda c: sum(p.end - p.start for p in c.parts), default=None)
