"""A quotation split by its own cue is one claim; parts of other quotes stay apart."""

from __future__ import annotations

import re

import pytest

from briefing_tui.analysis.claims import find_claims
from briefing_tui.model import Actor, Claim, Mention


def _claims(nlp, text: str, names: tuple[str, ...] = ()) -> tuple[list[Claim], dict[str, str]]:
    actors = [
        Actor(
            id=f"a{n}",
            name=name,
            kind="person",
            mentions=[Mention(m.start(), m.end(), m.group()) for m in re.finditer(name, text)],
        )
        for n, name in enumerate(names, start=1)
    ]
    return find_claims(nlp(text), actors), {a.id: a.name for a in actors}


def _contents(text: str, claims: list[Claim]) -> list[str]:
    return [text[c.content.start : c.content.end] for c in claims]


@pytest.mark.parametrize(
    "text",
    [
        '"The ferry will run again next week," said Ana Ruiz, the harbour chief. '
        '"We have repaired both engines and tested them at sea."',
        '"Nobody expected the storm to hit the valley so hard," Ana Ruiz told reporters '
        'on Tuesday, "and we were not ready for the floods."',
    ],
)
def test_a_quote_split_by_its_cue_is_one_claim_from_first_mark_to_last(nlp, text: str) -> None:
    claims, names = _claims(nlp, text, ("Ana Ruiz",))
    assert _contents(text, claims) == [text]
    assert claims[0].kind == "direct"
    assert names[claims[0].source] == "Ana Ruiz"
    assert claims[0].id == "c1" and claims[0].cue_span is not None
    assert text[claims[0].cue_span.start : claims[0].cue_span.end] in {"said", "told"}


def test_a_next_quote_with_a_cue_of_its_own_is_a_claim_of_its_own(nlp) -> None:
    text = (
        '"The school will stay open all summer," the head teacher, Tom Berg, said. '
        '"The teachers have agreed to it," he added, "and so have the parents."'
    )
    claims, _ = _claims(nlp, text, ("Tom Berg",))
    first_end = text.index(" the head")
    second = text.index('"The teachers')
    assert _contents(text, claims) == [text[:first_end], text[second:]]
    assert [c.cue for c in claims] == ["said", "added"]


@pytest.mark.parametrize(
    "text",
    [
        # two speakers
        '"The port needs a new crane this year," the harbour master said. '
        '"It does not need one at all," the minister replied.',
        # a paragraph break between the parts
        '"The bridge is safe for traffic again," the engineer said.\n\n'
        '"We tested every cable twice before we opened it to the public."',
        # narration between the parts
        '"The road will be closed for a whole month," the mayor said. '
        "The council voted on the plan on Monday. "
        '"Drivers should use the ring road until then."',
        # a clause of narration in the cue's own sentence
        '"The port needs a new crane this year," the harbour master said as the ship '
        'docked behind him. "Without it we will lose the trade to the north."',
    ],
)
def test_quotes_apart_stay_apart(nlp, text: str) -> None:
    claims, _ = _claims(nlp, text)
    contents = _contents(text, claims)
    assert len(contents) >= 2
    assert all(content.count('"') <= 2 for content in contents)
