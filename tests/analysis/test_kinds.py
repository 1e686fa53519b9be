"""The kinds of actors, claims and questions: one definition each, written as plain strings."""

from __future__ import annotations

import json

from briefing_tui.export import briefing_to_markdown
from briefing_tui.model import (
    QUESTION_KIND_INFO,
    Actor,
    ActorKind,
    Article,
    Briefing,
    Claim,
    ClaimKind,
    Mention,
    Question,
    QuestionKind,
    Span,
)

TEXT = "Ann Lee said the bridge would open. Will it open? Nobody knows."


def _briefing(actor_kind, claim_kind, question_kinds) -> Briefing:
    return Briefing(
        article=Article(TEXT, title="Bridge", source="bridge.txt"),
        actors=[Actor("a1", "Ann Lee", actor_kind, [Mention(0, 7, "Ann Lee", "name")])],
        claims=[
            Claim("c1", "a1", "Ann Lee", Span(0, 7), "said", Span(8, 12), Span(13, 34), claim_kind)
        ],
        questions=[
            Question(f"q{i}", "Will the bridge open?", kind, [Span(0, 35)])
            for i, kind in enumerate(question_kinds, start=1)
        ],
    )


def test_kinds_are_written_as_their_plain_values():
    assert json.dumps([ActorKind.PERSON, ClaimKind.ACCORDING_TO, QuestionKind.PENDING]) == (
        '["person", "according_to", "pending"]'
    )
    assert f"[{QuestionKind.EXPECTATION}]" == "[expectation]"
    assert ClaimKind.INDIRECT == "indirect"


def test_the_contract_reads_the_same_with_members_or_plain_strings():
    members = _briefing(ActorKind.COUNTRY, ClaimKind.MIXED, [QuestionKind.DISPUTED])
    strings = _briefing("country", "mixed", ["disputed"])
    assert json.dumps(members.to_json()) == json.dumps(strings.to_json())


def test_a_briefing_round_trips_to_the_same_json_with_kinds_as_members():
    briefing = _briefing(ActorKind.GROUP, ClaimKind.DIRECT, list(QuestionKind))
    written = json.dumps(briefing.to_json(), sort_keys=True)
    read = Briefing.from_json(json.loads(written))
    assert json.dumps(read.to_json(), sort_keys=True) == written
    assert read.actors[0].kind is ActorKind.GROUP
    assert read.claims[0].kind is ClaimKind.DIRECT
    assert [q.kind for q in read.questions] == list(QuestionKind)


def test_a_claim_without_a_kind_reads_as_indirect():
    data = _briefing(ActorKind.PERSON, ClaimKind.DIRECT, []).to_json()
    del data["claims"][0]["kind"]
    assert Briefing.from_json(data).claims[0].kind is ClaimKind.INDIRECT


def test_every_question_kind_has_a_heading_and_its_own_priority():
    assert set(QUESTION_KIND_INFO) == set(QuestionKind)
    priorities = [info.priority for info in QUESTION_KIND_INFO.values()]
    assert len(set(priorities)) == len(priorities)
    assert all(info.heading and 0 < info.weight <= 1 for info in QUESTION_KIND_INFO.values())


def test_markdown_lists_questions_under_their_headings_in_table_order():
    briefing = _briefing(ActorKind.PERSON, ClaimKind.INDIRECT, reversed(list(QuestionKind)))
    markdown = briefing_to_markdown(briefing)
    headings = [line[4:] for line in markdown.splitlines() if line.startswith("### ")]
    expected = [info.heading for info in QUESTION_KIND_INFO.values()]
    assert headings[-len(expected) :] == expected
