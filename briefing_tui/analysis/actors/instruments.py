"""Laws, codes and treaties named like actors: "the Harbour Safety Code", "the Convention on
the Protection of Rivers (CPR)". The model labels such a name an organisation now and then,
or cuts it in two ("Coastal Waters Protection" an organisation and "Bill" a person), but a law
binds actors and never is one. A name is an instrument's when its head noun is one of
``lexicon/actors/instrument_heads.txt``: the word before its first "of", "on" or "for"
("Convention on ..."), or else its last word ("... Funding Bill"). A mention inside such a
name, and an acronym bracketed right after one, are the instrument's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.acronyms import acronym_letters, name_before_bracket
from briefing_tui.analysis.doctext import char_span
from briefing_tui.model import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from briefing_tui.analysis.actors.drafts import Draft
    from briefing_tui.model import Mention

#: Small words after which a name's head noun has been said ("Convention on the Law ...").
HEAD_ENDERS = frozenset({"of", "on", "for"})
#: Small words a name runs on through when a capitalised word follows ("Code of the Sea").
RUN_LINKS = HEAD_ENDERS | {"the"}
#: The kinds of actor a law's name is taken for.
TAKEN_KINDS = frozenset({ActorKind.ORGANISATION, ActorKind.PERSON})


def instrument_name(text: str, heads: frozenset[str]) -> bool:
    """Whether a name of two words or more has an instrument's head noun."""
    words = text.split()
    if len(words) < 2:
        return False
    ender = next((i for i, w in enumerate(words) if w in HEAD_ENDERS), len(words))
    return ender > 0 and words[ender - 1].lower().strip(".,") in heads


def _capital(doc: Doc, i: int) -> bool:
    return 0 <= i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper()


def _whole_name(doc: Doc, start: int, end: int) -> str | None:
    """The run of capitalised words (with "of", "on", "for", "the" between them) that the
    mention at ``start:end`` stands in, in its sentence."""
    span = char_span(doc, start, end)
    if span is None:
        return None
    first, last = span.start, span.end
    while first > span.sent.start and _capital(doc, first - 1):
        first -= 1
    while last < span.sent.end:
        if _capital(doc, last):
            last += 1
            continue
        link = last
        while link < span.sent.end and doc[link].lower_ in RUN_LINKS:
            link += 1
        if link == last or not _capital(doc, link):
            break
        last = link + 1
    return doc[first:last].text


def _instrument_mention(doc: Doc, mention: Mention, heads: frozenset[str]) -> bool:
    if mention.kind != "name":
        return False
    whole = _whole_name(doc, mention.start, mention.end)
    if whole is not None and instrument_name(whole, heads):
        return True
    if acronym_letters(mention.text) is None:
        return False
    spelled = name_before_bracket(doc, mention.start, mention.end)
    return spelled is not None and instrument_name(spelled.text, heads)


def drop_instruments(doc: Doc, drafts: list[Draft], heads: frozenset[str]) -> list[Draft]:
    """The drafts without the names of laws and treaties: an organisation's or a person's
    mention that is, or stands in, one is no mention of it ("CPR" bracketed after "the
    Convention on the Protection of Rivers" and taken for the organisation named next to
    it), and a draft whose every name is one is no actor."""
    kept = []
    for draft in drafts:
        if draft.kind not in TAKEN_KINDS:
            kept.append(draft)
            continue
        names = [m for m in draft.mentions if m.kind == "name"]
        # an acronym spelled out once as a law's is the law's wherever it is written
        bound = {m.text for m in names if _instrument_mention(doc, m, heads)}
        if bound and all(m.text in bound for m in names):
            continue
        if bound:
            pairs = [
                (m, h)
                for m, h in zip(draft.mentions, draft.heads, strict=True)
                if not (m.kind == "name" and m.text in bound)
            ]
            draft.mentions = [m for m, _ in pairs]
            draft.heads = [h for _, h in pairs]
        kept.append(draft)
    return kept
