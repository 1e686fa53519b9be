"""Sources the article leaves unnamed, by what they know: "two people familiar with the
matter said", "according to a person briefed on the plan", "a third source said".

Such a phrase is an actor of its own (a group when plural, else a person) when it is the
subject of a verb of speech or the object of "according to": its noun is one of
``lexicon/actors/unnamed_sources.tsv``, and after it comes what they know ("familiar with
the talks", "briefed on", "close to"), or the noun is one that needs nothing after it and a
word before it counts it ("a source", "another source", "two sources"). Nothing before the
noun but a determiner, a number or a counting word: "Acme officials familiar with the plan"
are a body's people. The same words written again are the same source; "the source" is the
source named last, if any; a phrase a named actor already holds is left to it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.lexicon import lexicon, load_table, table_column
from briefing_tui.analysis.doctext import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.actors.drafts import Draft, Names

#: Dependencies the phrase of what they know hangs from the noun by.
KNOWING_DEPS = frozenset({"amod", "acl"})
#: Words before the noun that only count or pick out the sources ("two", "a", "a third").
COUNTING_DEPS = frozenset({"det", "nummod", "amod"})
#: Determiners that count the sources: one more, not one already named ("the source").
COUNTING_DETERMINERS = frozenset({"a", "an", "another", "one"})
#: Dependencies of a clause after what the sources know, which ends it.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})
#: Adjectives before the noun that count them ("a third source", "another person").
COUNTING_WORDS = frozenset({"second", "third", "fourth", "other", "another", "senior"})


@cache
def _source_words() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    """The source nouns, the nouns that need nothing after them, and each knowing word's
    preposition, of ``unnamed_sources.tsv``."""
    rows = load_table("unnamed_sources.tsv")
    knows = {row[1].lower(): row[2].lower() for row in rows if row[0] == "knows" and len(row) > 2}
    return table_column(rows, "noun"), table_column(rows, "alone"), knows


def add_unnamed_sources(doc: Doc, names: Names) -> None:
    """Record an actor for each unnamed source that speaks (see the module)."""
    nouns, alone, _ = _source_words()
    taken = [(m.start, m.end) for d in names.drafts.values() for m in d.mentions]
    text = doc_text(doc)
    latest: dict[str, Draft] = {}  # the source of each kind named last
    for token in doc:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in nouns or not _speaks(token):
            continue
        knowing = _knowing_phrase(token)
        if knowing is None and token.lemma_.lower() not in alone:
            continue
        if not _counted_only(token) or (knowing is None and not _counted(token)):
            continue  # "Acme officials said"; a bare "sources said" may be anyone's
        start = token.left_edge.idx
        last = _phrase_end(knowing) if knowing is not None else token
        end = last.idx + len(last)
        if any(s < end and start < e for s, e in taken):
            continue
        phrase = text[start:end]
        kind = "group" if token.tag_ == "NNS" else "person"
        if any(left.lower_ == "the" for left in token.lefts):
            # "the source added": the one such source named last, if any
            draft = latest.get(kind)
            if draft is None:
                continue
        else:
            name = phrase[:1].lower() + phrase[1:]
            draft = names.draft(f"{kind}:{name.lower()}", kind, name)
        draft.add(start, end, phrase, "description", token.i)
        latest[kind] = draft
        taken.append((start, end))


def _speaks(token: Token) -> bool:
    """The subject of a verb of speech, or the object of "according to"."""
    head = token.head
    if token.dep_ == "nsubj":
        return head.lemma_.lower() in lexicon().speech_verbs
    return token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


def _knowing_phrase(token: Token) -> Token | None:
    """The word after the noun that opens what the sources know ("familiar" of "familiar
    with the matter"), with its own preposition after it; None if there is none."""
    _, _, knows = _source_words()
    for right in token.rights:
        preposition = knows.get(right.lower_)
        if (
            right.dep_ in KNOWING_DEPS
            and preposition is not None
            and any(c.dep_ == "prep" and c.lower_ == preposition for c in right.children)
        ):
            return right
    return None


def _phrase_end(knowing: Token) -> Token:
    """The last word of what the sources know: "familiar with the talks", not a clause or
    an aside after it ("..., who spoke on condition of anonymity")."""
    last = knowing
    for word in knowing.subtree:
        if word.i < knowing.i:
            continue
        if word.is_punct or word.dep_ in CLAUSE_DEPS:
            break
        last = word
    return last


def _counted(token: Token) -> bool:
    """Whether a word before the noun counts it ("a source", "another source", "two
    sources", "a third source")."""
    return any(
        left.dep_ == "nummod"
        or (left.dep_ == "det" and left.lower_ in COUNTING_DETERMINERS)
        or left.lower_ in COUNTING_WORDS
        for left in token.lefts
    )


def _counted_only(token: Token) -> bool:
    """Nothing before the noun but a determiner, a number or a counting word, and nothing
    after it but what they know: no name's people ("Acme officials"), no clause."""
    for left in token.lefts:
        if left.dep_ not in COUNTING_DEPS:
            return False
        if left.dep_ == "amod" and left.lower_ not in COUNTING_WORDS:
            return False
    return True
