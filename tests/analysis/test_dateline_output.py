"""No dateline in anything the analysis shows: actor names, claim sources and contents,
questions shown or held back, for every form a dateline takes (invented articles)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Article, Briefing


def _briefing(nlp, text: str) -> Briefing:
    return analyze_doc(nlp(text), Article(text=text))


def _shown_texts(briefing: Briefing, text: str) -> list[str]:
    """Every text a reader sees: actor names, claim sources and contents, questions."""
    shown = [a.name for a in briefing.actors]
    for claim in briefing.claims:
        shown.append(claim.source_text or "")
        shown.append(text[claim.content.start : claim.content.end])
    shown += [q.question for q in (*briefing.questions, *briefing.held_back_questions)]
    return shown


def _holding(shown: list[str], place: str) -> list[str]:
    """The shown texts that carry the dateline's place in its capitals or before its dash."""
    marks = re.compile(rf"{re.escape(place)}|(?i:{re.escape(place)})\W{{0,3}}[-\u2013\u2014:]")
    return [s for s in shown if marks.search(s)]


#: Invented openings of every dateline form, with the place as the dateline writes it.
OPENINGS = [
    (
        "BRAMHOLT - Tenants of the Ostler estate said on Monday they would sue the housing "
        "board unless it repairs the heating before winter.\n\n"
        "The board said it would answer the tenants by Friday.",
        "BRAMHOLT",
    ),
    (
        "FENRICK, Ostland (AP) - Sprint champion Mara Velt will face a disciplinary hearing on "
        "May 4 over three missed drug tests, the Ostland Athletics Union said on Thursday.\n\n"
        "Velt said she had never tried to hide from anyone.",
        "FENRICK",
    ),
    (
        "CASTOR BAY \u2014 Orlen Motors will recall about 60,000 delivery vans because their "
        "steering columns can crack, the company said on Wednesday.\n\n"
        "The transport ministry said it would investigate whether Orlen Motors knew of the "
        "fault.",
        "CASTOR BAY",
    ),
    (
        "WENDALE, Sept. 8 (Wire) \u2013 Dock workers at the port of Wendale will walk out on "
        "Monday if the port authority does not raise wages, the Dockworkers Union said.\n\n"
        "The port authority said it had offered a raise of 3 percent.",
        "WENDALE",
    ),
    (
        "HOLMGARD: Brask Milling said on Friday it would recall about 40,000 bags of flour "
        "because some may contain metal fragments.\n\n"
        "The national food agency said it would inspect the mill next week.",
        "HOLMGARD",
    ),
    (
        "Tessaly, Morvania \u2014 The Morvanian maritime regulator said on Tuesday it had "
        "opened an inquiry into whether Nordwave Ferries cut safety inspections.\n\n"
        "Nordwave said it had followed every rule.",
        "Tessaly, Morvania",
    ),
]


@pytest.mark.parametrize(("text", "place"), OPENINGS, ids=[p for _, p in OPENINGS])
def test_no_shown_item_holds_the_dateline(nlp, text, place):
    headed = f"A story from {place.split(',')[0].title()}\n\n{text}"
    shown = _shown_texts(_briefing(nlp, headed), headed)
    assert _holding(shown, place) == [], shown


def test_a_question_and_its_claim_do_not_take_the_dateline_in(nlp):
    text = (
        "BRENDALE - Residents of the Ashby district said on Wednesday they would sue the "
        "city's water utility unless it pays for bottled water and independent testing."
    )
    briefing = _briefing(nlp, text)
    assert [c.source_text for c in briefing.claims] == ["Residents of the Ashby district"]
    asked = [q.question for q in (*briefing.questions, *briefing.held_back_questions)]
    assert asked and not any("BRENDALE" in q or "bRENDALE" in q for q in asked), asked
    assert not any(q.startswith(("Would Residents", "Will Residents")) for q in asked), asked
    # the model's name "BRENDALE - Residents of the" breaks off mid-phrase: no actor, and
    # no question cut where it broke off ("Would residents of the sue ...?")
    assert not any(a.name.endswith(" the") for a in briefing.actors), briefing.actors
    assert any(q.startswith("Will residents sue the city's water utility") for q in asked), asked


def test_an_organisation_the_model_ran_into_the_dateline_is_named_alone(nlp):
    text = (
        "CORWICK - Halden Motors said on Wednesday it would recall about 240,000 sport "
        "utility vehicles because their brake lines can corrode.\n\n"
        "Halden said dealers would begin replacing brake lines in January."
    )
    briefing = _briefing(nlp, text)
    names = [a.name for a in briefing.actors]
    assert "Halden Motors" in names and not any("CORWICK" in n for n in names), names
    first = briefing.claims[0]
    assert first.source_text == "Halden Motors"


def test_the_country_after_a_dateline_speaks_not_the_town(nlp):
    text = (
        "VELSKAR, Kazakhstan \u2014 Kazakhstan on Wednesday accused neighboring Kyrgyzstan "
        "of releasing water from a border reservoir without warning."
    )
    briefing = _briefing(nlp, text)
    names = {a.id: a.name for a in briefing.actors}
    accused = next(c for c in briefing.claims if c.cue == "accused")
    assert accused.source_text == "Kazakhstan"
    assert names.get(accused.source or "") == "Kazakhstan"


def test_a_dateline_before_a_colon_is_no_speaker(nlp):
    text = (
        "HOLMGARD: Brask Milling said on Friday it would recall about 40,000 bags of flour "
        "because some may contain metal fragments."
    )
    briefing = _briefing(nlp, text)
    assert all(c.cue != ":" for c in briefing.claims), briefing.claims
    assert all(a.name != "HOLMGARD" for a in briefing.actors)


def test_a_wire_agency_named_only_in_the_dateline_is_no_actor(nlp):
    text = (
        "TALMOUTH (Wire) - The harbour board said on Monday it would close the north quay for "
        "repairs.\n\nThe board said the work would take six weeks."
    )
    names = [a.name for a in _briefing(nlp, text).actors]
    assert "Wire" not in names and "TALMOUTH" not in names, names


def test_a_speaker_label_in_capitals_stays_a_speaker(nlp):
    text = (
        "KESTLER: We will cut the fuel tax in the first month of the new term.\n"
        "MORAN: The fuel tax pays for the roads and the bridges in every county.\n"
        "KESTLER: Then the roads will be paid for out of the savings we make."
    )
    briefing = _briefing(nlp, text)
    assert sum(c.cue == ":" for c in briefing.claims) == 3, briefing.claims


_PLACES = st.sampled_from(["ORBISTON", "LOWER MARSH", "KELLAND", "PORT ALVER"])
_REGIONS = st.sampled_from(["", ", Norland", ", Vessia", ", Oct. 3"])
_AGENCIES = st.sampled_from(["", " (AP)", " (Wire)"])
_DASHES = st.sampled_from([" - ", " \u2014 ", " \u2013 "])
_BODIES = st.sampled_from(
    [
        "Nurses at the Orbis clinic said on Monday they would strike unless the health board "
        "raises their pay.",
        "Vantor Energy will close two coal plants next year, the company said on Tuesday.",
        "A judge on Friday refused to order a new trial for Alan Brice, the former county "
        "treasurer.",
        "Officials said they had not yet found what caused the fire at the Ketter warehouse.",
    ]
)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(place=_PLACES, region=_REGIONS, agency=_AGENCIES, dash=_DASHES, body=_BODIES)
def test_no_generated_dateline_reaches_the_output(nlp, place, region, agency, dash, body):
    text = f"{place}{region}{agency}{dash}{body}\n\nThe council will meet on Thursday."
    shown = _shown_texts(_briefing(nlp, text), text)
    assert _holding(shown, place) == [], shown
