"""Disputes where one side says no evidence supports another's account.

"Police chief Rita Mohr said officers arrested the protesters only after they
attacked a patrol car" and, later, "No evidence supports Mohr's account, said
the rights group Open Streets": the account is disputed with no denial word.
The account must be named by a statement noun whose possessor is the claimant
("Mohr's account", "her version"), the evidence must be denied ("no evidence",
"little evidence"), and an earlier claim by that claimant must state it; the
question asks that claim, both sentences as evidence. A speaker of the "no
evidence" sentence who is the claimant himself is no dispute.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import char_span, doc_words
from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.disputes import Dispute, root_verb
from briefing_tui.analysis.sentences import doc_sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.questions.rules import RuleContext
    from briefing_tui.model import Claim

#: Nouns of evidence (lemmas).
_EVIDENCE = frozenset({"evidence", "proof", "support", "record", "data"})
#: Determiners and adjectives that deny the evidence ("no evidence", "little proof").
_NONE = frozenset({"no", "little", "scant"})
#: Verbs with which evidence bears out an account (lemmas).
_BEARING_OUT = frozenset(
    {"support", "back", "corroborate", "confirm", "substantiate", "bear", "sustain", "show"}
)


def _denied_evidence(token: Token) -> bool:
    return token.lemma_.lower() in _EVIDENCE and any(
        c.dep_ in {"det", "amod"} and c.lower_ in _NONE for c in token.children
    )


def _account(evidence: Token) -> Token | None:
    """The statement noun a denied evidence would bear out: "supports Mohr's account"
    (the evidence as subject) or "no evidence for her version"."""
    claim_nouns = lemma_set("claim_nouns")
    candidates: list[Token] = []
    verb = evidence.head
    if evidence.dep_ == "nsubj" and verb.lemma_.lower() in _BEARING_OUT:
        candidates += [c for c in verb.children if c.dep_ == "dobj"]
    for prep in (c for c in evidence.children if c.dep_ == "prep" and c.lower_ in {"for", "of"}):
        candidates += [c for c in prep.children if c.dep_ == "pobj"]
    return next(
        (
            c
            for c in candidates
            if c.lemma_.lower() in claim_nouns and any(p.dep_ == "poss" for p in c.children)
        ),
        None,
    )


def _speaker(ctx: RuleContext, sentence_root: Token) -> str | None:
    """Who says the "no evidence" sentence: the subject of its reporting verb, if any."""
    subject = next((c for c in sentence_root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or sentence_root.lemma_.lower() not in lemma_set("reporting"):
        return None
    return ctx.actor_of(subject)


def unsupported_accounts(ctx: RuleContext, doc: Doc, claims: list[Claim]) -> list[Dispute]:
    """Disputes from "no evidence supports X's account" and the claim of X's it answers."""
    found: list[Dispute] = []
    sentences = doc_sentences(doc)
    starts = [s.start_char for s in sentences]
    lemmas = doc_words(doc).lemmas  # a Token is built for an evidence noun only
    nouns = (doc[i] for i, lemma in enumerate(lemmas) if lemma in _EVIDENCE)
    for evidence in (t for t in nouns if _denied_evidence(t)):
        account = _account(evidence)
        if account is None:
            continue
        owner = next(p for p in account.children if p.dep_ == "poss")
        claimant = ctx.actor_of(owner)
        if claimant is None:
            continue
        earlier = [
            c for c in claims if c.source == claimant and c.content.end <= evidence.sent.start_char
        ]
        if not earlier:
            continue
        claim = earlier[-1]
        speaker = _speaker(ctx, evidence.sent.root)
        if speaker == claimant:
            continue
        content = char_span(doc, claim.content.start, claim.content.end)
        if content is None or not len(content):
            continue
        claimed = sentences[bisect_right(starts, claim.content.start) - 1]
        found.append(
            Dispute(
                [claimed, evidence.sent] if claimed.start != evidence.sent.start else [claimed],
                root_verb(content),
                sources=[s for s in (claimant, speaker) if s],
                claims=[claim.id] if claim.id else [],
                cue=f"no {evidence.lower_}",
            )
        )
    return found
