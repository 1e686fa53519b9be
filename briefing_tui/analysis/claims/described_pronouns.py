"""A "he" or "she" that goes on about a speaker the article only describes.

"A senior official at the ministry, who asked not to be named, said the estimates
were wrong. He suggested the ban was aimed at ...": news copy goes on with a pronoun
for the person whose words it just reported, named or not. A described speaker made
an actor (``described_speakers``) takes a "he" or "she" source the actors analysis left
alone when all of these hold: that speaker's claim is the one just before the pronoun's,
in the sentence right before it and in the same paragraph; no other person is
mentioned from the sentence before that claim's up to the pronoun; and the
description gives the speaker no other gender ("a spokeswoman" is no "he").
Otherwise the claim keeps no speaker.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from briefing_tui.analysis.claims.pronoun_chain import person_gender
from briefing_tui.analysis.doctext import char_span, doc_text
from briefing_tui.analysis.sentences import sentence_bounds
from briefing_tui.model import Actor, ActorKind, Claim, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Pronoun sources by the gender they give a person.
_SUBJECT_GENDERS = {"he": "m", "she": "f"}


def carry_to_pronouns(
    doc: Doc, actors: list[Actor], claims: list[Claim], made: list[Actor]
) -> None:
    """Give each "he"/"she" source with no speaker the described person whose claim is just
    before it (see the module), with the pronoun as a mention; in place."""
    people = {a.id: a for a in made if a.kind == ActorKind.PERSON}
    if not people:
        return
    text = doc_text(doc)
    ordered = sorted((c for c in claims if c.source_span), key=lambda c: c.source_span.start)
    for previous, claim in pairwise(ordered):
        span = claim.source_span
        assert span is not None and previous.source_span is not None
        word = text[span.start : span.end].lower()
        if claim.source is not None or word not in _SUBJECT_GENDERS:
            continue
        person = people.get(previous.source or "")
        if person is None or person_gender(text, person) not in (None, _SUBJECT_GENDERS[word]):
            continue
        window = _window(doc, previous.source_span.start, span.start)
        if window is None or "\n" in text[previous.source_span.start : span.start]:
            continue
        if _other_person_in(actors, person.id, *window):
            continue
        claim.source = person.id
        mention = Mention(span.start, span.end, text[span.start : span.end], "pronoun")
        person.mentions.append(mention)
        person.mentions.sort(key=lambda m: m.start)


def _window(doc: Doc, said: int, pronoun: int) -> tuple[int, int] | None:
    """From the start of the sentence before the one where the described speaker is the
    source, to the pronoun; None unless the pronoun's sentence follows that one."""
    said_span, pronoun_span = char_span(doc, said, said + 1), char_span(doc, pronoun, pronoun + 1)
    if said_span is None or pronoun_span is None or not len(said_span) or not len(pronoun_span):
        return None
    said_start, said_end = sentence_bounds(doc, said_span[0].i)
    pronoun_start, _end = sentence_bounds(doc, pronoun_span[0].i)
    if pronoun_start != said_end:
        return None
    first = sentence_bounds(doc, said_start - 1)[0] if said_start > 0 else said_start
    return doc[first].idx, pronoun


def _other_person_in(actors: list[Actor], person: str, start: int, end: int) -> bool:
    """Whether a person other than ``person`` is mentioned in ``[start, end)``."""
    return any(
        a.kind == ActorKind.PERSON
        and a.id != person
        and any(start <= m.start < end for m in a.mentions)
        for a in actors
    )
