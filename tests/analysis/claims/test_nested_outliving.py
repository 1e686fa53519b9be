"""A content the relative clause around its cue left without a word it needs is no claim;
a quote keeps the speaker of a cue that says nothing; "that" opening a complement is no
inserted cue (invented texts)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors
from briefing_tui.analysis.claims.find import find_claims


def _contents(nlp, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    actors = find_actors(doc)
    names = {a.id: a.name for a in actors}
    return [
        (text[c.content.start : c.content.end], names.get(c.source) if c.source else None)
        for c in find_claims(doc, actors)
    ]


def test_quote_keeps_the_speaker_of_a_cue_that_says_nothing(nlp):
    text = (
        '"This council has lost its way," said Ana Ruiz, the Green leader, who tabled '
        'the motion at the town hall. "It cannot set a budget and it cannot keep a '
        'promise to anyone in this town."'
    )
    speakers = {s for c, s in _contents(nlp, text) if "cannot set a budget" in c}
    assert speakers == {"Ana Ruiz"}


def test_free_relative_content_is_no_claim(nlp):
    text = (
        "The gang posted what it said were copies of the files and threatened to "
        "publish the rest on Friday."
    )
    assert not any(c.startswith("were copies") for c, _ in _contents(nlp, text))


def test_object_gap_content_is_no_claim(nlp):
    text = (
        "Berg waved a contract, which he said his lawyer had obtained, in front of the "
        "committee on Monday."
    )
    assert not any(c.startswith("his lawyer had obtained") for c, _ in _contents(nlp, text))


def test_that_complement_is_no_inserted_cue(nlp):
    text = (
        "Mayor Ana Ruiz told the Harbour Courier, a weekly in the port city, that she had "
        "asked the council for written answers but had not received any."
    )
    found = _contents(nlp, text)
    assert any(c.startswith("she had asked the council") and s == "Ana Ruiz" for c, s in found)
    assert not any(c.startswith("Mayor Ana Ruiz told") for c, _ in found)


def test_demonstrative_that_keeps_its_content(nlp):
    text = (
        "Tom Berg spoke for an hour. That is why, he argued, the council should wait "
        "for the audit before it votes."
    )
    contents = [c for c, _ in _contents(nlp, text)]
    assert not any(c.startswith("the council should wait") for c in contents)


def test_relative_that_as_the_cue_object_stays_in_the_content(nlp):
    text = (
        "The mayor faced questions over the mood of distrust toward tenants that critics "
        "blame for emptying the old quarter in the first place."
    )
    contents = [c for c, _ in _contents(nlp, text)]
    assert not any(c.startswith("emptying the old quarter") for c in contents)
