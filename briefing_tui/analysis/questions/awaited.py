"""Results the article says are awaited: what will they show?

"Officials waited for laboratory results that will show whether the tap water is
contaminated" leaves the story's central matter open: "Will laboratory results show
that the tap water is contaminated?". The awaited thing is a finding noun (results,
tests, an analysis, an autopsy, an audit; ``_FINDINGS``) whose verb of showing
("show", "determine", "reveal", "establish", "confirm") is still to come (a modal,
"expected to", "due to") and takes a "whether" clause with its own subject. What the
results showed, told later ("The tests showed that ..."), settles it
(``settled-later``); results told as past ("the tests showed whether") ask nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import tokens_where
from briefing_tui.analysis.questions.phrasing import running_words
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.questions.sweeps import sweep
from briefing_tui.model import QuestionKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from briefing_tui.analysis.questions.rules import Candidate, RuleContext

#: Verbs by which results tell what they find.
SHOWING = frozenset({"show", "determine", "reveal", "establish", "confirm", "indicate"})
#: Nouns for what tests and inquiries produce.
_FINDINGS = frozenset(
    {
        "result",
        "test",
        "analysis",
        "autopsy",
        "audit",
        "sample",
        "examination",
        "inspection",
        "study",
        "review",
        "investigation",
        "inquiry",
        "probe",
        "finding",
    }
)
#: Auxiliaries of a showing still to come.
_AHEAD = frozenset({"will", "would", "should", "could", "may", "might", "shall"})
#: Words before a "to" that put the showing ahead ("expected to show").
_AHEAD_HEADS = frozenset({"expect", "due", "set", "likely", "hope", "meant"})
#: Dependents of the finding noun left out of the question.
_ASIDES = frozenset({"relcl", "acl", "appos", "punct", "prep", "det", "poss"})


def _finding_noun(verb: Token) -> Token | None:
    """The finding noun whose showing ``verb`` is: its subject, or the noun a relative
    clause or "expected to" hangs from."""
    if verb.dep_ == "relcl":
        noun = verb.head
    else:
        head = verb.head if verb.dep_ == "xcomp" else verb
        noun = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if noun is None or noun.lemma_.lower() not in _FINDINGS:
        return None
    return noun


def _ahead(verb: Token) -> bool:
    """Whether ``verb`` tells a showing still to come: "will show", "expected to show"."""
    if any(c.dep_ == "aux" and c.lower_ in _AHEAD for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _AHEAD_HEADS


def _whether_clause(verb: Token) -> Token | None:
    """The "whether" clause ``verb`` takes, with its own subject."""
    for clause in verb.children:
        if clause.dep_ not in {"ccomp", "advcl", "xcomp"}:
            continue
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children)
        if "whether" in marks and subject:
            return clause
    return None


def _settled_later(noun: Token) -> bool:
    """Whether a sentence after ``noun``'s tells results shown: "The tests showed ..."."""
    doc = noun.doc
    for verb in tokens_where(doc[noun.sent.end :], "lemmas", SHOWING | {"find"}):
        if verb.tag_ not in {"VBD", "VBN"} or is_negated(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.lemma_.lower() in _FINDINGS:
            return True
    return False


def _noun_words(noun: Token) -> str:
    """The finding noun with its modifiers ("laboratory results"), "the" before it."""
    cut = {t.i for c in noun.children if c.dep_ in _ASIDES for t in c.subtree}
    words = running_words([t for t in noun.subtree if t.i not in cut], all_punct=True)
    return f"the {words}"


def awaited_result(verb: Token) -> tuple[str, Span] | str | None:
    """What an awaited result will show, asked ("Will the laboratory results show that
    the water is contaminated?"), with its sentence; ``settled-later`` where the article
    tells what they showed; None where ``verb`` shows nothing awaited."""
    if verb.pos_ not in {"VERB", "AUX"} or is_negated(verb) or not _ahead(verb):
        return None
    noun = _finding_noun(verb)
    clause = _whether_clause(verb)
    if noun is None or clause is None:
        return None
    if _settled_later(noun):
        return "settled-later"
    kept = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head == clause)]
    matter = running_words(kept)
    if not matter:
        return None
    return f"Will {_noun_words(noun)} show that {matter}?", verb.sent


def find_awaited(ctx: RuleContext, doc: Doc) -> tuple[list[Candidate], list[tuple[str, Token]]]:
    """Awaited results asked by what they will show, and the vetoes that removed others."""

    def build(_verb: Token, asked: tuple[str, Span]) -> Candidate:
        text, sent = asked
        candidate = ctx.candidate(QuestionKind.PENDING, sent, text)
        candidate.family, candidate.cue = "awaited", "awaited-result"
        return candidate

    return sweep(doc, SHOWING, awaited_result, build)
