"""Organisations' names the model cut in pieces, kept whole.

A body's name is often written as capitalised words joined by "of", "for" or "and", or
through a possessive: "the District Court of Brenmoor", "the Maritime and Port Authority
of Kestavia", "the Office of the Northern Trade Commissioner", "St Brendan's Infirmary
Trust". The model reads such a name now whole and now as two or three entities ("District
Court" and "Brenmoor" a person; "Medicines" and "Healthcare" two bodies). The whole is one
name when:

- it is one run of capitalised words, joined only by the links of ``_LINKS`` (a plural
  noun in lower case may stand between two capitalised words: "Healthcare products");
- its head word (the word before its first "of" or "for", else its last word) is the head
  word of an organisation's name (``lexicon/actors/org_heads.txt``);
- the words hang together in the parse: one word of the run hangs outside it;
- an "and" before the head joins a single common word to the rest ("Maritime and Port
  Authority"), never a word that is a name of its own or a body's head word ("Treasury and
  Central Bank" are two); an "and" after the head never leads to another body's head word
  ("Ministry of Finance and Central Bank" are two);
- the words after "of" or "for" hold no other body's head word ("Committee of the Bank of
  Ghana" names two bodies), and a government's name ("Government of Norland") is left to
  the country it governs;
- a possessive joins only a name the article never writes alone ("St Brendan's" of "St
  Brendan's Infirmary Trust", not "Norland's" of "Norland's Supreme Court").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.lexicon import load_words
from briefing_tui.analysis.actors.name_shape import name_shaped
from briefing_tui.analysis.doctext import doc_text, span_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from briefing_tui.analysis.actors.facts import ArticleFacts

#: Words that join the parts of one name.
_LINKS = frozenset({"of", "for", "and", "&"})
#: Words that open the complement of a head ("Office of the ...").
_COMPLEMENT_LINKS = frozenset({"of", "for"})
#: Head nouns that, capitalised and alone, name one institution ("the Treasury").
_LONE = load_words("lone_institutions.txt")
#: Head words of bodies' names beyond those the lexicon's ``org_heads`` holds.
_BODY_HEADS = load_words("body_heads.txt")
#: The possessive marks.
_POSSESSIVE = frozenset({"'s", "'", "\u2019s", "\u2019"})


def whole_names(facts: ArticleFacts) -> list[Span]:
    """Organisations' names of several pieces written as one run, each as one span."""
    doc = facts.doc
    found: list[Span] = []
    for start, end in _runs(doc):
        whole = _whole_name(doc, start, end, facts)
        if whole is not None:
            found.append(whole)
    return found


def _name_word(token: Token) -> bool:
    """A capitalised word or an acronym."""
    return token.is_alpha and (name_shaped(token) or (token.is_upper and len(token) > 1))


def _runs(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words joined by links, possessives, "the" after a link
    and lower-case plural nouns between capitalised words; each starts and ends with a
    capitalised word and holds at least one link or possessive."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    while i < n:
        if not _name_word(doc[i]) or doc[i].lower_ == "the":
            i += 1
            continue
        start = last = i
        j = i + 1
        joined = False
        while j < n:
            token = doc[j]
            if token.is_sent_start:
                break
            if _name_word(token) and token.lower_ != "the":
                last = j
                j += 1
                continue
            if token.lower_ in _LINKS or token.text in _POSSESSIVE:
                k = j + 1
                if k < n and doc[k].lower_ == "the" and token.lower_ in _LINKS:
                    k += 1
                if k < n and _name_word(doc[k]) and doc[k].lower_ != "the":
                    joined = True
                    j = k
                    continue
                break
            if token.tag_ == "NNS" and token.is_lower and j + 1 < n and _name_word(doc[j + 1]):
                j += 1  # "Healthcare products Regulatory Agency"
                continue
            break
        if joined and last > start:
            runs.append((start, last + 1))
        i = last + 1
    return runs


def _whole_name(doc: Doc, start: int, end: int, facts: ArticleFacts) -> Span | None:
    """The run ``doc[start:end]`` as one organisation's name, or None."""
    lex = facts.lex
    run = doc[start:end]
    complement_at = next((t.i for t in run if t.lower_ in _COMPLEMENT_LINKS), None)
    head = doc[complement_at - 1] if complement_at is not None else run[-1]
    if head.i < start or not _body_head(head.lower_, facts):
        return None
    if head.lower_ in lex.government_nouns:
        return None  # "Government of Norland": the country's
    if not _one_phrase(run):
        return None
    if complement_at is not None:
        complement = doc[complement_at + 1 : end]
        if any(_body_head(t.lower_, facts) for t in complement):
            return None  # "Committee of the Bank of Ghana": two bodies
    for token in run:
        if token.lower_ in ("and", "&") and not _joins_one_name(token, head, run, facts):
            return None
        if token.text in _POSSESSIVE and not _owner_never_alone(doc, start, token.i, run, facts):
            return None
    bounds = [_bounds(e) for e in facts.ents]
    if (start, end) in bounds:
        return None  # the model has it whole already
    if not any(start <= s and e <= end for s, e in bounds):
        return None  # no piece the model took for a name: nothing to mend
    if any(s < end < e or s < start < e for s, e in bounds):
        return None  # an entity runs across the edge
    return doc.char_span(run.start_char, run.end_char, label="ORG")


def _body_head(word: str, facts: ArticleFacts) -> bool:
    """Whether ``word`` (in lower case) is the head word of a body's name."""
    return word in facts.lex.org_heads or word in _BODY_HEADS


def _bounds(ent: Span) -> tuple[int, int]:
    """An entity's first and past-last token, without a "the" it opens with."""
    start = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
    return start, ent.end


def _one_phrase(run: Span) -> bool:
    """Whether exactly one word of ``run`` hangs on a word outside it."""
    outside = [t for t in run if t.head.i < run.start or t.head.i >= run.end or t.head.i == t.i]
    return len(outside) == 1


def _joins_one_name(joint: Token, head: Token, run: Span, facts: ArticleFacts) -> bool:
    """Whether the "and" at ``joint`` joins parts of one name: before the head, a single
    common word on its left ("Maritime and Port Authority"); after it, no body's head word
    on its right ("Ministry of Trade and Industry")."""
    doc = run.doc
    if joint.i > head.i:
        return not any(_body_head(t.lower_, facts) for t in doc[joint.i + 1 : run.end])
    left_start = joint.i
    while left_start > run.start and doc[left_start - 1].lower_ not in _LINKS:
        left_start -= 1
    left = doc[left_start : joint.i]
    if len(left) != 1:
        return False
    word = left[0]
    if _body_head(word.lower_, facts) or word.ent_type_ in ("GPE", "NORP", "LOC"):
        return False
    if word.lower_ in _LONE or facts.gaz.country_of_name(word.text):
        return False  # "the Treasury and ...": a body of its own
    before = doc[run.start - 1] if run.start > 0 else None
    # one determiner for the whole: "the Fire and Rescue Service", never "the Harvard and ..."
    return before is not None and before.lower_ == "the" and run.start <= before.head.i < run.end


def _owner_never_alone(doc: Doc, start: int, mark: int, run: Span, facts: ArticleFacts) -> bool:
    """Whether the words before a possessive in a name are no land's name ("Norland's
    Civil Defence Authority") and are written only inside that name."""
    owner_words = doc[start:mark]
    if any(t.ent_type_ in ("GPE", "LOC", "NORP") for t in owner_words):
        return False
    owner = span_text(owner_words)
    if facts.gaz.country_of_name(owner):
        return False
    text = doc_text(doc)
    return text.count(owner) == text.count(span_text(run))
