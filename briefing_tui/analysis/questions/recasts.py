"""Whether a question recasts what is no open matter (an appeal, a figure, a stated sum).

It may also keep a refusal to comment, a dateline or a pronoun the reader cannot place.

Each test reads the phrased question and the sentence it was asked of:

- ``generic_appeal``: an appeal to parties nobody names ("urged all sides to put the
  country first" asked as "Will all sides put the country first?"): an exhortation.
- ``narrated_would``: a "would" the article says in its own voice, not reported from
  anyone, stating a figure or a counterfactual ("Without the greens, the mayor would
  need three votes"): the article states the arithmetic or what a plan entails.
- ``asks_a_comment``: whether someone will comment or elaborate (most often after the
  article said they would not): nothing a reader waits for.
- ``dateline_left``: an upper-case dateline and its dash kept inside the question.
- ``dangling_object``: "him", "her" or "them" left as an object the question does not
  name ("Would the two ministers follow her?").
- ``stance_asked_back``: how a party says it regards something ("would regard any arrest
  as an escalation"), asked back: a warning told, not a matter to wait for.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import ents_within
from briefing_tui.analysis.questions.scope import quoted_region

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})

#: Verbs of appeal: the one urged is asked to act, not said to.
_APPEALS = frozenset(
    {"urge", "call", "appeal", "plead", "implore", "exhort", "beg", "encourage", "invite"}
)
#: Quantifiers and nouns that make an addressee generic ("all sides", "everyone").
_GENERIC_HEADS = frozenset(
    {"everyone", "everybody", "anyone", "anybody", "all", "people", "public"}
    | {"sides", "parties", "citizens", "everyone", "those", "others", "residents", "voters"}
    | {"politicians", "leaders", "members", "neighbours", "neighbors", "communities"}
)
_GENERIC_DETERMINERS = frozenset({"all", "every", "any"})


def _subject_words(text: str) -> list[str]:
    """The words between the question's opening auxiliary and its verb (roughly)."""
    words = _WORD.findall(text)
    if len(words) < 3:
        return []
    lowered = [w.lower() for w in words]
    openers = {"will", "would", "could", "can", "should", "may", "might", "shall"}
    start = next((i for i, w in enumerate(lowered[:8]) if w in openers), None)
    if start is None:
        return []
    return lowered[start + 1 : start + 4]


def generic_appeal(text: str, sentences: Sequence[Span]) -> bool:
    """Whether the question asks whether parties nobody names will heed an appeal: its
    sentence urges (calls on, appeals to) an addressee that is a generic group ("all
    sides", "everyone", "residents") and the question's subject is that group."""
    subject = _subject_words(text)
    if not subject:
        return False
    for sent in sentences:
        for verb in sent:
            if verb.lemma_.lower() not in _APPEALS or verb.pos_ != "VERB":
                continue
            for addressee in _addressees(verb):
                if not _generic(addressee):
                    continue
                if addressee.lower_ in subject or any(
                    c.lower_ in subject for c in addressee.children if c.dep_ == "det"
                ):
                    return True
    return False


def _addressees(verb: Token) -> list[Token]:
    """Who ``verb`` urges: its object, or the object of its "on"/"to" ("called on X")."""
    found = [c for c in verb.children if c.dep_ in {"dobj", "nsubj"} and c.i > verb.i]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in {"on", "upon", "to"}:
            found.extend(c for c in prep.children if c.dep_ == "pobj")
    for xcomp in verb.children:  # "urged all sides to ...": the parse's subject of "to put"
        if xcomp.dep_ in {"xcomp", "ccomp"}:
            found.extend(c for c in xcomp.children if c.dep_ in _SUBJECTS)
    return found


def _generic(noun: Token) -> bool:
    """Whether ``noun`` names no one in particular: no name in it, a generic head or a
    quantifier ("all sides", "both parties", "everyone")."""
    if noun.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or noun.pos_ == "PROPN":
        return False
    if any(t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "GPE", "NORP"} for t in noun.subtree):
        return False
    determiners = {c.lower_ for c in noun.children if c.dep_ in {"det", "predet", "amod"}}
    return noun.lower_ in _GENERIC_HEADS or bool(determiners & _GENERIC_DETERMINERS)


_DATES = frozenset({"DATE", "TIME"})


def narrated_would(text: str, sentences: Sequence[Span]) -> bool:
    """Whether the question asks back a "would" the article states in its own voice: the
    modal's verb is its sentence's main verb, outside quotation marks, and no one is
    reported saying it ("The proposed cuts would reduce payments by 12 percent")."""
    words = [w.lower() for w in _WORD.findall(text)]
    if "would" not in words:
        return False
    for sent in sentences:
        root = sent.root
        if root.pos_ not in {"VERB", "AUX"} or root.lower_ not in words:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "would" for c in root.children):
            continue
        if quoted_region(root) is not None:
            continue
        if any(c.dep_ in {"advcl", "prep", "npadvmod"} and _reporting(c) for c in root.children):
            continue  # "according to the union, the plan would ...": reported
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in root.children):
            continue
        if any(t.tag_ in {"``", "''"} for t in sent):
            continue  # a quote in the sentence: someone speaks
        if _conditional_clause(root):
            continue  # "If the council agrees, the work would start": a condition to follow
        if _scheduled(sent):
            continue  # "voters would then choose in March 2016": a step of a plan, to follow
        if _figured(root):
            return True
    return False


#: Entity types of a figure the article works out (a share, a sum, a count).
_FIGURES = frozenset({"PERCENT", "MONEY", "QUANTITY", "CARDINAL"})
_WHEN = re.compile(
    r"\b(?:\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    r"next|this|tomorrow|tonight)",
    re.IGNORECASE,
)


def _scheduled(sent: Span) -> bool:
    """Whether the sentence dates its event ("in March 2016", "on Friday"), not a mere span
    of time ("over three years")."""
    return any(e.label_ in _DATES and _WHEN.search(e.text) for e in ents_within(sent))


def _figured(root: Token) -> bool:
    """Whether the clause states a figure or a counterfactual: a number, a share or a sum
    ("by about 12 percent", "at least five votes"), or a fronted "without" ("Without the
    greens, the mayor would need ...")."""
    if any(t.ent_type_ in _FIGURES for t in root.subtree):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "without" and c.i < root.i for c in root.children)


def _reporting(token: Token) -> bool:
    """Whether ``token`` heads "according to ..." or a reporting clause ("..., he said")."""
    from briefing_tui.analysis.questions.cues import lemma_set

    if token.lower_ == "according":
        return True
    return token.lemma_.lower() in lemma_set("reporting")


def _conditional_clause(root: Token) -> bool:
    return any(
        c.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in c.children)
        for c in root.children
    )


#: "Would the federation comment further?": the verb asks for a comment, not a matter.
_COMMENT = re.compile(
    r"\b(?:comment|elaborate)(?:\s+(?:further|publicly|again|more|in\s+detail))*"
    # "comment on the result?": its topic, one phrase ("and cut its routes" is a matter)
    r"(?:\s+(?:on|about)\s+(?:(?!\b(?:and|or|but)\b)[^?]){1,60})?\?$",
    re.IGNORECASE,
)


def asks_a_comment(text: str) -> bool:
    """Whether the question asks whether someone will comment or elaborate."""
    return _COMMENT.search(text) is not None


#: An upper-case place and its dash: "BRENNOCK - ", "bRENNOCK -", "NEW HAVEN, Conn. —".
_DATELINE = re.compile(r"\b[A-Za-z]?[A-Z]{2,}(?:[ ,.]+[A-Z][A-Za-z.]*)*\s*[-–—]+\s")


def dateline_left(text: str, sentences: Sequence[Span] = ()) -> bool:
    """Whether the question keeps an article's dateline: an upper-case place and a dash, or
    an upper-case word its sentence opens with before a dash ("HARWICK - Tenants said they
    would sue" asked as "Would HARWICK sue ...?")."""
    if _DATELINE.search(text) is not None:
        return True
    datelines = {w.lower() for sent in sentences for w in _dateline_words(sent)}
    shouted = (w for w in _WORD.findall(text) if len(w) > 1 and _upper_count(w) >= len(w) - 1)
    return any(w.lower() in datelines for w in shouted)


def _upper_count(word: str) -> int:
    return sum(1 for c in word if c.isupper())


def _dateline_words(sent: Span) -> list[str]:
    """The upper-case words a sentence opens with before a dash ("HARWICK -")."""
    words: list[str] = []
    for token in sent:
        if token.is_upper and token.is_alpha and len(token) > 1:
            words.append(token.text)
        elif token.text in {"-", "–", "—", "--"} and words:
            return words
        elif token.text != "," and not (token.is_title or token.is_upper):
            return []
    return []


#: An object pronoun at the end of the question or before a preposition or "to".
_OBJECT_PRONOUN = re.compile(
    r"\b(?:him|them|her)\b(?=\s*(?:\?|,|\s(?:to|in|on|for|at|by|with|from|over|into|out|back|"
    r"again|before|after|if|unless|when|until)\b))",
    re.IGNORECASE,
)


#: A question asked of a named subject that the same pronoun's possessive takes up before
#: the object ("Will Ann Lee keep her post if the board rules against her?").
_BOUND_OBJECT = re.compile(
    r"^(?:\w+ )(?:[A-Z][\w’'-]+ ){1,3}[a-z]+ (?:\w+ )?(?P<own>his|her|their) [a-z]"
)
#: The possessive of each object pronoun.
_POSSESSIVE_OF = {"him": "his", "her": "her", "them": "their"}


def dangling_object(text: str) -> bool:
    """Whether "him", "her" or "them" is left as an object the question does not name: not
    when its named subject's possessive, the same pronoun's, takes it up before ("Will Ann
    Lee keep her post if the board rules against her?": her own)."""
    found = _OBJECT_PRONOUN.search(text)
    if found is None:
        return False
    bound = _BOUND_OBJECT.match(text)
    own = _POSSESSIVE_OF.get(found.group(0).lower())
    if bound is not None and bound.group("own") == own and bound.end() <= found.start():
        return _OBJECT_PRONOUN.search(text, found.end()) is not None
    return True


#: "Is the leak allegation true?", "Is Ann Lee's account true?": a claim named by its
#: shell noun alone, which tells neither what was said nor against whom.
_BARE_SHELL = re.compile(
    r"^(?:is|are|was|were)\s+(?:the\s+|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*[’']s\s+)"
    r"(?:[a-z-]+\s+)?(?:account|allegations?|accusations?|claims?|version|story|charges?)"
    r"\s+true\?$",
    re.IGNORECASE,
)


def bare_shell_claim(text: str) -> bool:
    """Whether a dispute question names the disputed claim by its shell noun alone."""
    return _BARE_SHELL.match(text) is not None


#: "Would Norland regard any arrest as an escalation?": how a party says it sees a thing.
_STANCE = re.compile(
    r"^(?:will|would|could|might)\s[^?]*?\b(?:regard|view|see|consider|treat)\s[^?]+?\sas\s",
    re.IGNORECASE,
)


def stance_asked_back(text: str) -> bool:
    """Whether the question asks back how a party says it regards something ("would regard
    any arrest as an escalation"): a warning or a stance, told; not a matter to wait for."""
    return _STANCE.search(text) is not None
