"""The two parties a story is about, for "both countries", "the two sides".

"Both countries", "the two governments", "negotiators from both delegations" stand for
the two places the story's first sentence names after its dateline ("SABRAT (Agency)
— Teleria accused neighbouring Norvassa on Monday ..."): "Teleria and Norvassa". A
lead that names one place, or three, gives no pair.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.sentences import doc_sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.questions.rules import RuleContext

#: Determiners and numbers that make a noun a pair: "both countries", "the two sides".
_PAIRING = frozenset({"both", "two", "either", "neither"})
#: Dashes that end a dateline.
_DASHES = frozenset({"—", "–", "--"})


def is_pair(noun: Token) -> bool:
    """Whether ``noun`` is said as a pair of parties: "both countries", "the two sides"."""
    if noun.lemma_.lower() not in data_files.words("questions/pair_nouns.txt"):
        return False
    return any(
        c.dep_ in {"det", "nummod", "predet"} and c.lower_ in _PAIRING for c in noun.children
    )


def story_pair(ctx: RuleContext, doc: Doc) -> str | None:
    """ "Teleria and Norvassa": the two parties the story's lead sets against each other
    after its dateline, by their actors' names: two names joined by "and" ("the leaders
    of Karvassa and Tesmir") or a verb's subject and object ("Teleria accused Norvassa");
    None where the lead names no such pair."""
    for sent in doc_sentences(doc):
        words = [t for t in sent if not t.is_space]
        if len(words) < 6 or "." not in {t.text for t in words[-2:]}:
            continue  # a headline or a dateline line: the lead ends with a full stop
        dash = next((t.i for t in words[:20] if t.text in _DASHES), sent.start - 1)
        for token in words:
            if token.i <= dash or not _party(token):
                continue
            others = [c for c in token.children if c.dep_ == "conj" and _party(c)]
            if token.dep_ == "nsubj":
                verbs = [token.head, *(c for c in token.head.children if c.dep_ == "xcomp")]
                others += [c for v in verbs for c in v.children if c.dep_ == "dobj" and _party(c)]
            if len(others) == 1:
                names = [ctx.name_of(t) or t.text for t in (token, others[0])]
                return " and ".join(names) if names[0] != names[1] else None
        return None
    return None


def _party(token: Token) -> bool:
    """Whether ``token`` is a name that may be a party: no place within a country, day or work."""
    return token.pos_ == "PROPN" and token.ent_type_ not in _NOT_PARTIES


#: Entity types of names that are no party: a valley, a dam, a day.
_NOT_PARTIES = frozenset({"LOC", "FAC", "DATE", "TIME", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})
