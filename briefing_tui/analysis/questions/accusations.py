"""An accusation its target denies, in any later sentence: the act is disputed.

"Dravia accused Ostrelia of diverting water from the Sena River" and, a
sentence or two later, "officials in Ostrelia rejected the accusation" (or
"denied that any water had been diverted") put one matter between two sides:
"Did Ostrelia divert water from the Sena River?", with the accuser and the
denier as its sides (``accusation-denied``). Only a named target is asked
about, and only a denial by that target's side (its own name, its people's
adjective, or the actor the analysis ties the denier to) counts. An admission
by the target later in the article settles it (``admitted-later``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import tokens_where
from briefing_tui.analysis.questions.disputes import Dispute
from briefing_tui.analysis.questions.phrasing import running_words
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.sentences import doc_sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.questions.rules import RuleContext

#: The cue ``--explain`` shows for a dispute of this kind; it asks better than a bare denial.
ACCUSED_CUE = "accusation-denied"
#: Verbs with which a target denies an accusation (lemmas).
_DENYING = frozenset({"deny", "reject", "dismiss", "refute", "dispute", "rebut"})
#: Verbs with which a target owns the act after all (lemmas).
_ADMITTING = frozenset({"admit", "acknowledge", "confess", "concede"})
#: Entity types of a proper noun that names no one ("Monday", "$5").
_NOT_NAMES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
#: Entity types of a place; a target of another type is taken for a body.
_PLACES = frozenset({"GPE", "NORP", "LOC"})
#: Prepositions that say what an act was done to or where, kept in the question.
_KEPT_PREPS = frozenset(
    {"from", "into", "to", "on", "at", "in", "with", "against", "across", "over", "near"}
)
#: Nouns that, said with "the", stand for an accused of each entity type ("the company").
_BODY_NOUNS = frozenset({"company", "firm", "corporation", "manufacturer", "maker", "operator"})
_PLACE_NOUNS = frozenset({"government", "country"})
#: How many sentences after the accusation a denial may sit.
WINDOW = 4


def _target_name(target: Token) -> str | None:
    """The accused as named ("Ostrelia" for "neighboring Ostrelia"), or None if unnamed."""
    if target.pos_ != "PROPN" or target.ent_type_ in _NOT_NAMES:
        return None
    words = [
        c
        for c in target.children
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()
    ]  # "neighboring Ostrelia": the tagger may take "neighboring" for a name
    words = [*words, target]
    first = target.doc[words[0].i - 1] if words and words[0].i > 0 else None
    the = first is not None and first.lower_ == "the" and first.head.i == target.i
    return ("the " if the else "") + running_words(words)


def _accused_act(accuse: Token) -> Token | None:
    """The act of "accused X of diverting water": the "of" phrase's verb; the parse may
    hang "diverting" on "water" as a modifier."""
    of = next((c for c in accuse.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return None
    for child in of.children:
        if child.dep_ == "pcomp" and child.tag_ == "VBG":
            return child
        if child.dep_ == "pobj":
            verb = next((g for g in child.children if g.tag_ == "VBG" and g.i < child.i), None)
            if verb is not None:
                return verb
    return None


def _act_words(act: Token) -> str | None:
    """ "divert water from the Sena River": the act's verb, object and where it was done,
    without a manner ("without warning"), a time or a result clause."""
    if act.dep_ == "compound":  # "diverting water from ...": the parse's noun is the object
        obj = act.head
        kept = [t for t in obj.subtree if t.i != act.i and not _dated_or_aside(t, obj)]
        return f"{act.lemma_} {running_words(kept)}"
    obj = next((c for c in act.children if c.dep_ == "dobj"), None)
    if obj is None or is_negated(act):
        return None
    kept = [t for t in obj.subtree if not _dated_or_aside(t, obj)]
    for prep in act.children:
        where = prep.dep_ == "prep" and prep.lower_ in _KEPT_PREPS and prep.i > obj.i
        if where and not any(t.ent_type_ in {"DATE", "TIME"} for t in prep.subtree):
            kept += list(prep.subtree)
    return f"{act.lemma_} {running_words(sorted(kept, key=lambda t: t.i))}"


def _dated_or_aside(token: Token, top: Token) -> bool:
    """Whether a word of an object's phrase is a time or sits in a clause or aside."""
    node = token
    while node.i != top.i:
        if node.dep_ in {"relcl", "acl", "appos", "punct", "advcl"} or node.ent_type_ in {
            "DATE",
            "TIME",
        }:
            return True
        node = node.head
    return False


def _same_side(ctx: RuleContext, speaker: Token, target: Token, name: str) -> bool:
    """Whether a speaker is the accused side: the actor the analysis ties both to, or
    words that name it or its people ("officials in Ostrelia", "Kyrgyz officials")."""
    side = ctx.actor_of(target)
    if side is not None and ctx.actor_of(speaker) == side:
        return True
    if target.ent_type_ == "PERSON":
        kinds: frozenset[str] = frozenset()
    else:
        kinds = _PLACE_NOUNS if target.ent_type_ in _PLACES else _BODY_NOUNS
    if speaker.lemma_.lower() in kinds and any(
        c.dep_ == "det" and c.lower_ == "the" for c in speaker.children
    ):
        return True  # "The company denied ...": the one company the story accuses
    stem = name.removeprefix("the ").split()[0][:5].lower()
    return len(stem) >= 4 and any(
        t.lower_.startswith(stem) for t in speaker.subtree if t.pos_ in {"PROPN", "ADJ"}
    )


def _subject(verb: Token) -> Token | None:
    node = verb
    for _ in range(3):
        found = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if found is not None:
            return found
        if node.dep_ != "conj":
            return None
        node = node.head
    return None


def _denial_by(ctx: RuleContext, accuse: Token, target: Token, name: str) -> Token | None:
    """The target side's denial after the accusation, within ``WINDOW`` sentences."""
    doc = accuse.doc
    sentences = [s for s in doc_sentences(doc) if s.start >= accuse.sent.start][: WINDOW + 1]
    end = sentences[-1].end
    for token in doc[accuse.sent.start : end]:
        if token.lemma_.lower() not in _DENYING or token.pos_ != "VERB" or is_negated(token):
            continue
        if token.i <= accuse.i:
            continue
        speaker = _subject(token)
        if speaker is not None and _same_side(ctx, speaker, target, name):
            return token
    return None


def _admitted_later(ctx: RuleContext, denial: Token, target: Token, name: str) -> bool:
    doc = denial.doc
    for token in tokens_where(doc[denial.sent.end :], "lemmas", _ADMITTING):
        if token.pos_ == "VERB" and not is_negated(token):
            speaker = _subject(token)
            if speaker is not None and _same_side(ctx, speaker, target, name):
                return True
    return False


def denied_accusations(ctx: RuleContext, doc: Doc) -> list[Dispute]:
    """Accusations their named target denies in a later sentence, asked as disputes; one
    the target admits later carries the veto ``admitted-later``."""
    found: list[Dispute] = []
    for accuse in tokens_where(doc[:], "lemmas", {"accuse"}):
        if accuse.pos_ != "VERB" or accuse.tag_ not in {"VBD", "VBZ", "VBN"}:
            continue
        if is_negated(accuse):
            continue
        target = next((c for c in accuse.children if c.dep_ == "dobj"), None)
        act = _accused_act(accuse)
        name = _target_name(target) if target is not None else None
        words = _act_words(act) if act is not None else None
        if target is None or name is None or words is None:
            continue
        denial = _denial_by(ctx, accuse, target, name)
        if denial is None:
            continue
        sentences = [accuse.sent] if denial.sent == accuse.sent else [accuse.sent, denial.sent]
        accuser, denier = _subject(accuse), _subject(denial)
        sources = [ctx.actor_of(accuser), ctx.actor_of(denier)]
        dispute = Dispute(
            sentences,
            None,
            sources=[s for s in sources if s],
            text=f"Did {name} {words}?",
            cue=ACCUSED_CUE,
        )
        if _admitted_later(ctx, denial, target, name):
            dispute.veto = "admitted-later"
        found.append(dispute)
    return found
