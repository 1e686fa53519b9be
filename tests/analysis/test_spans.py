"""Looking actors up by the character range of a mention."""

from __future__ import annotations

from briefing_tui.analysis.spans import actor_at
from briefing_tui.model import Actor, Mention


def test_actor_at_prefers_the_largest_overlap_then_the_tightest_mention():
    actors = [
        Actor("a1", "Donald Trump", "person", [Mention(0, 16, "the US president", "title")]),
        Actor("a2", "United States", "country", [Mention(4, 6, "US", "name")]),
    ]
    assert actor_at(actors, 0, 16) == "a1"
    assert actor_at(actors, 4, 6) == "a2"
    assert actor_at(actors, 20, 30) is None
    actors[1].mentions.append(Mention(40, 42, "US", "name"))
    assert actor_at(actors, 40, 42) == "a2"  # the index follows a changed list


def test_an_empty_range_finds_the_mention_around_it():
    actors = [Actor("a1", "Ann Lee", "person", [Mention(10, 17, "Ann Lee", "name")])]
    assert actor_at(actors, 12, 12) == "a1"
    assert actor_at(actors, 17, 17) is None
