"""How a pledge question names its mover and its object, as the article names them.

The actor's name carries the title the article gives it ("Mayor Ann Roe"), "the" where
the article says it, no dateline; an object the article names replaces a pronoun or a
general noun ("veto it" -> "veto the ordinance").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.datelines import without_dateline
from briefing_tui.analysis.doctext import doc_text
from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.rules import RuleContext, is_role_word, with_the

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The prefix of a doer the actors pane did not list, known by its name in a claim.
NAMED = "name:"


def core_name(ctx: RuleContext, actor: str) -> str:
    """The actor's name without a dateline before it ("BRENNAN - Hollis & Crane")."""
    return without_dateline(ctx.names[actor], ctx.doc)


def titled_name(ctx: RuleContext, actor: str) -> str:
    """The actor's name as a question says it, with the title the article gives it at its
    first mention ("Mayor Ann Roe" for "Ann Roe")."""
    if actor.startswith(NAMED):
        return actor[len(NAMED) :]
    name = core_name(ctx, actor)
    if _said_with_the(ctx, name):
        return f"the {name}"  # "the Halden Port Authority", as the article says it
    first = min((i for i, a in ctx.actor_at.items() if a == actor), default=None)
    if first is None:
        return _country_the(with_the(name))
    token = ctx.doc[first]
    words = name.split()
    start = next(
        (t.i for t in ctx.doc[first : first + 4] if t.text == words[0]),
        None,
    )
    if start is None or start == 0 or token.pos_ != "PROPN":
        return _country_the(with_the(name))
    before = ctx.doc[start - 1]
    if before.is_title and is_role_word(before.text) and before.text not in words:
        return f"{before.text} {name}"
    return _country_the(with_the(name))


def _said_with_the(ctx: RuleContext, name: str) -> bool:
    """Whether the article says the name after "the" ("The Halden Port Authority said")."""
    text = doc_text(ctx.doc)
    at = text.find(name)
    return at > 0 and text[max(0, at - 4) : at].lower() == "the "


#: Last words of a country's name said with "the" ("the United Kingdom").
_THE_COUNTRIES = frozenset({"kingdom", "states", "republic", "emirates", "netherlands"})


def _country_the(name: str) -> str:
    """ "the United Kingdom" for "United Kingdom"; other names as they are."""
    words = name.split()
    if len(words) > 1 and words[0] != "the" and words[-1].lower() in _THE_COUNTRIES:
        return f"the {name}"
    return name


#: Nouns any proposal may be called by ("the measure"): the question names which one.
_GENERAL_PROPOSALS = frozenset({"measure", "proposal", "legislation", "initiative", "package"})


def _proposal_before(obj: Token, sentences: int) -> Token | None:
    """The nearest proposal named by a particular noun before ``obj`` ("an ordinance"),
    within ``sentences`` sentences."""
    doc = obj.doc
    start = obj.sent.start
    for _ in range(sentences - 1):
        start = doc[start - 1].sent.start if start > 0 else start
    for token in reversed(doc[start : obj.i]):
        lemma = token.lemma_.lower()
        particular = lemma in lemma_set("proposals") and lemma not in _GENERAL_PROPOSALS
        if token.pos_ == "NOUN" and token.tag_ == "NN" and particular:
            return token
    return None


def named_object(ctx: RuleContext, verb: Token, text: str) -> str:
    """The question with its object named from the article: "veto it" or "veto the
    measure" becomes "veto the ordinance" where an ordinance was named just before."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return text
    if obj.lower_ == "it" and ctx.name_of(obj) is None:
        said, reach = "it", 2
    elif obj.lemma_.lower() in _GENERAL_PROPOSALS and any(
        c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in obj.children
    ):
        said, reach = ctx.doc[obj.i - 1 : obj.i + 1].text, 6
    else:
        return text
    named = _proposal_before(obj, reach)
    if named is None:
        return text
    pattern = rf"(?<=\b{re.escape(verb.lemma_)} ){re.escape(said)}\b"
    return re.sub(pattern, f"the {named.lower_}", text, count=1)


#: The words before a name that a question may carry from its sentence: a dateline, a title.
_BEFORE_NAME = re.compile(r"\b([Ww]ill|[Ww]ould) ((?:[A-Z][\w.&'’]*|-|–|—|the) ){0,4}$")


def titled_in(asked: str, core: str, titled: str) -> str:
    """The question with the words before the actor's name ("BRENNAN - Energy Minister")
    replaced by its titled name as the question says it."""
    at = asked.find(core)
    if at < 0:
        return asked
    before = _BEFORE_NAME.search(asked[:at])
    if before is None:
        return asked
    return f"{asked[: before.start()]}{before.group(1)} {titled}{asked[at + len(core) :]}"
