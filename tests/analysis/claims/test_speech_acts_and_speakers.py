"""Claims (issue 16, items 8-9, second round): participles that are speech acts, and
speakers named only when the article makes them sure."""

from __future__ import annotations

import re

from briefing_tui.analysis.claims import find_claims
from briefing_tui.model import Actor, Claim, Mention

#: Opening marks: a direct quote's content starts with its own.
_MARKS = "\"“‘'"


def _claims(nlp, text: str, names: dict[str, str] | None = None) -> tuple[list[Claim], dict]:
    actors = []
    for n, (pattern, kind) in enumerate((names or {}).items(), start=1):
        mentions = [Mention(m.start(), m.end(), m.group()) for m in re.finditer(pattern, text)]
        actors.append(Actor(id=f"a{n}", name=pattern, kind=kind, mentions=mentions))  # type: ignore[arg-type]
    return find_claims(nlp(text), actors), {a.id: a.name for a in actors}


def _contents(text: str, claims: list[Claim]) -> list[str]:
    return [text[c.content.start : c.content.end] for c in claims]


def test_a_participle_that_accuses_is_a_claim(nlp) -> None:
    text = "The governor spoke for an hour on Friday, accusing her of lying about the budget."
    claims, names = _claims(nlp, text, {"governor": "person"})
    assert _contents(text, claims) == ["her of lying about the budget"]
    assert names[claims[0].source] == "governor"


def test_a_participle_that_urges_is_a_claim(nlp) -> None:
    text = "The senator toured the county, encouraging his supporters to visit the polls early."
    claims, _ = _claims(nlp, text)
    assert _contents(text, claims) == ["his supporters to visit the polls early"]


def test_a_participle_with_only_a_topic_stays_out(nlp) -> None:
    text = "Citing the new report, the mayor said the pier would close in May."
    claims, _ = _claims(nlp, text)
    assert _contents(text, claims) == ["the pier would close in May"]


def test_the_one_made_to_admit_is_the_speaker(nlp) -> None:
    text = (
        "The senator also forced the banker, who was under questioning, to admit that "
        "no executives were held accountable."
    )
    claims, names = _claims(nlp, text, {"senator": "person", "banker": "person"})
    assert _contents(text, claims) == ["no executives were held accountable"]
    assert names[claims[0].source] == "banker"


def test_a_quote_signed_after_a_dash_is_the_signers(nlp) -> None:
    text = (
        "Rival sites said they would keep the video online.\n"
        '"So far the river has won every round. But it is a long season." - Tomas Lindqvist\n'
        "The council met again on Monday.\n"
    )
    claims, _ = _claims(nlp, text)
    signed = [c for c in claims if text[c.content.start :].lstrip(_MARKS).startswith("So far")]
    assert len(signed) == 1
    assert signed[0].source_text == "Tomas Lindqvist"


def test_a_quote_led_by_a_misread_cue_is_not_the_previous_speakers(nlp) -> None:
    text = (
        "Heald said the yields had dropped, and that nobody had studied both causes.\n"
        'The U.S. Department of Agriculture notes, "Ground-level ozone causes more damage '
        'to plants than all other air pollutants combined", highlighting air quality.\n'
    )
    claims, _ = _claims(nlp, text)
    quoted = [
        c for c in claims if text[c.content.start :].lstrip(_MARKS).startswith("Ground-level")
    ]
    assert quoted, "the quote is still a claim"
    assert all(c.source_text != "Heald" for c in quoted)
    assert quoted[0].source_text == "The U.S. Department of Agriculture"


def test_a_document_is_not_the_reader_s(nlp) -> None:
    text = (
        "A leaked internal letter seen by the Daily Courier says that late forms may lead "
        "to a claim being closed."
    )
    claims, _ = _claims(nlp, text, {"Daily Courier": "organisation"})
    assert _contents(text, claims) == ["late forms may lead to a claim being closed"]
    assert claims[0].source is None


def test_a_document_released_by_a_body_is_the_body_s(nlp) -> None:
    text = (
        "A report released by the Harbour Authority last month says that the pier "
        "needs urgent repairs."
    )
    claims, names = _claims(nlp, text, {"Harbour Authority": "organisation"})
    assert _contents(text, claims) == ["the pier needs urgent repairs"]
    assert names[claims[0].source] == "Harbour Authority"


def test_a_noun_is_not_the_doer_of_its_past_participle(nlp) -> None:
    text = (
        "Yesterday the navy fired artillery rounds aimed at a loudspeaker on the coast "
        'that broadcasts propaganda. "Commanders were hastily sent to the front-line troops '
        'to destroy the loudspeakers if the broadcasts do not stop within two days."'
    )
    claims, _ = _claims(nlp, text)
    assert all(c.source_text != "artillery rounds" for c in claims)


def test_in_the_words_of_names_the_speaker(nlp) -> None:
    text = (
        "By the end, the boy could barely walk, and in the words of the prosecutor, "
        'Mark Hale, "he spent the last five months of his life in pain."'
    )
    claims, names = _claims(nlp, text, {"Mark Hale": "person"})
    assert _contents(text, claims) == ['"he spent the last five months of his life in pain."']
    assert names[claims[0].source] == "Mark Hale"


def test_a_heading_label_is_no_speaker(nlp) -> None:
    text = "The Latest: Mayor urges residents to save water during the long drought\n"
    claims, _ = _claims(nlp, text)
    assert all(c.source_text != "The Latest" for c in claims)


def test_lets_say_is_a_supposition_not_a_claim(nlp) -> None:
    text = "Let's say you think a degree from a state college will cost $90,000 in ten years."
    claims, _ = _claims(nlp, text)
    assert all(c.source_text not in {"'s", "Let"} for c in claims)
    assert all(c.cue != "say" for c in claims)


def test_a_continued_quote_keeps_the_words_naming_its_speaker(nlp) -> None:
    text = (
        '"The river rose faster than anyone expected this spring," he said. '
        '"Nobody in the valley had time to move the cattle out."'
    )
    claims, _ = _claims(nlp, text)
    assert len(claims) == 1  # one statement, its cue between its two sentences
    assert claims[0].source_text == "he" and claims[0].source_span is not None
    assert len(claims[0].content_parts) == 2


def test_a_place_before_a_title_is_not_the_speaker(nlp) -> None:
    text = "The Ohio governor said the plant would close in June."
    claims, _ = _claims(nlp, text, {"Ohio": "place"})
    assert _contents(text, claims) == ["the plant would close in June"]
    assert claims[0].source is None
    assert claims[0].source_text == "The Ohio governor"


def test_a_country_before_government_is_the_speaker(nlp) -> None:
    text = "The Chilean government said the mine would reopen in June."
    claims, names = _claims(nlp, text, {"Chilean": "country"})
    assert names[claims[0].source] == "Chilean"


def test_who_is_never_a_place(nlp) -> None:
    text = "The change will please farmers in Springfield, who have argued that the dam must go."
    claims, _ = _claims(nlp, text, {"Springfield": "place"})
    assert _contents(text, claims) == ["the dam must go"]
    assert claims[0].source is None


def test_a_speech_is_its_speakers_not_its_venues(nlp) -> None:
    text = (
        "The goal is to make managers plan for the long term, according to a speech "
        "Mrs. Alvarez delivered at Coastal State University in July."
    )
    claims, names = _claims(
        nlp, text, {"Alvarez": "person", "Coastal State University": "organisation"}
    )
    assert names[claims[0].source] == "Alvarez"


def test_a_complement_read_as_a_second_verb_is_the_content(nlp) -> None:
    text = (
        "They estimated by 2050, increasing population and changing diet would "
        "increase world food needs by half."
    )
    claims, _ = _claims(nlp, text)
    assert _contents(text, claims) == [
        "by 2050, increasing population and changing diet would increase world food needs by half"
    ]


def test_two_verbs_joined_by_and_stay_two_acts(nlp) -> None:
    text = "The minister visited the port and opened the new terminal on Monday."
    claims, _ = _claims(nlp, text)
    assert claims == []


def test_a_quote_over_paragraphs_takes_the_speaker_named_later(nlp) -> None:
    text = (
        "The newspaper wrote that the mayor had met both sides on Friday.\n\n"
        '"I have spoken to everyone involved. Nobody wants this to go on all winter.\n\n'
        '"But somebody has to move first," Reyes said.\n'
    )
    claims, names = _claims(nlp, text, {"Reyes": "person", "newspaper": "organisation"})
    quoted = [
        c
        for c in claims
        if text[c.content.start :].lstrip(_MARKS).startswith(("I have", "But some"))
    ]
    assert len(quoted) == 2
    assert all(c.source_text == "Reyes" and names[c.source] == "Reyes" for c in quoted)


def test_asked_is_put_to_the_speaker_not_said_by_her(nlp) -> None:
    text = 'Asked whether she would stay, Shah said: "Where else would I go? This is home."'
    claims, _ = _claims(nlp, text, {"Shah": "person"})
    assert all(c.cue != "Asked" for c in claims)
    assert _contents(text, claims) == ['"Where else would I go? This is home."']


def test_no_matter_what_is_not_a_negated_cue(nlp) -> None:
    text = (
        "Opponents called the vote a stunt.\n\n"
        '"They want a photo op. No matter what anyone says, that is not a hearing," '
        "said Rep. Anna Cole of Vermont.\n"
    )
    claims, names = _claims(nlp, text, {"Anna Cole": "person", "Opponents": "group"})
    quoted = [c for c in claims if text[c.content.start :].lstrip(_MARKS).startswith("They want")]
    assert len(quoted) == 1
    assert names[quoted[0].source] == "Anna Cole"


def test_no_longer_still_negates(nlp) -> None:
    text = "The mayor no longer believes that the bridge can be saved."
    claims, _ = _claims(nlp, text)
    assert claims == []


def test_an_expectation_of_a_thing_is_a_claim(nlp) -> None:
    text = "This year the festival committee expects about two million visitors."
    claims, _ = _claims(nlp, text)
    assert _contents(text, claims) == ["about two million visitors"]
    assert claims[0].stance == "belief"


def test_an_expected_thing_with_no_one_expecting_is_no_claim(nlp) -> None:
    text = "A verdict is expected next week."
    claims, _ = _claims(nlp, text)
    assert claims == []


def test_a_trailing_according_to_vouches_for_the_whole_sentence(nlp) -> None:
    text = (
        "Last year over two million people attended the fair and this year the town "
        "expects about three million visitors according to the fair's website."
    )
    claims, _ = _claims(nlp, text)
    contents = _contents(text, claims)
    assert "about three million visitors" in contents
    assert (
        "Last year over two million people attended the fair and this year the town "
        "expects about three million visitors"
    ) in contents
