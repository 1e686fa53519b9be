"""A proposal a regulator or another deciding body is reviewing: will it approve it?

"The state utilities commission is reviewing the proposed merger of Halden
Power and Nord Electric" leaves open the story's central matter: "Will the
state utilities commission approve the merger of Halden Power and Nord
Electric?". The body must be a deciding body (not a court: ``courts.py``
asks those) and the proposal named by its own words (a name, "of ...", a
possessor); a bare "the deal" is held back (``unnamed-object``). The body's
decision told later settles it (``settled-later``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import tokens_where
from briefing_tui.analysis.questions.agenda_words import as_written
from briefing_tui.analysis.questions.courts import COURT_NOUNS
from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.decisions_due import told_ahead
from briefing_tui.analysis.questions.phrasing import running_words
from briefing_tui.analysis.questions.rules import raise_at, with_the
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.questions.stakes import DECIDING_BODIES, body_acted_later
from briefing_tui.model import QuestionKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.questions.rules import Candidate, RuleContext

#: Verbs with which a body examines a proposal it has not decided on.
REVIEWING = frozenset({"review", "weigh", "consider", "study", "examine", "assess"})
#: Nouns of a proposal a body approves or rejects (lemmas).
_PROPOSALS = frozenset(
    {"merger", "deal", "application", "bid", "request", "proposal", "acquisition", "takeover"}
    | {"permit", "license", "licence", "sale", "petition", "plan", "purchase", "contract"}
)
#: Proposals a body grants rather than approves: "grant the recount request".
_GRANTED = {"request": "grant", "petition": "grant"}
#: Verbs of a body's decision told later (lemmas).
_DECIDED = frozenset({"approve", "reject", "block", "clear", "deny", "grant", "authorize"})
#: Words of a proposal that only say it is proposed: left out of the question.
_PROPOSED = frozenset({"proposed", "planned", "pending"})


def _body(verb: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    words = {subject.lemma_.lower(), *(c.lemma_.lower() for c in subject.children)}
    if subject.lemma_.lower() not in DECIDING_BODIES or words & COURT_NOUNS:
        return None
    return subject


def _when_or_where(token: Token) -> bool:
    """Whether ``token`` tells when or at which gathering a proposal is taken up ("on
    Thursday", "at a session"), not what the proposal is."""
    return token.ent_type_ in {"DATE", "TIME"} or (
        token.dep_ == "pobj" and token.lemma_.lower() in lemma_set("gathering_nouns")
    )


def _proposal_words(proposal: Token) -> str | None:
    """The proposal as its words name it ("the merger of Halden Power and Nord
    Electric", "Arvo Mining's application for a new copper mine", "the proposal to
    close Mill Street"), or None for a bare "the deal"."""
    naming = [c for c in proposal.children if c.dep_ in {"prep", "poss", "compound", "acl"}]
    if not naming:
        return None
    cut = {
        t.i
        for c in proposal.subtree
        if c.dep_ in {"appos", "relcl"} or (c.is_punct and c.head.i != proposal.i)
        for t in c.subtree
    }
    cut |= {c.i for c in proposal.children if c.lower_ in _PROPOSED or c.dep_ == "det"}
    cut |= {  # "the request at a session on Thursday": the session is no part of it
        t.i
        for c in proposal.children
        if c.dep_ == "prep" and any(_when_or_where(g) for g in c.subtree)
        for t in c.subtree
    }
    tokens = [t for t in proposal.subtree if t.i not in cut]
    said = running_words(tokens)
    owned = any(c.dep_ == "poss" for c in proposal.children)
    return said if owned else f"the {said}"


def _reviewing(ctx: RuleContext, verb: Token) -> Candidate | None:
    if verb.lemma_.lower() not in REVIEWING or verb.pos_ != "VERB" or is_negated(verb):
        return None
    ahead = verb.tag_ == "VB" and told_ahead(verb) is not None
    if verb.dep_ in {"relcl", "acl", "amod"} or not (ahead or verb.tag_ in {"VBG", "VBZ", "VBP"}):
        return None  # "reviewed" tells the past; "the agency reviewing it" describes
    body = _body(verb) if not ahead else _body(verb) or _body(told_ahead(verb))
    proposal = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if body is None or proposal is None or proposal.lemma_.lower() not in _PROPOSALS:
        return None
    if body_acted_later(body, _DECIDED):
        ctx.veto("settled-later")
        return None
    named = _proposal_words(proposal)
    body_words = [t for t in body.subtree if t.i <= body.i and not t.is_punct]
    who = running_words(body_words[1:] if body_words[0].dep_ == "det" else body_words)
    who = who if body_words[-1].ent_type_ == "PERSON" else f"the {who}"
    if ahead:
        # "the commission would consider the recount request at a session on Thursday":
        # told ahead, the body goes by the name the actors give it, or asks nothing
        name = ctx.name_of(body)
        if not name or not any(w[:1].isupper() for w in name.split()):
            return None
        who = as_written(with_the(name), verb.doc)
    act = _GRANTED.get(proposal.lemma_.lower(), "approve")
    text = f"Will {who} {act} {named or 'the ' + proposal.lemma_.lower()}?"
    found = ctx.candidate(QuestionKind.PENDING, verb.sent, text, body)
    found.weak = None if named else "unnamed-object"
    return found


def find_reviews(ctx: RuleContext, doc: Doc) -> tuple[list[Candidate], list[tuple[str, Token]]]:
    """Proposals a deciding body is reviewing, and the vetoes that removed others."""
    verbs = tokens_where(doc[:], "lemmas", REVIEWING)
    return raise_at(ctx, verbs, "review", ((_reviewing, None),))
