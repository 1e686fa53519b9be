"""Two sides said to give rival accounts, paired by the claims that tell them.

"The companies that operate the two ships gave sharply different accounts of what
happened. Norddeck Line said the tanker had turned across the container ship's
path ... Hai Feng Shipping said the opposite: ... the tanker had been holding its
course": the narrator flags two accounts set against each other and tells them
in the sentences after, with no denial word between them. Where the flag names
no matter a question could ask ("of what happened", "of the fire's northern
flank"), the matter is the first account told: the first claim after the flag,
asked as its source tells it, the next claim by another source that tells of the
same thing (a common noun both name) as the side that denies it:

    Did the tanker turn across the container ship's path, as Norddeck Line says
    and Hai Feng Shipping denies?

A flag is an account noun (``account``, ``version``) with an adjective that sets
accounts apart (``_APART``: "different", "conflicting", "contradictory", "rival"),
in the plural ("two governments gave conflicting accounts"), said by the narrator
(not in a quote) and not negated. The accounts must follow within ``WINDOW``
sentences, each by a source the actors analysis names, the two of sides named
apart (``replies.claim_sides``: "Kenya's coast guard" and "Kenya's fisheries
minister" are one side); the first is told as a fact
(``earlier_accounts.told_as_fact``), not in the speaker's own words nor as the
background "according to" gives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import char_span, tokens_where
from briefing_tui.analysis.questions.disputes import Dispute, root_verb, same_source
from briefing_tui.analysis.questions.earlier_accounts import own_words, things, told_as_fact
from briefing_tui.analysis.questions.replies import claim_sides
from briefing_tui.analysis.questions.scope import is_negated, quoted_region
from briefing_tui.analysis.sentences import doc_sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from briefing_tui.model import Claim

#: The cue ``--explain`` shows for a pair of rival accounts.
PAIR_CUE = "rival accounts told"
#: Account nouns (lemmas).
_ACCOUNTS = frozenset({"account", "version"})
#: Adjectives that set accounts against each other.
_APART = frozenset({"different", "conflicting", "contradictory", "rival", "opposing", "competing"})
#: Cues of a claim that tells background, not a side's account.
_BACKGROUND_CUES = frozenset({"according to"})
#: How many sentences after the flag the two accounts may be told in.
WINDOW = 8


def account_pairs(doc: Doc, claims: list[Claim]) -> list[Dispute]:
    """Disputes from a narrator's flag of rival accounts and the two claims that tell them."""
    sentences = doc_sentences(doc)
    found: list[Dispute] = []
    for noun in tokens_where(doc[:], "lemmas", _ACCOUNTS):
        if not _flag(noun):
            continue
        index = next(i for i, s in enumerate(sentences) if s.start <= noun.i < s.end)
        if index == 0:
            continue  # a title sums the story up: the accounts are not the next claims
        last = sentences[min(index + WINDOW, len(sentences) - 1)]
        told = sorted(
            (
                c
                for c in claims
                if noun.sent.start_char <= c.content.start < last.end_char
                and (c.source or c.source_text)
            ),
            key=lambda c: c.content.start,
        )
        pair = _pair(doc, told, claims)
        if pair is None:
            continue
        first, second, verb = pair
        spans = [noun.sent, *(_sentence_of(sentences, c) for c in (first, second))]
        found.append(
            Dispute(
                list({s.start: s for s in spans}.values()),
                verb,
                sources=[s for s in (first.source, second.source) if s],
                claims=[c.id for c in (first, second) if c.id],
                cue="reply",
            )
        )
    return found


def _flag(noun: Token) -> bool:
    """Whether an account noun flags rival accounts: plural, with an adjective that sets
    them apart, in the narrator's words, not negated."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return False
    if not any(
        c.dep_ == "amod" and (c.lemma_.lower() in _APART or c.lower_ in _APART)
        for c in noun.children
    ):
        return False
    if quoted_region(noun) is not None:
        return False
    return not is_negated(noun.head)


def _pair(doc: Doc, told: list[Claim], claims: list[Claim]) -> tuple[Claim, Claim, Token] | None:
    """The first account told as a fact and the first later one by another source about
    the same thing, with the first one's clause; None where there is no such pair."""
    for index, first in enumerate(told):
        if first.source is None or first.cue.lower() in _BACKGROUND_CUES:
            continue  # "..., according to a police statement": background, no account
        content = char_span(doc, first.content.start, first.content.end)
        if content is None or not len(content) or own_words(content):
            continue
        verb = root_verb(content)
        if not told_as_fact(verb):
            continue
        shared = things(doc, [first], verb)
        for second in told[index + 1 :]:
            if second.source is None or same_source(doc, first, second, by_heads=True):
                continue
            if claim_sides(doc, first, claims) & claim_sides(doc, second, claims):
                continue  # "Kenya's coast guard" and "Kenya's fisheries minister": one side
            if shared & things(doc, [second]):
                return first, second, verb
        return None  # the first account is the one the flag sets against another
    return None


def _sentence_of(sentences: list[Span], claim: Claim) -> Span:
    return next(s for s in sentences if s.start_char <= claim.content.start < s.end_char)
