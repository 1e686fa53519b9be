"""Naming both sides of a denial: "Did the mill dump dye into the river, as fishermen
say and the mill denies?"

A dispute paired from two claims (one source's claim, another source's denial of
it) is asked by the claim's own clause, with both sources named, when each source
can be named in a few words and the question stays short and stands on its own.
Otherwise the dispute keeps the question its family asked (``--explain`` shows the
veto: ``sides-unnamed``, ``sides-unasked``, ``sides-too-long``, ``sides-vague``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import char_span
from briefing_tui.analysis.questions.apposed_claims import teller
from briefing_tui.analysis.questions.cues import lemma_set, negated_denials
from briefing_tui.analysis.questions.disputes import BODY_NOUNS, fronted, root_verb
from briefing_tui.analysis.questions.phrasing import possessive
from briefing_tui.analysis.questions.references import anchored_pronouns, vague_reference
from briefing_tui.analysis.questions.rival_figures import joined_clauses, side_name, verb_for
from briefing_tui.analysis.questions.rules import RuleContext, phrase
from briefing_tui.analysis.questions.scope import clause_verb, is_negated
from briefing_tui.analysis.syntax import clause_subject

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from briefing_tui.model import Claim

#: The longest question asked with both sides (in words).
MAX_WORDS = 25
#: Words left free in a question that keeps its adjuncts, for the names the pane adds later
#: ("the vote" named "the vote on Thursday").
ROOM = 4
#: Dependents after a verb's object that only add how, when or why.
_ADJUNCTS = frozenset({"prep", "advcl", "npadvmod", "advmod", "cc", "conj", "punct"})
#: Dependents through which a clause goes on to the verb that acts ("was prepared to
#: postpone").
_CHAIN = frozenset({"xcomp", "acomp"})
#: Determiners an unnamed source keeps when it is named by its first mention.
_INDEFINITE = frozenset({"a", "an", "one", "two", "three", "several", "some"})


def unnamed_side(doc: Doc, claim: Claim, claims: list[Claim]) -> str | None:
    """A source with no name, as the article first introduced it ("the official" after "A
    senior official in the prime minister's office ... said": "a senior official"), or the
    plural group it is ("several survivors")."""
    span = (
        char_span(doc, claim.source_span.start, claim.source_span.end)
        if claim.source_span
        else None
    )
    if span is None or span.root.pos_ != "NOUN":
        return None
    head = span.root.lemma_.lower()
    for other in claims:
        if other.source_span is None or other.source_span.start > claim.source_span.start:
            continue
        first = char_span(doc, other.source_span.start, other.source_span.end)
        if first is None or first.root.lemma_.lower() != head:
            continue
        root = first.root
        if first[0].lower_ not in _INDEFINITE or first[0].head.i != root.i:
            continue  # "A senior official ...", "Several survivors"
        mods = [c for c in root.children if c.dep_ in {"amod", "compound"} and c.i < root.i]
        words = {first[0], *mods, root}
        return " ".join(t.lower_ for t in sorted(words, key=lambda t: t.i))
    return None


def _side(ctx: RuleContext, doc: Doc, claim: Claim, claims: list[Claim]) -> str | None:
    named = _named_before(doc, claim, claims)
    return side_name(ctx, doc, named or claim) or unnamed_side(doc, claim, claims)


def _named_before(doc: Doc, claim: Claim, claims: list[Claim]) -> Claim | None:
    """The first claim of the same source whose source is written with a name, where this
    one's is not ("The ministry said" after "Velmora's defence ministry said"): the side is
    named as the article named it first."""
    if claim.source is None or claim.source_span is None:
        return None
    span = char_span(doc, claim.source_span.start, claim.source_span.end)
    if span is None or any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span):
        return None
    for other in claims:
        if other.source != claim.source or other.source_span is None:
            continue
        if other.source_span.start >= claim.source_span.start:
            return None
        first = char_span(doc, other.source_span.start, other.source_span.end)
        if first is not None and len(first) <= 4 and first[0].pos_ == "PROPN":
            return other  # "Velmora's defence ministry", not "a spokesman for ..."
    return None


def written_name(subject: Token) -> str | None:
    """A denier named by its own short words where no actor stands for them ("Korvan's
    government", "the Dellish army", the name set beside a title: "Erik Sandvold"): four
    words at most, one of them a name."""
    named = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is not None:  # "Haldorsen's lead counsel, Erik Sandvold": the name set beside
        subject = named
    words = sorted(subject.subtree, key=lambda t: t.i)
    asides = [t for t in words if t.i != subject.i and t.dep_ in {"relcl", "appos", "acl"}]
    if len(words) > 4 or asides or any(t.is_punct for t in words):
        return None
    if not any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return None
    text = " ".join(t.text for t in words).replace(" 's", "'s")
    return text[:1].lower() + text[1:] if words[0].lower_ == "the" else text


def _after_object(verb: Token) -> list[int]:
    """Tokens of the adjuncts after what the clause's last verb acts on ("postpone the vote
    *by a week rather than lose it*"): a short question can lose them."""
    target = verb
    while (following := next((c for c in target.children if c.dep_ in _CHAIN), None)) is not None:
        target = following
    return [
        t.i for c in target.children if c.i > target.i and c.dep_ in _ADJUNCTS for t in c.subtree
    ]


def _asides(verb: Token) -> list[int]:
    """Tokens a long question can lose last: a participle or relative clause that tells
    more of the subject ("a traffic report *commissioned by the council*") and a time clause
    after a reported finding ("would get worse *once the towers were occupied*")."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    cut: list[int] = []
    # "a traffic report commissioned by the council" says what it is without its clause;
    # "the concentration found in her urine" does not
    if subject is not None and any(c.dep_ in {"compound", "amod"} for c in subject.children):
        cut += [t.i for c in subject.children if c.dep_ in {"acl", "relcl"} for t in c.subtree]
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        cut += [
            t.i for c in clause.children if c.dep_ == "advcl" and c.i > clause.i for t in c.subtree
        ]
    return cut


def both_sides(
    ctx: RuleContext,
    doc: Doc,
    claimed: Claim,
    denier: Claim | str | None,
    claims: list[Claim],
    sentences: list[Span],
    verb: Token | None = None,
) -> tuple[str | None, str | None]:
    """The claim's question naming its source and the denier (a claim, or the name of one
    who denies it outside any claim: "Corvina Lines has rejected that account"), or the
    veto that keeps it. ``verb`` is the clause of the claim that is denied, where it is not
    the claim's top one ("fired only after Estravian guards *crossed* the river")."""
    denier_name = (
        denier if denier is None or isinstance(denier, str) else _side(ctx, doc, denier, claims)
    )
    names = _side(ctx, doc, claimed, claims), denier_name
    if names[0] is None or names[1] is None or names[0].lower() == names[1].lower():
        return None, "sides-unnamed"
    content = char_span(doc, claimed.content.start, claimed.content.end)
    if content is None or not len(content):
        return None, "sides-unasked"
    verb = clause_verb(verb if verb is not None else root_verb(content))
    marks = [c.i for c in verb.children if c.dep_ == "mark"]
    marks += [  # "only after": the bound of the "after" goes with it
        c.i for c in verb.children if c.dep_ == "advmod" and marks and c.i < min(marks)
    ]
    marks += fronted(verb)
    veto = "sides-unasked"
    tries = (
        ([*marks, *joined_clauses(verb)], MAX_WORDS - ROOM),
        ([*marks, *joined_clauses(verb), *_after_object(verb)], MAX_WORDS),
        ([*marks, *joined_clauses(verb), *_after_object(verb), *_asides(verb)], MAX_WORDS),
    )
    for drop, most in tries:
        asked = phrase(ctx, verb, drop=drop)
        if not asked.endswith("?") or asked.startswith("Unclear"):
            return None, "sides-unasked"
        say = _agreeing(doc, claimed, names[0], "say")
        deny = _agreeing(doc, denier if not isinstance(denier, str) else None, names[1], "deny")
        first, second = _with_article(names[0]), _with_article(names[1])
        text = f"{asked[:-1]}, as {first} {say} and {second} {deny}?"
        if len(text.split()) > most:
            veto = "sides-too-long"
            continue
        if vague_reference(text, anchored_pronouns(text, sentences), sentences):
            veto = "sides-vague"
            continue
        return text, None
    return None, veto


#: Possessive pronouns a denier may use of itself ("denied that the voice is his", "denies
#: that its boats fired").
_OWN = frozenset({"his", "her", "hers", "its"})


def _denies(token: Token, denials: frozenset[str]) -> bool:
    """Whether a word denies: a denial's lemma, or a verb the ``denials`` lexicon lists
    negated ("not accept") told with its negation ("did not accept the view that ...")."""
    lemma = token.lemma_.lower()
    if lemma in denials:
        return True
    return f"not {lemma}" in negated_denials() and is_negated(token)


def _owner_between(token: Token, denial: Token) -> bool:
    """Whether a name owns a phrase between a pronoun and its denial ("does not accept
    *Tanzania's* account of its stocks"): the "its" is that owner's, not the denier's."""
    for above in token.ancestors:
        if above.i == denial.i:
            return False
        if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in above.children):
            return True
    return False


def denier_owns(ctx: RuleContext, sentence: Span, text: str) -> str:
    """``text`` with a "his" or "her" of a denied clause named by the person who denies it,
    an "its" by the body that does: "Ann Lee denied that the signature is hers" asks "Is
    the signature Ann Lee's?", "Norvania denies that its ships fired" "Did Norvania's ships
    fire?"."""
    denials = lemma_set("denials")
    for token in sentence:
        if token.lower_ not in _OWN or token.dep_ not in {"attr", "poss", "acomp"}:
            continue
        denial = next((a for a in token.ancestors if _denies(a, denials)), None)
        if denial is None or _owner_between(token, denial):
            continue
        subject = next((c for c in denial.children if c.dep_ == "nsubj"), None)
        name = ctx.name_of(subject) if subject is not None else None
        if name is None and subject is not None and subject.pos_ == "PRON":
            subject = teller(denial)  # "the company said it did not accept ...": the company
            name = ctx.name_of(subject) if subject is not None else None
        if name is None or subject is None:
            continue
        if (ctx.actor_of(subject) in ctx.people) != (token.lower_ != "its"):
            continue  # "his" and "her" are a person's, "its" a body's
        if any(t.ent_type_ == "PERSON" for t in token.head.subtree if t.i != token.i):
            continue  # another person named in the clause may be whom "his" means
        text = re.sub(rf"\b{re.escape(token.text)}\b", possessive(name), text, count=1)
    return text


def accused_named(ctx: RuleContext, contested: Token | None, sentence: Span, text: str) -> str:
    """``text`` with a bare "the company" that the disputed clause accuses named by the body
    that denies it in ``sentence`` ("Velo Dairy denied any wrongdoing": "Had Velo Dairy
    overcharged schools ...?"), where the denier is written with a name."""
    subject = clause_subject(contested) if contested is not None else None
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in BODY_NOUNS:
        return text
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return text
    denials = lemma_set("denials")
    for verb in sentence:
        if verb.lemma_.lower() not in denials or verb.pos_ != "VERB":
            continue
        denier = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if denier is None or denier.ent_type_ == "PERSON":
            continue  # a person is not "the company"
        name = written_name(denier)
        if name:
            phrase_words = f"the {subject.text}"
            return re.sub(rf"\b{re.escape(phrase_words)}\b", name, text, count=1, flags=re.I)
    return text


def _plural_name(name: str) -> bool:
    """Whether a side named outside any claim is plural, by its last word: a common noun in
    the plural ("Kenyan officials", "the unions"), not a name ("Corvina Lines")."""
    last = name.split()[-1] if name.split() else ""
    return last.islower() and last.endswith("s") and not last.endswith("ss")


#: First words after which a side's name needs no "the" ("a senior official", "several survivors").
_DETERMINED = frozenset(
    {"the", "a", "an", "one", "two", "three", "several", "some", "many", "most", "all"}
    | {"his", "her", "its", "their", "our", "this", "that", "these", "those"}
)


def _with_article(name: str) -> str:
    """A side named by a description in lower case reads with "the": an actor the article
    only describes ("finance ministry" from "The finance ministry disputed ..."); a bare
    plural reads as it is ("local health officials say")."""
    words = name.split()
    if not words or not name.islower() or words[0] in _DETERMINED or words[0][:1].isdigit():
        return name
    if _plural_name(name):
        return name
    return f"the {name}"


def _agreeing(doc: Doc, claim: Claim | None, name: str, verb: str) -> str:
    """``verb`` in the present agreeing with the side's name as the question writes it: a
    proper name is one ("the Bank of Velmora says", even where the article wrote "central bank
    data say"); a plural common noun is many ("Kenyan officials deny"); else as written."""
    last = name.split()[-1] if name.split() else ""
    if last[:1].isupper():
        return verb_for(doc, None, verb)
    if _plural_name(name):
        return verb
    return verb_for(doc, claim, verb)
