"""Whether a party will appeal a court's ruling against it, when the article leaves it open.

"A state judge struck down Velden's voter ID law" and, later, "the attorney
general said he would review the decision", "the state has 30 days to
appeal" or "officials did not say whether they would appeal": the next move
is open, and it is the story's central matter. Asked as "Will Velden appeal
the ruling on its voter ID law?", the ruling's sentence and the signal's as
evidence. The party is the named owner of the measure struck down or the
named party ordered to act; where neither is named nothing is asked. An
appeal the article says was filed, or ruled out, settles it (``settled-later``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import tokens_where
from briefing_tui.analysis.questions.courts import MEASURES, court_name, is_court, ordered_act
from briefing_tui.analysis.questions.phrasing import running_words
from briefing_tui.analysis.questions.rulings import RULING_NOUNS
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.model import QuestionKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.questions.rules import Candidate, RuleContext

#: Verbs with which a court rules against a measure (lemmas).
_AGAINST = frozenset(
    {"strike", "block", "overturn", "invalidate", "void", "vacate", "halt", "reject"}
)
#: Verbs with which a court rules that someone must act (lemmas).
_ORDERING = frozenset({"rule", "order", "find"})
#: Nouns of a part of a measure ("parts of the law"): the measure is named after "of".
_PARTS = frozenset({"part", "portion", "provision", "section", "piece"})
#: Nouns of a party's own request a court may reject ("Linton's bid to block a casino").
_REQUESTS = frozenset({"bid", "request", "motion", "lawsuit", "suit", "challenge", "petition"})
#: Entity types of a party that can appeal.
_PARTIES = frozenset({"GPE", "ORG", "NORP", "PERSON"})
#: Verbs of considering a ruling ("would review the decision", "is studying the ruling").
_WEIGHING = frozenset({"review", "study", "consider", "weigh", "examine"})


def _plain(tokens: list[Token]) -> str:
    """The tokens as running words, without any punctuation."""
    return running_words(tokens, all_punct=True)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _named(token: Token | None) -> bool:
    """Whether a noun names a particular party ("Velden", "Ostrava County")."""
    return token is not None and token.pos_ == "PROPN" and token.ent_type_ in _PARTIES


def _short(noun: Token) -> list[Token]:
    """A noun with its compounds and adjectives ("voter identification law"), no clause
    or phrase after it."""
    kept = [noun]
    for token in noun.subtree:
        node = token
        while node.i != noun.i and node.dep_ in _KEPT:
            node = node.head
        if node.i == noun.i and token.i != noun.i:
            kept.append(token)
    return sorted(kept, key=lambda t: t.i)


_KEPT = frozenset({"compound", "amod", "nummod"})


def _own_words(measure: Token, owner: Token) -> list[Token]:
    """A measure's words without its owner, an aside or a relative clause: "voter
    identification law", "bid to block a casino on the river front"."""
    cut = {t.i for t in owner.subtree}
    cut |= {
        t.i
        for c in measure.children
        if c.dep_ in {"relcl", "appos", "punct", "det"}
        for t in c.subtree
    }
    return [t for t in measure.subtree if t.i not in cut]


#: Verbs with which a ruling finds that a party broke a law (lemmas).
_BREAKING = frozenset({"break", "violate", "breach", "flout"})
#: What a party is found to have broken ("violated federal environmental law").
_BROKEN = frozenset({"law", "constitution", "act", "statute", "rule", "rules", "agreement"})
#: Adverbs of an act a ruling finds unlawful ("acted illegally").
_UNLAWFULLY = frozenset({"illegally", "unlawfully", "unconstitutionally"})


def _told_as_done(verb: Token) -> bool:
    """Whether a verb tells a past act: "ruled", "has ruled"."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _found_unlawful(verb: Token) -> tuple[Token, str] | None:
    """ "ruled that the Coastal Port Authority violated federal environmental law": the
    party and "the ruling that it violated federal environmental law", or None."""
    act = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB"), None)
    if act is None or act.tag_ != "VBD" or is_negated(act):
        return None
    party = _subject(act)
    if not _named(party):
        return None
    assert party is not None
    if act.lemma_.lower() in _BREAKING:
        broken = next((c for c in act.children if c.dep_ == "dobj"), None)
        if broken is None or broken.lemma_.lower() not in _BROKEN:
            return None
        cut = {
            t.i
            for c in broken.children
            if c.dep_ in {"relcl", "acl", "appos", "punct", "prep", "advcl"}
            for t in c.subtree
        }
        words = _plain([t for t in broken.subtree if t.i not in cut])
        if words.lower() in {broken.lower_, f"the {broken.lower_}"}:
            # "broke the law": a law in general, and "the law" would ask which
            return party, "the ruling that it acted unlawfully"
        return party, f"the ruling that it {act.text.lower()} {words}"
    if any(c.lower_ in _UNLAWFULLY for c in act.children if c.dep_ == "advmod"):
        return party, f"the ruling that it {act.text.lower()} unlawfully"
    return None


def _ruling(verb: Token) -> tuple[Token, str] | None:
    """The party a court ruled against and the ruling as a question names it ("Velden",
    "the ruling on its voter identification law"), or None."""
    if verb.pos_ != "VERB" or not _told_as_done(verb) or is_negated(verb):
        return None
    court = _subject(verb)
    if not is_court(court) or court.dep_ == "nsubjpass":  # type: ignore[union-attr]
        return None
    lemma = verb.lemma_.lower()
    if lemma in _AGAINST:
        measure = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if measure is not None and measure.lemma_.lower() in _PARTS:
            # "struck down parts of Ohio's voting law": the law is what is appealed for
            of = next((c for c in measure.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            measure = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if measure is None or measure.lemma_.lower() not in MEASURES | _REQUESTS:
            return None
        owner = next((c for c in measure.children if c.dep_ == "poss"), None)
        if owner is None:
            # "an Arvada law banning plastic bags": a place or body named before the measure
            owner = next((c for c in measure.children if c.dep_ == "compound" and _named(c)), None)
            if owner is not None and owner.ent_type_ not in {"GPE", "ORG"}:
                return None
        if not _named(owner):
            return None
        assert owner is not None
        words = _own_words(measure, owner)
        if owner.dep_ == "compound" and len(words) < 2:
            return None  # "a Colorado law that ...": "its law" names nothing
        return owner, f"the ruling on its {_plain(words)}"
    if lemma in {"rule", "find"}:
        unlawful = _found_unlawful(verb)
        if unlawful is not None:
            return unlawful
    if lemma in _ORDERING:
        act, party = ordered_act(verb)
        if act is None or is_negated(act):
            return None
        thing = next((c for c in act.children if c.dep_ == "dobj"), None)
        if not _named(party) or thing is None:
            return None
        assert party is not None
        assert court is not None
        return (
            party,
            f"{court_name(court)}'s order to {act.lemma_} {_plain(_short(thing))}",
        )
    return None


def _signal(token: Token) -> bool:
    """Whether a word leaves an appeal open: "to appeal", "would appeal", "would review
    the decision", "is considering an appeal"; not "appealed" nor "will not appeal"."""
    lemma = token.lemma_.lower()
    if _window(token) is not None:  # "has 60 days to file a notice of appeal"
        return True
    if lemma == "appeal" and token.pos_ == "VERB":
        return token.tag_ in {"VB", "VBG"} and not is_negated(token)
    if lemma in _WEIGHING and token.pos_ == "VERB" and not is_negated(token):
        ruling = next((c for c in token.children if c.dep_ == "dobj"), None)
        modal = any(c.tag_ == "MD" for c in token.children) or token.tag_ == "VBG"
        return ruling is not None and ruling.lemma_.lower() in RULING_NOUNS and modal
    if lemma == "appeal" and token.pos_ == "NOUN" and token.dep_ == "dobj":
        return token.head.lemma_.lower() in _WEIGHING and not is_negated(token.head)
    return False


def _settled(token: Token) -> bool:
    """Whether a word tells the appeal filed or ruled out: "appealed", "filed an appeal",
    "will not appeal", "declined to appeal"."""
    lemma = token.lemma_.lower()
    if lemma == "appeal" and token.pos_ == "VERB":
        if token.tag_ in {"VBD", "VBN"} and not is_negated(token):
            return True
        if is_negated(token) and any(c.tag_ == "MD" for c in token.children):
            return True
        return token.dep_ == "xcomp" and token.head.lemma_.lower() in {"decline", "refuse"}
    if lemma == "appeal" and token.dep_ == "dobj":
        return token.head.lemma_.lower() == "file" and token.head.tag_ in {"VBD", "VBN"}
    return False


def find_appeals(ctx: RuleContext, doc: Doc) -> tuple[list[Candidate], list[tuple[str, Token]]]:
    """Appeals left open after a ruling against a named party, and the vetoes that
    removed others."""
    found: list[Candidate] = []
    refused: list[tuple[str, Token]] = []
    for verb in tokens_where(doc[:], "lemmas", _AGAINST | _ORDERING):
        ruled = _ruling(verb)
        if ruled is None:
            continue
        after = doc[verb.sent.start :]
        if any(_settled(t) for t in after):
            refused.append(("settled-later", verb))
            continue
        signal = next((t for t in after if _signal(t)), None)
        if signal is None:
            continue
        party, ruling = ruled
        window = next((w for t in after if (w := _window(t)) is not None), "")
        text = f"Will {_plain(_short_name(party))} appeal {ruling}{window}?"
        if window and " that " in ruling:  # "Within 60 days, will ...": not in the clause
            text = f"{window.strip().capitalize()}, will {text[5 : -len(window) - 1]}?"
        sentences = [verb.sent] if signal.sent == verb.sent else [verb.sent, signal.sent]
        # no topic actor: the party's appeal and its compliance are two questions
        candidate = ctx.candidate(QuestionKind.PENDING, signal.sent, text)
        candidate.sentences = sentences
        candidate.actors = ctx.actors_in(sentences)
        candidate.family, candidate.cue = "court", "ruling-appeal"
        found.append(candidate)
    return found, refused


def _short_name(party: Token) -> list[Token]:
    """A party's name without an apposition or clause after it."""
    return [t for t in party.subtree if t.i <= party.i and t.dep_ not in {"case", "punct"}]


#: Nouns of a span of time a party has to appeal in ("30 days").
_SPANS = frozenset({"day", "week", "month"})


def _window(token: Token) -> str | None:
    """ " within 60 days" from "has 60 days to appeal" or "has 60 days to file a notice of
    appeal": the time left to appeal, when the article states it; else None."""
    if token.lemma_.lower() not in _SPANS or token.dep_ != "dobj":
        return None
    have = token.head
    if have.lemma_ != "have" or have.tag_ not in {"VBZ", "VBP"} or is_negated(have):
        return None
    amount = next((c for c in token.children if c.dep_ == "nummod"), None)
    to_do = next((c for c in token.children if c.dep_ in {"relcl", "acl"}), None)
    if amount is None or to_do is None:
        return None
    appeal = to_do.lemma_.lower() == "appeal" or any(
        t.lemma_.lower() == "appeal" and t.pos_ == "NOUN" for t in to_do.subtree
    )
    return f" within {amount.text} {token.text}" if appeal else None
