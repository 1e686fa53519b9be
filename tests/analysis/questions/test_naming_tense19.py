"""A question stands alone and asks in the reader's present (session 19):

- a wh-phrase asked as the subject of a past perfect that reported speech shifted back is
  asked in the simple past ("Which side had fired first?" → "Which side fired first?"), a
  count so far in the present perfect ("How many people have stayed behind?"); the simple
  past is a finite verb, so the question is not held back as verbless;
- a "would" after a wh-word, or under "would not say" and "it was not known", is a
  reported "will" ("When will the ferry sail again?");
- "and" inside one body's name makes no plural ("if the Pay and Rates Board rules");
- an indefinite introduction ("a parliamentary ethics committee") that the next lines name
  ("the Ethics and Standards Committee") is no second committee for "the committee";
- an object pronoun whose person the question names already, or that the question writes
  twice, is left as it is, not pasted over the wrong "her".
"""

from __future__ import annotations

import pytest

from briefing_tui.analysis.questions.recasts import dangling_object
from briefing_tui.analysis.questions.tense import asked_now, asks_subject_in_past

from .helpers import analysed


@pytest.mark.parametrize(
    ("question", "sentence", "asked"),
    [
        (
            "Which side had fired first?",
            "A farmer said she did not know which side had fired first.",
            "Which side fired first?",
        ),
        (
            "Which company had taken the contract?",
            "It was unclear which company had taken the contract, though one firm took a loan.",
            "Which company took the contract?",
        ),
        (
            "How many people had stayed behind in the valley?",
            "It was not clear how many people had stayed behind in the valley.",
            "How many people have stayed behind in the valley?",
        ),
        (
            "When would the ferry sail again?",
            "It was not known when the ferry would sail again.",
            "When will the ferry sail again?",
        ),
        (
            "What would happen if either side missed the deadline?",
            "It was unclear what would happen if either side missed the deadline.",
            "What will happen if either side misses the deadline?",
        ),
        (
            "Would Ann Lee keep her post if the board ruled against her?",
            "He would not say whether Ann Lee would keep her post if the board ruled against her.",
            "Will Ann Lee keep her post if the board rules against her?",
        ),
        (
            "Would the union strike if the Pay and Rates Board ruled against it?",
            "Tom Reed would not say whether the union would strike if the Pay and Rates Board "
            "ruled against it.",
            "Will the union strike if the Pay and Rates Board rules against it?",
        ),
        (
            "Would the central bank raise rates in December if the budget vote slipped?",
            "She said she expected the central bank to raise rates in December if the budget "
            "vote slipped.",
            "Will the central bank raise rates in December if the budget vote slips?",
        ),
        (
            "Would the union strike if the board refused and the talks failed?",
            "She said the union would strike if the board refused and the talks failed.",
            "Will the union strike if the board refuses and the talks fail?",
        ),
        (
            "Would the deal close if Ann Lee and Tom Reed agreed?",
            "He said the deal would close if Ann Lee and Tom Reed agreed.",
            "Will the deal close if Ann Lee and Tom Reed agree?",
        ),
        (
            "If Ann Lee was not released within a week, would Norway review the trade plans?",
            'He also said that if Ann Lee was not released "within a week", Norway would '
            "review the trade plans.",
            "If Ann Lee is not released within a week, will Norway review the trade plans?",
        ),
        (
            "If the union's members were dismissed, will Helen Marsh seek a judicial review?",
            "She said that if the union's members were dismissed, she would seek a judicial "
            "review.",
            "If the union's members are dismissed, will Helen Marsh seek a judicial review?",
        ),
        (
            "If online payments were not restored by May, would the deadline be moved?",
            "The city said that if online payments were not restored by May, the deadline "
            "would be moved.",
            "If online payments are not restored by May, will the deadline be moved?",
        ),
    ],
)
def test_a_reported_tense_after_a_wh_word_or_a_refusal_is_asked_now(nlp, question, sentence, asked):
    assert asked_now(question, list(nlp(sentence).sents)) == asked


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # a hypothetical of the article's own, told by no one in the past
        ("Would the town flood if the dam broke?", "The town would flood if the dam broke."),
        ("If the dam broke, would the town flood?", "If the dam broke, the town would flood."),
        ("Would the bank raise rates?", '"We expected the bank to raise rates," she said.'),
        ("Would we respond in kind?", 'The minister said: "We would respond in kind."'),
        # "How had ...": no subject asked; the past perfect stays with its own past time
        (
            "What would happen to the workers?",
            "If the plant closed, what would happen to the workers is unknown.",
        ),
    ],
)
def test_a_hypothetical_would_is_left_as_it_is(nlp, question, sentence):
    assert asked_now(question, list(nlp(sentence).sents)) == question


def test_a_wh_subject_in_the_simple_past_is_a_finite_question(nlp):
    sents = list(nlp("A farmer said she did not know which side had fired first.").sents)
    assert asks_subject_in_past("Which side fired first?", sents)
    assert not asks_subject_in_past("Which side had fired first?", sents)
    assert not asks_subject_in_past("Which side?", sents)


def test_a_wh_subject_question_in_the_simple_past_is_shown(nlp):
    text = (
        "Shells fell on the village of Orlen on Tuesday night, killing two farmers. "
        "A teacher in Orlen, Ana Dobre, said she did not know which side had fired first."
    )
    asked = [q.question for q in analysed(nlp, text).shown]
    assert "Which side fired first?" in asked
    assert not any("had fired" in q for q in asked)


def test_an_introduction_the_article_then_names_is_the_named_body(nlp):
    text = (
        "Deputy minister Ana Dobre said on Monday she had broken no rules, as a "
        "parliamentary ethics committee prepared to rule on her expenses.\n\n"
        "The Ethics and Standards Committee of the National Assembly is examining claims "
        "Dobre made over three years for a flat in the capital.\n\n"
        "The committee is expected to deliver its ruling by the end of next month, its "
        "chairman, Tom Reed, said."
    )
    asked = [q.question for q in analysed(nlp, text).shown]
    assert any("will the Ethics and Standards Committee" in q for q in asked), asked


def test_an_object_pronoun_of_the_person_named_is_left_as_it_is(nlp):
    text = (
        "Deputy minister Ana Dobre said on Monday she had broken no rules.\n\n"
        "The Ethics and Standards Committee of the National Assembly is examining claims "
        "Dobre made for a flat in the capital.\n\n"
        "The committee's chairman, Tom Reed, would not say whether Dobre would keep her "
        "post if the committee ruled against her."
    )
    asked = [q.question for q in analysed(nlp, text).shown]
    assert any(q.startswith("Will Ana Dobre keep her post if the Ethics") for q in asked), asked
    assert all(q.endswith("rules against her?") for q in asked if "keep" in q), asked


@pytest.mark.parametrize(
    ("text", "dangling"),
    [
        ("Will Ann Lee keep her post if the board rules against her?", False),
        ("Will Tom Reed testify against her?", True),
        ("Will Ann Lee keep her seat if voters turn on him?", True),
        ("Will the board fire him?", True),
    ],
)
def test_an_object_its_named_subjects_possessive_takes_up_is_not_dangling(text, dangling):
    assert dangling_object(text) is dangling


def test_the_government_of_the_land_a_dateline_names_is_named(nlp):
    from briefing_tui.analysis.questions.references import _government_of

    text = (
        "Velsaria quake toll rises as rescue teams dig\n\n"
        "NORTHTOWN, Velsaria — Rescue teams searched collapsed homes on Tuesday after a "
        "powerful earthquake struck the mountains, and officials said the toll had reached "
        "200.\n\n"
        "Interior Minister Ana Dobre said the government had not yet decided whether to "
        "accept an offer of rescue teams from neighbouring Corland."
    )
    doc = nlp(text)
    government = next(t for t in doc if t.lower_ == "government")
    assert _government_of(government, "Velsaria", lambda _t: None) == ("the government of Velsaria")
    # a name the dateline does not give as the land after its town is no land's
    assert _government_of(government, "Corland", lambda _t: None) is None


def test_the_talks_the_article_names_later_are_named(nlp):
    text = (
        "The army and the rebels accused each other on Tuesday of breaking a ceasefire, as "
        "both sides prepared for talks due to open next week.\n\n"
        "Ana Dobre, a UN spokeswoman, said the talks, scheduled to begin on Monday, would go "
        "ahead as planned.\n\n"
        "The Lisbon talks are expected to focus on an exchange of prisoners."
    )
    asked = [q.question for q in analysed(nlp, text).shown]
    assert "Will the Lisbon talks begin on Monday?" in asked, asked
