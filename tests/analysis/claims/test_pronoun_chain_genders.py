"""A "she" goes on with the speaker of the claim before even when men are named between
(issue 16, item 9; ``pronoun_chain._others_between``), and a name the parse made the
root of its sentence is the subject of the "-ed" cue after its relative clause
(``verbs._main_verb_read_as_participle``). Every text is invented."""

from __future__ import annotations

import re

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims
from briefing_tui.model import Actor, Mention

TEXT = (
    "Rina Sola criticised the government on Monday. Sola called on President Tom Berg to "
    'suspend his aide, Carl Moss. "He has nothing to hide," she told supporters.'
)


def _actors(text: str, names: dict[str, str]) -> list[Actor]:
    actors = []
    for n, (pattern, kind) in enumerate(names.items(), start=1):
        mentions = [
            Mention(m.start(), m.end(), m.group(), "pronoun" if m.group().islower() else "name")
            for m in re.finditer(pattern, text)
        ]
        actors.append(Actor(id=f"a{n}", name=pattern, kind=kind, mentions=mentions))  # type: ignore[arg-type]
    return actors


def test_she_is_not_blocked_by_men_named_between(nlp):
    actors = _actors(
        TEXT,
        {"Rina Sola|Sola": "person", "President Tom Berg|his": "person", "Carl Moss": "person"},
    )
    claims = find_claims(nlp(TEXT), actors)
    told = [c for c in claims if c.cue == "told"]
    assert told and told[0].source == "a1"


def test_she_is_blocked_by_a_woman_named_between(nlp):
    text = TEXT.replace("President Tom Berg", "President Ana Berg").replace("his", "her")
    actors = _actors(
        text,
        {"Rina Sola|Sola": "person", "President Ana Berg|her": "person", "Carl Moss": "person"},
    )
    told = [c for c in find_claims(nlp(text), actors) if c.cue == "told"]
    assert told and told[0].source is None


def test_a_name_set_off_by_a_relative_clause_is_the_subject_of_its_cue(nlp):
    text = (
        "Rina Sola, who finished second in the first round on April 6 with 38 percent, "
        "called on the president to suspend his aide until the inquiry was over."
    )
    doc = nlp(text)
    actors = find_actors(doc)
    names = {a.id: a.name for a in actors}
    called = [c for c in find_claims(doc, actors) if c.cue == "called"]
    assert called and names.get(called[0].source) == "Rina Sola"
