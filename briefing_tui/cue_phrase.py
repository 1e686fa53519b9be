"""How a claim's cue reads in the claim's line: the reporting phrase as the article writes
it, not the bare cue word the analysis keeps.

The analysis keeps one word as a claim's cue (``told``, ``saying``, ``statement``,
``called``). Put between a source and a claim's words, that word alone can read wrongly:
"Varga told she was confident" (whom?), "IPSI called Kestrava to drop…" (the article
wrote "called on"), "Holub statement the union would meet", "Whips saying the vote…".
``cue_phrase`` gives the phrase a reader expects, from the article's own words around the
cue:

- the few words between the source and the cue when they are part of the verb phrase
  ("has said", "said in a statement"), never an aside set off by commas;
- the words after the cue up to its object's end ("told reporters", "called on",
  "said in a statement"): up to a comma or stop, "that", the claim's words or the
  source, or a preposition after the first word ("told reporters | on Monday"); when
  only words lie between the cue and the claim's words, all of them or none, so that
  no word is lost between ("accused its neighbour of | secretly filling…");
- a verb in -ing after its subject as a finite verb ("saying" -> "said");
- no cue at all for a verb of telling whose hearer is not found ("told"): the line is
  then "Source: words", as for a cue that is a colon.

Anything longer, or that cannot be put together this way, is left as the cue alone.
"""

from __future__ import annotations

import re

from briefing_tui.model import Claim

#: At most this many of the article's words go before or after the cue.
_MAX_EXTRA_WORDS = 4
#: At most this many words between the cue and the claim's words are all taken.
_MAX_WHOLE_WORDS = 6
#: Words that end the phrase after the cue: what introduces the claim's words.
_COMPLEMENTISERS = frozenset({"that", "whether", "if"})
#: Words that join two conjuncts: when the text before the claim's words ends in one, the
#: claim's words were cut from a coordination and the words after the cue are the claim's.
_COORDINATORS = frozenset({"and", "or", "but", "nor"})
#: Reporting verbs whose object is the hearer: without it ("Varga told she was…") the
#: line reads wrongly, so the line names no cue at all.
_HEARER_VERBS = frozenset(
    [
        "tell",
        "tells",
        "told",
        "telling",
        "inform",
        "informs",
        "informed",
        "informing",
        "assure",
        "assures",
        "assured",
        "assuring",
        "remind",
        "reminds",
        "reminded",
        "reminding",
    ]
)
#: Prepositions: after the first word following the cue, one starts an adjunct (when,
#: where), which the phrase leaves out ("told reporters | on Tuesday morning").
_PREPOSITIONS = frozenset(
    [
        "about",
        "after",
        "against",
        "along",
        "amid",
        "among",
        "around",
        "as",
        "at",
        "before",
        "behind",
        "beside",
        "between",
        "by",
        "during",
        "for",
        "from",
        "in",
        "inside",
        "into",
        "near",
        "of",
        "off",
        "on",
        "onto",
        "outside",
        "over",
        "since",
        "through",
        "throughout",
        "to",
        "toward",
        "towards",
        "under",
        "until",
        "upon",
        "via",
        "while",
        "with",
        "within",
        "without",
    ]
)
#: Irregular past forms of the reporting verbs written in -ing after their subject.
_IRREGULAR_PAST = {
    "saying": "said",
    "telling": "told",
    "writing": "wrote",
    "speaking": "spoke",
    "reading": "read",
    "finding": "found",
    "holding": "held",
    "thinking": "thought",
    "giving": "gave",
    "making": "made",
    "seeing": "saw",
    "hearing": "heard",
    "leaving": "left",
    "meaning": "meant",
    "keeping": "kept",
}
#: What ends the words taken before or after the cue: punctuation and quotation marks.
_BREAK = re.compile(r"[,;:.!?()\[\]\"“”‘’—–]|\s-\s|'(?=\s)|(?<=\s)'")
_WORD = re.compile(r"\S+")


def past_form(word: str) -> str:
    """The simple past of an English verb given in -ing ("arguing" -> "argued",
    "denying" -> "denied", "saying" -> "said"); ``word`` itself if it is not in -ing."""
    lower = word.lower()
    if not lower.endswith("ing") or len(lower) < 5:
        return word
    if lower in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[lower]
    stem = lower[:-3]
    if stem.endswith("ee"):
        return stem + "d"  # agreeing -> agreed
    if stem.endswith("y") and len(stem) > 2 and stem[-2] not in "aeiou":
        return stem[:-1] + "ied"  # denying -> denied
    return stem + "ed"  # arguing -> argued, warning -> warned, admitting -> admitted


def _words_before(text: str, start: int, end: int) -> list[str]:
    """The words of ``text[start:end]`` when they join the source to the cue as part of
    the verb phrase: no punctuation, at most a few words; else none."""
    gap = text[start:end].strip()
    if gap.startswith(","):
        gap = gap[1:]  # the comma closing an aside after the source's name
    if _BREAK.search(gap):
        return []
    words = _WORD.findall(gap)
    return words if len(words) <= _MAX_EXTRA_WORDS - 1 else []


def _words_after(text: str, start: int, end: int, content_follows: bool) -> list[str]:
    """The words after the cue up to the end of its object (see the module's docstring),
    or none when that runs past a few words or would drop words before the claim's."""
    gap = text[start:end]
    every = _WORD.findall(gap)
    if every and every[-1].lower() in _COORDINATORS:
        return []  # "saying a slide in the cedi and [a jump in prices threatened…]"
    brk = _BREAK.search(gap)
    if brk is not None:
        gap = gap[: brk.start()]
    elif content_follows:
        # Nothing but words up to the claim's, no "that" between: all of them ("accused its
        # neighbour of [secretly filling…]") or none, so that no word is lost between.
        introduced = bool(every) and every[-1].lower() in _COMPLEMENTISERS
        if not introduced:
            return every if len(every) <= _MAX_WHOLE_WORDS else []
    words: list[str] = []
    for word in _WORD.findall(gap):
        lower = word.lower()
        if lower in _COMPLEMENTISERS:
            break
        if words and lower in _PREPOSITIONS and not (len(words) == 1 and _particle(words)):
            break
        words.append(word)
    return words if len(words) <= _MAX_EXTRA_WORDS else []


def _particle(words: list[str]) -> bool:
    """Whether the one word taken after the cue is a preposition of the verb ("said in a
    statement", "called on"), after which the phrase goes on to its object."""
    return words[0].lower() in _PREPOSITIONS


def cue_phrase(text: str, claim: Claim) -> str:
    """The claim's cue as its line should say it: the article's reporting phrase around
    the cue ("told reporters", "has said", "said in a statement", "called on"), a verb in
    -ing after its subject made finite ("said"), else the cue as the analysis gives it;
    "" for a verb of telling without its hearer ("told"), which is no cue a reader can use."""
    cue = " ".join(claim.cue.split())
    span = claim.cue_span
    if span is None or not any(char.isalpha() for char in cue) or " " in cue:
        # No place in the text, a colon, or a phrase already ("according to").
        return "" if cue.lower() in _HEARER_VERBS else cue
    source = claim.source_span
    content = claim.content
    before: list[str] = []
    source_first = source is not None and source.end <= span.start
    if source is not None and source_first:
        before = _words_before(text, source.end, span.start)
    # The words after the cue end where the claim's words or the source begin.
    limits = [len(text)] + [s.start for s in (content, source) if s and s.start >= span.end]
    content_follows = content.start >= span.end and min(limits) == content.start
    after = _words_after(text, span.end, min(limits), content_follows)
    verb = text[span.start : span.end]
    if source_first and not before and verb.lower().endswith("ing"):
        verb = past_form(verb)  # "Whips saying the vote..." -> "Whips said the vote..."
    if not after and verb.lower() in _HEARER_VERBS:
        return ""
    return " ".join([*before, verb, *after])
