"""Naming the "its" of reported words by the body that says them.

"Ann Lee, a spokeswoman for the Dock Workers' Union, said its members would
strike" turns into "Would its members strike?", which needs the article. The
claims analysis knows who says the reported words: a body ("The Velo Trust
said tests by its volunteers found ..."), or a person who speaks for one by
office (a spokeswoman, a director: ``speaker_body``). Where the "its" opens
what that speaker says, before any singular noun of the reported words that
could own it, the "its" is the speaker's body's: "Would the Dock Workers'
Union’s members strike?". Anything less certain leaves "its" as it is (and
the vague-reference veto holds the question back):

- ``owner-in-words``: a singular noun or name said before "its" in the reported
  words may own it ("said the company would cut its staff");
- ``no-body``: the speaker is a person who speaks for no one body;
- ``other-tie``: the actors analysis tied "its" to another actor;
- ``named-already``: the question names the body already, so "its" is clear.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.phrasing import possessive
from briefing_tui.analysis.questions.rules import with_the
from briefing_tui.analysis.questions.speaker_bodies import speaker_body

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from briefing_tui.analysis.questions.rules import RuleContext
    from briefing_tui.model import Claim

_ITS = re.compile(r"\b[Ii]ts\b")
#: Tags of a word before "its" that could own it: a singular noun or name.
_SINGULAR = frozenset({"NN", "NNP"})
#: Pronouns before "its" in the reported words that could own it ("it said its ...").
_OWNING_PRONOUNS = frozenset({"it", "itself"})


def _its_token(text: str, sentences: list[Span]) -> Token | None:
    """The one possessive "its" of ``sentences`` the question keeps, with the noun it owns
    ("its members"), or None when the question or the sentences hold more than one."""
    if len(_ITS.findall(text)) != 1:
        return None
    owned = re.search(r"\b[Ii]ts\s+(\S+)", text)
    found = [
        t
        for sentence in sentences
        for t in sentence
        if t.lower_ == "its"
        and t.dep_ == "poss"
        and owned is not None
        and t.i + 1 < len(t.doc)
        and t.doc[t.i + 1].text == owned.group(1).rstrip("?,")
    ]
    return found[0] if len(found) == 1 else None


def _saying(its: Token, claims: list[Claim]) -> Claim | None:
    """The claim whose content holds ``its``, with a named source."""
    for claim in claims:
        if claim.source and claim.content.start <= its.idx < claim.content.end:
            return claim
    return None


def _owner_in_words(its: Token, claim: Claim) -> bool:
    """Whether a singular noun, a name or an "it" of the reported words comes before
    ``its`` and may own it ("said the company would cut its staff")."""
    sent = its.sent
    for token in sent.doc[sent.start : its.i]:
        if token.idx < claim.content.start:
            continue
        if token.tag_ in _SINGULAR or token.lower_ in _OWNING_PRONOUNS:
            return True
    return False


def said_with_the(ctx: RuleContext, name: str) -> bool:
    """Whether the article says the body's name after "the" ("The Velo Trust said")."""
    first = name.split()[0]
    ids = {actor for actor, said in ctx.names.items() if said == name}
    doc = ctx.doc
    return any(
        actor in ids and index > 0 and doc[index].text == first and doc[index - 1].lower_ == "the"
        for index, actor in ctx.actor_at.items()
    )


def speaker_owner(
    ctx: RuleContext, claims: list[Claim], text: str, sentences: list[Span]
) -> str | None:
    """``text`` with its one "its" named by the body whose reported words hold it (see the
    module's docstring), or None when no named body owns it for certain."""
    its = _its_token(text, sentences)
    if its is None:
        return None
    claim = _saying(its, claims)
    if claim is None or claim.source is None or _owner_in_words(its, claim):
        return None  # owner-in-words
    if claim.source in ctx.people:
        body = speaker_body(ctx, claim.source)  # a spokeswoman: the body she speaks for
    else:
        body = ctx.names.get(claim.source)
    if body is None:
        return None  # no-body
    tied = ctx.actor_at.get(its.i)
    if tied is not None and ctx.names.get(tied) != body:
        return None  # other-tie
    named = with_the(body)
    if named == body and said_with_the(ctx, body):
        named = f"the {body}"  # "The Velo Trust said ...": "the Velo Trust’s"
    if named.lower().removeprefix("the ") in text.lower():
        return None  # named-already
    owner = possessive(named)
    return _ITS.sub(lambda m: owner[0].upper() + owner[1:] if m.group(0)[0] == "I" else owner, text)
