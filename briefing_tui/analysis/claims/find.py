"""Claims: who asserted what, quoted or reported.

Six rule families, each a small function over the parse, then one pass
that joins direct quotes to their speakers:

* cue verbs from ``lexicon/shared/cues.tsv`` with their source (subject, agent,
  the subject of the verb they hang on, or of the verb whose adjunct they
  head: "replied by saying ...") and their content (complement clause,
  infinitive, object or prepositional complement, by the cue's frames; the
  passive subject of "was endorsed by X"), in any order: "X said that ...",
  "..., X said", "..., said X", "as X put it, ...";
* cue nouns from ``lexicon/claims/nouns.tsv`` with an owner ("her claim that ...",
  "voiced concern about ...");
* stance adjectives from ``lexicon/claims/adjectives.tsv`` held by the subject
  of "be" ("she was critical of ...", "he is confident that ...");
* "according to SOURCE, CONTENT";
* speaker labels at a line start ("SMITH: ...", "Poll: ..."), a transcript
  turn running on to the next label;
* quoted stretches (``quotes.py``): a quote takes the cue whose content it
  fills, else a bare cue of its sentence ("he said."), else the speaker of
  the claim just before it (split and multi-paragraph quotes).

Then claims nested in another's content are dropped (or, for a side clause
with its own speaker, split off), and sources are mapped to actors by
mention overlap, pronouns falling back to the latest fitting actor.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from briefing_tui.analysis.claims.cues import (
    Cue,
    adjective_cue_table,
    cue_table,
    label_stoplist,
    light_verbs,
    noun_cue_table,
)
from briefing_tui.analysis.claims.quotes import Quote, find_quotes, join_split_quotes
from briefing_tui.analysis.claims.sources import (
    EXPLETIVES,
    RELATIVE_PRONOUNS,
    ActorIndex,
    agent_of,
    is_passive,
    phrase_bounds,
    resolve_relative,
    source_actor,
)
from briefing_tui.analysis.syntax import doer_of, has_nominal_subject
from briefing_tui.model import Actor, Claim, ClaimKind, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: A quote shorter than this many words is a scare quote or a title, not a claim.
MIN_QUOTE_WORDS = 4
#: ... and a quote without a verb needs this many ("Poor Mexico, so far from God ...").
MIN_VERBLESS_QUOTE_WORDS = 7
#: Share of a reported content inside quote marks above which it is a direct quote.
DIRECT_SHARE = 0.8
#: Trimmed from both ends of a content span.
_TRIM_CHARS = " \t\r\n,;:.—–-\"'“”‘’«»()"
_LABEL_RE = re.compile(
    r"^[ \t]*[\"“]?(?P<label>[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,3})[ \t]*:[ \t]+"
    r"(?P<content>\S[^\n]{12,})$",
    re.MULTILINE,
)
#: How far a transcript turn may run past its label's line, in characters and line breaks.
MAX_TURN_CHARS = 2500
MAX_TURN_LINES = 8
#: How far back (in characters) a content may start and still contain a later cue.
NESTING_REACH = 4000
#: A nested cue hanging on its container by these is a claim of its own, not part of it.
_SIDE_CLAUSE_DEPS = frozenset({"advcl", "conj"})
#: Complements that say something of a cue's object.
_PREDICATE_DEPS = frozenset({"oprd", "xcomp", "ccomp"})
#: Prepositions that carry the rest of an object content ("blamed X for Y", "likened X to Y").
_OBJECT_PREPS = frozenset({"as", "for", "to", "over", "about"})
_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})
#: Phrases hung on a cue right after its noun-phrase content that belong to that content.
_MODIFIER_DEPS = frozenset({"prep", "npadvmod", "relcl", "acl"})
#: Clauses an inserted cue looks through to find the sentence it vouches for.
_CLIMB_DEPS = frozenset({"conj", "advcl", "ccomp", "xcomp"})
#: Longest "he said" insert (in tokens) after which the clause resumes as the same content.
_SHORT_INSERT = 4
_VERBAL = frozenset({"VERB", "AUX"})
_QUOTE_MARKS = frozenset("\"“”‘’'«»„")


@dataclass(slots=True)
class _Draft:
    """A claim before numbering: character spans plus the parse tokens behind them."""

    content: tuple[int, int]
    cue: str
    cue_span: tuple[int, int] | None
    source_span: tuple[int, int] | None
    source_head: tuple[int, int] | None
    stance: str
    kind: ClaimKind
    actor: str | None = None
    source_text: str | None = None
    carried_from: _Draft | None = None  # a quote continuing this claim's speaker
    clause: tuple[int, str] | None = None  # where the cue's clause starts, and its dependency


# --- cue verbs ------------------------------------------------------------------


def _matching_cue(token: Token) -> Cue | None:
    entries = cue_table().get(token.lemma_.lower())
    if not entries or token.pos_ != "VERB":
        return None
    particles = {
        c.lower_
        for c in token.children
        if c.dep_ in {"prt", "prep"} or (c.dep_ == "dobj" and c.lower_ == "it")
    }
    for cue in entries:
        if cue.frames == {"as"} and not _is_as_aside(token):
            continue
        if cue.particle is None or cue.particle in particles:
            return cue
    return None


def _is_as_aside(verb: Token) -> bool:
    """An "as X said" aside: the cue is marked by "as" and vouches for the clause it hangs on."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    )


def _token_range(tokens: list[Token]) -> tuple[int, int] | None:
    if not tokens:
        return None
    return min(t.i for t in tokens), max(t.i for t in tokens) + 1


def _subtree_range(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


def _clause_content(verb: Token, in_quote: list[int]) -> tuple[int, int] | None:
    """The complement clause: a ccomp/parataxis child of the cue, one after it first.

    A subordinate clause with its own subject and no conjunction ("said after
    the vote he would resign") is a complement the parser took for an adverbial.
    """
    clauses = [
        c
        for c in verb.children
        if c.dep_ == "ccomp" or (c.dep_ in _CLAUSE_DEPS and c.pos_ in _VERBAL)
    ]
    clauses += [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.i > verb.i
        and has_nominal_subject(c)
        and not any(
            g.dep_ == "mark" or (g.tag_ in {"WRB", "WDT"} and not _is_complementiser(g))
            for g in c.children
        )
    ]
    # "told the meeting that few people understood ...": a complement read as a relative clause
    clauses += [
        c
        for obj in verb.children
        if obj.dep_ in {"dobj", "dative"} and obj.i > verb.i
        for c in obj.children
        if c.dep_ == "relcl"
        and _is_complement_in_disguise(c)
        # "added so many layers that ...": a result clause, not what was said
        and not any(t.lower_ in {"so", "such"} for t in obj.subtree)
    ]
    if not clauses:
        return None
    quoted = [c for c in clauses if in_quote[c.i] >= 0]
    after = [c for c in clauses if c.i > verb.i]
    chosen = quoted or after or clauses
    return _subtree_range(min(chosen, key=lambda c: abs(c.i - verb.i)))


def _is_complement_in_disguise(clause: Token) -> bool:
    """A "relative clause" opened by a complementiser "that" and with a subject of its own."""
    opener = clause.doc[clause.left_edge.i]
    return (
        opener.lower_ == "that"
        and opener.dep_ == "mark"
        and any(g.dep_ in {"nsubj", "nsubjpass"} and g.lower_ != "that" for g in clause.children)
    )


def _is_complementiser(token: Token) -> bool:
    """A clause-opening "that" the parser read as a relative word ("tweeted that X was ...")."""
    return token.lower_ == "that" and token.i == token.head.left_edge.i


def _inserted_content(verb: Token) -> tuple[int, int] | None:
    """For "..., he said" parsed with the cue under the clause: that clause."""
    head = verb.head
    if verb.dep_ not in {"parataxis", "ccomp", "advcl"} or head is verb:
        return None
    if head.pos_ not in _VERBAL:
        return None
    cue_start, cue_end = _subtree_range(verb)
    before = verb.doc[cue_start - 1] if cue_start > 0 else None
    aside = verb.dep_ == "parataxis" or _is_as_aside(verb)
    if not aside and (before is None or not before.is_punct):
        return None  # "X said that Y pledged ...": the cue is itself a content
    # an inserted "he said" vouches for its whole sentence, not just the clause it hangs on
    while head.dep_ in _CLIMB_DEPS and head.head is not head and head.head.pos_ in _VERBAL:
        if _matching_cue(head.head) is not None:
            break
        head = head.head
    return _around_insert(head, cue_start, cue_end)


def _around_insert(head: Token, cue_start: int, cue_end: int) -> tuple[int, int] | None:
    """The clause around an inserted "he said": the wordier side, or both for a short insert."""
    before = [t for t in head.subtree if t.i < cue_start and not t.is_punct and not t.is_space]
    after = [t for t in head.subtree if t.i >= cue_end and not t.is_punct and not t.is_space]
    if before and after and cue_end - cue_start <= _SHORT_INSERT:
        return before[0].i, after[-1].i + 1
    side = before if len(before) >= len(after) else after
    return _token_range(side)


def _infinitive_content(verb: Token) -> tuple[int, int] | None:
    for child in verb.children:
        if child.dep_ in {"xcomp", "ccomp"} and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in child.children
        ):
            start, end = _subtree_range(child)
            objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < child.i]
            if objects:
                start = min(start, objects[0].left_edge.i)
            # "wants to cut taxes and raise wages": later verbs the parser hung on the cue
            for other in verb.children:
                subjectless = not has_nominal_subject(other)
                if other.dep_ == "conj" and other.i >= end and other.pos_ == "VERB" and subjectless:
                    end = other.right_edge.i + 1
            return start, end
    return None


def _object_content(verb: Token, needs_predicate: bool = False) -> tuple[int, int] | None:
    """The object, with what is predicated of it ("called the plan a mistake", "cited X as Y").

    With ``needs_predicate`` an object alone is no content ("called the office").
    """
    for child in verb.children:
        if child.dep_ == "dobj":
            start, end = _subtree_range(child)
            predicated = False
            for other in verb.children:
                if other.i > child.i and (
                    other.dep_ in _PREDICATE_DEPS
                    or (other.dep_ == "prep" and other.lower_ in _OBJECT_PREPS)
                ):
                    end = max(end, other.right_edge.i + 1)
                    # "called the office to ask ...": a purpose, not something said of it
                    predicated = predicated or not any(
                        g.dep_ == "aux" and g.lower_ == "to" for g in other.children
                    )
            if needs_predicate and not predicated:
                return None
            if child.lower_ in RELATIVE_PRONOUNS and end - start == 1:
                return None  # "the plan, which she rejected": the content is elsewhere
            return start, _with_modifiers(verb, end)
    return None


def _prep_content(verb: Token, cue: Cue) -> tuple[int, int] | None:
    preps = {cue.particle} if cue.particle else {"of", "about", "for"}
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            objects = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
            if objects:
                start, end = _subtree_range(objects[0])
                return start, _with_modifiers(verb, end)
    return None


def _with_modifiers(verb: Token, end: int) -> int:
    """Run a noun-phrase content on over the phrases the parser hung on the cue right after it.

    "cited her endorsements from retired generals on Tuesday": the parse often
    attaches what modifies the object to the verb; a comma or other break ends the run.
    """
    for child in sorted(verb.children, key=lambda c: c.left_edge.i):
        if child.right_edge.i < end:
            continue
        if child.left_edge.i != end or child.dep_ not in _MODIFIER_DEPS:
            break
        if child.dep_ == "prep" and not any(g.dep_ == "pobj" for g in child.children):
            break  # "..., whilst promising ...": an action of the source's own
        end = child.right_edge.i + 1
    return end


def _content_of(verb: Token, cue: Cue, in_quote: list[int]) -> tuple[int, int] | None:
    if "that" in cue.frames and (found := _clause_content(verb, in_quote)):
        return found
    if "to" in cue.frames and (found := _infinitive_content(verb)):
        return found
    if cue.particle and (found := _prep_content(verb, cue)):
        return found
    if "obj" in cue.frames and (found := _object_content(verb)):
        return found
    if "pred" in cue.frames and (found := _object_content(verb, needs_predicate=True)):
        return found
    if "of" in cue.frames and (found := _prep_content(verb, cue)):
        return found
    if ("that" in cue.frames or "as" in cue.frames) and (found := _inserted_content(verb)):
        return found
    if "obj" in cue.frames:
        return _passive_subject_content(verb)
    return None


def _passive_subject_content(verb: Token) -> tuple[int, int] | None:
    """ "The plan was endorsed by the union": what is endorsed is the passive subject."""
    if agent_of(verb) is None:
        return None
    for child in verb.children:
        if child.dep_ == "nsubjpass" and child.lower_ not in RELATIVE_PRONOUNS | EXPLETIVES:
            return _subtree_range(child)
    return None


def _source_head(verb: Token) -> tuple[Token | None, bool]:
    """The token naming the source, and whether the cue is impersonal ("it is said")."""
    if is_passive(verb):
        agent = agent_of(verb)
        if agent is not None:
            return agent, False
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        impersonal = not subjects or subjects[0].lower_ in EXPLETIVES
        return None, impersonal
    subject = doer_of(verb)
    if subject is None:
        return None, False
    return resolve_relative(subject), False


# --- spans and text -------------------------------------------------------------


class _Sentences:
    """Sentence bounds by token, read once (``Token.sent`` rescans the whole doc each time)."""

    def __init__(self, doc: Doc) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for sent in doc.sents:
            self.starts.append(sent.start)
            self.ends.append(sent.end)

    def bounds(self, i: int) -> tuple[int, int]:
        """Token range ``[start, end)`` of the sentence holding token ``i``."""
        k = max(0, bisect_right(self.starts, i) - 1)
        return self.starts[k], self.ends[k]


def _chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past surrounding spaces, punctuation and quote marks."""
    while start < end and text[start] in _TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in _TRIM_CHARS:
        end -= 1
    return start, end


def _strip_mark(doc: Doc, start: int, end: int) -> int:
    """Skip a leading complementiser ("that", "whether") of a content clause."""
    first = doc[start]
    complementiser = first.dep_ == "mark" or (first.tag_ == "WDT" and first.dep_ == "advmod")
    if end - start > 1 and complementiser and first.lower_ in {"that", "whether", "if"}:
        return start + 1
    return start


# --- drafts from each rule family --------------------------------------------------


def _cue_drafts(doc: Doc, in_quote: list[int]) -> tuple[list[_Draft], list[_Draft]]:
    """Claims from cue verbs, and "bare" cues that have a source but no content."""
    text = doc.text
    drafts: list[_Draft] = []
    bare: list[_Draft] = []
    for token in doc:
        cue = _matching_cue(token)
        if cue is None or in_quote[token.i] >= 0:
            continue
        head, impersonal = _source_head(token)
        if head is None and not impersonal:
            continue
        if head is not None and head.i == token.i:
            continue
        content = _content_of(token, cue, in_quote)
        source_span = source_head = None
        if head is not None:
            in_cue_clause = token.left_edge.i <= head.i <= token.right_edge.i
            if content and content[0] <= head.i < content[1] and not in_cue_clause:
                continue  # the "source" sits inside the content: a parse tangle
            stop = token.i if head.i < token.i else None
            s_start, s_end = phrase_bounds(head, stop)
            if content and s_start < content[1] and content[0] < s_end:
                s_start, s_end = head.i, head.i + 1
            source_span = _chars(doc, s_start, s_end)
            source_head = _chars(doc, head.i, head.i + 1)
        cue_span = (token.idx, token.idx + len(token.text))
        kind = ClaimKind.UNSOURCED if head is None else ClaimKind.INDIRECT
        if content is None:
            after_colon = _after_colon(doc, text, token) if head is not None else None
            if after_colon is not None:
                drafts.append(
                    _Draft(
                        after_colon,
                        token.text,
                        cue_span,
                        source_span,
                        source_head,
                        cue.stance,
                        kind,
                    )
                )
            elif head is not None and cue.stance != "belief":
                bare.append(
                    _Draft((0, 0), token.text, cue_span, source_span, source_head, cue.stance, kind)
                )
            continue
        c_start = _strip_mark(doc, *content)
        c_end = _with_reason(token, content[1])
        c_end = _cut_at_semicolon(doc, c_start, c_end, in_quote)
        c_end = _drop_trailing_participle(doc, c_start, c_end)
        span = _trim(text, *_chars(doc, c_start, c_end))
        if span[1] - span[0] < 2:
            continue
        draft = _Draft(span, token.text, cue_span, source_span, source_head, cue.stance, kind)
        draft.clause = (doc[token.left_edge.i].idx, token.dep_)
        drafts.append(draft)
    return drafts, bare


def _with_reason(verb: Token, end: int) -> int:
    """Extend a content over the adverbial clause ("because ...", ", when ...") that the
    parser hung on the cue right after the content."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.left_edge.i >= end - 1 and verb.i < end:
            between = verb.doc[end : child.left_edge.i]
            if all(t.is_punct or t.is_space for t in between):
                end = child.right_edge.i + 1
    return end


def _after_colon(doc: Doc, text: str, cue: Token) -> tuple[int, int] | None:
    """'She added: the plan ...': the rest of the paragraph after a colon that ends the cue.

    A quotation after the colon is left to the quote pass, which knows where it ends.
    """
    if cue.i + 1 >= len(doc) or doc[cue.i + 1].text != ":":
        return None
    start = doc[cue.i + 1].idx + 1
    limit = min(len(text), start + MAX_TURN_CHARS)
    end = text.find("\n", start, limit)
    end = limit if end == -1 else end
    span = _trim(text, start, end)
    if span[1] - span[0] < 12 or text[start:end].lstrip()[:1] in _QUOTE_MARKS:
        return None
    return span


def _drop_trailing_participle(doc: Doc, start: int, end: int) -> int:
    """Cut a closing ", doing ..." or ", which ..." clause: the writer's aside, not the claim."""
    last = end - 1
    while last > start and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    for token in doc[start:end]:
        aside = (token.dep_ == "advcl" and token.tag_ == "VBG") or (
            token.dep_ == "relcl" and token.left_edge.lower_ in {"which", "who"}
        )
        if aside and token.left_edge.i > start + 3:
            before = doc[token.left_edge.i - 1]
            if before.text == "," and token.right_edge.i >= last:
                return before.i
    return end


def _cut_at_semicolon(doc: Doc, start: int, end: int, in_quote: list[int]) -> int:
    """A reported content ends at a semicolon outside quotes: what follows is a new statement."""
    for token in doc[start + 1 : end]:
        if token.text == ";" and in_quote[token.i] < 0:
            return token.i
    return end


def _prep_object(word: Token, preposition: str) -> tuple[int, int] | None:
    """The object of the word's ``preposition`` child ("concern about the plan")."""
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ == preposition:
            objects = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
            if objects:
                return _subtree_range(objects[0])
    return None


def _noun_content(noun: Token, entries: tuple[Cue, ...]) -> tuple[tuple[int, int], Cue] | None:
    """The "that" clause, "to" infinitive or prepositional object a cue noun governs."""
    for cue in entries:
        if cue.particle is not None:
            found = _prep_object(noun, cue.particle)
        else:
            found = _clausal_noun_content(noun, cue)
        if found is not None:
            return found, cue
    return None


def _clausal_noun_content(noun: Token, cue: Cue) -> tuple[int, int] | None:
    """The "that" clause or "to" infinitive a cue noun governs."""
    for child in noun.children:
        if child.dep_ not in {"acl", "ccomp", "relcl"} or child.pos_ not in _VERBAL:
            continue
        marks = {g.lower_ for g in child.children if g.dep_ in {"mark", "aux"}}
        if ("that" in cue.frames and "that" in marks and child.dep_ != "relcl") or (
            "to" in cue.frames and "to" in marks
        ):
            return _subtree_range(child)
    return None


def _noun_source(noun: Token) -> Token | None:
    """Whose claim: a possessor, a "from"/"by" phrase, or the subject of "made the claim"
    or of "said in a statement"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ in {"prep", "agent"} and child.lower_ in {"from", "by"}:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                return objects[0]
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "in" and verb.head.pos_ == "VERB":
        verb = verb.head  # "told reporters in a statement that ...": the teller owns it
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in light_verbs():
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return resolve_relative(subjects[0]) if subjects else None


def _noun_drafts(doc: Doc, in_quote: list[int]) -> list[_Draft]:
    """Claims carried by nouns: "the minister's claim that ...", "his pledge to ..."."""
    table = noun_cue_table()
    text = doc.text
    drafts = []
    for token in doc:
        entries = table.get(token.lemma_.lower())
        if entries is None or token.pos_ != "NOUN" or in_quote[token.i] >= 0:
            continue
        found = _noun_content(token, entries)
        if found is None:
            continue
        content, cue = found
        head = _noun_source(token)
        if head is None or content[0] <= head.i < content[1]:
            continue
        c_start = _strip_mark(doc, *content)
        span = _trim(text, *_chars(doc, c_start, content[1]))
        s_start, s_end = phrase_bounds(head, token.i if head.i < token.i else None)
        if s_end > token.i >= s_start:
            s_start, s_end = head.i, head.i + 1
        drafts.append(_word_draft(doc, token, span, (s_start, s_end), head, cue.stance))
    return drafts


def _word_draft(
    doc: Doc,
    cue: Token,
    content: tuple[int, int],
    source_tokens: tuple[int, int],
    source_head: Token,
    stance: str,
) -> _Draft:
    """An indirect claim whose cue is one word (a noun or an adjective)."""
    return _Draft(
        content,
        cue.text,
        (cue.idx, cue.idx + len(cue.text)),
        _chars(doc, *source_tokens),
        _chars(doc, source_head.i, source_head.i + 1),
        stance,
        ClaimKind.INDIRECT,
    )


def _adjective_drafts(doc: Doc, in_quote: list[int]) -> list[_Draft]:
    """Stances held by the subject of "be": "she was critical of the plan", "he is sure that"."""
    table = adjective_cue_table()
    text = doc.text
    drafts = []
    for token in doc:
        entries = table.get(token.lemma_.lower())
        if (
            entries is None
            or token.dep_ not in {"acomp", "oprd"}
            or token.head.pos_ not in _VERBAL
            or in_quote[token.i] >= 0
        ):
            continue
        found = _adjective_content(token, entries, in_quote)
        subject = doer_of(token.head)
        if found is None or subject is None or subject.lower_ in EXPLETIVES:
            continue
        (c_start, c_end), cue = found
        head = resolve_relative(subject)
        if c_start <= head.i < c_end:
            continue
        s_start, s_end = phrase_bounds(head, token.head.i if head.i < token.head.i else None)
        span = _trim(text, *_chars(doc, _strip_mark(doc, c_start, c_end), c_end))
        if span[1] - span[0] < 2:
            continue
        drafts.append(_word_draft(doc, token, span, (s_start, s_end), head, cue.stance))
    return drafts


def _adjective_content(
    adjective: Token, entries: tuple[Cue, ...], in_quote: list[int]
) -> tuple[tuple[int, int], Cue] | None:
    """What a stance adjective is about: its preposition's object, clause or infinitive."""
    for cue in entries:
        if cue.particle is not None:
            found = _prep_object(adjective, cue.particle)
        else:
            found = _clause_content(adjective, in_quote) if "that" in cue.frames else None
            if found is None and "to" in cue.frames:
                found = _infinitive_content(adjective)
        if found is not None:
            return found, cue
    return None


def _according_drafts(doc: Doc, sentences: _Sentences) -> list[_Draft]:
    """ "according to SOURCE, CONTENT" in either order."""
    text = doc.text
    drafts = []
    for token in doc:
        if (
            token.lower_ != "according"
            or token.i + 1 >= len(doc)
            or doc[token.i + 1].lower_ != "to"
        ):
            continue
        to = doc[token.i + 1]
        objects = [c for c in to.children if c.dep_ in {"pobj", "pcomp"}] or [
            c for c in token.children if c.dep_ == "pobj"
        ]
        if not objects:
            continue
        src_start, src_end = phrase_bounds(objects[0], None)
        if any(c.dep_ == "dobj" for c in objects[0].children):
            src_end = objects[0].i + 1  # "according to Smith the plan ...": a misparse
        sent_start, sent_end = sentences.bounds(token.i)
        phrase_start, phrase_end = token.i, max(src_end, to.i + 1)
        if phrase_start - sent_start >= sent_end - phrase_end:
            content = (sent_start, phrase_start)
        else:
            content = (phrase_end, sent_end)
        if content[1] - content[0] < 3:
            continue
        span = _trim(text, *_chars(doc, *content))
        drafts.append(
            _Draft(
                span,
                f"{token.text} {to.text}",
                (token.idx, to.idx + len(to.text)),
                _chars(doc, src_start, src_end),
                _chars(doc, objects[0].i, objects[0].i + 1),
                "assertion",
                ClaimKind.ACCORDING_TO,
            )
        )
    return drafts


def _label_drafts(text: str) -> list[_Draft]:
    """Speaker labels at a line start: "SMITH: ..." (transcripts, headlines)."""
    stop = label_stoplist()
    drafts = []
    for match in _LABEL_RE.finditer(text):
        label = match.group("label")
        if label.lower() in stop or label.lower().rstrip(".") in stop:
            continue
        span = _trim(text, match.start("content"), match.end("content"))
        drafts.append(
            _Draft(
                span,
                ":",
                (match.end("label"), match.end("label") + 1),
                (match.start("label"), match.end("label")),
                (match.start("label"), match.end("label")),
                "assertion",
                ClaimKind.DIRECT,
            )
        )
    _extend_turns(text, drafts)
    return drafts


def _extend_turns(text: str, drafts: list[_Draft]) -> None:
    """In a transcript (a label used twice or more), a turn runs on to the next label."""
    counts = Counter(text[d.source_span[0] : d.source_span[1]] for d in drafts if d.source_span)
    if not counts or max(counts.values()) < 2:
        return
    for draft, following in pairwise(drafts):
        if following.source_span is None or draft.source_span is None:
            continue
        label = text[draft.source_span[0] : draft.source_span[1]]
        if counts[label] < 2 and not label.isupper():
            continue  # a one-off "Name: ..." line (a headline) is not a turn
        line_start = text.rfind("\n", draft.content[1], following.source_span[0])
        if line_start == -1:
            continue
        gap = text[draft.content[1] : line_start]
        if len(gap) <= MAX_TURN_CHARS and gap.count("\n") <= MAX_TURN_LINES:
            draft.content = _trim(text, draft.content[0], line_start)


# --- quotes -----------------------------------------------------------------------


def _substantive_quotes(doc: Doc, quotes: list[Quote]) -> list[tuple[Quote, int, int]]:
    """Quotes that read as speech (enough words, a verb), with their token ranges."""
    text = doc.text
    kept = []
    for quote in quotes:
        if not quote.closed and not quote.runs_on:
            line_start = text.rfind("\n", 0, quote.open_mark) + 1
            if text[line_start : quote.open_mark].strip():
                continue  # an unbalanced mark mid-paragraph: not a quote
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None:
            continue
        words = [t for t in span if not t.is_punct and not t.is_space]
        verbless = not any(t.pos_ in _VERBAL for t in words)
        if len(words) < MIN_QUOTE_WORDS or (verbless and len(words) < MIN_VERBLESS_QUOTE_WORDS):
            continue
        kept.append((quote, span.start, span.end))
    return kept


def _quote_token_map(doc: Doc, quotes: list[tuple[Quote, int, int]]) -> list[int]:
    """For each token, the index of the quote it is quoted in, else -1."""
    in_quote = [-1] * len(doc)
    for index, (quote, start, end) in enumerate(quotes):
        gap = quote.interruption
        for i in range(start, end):
            if gap is None or not gap[0] <= doc[i].idx < gap[1]:
                in_quote[i] = index
    return in_quote


def _quoted_share(
    content: tuple[int, int], quotes: list[Quote], starts: list[int]
) -> tuple[int, list[Quote]]:
    """Characters of ``content`` inside quotes, and those quotes."""
    total = 0
    touching = []
    i = max(0, bisect_right(starts, content[0]) - 1)
    while i < len(quotes) and quotes[i].start < content[1]:
        q = quotes[i]
        ov = min(q.end, content[1]) - max(q.start, content[0])
        if ov > 0:
            total += ov
            touching.append(q)
        i += 1
    return total, touching


def _mark_direct(
    text: str, drafts: list[_Draft], all_quotes: list[Quote], real: list[Quote]
) -> set[int]:
    """Turn claims whose content is (mostly) quoted into direct or mixed ones."""
    used: set[int] = set()
    all_starts = [q.start for q in all_quotes]
    real_starts = [q.start for q in real]
    real_ids = {id(q): k for k, q in enumerate(real)}
    for draft in drafts:
        if draft.kind == ClaimKind.DIRECT:
            _quoted, touching = _quoted_share(draft.content, real, real_starts)
            used.update(real_ids[id(q)] for q in touching)
            continue
        _cut_before_colon_quote(text, draft, real, real_starts)
        c_start, c_end = draft.content
        length = len(text[c_start:c_end].replace(" ", "")) or 1
        quoted, touching = _quoted_share(draft.content, real, real_starts)
        starts_quoted = bool(touching) and touching[0].open_mark <= draft.content[0] + 1
        if touching and starts_quoted and quoted >= DIRECT_SHARE * length:
            draft.content = _trim(text, touching[0].start, touching[-1].end)
            draft.kind = ClaimKind.DIRECT
            used.update(real_ids[id(q)] for q in touching)
            continue
        any_quoted, _ = _quoted_share(draft.content, all_quotes, all_starts)
        if any_quoted:
            draft.kind = ClaimKind.MIXED
            if touching and touching[-1].end > draft.content[1]:
                # a quote opened inside the content runs to its closing mark
                draft.content = _trim(text, draft.content[0], touching[-1].end)
            used.update(real_ids[id(q)] for q in touching)
    return used


def _cut_before_colon_quote(
    text: str, draft: _Draft, real: list[Quote], real_starts: list[int]
) -> None:
    """'told X that it "must be fair": "..."': the quote after the colon is a claim of its own."""
    _quoted, touching = _quoted_share(draft.content, real, real_starts)
    for quote in touching:
        if quote.open_mark > draft.content[0] and text[
            max(0, quote.open_mark - 8) : quote.open_mark
        ].rstrip().endswith(":"):
            colon = text.rfind(":", draft.content[0], quote.open_mark)
            if colon > draft.content[0]:
                draft.content = _trim(text, draft.content[0], colon)
                return


def _sentence_bounds(
    doc: Doc, sentences: _Sentences, start_tok: int, end_tok: int
) -> tuple[int, int]:
    """Character bounds of the sentences that tokens ``[start_tok, end_tok)`` touch."""
    first = sentences.bounds(start_tok)[0]
    last = sentences.bounds(max(start_tok, end_tok - 1))[1]
    return doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)


def _quote_drafts(
    doc: Doc,
    sentences: _Sentences,
    quotes: list[tuple[Quote, int, int]],
    used: set[int],
    drafts: list[_Draft],
    bare: list[_Draft],
) -> list[_Draft]:
    """Direct claims for quotes no reported claim covered."""
    text = doc.text
    ordered = sorted(drafts, key=lambda d: d.content[0])
    bare_sorted = sorted(bare, key=lambda d: d.cue_span[0] if d.cue_span else 0)
    bare_starts = [d.cue_span[0] if d.cue_span else 0 for d in bare_sorted]
    made: list[_Draft] = []
    pointer = 0
    previous: _Draft | None = None
    for index, (quote, start_tok, end_tok) in enumerate(quotes):
        while pointer < len(ordered) and ordered[pointer].content[0] < quote.start:
            if previous is None or ordered[pointer].content[0] >= previous.content[0]:
                previous = ordered[pointer]
            pointer += 1
        if index in used:
            continue
        content = _trim(text, quote.start, quote.end)
        if content[1] - content[0] < 2:
            continue
        cue = _nearby_bare_cue(
            doc, text, sentences, quote, (start_tok, end_tok), bare_sorted, bare_starts
        )
        if cue is not None:
            draft = _Draft(
                content,
                cue.cue,
                cue.cue_span,
                cue.source_span,
                cue.source_head,
                cue.stance,
                ClaimKind.DIRECT,
            )
        elif previous is not None and _continues_in_paragraph(text, previous, quote):
            # a split quote: '"A," she said. "B."' is one claim spanning both parts
            previous.content = (previous.content[0], content[1])
            continue
        elif (
            previous is not None
            and previous.stance != "belief"  # a quote goes on in a voice, not in a view held
            and _close_enough(text, previous, quote)
        ):
            draft = _Draft(
                content,
                previous.cue,
                None,
                None,
                None,
                previous.stance,
                ClaimKind.DIRECT,
                carried_from=previous,
            )
        else:
            continue
        made.append(draft)
        previous = draft
    return made


def _nearby_bare_cue(
    doc: Doc,
    text: str,
    sentences: _Sentences,
    quote: Quote,
    tokens: tuple[int, int],
    bare_sorted: list[_Draft],
    bare_starts: list[int],
) -> _Draft | None:
    """A content-less cue in the quote's sentences, or one ending in a colon just before it."""
    sent_start, sent_end = _sentence_bounds(doc, sentences, *tokens)
    lo = bisect_left(bare_starts, sent_start)
    nearby = []
    for k in range(lo, len(bare_sorted)):
        draft = bare_sorted[k]
        if draft.cue_span is None or draft.cue_span[0] >= sent_end:
            break
        if not quote.open_mark <= draft.cue_span[0] <= quote.end:
            nearby.append(draft)
    if not nearby:
        # '"Is anyone listening?" she asked.': the parser may end the sentence at the mark
        after = bisect_left(bare_starts, quote.end)
        if after < len(bare_sorted):
            candidate = bare_sorted[after]
            source_start = candidate.source_span[0] if candidate.source_span else quote.end
            gap = text[quote.end : bare_starts[after]]
            near = len(gap) <= 60 or 0 <= source_start - quote.end <= 4
            if near and "\n" not in gap:
                nearby = [bare_sorted[after]]
    if nearby:
        return min(nearby, key=lambda d: abs(d.cue_span[0] - quote.start))
    if lo > 0:
        before = bare_sorted[lo - 1]
        gap = text[before.cue_span[1] : quote.open_mark] if before.cue_span else ""
        if gap.rstrip().endswith(":") and gap.count("\n") <= 1 and len(gap) < 80:
            return before
    return None


def _continues_in_paragraph(text: str, previous: _Draft, quote: Quote) -> bool:
    """Whether a cue-less quote is the second half of the previous direct quote."""
    if previous.kind != ClaimKind.DIRECT:
        return False
    gap = text[previous.content[1] : quote.open_mark]
    # '"A," she said. "B."': the cue's sentence ends before the second part opens
    return "\n" not in gap and len(gap) < 200 and gap.rstrip().endswith(".")


def _close_enough(text: str, previous: _Draft, quote: Quote) -> bool:
    """Whether a quote without its own cue continues the previous claim's speaker."""
    gap = text[previous.content[1] : quote.open_mark]
    return gap.count("\n") <= 1 and len(gap) < 400


# --- assembly ---------------------------------------------------------------------


def _resolve_sources(doc: Doc, drafts: list[_Draft], index: ActorIndex) -> None:
    """Give each draft its actor: the one its source names (``sources.source_actor``), or
    the one a continued quotation carries."""
    text = doc.text
    for draft in drafts:
        if draft.carried_from is not None:
            origin = draft.carried_from
            draft.actor = origin.actor
            draft.source_text = origin.source_text
            continue
        if draft.source_span is None:
            continue
        start, end = draft.source_span
        draft.source_text = text[start:end]
        # "He described Smith as ...": a pronoun cannot be someone named in its own claim
        named = index.named_in(end, max(end, draft.content[1]))
        draft.actor = source_actor(doc, index, draft.source_span, draft.source_head, named)


def _dedupe(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """One claim per content span, none nested in another's content, in document order."""
    seen: dict[tuple[int, int], _Draft] = {}
    for draft in drafts:
        kept = seen.get(draft.content)
        if kept is None or (kept.source_span is None and draft.source_span is not None):
            seen[draft.content] = draft
    ordered = sorted(seen.values(), key=lambda d: (d.content[0], d.content[1]))
    starts = [d.content[0] for d in ordered]
    kept_drafts = []
    for draft in ordered:
        outer = _container(draft, ordered, starts)
        if outer is None:
            kept_drafts.append(draft)
        elif _side_clause(text, draft):
            # "X said A, though Y has said B": B is Y's claim, and A ends before it
            outer.content = _trim(text, outer.content[0], max(outer.content[0], draft.clause[0]))
            kept_drafts.append(draft)
    return [d for d in kept_drafts if d.content[1] - d.content[0] >= 2]


def _side_clause(text: str, draft: _Draft) -> bool:
    """Whether a nested cue is a side clause set off by punctuation (", though Y said B").

    A clause run on without a break ("... because he cannot defend ...") stays
    part of the content around it.
    """
    if not draft.clause or draft.clause[1] not in _SIDE_CLAUSE_DEPS or not draft.source_span:
        return False
    if draft.clause[1] == "conj":
        return True
    before = text[max(0, draft.clause[0] - 3) : draft.clause[0]].rstrip()
    return before.endswith((",", ";", "—", "–", "-", ":"))


def _container(draft: _Draft, ordered: list[_Draft], starts: list[int]) -> _Draft | None:
    """The claim whose content holds this draft's cue ("X said Y plans to ..."), if any."""
    if draft.cue_span is None:
        return None
    cue_start, cue_end = draft.cue_span
    i = bisect_right(starts, cue_start) - 1
    while i >= 0 and ordered[i].content[0] > cue_start - NESTING_REACH:
        other = ordered[i]
        if other is not draft and other.content[0] <= cue_start and cue_end <= other.content[1]:
            return other
        i -= 1
    return None


def _stance(draft: _Draft, text: str) -> str:
    if draft.stance == "assertion" and text[draft.content[0] : draft.content[1]].endswith("?"):
        return "question"
    return draft.stance


def find_claims(doc: Doc, actors: list[Actor]) -> list[Claim]:
    """Every attribution in the article, in document order.

    Direct quotes (split, multi-paragraph, curly or straight marks), reported
    speech in any word order, "according to", passive and impersonal cues,
    and speaker labels. Scare quotes of a word or two are not claims.
    """
    text = doc.text
    all_quotes = join_split_quotes(text, find_quotes(text))
    quotes = _substantive_quotes(doc, all_quotes)
    in_quote = _quote_token_map(doc, quotes)
    drafts, bare = _cue_drafts(doc, in_quote)
    drafts += _noun_drafts(doc, in_quote)
    drafts += _adjective_drafts(doc, in_quote)
    sentences = _Sentences(doc)
    drafts += _according_drafts(doc, sentences)
    drafts += _label_drafts(text)
    used = _mark_direct(text, drafts, all_quotes, [q for q, _s, _e in quotes])
    drafts += _quote_drafts(doc, sentences, quotes, used, drafts, bare)
    drafts = _dedupe(text, drafts)
    _resolve_sources(doc, drafts, ActorIndex(actors))
    return [
        Claim(
            id=f"c{n}",
            source=d.actor,
            source_text=d.source_text,
            source_span=Span(*d.source_span) if d.source_span else None,
            cue=d.cue,
            cue_span=Span(*d.cue_span) if d.cue_span else None,
            content=Span(*d.content),
            kind=d.kind,
            stance=_stance(d, text),
        )
        for n, d in enumerate(drafts, start=1)
    ]
