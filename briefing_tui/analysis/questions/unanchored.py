"""A definite subject a question leaves unanchored: "the broadcasts", "the first meeting".

"Will the broadcasts continue?" reads as a question, but a reader without the article
cannot tell whose broadcasts. A phrase is unanchored when, in the question's main clause,
as its subject (right after the opening auxiliary), it is "the", "these"
or "those" with a common noun and nothing before the noun but words that tell no more
than "the" (``TRANSPARENT``: "the full interview") or an ordinal ("the first meeting"),
and nothing after it says which one ("the talks in Geneva", "the trial for fraud").

The naming step (``references.name_references``) has by then named every such phrase the
article names ("the Selo crossing" for "the crossing"). Here a subject the actors analysis
tied to an actor with a proper name is named by it (``named_by_actor``: "the parents" of
the Sam family, "the Sams"), and an act's noun by the one name the article gives as doing
that act before (``named_by_doer``: "the broadcasts" after "South Korea had started to
broadcast propaganda", "South Korea’s broadcasts"). What is left has no name in the
article; when the question names no one and nothing else either (no name, number or date
after its first word: ``names_nobody``), it is held back (``unanchored-reference``), not
shown. A question that names someone or a date ("Will the ministry look into the
incident?") tells a reader enough of its matter to be kept.

Nouns that name the one such thing every reader shares ("the economy", "the public";
``standalone_nouns``), the weather ("the rain": ``weather_nouns``) and times ("the
weekend") stand on their own. A dispute is not held back here: its two sides, shown with
it, say whose matter it is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.references import TRANSPARENT, names_nobody, replace_words
from briefing_tui.analysis.questions.wording import AUXILIARY

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from spacy.tokens import Span, Token

#: Determiners of a phrase that points at a thing the article told of.
_POINTING = frozenset({"the", "these", "those"})
#: Ordinals, which say which of a series but not which series ("the first meeting").
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "next"})
#: What may stand between the opening auxiliary and the subject ("Would nearly all the").
_QUANTIFIERS = (
    r"(?:(?:nearly|almost|about|roughly)\s+)?"
    r"(?:all|both|half|(?:most|some|many|each|one|none)\s+of)\s+"
)
#: The text before a subject: any fronted phrase, then the question's auxiliary.
_BEFORE_SUBJECT = re.compile(
    r"(?:^|,\s|^(?:how|when|what|why|where|who)\s)" + AUXILIARY + rf"\s+(?:{_QUANTIFIERS})?$",
    re.IGNORECASE,
)
#: Words after a subject that say which one it is ("the talks in Geneva", "the plan that
#: ..."): a preposition, a relative word, a possessive or a comma.
_SAYS_WHICH = re.compile(
    r"^\s*(?:[’']s?\b|,|(?:of|for|in|at|on|into|to|from|with|by|about|over|under|against"
    r"|between|near|that|which|who|whose|where|involving)\s)",
    re.IGNORECASE,
)
#: Words that open a clause of its own: the main clause ends before them.
_SUBORDINATE = re.compile(
    r",?\s+(?:if|unless|when|before|after|until|because|while|once|as|so that)\s", re.I
)


def main_clause(text: str) -> str:
    """``text`` without a trailing clause of its own ("... if the talks fail?"), ending on
    "?"; a condition that opens the question ("If X, will Y?") is cut from the front."""
    body = text.strip()
    opening = re.match(r"^(?:if|unless|when|as|once|after|before)\b[^,]*,\s*", body, re.I)
    if opening is not None:
        body = body[opening.end() :]
    found = _SUBORDINATE.search(body)
    if found is not None:
        body = body[: found.start()].rstrip(" ,") + "?"
    return body


def _bare_phrase(noun: Token) -> str | None:
    """ "the first meeting" for its noun: "the", "these" or "those", then only words that
    tell no more than the determiner, then a common noun no lexicon lets stand alone."""
    if noun.pos_ != "NOUN" or not noun.text.islower():
        return None
    shared = lemma_set("standalone_nouns") | lemma_set("weather_nouns")
    if noun.lemma_.lower() in shared or noun.ent_type_ in {"DATE", "TIME"}:
        return None  # "the economy", "the rain": the one every reader knows of
    left = [c for c in noun.children if c.i < noun.i]
    dets = [c for c in left if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ not in _POINTING:
        return None
    plain = TRANSPARENT | _ORDINALS
    if any(c.dep_ not in {"det", "predet"} and c.lower_ not in plain for c in left):
        return None  # "the climate rules", "the Selo talks", "the two sides": modified
    return noun.doc[dets[0].i : noun.i + 1].text


def _said_before(main: str, start: int, noun: str) -> bool:
    """Whether the question says the noun with a word of its own before ("If the climate
    rules survive, will the rules ...") or names a fuller one of it earlier."""
    return (
        re.search(
            rf"(?<![\w’'])(?!the\s|these\s|those\s)[\w’'-]+\s+{re.escape(noun)}(?![\w’'])",
            main[:start],
            re.I,
        )
        is not None
    )


def _unanchored(text: str, sentences: list[Span]) -> Iterator[tuple[Token, str]]:
    """Each noun of ``sentences`` whose bare definite phrase ``text``'s main clause has for
    its subject, no word of the question anchoring it, with the phrase as the question
    says it."""
    main = main_clause(text)
    for sentence in sentences:
        for noun in sentence:
            phrase = _bare_phrase(noun)
            if phrase is None:
                continue
            # the phrase as the question says it: "the first session" for "the session"
            det, _, rest = phrase.partition(" ")
            plain = "|".join(sorted(TRANSPARENT | _ORDINALS))
            said = rf"{det}\s+(?:(?:{plain})\s+)*{re.escape(rest.split()[-1])}"
            for found in re.finditer(rf"(?<![\w’']){said}(?![\w’'-])", main, re.IGNORECASE):
                subject = _BEFORE_SUBJECT.search(main[: found.start()]) is not None
                if (
                    subject
                    and _SAYS_WHICH.match(main[found.end() :]) is None
                    and not _said_before(main, found.start(), noun.text)
                ):
                    yield noun, found.group(0)


def _proper(name: str) -> bool:
    return all(w[:1].isupper() for w in name.split())


def named_by_actor(text: str, sentences: list[Span], name_of: Callable[[Token], str | None]) -> str:
    """``text`` with an unanchored subject named by the actor the actors analysis tied it
    to, where that actor has a proper name that can stand in its place: a family's plural
    name for a plural noun ("the parents" of the Sams: "the Sams"), a name of two words or
    more for a singular one ("the agency": "the Tarn Water Agency")."""
    for noun, phrase in _unanchored(text, sentences):
        name = name_of(noun)
        if name is None or not _proper(name.removeprefix("the ")):
            continue
        words = name.removeprefix("the ").split()
        if noun.tag_ == "NNS" and len(words) == 1 and words[0].endswith("s"):
            return replace_words(text, phrase, f"the {words[0]}")
        if noun.tag_ == "NN" and len(words) >= 2:
            return replace_words(text, phrase, name)
    return text


def _proper_subject(verb: Token) -> str | None:
    """The name that is the subject of ``verb``, or of the verb it completes ("South Korea
    had started to broadcast propaganda": "South Korea"); None when it is no name."""
    holders = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    for holder in holders:
        for subject in (c for c in holder.children if c.dep_ == "nsubj"):
            left = [t for t in subject.subtree if t.i <= subject.i and not t.is_punct]
            words = [t for t in left if t.dep_ != "det"]
            if words and all(t.pos_ == "PROPN" for t in words):
                return verb.doc[words[0].i : subject.i + 1].text
    return None


def _one_doer(noun: Token) -> str | None:
    """The one name that does, before ``noun``, the act its verb of the same word names
    ("South Korea had started to broadcast propaganda" for "the broadcasts"); None when
    no name does it, or more than one."""
    lemma = noun.lemma_.lower()
    doers = {
        doer
        for verb in noun.doc[: noun.i]
        if verb.pos_ == "VERB" and verb.lemma_.lower() == lemma
        if (doer := _proper_subject(verb)) is not None
    }
    return next(iter(doers)) if len(doers) == 1 else None


def named_by_doer(text: str, sentences: list[Span]) -> str:
    """``text`` with an unanchored subject named an act's ("the broadcasts") said as the
    one doer's the article gives that act before ("South Korea’s broadcasts")."""
    for noun, phrase in _unanchored(text, sentences):
        doer = _one_doer(noun)
        if doer is not None and phrase.split()[0].lower() == "the":
            return replace_words(text, phrase, f"{doer}’s {phrase.split(maxsplit=1)[1]}")
    return text


def unanchored_phrase(text: str, sentences: list[Span]) -> str | None:
    """The bare definite phrase that ``text``'s main clause has for its subject, which no
    word of the question anchors, in a question that names no one and nothing else
    ("Will the broadcasts continue?": "the broadcasts"); else None."""
    if not names_nobody(text):
        return None
    return next((phrase for _, phrase in _unanchored(text, sentences)), None)


def unanchored_veto(text: str, sentences: list[Span]) -> str | None:
    """``unanchored-reference`` when ``text`` leaves a bare definite phrase unanchored."""
    return "unanchored-reference" if unanchored_phrase(text, sentences) else None
