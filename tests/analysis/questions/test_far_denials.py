"""A denial far from the claim it answers (more than two sentences) is paired with it when
it restates the same accused act; a far claim about another act is not."""

from __future__ import annotations

from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Article

_FILLER = (
    "The river supplies water to about 9,000 people. The town's mayor, Tom Reed, said the "
    "council would meet on the matter. Local farmers have also complained about the smell. "
)


def _disputes(nlp, text: str):
    doc = nlp(text)
    briefing = analyze_doc(doc, Article(text=text))
    return [q for q in briefing.questions if q.kind == "disputed"], text


def test_a_far_denial_of_the_same_act_lists_both_sides(nlp) -> None:
    text = (
        "Fishermen in Halden say the Tarva Paper Mill dumped dye into the Sela river last "
        "spring. " + _FILLER + "In a statement, the Tarva Paper Mill denied that it had dumped "
        "dye into the river."
    )
    found, text = _disputes(nlp, text)
    assert len(found) == 1
    evidence = [text[e.start : e.end] for e in found[0].evidence]
    assert any(e.startswith("Fishermen in Halden say") for e in evidence), evidence
    assert any("denied" in e for e in evidence), evidence


def test_a_far_claim_about_another_act_is_not_paired(nlp) -> None:
    text = (
        "Fishermen in Halden say the Tarva Paper Mill hired new guards last spring. "
        + _FILLER
        + "In a statement, the Tarva Paper Mill denied that it had dumped dye into the river."
    )
    found, text = _disputes(nlp, text)
    for question in found:
        evidence = [text[e.start : e.end] for e in question.evidence]
        assert not any(e.startswith("Fishermen") for e in evidence), evidence


def test_a_far_claim_accusing_someone_else_of_the_act_is_not_paired(nlp) -> None:
    text = (
        "Fishermen in Halden say a passing tanker dumped dye into the Sela river last "
        "spring. " + _FILLER + "In a statement, the Tarva Paper Mill denied that it had dumped "
        "dye into the river."
    )
    found, text = _disputes(nlp, text)
    for question in found:
        evidence = [text[e.start : e.end] for e in question.evidence]
        assert not any(e.startswith("Fishermen") for e in evidence), evidence
