"""The one place datelines are found: their forms, where they end, what they leave out."""

from __future__ import annotations

import pytest

from briefing_tui.analysis.datelines import (
    clip,
    dateline_end,
    dateline_place,
    doc_datelines,
    within_datelines,
    without_dateline,
)

_HEAD = "A headline without a full stop\nMonday, May 4, 2026\n\n"
_BODY = "The harbour board said on Monday it would close the north quay."


@pytest.mark.parametrize(
    "opening",
    [
        "ORSK - ",
        "PORT LEVEN \u2014 ",
        "KESSLAR, Morvania (AP) - ",
        "HARLOW BAY, May 3 (Wire) \u2014 ",
        "WINTON-ON-SEA, Norland \u2013 ",
        "DUNMOOR: ",
        "Kessane, Velmora \u2014 ",
        "Kessane (Wire) - ",
    ],
)
def test_every_form_of_an_opening_dateline_is_found_up_to_the_next_word(nlp, opening):
    text = f"{_HEAD}{opening}{_BODY}"
    doc = nlp(text)
    start = len(_HEAD)
    assert doc_datelines(doc) == ((start, start + len(opening)),)


@pytest.mark.parametrize(
    "text",
    [
        _BODY,
        "Meanwhile, Russia \u2014 which denies any role \u2014 said it would send observers.",
        "Officials at NATO - the alliance - said on Monday it would send observers.",
        "The board met on Monday.\n\nKessane, Velmora \u2014 the port town \u2014 will vote.",
        "SMITH: We will cut the fuel tax next year.\nJONES: The fuel tax pays for roads.\n"
        "SMITH: Then the roads will be paid for from savings.",
    ],
)
def test_openings_that_are_no_dateline_are_left_alone(nlp, text):
    assert doc_datelines(nlp(text)) == ()


def test_a_dateline_in_capitals_opens_any_paragraph_but_the_text_only_form_asks_a_line_start():
    text = "The board met.\nORSK - The quay closed."
    assert dateline_end(text, text.index("ORSK")) == text.index("The quay")
    assert dateline_end(text, 4) is None


def test_spans_are_clipped_at_the_dateline_end_and_others_kept(nlp):
    text = "ORSK, Norland (Wire) - Halden Motors said it would recall 9,000 vans."
    doc = nlp(text)
    name = text.index("Halden")
    assert clip(doc, 0, name + len("Halden Motors")) == (name, name + len("Halden Motors"))
    assert clip(doc, name, len(text)) == (name, len(text))
    assert clip(doc, 0, 4) == (0, 4)  # the town itself stays a mention
    assert dateline_place(doc, 0, 4) and dateline_place(doc, 6, 13)
    assert not dateline_place(doc, text.index("Wire"), text.index("Wire") + 4)
    assert within_datelines(doc, [(0, 4), (text.index("Wire"), text.index("Wire") + 4)])
    assert not within_datelines(doc, [(0, 4), (name, name + 6)])
    assert not within_datelines(doc, [])


@pytest.mark.parametrize(
    ("text", "asked", "clean"),
    [
        (
            "BRENDALE - Residents of the Ashby district said they would sue the utility.",
            "Would BRENDALE - Residents sue the utility?",
            "Would residents sue the utility?",
        ),
        (
            "BRENDALE - Residents of the Ashby district said they would sue the utility.",
            "Would bRENDALE - Residents sue the utility?",
            "Would residents sue the utility?",
        ),
        (
            "KERRSHOLM, Velmora (AP) - Katya Renn will face a hearing on June 3.",
            "Will KERRSHOLM, Velmora (AP) - Katya Renn face a hearing on June 3?",
            "Will Katya Renn face a hearing on June 3?",
        ),
        (
            "HALDEN, March 3 - Dock workers at the port will walk out on Monday.",
            "HALDEN, will March 3 - Dock workers at the port walk out on Monday?",
            "Will Dock workers at the port walk out on Monday?",
        ),
        (
            "ORBISTON (AP) - Vantor Energy will close two coal plants next year.",
            "ORBISTON, will Vantor Energy close two coal plants next year?",
            "Will Vantor Energy close two coal plants next year?",
        ),
        (
            "Kessane, Velmora \u2014 The regulator will open an inquiry into the port of Kessane.",
            "Will the regulator open an inquiry into the port of Kessane?",
            "Will the regulator open an inquiry into the port of Kessane?",
        ),
    ],
)
def test_a_question_loses_the_dateline_it_took_in(nlp, text, asked, clean):
    assert without_dateline(asked, nlp(text)) == clean


def test_without_a_doc_a_dateline_in_capitals_before_a_name_is_taken_out():
    assert without_dateline("Will TARVIK - Osgood Appliances recall 9,000 vans?") == (
        "Will Osgood Appliances recall 9,000 vans?"
    )
    kept = "Will the NATO summit - the first since March - agree on the plan?"
    assert without_dateline(kept) == kept
