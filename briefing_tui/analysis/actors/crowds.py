"""Groups named by what their members are: "hackers attacked the site ... by hackers" and
"researchers say ... the researchers found" are one group actor each.

A plural written once is a group when it speaks: "Analysts said ...", "Council officers
recommended ...", "Tenant groups welcomed the vote" (``lexicon/actors/
speaking_crowd_nouns.txt``), as the subject of a verb of speech (``lexicon/actors/
speech_verbs.txt``) with nothing before it but "the" and common nouns or
adjectives of what kind they are, and nothing after it but a plain phrase of where they are
or whose side they are on ("Diplomats in the capital", "Lawyers on both sides", which
the group's name keeps): not "Two people", "Several survivors", "Meridian officials" (a
name's officials), "Company officials" (a body's, left to the body the article names) or
"officials who asked not to be named" (some of them).

The nouns are data (``lexicon/actors/crowd_nouns.txt``): people who act together without a
name. A noun makes a group only when the article writes it at least twice, bare or after
"the" and with nothing else before it (not "some hackers", "700 fishermen", "Dutch
researchers"), and at least once as the doer of a verb (its subject, or the agent after
"by"). Mentions that already belong to an actor are left to it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.lexicon import lexicon, load_words
from briefing_tui.analysis.doctext import doc_text, tokens_where

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.actors.drafts import Names

#: Times the article must write the noun before it names a group.
MIN_MENTIONS = 2
#: Dependencies of a doer: the subject of a verb, the agent of a passive one.
DOER_DEPS = frozenset({"nsubj", "nsubjpass"})


#: Modifiers that only say what kind the speakers are ("Shipping analysts", "Regional
#: officials").
_KIND_MODIFIERS = frozenset({"amod", "compound"})
#: Adjectives that count or pick out some of them ("several experts", "other critics").
_QUANTIFIERS = frozenset({"several", "few", "many", "some", "most", "other", "various", "numerous"})
#: What a verb of speech says: a reported clause or a quotation.
_REPORTED_DEPS = frozenset({"ccomp", "parataxis"})
#: Nouns that, written bare, speak for a government the actors analysis may find.
_GOVERNMENT_VOICES = frozenset({"official", "authority"})


@cache
def speaking_crowd_nouns() -> frozenset[str]:
    """Singular nouns for people who speak together without a name ("analyst")."""
    return load_words("speaking_crowd_nouns.txt")


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


def add_speaking_crowds(doc: Doc, names: Names) -> None:
    """Record a group actor for each plural of ``speaking_crowd_nouns`` written as the
    subject of a verb of speech, with only "the" and words of their kind before it."""
    taken = [(m.start, m.end) for d in names.drafts.values() for m in d.mentions]
    for token in tokens_where(doc[:], "lemmas", speaking_crowd_nouns()):
        if not _speaking_plural(token):
            continue
        start = _start(token)
        end = token.idx + len(token)
        if any(s < end and start < e for s, e in taken):
            continue
        text = doc_text(doc)[start:end]
        words = doc_text(doc)[start : _name_end(token)].split()
        if words[0].lower() == "the":
            words = words[1:]
        name = " ".join(words)
        key = f"group:{name.lower()}"
        if key in names.drafts or f"group:{token.lemma_.lower()}s" in names.drafts:
            continue
        draft = names.draft(key, "group", name[:1].lower() + name[1:])
        draft.add(start, end, text, "description", token.i)
        taken.append((start, end))


def _speaking_plural(token: Token) -> bool:
    """A plural noun (or "police") that is the subject of a verb of speech, with nothing
    before it but "the" and common nouns or adjectives, and nothing after it but phrases
    of place or side (``_where_phrase``)."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubj":
        return False
    if token.tag_ != "NNS" and token.lower_ != "police":
        return False
    verb = token.head
    if verb.lemma_.lower() not in lexicon().speech_verbs or verb.pos_ != "VERB":
        return False
    if not any(c.dep_ in _REPORTED_DEPS for c in verb.children) and verb.dep_ != "parataxis":
        return False  # "residents have complained for years": nothing said here
    if any(not _where_phrase(right) for right in token.rights):
        return False  # "officials who ...", "lawmakers opposed to the bill": some of them
    kinds = 0
    for left in token.lefts:
        if left.dep_ == "det" and left.lower_ == "the" and left.i == token.left_edge.i:
            continue
        if left.dep_ not in _KIND_MODIFIERS or left.pos_ not in {"NOUN", "ADJ"}:
            return False  # "Two people", "Meridian officials"
        if left.lower_ in _QUANTIFIERS or left.ent_type_ or any(True for _ in left.children):
            return False  # "Several survivors", "Dutch officials"
        if left.lemma_.lower() in lexicon().org_heads:
            return False  # "Company officials", "Council officers": a body's own people
        kinds += 1
    # a bare "Officials said" stands for the government just named (coref), if any
    return kinds > 0 or token.lemma_.lower() not in _GOVERNMENT_VOICES


#: Dependencies of a clause inside a phrase after the noun ("residents in towns that ...").
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp"})
#: Prepositions of a phrase that says where the speakers are or whose side they are on
#: ("Diplomats in the capital", "Lawyers on both sides"); not "of", which says whose
#: critics or members they are ("Critics of the agency").
_WHERE_PREPS = frozenset({"in", "at", "on", "from", "for"})


def _where_phrase(right: Token) -> bool:
    """Whether a word after the speakers' noun opens a plain phrase of place or side: a
    preposition of ``_WHERE_PREPS`` with one object, no body's head word ("on the
    council"), and no clause inside."""
    if right.dep_ != "prep" or right.lower_ not in _WHERE_PREPS:
        return False
    if [c.dep_ for c in right.children] != ["pobj"]:
        return False
    place = next(iter(right.children))
    if place.lemma_.lower() in lexicon().org_heads:
        return False  # "Opponents on the council": a body's own members, left to the body
    return not any(t.dep_ in _CLAUSE_DEPS or t.is_punct for t in right.subtree)


def _name_end(token: Token) -> int:
    """Where the speakers' name ends: after the noun, or after its phrase of place."""
    last = max((t for r in token.rights for t in r.subtree), key=lambda t: t.i, default=token)
    return last.idx + len(last)


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
