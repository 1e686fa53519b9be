"""Phrasing an open question from the parse: subject-auxiliary inversion, tense kept.

"Zelenskiy is expected to ask for weapons" becomes "Will Zelenskiy ask for
weapons?", "Modi had pledged to halt purchases" becomes "Had Modi pledged to
halt purchases?", and "It left with the files" becomes "Did it leave with the
files?". When the parse gives no subject to invert around, the clause is
returned as a plain statement, "Unclear: ...".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_words
from briefing_tui.analysis.questions.scope import clause_tokens
from briefing_tui.analysis.syntax import clause_subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: How each auxiliary is asked: "may" and "might" ask about what will happen.
_ASKED_AUX = {
    "may": "will",
    "might": "will",
    "'ll": "will",
    "wo": "will",
    "'d": "would",
    "ca": "can",
    "'s": "is",
    "'re": "are",
    "'ve": "have",
    "'m": "am",
}
#: Object pronouns that become the subject of the question ("expects them to" -> "they").
_SUBJECT_FORM = {"them": "they", "him": "he", "her": "she", "us": "we", "me": "I"}
_WH_WORDS = frozenset({"how", "when", "where", "why", "who", "what", "which", "whom"})
_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})
#: Entity types whose first word keeps its capital ("Next year's" is a date and does not).
_NAME_ENTITIES = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
#: Contracted auxiliaries, spelt out where they stand alone after inversion.
_CONTRACTED = {"'ve": "have", "'ll": "will", "'d": "would", "'re": "are", "'m": "am"}
#: Modals that the tokenizer splits off "n't" in a form of their own ("wo", "ca").
_NEGATED_MODALS = {"wo": "will", "ca": "can", "sha": "shall"}
#: How subordinate material a question leaves out hangs in the parse.
_SUBORDINATE_DEPS = frozenset({"relcl", "appos", "advcl", "prep"})
#: Subordinators of clauses that give a reason or a contrast: left out of a question.
_ASIDE_MARKS = frozenset({"because", "while", "whereas", "although", "though"})
#: Prepositions that open a list of examples, left out after a comma ("..., including X").
_EXAMPLE_PREPS = frozenset({"including", "like", "such"})
_DO_SUPPORT = {"VBD": "did", "VBZ": "does", "VBP": "do"}
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
#: How the parse hangs a noun phrase set before the subject: "The prototype, Enterprise will".
_FRONTED_LABEL_DEPS = frozenset({"npadvmod", "nsubj", "nsubjpass", "appos", "dep"})
_LEADING_DEPS = frozenset({"mark", "cc", "punct"})
_QUOTES = "\"'“”‘’«»"
#: Longer questions are cut at this many words, so the pane stays readable.
MAX_WORDS = 32
#: The most words a shown question may have (``vetoes`` removes a longer one).
MAX_QUESTION_WORDS = 25
#: Questions longer than this are asked again without their elaborations.
SHORT_WORDS = 20
#: Subordinators of fronted clauses that set the condition or the time of what is asked.
_FRAMING_MARKS = frozenset(
    {"if", "unless", "when", "whenever", "once", "until", "before", "after", "as", "while"}
)

NameOf = Callable[["Token"], "str | None"]


def _is_quote_mark(token: Token) -> bool:
    if token.tag_ == "POS":
        return False  # "Parents' groups": the apostrophe marks a possessive, no quotation
    return bool(token.text) and all(char in _QUOTES for char in token.text)


def _plain(token: Token) -> str:
    """The token in lower case with a typographic apostrophe made plain ("’d" -> "'d")."""
    return token.lower_.replace("\u2019", "'")


def _join(tokens: Iterable[Token], replace: dict[int, str] | None = None) -> str:
    """The tokens as text, with quotation marks left out and "n't" spelt "not"."""
    ordered = [t for t in sorted(tokens, key=lambda t: t.i) if not _is_quote_mark(t)]
    while ordered and ordered[-1].dep_ in {"cc", "punct"}:
        ordered.pop()  # "... and" left behind by a dropped clause
    parts: list[str] = []
    for position, token in enumerate(ordered):
        text = token.text
        if _plain(token) == "n't":
            text = "not" if not parts or parts[-1] == " " else " not"
        elif _plain(token) in _NEGATED_MODALS and token.tag_ == "MD":
            text = _NEGATED_MODALS[_plain(token)]  # "wo n't" -> "will not"
        elif _plain(token) in _CONTRACTED:
            text = _CONTRACTED[_plain(token)] if not parts or parts[-1] == " " else token.text
        parts.append(replace.get(token.i, text) if replace else text)
        following = ordered[position + 1] if position + 1 < len(ordered) else None
        if following is not None and (token.whitespace_ or following.i != token.i + 1):
            if following.is_punct and following.text in {",", ".", ";", ":", "?", "!"}:
                continue
            parts.append(" ")
    return "".join(parts)


#: A possessive or a contraction written apart from its word ("the union 's", "did n't").
_APART = re.compile(r"(?<=\w) +(['’]s|n['’]t|['’](?:re|ve|ll|d|m))(?![\w'’])")


def close_clitics(text: str) -> str:
    """``text`` with a possessive or contraction joined to its word ("the union's")."""
    return _APART.sub(r"\1", text)


def _tidy(text: str) -> str:
    text = close_clitics(" ".join(text.split()))
    text = re.sub(r"\s+([,;:.?!])", r"\1", text)
    text = " ".join(text.strip(_QUOTES + " ,;:—–-").split())
    return text.rstrip(".,;:!?" + _QUOTES + " ")


def _cap(text: str, limit: int = MAX_WORDS) -> str:
    words = text.split()
    if len(words) <= limit:
        return text
    return " ".join(words[:limit]).rstrip(",;:") + " …"


def _subject_text(
    subject: Token, name_of: NameOf | None, dropped: set[int] | frozenset[int] = frozenset()
) -> str:
    name = name_of(subject) if name_of else None
    if name and subject.pos_ == "PRON":
        return name
    if subject.lower_ in _SUBJECT_FORM:
        return _SUBJECT_FORM[subject.lower_]
    words = _join(
        t
        for t in subject.subtree
        if not (subject.dep_ == "poss" and t.dep_ == "case") and t.i not in dropped
    )
    first = subject.left_edge
    opens = first.is_sent_start or (first.i > 0 and first.nbor(-1).tag_ in {"``", ":"})
    # "Farmers will lose ...": a common noun the tagger took for a one-word name is no name
    named = first.pos_ == "PROPN" or (first.ent_type_ in _NAME_ENTITIES and first.pos_ != "NOUN")
    named = named or capitalised_elsewhere(first)
    # "Northwind will cut prices": a word the actors analysis ties to a name is one
    named = named or (first.is_title and first.pos_ in {"NOUN", "PROPN"} and _names(first, name_of))
    if opens and not named and first.text != "I":
        words = words[:1].lower() + words[1:]
    if _closes_set_off(subject, dropped):
        words += ","  # "the review, commissioned from X, be finished": the aside's closing comma
    return words


def _names(token: Token, name_of: NameOf | None) -> bool:
    """Whether the actors analysis ties ``token`` to an actor whose name holds its word."""
    name = name_of(token) if name_of else None
    return name is not None and token.text in name.split()


def _closes_set_off(subject: Token, dropped: set[int] | frozenset[int]) -> bool:
    """Whether the subject ends with the closing comma of a phrase it set off with an
    opening one ("the review, commissioned from the university,"): the comma stays."""
    kept = [t for t in subject.subtree if t.i not in dropped]
    if len(kept) < 3 or kept[-1].text != "," or kept[-1].head.i != subject.i:
        return False
    return any(t.text == "," and t.head.i == subject.i for t in kept[1:-1])


def capitalised_elsewhere(token: Token) -> bool:
    """Whether the article writes ``token``'s word with a capital inside a sentence too
    ("Mayor Daniel Roos"): then it is a name wherever it opens a sentence."""
    if not token.is_title or token.pos_ not in {"NOUN", "PROPN", "ADJ"}:
        return False  # "The" is capitalised after every full stop
    doc, lower = token.doc, token.lower_
    same = [doc[i] for i, w in enumerate(doc_words(doc).lowers) if w == lower and i != token.i]
    if any(t.text == token.text and not t.is_sent_start for t in same):
        return True
    # "Northwind has not said ...", "Northwind will cut prices": a word that opens two
    # sentences of the body, never written small, and read as a name once, is a name
    same = [t for t in same if not _in_headline(t)]
    return (
        bool(same)
        and all(t.text == token.text for t in same)
        and any(t.pos_ == "PROPN" or t.ent_type_ for t in [token, *same])
    )


def _in_headline(token: Token) -> bool:
    """Whether ``token`` sits in a line with no closing punctuation (a title-case headline)."""
    words = [t for t in token.sent if not t.is_space]
    return bool(words) and words[-1].text not in {".", "!", "?", "”", '"', "’", "'", ")"}


def statement(tokens: Iterable[Token]) -> str:
    """The fallback: the clause as a plain statement, "Unclear: ...."""
    return f"Unclear: {_cap(_tidy(_join(tokens)))}."


def running_words(tokens: Iterable[Token], *, all_punct: bool = False) -> str:
    """The tokens as running words, lower-cased at the start unless a name opens them,
    without spaces or trailing punctuation (``all_punct``: without any punctuation)."""
    kept = [t for t in tokens if not t.is_space and not (all_punct and t.is_punct)]
    while kept and kept[-1].is_punct:
        kept.pop()
    if not kept:
        return ""
    text = statement(kept)[9:-1]
    return text if kept[0].pos_ == "PROPN" else text[:1].lower() + text[1:]


def without_closing_aside(text: str) -> str:
    """``text`` without a reporter's aside that closes it after a comma, ", an issue
    investigators are examining" (its noun from the ``aside_nouns`` lexicon)."""
    from briefing_tui.analysis.questions.cues import lemma_set

    nouns = "|".join(sorted(lemma_set("aside_nouns")))
    aside = re.compile(
        rf",\s+(?:an?|one)\s+(?:{nouns})\s+(?:that\s+|which\s+)?(?!of\b)\w+[^,]*$", re.I
    )
    return aside.sub("", text)


def _finish(words: str) -> str:
    words = _cap(without_closing_aside(_tidy(words)))
    return words[:1].upper() + words[1:] + "?"


def invert(
    verb: Token,
    *,
    drop: Iterable[int] = (),
    name_of: NameOf | None = None,
    subject: Token | None = None,
    asked_aux: str | None = None,
) -> str | None:
    """The clause of ``verb`` asked as a yes/no (or wh-) question, or None.

    ``drop`` lists token indices left out (hedges, cue words); ``subject`` and
    ``asked_aux`` override what the parse gives, for cues such as "is expected
    to", whose subject sits on another verb and whose question asks "will".
    A question longer than ``SHORT_WORDS`` is asked again without its
    elaborations (``lengthy``), so the pane stays readable.
    """
    drop = list(drop)
    clause = clause_tokens(verb)
    asked = _invert(verb, clause, drop, name_of, subject, asked_aux)
    if asked is None or len(asked.split()) <= SHORT_WORDS:
        return asked
    extra = lengthy(clause, verb, subject or clause_subject(verb))
    if not extra:
        return asked
    return _invert(verb, clause, [*drop, *extra], name_of, subject, asked_aux) or asked


def _said_when(verb: Token) -> set[int]:
    """The date right after a reporting verb that the parse hung on the clause it reports
    ("Keller Motors said *on Monday* it would recall ..."): when it was said, not done."""
    if verb.dep_ != "ccomp" or verb.head.i > verb.i:
        return set()
    for child in verb.children:
        if child.dep_ not in {"prep", "npadvmod"} or child.i > verb.i:
            continue
        inner = [t for t in child.subtree if t.i != child.i] if child.dep_ == "prep" else [child]
        dated = bool(inner) and all(t.ent_type_ in {"DATE", "TIME"} for t in inner)
        if dated and child.left_edge.i == verb.head.i + 1:
            return {t.i for t in child.subtree}
    return set()


def _invert(
    verb: Token,
    clause: list[Token],
    drop: Iterable[int],
    name_of: NameOf | None,
    subject: Token | None,
    asked_aux: str | None,
) -> str | None:
    dropped = set(drop) | _asides(verb, subject) | subordinate(clause, verb) | _said_when(verb)
    tokens = [t for t in clause if t.i not in dropped]
    while tokens and (
        (tokens[0].dep_ in _LEADING_DEPS and tokens[0].head == verb)
        or (tokens[0].lower_ in {"not", "only", "just", "even"} and tokens[0].head.dep_ == "mark")
        or (tokens[0].dep_ == "mark" and tokens[0].head == verb)
        or tokens[0].dep_ in {"intj", "discourse"}
        or (tokens[0].dep_ == "advcl" and not list(tokens[0].children))
        or (
            tokens[0].tag_ == "WRB"
            and tokens[0].head.i == verb.i
            and verb.dep_ in {"relcl", "advcl", "ccomp"}
        )
    ):
        tokens.pop(0)
    if subject is None:
        subject = clause_subject(verb)
    if subject is None:
        return _invert_unparsed_subject(verb, tokens) if asked_aux is None else None
    subject_ids = {t.i for t in subject.subtree}
    wh = next(
        (t for t in tokens if t.lower_ in _WH_WORDS and t.i < verb.i and t.head.i == verb.i), None
    )
    if verb.dep_ in {"relcl", "acl"}:
        wh = None
    if wh is not None and wh.i in subject_ids:
        return _finish(_join(tokens))
    rest = [t for t in tokens if t.i not in subject_ids and (wh is None or t.i != wh.i)]
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    auxiliaries = [a for a in auxiliaries if a.lower_ != "to"]
    replace: dict[int, str] = _headline_case(verb)
    if asked_aux is not None:
        front = asked_aux
        own_aux = [a for a in auxiliaries if a.i not in dropped]
        if verb.tag_ in {"VBG", "VBD", "VBZ", "VBP"} and not own_aux:
            replace[verb.i] = verb.lemma_
    elif auxiliaries:
        first = auxiliaries[0]
        front = _ASKED_AUX.get(_plain(first), _plain(first))
        rest = [t for t in rest if t.i != first.i]
        if first.tag_ == "MD":
            # "a judge may not enforce it" asks "Will a judge enforce it?", not "Will ... not";
            # "she won't attend" asks "Will she attend?": the question is the same either way
            rest = [t for t in rest if not (t.dep_ == "neg" and t.head.i == verb.i)]
    elif verb.lemma_ == "be":
        front = _ASKED_AUX.get(_plain(verb), _plain(verb))
        rest = [t for t in rest if t.i != verb.i]
    elif verb.tag_ in _DO_SUPPORT:
        front = _DO_SUPPORT[verb.tag_]
        after = _join([t for t in rest if t.i > verb.i], replace)
        fronted = _tidy(_join(t for t in rest if t.i < subject.left_edge.i))
        before = _join(t for t in rest if subject.left_edge.i < t.i < verb.i)
        asked = " ".join(p for p in (before, verb.lemma_.lower(), after) if p)
        lead = f"{wh.lower_} " if wh is not None else ""
        question = f"{lead}{front} {_subject_text(subject, name_of, dropped)} {asked}"
        return _finish(f"{fronted}, {question}" if fronted else question)
    else:
        return None
    lead = f"{wh.lower_} " if wh is not None else ""
    before = _tidy(_join(t for t in rest if t.i < subject.left_edge.i))
    after = _join((t for t in rest if t.i > subject.left_edge.i), replace)
    asked = f"{lead}{front} {_subject_text(subject, name_of, dropped)} {after}"
    return _finish(f"{before}, {asked}" if before else asked)


def _asides(verb: Token, subject: Token | None) -> set[int]:
    """Words that would clutter the question: "he said" put in the middle, and connectives
    or concessions fronted before the subject ("However, ...", "Though it went well, ...").
    """
    from briefing_tui.analysis.questions.cues import lemma_set

    reporting = lemma_set("reporting")
    connectives = lemma_set("connectives")
    comments = lemma_set("comments")
    subject = subject or clause_subject(verb)
    start = subject.left_edge.i if subject is not None else verb.i
    asides: set[int] = set()
    for token in verb.subtree:
        if token.dep_ == "parataxis" and token.lemma_.lower() in reporting and token.i < verb.i:
            asides.update(t.i for t in token.subtree)
    for child in verb.children:
        own_subject = any(g.dep_ in _SUBJECT_DEPS for g in child.children)
        if _speakers_own_act(verb, child, own_subject, reporting):
            # "said a decision was expected ... but declined to give a date": the refusal is
            # the speaker's, misparsed onto the reported clause
            asides.update(t.i for t in child.subtree)
            asides.update(c.i for c in verb.children if c.dep_ == "cc" and c.i < child.i)
            continue
        fronted_clause = child.dep_ in {"ccomp", "parataxis"} and own_subject
        if _fronted_label(child, subject, start):
            # "The prototype orbiter, Enterprise would be ...": a label set before the subject
            asides.update(range(child.left_edge.i, start))
            continue
        if child.right_edge.i < start and fronted_clause:
            # "The old flag is British; the new one would be ...": ask the second clause only
            asides.update(range(child.left_edge.i, min(child.right_edge.i + 2, start)))
            continue
        if child.i >= start or child.dep_ not in {"advmod", "advcl", "prep", "cc"}:
            continue
        opener = child.left_edge
        if (
            opener.lemma_.lower() in connectives
            or child.lemma_.lower() in connectives
            or _speaker_comment(child, comments)
        ):
            asides.update(t.i for t in child.subtree)
            following = (
                verb.doc[child.right_edge.i + 1] if child.right_edge.i + 1 < len(verb.doc) else None
            )
            if following is not None and following.text == ",":
                asides.add(following.i)
    return asides


#: Verbs of a speaker's own refusal, joined by the parse to the clause the speaker reports.
_REFUSALS = frozenset({"decline", "refuse"})


def _speakers_own_act(
    verb: Token, child: Token, own_subject: bool, reporting: frozenset[str]
) -> bool:
    """Whether ``child``, a subjectless verb joined to the reported clause ``verb``, is the
    reporting speaker's next act ("but declined to give a date", "and added ...")."""
    if child.dep_ != "conj" or own_subject or child.i < verb.i or verb.dep_ != "ccomp":
        return False
    if verb.head.lemma_.lower() not in reporting:
        return False
    return child.lemma_.lower() in _REFUSALS or child.lemma_.lower() in reporting


def _speaker_comment(child: Token, comments: frozenset[str]) -> bool:
    """ "Frankly" or "to be frank": the speaker's comment, not part of what is asked."""
    if child.dep_ == "advmod":
        return child.lemma_.lower() in comments
    if child.dep_ != "advcl" or child.lemma_.lower() != "be":
        return False
    parts = list(child.children)
    infinitive = any(t.dep_ == "aux" and t.lower_ == "to" for t in parts)
    return infinitive and any(t.dep_ == "acomp" and t.lemma_.lower() in comments for t in parts)


def _headline_case(verb: Token) -> dict[int, str]:
    """Common words of a headline in title case, lower-cased: "Could X Address Clean Energy?"
    asks "Could X address clean energy?". Names keep their capitals.
    """
    if not verb.text[:1].isupper() or verb.is_sent_start:
        return {}  # a headline capitalises its verb too; a sentence does not
    sent = verb.sent
    plain = [w for w in sent.text.split() if w[:1].isalpha()]
    if len(plain) < 4 or sum(w[:1].isupper() for w in plain) < 0.7 * len(plain):
        return {}  # checked on the text first: most sentences are not headlines
    words = [t for t in sent if t.is_alpha]
    capitals = {t.lower_ for t in words[1:] if t.text[:1].isupper() and not t.is_upper}
    # a word the article writes in lower case elsewhere is a common word ("debate"), not a name
    common = {t.lower_ for t in verb.doc if t.lower_ in capitals and t.text == t.lower_}
    return {
        t.i: t.lower_
        for t in words[1:]
        if t.lower_ in capitals
        and (t.lower_ in common or t.is_stop or t.i == verb.i or t.pos_ in {"VERB", "AUX"})
        and t.text != "I"
    }


def _comma_before(token: Token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].text in {",", "—", "–", ";"}


def _set_off(node: Token) -> set[int]:
    """The tokens of ``node``'s phrase with the comma before it and a comma closing it."""
    ids = {t.i for t in node.subtree}
    start, end = node.left_edge.i, node.right_edge.i
    if _comma_before(node.left_edge):
        ids.add(start - 1)
    if end + 1 < len(node.doc) and node.doc[end + 1].text in {",", "—", "–"}:
        ids.add(end + 1)
    return ids


def lengthy(clause: list[Token], verb: Token, subject: Token | None) -> set[int]:
    """Elaborations a long question can drop: a fronted adjunct that sets no condition
    or time ("Given the criticism, ...", "In addition to Scott, ..."), and relative or
    participial clauses on nouns ("a number of cities *that support the rules*",
    "a programme *designed to help people under 30*").
    """
    inside = {t.i for t in clause}
    start = subject.left_edge.i if subject is not None else verb.i
    last = _last_word(clause)
    found: set[int] = set()
    for child in verb.children:
        if child.i >= start or child.i not in inside:
            continue
        marks = {g.lower_ for g in child.children if g.dep_ in {"mark", "advmod"} and g.i < child.i}
        framing = marks & _FRAMING_MARKS or child.lower_ in _FRAMING_MARKS
        adjunct = child.dep_ in {"prep", "npadvmod"} or (
            # "Given ...", "Facing ...": a participle that opens its phrase
            child.dep_ == "advcl" and child.tag_ in {"VBG", "VBN"} and child.left_edge.i == child.i
        )
        if adjunct and not framing:
            found.update(range(child.left_edge.i, start))  # with the comma after it
    for token in clause:
        if token.dep_ not in {"relcl", "acl"} or token.i in found:
            continue
        head = token.head
        if head.pos_ not in {"NOUN", "PROPN", "PRON"} or head.i < verb.i:
            continue
        if token.right_edge.i - token.left_edge.i < 2 or token.right_edge.i < last:
            continue  # short, or followed by more of the clause (perhaps a list)
        if head.head.dep_ == "prep" and head.head.lower_ == "with" and _comma_before(head.head):
            found |= _set_off(head.head)  # ", with actions allowed only if ...": all of it
        elif token.dep_ == "acl" and complement_clause(token):
            continue  # "result in the claim *being refused*": what is at stake, not an aside
        elif token.dep_ == "acl" and token.tag_ in {"VBG", "VBN"} and not _listed(head):
            found |= _set_off(token)  # "a programme designed to help people under 30"
        elif token.dep_ == "relcl" and _relative(token) and not _bare(head):
            found |= _set_off(token)  # "a number of cities that support the rules"
    return found & inside


#: Verbs of a consequence whose object a participle clause completes ("result in the claim
#: being refused", "lead to families being deported", "mean the plant closing").
CONSEQUENCE_VERBS = frozenset({"result", "lead", "mean", "cause", "amount", "end"})


def complement_clause(participle: Token) -> bool:
    """Whether a participle on a noun is the clause a consequence verb's object needs ("will
    result in the claim being refused"), or a gerund clause with its own "being"."""
    if participle.tag_ not in {"VBG", "VBN"}:
        return False
    if any(c.dep_ in {"auxpass", "aux"} and c.lower_ == "being" for c in participle.children):
        return True
    noun = participle.head
    above = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.dep_ in {"pobj", "dobj"} and above.lemma_.lower() in CONSEQUENCE_VERBS


def completed_nouns(sentence: Span) -> list[tuple[Token, Token]]:
    """The (noun, participle) pairs of a sentence where a participle clause completes what a
    consequence verb bears on ("result in the claim being refused": claim, refused)."""
    pairs: list[tuple[Token, Token]] = []
    deps = doc_words(sentence.doc).deps  # a Token is built for a clause's verb only
    for i in range(sentence.start, sentence.end):
        if deps[i] not in {"acl", "pcomp"}:
            continue
        token = sentence.doc[i]
        if token.dep_ == "acl" and complement_clause(token):
            pairs.append((token.head, token))
        elif token.dep_ == "pcomp" and token.tag_ in {"VBG", "VBN"}:
            above = token.head.head  # "result in a student's place being withdrawn"
            subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None and above.lemma_.lower() in CONSEQUENCE_VERBS:
                pairs.append((subject, token))
    return pairs


def _last_word(clause: list[Token]) -> int:
    """The index of the clause's last token that is not punctuation or white space."""
    return max((t.i for t in clause if not (t.is_punct or t.is_space)), default=-1)


def _listed(noun: Token) -> bool:
    """Whether a noun is one item of a list ("children playing, rebels standing guard, ...")."""
    return noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children)


def _relative(clause: Token) -> bool:
    """Whether a relative clause opens with a relative word ("that", "which", "who")."""
    first = clause.left_edge
    return first.tag_ in {"WDT", "WP", "WP$", "WRB"} or first.lower_ == "that"


def _bare(noun: Token) -> bool:
    """Whether a noun has no determiner or modifier, so a relative clause defines it
    ("individuals who have moved away": without the clause, no one in particular).
    """
    return noun.pos_ != "PROPN" and not any(
        c.dep_ in {"det", "poss", "amod", "compound", "nummod"} for c in noun.children
    )


def _closing_bracket(opening: Token) -> int | None:
    """The index of the bracket that closes ``opening`` in its sentence, nesting counted."""
    depth = 0
    for token in opening.doc[opening.i : opening.sent.end]:
        depth += (token.text == "(") - (token.text == ")")
        if depth == 0:
            return token.i
    return None


def _describes_a_name(appos: Token) -> bool:
    """Whether an apposition describes a name ("Ann Lee, a former ambassador"), rather than
    name a thing or continue a list the parse misread ("the agency, 18 states, ...").
    """
    return (
        appos.head.pos_ == "PROPN"
        and appos.head.i < appos.i
        and appos.pos_ == "NOUN"
        and not any(t.dep_ == "cc" for t in appos.subtree)
    )


def subordinate(clause: list[Token], verb: Token) -> set[int]:
    """Subordinate material a short question can do without.

    Non-restrictive relative clauses and appositions set off by commas (", which
    was built in 1990,", ", a former ambassador"), a trailing participle (",
    creating a vacancy"), a reason or a contrast ("because ...", "because of
    ...", "while ..."), a list of examples (", including ...") and words in
    brackets. Conditions, times and places stay: they are what is asked.
    """
    inside = {t.i for t in clause}
    last = _last_word(clause)
    found: set[int] = set()
    for token in clause:
        dep = token.dep_
        if dep not in _SUBORDINATE_DEPS and token.text != "(":
            continue
        if token.i in found or token.i == verb.i:
            continue
        first = token.left_edge
        if dep == "relcl" and _comma_before(first) and first.i > token.head.i:
            found |= _set_off(token)  # ", which was built in 1990,"
        elif dep == "appos" and _describes_a_name(token) and _comma_before(first):
            found |= _set_off(token)  # "Ann Lee, a former ambassador,"
        elif (
            dep == "advcl"
            and token.head.i in inside
            and token.i > verb.i
            and token.tag_ in {"VBG", "VBN"}
            and _comma_before(first)
            and token.right_edge.i >= last  # at the end: inside, it may be an item of a list
            and not any(c.dep_ == "mark" for c in token.children)
        ):
            found |= _set_off(token)  # ", creating a vacancy at the top"
        elif dep == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _ASIDE_MARKS for c in token.children
        ):
            if token.i > verb.i:
                found |= _set_off(token)
        elif dep == "prep" and token.lower_ == "because" and token.i > verb.i:
            found |= {t.i for t in token.subtree}  # "because of his claims"
        elif dep == "prep" and token.lower_ in _EXAMPLE_PREPS and _comma_before(first):
            found |= _set_off(token)
        elif token.text == "(" and token.i > verb.left_edge.i:
            close = _closing_bracket(token)
            if close is not None and all(i in inside for i in range(token.i, close + 1)):
                found |= set(range(token.i, close + 1))
    return found & inside


def _fronted_label(child: Token, subject: Token | None, start: int) -> bool:
    """Whether ``child`` is a noun phrase set before the subject with a comma, naming it again
    ("The first woman to serve, Lee would ...", "The largest of them, this one will ...").
    """
    if subject is None or child.i == subject.i or child.dep_ not in _FRONTED_LABEL_DEPS:
        return False
    if child.pos_ not in {"NOUN", "PROPN", "ADJ"} or child.right_edge.i + 2 != start:
        return False
    return child.doc[child.right_edge.i + 1].text == "," and not any(
        t.pos_ in {"VERB", "AUX", "ADP"} and t.i == child.left_edge.i for t in child.subtree
    )


def _invert_unparsed_subject(verb: Token, tokens: list[Token]) -> str | None:
    """Invert around the words before the auxiliary when the parse found no subject."""
    auxiliaries = [
        c
        for c in verb.children
        if c.dep_ in {"aux", "auxpass"} and c.i < verb.i and c.lower_ != "to"
    ]
    if not auxiliaries:
        return None
    first = auxiliaries[0]
    words = [t for t in tokens if t.i < first.i]
    if not words or any(t.pos_ in {"VERB", "AUX"} or t.is_punct for t in words):
        return None
    subject = _join(words)
    if words[0].pos_ == "DET":
        subject = subject[:1].lower() + subject[1:]
    front = _ASKED_AUX.get(_plain(first), _plain(first))
    return _finish(f"{front} {subject} {_join(t for t in tokens if t.i > first.i)}")


def wh_phrase(clause: Token) -> list[Token] | None:
    """The wh-phrase that opens an embedded question ("how many people", "when"), if any."""
    first = clause.left_edge
    if (
        first.tag_ not in _WH_TAGS
        or first.lower_ not in _WH_WORDS | {"whose"}
        or first.i >= clause.i
    ):
        return None
    phrase_top = first
    while phrase_top.head.i != clause.i and phrase_top.head.i != phrase_top.i:
        phrase_top = phrase_top.head
    if phrase_top.i > clause.i:
        return None
    return sorted(phrase_top.subtree, key=lambda t: t.i)


def _wh_determines(words: list[Token], subject: Token | None) -> bool:
    """Whether a lone "which"/"what" the parse hung on the clause is the determiner of the
    subject right after it ("which amendments would win", "what changes were made")."""
    if subject is None or len(words) != 1 or words[0].tag_ != "WDT":
        return False
    if any(c.dep_ == "det" for c in subject.children):
        return False
    return subject.left_edge.i == words[0].i + 1 and subject.pos_ in {"NOUN", "PROPN"}


def ask_embedded(clause: Token, *, name_of: NameOf | None = None) -> str | None:
    """An embedded wh-question asked directly: "(unclear) how many people were hurt" -> "How
    many people were hurt?", "(declined to say) when it would reopen" -> "When will it reopen?".
    """
    words = wh_phrase(clause)
    if words is None:
        return None
    wh_ids = {t.i for t in words}
    subject = clause_subject(clause)
    if _wh_determines(words, subject):
        wh_ids.add(subject.i)  # "which amendments would win ...": the parse left "which" apart
    if (subject is not None and subject.i in wh_ids) or clause.i in wh_ids:
        # the wh-phrase is the subject: the clause already reads as a question
        replace = {
            a.i: "will"
            for a in clause.children
            if a.dep_ == "aux" and a.lower_ == "would" and _told_in_past(clause)
        }
        return _finish(_join([t for t in clause_tokens(clause)], replace))
    asked_aux = "will" if _told_in_past(clause) and _has_would(clause) else None
    rest = invert(
        clause,
        drop=[*wh_ids, *(a.i for a in clause.children if asked_aux and a.lower_ == "would")],
        name_of=name_of,
        asked_aux=asked_aux,
    )
    if rest is None:
        return None
    return _finish(f"{_join(words)} {rest[:1].lower()}{rest[1:]}")


def _has_would(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "would" for c in clause.children)


def _told_in_past(clause: Token) -> bool:
    """Whether the clause that embeds ``clause`` is told in the past ("declined to say when").

    A clause with its own condition ("what would happen if they were to ...") imagines,
    so its "would" is not a reported "will".
    """
    if any(c.dep_ == "advcl" for c in clause.children):
        return False
    node = clause.head
    for _ in range(4):
        if node.tag_ == "VBD" or any(c.tag_ == "VBD" for c in node.children if c.dep_ == "aux"):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


#: Adverbs of odds a forecast carries ("will almost certainly cost"): a question asks
#: whether it happens, not how sure the source was.
_ODDS = re.compile(
    r"(?<=\s)(?:almost certainly|most likely|very likely|quite likely|likely|probably"
    r"|possibly|perhaps|certainly|undoubtedly|presumably)\s+(?!to\b)(?=[a-z])"
)
_YES_NO_OPENING = re.compile(
    r"^(?:[^?]*,\s*)?(will|would|could|can|may|might|should|shall|is|are|was|were|do|does|did)\s",
    re.I,
)
_UNLIKELY = re.compile(r"^((?:is|are|was|were)\s[^?]*?)\bunlikely\b", re.I)


def without_odds(question: str) -> str:
    """A yes/no question without the source's odds: "Will the rules almost certainly cost
    jobs?" asks "Will the rules cost jobs?"; "Is a ruling unlikely before May?" asks "Is a
    ruling likely before May?" (the hedge turned into a question asks the same)."""
    if not _YES_NO_OPENING.match(question):
        return question
    if _UNLIKELY.match(question):
        return _UNLIKELY.sub(r"\1likely", question)  # "likely" is what it asks
    return _ODDS.sub("", question)


def possessive(name: str) -> str:
    """``name`` as the owner in a question: "Velo Dairy’s", "Northlight Analytics’"."""
    return f"{name}’" if name.endswith("s") else f"{name}’s"
