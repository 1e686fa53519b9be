"""Requests, demands and questions put by one actor to another, read from the claims.

A request is open until the article says it was met: "The governor urged the
legislature to pass the bill" asks "Will the legislature pass the bill?", with
the governor among its actors. A question an actor asks ("the minister asked
how the files reached the street") is open in the same way and is asked as
the actor asked it. The cue words are the claims pane's (``lexicon/shared/cues.tsv``):
a claim whose stance is a demand or a question.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.held_events import event_held
from briefing_tui.analysis.questions.phrasing import ask_embedded
from briefing_tui.analysis.questions.rules import Candidate, RuleContext, phrase
from briefing_tui.analysis.questions.vetoes import has_finite_opening
from briefing_tui.analysis.syntax import clause_subject
from briefing_tui.model import QuestionKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.model import Claim

#: Claim stances that put something to someone.
REQUEST_STANCES = frozenset({"demand", "question"})
_OBJECTS = frozenset({"dobj", "iobj", "dative"})
_WH_TAGS = frozenset({"WRB", "WP", "WDT"})
#: The people in the room, whom a speaker asks to do something there and then.
_AUDIENCE = frozenset({"crowd", "audience", "room", "attendee", "listener", "viewer", "reader"})


#: Nouns that name a request in an apposition after it ("..., a request rarely honoured").
_REQUEST_NOUNS = frozenset({"request", "demand", "appeal", "plea", "call", "instruction"})
#: Participles that tell how a request fared: met or not, it is no longer open.
_FATES = frozenset(
    {"honour", "honor", "heed", "ignore", "grant", "refuse", "reject", "follow", "obey"}
    | {"answer", "respect", "disregard", "meet", "observe", "flout", "spurn", "decline"}
)


def _fate_told(cue: Token) -> bool:
    """Whether the request's sentence tells how such requests fare, in a noun phrase set
    after it: "asked the candidates to refrain from attacks, a request not always honoured"."""
    for token in cue.sent:
        if token.i <= cue.i or token.lemma_.lower() not in _REQUEST_NOUNS:
            continue
        if token.pos_ != "NOUN":
            continue
        for child in token.subtree:
            if child.tag_ == "VBN" and child.lemma_.lower() in _FATES:
                return True
    return False


def _cue_token(doc: Doc, claim: Claim) -> Token | None:
    if claim.cue_span is None:
        return None
    span = doc.char_span(claim.cue_span.start, claim.cue_span.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _asked_to(ctx: RuleContext, cue: Token) -> Candidate | None:
    """ "asked X (not) to V" and "urged X to V": will X do it?"""
    addressee = next((c for c in cue.children if c.dep_ in _OBJECTS), None)
    action = next((c for c in cue.children if c.dep_ in {"xcomp", "ccomp"}), None)
    if addressee is None:
        addressee = _called_on(cue)  # "called on Helixa to offer refunds"
        if addressee is not None and action is None:  # the parse may take "to V" for a purpose
            action = next((c for c in cue.children if c.dep_ == "advcl"), None)
    if action is None and addressee is not None:  # the parse may hang "to V" on the object
        action = next((c for c in addressee.children if c.dep_ in {"acl", "relcl"}), None)
        if action is not None and not _can_act(addressee):
            # "questioned Cruz's eligibility to run": the eligibility will not run
            ctx.veto("no-one-asked")
            return None
    if addressee is None or action is None or action.pos_ not in {"VERB", "AUX"}:
        return None
    to = [c.i for c in action.children if c.dep_ == "aux" and c.lower_ == "to"]
    if not to:
        return None
    if addressee.lemma_.lower() in _AUDIENCE:
        ctx.veto("request-to-audience")  # "asked the crowd to welcome him": done on the spot
        return None
    both = any(c.lower_ in {"both", "all"} for c in addressee.children)  # "urged both sides"
    if (not ctx.is_specific(addressee) and not both) or _a_whole_group(addressee):
        ctx.veto("generality")  # "urged people to stay indoors": no one in particular
        return None
    if _fate_told(cue):
        ctx.veto("request-answered")  # "..., a request not always honoured": it tells how
        return None
    if _unnamed_one(addressee):
        ctx.veto("unnamed-addressee")  # "asked a colleague to check": which colleague?
        return None
    if _reported_back(cue, addressee):
        ctx.veto("request-past-answered")  # "asked a colleague to check; he told her ..."
        return None
    if ctx.told_as_done(action, addressee) or event_held(action):
        ctx.veto("request-past-answered")
        return None
    # "asked them not to turn boats away" asks whether they will turn them away
    drop = [*to, *(c.i for c in action.children if c.dep_ == "neg"), *_occasion(cue, action)]
    text = phrase(ctx, action, subject=addressee, asked_aux="will", drop=drop)
    found = ctx.candidate(QuestionKind.PENDING, cue.sent, text, addressee)
    return found


#: Prepositions of a request's occasion or reason ("after a third death", "over the
#: audit"), which belong to the asking, not to the act asked for.
_OCCASION = frozenset({"after", "following", "amid", "over"})


def _occasion(cue: Token, action: Token) -> list[int]:
    """The words of the act asked for that tell when or why it was asked: "called on the
    sheriff to resign on Wednesday after a third death" asks "Will the sheriff resign?".
    A deadline ("by Friday", "before the vote") stays; nothing is dropped when the request
    has a date or an occasion of its own."""
    if any(c.dep_ == "prep" and (c.lower_ in _OCCASION or _dated(c)) for c in cue.children):
        return []
    found: list[int] = []
    for prep in (c for c in action.children if c.dep_ == "prep"):
        if prep.lower_ in _OCCASION or (prep.lower_ == "on" and _dated(prep)):
            found.extend(t.i for t in prep.subtree)
    if found:  # "after a third death at the jail this year": the parse may hang the
        start = min(found)  # date that ends the occasion on the act itself
        for late in (c for c in action.children if c.dep_ == "npadvmod" and c.i > start):
            if late.ent_type_ in {"DATE", "TIME"}:
                found.extend(t.i for t in late.subtree)
    return found


def _dated(prep: Token) -> bool:
    """ "on Wednesday", "on March 3": the preposition's object is a date."""
    return any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in prep.children)


def _called_on(cue: Token) -> Token | None:
    """The one a request is made of after "on" or "upon": "called on Helixa to ..."."""
    if cue.lemma_.lower() != "call":
        return None
    for on in (c for c in cue.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"}):
        named = next((c for c in on.children if c.dep_ == "pobj"), None)
        if named is not None and named.ent_type_ not in {"DATE", "TIME"}:
            return named  # not "called on Wednesday"
    return None


#: Verbs with which the one asked reports back ("he told her", "she replied").
_REPORTING_BACK = frozenset({"tell", "reply", "respond", "answer", "report", "write"})
#: Pronouns the one asked is said again by.
_PERSONAL = frozenset({"he", "she", "they"})


def _unnamed_one(addressee: Token) -> bool:
    """Whether the one asked is someone the article does not name: "a colleague", "an
    aide" (one person brought in with "a"), not "a federal judge" of a court story's
    parse nor a name."""
    if addressee.pos_ != "NOUN" or addressee.tag_ != "NN" or addressee.ent_type_:
        return False
    det = next((c for c in addressee.children if c.dep_ == "det"), None)
    return det is not None and det.lower_ in {"a", "an"}


def _reported_back(cue: Token, addressee: Token) -> bool:
    """Whether the one asked reports back later in the request's sentence or the next:
    "asked a colleague to check; he told her the images were obscured"."""
    doc = cue.doc
    end = doc[cue.sent.end].sent.end if cue.sent.end < len(doc) else cue.sent.end
    for verb in doc[addressee.i + 1 : end]:
        if verb.lemma_.lower() not in _REPORTING_BACK or verb.tag_ != "VBD":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and (
            subject.lower_ in _PERSONAL or subject.lower_ == addressee.lower_
        ):
            return True
    return False


def _can_act(noun: Token) -> bool:
    """Whether a noun may be someone asked to act: a name, or a noun that is no one's
    attribute ("Cruz's eligibility", "the plan's cost" belong to someone; they do nothing)."""
    if noun.pos_ == "PROPN" or noun.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return True
    return not any(c.dep_ == "poss" for c in noun.children)


def _a_whole_group(addressee: Token) -> bool:
    """ "encouraged Americans to ...", "urged his supporters to ...": a people or a following,
    no one who will be seen to act or not (a plural with no article, number or name)."""
    if addressee.tag_ not in {"NNS", "NNPS"}:
        return False
    named = [c for c in addressee.children if c.dep_ in {"det", "nummod", "compound", "amod"}] + [
        c for c in addressee.children if c.dep_ == "poss" and c.pos_ != "PRON"
    ]
    return not named


#: Words of a reported question that ask for a judgement, not a fact ("how could she ...").
_JUDGING_MODALS = frozenset({"could", "would", "should", "might"})


def _judges(clause: Token) -> bool:
    """ "asked how she could win them over": a question put to advise or to score a point,
    which no later fact answers."""
    return any(c.dep_ == "aux" and c.lower_ in _JUDGING_MODALS for c in clause.children)


def _sneers(clause: Token) -> bool:
    """ "questioned what kind of person gets up at 3 a.m.": a taunt, not a question."""
    words = [t.lower_ for t in clause.subtree]
    return any(a == "kind" and b == "of" for a, b in pairwise(words))


_DO = {"VBD": "did", "VBZ": "does", "VBP": "do"}


def _wh_fronted(clause: Token, wh: Token) -> str | None:
    """ "how such documents wound up on the street" -> "How did such documents wind up on the
    street?": a simple tensed verb takes "do"; None for any other clause."""
    subject = clause_subject(clause)
    aux = _DO.get(clause.tag_)
    has_aux = any(c.dep_ in {"aux", "auxpass"} for c in clause.children)
    if subject is None or aux is None or has_aux or clause.lemma_ == "be":
        return None
    who = " ".join(t.text for t in subject.subtree if t.i != wh.i)
    rest = " ".join(t.text for t in clause.subtree if t.i > clause.i and not t.is_punct)
    text = f"{wh.text.capitalize()} {aux} {who} {clause.lemma_} {rest}"
    return " ".join(text.replace('"', " ").replace("“", " ").replace("”", " ").split()) + "?"


def _demanded_that(ctx: RuleContext, cue: Token) -> Candidate | None:
    """ "demanded that the minister appear before the committee": will the minister?"""
    action = next((c for c in cue.children if c.dep_ == "ccomp" and c.tag_ == "VB"), None)
    if action is None or any(c.dep_ == "aux" for c in action.children):
        return None
    subject = next((c for c in action.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or not ctx.is_specific(subject):
        return None
    marks = [c.i for c in action.children if c.dep_ == "mark"]
    text = phrase(ctx, action, subject=subject, asked_aux="will", drop=marks)
    return ctx.candidate(QuestionKind.PENDING, cue.sent, text, subject)


def _asked_wh(ctx: RuleContext, cue: Token) -> Candidate | None:
    """ "asked how the files reached the street": how did they?"""
    clause = next((c for c in cue.children if c.dep_ in {"ccomp", "xcomp"}), None)
    if clause is None:
        return None
    if _sneers(clause):
        ctx.veto("taunt")
        return None
    text = ask_embedded(clause, name_of=ctx.name_of)
    first = clause.left_edge
    if (text is None or not has_finite_opening(text)) and first.tag_ in _WH_TAGS:
        # "how such documents wound up": the parse may hang "how" on the subject's adjective
        text = _wh_fronted(clause, first)
    if text is None:
        return None
    found = ctx.candidate(QuestionKind.UNRESOLVED, cue.sent, text, clause_subject(clause))
    if _judges(clause):
        found.weak = "rhetorical-question"
    return found


def find_requests(
    ctx: RuleContext, doc: Doc, claims: list[Claim]
) -> tuple[list[Candidate], list[tuple[str, Token]]]:
    """Pending questions from requests and unresolved ones from questions actors ask.

    Also returns, for ``--explain``, the veto and cue word of each request that raised nothing.
    """
    found: list[Candidate] = []
    refused: list[tuple[str, Token]] = []
    for claim in claims:
        if claim.stance not in REQUEST_STANCES:
            continue
        cue = _cue_token(doc, claim)
        if cue is None or cue.pos_ not in {"VERB", "AUX"}:
            continue
        ctx.vetoed = None
        candidate = _asked_to(ctx, cue) or _demanded_that(ctx, cue) or _asked_wh(ctx, cue)
        if candidate is None:
            refused.append((ctx.vetoed or "no-request-clause", cue))
            continue
        candidate.family = "request" if candidate.kind == QuestionKind.PENDING else "unknown"
        candidate.cue = cue.text
        if claim.source and claim.source not in candidate.actors:
            candidate.actors.insert(0, claim.source)
        if claim.id:
            candidate.claims.append(claim.id)
        found.append(candidate)
    return found, refused
