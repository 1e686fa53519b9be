"""Session 17, a claim's content is the whole of what was said under its cue
(``claims/coordinated.py``, ``claims/conjuncts.py``): a second "that" clause the parse
hung on the cue, the predicate of a content the parse cut to its subject, and a reported
future after ", and would"; never a second statement or the writer's own clause."""

from __future__ import annotations

from .test_joined import _claims


def test_a_second_that_clause_hung_on_the_cue_stays_in_the_content(nlp) -> None:
    text = (
        "The fire brigade said it was not yet known whether anyone had been inside the "
        "barn, and that crews would search it at dawn.\n"
    )
    (claim,) = _claims(nlp, text)
    assert claim.words(text) == (
        "it was not yet known whether anyone had been inside the barn, and that crews "
        "would search it at dawn"
    )


def test_a_content_cut_to_its_subject_keeps_its_predicate(nlp) -> None:
    text = "Engineers said the damage found on the lower deck so far was limited.\n"
    (claim,) = _claims(nlp, text)
    assert claim.words(text) == "the damage found on the lower deck so far was limited"


def test_a_subject_with_a_participle_read_as_a_past_keeps_its_predicate(nlp) -> None:
    text = (
        "Teachers said pupils enrolled in the spring term would be able to finish their courses.\n"
    )
    (claim,) = _claims(nlp, text)
    assert claim.words(text) == (
        "pupils enrolled in the spring term would be able to finish their courses"
    )


def test_a_reported_future_after_a_comma_stays_in_the_content(nlp) -> None:
    text = (
        "A farmers' group said it was collecting signatures from growers in the valley, "
        "and would deliver them to the ministry if the tariff was not withdrawn.\n"
    )
    (claim,) = _claims(nlp, text)
    assert claim.words(text) == (
        "it was collecting signatures from growers in the valley, and would deliver them "
        "to the ministry if the tariff was not withdrawn"
    )


def test_a_second_cue_is_a_claim_of_its_own(nlp) -> None:
    text = "Ana Ruiz said the bridge was safe and urged drivers to be patient.\n"
    said, urged = _claims(nlp, text, "Ana Ruiz")
    assert said.words(text) == "the bridge was safe"
    assert urged.cue == "urged"


def test_the_writers_own_clause_after_but_stays_out(nlp) -> None:
    text = "Ana Ruiz said the plan was flawed, but the council did not respond.\n"
    (claim,) = _claims(nlp, text, "Ana Ruiz")
    assert claim.words(text) == "the plan was flawed"


def test_a_second_that_clause_after_a_relative_cue_is_not_the_relatives(nlp) -> None:
    text = (
        "Tom Hale said the lab had found no trace of the drug in the samples, which he said "
        "was inconsistent with regular use, and that two other riders had tested positive.\n"
    )
    contents = [c.words(text) for c in _claims(nlp, text, "Tom Hale")]
    assert not any(c.startswith("was inconsistent") and "two other riders" in c for c in contents)
