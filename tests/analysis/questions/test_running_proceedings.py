"""A proceeding told going on by a phrase ("under investigation", "pending the inquiry",
"remained open") or given a date ahead ("a hearing has been set for May 4", "talks will
resume next Tuesday") is asked how it ends; the same surface told negated, in a past frame
or as a start already made stays vetoed as ``proceeding-not-running``."""

from __future__ import annotations

from .helpers import analysed


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def _vetoes(nlp, text: str) -> list[str | None]:
    found = analysed(nlp, text)
    return [f.veto for f in found.findings if f.family == "scheduled"]


def test_a_matter_under_investigation_is_asked_how_the_investigation_ends(nlp) -> None:
    text = (
        "A fire destroyed 40 homes near Selo on Monday. The cause of the blaze is under "
        "investigation."
    )
    assert "How will the investigation into the cause of the blaze end?" in _shown(nlp, text)


def test_a_matter_not_under_investigation_stays_vetoed(nlp) -> None:
    text = (
        "Tarva Foods recalled its insulin on Monday. The makers of the insulin were not "
        "under investigation."
    )
    assert _vetoes(nlp, text) == ["proceeding-not-running"]


def test_a_proceeding_in_a_past_frame_stays_vetoed(nlp) -> None:
    text = (
        "Ivo Brandt was first elected mayor of Selo in 2019 after his predecessor resigned "
        "during a corruption inquiry."
    )
    assert "proceeding-not-running" in _vetoes(nlp, text)
    assert not any("inquiry" in q for q in _shown(nlp, text))


def test_a_proceeding_others_wait_on_is_running(nlp) -> None:
    text = (
        "Two workers died in a fire at the Selo plant on Monday. Selo police said the deaths "
        "were treated as unexplained pending the outcome of the fire investigation."
    )
    assert "How will the fire investigation end?" in _shown(nlp, text)


def test_a_hearing_set_for_a_day_is_asked_how_it_ends(nlp) -> None:
    text = (
        "The Marsk Nation asked the Selo Divisional Court to quash the mining permit. A "
        "hearing has been set for Oct. 14, according to court records."
    )
    assert "How will the hearing set for Oct. 14 end?" in _shown(nlp, text)


def test_a_hearing_not_yet_set_stays_vetoed(nlp) -> None:
    text = (
        "The Marsk Nation asked the Selo Divisional Court to quash the mining permit. A "
        "hearing has not yet been set."
    )
    assert "proceeding-not-running" in _vetoes(nlp, text)
    assert not any(q.startswith("How will the hearing") for q in _shown(nlp, text))


def test_talks_that_will_resume_on_a_day_are_asked_how_they_end(nlp) -> None:
    text = (
        "The Selo nurses' union and the Tarva health authority failed to agree on pay. Both "
        "sides said talks would resume next Monday under a mediator."
    )
    assert "How will the talks resuming next Monday end?" in _shown(nlp, text)


def test_talks_that_resumed_on_a_day_stay_vetoed(nlp) -> None:
    text = (
        "The Selo nurses' union and the Tarva health authority failed to agree on pay. Talks "
        "resumed on Monday under a mediator."
    )
    assert "proceeding-not-running" in _vetoes(nlp, text)
    assert not any("talks" in q for q in _shown(nlp, text))


def test_its_own_inquiry_is_no_the_own_inquiry(nlp) -> None:
    text = (
        "The Selo Privacy Office, which opened its own investigation into Marsk Data in 2021, "
        "said it was reviewing the ruling. A spokesperson said the investigation was continuing."
    )
    found = analysed(nlp, text)
    asked = [q.question for q in found.shown + found.held]
    asked += [f.question or "" for f in found.findings]
    assert not any("the own" in q for q in asked)


def test_a_proceeding_under_way_is_asked_and_one_no_longer_under_way_is_not(nlp) -> None:
    running = (
        "Selo police said two workers died on Monday. The union said it would not comment "
        "while the inquiry into the Tarva plant fire was under way."
    )
    assert "How will the inquiry into the Tarva plant fire end?" in _shown(nlp, running)
    over = (
        "Selo police said two workers died on Monday. The inquiry into the Tarva plant fire "
        "was not under way any more."
    )
    assert "proceeding-not-running" in _vetoes(nlp, over)
    assert not any("inquiry" in q for q in _shown(nlp, over))
