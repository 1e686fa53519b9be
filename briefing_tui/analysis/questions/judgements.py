"""Whether a disputed decision is asked as a judgement with only its critic's side.

"Was the plan justified?" from "Dan Pryce called the plan reckless" recasts one
critic's opinion as a question: nothing the news can settle. It stands only
where the article gives the other side too: the decision's maker, named in
the question ("NASA's decision", "the decision of the council", "the Harbour
Board decision"), speaks in the article, as the subject of a verb of saying
or defending or through someone speaking for it ("NASA Administrator Charles
Bolden announced ...", "a spokesman for the council said ..."), or another
named speaker than the critic speaks in a sentence that names the decision
("Mayor Ruth Okafor said she was confident the plan would pass"): two named
sides disagree. The judging words are those of ``justification``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_words
from briefing_tui.analysis.questions.cues import lemma_set

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

_JUDGED = re.compile(r"^(?:Was|Were|Is|Are)\s+(?P<thing>.+?)\s+(?P<word>[\w-]+)\?$")
#: The maker of a decision as a question names it: "NASA's", "by the council", "of the court".
_OWNER = re.compile(r"([\w.-]+)(?:'s|’s)\b|\b(?:by|of)\s+(?:the\s+)?([\w.-]+(?:\s+[A-Z][\w.-]*)*)")
#: Verbs with which a decision's maker gives its side (besides the reporting verbs).
_GIVING_ITS_SIDE = frozenset({"defend", "explain", "justify", "announce", "insist"})
#: How a name word hangs inside the subject phrase it belongs to ("a spokesman for the
#: council": the council speaks through the one who speaks for it).
_INSIDE = frozenset({"compound", "poss", "amod", "appos", "nmod", "det", "pobj", "prep"})


def _speaks(token: Token) -> bool:
    """Whether ``token`` is in the subject of a verb of saying or defending."""
    node = token
    while node.dep_ in _INSIDE and node.head.i != node.i:
        node = node.head
    if node.dep_ != "nsubj":
        return False
    lemma = node.head.lemma_.lower()
    return lemma in lemma_set("reporting") or lemma in _GIVING_ITS_SIDE


def one_sided_judgement(text: str, sentences: Sequence[Span]) -> bool:
    """Whether the question asks whether a decision was justified (or legitimate) and the
    article gives no side but its critic's: no owner named, or the owner never speaks
    outside the critic's sentences."""
    match = _JUDGED.match(text)
    if match is None or match.group("word").lower() not in lemma_set("justification"):
        return False
    if not sentences:
        return True
    doc = sentences[0].doc
    makers = _makers(match.group("thing"))
    # the critic's own sentence names the maker only as the decision's owner, never as the
    # one who speaks, so every sentence may give the maker's side
    lowers = doc_words(doc).lowers  # a Token is built for a maker's word only
    if makers and any(_speaks(doc[i]) for i, word in enumerate(lowers) if word in makers):
        return False
    return not _another_speaker(match.group("thing"), sentences)


#: Words of a judged thing that do not say which decision it is.
_PLAIN = frozenset({"decision", "decisions", "ruling", "move", "plan", "choice", "the", "to"})


def _another_speaker(thing: str, sentences: Sequence[Span]) -> bool:
    """Whether a named speaker other than the critic speaks in a sentence that names the
    judged decision (its head noun, or a word of what it decides)."""
    asked = {w.lower().strip(",.'’s") for w in thing.split()}
    # whoever is a subject in the critic's sentences is the critic's side
    critic = {w for s in sentences for v in s if v.pos_ == "VERB" for w in _subject_words(v)}
    head = next((w for w in (x.lower() for x in thing.split()) if w in _PLAIN), None)
    named = {w for w in asked if len(w) > 3 and w not in _PLAIN} | ({head} if head else set())
    for verb in (v for v in sentences[0].doc if _speaking_verb(v)):
        said = {t.lower_ for t in verb.sent} | {t.lemma_.lower() for t in verb.sent}
        if not named & said:
            continue
        speaker = _subject_words(verb)
        if speaker and not speaker & critic:
            return True
    return False


def _speaking_verb(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ == "VERB" and (lemma in lemma_set("reporting") or lemma in _GIVING_ITS_SIDE)


def _subject_words(verb: Token) -> set[str]:
    """The name words of a verb's subject; none for a pronoun, which points back."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return set()
    return {t.lower_ for t in subject.subtree if t.pos_ in {"PROPN", "NOUN"}}


def _makers(thing: str) -> set[str]:
    """The words that may name a decision's maker in the question's words: a possessive,
    the head of a "by"/"of" phrase, or a capitalised name word after the first word."""
    found: set[str] = set()
    for match in _OWNER.finditer(thing):
        named = match.group(1) or (match.group(2) or "").split()[-1]
        found.add(named.lower())
    words = thing.split()
    found.update(w.lower().strip(",.") for w in words[1:] if w[:1].isupper())
    return {w for w in found if w and w not in {"the", "a", "an"}}
