"""Names inside and around organisations' names, session 11 (issue 16 item 3): a place named
only inside such names is no actor, and an organisation's one-word name written again where
the model did not see it is a mention of it (invented sentences)."""

from __future__ import annotations

from briefing_tui.model import Actor
from tests.analysis.readers import actors_by_name as by_name


def spans(actor: Actor) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in actor.mentions]


def test_a_country_named_only_inside_an_agency_name_is_no_actor(nlp):
    text = (
        "The Norway Fisheries Directorate said on Monday that the stocks had recovered "
        "after three cold winters."
    )
    actors = by_name(nlp, text)
    assert "Norway" not in actors


def test_a_country_ending_an_agency_name_stays_the_agency_s(nlp):
    text = (
        "Norway raised its fishing quota on Monday. A spokeswoman for Fisheries Norway "
        "said the stocks had recovered after three cold winters."
    )
    actors = by_name(nlp, text)
    inner = text.index("Fisheries Norway") + len("Fisheries ")
    assert (inner, inner + len("Norway")) not in spans(actors["Norway"])


RAVELT = (
    "Ravelt Telecom cuts jobs. Ravelt said on Monday it would close two plants. The "
    "Ravelt-owned plants employ 900 people, Ravelt spokesman Jo Pike said."
)


def test_an_organisations_one_word_name_written_again_unseen_is_a_mention(nlp):
    actors = by_name(nlp, RAVELT)
    inner = RAVELT.index("Ravelt-owned")
    assert (inner, inner + len("Ravelt")) in spans(actors["Ravelt Telecom"])


def test_a_one_word_name_inside_a_longer_word_is_no_mention(nlp):
    text = RAVELT.replace("Ravelt-owned", "Raveltowned")
    actors = by_name(nlp, text)
    inner = text.index("Raveltowned")
    assert all(not (s <= inner < e) for s, e in spans(actors["Ravelt Telecom"]))
