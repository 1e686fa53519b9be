"""A document as a speaker: the one who was just reported saying something in it.

"The company said in a statement that the data was safe. It shut off the access the
same day, the statement said.": "the statement" is the one the company spoke in, so its
claim is the company's, however the article named the company ("The company", "Acme",
"she"), once the claim that spoke in it has a speaker. Only a definite document ("the
statement", "that report") of the same noun, spoken in within the few sentences before
(``sources.ISSUER_SENTENCES``), is read so; "a statement said" names no issuer. A claim
made by a document of the same noun just before ("according to a statement published
after the meeting, ... The statement said") is made in that document too.

"The bank's board raised its rate, according to a statement published after the
meeting": a statement or an announcement that names no issuer, cited for an
organisation's own act, is that organisation's (a report or a study may be anyone's):
the one written as the subject of the act (its name, or the name owning the subject's
body noun, "the bank's board"), in the active voice (``lexicon/claims/documents.tsv``,
kind "own"). An act done to the organisation ("Acme was fined"), or by a person or a
country, names no issuer.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.claims.sources import DEFINITE, is_document, issuer_reach
from briefing_tui.analysis.doctext import char_span
from briefing_tui.model import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.claims.draft import Draft
    from briefing_tui.analysis.claims.sources import ActorIndex

#: The preposition by which a cue names the document it speaks in ("said in a statement").
_IN = "in"
#: The active subject of the act a document is cited for.
_ACTIVE_SUBJECT = "nsubj"
#: The kind of actor whose own act a document with no issuer reports.
_ORGANISATION = "organisation"


@cache
def _own_documents() -> frozenset[str]:
    """Documents a body issues on its own acts (``lexicon/claims/documents.tsv``, kind
    "own": "a statement", "an announcement"); a report or a study is often another's."""
    return frozenset(
        row[1].lower() for row in data_files.rows("claims/documents.tsv") if row[0] == "own"
    )


@cache
def _body_nouns() -> frozenset[str]:
    """Head nouns of organisation names (``lexicon/actors/org_heads.txt``): "the bank's
    board" is the bank's."""
    return data_files.words("actors/org_heads.txt")


def _actor_doing(doc: Doc, content: tuple[int, int], index: ActorIndex) -> str | None:
    """The organisation written as the active subject of the content's main verb: its own
    name, or the name owning the subject's body noun ("the bank's board")."""
    span = char_span(doc, *content)
    if span is None or not len(span):
        return None
    subjects = [c for c in span.root.children if c.dep_ == _ACTIVE_SUBJECT]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    found = index.at(subject.idx, subject.idx + len(subject))
    if found is None and subject.lemma_.lower() in _body_nouns():
        owners = [c for c in subject.children if c.dep_ == "poss"]
        found = next(
            (a for o in owners if (a := index.at(o.idx, o.idx + len(o))) is not None), None
        )
    return found if found is not None and index.kind_of(found) == _ORGANISATION else None


def issuers_of_cited_documents(doc: Doc, drafts: list[Draft], index: ActorIndex) -> None:
    """Give an "according to" claim whose document names no issuer the organisation whose
    own act it reports (see the module), in place."""
    for draft in drafts:
        head = _token(doc, draft.source_head)
        if draft.actor is not None or draft.kind != ClaimKind.ACCORDING_TO or head is None:
            continue
        if head.lemma_.lower() not in _own_documents() or any(
            c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children
        ):
            continue
        if any(c.dep_ in {"poss", "compound"} for c in head.children):
            continue  # "a police statement", "Acme's report": an issuer written, if unlisted
        draft.actor = _actor_doing(doc, draft.content, index)


def _token(doc: Doc, span: tuple[int, int] | None) -> Token | None:
    found = char_span(doc, *span) if span is not None else None
    return found[-1] if found is not None and len(found) else None


def _spoken_in(cue: Token) -> frozenset[str]:
    """Lemmas of the documents a cue speaks in ("said in a statement": "statement")."""
    return frozenset(
        obj.lemma_.lower()
        for prep in cue.children
        if prep.dep_ == "prep" and prep.lower_ == _IN
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def speakers_of_documents(doc: Doc, drafts: list[Draft]) -> None:
    """Give a definite document source with no speaker the speaker of the claim just
    made in that document (see the module), in place."""
    for draft in drafts:
        head = _token(doc, draft.source_head)
        if draft.actor is not None or head is None or not is_document(head):
            continue
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children):
            continue
        since = doc[issuer_reach(head)].idx
        earlier = [
            d
            for d in drafts
            if d.cue_span is not None and since <= d.cue_span[0] < head.idx and d is not draft
        ]
        lemma = head.lemma_.lower()
        for other in sorted(earlier, key=lambda d: d.cue_span or (0, 0), reverse=True):
            cue = _token(doc, other.cue_span)
            if cue is None:
                continue
            # "said in a statement that ...": the verb's, or the noun's when it carries the claim
            source = _token(doc, other.source_head)
            same_document = source is not None and source.lemma_.lower() == lemma
            if cue.lemma_.lower() == lemma or lemma in _spoken_in(cue) or same_document:
                draft.actor = other.actor  # the latest one spoken in decides
                break
