"""Replies: one side rejects another side's account of what happened, in any later sentence.

"The Norvanian defence ministry said its troops fired only after Estravian border
guards crossed the river" and, later, "Estravia rejected the account", "Tarsk's
defence ministry gave a sharply different account" or "Velmora's version of events
was fabricated": the two sides share few words, but the reply names what it
answers. What is disputed is the act the first side's claim tells of the replying
side: the clause whose subject names it ("Estravian border guards crossed the
river"), asked with both sides named:

    Did Estravian border guards cross the river, as the Norvanian defence ministry
    says and Estravia denies?

Two patterns raise a reply (``rival_accounts``): a side giving "a different
account" (a statement noun with an adjective of the ``_OTHER`` table), and a
statement noun owned by a named side that a denial word calls false ("Velmora's
version ... was fabricated"). ``accused_clause`` finds what a reply answers: a
claim by another side, before the reply, one of whose clauses has a subject named
like the replying side. A side is told by its names and the adjectives of its
people (a stem of five letters: "Tarsk", "Tarskan").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import char_span, tokens_where
from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.disputes import Dispute
from briefing_tui.analysis.questions.scope import is_negated

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from briefing_tui.model import Claim

#: Adjectives that set an account against another ("gave a sharply different account").
_OTHER = frozenset({"different", "conflicting", "contradictory", "contrary", "opposite", "rival"})
#: Verbs with which a side gives its own account (lemmas).
_GIVING = frozenset({"give", "offer", "present", "provide", "put"})
#: The cue of a reply found by ``rival_accounts`` that no claim was found for it to answer.
ACCOUNT_CUE = "rival account"
#: How long a name's stem is that tells its side ("Tarsk" for "Tarskan", "Tarsk's").
STEM = 5
#: Entity types of words that name no side.
_NOT_SIDES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
#: Statement nouns that are an account of events (lemmas); "the figure" is another matter.
_ACCOUNTS = frozenset({"account", "version", "claim", "allegation", "description", "narrative"})


def side_stems(phrase: Span | list[Token]) -> set[str]:
    """The stems of the names in a phrase ("Tarsk's defence ministry": {"tarsk"}, "a Tarskan
    patrol": {"tarsk"}), names of four letters or more only."""
    stems: set[str] = set()
    for token in phrase:
        if token.ent_type_ in _NOT_SIDES or not token.is_alpha or len(token) < 4:
            continue
        if not token.text[:1].isupper():
            continue  # "defence ministry" tagged a proper noun names no side
        if token.pos_ == "PROPN" or token.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"}:
            stems.add(token.lower_[:STEM])
    return stems


def _subtree(token: Token) -> list[Token]:
    return list(token.subtree)


def replier(denied: Token) -> Token | None:
    """Who replies with a statement noun: the subject of the verb that governs it ("Estravia
    rejected the account"), else the subject of the reporting verb above it ("Velkov told
    the broadcaster that Velmora's version was fabricated")."""
    node = denied.head
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ in {"nsubj", "agent"}), None)
        if subject is not None and subject.dep_ == "agent":
            # "That account was contradicted by the presidency": the "by" names who replies
            subject = next((c for c in subject.children if c.dep_ == "pobj"), None)
        if subject is not None and subject.i != denied.i:
            return subject
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _owner(noun: Token) -> Token | None:
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def rival_accounts(doc: Doc) -> list[Dispute]:
    """Replies that no denial cue marks, or whose statement noun is owned by the side it
    answers: "Tarsk's defence ministry gave a sharply different account", "Velmora's
    version of events was fabricated"."""
    denials = lemma_set("denials")
    found: list[Dispute] = []
    for noun in tokens_where(doc[:], "lemmas", _ACCOUNTS):
        if noun.pos_ != "NOUN":
            continue
        head = noun.head
        other = any(c.lemma_.lower() in _OTHER for c in noun.children if c.dep_ == "amod")
        given = noun.dep_ == "dobj" and head.lemma_.lower() in _GIVING and not is_negated(head)
        owner = _owner(noun)
        called_false = (
            owner is not None
            and noun.dep_ in {"nsubj", "nsubjpass"}
            and (
                head.lemma_.lower() in denials
                or any(
                    c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in denials
                    for c in head.children
                )
            )
            and not is_negated(head)
        )
        if not ((other and given) or called_false):
            continue
        speaker = replier(noun)
        if speaker is None or not side_stems(_subtree(speaker)):
            continue  # "two governments gave conflicting accounts": no one named side replies
        found.append(Dispute([noun.sent], None, denied=noun, cue=ACCOUNT_CUE))
    return found


def accused_clause(
    doc: Doc,
    denied: Token,
    speaker: Token | None,
    claims: list[Claim],
    since: int,
) -> tuple[Claim, Token] | None:
    """The claim a reply answers and the clause of it the reply denies: the latest claim
    before the reply (its content starting at ``since`` or later; anywhere before, where
    the statement noun names its owner) by another side, one of whose clauses, told as
    fact, has a subject named like the replying side."""
    if speaker is None:
        return None
    replying = side_stems(_subtree(speaker))
    owner = _owner(denied)
    owners = side_stems(_subtree(owner)) if owner is not None else set()
    if not replying:
        return None
    if owners & replying:
        return None  # "its own account": nobody else's
    start = 0 if owners else since
    for claim in sorted(claims, key=lambda c: c.content.start, reverse=True):
        if not start <= claim.content.start < denied.sent.start_char:
            continue
        sides = claim_sides(doc, claim, claims)
        if not sides or sides & replying:
            continue  # a source named by no side, or the replying side itself
        if owners and not owners & sides:
            continue  # "Velmora's version": a claim of Velmora's side
        content = char_span(doc, claim.content.start, claim.content.end)
        if content is None:
            continue
        clause = _clause_naming(content, replying)
        if clause is not None:
            return claim, clause
    return None


def claim_sides(doc: Doc, claim: Claim, claims: list[Claim]) -> set[str]:
    """The side a claim's source is on, by the names its source is written with here and in
    the other claims the analysis gives the same actor ("The ministry" after "Velmora's
    defence ministry said"). Sides are told by names, not by actor ids: two offices of one
    kind ("defence ministry") may be one actor."""
    stems: set[str] = set()
    for other in claims:
        if other is not claim and (claim.source is None or other.source != claim.source):
            continue
        if other.source_span is None:
            continue
        source = char_span(doc, other.source_span.start, other.source_span.end)
        if source is not None:
            stems |= side_stems(source)
    return stems


def _clause_naming(content: Span, replying: set[str]) -> Token | None:
    """A verb of the content told as fact, not negated, whose subject is named like the
    replying side ("a *Tarskan* patrol had crossed the river")."""
    for verb in content:
        if verb.pos_ != "VERB" or is_negated(verb):
            continue
        if any(c.tag_ == "MD" for c in verb.children):
            continue  # "Tarskan troops could cross": a forecast, not an account
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.pos_ == "PRON":
            continue
        if side_stems(_subtree(subject)) & replying:
            return verb
    return None


#: Adverbs that make an account a denial of more ("had only accepted", "had never agreed").
_RESTRICTING = frozenset({"only", "never", "merely"})


def negative_account(verb: Token) -> bool:
    """Whether a claim's clause is told negatively or restricted ("it had never agreed to a
    fixed date", "had only accepted language on the transition"): a reply then disputes it
    best by the positive counter-claim that follows."""
    return is_negated(verb) or any(
        c.dep_ in {"advmod", "neg"} and c.lower_ in _RESTRICTING for c in verb.children
    )


def counter_claim(
    doc: Doc, reply: Span, account: Claim, claims: list[Claim], following: Span | None
) -> Claim | None:
    """The claim that follows a reply and states the other side ("That account was
    contradicted by the presidency. A senior official said Brenn's deputy had accepted the
    2040 date"): the first claim in the reply's sentence after the reply, or in the next
    sentence, by another source than the account's, sharing a word of its content with it."""
    end = following.end_char if following is not None else reply.end_char
    told = _lemmas(doc, account)
    for claim in sorted(claims, key=lambda c: c.content.start):
        if not reply.start_char <= claim.content.start < end or claim is account:
            continue
        if account.source and claim.source == account.source:
            return None
        if not (claim.source or claim.source_text):
            return None
        return claim if _lemmas(doc, claim) & told else None
    return None


def _lemmas(doc: Doc, claim: Claim) -> set[str]:
    content = char_span(doc, claim.content.start, claim.content.end)
    return {
        t.lemma_.lower()
        for t in content or []
        if t.pos_ in {"NOUN", "VERB", "PROPN"} and not t.is_stop
    }
