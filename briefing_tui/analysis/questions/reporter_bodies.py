"""The body a reported "it" stands for: the body that reports it, or the one its
reporter speaks for.

"Kesh has not said whether it still plans to attend": the "it" of the reported
clause is the reporter itself, and "Will Kesh attend?" asks it standalone, though
the tagger took "Kesh" for a person. "Ann Lee, the association's chairwoman, said it
would file a challenge" and "A spokeswoman for the bureau said it would publish a
report": the "it" is the body the speaker speaks for by her office.

The link is taken only when it is certain:

- the pronoun is "it", the subject of a clause the reporting verb reports
  (``pronouns._reporter``: that clause's verb is no "be", "said it was unclear");
- no other noun stands as a subject between the reporter and the pronoun ("Kesh said
  the plan had failed and it would ..." is left alone);
- the reporter is tied by the actors analysis to an organisation or a country, or to
  a person who speaks for one body by the office the article gives her
  (``speaker_bodies.speaker_body``), or is itself a speaking office ("a spokeswoman")
  whose owner ("for the bureau") the analysis ties to an organisation.

Anything else gives None, and the pronoun-subject veto stands.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.questions.pronouns import _expletive, _reporter
from briefing_tui.analysis.questions.speaker_bodies import speaker_body
from briefing_tui.analysis.questions.tied_bodies import named_nearby, tied_elsewhere
from briefing_tui.analysis.syntax import owner_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from briefing_tui.analysis.questions.rules import RuleContext

#: The subject dependencies a noun between the reporter and the pronoun may hold.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Prepositions after a speaking office that name its owner ("spokeswoman for the bureau").
_OWNER_PREPS = frozenset({"of", "for", "at"})


def _body_name(ctx: RuleContext, token: Token) -> str | None:
    """The name of the organisation or country ``token`` is tied to, or None."""
    actor = ctx.actor_at.get(token.i)
    if actor is None or actor not in ctx.bodies:
        return None
    return ctx.names.get(actor)


def _owner_name(ctx: RuleContext, owner: Token, speaker: str | None) -> str | None:
    """The organisation an office's owner word names: the one the actors analysis ties
    it to, or for a bare "the association" the analysis took into the speaker's own
    mention, the one the article's other mentions tie it to (``tied_bodies``)."""
    if owner.pos_ not in {"NOUN", "PROPN"}:
        return None
    actor = ctx.actor_at.get(owner.i)
    if actor is not None and actor != speaker:
        return ctx.names.get(actor) if actor in ctx.bodies else None
    name = tied_elsewhere(ctx, owner) or named_nearby(ctx, owner)
    return None if name is None or name == ctx.names.get(speaker or "") else name


def _office_owner(ctx: RuleContext, office: Token, speaker: str | None) -> str | None:
    """The one body a speaking office ("a spokeswoman for the bureau", "the association's
    chairwoman") belongs to, or None."""
    if office.lemma_.lower() not in data_files.words("questions/speaking_offices.txt"):
        return None
    owners = owner_words(office, _OWNER_PREPS)
    names = {n for o in owners if (n := _owner_name(ctx, o, speaker)) is not None}
    return names.pop() if len(names) == 1 else None


def _person_office_owner(ctx: RuleContext, person: Token, speaker: str) -> str | None:
    """The one body the office said beside a person's name belongs to ("Ann Lee, the
    association's chairwoman": the association), or None."""
    owners = {
        n
        for c in person.children
        if c.dep_ in {"appos", "compound"} and (n := _office_owner(ctx, c, speaker)) is not None
    }
    return owners.pop() if len(owners) == 1 else None


def reporter_body(ctx: RuleContext, pronoun: Token) -> str | None:
    """The name of the body a reported "it" stands for (see the module's docstring), as
    the actors analysis writes it, or None when the link is not certain."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in _SUBJECTS:
        return None
    reporter = _reporter(pronoun)
    if reporter is None or reporter.i > pronoun.i:
        return None
    between = pronoun.doc[reporter.i + 1 : pronoun.i]
    if any(
        t.dep_ in _SUBJECTS and t.pos_ in {"NOUN", "PROPN", "PRON"} and not _expletive(t)
        for t in between
    ):
        return None  # another subject the pronoun may stand for ("it was not clear": none)
    named = _body_name(ctx, reporter)
    if named is not None:
        return named
    actor = ctx.actor_at.get(reporter.i)
    if actor is not None and actor in ctx.people:
        return speaker_body(ctx, actor) or _person_office_owner(ctx, reporter, actor)
    if reporter.pos_ == "NOUN":
        return _office_owner(ctx, reporter, actor)
    return None


def reporter_actor(ctx: RuleContext, pronoun: Token) -> str | None:
    """The id of the actor ``reporter_body`` names, or None."""
    named = reporter_body(ctx, pronoun)
    return next((a for a, n in ctx.names.items() if n == named), None) if named else None


def _verbs_of(verb: Token) -> set[str]:
    """The forms of ``verb`` and of the verbs its "to" clauses hang on it ("plans to
    attend": plans, plan, attend), as a question may ask them."""
    found = {verb.lower_, verb.lemma_.lower()}
    for child in verb.children:
        if child.dep_ == "xcomp":
            found |= {child.lower_, child.lemma_.lower()}
    return found


def name_reported_it(ctx: RuleContext, text: str, sentence: Span) -> str | None:
    """``text`` with its subject "it" (one of its first ten words, not the first) named by
    the body that reports it (``reporter_body``), or None."""
    words = text.split()
    if not any(i and w.lower() == "it" for i, w in enumerate(words[:10])):
        return None
    asked = {w.lower().strip("?,") for w in words}
    mentions = [
        t
        for t in sentence
        if t.lower_ == "it" and t.dep_ in _SUBJECTS and _verbs_of(t.head) & asked
    ]  # the "it" whose verb the question asks ("it would publish": "Would it publish?")
    if len(mentions) != 1:
        return None
    named = reporter_body(ctx, mentions[0])
    if named is None:
        return None
    from briefing_tui.analysis.questions.rules import with_the

    said = with_the(named) if named[:1].isupper() else f"the {named}"  # "the regulator"
    return re.sub(r"\bit\b", said, text, count=1)
