"""An offer the article says nobody has taken up yet: will those it is made to accept it?

"A mediation group offered to host talks between the two governments" and,
later, "neither government had accepted the offer by Monday evening" leave
the next step open: "Will Dravia and Ostrelia accept the Lund Institute's
offer to host talks?" (``offer-unanswered``). Those who have not accepted are
the subject of the refusal: a name, or a pair ("neither government", "both
sides") that stands for the two places the article's lead names. With no
such names nothing is asked. An acceptance told later settles it
(``settled-later``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import ents_within, tokens_where
from briefing_tui.analysis.questions.phrasing import running_words
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.questions.sweeps import sweep
from briefing_tui.analysis.sentences import doc_sentences
from briefing_tui.model import QuestionKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from briefing_tui.analysis.questions.rules import Candidate, RuleContext

#: Nouns that stand for an offer in the sentence that leaves it unanswered.
_OFFER_NOUNS = frozenset({"offer", "invitation", "proposal"})
#: Determiners of a pair ("neither government", "both sides").
_PAIR_DETERMINERS = frozenset({"neither", "both", "either"})
#: Nouns a pair of places is said by.
_PAIR_NOUNS = frozenset({"government", "country", "side", "capital", "nation"})
#: Dependents of a phrase left out of a question: asides, clauses, places said again.
_ASIDES = frozenset({"appos", "acl", "relcl", "punct", "advcl"})


def _words(head: Token, *, skip_preps: bool = False) -> str:
    """A phrase without its asides (and, with ``skip_preps``, its prepositional phrases
    other than "of"), "the" lower-cased."""
    cut = {
        t.i
        for c in head.children
        if c.dep_ in _ASIDES or (skip_preps and c.dep_ == "prep" and c.lower_ != "of")
        for t in c.subtree
    }
    tokens = [t for t in head.subtree if t.i not in cut]
    if skip_preps:  # "a meeting of technical experts from both countries": not "from ..."
        inner = {
            t.i
            for t in tokens
            if t.dep_ == "pobj"
            for c in t.children
            if c.dep_ == "prep"
            for t in c.subtree
        }
        tokens = [t for t in tokens if t.i not in inner]
    text = running_words(tokens, all_punct=True)
    return "the" + text[3:] if text.startswith("The ") else text


def _lead_pair(doc: Doc) -> str | None:
    """ "Kazakhstan and Kyrgyzstan": the two places the first sentence of the story (not
    its headline) names, or None unless there are exactly two."""
    for sent in doc_sentences(doc):
        words = [t for t in sent if not t.is_space]
        if not words or not words[-1].is_punct or len(words) < 6:
            continue  # a headline or a dateline line
        places: list[str] = []
        for ent in ents_within(sent):
            if ent.label_ == "GPE" and ent.text not in places:
                places.append(ent.text)
        return " and ".join(places) if len(places) == 2 else None
    return None


def _not_accepted(offer: Token) -> Token | None:
    """A later "had not accepted the offer" or "neither government accepted the offer"."""
    doc = offer.doc
    for accept in tokens_where(doc[offer.sent.end :], "lemmas", {"accept"}):
        thing = next((c for c in accept.children if c.dep_ == "dobj"), None)
        if thing is None or thing.lemma_.lower() not in _OFFER_NOUNS:
            continue
        subject = next((c for c in accept.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        neither = any(c.lower_ in {"neither", "no"} for c in subject.children if c.dep_ == "det")
        if is_negated(accept) or neither:
            return accept
    return None


def _accepted_later(refusal: Token) -> bool:
    """Whether a sentence after the refusal tells the offer accepted."""
    doc = refusal.doc
    for accept in tokens_where(doc[refusal.sent.end :], "lemmas", {"accept", "agree"}):
        if accept.pos_ == "VERB" and accept.tag_ in {"VBD", "VBN"} and not is_negated(accept):
            return True
    return False


def _who(subject: Token) -> str | None:
    """Those who have not accepted, named: a name, or the lead's pair for "neither
    government"."""
    if subject.pos_ == "PROPN":
        return _words(subject)
    dets = {c.lower_ for c in subject.children if c.dep_ == "det"}
    if dets & _PAIR_DETERMINERS and subject.lemma_.lower() in _PAIR_NOUNS:
        return _lead_pair(subject.doc)
    return None


def _one_party(token: Token) -> bool:
    """A name, or a common noun with "the" ("the union") that the question can name."""
    if token.pos_ == "PROPN":
        return True
    return token.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    )


def pair_named(subject: Token) -> str | None:
    """Two parties as a subject names them: "Dravia and Ostrelia", "the union and Corva
    Shipping" (one of them a name), or the lead's pair for "the two governments"."""
    others = [c for c in subject.children if c.dep_ == "conj" and _one_party(c)]
    if _one_party(subject) and len(others) == 1:
        if any(c.dep_ == "conj" for c in others[0].children):
            return None  # three or more
        if "PROPN" not in {subject.pos_, others[0].pos_}:
            return None  # "the union and the company": neither named
        first = subject.doc[subject.left_edge.i : subject.i + 1].text
        second = subject.doc[others[0].left_edge.i : others[0].i + 1].text
        first = "the" + first[3:] if first.startswith("The ") else first
        return f"{first} and {second}"
    two = any(c.dep_ == "nummod" and c.lower_ == "two" for c in subject.children)
    dets = {c.lower_ for c in subject.children if c.dep_ == "det"}
    if (two or dets & _PAIR_DETERMINERS) and subject.lemma_.lower() in _PAIR_NOUNS:
        return _lead_pair(subject.doc)
    return None


def unanswered_offer(offer: Token) -> tuple[str, Span, Span] | str | None:
    """The question an unanswered offer asks, with the offer's and the refusal's sentences;
    "settled-later" where a later sentence tells it accepted; None where ``offer`` is no
    named offer left unanswered by named parties."""
    if offer.pos_ != "VERB" or offer.tag_ not in {"VBD", "VBN"} or is_negated(offer):
        return None
    act = next(
        (
            c
            for c in offer.children
            if c.dep_ in {"xcomp", "advcl"} and any(a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    offerer = next((c for c in offer.children if c.dep_ == "nsubj"), None)
    if offerer is None and offer.dep_ == "acl" and offer.doc[offer.i - 1].text == ",":
        offerer = offer.head  # "The Lund Institute, a mediation group, offered ...": misparsed
    thing = next((c for c in act.children if c.dep_ == "dobj"), None) if act else None
    if act is None or thing is None or offerer is None or offerer.pos_ != "PROPN":
        return None
    refusal = _not_accepted(offer)
    if refusal is None:
        return None
    subject = next(c for c in refusal.children if c.dep_ == "nsubj")
    who = _who(subject)
    if who is None:
        return None
    if _accepted_later(refusal):
        return "settled-later"
    whose = _words(offerer)
    whose = f"{whose}'" if whose.endswith("s") else f"{whose}'s"
    what = f"{act.lemma_} {_words(thing, skip_preps=True)}"
    return f"Will {who} accept {whose} offer to {what}?", offer.sent, refusal.sent


def find_offers(ctx: RuleContext, doc: Doc) -> tuple[list[Candidate], list[tuple[str, Token]]]:
    """Offers left unanswered, and the vetoes that removed others, each with its cue word."""

    def build(_offer: Token, asked: tuple[str, Span, Span]) -> Candidate:
        text, offered, unanswered = asked
        candidate = ctx.candidate(QuestionKind.PENDING, unanswered, text)
        candidate.sentences = [offered, unanswered]
        candidate.actors = ctx.actors_in(candidate.sentences)
        candidate.family, candidate.cue = "offer", "offer-unanswered"
        return candidate

    return sweep(doc, {"offer"}, unanswered_offer, build)
