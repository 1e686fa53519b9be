"""A young person by what they are: "the boy", "the baby", "the teenager" is the one person the
article has described as a boy, a child or a baby ("Ahmed Lee, a 14-year-old boy", "their
nine-month-old child, Rosa").

Only when exactly one person of a compatible gender has such a description; "the girl" never
goes to someone known as male, nor "the boy" to someone known as female.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_text, tokens_where

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.actors.drafts import Draft, Names

#: Nouns for a young person, with the gender each implies (None: either).
YOUNG_NOUNS: dict[str, str | None] = {
    "boy": "m",
    "girl": "f",
    "baby": None,
    "infant": None,
    "toddler": None,
    "child": None,
    "kid": None,
    "teenager": None,
    "teen": None,
    "youth": None,
}


def add_young_descriptions(doc: Doc, names: Names) -> None:
    """Record "the boy", "the baby" as mentions of the one young person the article describes
    with such a noun, when the gender the noun implies does not contradict theirs."""
    young = [d for d in names.drafts.values() if d.kind == "person" and _described_young(d)]
    if not young:
        return
    taken = [(m.start, m.end) for d in names.drafts.values() for m in d.mentions]
    for token in tokens_where(doc[:], "lowers", YOUNG_NOUNS):
        noun = token.lower_
        if noun not in YOUNG_NOUNS or token.tag_ != "NN" or not _just_the(token):
            continue
        gender = YOUNG_NOUNS[noun]
        fitting = [d for d in young if gender is None or _gender(d) in (None, gender)]
        if len(fitting) != 1:
            continue
        start, end = doc[token.i - 1].idx, token.idx + len(token)
        if any(s < end and start < e for s, e in taken):
            continue
        fitting[0].add(start, end, doc_text(doc)[start:end], "description", token.i)
        taken.append((start, end))


def _described_young(draft: Draft) -> bool:
    """Whether a title or description of this person ends in a young person's noun."""
    for mention in draft.mentions:
        words = mention.text.lower().split()
        if mention.kind in ("title", "description") and words and words[-1] in YOUNG_NOUNS:
            return True
    return False


def _gender(draft: Draft) -> str | None:
    """The person's known gender, or the one a description implies ("a 12-year-old boy")."""
    if draft.gender is not None:
        return draft.gender
    implied = {
        YOUNG_NOUNS[words[-1]]
        for m in draft.mentions
        if m.kind in ("title", "description")
        and (words := m.text.lower().split())
        and words[-1] in YOUNG_NOUNS
    } - {None}
    return implied.pop() if len(implied) == 1 else None


def _just_the(token: Token) -> bool:
    """ "the boy" with nothing else before it ("the other boy" may be someone else) and no
    clause or apposition after it that could pick out another ("the boy who fell")."""
    if token.i == 0 or token.doc[token.i - 1].lower_ != "the":
        return False
    lefts = list(token.lefts)
    if len(lefts) != 1 or lefts[0].i != token.i - 1:
        return False
    return not any(c.dep_ in ("relcl", "appos") for c in token.rights)
