"""Claims aligned across articles, and the differences flagged."""

from __future__ import annotations

from briefing_tui.analysis.dossier.actors import merge_actors
from briefing_tui.analysis.dossier.claims import align_claims
from tests.analysis.dossier.helpers import actor, briefing, claim


def _dossier(*articles):
    briefings = [briefing(text, actors, claims) for text, actors, claims in articles]
    return align_claims(briefings, merge_actors(briefings))


def test_the_same_quote_twice_is_one_verbatim_group() -> None:
    q = "The port will stay open through the winter months"
    a = f'Nadia Flores, the minister, spoke. "{q}," Nadia Flores said.'
    b = f'"{q}," said Nadia Flores on Sunday.'
    groups, flags = _dossier(
        (a, [actor(a, "a1", "Nadia Flores", "person")], [claim(a, "c1", "a1", q)]),
        (b, [actor(b, "a1", "Nadia Flores", "person")], [claim(b, "c1", "a1", q)]),
    )
    assert [(g.match, len(g.members)) for g in groups] == [("verbatim", 2)]
    assert flags == []


def test_a_quote_with_one_word_changed_is_a_near_group() -> None:
    a = '"The port will stay open through the winter months," Nadia Flores said.'
    b = '"The port will stay open through the winter season," Nadia Flores said.'
    groups, _ = _dossier(
        (
            a,
            [actor(a, "a1", "Nadia Flores", "person")],
            [claim(a, "c1", "a1", "The port will stay open through the winter months")],
        ),
        (
            b,
            [actor(b, "a1", "Nadia Flores", "person")],
            [claim(b, "c1", "a1", "The port will stay open through the winter season")],
        ),
    )
    assert [g.match for g in groups] == ["near"]


def test_one_speaker_quoted_in_other_words_is_flagged_reworded() -> None:
    first = "We are keeping the harbour open for ships all winter"
    second = "Ships will find the harbour open all winter long, we promise"
    a = f'"{first}," Nadia Flores said.'
    b = f'"{second}," Nadia Flores said.'
    _, flags = _dossier(
        (a, [actor(a, "a1", "Nadia Flores", "person")], [claim(a, "c1", "a1", first)]),
        (b, [actor(b, "a1", "Nadia Flores", "person")], [claim(b, "c1", "a1", second)]),
    )
    assert [f.kind for f in flags] == ["reworded"]
    assert {(r.article, r.id) for r in flags[0].claims} == {(0, "c1"), (1, "c1")}


def test_two_speakers_contradicting_each_other_are_flagged() -> None:
    yes = "the new dam caused the flooding downstream"
    no = "the new dam did not cause the flooding downstream"
    a = f"Farmer Ivo Petrov said {yes}."
    b = f"Engineer Lena Moss said {no}."
    groups, flags = _dossier(
        (a, [actor(a, "a1", "Ivo Petrov", "person")], [claim(a, "c1", "a1", yes, "indirect")]),
        (b, [actor(b, "a1", "Lena Moss", "person")], [claim(b, "c1", "a1", no, "indirect")]),
    )
    assert [f.kind for f in flags] == ["contradiction"]
    assert all(g.match == "single" for g in groups)


def test_one_speaker_saying_two_different_things_is_neither_aligned_nor_flagged() -> None:
    a = "Nadia Flores said the budget for roads would grow next year."
    b = "Nadia Flores said the school in the north had closed."
    groups, flags = _dossier(
        (
            a,
            [actor(a, "a1", "Nadia Flores", "person")],
            [claim(a, "c1", "a1", "the budget for roads would grow next year", "indirect")],
        ),
        (
            b,
            [actor(b, "a1", "Nadia Flores", "person")],
            [claim(b, "c1", "a1", "the school in the north had closed", "indirect")],
        ),
    )
    assert [g.match for g in groups] == ["single", "single"]
    assert flags == []


def test_the_same_speaker_reported_twice_is_one_group_with_its_speaker() -> None:
    a = "Nadia Flores said the harbour would reopen to fishing boats in April."
    b = "The harbour will reopen to fishing boats in April, Nadia Flores said."
    c1 = "the harbour would reopen to fishing boats in April"
    c2 = "The harbour will reopen to fishing boats in April"
    groups, _ = _dossier(
        (a, [actor(a, "a1", "Nadia Flores", "person")], [claim(a, "c1", "a1", c1, "indirect")]),
        (b, [actor(b, "a1", "Nadia Flores", "person")], [claim(b, "c1", "a1", c2, "indirect")]),
    )
    assert len(groups) == 1 and groups[0].match in ("near", "reported")
    assert groups[0].speaker == "d1"


def test_a_short_quote_with_one_content_word_is_still_aligned_word_for_word() -> None:
    q = "We will not rush this"
    a = f'"{q}," said Nadia Flores.'
    b = f'"{q}," Nadia Flores told reporters.'
    groups, _ = _dossier(
        (a, [actor(a, "a1", "Nadia Flores", "person")], [claim(a, "c1", "a1", q)]),
        (b, [actor(b, "a1", "Nadia Flores", "person")], [claim(b, "c1", "a1", q)]),
    )
    assert [g.match for g in groups] == ["verbatim"]
