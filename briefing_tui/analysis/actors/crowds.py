"""Groups named by what their members are: "hackers attacked the site ... by hackers" and
"researchers say ... the researchers found" are one group actor each.

The nouns are data (``lexicon/actors/crowd_nouns.txt``): people who act together without a
name. A noun makes a group only when the article writes it at least twice, bare or after
"the" and with nothing else before it (not "some hackers", "700 fishermen", "Dutch
researchers"), and at least once as the doer of a verb (its subject, or the agent after
"by"). Mentions that already belong to an actor are left to it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.lexicon import load_words
from briefing_tui.analysis.doctext import doc_text, tokens_where

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.actors.drafts import Names

#: Times the article must write the noun before it names a group.
MIN_MENTIONS = 2
#: Dependencies of a doer: the subject of a verb, the agent of a passive one.
DOER_DEPS = frozenset({"nsubj", "nsubjpass"})


@cache
def crowd_nouns() -> frozenset[str]:
    """Singular nouns for people acting together without a name ("hacker", "researcher")."""
    return load_words("crowd_nouns.txt")


def add_crowds(doc: Doc, names: Names) -> None:
    """Record a group actor for each crowd noun written bare or after "the" at least twice,
    once as a doer."""
    taken = [(m.start, m.end) for d in names.drafts.values() for m in d.mentions]
    found: dict[str, list[Token]] = {}
    for token in tokens_where(doc[:], "lemmas", crowd_nouns()):
        lemma = token.lemma_.lower()
        if lemma in crowd_nouns() and token.pos_ == "NOUN" and _plain(token):
            start = _start(token)
            if not any(s < token.idx + len(token) and start < e for s, e in taken):
                found.setdefault(lemma, []).append(token)
    for lemma, tokens in found.items():
        plural = [t for t in tokens if t.tag_ == "NNS" or _bare_singular_doer(t)]
        if len(plural) < MIN_MENTIONS or not any(_doer(t) for t in plural):
            continue
        key = f"group:{lemma}s"
        if key in names.drafts:
            continue
        draft = names.draft(key, "group", plural[0].lower_)
        for token in plural:
            start = _start(token)
            draft.add(
                start,
                token.idx + len(token),
                doc_text(doc)[start : token.idx + len(token)],
                "description",
                token.i,
            )


def _bare_singular_doer(token: Token) -> bool:
    """ "said fisherman first noticed them": a singular written with no article as a doer is
    the plural with a letter missing."""
    return token.tag_ == "NN" and not list(token.lefts) and _doer(token)


def _plain(token: Token) -> bool:
    """Nothing before the noun but "the" ("the researchers", "hackers"), no possessor, and
    nothing after it that picks out some of them ("lawmakers from the left")."""
    if any(c.dep_ in ("prep", "relcl", "acl") for c in token.rights):
        return False
    return all(c.lower_ == "the" and c.dep_ == "det" for c in token.lefts)


def _start(token: Token) -> int:
    lefts = list(token.lefts)
    return lefts[0].idx if lefts else token.idx


def _doer(token: Token) -> bool:
    """The subject of a verb, or the agent after "by" of a passive one."""
    if token.dep_ in DOER_DEPS:
        return True
    return token.dep_ == "pobj" and token.head.dep_ == "agent"
