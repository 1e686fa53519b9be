"""A claim nested in a draft that says nothing (an act, a topic) is kept, and a content
the relative clause around its cue left without a word it needs is no claim (invented
texts)."""

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


def test_claim_inside_an_act_is_kept(nlp):
    text = (
        "The valley supports hundreds of small farmers, many of whom say the harvest "
        "has shrunk every year since the dam was built."
    )
    contents = [c for c, _ in _contents(nlp, text)]
    assert any(c.startswith("the harvest has shrunk") for c in contents)


def test_plan_announced_inside_an_act_is_kept(nlp):
    text = (
        "About 900 workers at Telmora Freight walked out on Tuesday after the company "
        "announced plans to close two of its depots near the river."
    )
    contents = [c for c, _ in _contents(nlp, text)]
    assert any(c.startswith("to close two of its depots") for c in contents)


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


def test_relative_that_stays_out_of_the_content(nlp):
    text = (
        "The firm agreed to sell a cement plant that regulators said would otherwise "
        "have left builders in the north with a single supplier."
    )
    contents = [c for c, _ in _contents(nlp, text)]
    assert any(c.startswith("would otherwise have left builders") for c in contents)
    assert not any(c.startswith("that regulators") for c in contents)


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
