"""How pledge questions meet the other families' questions of one move.

A move found settled keeps every family from asking it, a pledge that names its mover
wins a tie in its sentence, and a later question asking the same move again joins the
pledge.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.references import anchored_pronouns, vague_reference
from briefing_tui.analysis.sentences import sentence_starts
from briefing_tui.model import QuestionKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.questions.rules import Candidate

#: A vetoed move: the veto's name and the act's verb.
Refusal = tuple[str, "Token"]

#: The vetoes that tell a move settled: no family asks it.
SETTLING = frozenset({"done-later", "already-past"})


def settled_move(candidate: Candidate, refused: list[Refusal]) -> str | None:
    """The veto of a move this family found settled in the candidate's sentence, where the
    candidate asks that very act ("Will the union strike?" after "The strike was called
    off"), or None."""
    if candidate.kind == QuestionKind.DISPUTED or candidate.family == "pledge":
        return None
    start = candidate.sentences[-1].start
    for veto, verb in refused:
        asks_it = re.search(rf"\b{re.escape(verb.lemma_)}\b", candidate.text, re.IGNORECASE)
        if veto in SETTLING and verb.sent.start == start and asks_it:
            return veto
    return None


def _vague(candidate: Candidate) -> bool:
    text = candidate.text
    return (
        vague_reference(text, anchored_pronouns(text, candidate.sentences), candidate.sentences)
        is not None
    )


def names_the_mover(pledge: Candidate, other: Candidate) -> bool:
    """Whether a pledge asks its sentence better than another family's question of equal
    strength: the other leaves a reference the article must explain ("Will the government
    publish ...?"), the pledge names it ("Will the United Kingdom publish ...?")."""
    return pledge.family == "pledge" and _vague(other) and not _vague(pledge)


#: How many sentences after a pledge a question may ask the same move and join it.
SAME_MOVE_REACH = 4
_FORWARD_KINDS = frozenset({QuestionKind.EXPECTATION, QuestionKind.CONDITIONAL})


def _act_of(candidate: Candidate) -> tuple[str, str] | None:
    """The act's verb and its object's head noun ("close", "store") of a pledge question."""
    sent = candidate.sentences[-1]
    verb = next((t for t in sent if t.text == candidate.cue and t.pos_ == "VERB"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb else None
    if verb is None or obj is None or obj.pos_ != "NOUN":
        return None
    return verb.lemma_.lower(), obj.lower_


def _sentence_index(doc: Doc, at: int) -> int:
    """How many sentences of ``doc`` stand before token ``at``: the sentence's number where
    ``at`` opens one (from the starts read once), else as spaCy counts ``doc[:at].sents``."""
    if not at:
        return 0
    starts = sentence_starts(doc)
    k = bisect_left(starts, at)
    if k < len(starts) and starts[k] == at:
        return k
    return sum(1 for _ in doc[:at].sents)


def merge_same_moves(candidates: list[Candidate]) -> list[Candidate]:
    """Merge into a pledge the later questions that ask the same move again: the same act
    of the same object within a few sentences ("will close the store" said again in a
    quote). The pledge's question stays; the others' evidence joins it."""
    kept: list[Candidate] = []
    moves: list[tuple[Candidate, tuple[str, str], int]] = []
    for candidate in candidates:
        at = candidate.sentences[-1].start
        index = _sentence_index(candidate.sentences[-1].doc, at)
        joined = False
        if candidate.veto is None and candidate.kind in _FORWARD_KINDS:
            text = candidate.text.lower()
            for pledge, (act, obj), where in moves:
                near = 0 < index - where <= SAME_MOVE_REACH
                if near and re.search(rf"\b{act}\b.*\b{obj}\b", text):
                    pledge.sentences.extend(candidate.sentences)
                    pledge.actors.extend(a for a in candidate.actors if a not in pledge.actors)
                    pledge.claims.extend(c for c in candidate.claims if c not in pledge.claims)
                    joined = True
                    break
        if joined:
            continue
        kept.append(candidate)
        act = _act_of(candidate) if candidate.family == "pledge" else None
        if act is not None:
            moves.append((candidate, act, index))
    return kept
