"""An appeal or a complaint lodged with a named body, or to be lodged, is asked as the
body's decision ("Will the Court of Arbitration for Sport uphold Ana Lind's appeal?"); an
appeal only possible, refused or supposed, one with no named party, and one the article
tells decided ask nothing here."""

from __future__ import annotations

from .helpers import analysed


def _court(nlp, text: str) -> list[tuple[str | None, str | None]]:
    found = analysed(nlp, text)
    return [(f.veto, f.question) for f in found.findings if f.family == "court"]


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def test_an_appeal_lodged_with_a_named_body_asks_whether_it_will_uphold_it(nlp) -> None:
    text = (
        "The Selo Cycling Union banned Ana Lind for two years in March. Lind appealed the "
        "ban to the Court of Arbitration for Sport in May."
    )
    assert "Will the Court of Arbitration for Sport uphold Ana Lind’s appeal?" in _shown(nlp, text)


def test_the_decision_appealed_is_named_where_its_words_tell_which(nlp) -> None:
    text = (
        "The Selo Cycling Union handed Ana Lind a four-year doping ban in March. Ana Lind "
        "has lodged an appeal against the four-year ban with the Court of Arbitration for Sport."
    )
    assert (
        "Will the Court of Arbitration for Sport uphold Ana Lind’s appeal against the "
        "four-year ban?" in _shown(nlp, text)
    )


def test_a_complaint_filed_with_a_named_body_is_asked_the_same(nlp) -> None:
    text = (
        "Port Vell cut 200 jobs in May. The Selo Port Workers Union has filed a complaint with "
        "the Tarn Labour Court alleging that Port Vell failed to consult staff."
    )
    assert "Will the Tarn Labour Court uphold the Selo Port Workers Union’s complaint?" in _shown(
        nlp, text
    )


def test_a_petition_filed_with_a_named_court_asks_whether_it_will_grant_it(nlp) -> None:
    text = (
        "Marko Vell lost his seat in May. Marko Vell has filed a petition with the Selo "
        "Electoral Court to annul the result."
    )
    assert "Will the Selo Electoral Court grant Marko Vell’s petition?" in _shown(nlp, text)


def test_an_appeal_that_only_may_be_made_asks_nothing(nlp) -> None:
    text = "Either side can appeal the ruling to the Selo Supreme Court within 30 days."
    assert not [q for veto, q in _court(nlp, text) if veto is None and q and "uphold" in q]


def test_an_appeal_refused_asks_nothing(nlp) -> None:
    text = "The Tarn Dockers' Union said it would not appeal the ruling to the Selo Supreme Court."
    assert not [q for veto, q in _court(nlp, text) if veto is None and q and "uphold" in q]


def test_an_appeal_the_article_tells_decided_asks_nothing(nlp) -> None:
    text = (
        "Ana Lind appealed the ban to the Selo Sports Court in May. The Selo Sports Court "
        "dismissed the appeal on Friday."
    )
    assert ("settled-later", None) in _court(nlp, text)


def test_a_body_whose_decision_is_already_asked_is_not_asked_again(nlp) -> None:
    text = (
        "Tarn Mining filed an application for judicial review in the Selo High Court on "
        "Monday. The Selo High Court said a hearing had been set for Oct. 14. If the court "
        "quashes the drilling permit, the province would have to restart consultation."
    )
    found = analysed(nlp, text)
    assert not [q for q in found.shown if "application" in q.question]
    assert [f.veto for f in found.findings if f.cue == "lodged-appeal"] == ["merged"]


def test_an_appeal_for_funds_is_a_plea_and_asks_nothing_here(nlp) -> None:
    text = (
        "The Selo Red Cross appealed to the European Union for $20 million on Monday. "
        "The Tarn Food Agency launched an appeal for donations with the Selo Red Cross."
    )
    assert not [f for f in analysed(nlp, text).findings if f.cue == "lodged-appeal"]
