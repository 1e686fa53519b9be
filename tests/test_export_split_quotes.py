"""A quote split by its own cue ('"A," she said, "B."') is shown as its quoted parts."""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text

from briefing_tui.export import claim_sentence, quote_parts
from briefing_tui.model import Actor, Article, Briefing, Claim, ClaimKind, Span
from briefing_tui.ui.widgets.claim_list import append_claim


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part))


def _briefing(text: str, source: str, cue: str) -> tuple[Briefing, Claim]:
    claim = Claim(
        id="c1",
        source="a1",
        source_text=source,
        source_span=_span(text, source),
        cue=cue,
        cue_span=_span(text, cue),
        content=Span(0, len(text)),
        kind=ClaimKind.DIRECT,
    )
    person = Actor("a1", "Ana Ruiz", "person")
    return Briefing(Article(text), actors=[person], claims=[claim]), claim


def test_a_split_quote_has_two_parts_without_its_cue() -> None:
    text = '"The plan is sound," the treasurer, Ana Ruiz, said, "but the money is not there."'
    _briefing_made, claim = _briefing(text, "the treasurer, Ana Ruiz", "said")
    parts = [text[p.start : p.end] for p in quote_parts(text, claim)]
    assert parts == ['"The plan is sound,"', '"but the money is not there."']


def test_a_speaker_named_after_the_cue_is_left_out_too() -> None:
    text = "“The ferry runs again next week,” said Ana Ruiz, the harbour chief. “It is safe.”"
    briefing, claim = _briefing(text, "Ana Ruiz", "said")
    sentence = claim_sentence(briefing.article, briefing, claim)
    assert sentence == "“The ferry runs again next week … It is safe.”, said Ana Ruiz."


def test_the_pane_shows_the_parts_and_the_export_one_quotation() -> None:
    text = '"The plan is sound," she said, "but the money is not there."'
    briefing, claim = _briefing(text, "she", "said")
    line = append_claim(Text(), briefing, claim).plain
    assert line == 'Ana Ruiz said: "The plan is sound," … "but the money is not there."'
    sentence = claim_sentence(briefing.article, briefing, claim)
    assert sentence == "Ana Ruiz said: “The plan is sound … but the money is not there.”"


def test_a_quote_not_split_by_its_cue_is_one_part() -> None:
    text = '"The plan is sound and the money is there," she said.'
    briefing, claim = _briefing(text, "she", "said")
    claim = replace(claim, content=Span(0, text.index(" she")))
    assert quote_parts(text, claim) == [claim.content]
    sentence = claim_sentence(briefing.article, briefing, claim)
    assert sentence == "Ana Ruiz said: “The plan is sound and the money is there”."
