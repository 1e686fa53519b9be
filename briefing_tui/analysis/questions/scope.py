"""Scope from the dependency parse: which clause a cue governs, its tense and polarity.

These small functions answer the questions the open-question rules ask of a
cue: is its clause negated, is it reported speech shifted into the past, which
clause does a condition attach to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_words
from briefing_tui.analysis.syntax import CLAUSE_SUBJECT_DEPS, Tense, tense

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Dependency labels through which a clause hangs under the clause that governs it.
EMBEDDING_DEPS = frozenset(
    {"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "pcomp", "pobj", "prep", "dobj"}
)
_PAST_MODALS = frozenset({"would", "could", "might"})


def clause_verb(token: Token) -> Token:
    """The verb (or predicate) of the clause that ``token`` belongs to.

    A modal or auxiliary gives its verb; an adverb, adjective, particle or
    noun gives the nearest verb above it; a verb gives itself.
    """
    if token.dep_ in {"aux", "auxpass", "neg", "prt", "mark"}:
        return token.head
    node = token
    for _ in range(6):
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            return node
        node = node.head
    return node


def is_negated(verb: Token) -> bool:
    """Whether the clause of ``verb`` is negated ("has not decided", "never agreed")."""
    return any(child.dep_ == "neg" or child.lower_ == "never" for child in verb.children)


def governing_tense(verb: Token) -> Tense | None:
    """The tense of the nearest finite clause above the clause of ``verb``."""
    node = verb
    while node.dep_ in EMBEDDING_DEPS and node.head.i != node.i:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            found = tense(node)
            if found is not None:
                return found
    return None


def is_backshifted(modal: Token) -> bool:
    """Whether a past-form modal ("would", "could") sits in a clause told in the past.

    "He said he would go" and "a hotel where he could rest" report the past;
    "Sanctions would hurt" and "He has warned they would hurt" look ahead.
    """
    if modal.lemma_.lower().replace("\u2019", "'") not in _PAST_MODALS | {"'d"}:
        return False
    verb = clause_verb(modal)
    # "she said he would listen, and he would nod": each conjunct is told like the first
    while verb.dep_ == "conj" and verb.head.i != verb.i and _past_modal(verb.head):
        verb = verb.head
    return governing_tense(verb) == "past"


def _past_modal(verb: Token) -> bool:
    return any(
        c.dep_ == "aux" and c.lower_.replace("\u2019", "'") in _PAST_MODALS | {"'d"}
        for c in verb.children
    )


def has_modal(verb: Token) -> bool:
    """Whether ``verb`` carries a modal auxiliary or a "going to" future."""
    for child in verb.children:
        if child.dep_ == "aux" and child.tag_ == "MD":
            return True
    return verb.dep_ == "xcomp" and verb.head.lower_ == "going"


def modal_governor(verb: Token) -> Token:
    """The verb whose modal a condition's outcome hangs on: ``verb`` itself, or the verb it
    is the infinitive of ("would have to pay ... if", "would ask the court to strike down
    the law if"), so a condition the parse hangs on the infinitive still finds its modal."""
    node = verb
    while not has_modal(node) and node.dep_ == "xcomp" and node.head.pos_ in {"VERB", "AUX"}:
        node = node.head
    return node if has_modal(node) else verb


def condition_target(marker: Token) -> Token | None:
    """The main-clause verb that a condition marker's clause attaches to.

    For "if" or "unless" that is the head of the adverbial clause they mark;
    None when the marker does not open an adverbial clause ("asked if ...").
    """
    clause = marker.head
    # the tagger may read "wins" as a noun, but "if any", "if ever" have no clause at all
    elliptical = clause.pos_ not in {"VERB", "AUX", "NOUN"} and len(list(clause.children)) <= 1
    if elliptical and marker.dep_ != "prep":
        return None  # "few, if any, countries": an aside, not a condition
    if marker.dep_ == "mark" and clause.dep_ == "advcl":
        return clause.head
    if marker.dep_ == "mark" and clause.dep_ == "conj" and clause.i > clause.head.i:
        return clause.head  # "could back it, but only if ...": the parse coordinates the two
    if marker.dep_ in {"prep", "advmod"} and marker.head.pos_ in {"VERB", "AUX"}:
        return marker.head
    if clause.dep_ == "advcl":
        return clause.head
    return None


def quoted_region(token: Token) -> tuple[int, int] | None:
    """The token range ``[start, end)`` of the quotation that holds ``token``, if any."""
    sent = token.sent
    tags = doc_words(token.doc).tags
    opening = None
    for i in range(sent.start, token.i):
        if tags[i] == "``":
            opening = i
        elif tags[i] == "''" and opening is not None:
            opening = None
    if opening is None:
        return None
    closing = next((i for i in range(token.i, sent.end) if tags[i] == "''"), sent.end)
    return opening + 1, closing


def clause_tokens(verb: Token) -> list[Token]:
    """The tokens of ``verb``'s own clause: its subtree without conjoined clauses.

    A clause inside a quotation stops at the quotation marks, so the
    attribution around a quote is not part of what was said.
    """
    skipped: set[int] = set()
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    for child in verb.children:
        own_subject = any(g.dep_ in CLAUSE_SUBJECT_DEPS for g in child.children)
        # "will still go ahead and noted that ...": a finite past cannot share the modal
        own_tense = modal and child.tag_ in {"VBD", "VBZ"} and child.pos_ in {"VERB", "AUX"}
        if child.dep_ == "parataxis" or (child.dep_ == "conj" and (own_subject or own_tense)):
            skipped.update(t.i for t in child.subtree)
            # the "and"/"but" before a dropped clause goes with it
            before = child.left_edge.i - 1
            if before > verb.i and verb.doc[before].dep_ in {"cc", "punct"}:
                skipped.add(before)
    region = quoted_region(verb)
    subject = next((c for c in verb.children if c.dep_ in CLAUSE_SUBJECT_DEPS), None)
    if region is None or subject is None or not region[0] <= subject.i < region[1]:
        region = None  # a quote that starts mid-clause is part of the clause
    low, high = region if region else (0, len(verb.doc))
    kept = [t for t in verb.subtree if t.i not in skipped and low <= t.i < high]
    if region:
        # 'if "the ruling stands, we will appeal"': the "if" before the quote still counts
        for child in verb.children:
            if child.dep_ == "advcl" and low <= child.i < high:
                kept.extend(g for g in child.children if g.dep_ == "mark" and g.i < low)
    return kept
