"""Claims: who asserted what, quoted or reported.

Six rule families, each in its own module, then one pass that joins direct
quotes to their speakers (``direct.py``):

* cue verbs (``verbs.py``), kept only when they report speech, thought or
  intention (``speech.py``: no negated cue, refusal to speak or act on a thing);
* cue nouns and stance adjectives (``words.py``), and cue nouns stated through
  "be" ("her view is that ...", ``copula.py``);
* "according to SOURCE, CONTENT" (``according.py``);
* speaker labels at a line start (``labels.py``);
* quoted stretches (``quotes.py``, ``direct.py``): one claim per paragraph and
  per part of a quote split by its cue, each with the speaker.

Then claims nested in another's content are dropped (``nesting.py``), and
sources are mapped to actors by mention overlap, pronouns falling back to the
latest fitting actor.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.claims.according import according_drafts
from briefing_tui.analysis.claims.adjuncts import (
    drop_comment,
    drop_contrast,
    drop_dateline,
    drop_leading_time,
    drop_next_act,
    drop_setting,
)
from briefing_tui.analysis.claims.conditions import with_condition
from briefing_tui.analysis.claims.conjuncts import with_backshifted_conjunct
from briefing_tui.analysis.claims.coordinated import with_second_clauses
from briefing_tui.analysis.claims.copula import copular_drafts
from briefing_tui.analysis.claims.denials import denies_earlier_words
from briefing_tui.analysis.claims.direct import (
    mark_direct,
    quote_drafts,
    quote_token_map,
    short_continuations,
    split_at_interruptions,
    substantive_quotes,
    with_quote_marks,
)
from briefing_tui.analysis.claims.documents import (
    issuers_of_cited_documents,
    speakers_of_documents,
)
from briefing_tui.analysis.claims.draft import VERBAL, Draft, Sentences, source_on_one_line
from briefing_tui.analysis.claims.hearers import is_hearing_court
from briefing_tui.analysis.claims.inserted import inserted_speaker, with_inserted_subject
from briefing_tui.analysis.claims.interrogative import with_question_word
from briefing_tui.analysis.claims.joined import join_interrupted, leave_out_inserted_cue
from briefing_tui.analysis.claims.labels import label_drafts
from briefing_tui.analysis.claims.negation import keep_negation
from briefing_tui.analysis.claims.nesting import dedupe
from briefing_tui.analysis.claims.pronoun_chain import (
    carry_pronoun_speakers,
    drop_rivalled_pronouns,
)
from briefing_tui.analysis.claims.proposition import puts_discourse_forward, states_proposition
from briefing_tui.analysis.claims.quotes import find_quotes, join_split_quotes
from briefing_tui.analysis.claims.reintroduced import drop_reintroduced_descriptions
from briefing_tui.analysis.claims.sources import ActorIndex, source_actor
from briefing_tui.analysis.claims.speaker import correct_speaker_words
from briefing_tui.analysis.claims.verbs import cue_drafts
from briefing_tui.analysis.claims.withheld import drop_withheld
from briefing_tui.analysis.claims.words import adjective_drafts, noun_drafts
from briefing_tui.analysis.datelines import clip
from briefing_tui.analysis.doctext import char_span, doc_text
from briefing_tui.analysis.syntax import FINITE_TAGS
from briefing_tui.model import Actor, Claim, ClaimKind, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _resolve_sources(doc: Doc, drafts: list[Draft], index: ActorIndex) -> None:
    """Give each draft its actor: the one its source names (``sources.source_actor``), or
    the one a continued quotation carries."""
    text = doc_text(doc)
    for draft in drafts:
        if draft.carried_from is not None:
            origin = draft.carried_from
            draft.actor = origin.actor
            draft.source_text = origin.source_text
            draft.source_span = origin.source_span
            continue
        correct_speaker_words(doc, draft)
        if draft.source_span is None:
            continue
        start, end = draft.source_span
        draft.source_text = text[start:end]
        # "He described Smith as ...": a pronoun cannot be someone named in its own claim
        named = index.named_in(end, max(end, draft.content[1]))
        draft.actor = source_actor(doc, index, draft.source_span, draft.source_head, named)
        if draft.actor is not None and is_hearing_court(doc, draft):
            draft.actor = None  # "The court heard that ...": the court received it
    drop_rivalled_pronouns(doc, drafts, index)
    drop_reintroduced_descriptions(doc, drafts, index)
    carry_pronoun_speakers(doc, drafts, index)
    issuers_of_cited_documents(doc, drafts, index)
    speakers_of_documents(doc, drafts)
    for draft in drafts:
        if draft.carried_from is not None:
            draft.actor = draft.carried_from.actor


#: Parts of speech a reported content cannot end on: it was cut mid-phrase ("... in
#: September for", "... including", "... the").
_DANGLING_POS = frozenset({"ADP", "CCONJ", "SCONJ", "DET"})
_DANGLING_TAGS = frozenset({"WDT", "WP", "WP$", "WRB", "POS"})
#: Words used as prepositions that the tagger reads otherwise ("including", "such").
_DANGLING_WORDS = frozenset({"including", "excluding", "such", "than"})


def _content_words(doc: Doc, content: tuple[int, int]) -> list[Token] | None:
    """The words of a content span (no punctuation or spaces); None if it meets no token."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None:
        return None
    return [t for t in span if not (t.is_punct or t.is_space)]


def _cut_short(doc: Doc, content: tuple[int, int]) -> bool:
    """Whether a reported content ends on a word that needs more after it: the parse cut
    it, and shown alone it would misquote the source."""
    words = _content_words(doc, content)
    return words is not None and (not words or _dangles(words[-1]))


def _dangles(token: Token) -> bool:
    if token.dep_ == "prt" or token.tag_ == "RP":
        return False  # "would run out", "gave up": a verb's particle completes it
    if _stranded(token):
        return False  # "were still unaccounted for.": its object stands before it
    return (
        token.pos_ in _DANGLING_POS
        or token.tag_ in _DANGLING_TAGS
        or token.lower_ in _DANGLING_WORDS
    )


#: Marks that close a sentence.
_SENTENCE_STOPS = frozenset({".", "!", "?"})


def _stranded(token: Token) -> bool:
    """A preposition left at the end of its sentence with no object of its own ("21 were
    unaccounted for.", "the aid they qualify for."): its object stands before it, and
    the clause is complete."""
    if token.pos_ != "ADP" or any(c.dep_ in {"pobj", "pcomp"} for c in token.children):
        return False
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text in _SENTENCE_STOPS


def _mend_cut_end(doc: Doc, draft: Draft) -> bool:
    """Take the dangling words off a reported content the parse cut ("... boats of
    migrants which" loses "which"); False when what is left says nothing (no finite verb:
    "a similar system backed by the charity in September for")."""
    words = _content_words(doc, draft.content)
    if words is None or (words and not _dangles(words[-1])):
        return True
    if _ends_quoted(doc_text(doc), draft.content):
        return True  # '... focusing on "who said what"': the speaker's words end there
    if len(words) == 1 and denies_earlier_words(words[0].head, words[0]):
        return True  # "The ministry denied that.": the pronoun points back at what was said
    while words and _dangles(words[-1]):
        words.pop()
    if not any(t.tag_ in FINITE_TAGS for t in words):
        return False
    last = words[-1]
    draft.content = (draft.content[0], last.idx + len(last.text))
    return True


def _ends_quoted(text: str, content: tuple[int, int]) -> bool:
    """Whether a content ends on a closing quotation mark, after any stop."""
    tail = text[content[0] : content[1]].rstrip(" .,;:!?")
    return tail.endswith(('"', "\u201d"))


#: A reported content this short without a verb names a topic, not a proposition.
MAX_TOPIC_WORDS = 6


@cache
def _topic_verbs() -> frozenset[str]:
    """Verbs that name what was spoken about (``lexicon/claims/topic_verbs.txt``)."""
    return data_files.words("claims/topic_verbs.txt")


def _is_proposition(doc: Doc, draft: Draft) -> bool:
    """Whether a reported content states something rather than naming a topic.

    "said the plan would fail" is a claim; "questioned the policy", "asked about their
    address", "cited the flood of 1990" name only what was spoken about, and shown
    alone as a claim's content they would read as something the speaker asserted. Only
    verbs of that class (``topic_verbs.txt``) with a short content without a verb lose
    their claim: "endorsed the plan" still takes a side.
    """
    if draft.kind != ClaimKind.INDIRECT or draft.cue_span is None:
        return True
    cue = doc.char_span(*draft.cue_span, alignment_mode="expand")
    if cue is None or not any(t.lemma_.lower() in _topic_verbs() for t in cue):
        return True
    content = char_span(doc, *draft.content)
    if content is not None and puts_discourse_forward(cue.root, content, draft.stance):
        return True  # "cited the figure": a piece of discourse, not a topic
    words = _content_words(doc, draft.content)
    if words is None or len(words) > MAX_TOPIC_WORDS:
        return True
    return any(t.pos_ in VERBAL for t in words)


_HYPHENS = "-\u2010\u2011\u2013"


def _whole_words(text: str, draft: Draft) -> None:
    """Mend a content cut inside a hyphenated word ("down-" | "ballot") or a bracket
    ("hotline (800-555-0100" without its ")"): the content takes the whole word and
    the closing bracket."""
    start, end = draft.content
    while 0 < start < len(text) and text[start - 1] in _HYPHENS and text[start].isalnum():
        start -= 1
        while start > 0 and text[start - 1].isalnum():
            start -= 1
    while 0 < end < len(text) - 1 and text[end] in _HYPHENS and text[end - 1].isalnum():
        if not text[end + 1].isalnum():
            break
        end += 1
        while end < len(text) and text[end].isalnum():
            end += 1
    inside = text[start:end]
    if inside.count("(") > inside.count(")"):
        close = text.find(")", end)
        if close != -1 and "\n" not in text[end:close] and text.count("(", end, close) == 0:
            end = close + 1
    draft.content = (start, end)


def _stance(draft: Draft, text: str) -> str:
    if draft.stance == "assertion" and text[draft.content[0] : draft.content[1]].endswith("?"):
        return "question"
    return draft.stance


def _source_in_words(draft: Draft) -> bool:
    """Whether the words naming the source hold a letter: a lone "?" (left of the name
    "Which?") or a dash names nobody, and a claim shown with it would read as said by it."""
    return draft.source_text is None or any(ch.isalpha() for ch in draft.source_text)


def _parts(draft: Draft) -> tuple[Span, ...]:
    """A draft's parts as spans, the first from its content's start and the last to its end
    (the steps after the parts were found may have moved the content's edges); none when
    the content is one stretch."""
    if not draft.parts or len(draft.parts) < 2:
        return ()
    parts = [list(part) for part in draft.parts]
    parts[0][0], parts[-1][1] = draft.content
    if any(start >= end for start, end in parts) or any(a[1] > b[0] for a, b in pairwise(parts)):
        return ()
    return tuple(Span(start, end) for start, end in parts)


def find_claims(doc: Doc, actors: list[Actor]) -> list[Claim]:
    """Every attribution in the article, in document order.

    Direct quotes (split, multi-paragraph, curly or straight marks), reported
    speech in any word order, "according to", passive and impersonal cues,
    and speaker labels. Scare quotes of a word or two are not claims.
    """
    text = doc_text(doc)
    all_quotes = join_split_quotes(text, find_quotes(text))
    quotes = substantive_quotes(doc, all_quotes)
    in_quote = quote_token_map(doc, quotes)
    drafts, bare = cue_drafts(doc, in_quote)
    noun_found, noun_bare = noun_drafts(doc, in_quote)
    drafts += noun_found
    bare += noun_bare
    drafts += adjective_drafts(doc, in_quote)
    drafts += copular_drafts(doc, in_quote)
    sentences = Sentences(doc)
    drafts += according_drafts(doc, sentences)
    drafts += label_drafts(doc)
    used = mark_direct(text, drafts, all_quotes, [q for q, _s, _e in quotes])
    drafts += quote_drafts(doc, sentences, quotes, used, drafts, bare)
    drafts += short_continuations(text, all_quotes, drafts)
    for draft in drafts:
        # "said A, a claim disputed by a researcher who says B": the writer's summing-up
        # is cut first, so a claim inside it is not nested in what was said
        drop_comment(doc, draft)
    drafts = dedupe(text, drafts)
    drafts = split_at_interruptions(text, drafts, all_quotes)
    for draft in drafts:
        inserted_speaker(doc, draft)
        source_on_one_line(text, draft)
        if draft.source_span is not None:  # "BRENNOCK - Residents": from the dateline's end
            draft.source_span = clip(doc, *draft.source_span)
    _resolve_sources(doc, drafts, ActorIndex(actors))
    drafts = [d for d in drafts if d.kind == ClaimKind.DIRECT or _mend_cut_end(doc, d)]
    drafts = [d for d in drafts if _is_proposition(doc, d) and states_proposition(doc, d)]
    drafts = [d for d in drafts if _source_in_words(d)]
    for draft in drafts:
        drop_setting(doc, draft)
        drop_next_act(doc, draft)
        drop_comment(doc, draft)
        drop_contrast(doc, draft)
        drop_leading_time(doc, draft)
        with_condition(doc, draft)
        drop_withheld(doc, draft)
        with_backshifted_conjunct(doc, draft)
        drop_dateline(doc, draft)
        if draft.stance == "question" and draft.kind != ClaimKind.DIRECT:
            with_question_word(doc, draft)
        with_inserted_subject(doc, draft)
        _whole_words(text, draft)
        if draft.kind == ClaimKind.DIRECT:
            draft.content = with_quote_marks(text, draft.content, all_quotes)
        keep_negation(doc, draft)
        leave_out_inserted_cue(text, draft)
    drafts = with_second_clauses(doc, drafts)
    drafts = join_interrupted(doc, drafts)
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
            content_parts=_parts(d),
        )
        for n, d in enumerate(drafts, start=1)
    ]
