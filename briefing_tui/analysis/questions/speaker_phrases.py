"""Naming a bare body ("the company") by the actor the claims analysis found saying it.

"The company said in a statement that ..." is a claim whose speaker the claims
analysis resolved to the firm ("Velo Dairy"); the article calls that firm "the
company" throughout, though the actors analysis may not tie every such phrase. A
question left with an untied "the company" ("Will a consumer group sue if the
company does not pay?") is asked of that speaker: "... if Velo Dairy does not pay?".
Anything less certain leaves the phrase as it is (the vague-reference veto then
holds the question back):

- ``not-a-body``: the noun is no body's ("the plan", "the official");
- ``speakers-differ``: claims said by "the company" resolve to two actors, or to a
  person;
- ``other-tie``: the actors analysis tied this very phrase to another actor;
- ``rival-near``: the question's sentences name another organisation, which the
  phrase might stand for;
- ``named-already``: the question names the speaker already.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import word_index
from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.phrasing import possessive
from briefing_tui.analysis.questions.rules import with_the
from briefing_tui.analysis.questions.speaker_owners import said_with_the

if TYPE_CHECKING:
    from spacy.tokens import Span

    from briefing_tui.analysis.questions.rules import RuleContext
    from briefing_tui.model import Claim

_BARE_BODY = re.compile(r"\b([Tt]he) ([a-z]+)(’s|'s)?(?![\w’'-])")


def _said_by(noun: str, claims: list[Claim]) -> set[str | None]:
    """The sources of the claims whose speaker is said "the <noun>"."""
    return {claim.source for claim in claims if (claim.source_text or "").lower() == f"the {noun}"}


def _also_called(ctx: RuleContext, noun: str, actor: str) -> bool:
    """Whether the article calls ``actor`` "the <noun>" too: its name ends in the noun ("the
    Dock Workers Union" for "the union"), or a "the <noun>" is tied to it."""
    name = ctx.names.get(actor, "")
    if name.split() and name.split()[-1].lower() in {noun, f"{noun}s"}:
        return True
    said = word_index(ctx.doc, "lowers").get(noun, ())  # no scan of the whole Doc
    return any(ctx.actor_at.get(i) == actor for i in said)


def _tied_otherwise(ctx: RuleContext, noun: str, actor: str, sentences: list[Span]) -> bool:
    """Whether a "the <noun>" of the sentences is tied to another actor, or the sentences
    name another organisation than ``actor`` (``rival-near``)."""
    for sentence in sentences:
        for token in sentence:
            tied = ctx.actor_at.get(token.i)
            if tied is None or tied == actor:
                continue
            if token.lower_ == noun:
                return True  # other-tie
            if tied in ctx.bodies and token.pos_ == "PROPN" and _also_called(ctx, noun, tied):
                return True  # rival-near
    return False


def speaker_phrase(
    ctx: RuleContext, claims: list[Claim], text: str, sentences: list[Span]
) -> str | None:
    """``text`` with its bare "the <body noun>" named by the one actor the claims analysis
    found saying things as "the <body noun>" (see the module's docstring), or None."""
    named_text = text
    for found in reversed(list(_BARE_BODY.finditer(text))):
        noun = found.group(2)
        if noun not in lemma_set("body_nouns"):
            continue  # not-a-body
        sources = _said_by(noun, claims) - {None}
        if len(sources) != 1:
            continue  # speakers-differ
        actor = next(iter(sources))
        name = ctx.names.get(actor)
        if name is None or actor in ctx.people or actor not in ctx.bodies:
            continue  # speakers-differ: a person or no organisation
        if name.lower() in text.lower() or _tied_otherwise(ctx, noun, actor, sentences):
            continue  # named-already, other-tie, rival-near
        said = with_the(name)
        if said == name and said_with_the(ctx, name):
            said = f"the {name}"  # "The Velo Trust said ...": "the Velo Trust"
        if found.group(3):
            said = possessive(said)
        if found.start() == 0:
            said = said[0].upper() + said[1:]
        named_text = named_text[: found.start()] + said + named_text[found.end() :]
    return named_text if named_text != text else None
