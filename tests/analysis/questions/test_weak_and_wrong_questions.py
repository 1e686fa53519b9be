"""Questions a judge graded weak or wrong on fresh articles, by class: an announced
gathering, journey, publication or dated act asked back, a design told as fact, a dispute
a verdict decided, a view argued, a belief or a body's talking-over asked back, a
matter named in general, the weather, and questions that do not read (an owner owning
itself, a condition acting on itself, a relative clause's lost object, "either" for a
subject, a negation dropped under "if", "will" with a backshifted clause, an indefinite or
counted subject)."""

from __future__ import annotations

import pytest

from briefing_tui.analysis.questions.rules import Candidate
from briefing_tui.analysis.questions.vetoes import phrase_veto
from briefing_tui.model import QuestionKind

from .helpers import analysed

#: (invented text, the veto that removes its question)
CASES = [
    (
        "The Harwick city council will hold a closed session on Monday to hear a briefing "
        "from fire officials, the mayor's office said.",
        "gathering-held",
    ),
    (
        "The funerals of the two firefighters, both volunteers from the town of Selby, are to "
        "be held on Friday.",
        "gathering-held",
    ),
    (
        "Tom Berg, who chairs the Arden Tenants' Union, said the union would meet next week "
        "to discuss its next steps.",
        "gathering-held",
    ),
    (
        "A spokesperson for the United Nations said on Monday that the trade envoy, Ann Lee, "
        "would travel to both capitals later this week.",
        "journey-made",
    ),
    (
        "Bus drivers in Harwick walked out on Monday. Their union, the Harwick Transport "
        "Workers, has said the strike will continue until Friday.",
        "duration-told",
    ),
    (
        "The Norland Rail Inspectorate, which has opened an inquiry into the derailment, said "
        "it would publish a preliminary report within 30 days.",
        "publication-asked",
    ),
    (
        "Selby Savings, the largest lender in Norland, said it would raise its mortgage rate by "
        "half a point from the start of next month.",
        "announced-act",
    ),
    (
        "The developer, Harwick Homes, says the two office blocks will sit on a raised plinth "
        "and that the car park has been redesigned.",
        "layout-told",
    ),
    (
        "Rescue teams searched the hills for two missing hikers. The police said it was not "
        "known whether either had been found by the rescue teams.",
        "quantity-subject",
    ),
    (
        "The Norland central bank raised its rate on Thursday. Two dissenting members of its "
        "board argued that the effects of earlier increases had not yet fully fed through to "
        "the economy.",
        "argued-view",
    ),
    (
        "A fire destroyed the Selby timber yard on Sunday. A police spokesman declined to say "
        "whether investigators believed the timber yard fire had been set on purpose.",
        "belief-asked",
    ),
    (
        "The Norland central bank raised its main rate by half a point. Governor Ann Lee "
        "declined to say whether the board had discussed a larger increase of three-quarters "
        "of a point.",
        "deliberation-asked",
    ),
    (
        "The Norland Competition Authority is reviewing the merger of Selby Foods and Harwick "
        "Dairy. The authority said it did not comment on ongoing cases.",
        "generic-matter",
    ),
    (
        "Forecasters at the Norland weather service said the wind was expected to ease on "
        "Monday afternoon, helping firefighters near Selby.",
        "weather-asked",
    ),
    (
        "Ann Lee, who leads the Island Bloc, said the alliance would not block the treaty "
        "if the deadline for coal stayed at 2040, but that it would walk out if the date were "
        "removed.",
        "negation-dropped-if",
    ),
    (
        "The Norland Assembly votes on the Harbour Bill next week. Two members of the ruling "
        "party said they had not yet decided how they would vote.",
        "unnamed-matter",
    ),
    (
        "The Norland Port Authority is weighing a new fee for cruise ships. The authority did "
        "not say when a decision would be made.",
        "unnamed-matter",
    ),
    (
        "A jury convicted Tom Rask of fraud on Friday. The Fraud Bureau said Tom Rask had told "
        "staff to forge invoices to hide losses at the firm. Rask denied the charges.",
        "decided-by-verdict",
    ),
]


@pytest.mark.parametrize(("text", "veto"), CASES, ids=[v for _, v in CASES])
def test_a_weak_or_wrong_question_is_vetoed_by_its_class(nlp, text, veto) -> None:
    found = analysed(nlp, text)
    vetoed = {f.question for f in found.findings if f.veto == veto and f.question}
    assert vetoed, [(f.veto, f.question) for f in found.findings]
    assert not vetoed & {q.question for q in found.shown}


@pytest.mark.parametrize(
    "text",
    [
        # a meeting that decides is its own matter
        "The Harwick city council will hold a special meeting on Monday to vote on the "
        "harbour plan.",
        # an agreed meeting of two parties asks whether it takes place
        "The presidents of Norland and Selo agreed to meet in Geneva next month.",
        # "either side" names its noun; a threat with "unless" is asked by its condition
        "It was not clear whether either side had agreed to the talks proposed by Norland.",
        # a person sits on a board: no design
        "The Harwick Homes chairman, Tom Berg, will sit on the board of the new trust.",
    ],
)
def test_what_the_classes_leave_alone_keeps_its_question(nlp, text) -> None:
    vetoes = {
        "gathering-held",
        "journey-made",
        "layout-told",
        "quantity-subject",
        "negation-dropped-if",
    }
    found = analysed(nlp, text)
    assert not vetoes & {f.veto for f in found.findings}, [
        (f.veto, f.question) for f in found.findings
    ]


@pytest.mark.parametrize(
    ("question", "sentence", "veto"),
    [
        (
            "Will Ann Lee have to break in March?",
            '"I will not make a promise that I might have to break in March," Ann Lee said.',
            "relative-object-lost",
        ),
        (
            "Would the Valley Party’s party repeal the levy if it won the election?",
            "Its spokesman said the Valley Party would repeal the levy if it won the election.",
            "owner-is-owned",
        ),
        (
            "If the league's appeal dismisses the league appeal, would the ban stand?",
            "If it dismisses the league's appeal, the ban would stand.",
            "condition-on-itself",
        ),
        (
            "Where did the rifle recover at the house?",
            "Tom Reed said the report was wrong, and he questioned where the rifle recovered at "
            "the house had come from.",
            "participle-made-verb",
        ),
        (
            "Will the vote hinge on whether young voters turned out at all?",
            "Analysts said the vote was likely to hinge on whether young voters turned out at all.",
            "tense-clash",
        ),
    ],
)
def test_a_question_that_does_not_read_is_vetoed(nlp, question, sentence, veto) -> None:
    candidate = Candidate(QuestionKind.CONDITIONAL, [nlp(sentence)[:]], question)
    assert phrase_veto(candidate) == veto


def test_a_name_said_twice_in_a_condition_is_a_pronoun_named(nlp) -> None:
    sentence = (
        "But if her illness were to persist and prevent Maria Kessler from running, it would "
        "trigger a party rule."
    )
    question = (
        "If Maria Kessler’s illness were to persist and prevent Maria Kessler from running, "
        "would it trigger a party rule?"
    )
    candidate = Candidate(QuestionKind.CONDITIONAL, [nlp(sentence)[:]], question)
    assert phrase_veto(candidate) != "condition-on-itself"


def test_a_past_verb_with_its_own_subject_is_asked(nlp) -> None:
    sentence = "It was not clear whether the police recovered the rifle at the house."
    candidate = Candidate(
        QuestionKind.UNRESOLVED, [nlp(sentence)[:]], "Did the police recover the rifle?"
    )
    assert phrase_veto(candidate) != "participle-made-verb"
