"""The agenda's reviews: a review, inquiry or audit under way asks what it will find.

"The review, led by the board's audit committee, was continuing" asks "What
will the review by Tarvik Logistics' audit committee find?" (a firm's
"board" is the one firm the headline names); "its investigation" of a named
organisation asks "What will the Civil Aviation Authority's investigation
find?". No one named to lead or own it: ``unnamed-matter``; a finding told
later: ``settled-later``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_ents, doc_text
from briefing_tui.analysis.questions.agenda_words import as_written, own_name
from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.phrasing import running_words
from briefing_tui.analysis.questions.rules import with_the
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.questions.stakes import DECIDING_BODIES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.questions.rules import RuleContext


#: Verbs of leading a review: "led by", "conducted by", "carried out by".
_LEADING = frozenset({"lead", "conduct", "carry", "run", "oversee", "head"})
#: Verbs that tell a review's finding ("the review found", "the inquiry concluded").
_FOUND = frozenset({"find", "conclude", "clear", "determine", "show"})


def _running(noun: Token) -> bool:
    """Whether a review is told as under way: "the review was continuing", "the ongoing
    inquiry", "the investigation is proceeding"."""
    ongoing = lemma_set("ongoing")
    if any(c.dep_ == "amod" and c.lemma_.lower() in ongoing for c in noun.children):
        return True
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or is_negated(verb):
        return False
    if any(c.lower_ in {"would", "could", "if", "might"} for c in verb.children):
        return False
    return verb.lemma_.lower() in ongoing and verb.tag_ in {"VBG", "VBZ", "VBP"}


def _conductor(ctx: RuleContext, noun: Token) -> str | None:
    """Who leads a review, by its words without asides: "the board's audit committee" for
    "led by the board's audit committee with the help of outside accountants"."""
    for child in noun.children:
        if child.dep_ == "acl" and child.lemma_.lower() in _LEADING:
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            leader = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            if leader is None:
                return None
            named = next((c for c in leader.children if c.dep_ == "appos"), None)
            if named is not None and named.pos_ == "PROPN":
                leader = named  # "its chief inspector, Omar Haddad"
            name = ctx.name_of(leader)
            if name:
                return with_the(name)
            return _owned(ctx, leader)
    return None


def _headline_firm(doc: Doc) -> str | None:
    """The one organisation the headline (the text's first line) names, not a deciding
    body: a company story's "board" is that firm's."""
    end = doc_text(doc).find("\n")
    if end < 0:
        return None
    firms = {
        ent.text
        for ent in doc_ents(doc)
        if ent.end_char <= end
        and ent.label_ == "ORG"
        and ent[-1].lemma_.lower() not in DECIDING_BODIES
    }
    return firms.pop() if len(firms) == 1 else None


#: Nouns for a firm's own organs: "the board's audit committee" is the firm's.
_ORGANS = frozenset({"board", "company", "firm"})


def _owned(ctx: RuleContext, leader: Token) -> str:
    """ "Selo Freight's audit committee" for "the board's audit committee" where the
    headline names one firm; else the leader's own words."""
    owner = next((c for c in leader.children if c.dep_ == "poss"), None)
    if owner is None or owner.lemma_.lower() not in _ORGANS or ctx.name_of(owner):
        return own_name(leader)
    firm = _headline_firm(leader.doc)
    if firm is None:
        return own_name(leader)
    words = [t for t in leader.subtree if t.i > owner.right_edge.i and t.i <= leader.i]
    possessive = f"{firm}'" if firm.endswith("s") else f"{firm}'s"
    return f"{possessive} {running_words(words, all_punct=True)}"


def review_question(ctx: RuleContext, noun: Token, template: str) -> tuple[str, str] | str | None:
    """ "The review, led by the board's audit committee, was continuing": what will it find?"""
    if not _running(noun):
        return None
    owner = _owner(ctx, noun)
    conductor = _conductor(ctx, noun)
    if owner is None and conductor is None:
        return "unnamed-matter"
    lemma = noun.lemma_.lower()
    for token in noun.doc[noun.sent.end :]:
        if token.lemma_.lower() == lemma and token.dep_ == "nsubj":
            verb = token.head
            if verb.lemma_.lower() in _FOUND and verb.tag_ == "VBD" and not is_negated(verb):
                return "settled-later"
    if owner is not None:
        possessive = f"{owner}'" if owner.endswith("s") else f"{owner}'s"
        return f"What will {possessive} {noun.lower_} find?", "review"
    return template.format(event=noun.lower_, conductor=conductor), "review"


def _owner(ctx: RuleContext, noun: Token) -> str | None:
    """The organisation whose review it is: "the Civil Aviation Authority" for "its
    investigation" where that is the organisation the "its" stands for."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    name = ctx.name_of(poss)
    organisations = {
        e.text.removeprefix("the ").removeprefix("The ")
        for e in doc_ents(noun.doc)
        if e.label_ == "ORG"
    }
    if not name or name.removeprefix("the ") not in organisations:
        return None
    return as_written(with_the(name), noun.doc)
