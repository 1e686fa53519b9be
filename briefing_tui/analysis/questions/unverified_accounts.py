"""Unverified accounts: a claim the article says could not be verified, asked as a question.

"Her account could not be independently verified", "That could not be confirmed",
"The claim that other guests had fallen ill could not be verified": the press
says it cannot vouch for what someone said. The statement noun points back to the
claim told just before it (or names it by its own "that" clause), and that
claim's clause is asked:

    Had other guests fallen ill?

Patterns: a statement noun with its own "that" clause (own clause); "that"/"this"
alone or before a statement noun, or a statement noun owned ("her account", "the
official's account") or with "the" (points back).

Named vetoes (``--explain`` shows them): ``verified-thing`` (what could not be
verified is a thing, not a statement: "The photographs could not be verified"),
``verified-nothing-before`` (no claim told just before to point back to),
``verified-quoted`` (a speaker's words), ``verified-figure`` ("That figure could not be
verified": the number is in doubt, not the clause that gives it),
``verified-unanchored`` (the clause's subject is a bare or indefinite common noun
naming no one: "members had been eating fish", "a crew had drilled": whose?),
``verified-no-subject`` (the parse gives the clause no subject of
its own to ask about, or hangs one on an auxiliary, as where two reported clauses were
read as one).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import char_span, lemma_positions
from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.disputes import fronted, root_verb
from briefing_tui.analysis.questions.rules import Candidate, RuleContext, phrase
from briefing_tui.analysis.questions.scope import clause_verb, is_negated, quoted_region
from briefing_tui.analysis.sentences import doc_sentences
from briefing_tui.analysis.syntax import clause_subject, has_nominal_subject
from briefing_tui.model import ClaimKind, QuestionKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from briefing_tui.model import Claim

#: Verbs of checking a statement (lemmas): "could not be verified / confirmed".
VERIFYING = frozenset({"verify", "confirm", "corroborate"})
#: Words that point back to what was just said ("That could not be verified", "this claim").
_POINTING = frozenset({"that", "this"})
#: Nouns for a figure just given ("That figure", "the figures"): what could not be checked is
#: the number, not the clause around it, which a question would ask instead.
FIGURE_NOUNS = frozenset({"figure", "number", "estimate", "total", "tally", "count", "statistic"})
#: The cue ``--explain`` shows.
CUE = "could not be verified"
#: How many sentences back the claim pointed at may be told.
REACH = 2


def _that_clause(noun: Token) -> Token | None:
    """The "that ..." clause a statement noun introduces ("the claim *that guests fell ill*")."""
    for child in noun.children:
        clause = child.dep_ in {"acl", "ccomp"} and child.pos_ in {"VERB", "AUX"}
        if clause and any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children):
            return child
    return None


def _points_back(subject: Token) -> bool:
    """Whether a subject points back to what was just said: "That", "this claim", "her
    account", "the official's account", "the claim"."""
    if subject.lower_ in _POINTING and not list(subject.children):
        return True
    if subject.lemma_.lower() not in lemma_set("claim_nouns"):
        return False
    return any(
        (c.dep_ == "det" and c.lower_ in _POINTING | {"the"}) or c.dep_ == "poss"
        for c in subject.children
    )


def _claim_before(doc: Doc, claims: list[Claim], sentences: list[Span], index: int) -> Claim | None:
    """The latest claim told in the ``REACH`` sentences before sentence ``index``: one
    reported, where there is one, rather than a quote that illustrates it ("It was just
    bang, bang")."""
    first = sentences[max(0, index - REACH)].start_char
    end = sentences[index].start_char
    before = [c for c in claims if first <= c.content.start < end]
    reported = [c for c in before if c.kind != ClaimKind.DIRECT]
    return max(reported or before, key=lambda c: c.content.start) if before else None


def _garbled(verb: Token) -> bool:
    """Whether the parse hangs a subject on one of the verb's auxiliaries ("members had |
    more than 2,000 containers waiting"): the clause cannot be asked as parsed."""
    return any(
        c.dep_ in {"aux", "auxpass"} and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
        for c in verb.children
    )


def _unanchored(subject: Token | None) -> bool:
    """Whether a subject is a common noun that names no one: bare ("members") or indefinite
    ("a crew"), with no name anywhere in its phrase ("residents of Toolong" has one)."""
    if subject is None or subject.pos_ != "NOUN":
        return False
    if any(t.pos_ == "PROPN" for t in subject.subtree):
        return False
    return not any(
        c.dep_ == "poss"
        or (c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"})
        for c in subject.children
    )


def _asked(ctx: RuleContext, contested: Token) -> str:
    """The clause asked as a question, its opening "that" and fronted adjuncts left out."""
    verb = clause_verb(contested)
    drop = [c.i for c in verb.children if c.dep_ == "mark"]
    drop += fronted(verb)
    return phrase(ctx, verb, drop=drop)


def find_unverified_accounts(
    ctx: RuleContext, doc: Doc, claims: list[Claim]
) -> tuple[list[Candidate], list[tuple[str, Token]]]:
    """Claims the article says could not be verified, as unverified questions; and the
    named vetoes with the verb each removed."""
    sentences = doc_sentences(doc)
    starts = [s.start for s in sentences]
    found: list[Candidate] = []
    refused: list[tuple[str, Token]] = []
    for i in lemma_positions(doc, VERIFYING):
        verb = doc[i]
        if verb.pos_ != "VERB" or not is_negated(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is None:
            continue
        if quoted_region(verb) is not None:
            refused.append(("verified-quoted", verb))
            continue
        if subject.lemma_.lower() in FIGURE_NOUNS:
            refused.append(("verified-figure", verb))
            continue
        index = bisect_right(starts, verb.i) - 1
        own = _that_clause(subject) if subject.lemma_.lower() in lemma_set("claim_nouns") else None
        evidence = [sentences[index]]
        claim_ids: list[str] = []
        if own is not None:
            contested = own
        elif _points_back(subject):
            claim = _claim_before(doc, claims, sentences, index)
            content = char_span(doc, claim.content.start, claim.content.end) if claim else None
            if claim is None or content is None or not len(content):
                refused.append(("verified-nothing-before", verb))
                continue
            contested = root_verb(content)
            if contested.pos_ not in {"VERB", "AUX"}:
                refused.append(("verified-nothing-before", verb))
                continue
            said = bisect_right(starts, contested.i) - 1
            if said != index:
                evidence.insert(0, sentences[said])
            if claim.id:
                claim_ids.append(claim.id)
        else:
            refused.append(("verified-thing", verb))
            continue
        if not has_nominal_subject(clause_verb(contested)) or _garbled(clause_verb(contested)):
            refused.append(("verified-no-subject", verb))
            continue
        if _unanchored(clause_subject(clause_verb(contested))):
            refused.append(("verified-unanchored", verb))
            continue
        candidate = ctx.candidate(
            QuestionKind.UNVERIFIED, evidence[-1], _asked(ctx, contested), clause_subject(contested)
        )
        candidate.sentences = evidence
        candidate.claims = claim_ids
        candidate.actors = ctx.actors_in(evidence)
        candidate.family, candidate.cue = "unverified", CUE
        found.append(candidate)
    return found, refused
