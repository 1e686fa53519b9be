"""The account a rival account answers, where that account names nothing of the replying side.

"Declan Varro told reporters that all four emergency exits had been unlocked ...
Chief Fire Officer Maren Holt gave a different account at a briefing": the reply
("a different account", given by a named side) answers the account told just
before it by another side, though that account's clauses name nothing of the
replier (``replies.accused_clause`` looks for such a clause first). The account
answered is the latest claim before the reply, a few sentences back, by a source
of another side, whose top clause is told as a fact and tells of a thing (a common
noun) that the replier's own claims, just after the reply, tell of too:

    Had all four emergency exits been unlocked, as Declan Varro says and Maren Holt
    denies?

A claim is passed over when it is the replier's own, when its source names no side,
when it is said in the speaker's own words ("we have never chained an exit": asked,
it would not stand alone), when its top clause is a forecast (a modal) or a question,
or shares no thing with the reply; then the one before it is tried, within ``REACH``
sentences.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import char_span
from briefing_tui.analysis.questions.disputes import root_verb
from briefing_tui.analysis.questions.replies import claim_sides, side_stems

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from briefing_tui.model import Claim

#: How many sentences before the reply the account it answers may be told in.
REACH = 6
#: Subjects that are the speaker's or the hearer's own words.
_SPEAKERS = frozenset({"i", "we", "you", "me", "us"})
#: Words of a speaker speaking of itself.
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "mine", "ours"})
#: Dependencies of a clause's subject.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def earlier_account(
    doc: Doc, reply: Token, speaker: Token | None, claims: list[Claim], sentences: list[Span]
) -> tuple[Claim, Token] | None:
    """The claim a rival account (``reply``, its account noun: "gave a different *account*")
    answers and the clause asked of it, or None. ``speaker`` is who gives the reply;
    ``sentences`` the article's sentences."""
    if speaker is None or reply.dep_ != "dobj":
        return None
    replying = side_stems(list(speaker.subtree))
    if not replying:
        return None
    index = next((i for i, s in enumerate(sentences) if s.start <= reply.i < s.end), None)
    if index is None:
        return None
    since = sentences[max(0, index - REACH)].start_char
    before = sorted(
        (c for c in claims if since <= c.content.start < reply.sent.start_char),
        key=lambda c: c.content.start,
        reverse=True,
    )
    until = sentences[min(index + 2, len(sentences) - 1)].end_char
    answer = things(
        doc,
        [
            c
            for c in claims
            if reply.sent.start_char <= c.content.start < until
            and claim_sides(doc, c, claims) & replying
        ],
    )
    for claim in before:
        sides = claim_sides(doc, claim, claims)
        if not sides or sides & replying:
            continue  # a source named by no side, or the replying side itself
        content = char_span(doc, claim.content.start, claim.content.end)
        if content is None or not len(content) or own_words(content):
            continue
        verb = root_verb(content)
        if told_as_fact(verb) and things(doc, [claim], verb) & answer:
            return claim, verb
    return None


def things(doc: Doc, claims: list[Claim], verb: Token | None = None) -> set[str]:
    """The common nouns the claims' contents tell of (lemmas), within ``verb``'s clause if
    given: what an account and the reply to it must share ("the exits" / "one exit door")."""
    lemmas: set[str] = set()
    for claim in claims:
        content = char_span(doc, claim.content.start, claim.content.end)
        if content is None:
            continue
        inside = {t.i for t in verb.subtree} if verb is not None else None
        lemmas |= {
            t.lemma_.lower()
            for t in content
            if t.pos_ == "NOUN" and (inside is None or t.i in inside)
        }
    return lemmas


def own_words(content: Span) -> bool:
    """Whether a claim is said in the speaker's own words ("my thoughts", "we have never"):
    asked back, it would not stand alone."""
    return any(t.lower_ in _FIRST_PERSON for t in content)


def told_as_fact(verb: Token) -> bool:
    """Whether a claim's top clause tells a fact a question can ask back: a verb with a
    subject that is not the speaker's "we", no modal, not itself a question."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.tag_ == "MD" for c in verb.children):
        return False  # "would save": a forecast, asked by its own family
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.lower_ in _SPEAKERS:
        return False
    return not any(t.text == "?" for t in verb.sent)
