"""One claim per content: duplicates merged, claims nested in another's content dropped.

A nested cue in a side clause with its own speaker (", though Y said B") is
kept as a claim of its own, and the outer content ends before it.
"""

from __future__ import annotations

from bisect import bisect_right

from briefing_tui.analysis.claims.conjuncts import INNER_STANCES, SELF_PRONOUNS
from briefing_tui.analysis.claims.draft import Draft, trim
from briefing_tui.analysis.claims.trailing import vouches_for_all_before
from briefing_tui.model import ClaimKind

#: How far back (in characters) a content may start and still contain a later cue.
NESTING_REACH = 4000
#: A nested cue hanging on its container by these is a claim of its own, not part of it.
_SIDE_CLAUSE_DEPS = frozenset({"advcl", "conj"})
#: Modals of reported speech opening a conjunct that shares the content's subject.
_BACKSHIFTED = frozenset({"would", "could", "might", "should", "had"})

#: Conjunctions opening a reason or condition, which belongs to the content it follows.
_REASON_MARKS = frozenset({"because", "since", "if", "unless", "so"})


def dedupe(text: str, drafts: list[Draft]) -> list[Draft]:
    """One claim per content span, none nested in another's content, in document order."""
    seen: dict[tuple[int, int], Draft] = {}
    for draft in drafts:
        kept = seen.get(draft.content)
        if kept is None or (kept.source_span is None and draft.source_span is not None):
            seen[draft.content] = draft
    ordered = sorted(seen.values(), key=lambda d: (d.content[0], d.content[1]))
    starts = [d.content[0] for d in ordered]
    kept_drafts = []
    relayed: set[int] = set()
    for draft in ordered:
        outer = _container(draft, ordered, starts)
        if outer is None:
            kept_drafts.append(draft)
        elif _relays(outer, draft):
            # "According to the paper, the minister said Y": the minister's claim
            relayed.add(id(outer))
            kept_drafts.append(draft)
        elif _side_clause(text, draft) and not _alternative_in_content(text, outer, draft):
            # "X said A, though Y has said B": B is Y's claim, and A ends before it; but
            # "A, and Y expects B, according to X": X vouches for all before its phrase
            if not _vouches_after(outer) and not vouches_for_all_before(outer):
                outer.content = _closed(
                    text, trim(text, outer.content[0], max(outer.content[0], draft.clause[0]))
                )
            kept_drafts.append(draft)
    return [d for d in kept_drafts if d.content[1] - d.content[0] >= 2 and id(d) not in relayed]


#: Marks that close a quotation.
_CLOSING_QUOTES = '"\u201d'


def _closed(text: str, content: tuple[int, int]) -> tuple[int, int]:
    """Give back the closing quote mark a trim took off a content that opened a quotation
    ('the port was "open for business," while ...' keeps its mark)."""
    start, end = content
    inside = text[start:end]
    opened = inside.count('"') % 2 == 1 or inside.count("\u201c") > inside.count("\u201d")
    if not opened:
        return content
    after = end
    while after < len(text) and text[after] in ",;":
        after += 1
    if after < len(text) and text[after] in _CLOSING_QUOTES:
        return start, after + 1
    return content


def _alternative_in_content(text: str, outer: Draft, draft: Draft) -> bool:
    """ "said the agency does not confirm or deny the existence of ...": a verb joined by
    "or" to the reported one, borrowing its subject from inside the outer content, is
    part of what was reported, not a second claim beside it ("and" may join the
    reporter's own next statement, and stays apart)."""
    if draft.clause is None or draft.clause[1] != "conj" or draft.source_span is None:
        return False
    if not outer.content[0] <= draft.source_span[0] < draft.clause[0]:
        return False
    return text[: draft.clause[0]].rstrip().lower().endswith((" or", " nor"))


def _relays(outer: Draft, draft: Draft) -> bool:
    """Whether an "according to" claim's content is itself someone's statement, cue first."""
    if outer.kind != ClaimKind.ACCORDING_TO or draft.source_span is None:
        return False
    if draft.cue_span is None or draft.stance == "belief":
        return False
    # the reported speaker opens the content: "According to X, Y said ..."
    return outer.content[0] <= draft.source_span[0] <= outer.content[0] + 2 < draft.cue_span[0]


def _vouches_after(outer: Draft) -> bool:
    """Whether an "according to" phrase follows its content: it vouches for the whole
    stretch before it, a claim of another speaker inside included."""
    return (
        outer.kind == ClaimKind.ACCORDING_TO
        and outer.cue_span is not None
        and outer.cue_span[0] >= outer.content[1]
    )


def _side_clause(text: str, draft: Draft) -> bool:
    """Whether a nested cue is a side clause set off by punctuation (", though Y said B").

    A clause run on without a break ("... because he cannot defend ...") stays
    part of the content around it, and so do a reason or condition even after
    a comma (", since most voters accept that ...") and a second "that" clause
    (", and that he might decide ..."), a conjunct with no subject of its own
    opened by a modal of reported speech or a backshifted "had" ("it was studying the ruling
    and would decide whether ...", "he had relied on them and had asked ..."), and one of
    thinking or intending on a pronoun subject ("it was pleased and expected to ..."): they
    are part of what is said.
    """
    if not draft.clause or draft.clause[1] not in _SIDE_CLAUSE_DEPS or not draft.source_span:
        return False
    first_word = text[draft.clause[0] : draft.clause[0] + 12].split(maxsplit=1)[:1]
    before = text[max(0, draft.clause[0] - 4) : draft.clause[0]].rstrip().rstrip(_CLOSING_QUOTES)
    if first_word and first_word[0].lower() == "that":
        return False  # "said that A, and that he might decide B": a second thing said
    if draft.clause[1] == "conj":
        # "said it was studying the ruling and would decide ...": a conjunct with no
        # subject of its own shares the content's speaker and is part of it
        shared = draft.source_span[0] < draft.clause[0]
        if shared and _speaker_goes_on(text, draft):
            return False
        return not (shared and first_word and first_word[0].lower() in _BACKSHIFTED)
    if first_word and first_word[0].lower() in _REASON_MARKS:
        return False
    return before.endswith((",", ";", "—", "–", "-", ":"))


def _speaker_goes_on(text: str, draft: Draft) -> bool:
    """ "said it was pleased with the ruling and expected to start work in the spring": a
    conjunct of thinking or intending whose borrowed subject is a pronoun for the speaker
    goes on with what the speaker said of itself."""
    assert draft.source_span is not None
    subject = text[draft.source_span[0] : draft.source_span[1]].lower()
    return draft.stance in INNER_STANCES and subject in SELF_PRONOUNS


def _container(draft: Draft, ordered: list[Draft], starts: list[int]) -> Draft | None:
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
