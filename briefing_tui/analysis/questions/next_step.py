"""A measure that "now goes to" the next chamber: will that chamber take the step too?

"The committee voted to hold Ronald Pike in contempt. The resolution now goes
to the full House" leaves the full House's vote open, and it is the story's
central matter: "Will the full House vote to hold Ronald Pike in contempt?".
The step the first body took names what the next one decides ("voted to
...", "passed a bill requiring ..."); failing that, the measure's own words
do ("the ferry safety bill"). A bare "the bill" with nothing to name it is
held back (``unnamed-object``). A later sentence telling the next body's vote
settles it (``settled-later``). A chamber with a relative clause of its own
("..., which is expected to vote on it") is asked by ``bodies.py``, unless
the measure there is a bare "the bill" that an earlier step names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import tokens_where
from briefing_tui.analysis.questions.phrasing import running_words
from briefing_tui.analysis.questions.rules import raise_at
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.questions.stakes import (
    DECIDING_BODIES,
    DECIDING_VERBS,
    body_acted_later,
)
from briefing_tui.analysis.sentences import doc_sentences
from briefing_tui.model import QuestionKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from briefing_tui.analysis.questions.rules import Candidate, RuleContext

#: Nouns of what a chamber decides, and the verb with which it takes it.
_PROPOSALS = {
    "bill": "pass",
    "legislation": "pass",
    "measure": "pass",
    "amendment": "pass",
    "package": "pass",
    "budget": "pass",
    "resolution": "approve",
    "motion": "approve",
    "proposal": "approve",
    "nomination": "confirm",
    "treaty": "ratify",
}
#: Verbs with which a measure moves on ("goes to", "heads to", "moves to").
NEXT_STEP_VERBS = frozenset({"go", "head", "move", "advance", "proceed", "come", "send"})
#: Office holders who sign what a chamber sends them.
_SIGNERS = frozenset({"governor", "president", "mayor", "king", "queen", "monarch"})
#: Bodies that are no chamber, though they decide.
_NOT_CHAMBERS = frozenset({"court", "judge", "justice", "jury", "tribunal", "circuit"})
#: Verbs with which a body takes a measure (lemmas): told earlier they name it; told of
#: the next body later they settle the question.
_TAKING = frozenset({"pass", "approve", "adopt", "clear", "vote", "confirm", "ratify", "sign"})
_TAKING_LATER = _TAKING | {"reject", "defeat", "veto", "block"}
#: How many sentences back the first body's step may be told.
LOOK_BACK = 3


def _target(verb: Token) -> Token | None:
    """The chamber or office holder a measure moves to ("to the full House")."""
    prep = next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "before"}), None
    )
    body = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if body is None or _relative(body) == "describes":
        return None
    compounds = (c.lemma_.lower() for c in body.children if c.dep_ == "compound")
    words = {body.lemma_.lower(), *compounds}
    if words & _NOT_CHAMBERS or not words & (DECIDING_BODIES | _SIGNERS):
        return None
    return body


def _relative(body: Token) -> str | None:
    """What the body's relative clause about itself does: "decides" when it tells the
    body's decision ("the House, which is expected to vote on it": ``bodies.py`` asks
    that one), "describes" when it says something else ("the Senate, which will
    celebrate its birthday"); None when there is none, or only one of the measure's
    prospects ("the Assembly, where its fate is uncertain")."""
    clauses = [c for c in body.children if c.dep_ == "relcl"]
    deciding = DECIDING_VERBS | {"sign"}
    if any(t.lemma_.lower() in deciding for c in clauses for t in c.subtree):
        return "decides"
    about_body = [c for c in clauses if not any(t.lower_ == "where" for t in c.children)]
    return "describes" if about_body else None


def _body_words(body: Token) -> str:
    asides = {"relcl", "acl", "appos", "punct"}
    cut = {t.i for c in body.children if c.dep_ in asides for t in c.subtree}
    return running_words([t for t in body.subtree if t.i not in cut])


def _voted_to(verb: Token) -> str | None:
    """What a body voted to do ("to hold Ronald Pike in contempt of Congress"), without
    the reason given ("for refusing to testify")."""
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if act is None:
        return None
    reasons = {
        t.i
        for c in act.children
        if c.dep_ == "prep" and c.lower_ in {"for", "after", "because"}
        for t in c.subtree
    }
    tokens = [t for t in act.subtree if t.i not in reasons and t.dep_ != "npadvmod"]
    tokens = [t for t in tokens if not (t.dep_ == "aux" and t.lower_ == "to")]
    return f"vote to {running_words(tokens)}"


def _taken(measure: Token, steps: list[Span], signer: bool) -> tuple[str, Span] | None:
    """The step an earlier body took on the measure, as the next body (or the office
    holder who signs, ``signer``) would take it ("vote to hold X in contempt", "pass the
    bill requiring life jackets", "sign the budget"), and the sentence that tells it."""
    for sent in reversed(steps):
        for verb in sent:
            if verb.lemma_.lower() not in _TAKING or verb.tag_ != "VBD" or is_negated(verb):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or not any(
                t.lemma_.lower() in DECIDING_BODIES for t in subject.subtree
            ):
                continue
            if verb.lemma_.lower() == "vote" and not signer:
                voted = _voted_to(verb)
                if voted is not None:
                    return voted, sent
                continue
            thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if thing is None or thing.lemma_.lower() != measure.lemma_.lower():
                continue
            tokens = [t for t in thing.subtree if not (t.dep_ == "det" and t.head == thing)]
            act = "sign" if signer else _PROPOSALS[measure.lemma_.lower()]
            return f"{act} the {running_words(tokens)}", sent
    return None


def _named(measure: Token) -> str | None:
    """The measure as its own words name it ("the ferry safety bill", "the bill on
    ferries"), or None for a bare "the bill"."""
    naming = [c for c in measure.children if c.dep_ in {"compound", "amod", "prep", "acl", "poss"}]
    if not naming:
        return None
    tokens = [t for t in measure.subtree if not (t.dep_ == "det" and t.head == measure)]
    if any(t.dep_ == "poss" for t in measure.children):
        return running_words(tokens)
    return f"the {running_words(tokens)}"


def _next_step(ctx: RuleContext, verb: Token) -> Candidate | None:
    if verb.lemma_.lower() not in NEXT_STEP_VERBS or verb.pos_ != "VERB" or is_negated(verb):
        return None
    if verb.tag_ not in {"VBZ", "VBP"} or verb.dep_ in {"relcl", "acl", "advcl"}:
        return None
    # "the resolution goes to the House"; "the vote sends the resolution to the House"
    role = "dobj" if verb.lemma_.lower() == "send" else "nsubj"
    measure = next((c for c in verb.children if c.dep_ == role), None)
    body = _target(verb)
    if measure is None or body is None or measure.lemma_.lower() not in _PROPOSALS:
        return None
    if body_acted_later(body, _TAKING_LATER):  # "the House voted 230-190"
        ctx.veto("settled-later")
        return None
    sentences = doc_sentences(verb.doc)
    at = next(i for i, s in enumerate(sentences) if s.start == verb.sent.start)
    steps = sentences[max(0, at - LOOK_BACK) : at + 1]
    titles = {body.lemma_.lower(), *(c.lower_ for c in body.children if c.dep_ == "compound")}
    signer = bool(titles & _SIGNERS)  # "the governor", "Governor Ann Lee"
    taken = _taken(measure, steps, signer)
    if _relative(body) == "decides" and (taken is None or _named(measure) is not None):
        return None  # bodies.py asks it; only a bare "the bill" an earlier step names is ours
    evidence = [verb.sent]
    weak = None
    if taken is not None:
        step, told = taken
        evidence = [told, verb.sent] if told.start != verb.sent.start else evidence
    else:
        named = _named(measure)
        what = named or f"the {measure.lemma_.lower()}"
        weak = None if named else "unnamed-object"
        step = f"sign {what}" if signer else f"{_PROPOSALS[measure.lemma_.lower()]} {what}"
    text = f"Will {_body_words(body)} {step}?"
    found = ctx.candidate(QuestionKind.PENDING, verb.sent, text[:1].upper() + text[1:], body)
    found.sentences = evidence
    found.actors = ctx.actors_in(evidence)
    found.weak = weak
    return found


def find_next_steps(ctx: RuleContext, doc: Doc) -> tuple[list[Candidate], list[tuple[str, Token]]]:
    """Votes a measure awaits in the next chamber, and the vetoes that removed others."""
    verbs = tokens_where(doc[:], "lemmas", NEXT_STEP_VERBS)
    return raise_at(ctx, verbs, "chamber", ((_next_step, None),))
