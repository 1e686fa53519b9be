"""Names given in quotation marks, and their clipped forms (invented texts)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def actor_named(doc, name: str):
    found = [a for a in find_actors(doc) if a.name == name]
    assert len(found) == 1, [a.name for a in find_actors(doc)]
    return found[0]


def test_a_quoted_name_after_an_agent_noun_is_an_actor_and_its_clipped_form_joins_it(nlp):
    doc = nlp(
        "The attack on the council website was launched by a group calling itself "
        '"Nullsec". A blogger wrote: "Nulls declares war on the council." '
        "Mayor Ann Lee said the site would return."
    )
    nullsec = actor_named(doc, "Nullsec")
    assert {doc.text[m.start : m.end] for m in nullsec.mentions} == {"Nullsec", "Nulls"}


def test_a_quoted_title_after_a_thing_noun_is_no_actor(nlp):
    doc = nlp('Fans queued for a film called "Nightfall" on Friday, critic Ann Lee said.')
    assert "Nightfall" not in [a.name for a in find_actors(doc)]
