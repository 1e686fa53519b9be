"""Groups named by what their members are: "hackers", "the researchers" (invented texts)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def groups(doc) -> dict[str, list[str]]:
    return {
        a.name: [doc.text[m.start : m.end] for m in a.mentions]
        for a in find_actors(doc)
        if a.kind == "group"
    }


def test_hackers_who_act_and_are_named_again_are_a_group(nlp):
    doc = nlp(
        "Hackers attack city council website\n\n"
        "The council's website was shut down on Monday after it was attacked by hackers. "
        "Mayor Ann Lee said the site would return."
    )
    assert groups(doc).get("hackers") == ["Hackers", "hackers"]


def test_counted_or_qualified_crowds_are_no_group(nlp):
    doc = nlp(
        "Some hackers attacked the council website on Monday. "
        "Seven hackers were arrested, Mayor Ann Lee said."
    )
    assert "hackers" not in groups(doc)


def test_a_crowd_written_once_is_no_group(nlp):
    doc = nlp("Researchers found that ozone harms wheat, Professor Ann Lee said on Monday.")
    assert groups(doc) == {}


def test_some_of_a_crowd_picked_out_after_the_noun_is_no_mention_of_it(nlp):
    doc = nlp(
        "Lawmakers voted on the plan on Thursday. Lawmakers from the left walked out, "
        "Speaker Ann Lee said."
    )
    assert "lawmakers" not in groups(doc)
