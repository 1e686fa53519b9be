"""Contested matters: the narrator says that sides disagree over a matter it names as a question.

"The two sides are also at odds over what the company's pay offer is worth", "the
agencies gave conflicting accounts of when the warning was issued", "How many homes
had been lost remained a matter of sharp disagreement": the article itself says the
matter is disputed, and names it by an embedded question, which is asked directly:

    What is the company's pay offer worth?

The sides are the claims told in the flagged sentence and the few after it, by
different sources: their sentences join the evidence and their ids the question.

Patterns (``PATTERNS``, words in the ``contested_matters`` lexicon by role):

- ``rival-accounts``: an account noun set against another ("conflicting accounts of
  what happened");
- ``disagree-over``: a verb of disagreeing over a matter ("disagree over how many");
- ``at-odds-over``: "at odds / at loggerheads over" a matter;
- ``matter-of-dispute``: an embedded question said to remain "a matter of
  disagreement" or "in dispute".

Named vetoes (``--explain`` shows them): ``matter-named-by-noun`` (the matter is a
noun phrase, not an embedded question: "accounts of the fire's flank" asks nothing
a reader can answer), ``matter-negated`` ("do not disagree over ..."),
``matter-quoted`` (a speaker's words, not the narrator's), ``matter-vague`` (the
embedded question names no thing: "what happened", "what else was agreed"),
``matter-unphrasable`` (the clause cannot be asked as a question).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import lemma_positions
from briefing_tui.analysis.questions.cues import lexicon
from briefing_tui.analysis.questions.disputes import Dispute, same_source
from briefing_tui.analysis.questions.phrasing import ask_embedded, wh_phrase
from briefing_tui.analysis.questions.scope import clause_verb, is_negated, quoted_region
from briefing_tui.analysis.sentences import doc_sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.questions.phrasing import NameOf
    from briefing_tui.model import Claim

#: The cue ``--explain`` shows for a contested matter.
MATTER_CUE = "contested matter"
#: How many sentences after the flag the sides' claims may be told in.
WINDOW = 3
#: Parts of speech of the words that name a thing in an embedded question.
_THING_POS = frozenset({"NOUN", "PROPN", "NUM"})


@cache
def contested_roles() -> dict[str, frozenset[str]]:
    """The ``contested_matters`` lexicon's words by their role in a pattern ("account",
    "other", "verb", ...); the rival-figures family reads its disagreeing words here too."""
    table: dict[str, set[str]] = {}
    for line in lexicon("contested_matters"):
        role, word = line.split()
        table.setdefault(role, set()).add(word)
    return {role: frozenset(words) for role, words in table.items()}


def _word_in(word: Token, role: str) -> bool:
    """Whether a word's lemma is one of a role's words (the lexicon lists lemmas as the
    tagger gives them: "conflict" for "conflicting", "odd" for "odds")."""
    return word.lemma_.lower() in contested_roles()[role]


def _about(head: Token) -> Token | None:
    """The clause a preposition of the ``about`` role under ``head`` introduces, if any."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in contested_roles()["about"]:
            for grand in child.children:
                if grand.dep_ in {"pcomp", "pobj"}:
                    return grand
    return None


def _rival_accounts(word: Token) -> tuple[Token, Token] | None:
    """ "gave *conflicting accounts* of when the warning was issued": the verb, the matter."""
    if word.pos_ != "NOUN" or word.lemma_.lower() not in contested_roles()["account"]:
        return None
    if not any(c.dep_ == "amod" and _word_in(c, "other") for c in word.children):
        return None
    if word.dep_ != "dobj" or word.head.pos_ != "VERB":
        return None
    matter = _about(word)
    return (word.head, matter) if matter is not None else None


def _disagree_over(word: Token) -> tuple[Token, Token] | None:
    """ "The unions and the ministry *disagree over* how many teachers will go"."""
    if word.pos_ != "VERB" or word.lemma_.lower() not in contested_roles()["verb"]:
        return None
    matter = _about(word)
    return (word, matter) if matter is not None else None


def _at_odds_over(word: Token) -> tuple[Token, Token] | None:
    """ "The two sides are *at odds over* what the offer is worth"."""
    if not _word_in(word, "odds") or word.dep_ != "pobj":
        return None
    at = word.head
    if at.lower_ != "at":
        return None
    matter = _about(word) or _about(at.head)
    return (clause_verb(at), matter) if matter is not None else None


def _matter_of_dispute(word: Token) -> tuple[Token, Token] | None:
    """ "How many homes were lost *remained a matter of disagreement*", "Whether the fee was
    paid *remains in dispute*": the embedded question is the subject of the copula."""
    if word.lemma_.lower() not in contested_roles()["dispute"] or word.dep_ != "pobj":
        return None
    prep = word.head
    holder = prep.head
    if prep.lower_ == "of" and holder.lemma_.lower() == "matter" and holder.dep_ == "attr":
        verb = holder.head
    elif prep.lower_ == "in":
        verb = holder
    else:
        return None
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    subject = next((c for c in verb.children if c.dep_ == "csubj"), None)
    if subject is None and verb.dep_ == "advcl" and verb.head.i < verb.i:
        subject = verb.head  # the parse may hang the copula on the question it is said of
    return (verb, subject) if subject is not None else None


#: The patterns, in order: (name, the rule that finds the verb and the matter).
PATTERNS: tuple[tuple[str, Callable[[Token], tuple[Token, Token] | None]], ...] = (
    ("rival-accounts", _rival_accounts),
    ("disagree-over", _disagree_over),
    ("at-odds-over", _at_odds_over),
    ("matter-of-dispute", _matter_of_dispute),
)


def _asked(clause: Token, verb: Token, name_of: NameOf | None) -> str | None:
    """The embedded question asked directly ("What is the offer worth?"), else None."""
    whether = any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in clause.children)
    if whether:
        return None  # a yes/no matter is asked by the claims of its sides, not here
    if wh_phrase(clause) is None:
        return None
    asked = ask_embedded(clause, name_of=name_of)
    if asked is not None and verb.i in {t.i for t in clause.subtree}:
        # the parse hung the copula on the question it is said of: "How many homes were lost
        # remained a matter of disagreement" asks "How many homes were lost?"
        said = verb.doc[verb.left_edge.i : verb.right_edge.i + 1].text
        cut = asked.rfind(" " + said.rstrip(".?!"))
        asked = asked[:cut] + "?" if cut > 0 else None
    return asked


def _names_a_thing(clause: Token) -> bool:
    """Whether an embedded question names a thing ("how many homes were lost") rather
    than only that something took place ("what happened", "what else was agreed")."""
    return any(t.pos_ in _THING_POS for t in clause.subtree if t.i != clause.i)


def find_contested_matters(
    doc: Doc, claims: list[Claim], name_of: NameOf | None = None
) -> tuple[list[Dispute], list[Dispute]]:
    """Matters the narrator says are disputed, as disputes asked by their own question;
    and those a named veto removed (their ``veto`` set)."""
    roles = contested_roles()
    triggers = roles["account"] | roles["verb"] | roles["odds"] | roles["dispute"]
    sentences = doc_sentences(doc)
    starts = [s.start for s in sentences]
    found: list[Dispute] = []
    refused: list[Dispute] = []
    for i in lemma_positions(doc, triggers):
        word = doc[i]
        for name, rule in PATTERNS:
            hit = rule(word)
            if hit is None:
                continue
            verb, matter = hit
            index = bisect_right(starts, word.i) - 1
            dispute = Dispute([sentences[index]], matter, cue=f"{MATTER_CUE} ({name})")
            if matter.pos_ not in {"VERB", "AUX"}:
                dispute.veto = "matter-named-by-noun"
            elif is_negated(verb):
                dispute.veto = "matter-negated"
            elif quoted_region(word) is not None:
                dispute.veto = "matter-quoted"
            elif not _names_a_thing(matter):
                dispute.veto = "matter-vague"
            else:
                dispute.text = _asked(matter, verb, name_of)
                if dispute.text is None:
                    dispute.veto = "matter-unphrasable"
            if dispute.veto is None:
                _add_sides(doc, dispute, claims, index, sentences)
                found.append(dispute)
            else:
                refused.append(dispute)
            break
    return found, refused


def _add_sides(doc: Doc, dispute: Dispute, claims: list[Claim], index: int, sentences) -> None:
    """The first two claims by different sources told in the flagged sentence or the
    ``WINDOW`` after it: their sentences join the evidence, their ids and sources the
    question's."""
    first = sentences[index].start_char
    last = sentences[min(index + WINDOW, len(sentences) - 1)].end_char
    near = [c for c in claims if first <= c.content.start < last and (c.source or c.source_text)]
    for one in near:
        other = next(
            (c for c in near if c is not one and not same_source(doc, one, c, by_heads=True)), None
        )
        if other is None:
            continue
        ends = [s.end_char for s in sentences]
        for claim in (one, other):
            sent = sentences[bisect_right(ends, claim.content.start)]
            if all(s.start != sent.start for s in dispute.sentences):
                dispute.sentences.append(sent)
            if claim.id:
                dispute.claims.append(claim.id)
            if claim.source:
                dispute.sources.append(claim.source)
        dispute.sentences.sort(key=lambda s: s.start)
        return
