"""Claims (issue 16, items 6-8): quotes running over paragraphs, content stopping at the
cue, and cues that report an act or the absence of a statement."""

from __future__ import annotations

import re

import pytest
from spacy.tokens import Doc

from briefing_tui.analysis.claims import find_claims
from briefing_tui.analysis.claims.quotes import find_quotes
from briefing_tui.model import Actor, Claim, Mention


def _claims(nlp, text: str, names: dict[str, str] | None = None) -> tuple[list[Claim], dict]:
    actors = []
    for n, (pattern, kind) in enumerate((names or {}).items(), start=1):
        mentions = [Mention(m.start(), m.end(), m.group()) for m in re.finditer(pattern, text)]
        actors.append(Actor(id=f"a{n}", name=pattern, kind=kind, mentions=mentions))  # type: ignore[arg-type]
    by_id = {a.id: a.name for a in actors}
    return find_claims(nlp(text), actors), by_id


def _parsed(nlp, rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """A Doc with a given parse (word, head index, dependency, POS, tag, lemma): the
    misparses some rules repair, fixed so the test does not hang on the model."""
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][0] not in {",", "."} for i in range(len(rows))]
    return Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
    )


def _contents(text: str, claims: list[Claim]) -> list[str]:
    return [text[c.content.start : c.content.end] for c in claims]


# --- item 6: a quote reopened in the next paragraph keeps its speaker ---------------


@pytest.mark.parametrize("gap", ["\n", "\n\n", "\n  \n"])
def test_continued_quote_after_blank_lines_keeps_its_speaker(nlp, gap: str) -> None:
    text = (
        f'Harbour master Ola Brandt said: "The pier has been unsafe for a decade.{gap}'
        f'"We will rebuild it with steel piles before the ferries return in spring."{gap}'
        "The council meets on Tuesday."
    )
    claims, names = _claims(nlp, text, {"Ola Brandt": "person"})
    assert _contents(text, claims) == [
        # left open at its paragraph's end, the first part has no closing mark to show
        "The pier has been unsafe for a decade",
        '"We will rebuild it with steel piles before the ferries return in spring."',
    ]
    assert [names.get(c.source) for c in claims] == ["Ola Brandt", "Ola Brandt"]


def test_continued_quote_skips_a_caption_line(nlp) -> None:
    text = (
        'In a letter, Governor Rita Haldane said, "The new terminal will carry '
        "twice as many passengers as the old one.\n"
        "The old terminal in 1990. Image: archive.\n"
        '"It will also give the valley its first rail link to the coast."\n'
    )
    claims, names = _claims(nlp, text, {"Rita Haldane": "person"})
    contents = _contents(text, claims)
    assert '"It will also give the valley its first rail link to the coast."' in contents
    assert all(names.get(c.source) == "Rita Haldane" for c in claims)
    assert not any("Image" in c for c in contents)


def test_quote_left_open_after_a_cue_runs_to_its_paragraph_end(nlp) -> None:
    text = (
        'The coach, Mira Santos, said, "We trained in the snow for a month. '
        "Nobody complained once.\nThe final is on Sunday."
    )
    claims, names = _claims(nlp, text, {"Mira Santos": "person"})
    assert _contents(text, claims) == ["We trained in the snow for a month. Nobody complained once"]
    assert names[claims[0].source] == "Mira Santos"


def test_new_paragraph_quote_after_a_closed_quote_and_a_caption_is_not_carried(nlp) -> None:
    text = (
        'Governor Rita Haldane said, "The terminal will open in June."\n'
        "The old terminal in 1990. Image: archive.\n"
        '"Nobody asked the people who live beside the runway what they wanted."\n'
    )
    claims, _ = _claims(nlp, text, {"Rita Haldane": "person"})
    assert _contents(text, claims) == ['"The terminal will open in June."']


# --- item 7: the content stops at the cue; the speaker is the named person ----------


def test_content_stops_at_a_cue_that_follows_the_quote(nlp) -> None:
    text = (
        '"We cannot accept a deal that leaves nurses worse off," said Health Ministry '
        'spokeswoman Ada Brook. "The offer is final and it will not change."'
    )
    claims, names = _claims(nlp, text, {"Ada Brook": "person", "Health Ministry": "organisation"})
    assert [c.words(text) for c in claims] == [
        '"We cannot accept a deal that leaves nurses worse off," … '
        '"The offer is final and it will not change."'
    ]
    assert [names.get(c.source) for c in claims] == ["Ada Brook"]


def test_opening_mark_typed_at_the_end_closes_the_quote() -> None:
    text = 'She said, "The vote was rigged from the start.“ The count resumed later.'
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert text[quotes[0].start : quotes[0].end] == "The vote was rigged from the start."
    assert quotes[0].closed


def test_low_opening_mark_closed_by_a_high_one() -> None:
    text = "Er sagte: „Wir bleiben hier.“ Dann ging er."
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ["Wir bleiben hier."]


def test_reason_clause_after_an_inserted_cue_stays_in_the_content(nlp) -> None:
    text = (
        "The tax plan has badly hurt the senator with young voters, Ruiz said, "
        "since most of them accept that the climate is changing."
    )
    claims, _ = _claims(nlp, text)
    assert len(claims) == 1
    content = _contents(text, claims)[0]
    assert content.startswith("The tax plan has badly hurt")
    assert content.endswith("the climate is changing")


# --- item 8: only speech, thought and intention are claims ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ministry rejected the union's offer on Monday.",
        "The hospital group declined to comment.",
        "The airline refused to say how many flights were cancelled.",
        "Officials haven't said whether the talks will resume.",
        "The mayor did not say when the budget would pass.",
        "The board never announced that the plant would close.",
        # a negated view or intention: its content alone would say the opposite
        "She does not believe that the dam is safe.",
        "Microsoft no longer wants to support the old browser.",
        "The union never intended to strike in March.",
    ],
)
def test_acts_refusals_and_negated_attributions_are_not_claims(nlp, text: str) -> None:
    claims, _ = _claims(nlp, text)
    assert claims == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The ministry rejected the report as false.", "the report as false"),
        (
            "The ministry rejected the claim that the audit was late.",
            "the claim that the audit was late",
        ),
        ("The company denied any wrongdoing.", "any wrongdoing"),
        ("The minister dismissed the plan as a stunt.", "the plan as a stunt"),
    ],
)
def test_denials_of_statements_stay_claims(nlp, text: str, content: str) -> None:
    claims, _ = _claims(nlp, text)
    assert _contents(text, claims) == [content]


@pytest.mark.parametrize(
    "line",
    [
        "Profile: Jane Dorsey, the port's first woman director",
        "Read more: Dockers in three ports vote to strike over pay",
        "See also: The history of the northern ferry line",
        "Related: Ferry fares rise for the third year running",
        "Flood Over The Valley: Farmers count the cost of the storm",
    ],
)
def test_link_and_headline_lines_are_not_claims(nlp, line: str) -> None:
    text = f"{line}\nThe ferry runs twice a day.\n"
    claims, _ = _claims(nlp, text)
    assert claims == []


def test_a_speaker_label_with_a_statement_is_still_a_claim(nlp) -> None:
    text = "Dorsey: The port will stay open all winter.\nThe ferry runs twice a day.\n"
    claims, _ = _claims(nlp, text)
    assert _contents(text, claims) == ["The port will stay open all winter"]


@pytest.mark.parametrize(
    "text",
    [
        "The spokeswoman refused to give any more details about the fire.",
        "Many of the guests wanted to attend.",
        "The senator attacked Mendez in a late-night post.",
        "The newspaper has backed her since the primary.",
    ],
)
def test_refusals_bare_intentions_and_acts_on_a_party_are_not_claims(nlp, text: str) -> None:
    claims, _ = _claims(nlp, text)
    assert [c.cue for c in claims if c.cue in {"refused", "wanted", "attacked", "backed"}] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator attacked Mendez for his vote on the budget.", "Mendez for his vote"),
        ("The judge likened Orlov to a gambler.", "Orlov to a gambler"),
    ],
)
def test_an_act_on_a_party_with_something_said_of_them_is_a_claim(
    nlp, text: str, content: str
) -> None:
    claims, _ = _claims(nlp, text)
    assert len(claims) == 1
    assert _contents(text, claims)[0].startswith(content)


def test_title_case_headline_after_a_one_word_label_is_a_claim(nlp) -> None:
    text = "Survey: Rural Voters Desert Governing Party Ahead Of Vote\nThe count is on Monday.\n"
    claims, _ = _claims(nlp, text)
    assert _contents(text, claims) == ["Rural Voters Desert Governing Party Ahead Of Vote"]


def test_according_to_a_paper_that_a_person_said_gives_the_persons_claim(nlp) -> None:
    text = (
        "According to the Harbour Gazette, Professor Lina Marsh said the old "
        "lighthouse had never been open to visitors."
    )
    claims, names = _claims(nlp, text, {"Lina Marsh": "person", "Harbour Gazette": "organisation"})
    assert len(claims) == 1
    assert names[claims[0].source] == "Lina Marsh"
    assert _contents(text, claims) == ["the old lighthouse had never been open to visitors"]


def test_quote_after_an_issued_statement_takes_its_issuer(nlp) -> None:
    text = (
        "Senator Ana Lopes, a Democrat from Maine, issued a statement about the shipyard. "
        '"Like many workers, I am disappointed with the decision to close the yard for good."'
    )
    claims, names = _claims(nlp, text, {"Ana Lopes": "person"})
    assert len(claims) == 1
    assert names[claims[0].source] == "Ana Lopes"
    assert claims[0].kind == "direct"


def test_named_source_after_the_cue_stops_before_a_phrase_hung_on_it(nlp) -> None:
    text = '"We will rebuild the pier before spring," said Ruiz to the crowd at the harbour.'
    claims, _ = _claims(nlp, text)
    assert len(claims) == 1
    assert claims[0].source_text == "Ruiz"


def test_that_clause_broken_into_an_object_is_still_the_content(nlp) -> None:
    # the parse seen on real text: "that" hung on the object, the verb on the object too
    rows = [
        ("Lund", 1, "nsubj", "PROPN", "NNP", "Lund"),
        ("observed", 1, "ROOT", "VERB", "VBD", "observe"),
        ("that", 5, "mark", "SCONJ", "IN", "that"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("opening", 5, "compound", "NOUN", "NN", "opening"),
        ("date", 1, "dobj", "NOUN", "NN", "date"),
        ("of", 5, "prep", "ADP", "IN", "of"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("bridge", 6, "pobj", "NOUN", "NN", "bridge"),
        ("coincided", 5, "acl", "VERB", "VBD", "coincide"),
        ("with", 9, "prep", "ADP", "IN", "with"),
        ("the", 12, "det", "DET", "DT", "the"),
        ("fair", 10, "pobj", "NOUN", "NN", "fair"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = _parsed(nlp, rows)
    claims = find_claims(doc, [])
    assert len(claims) == 1
    content = doc.text[claims[0].content.start : claims[0].content.end]
    assert content == "the opening date of the bridge coincided with the fair"


def test_according_to_a_title_and_a_name_names_the_person(nlp) -> None:
    # "curator" and the name parsed as two objects of "to"
    rows = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("fair", 2, "nsubj", "NOUN", "NN", "fair"),
        ("drew", 2, "ROOT", "VERB", "VBD", "draw"),
        ("many", 4, "amod", "ADJ", "JJ", "many"),
        ("visitors", 2, "dobj", "NOUN", "NNS", "visitor"),
        (",", 2, "punct", "PUNCT", ",", ","),
        ("according", 2, "prep", "VERB", "VBG", "accord"),
        ("to", 6, "prep", "ADP", "IN", "to"),
        ("curator", 7, "pobj", "NOUN", "NN", "curator"),
        ("Lena", 10, "compound", "PROPN", "NNP", "Lena"),
        ("Hoff", 7, "pobj", "PROPN", "NNP", "Hoff"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    doc = _parsed(nlp, rows)
    hoff = doc.text.index("Lena Hoff")
    actor = Actor(
        id="a1", name="Lena Hoff", kind="person", mentions=[Mention(hoff, hoff + 9, "Lena Hoff")]
    )
    claims = find_claims(doc, [actor])
    assert len(claims) == 1
    assert claims[0].source_text == "curator Lena Hoff"
    assert claims[0].source == "a1"


def test_interest_expressed_in_something_is_no_proposition(nlp) -> None:
    # issue 16: an interest in a thing names no proposition (proposition.py)
    text = "Mara Quist, director of the gallery, expressed interest in further loans from the city."
    claims, _ = _claims(nlp, text)
    assert _contents(text, claims) == []


def test_cue_ending_its_paragraph_with_a_colon_takes_the_next_paragraph(nlp) -> None:
    text = (
        "In a statement to the local radio station, the company denied the allegations:\n"
        "The workers were never locked in. They were paid for every hour. "
        "The firm also said the inspectors had been misled by a former manager.\n"
    )
    claims, _ = _claims(nlp, text)
    contents = _contents(text, claims)
    assert "The workers were never locked in. They were paid for every hour" in contents
    assert "the inspectors had been misled by a former manager" in contents


def test_name_stranded_before_a_subjectless_cue_is_the_source(nlp) -> None:
    # "Speaking for the family, Tom Reyes, QC, said ...": the name hung on "Speaking"
    rows = [
        ("Speaking", 10, "advcl", "VERB", "VBG", "speak"),
        ("for", 0, "prep", "ADP", "IN", "for"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("family", 1, "pobj", "NOUN", "NN", "family"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("Tom", 6, "compound", "PROPN", "NNP", "Tom"),
        ("Reyes", 0, "npadvmod", "PROPN", "NNP", "Reyes"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("QC", 6, "appos", "PROPN", "NNP", "QC"),
        (",", 10, "punct", "PUNCT", ",", ","),
        ("said", 10, "ROOT", "VERB", "VBD", "say"),
        ("the", 12, "det", "DET", "DT", "the"),
        ("fine", 13, "nsubj", "NOUN", "NN", "fine"),
        ("was", 10, "ccomp", "AUX", "VBD", "be"),
        ("unfair", 13, "acomp", "ADJ", "JJ", "unfair"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ]
    doc = _parsed(nlp, rows)
    claims = find_claims(doc, [])
    assert len(claims) == 1
    assert claims[0].source_text == "Tom Reyes, QC"
    assert doc.text[claims[0].content.start : claims[0].content.end] == "the fine was unfair"


def test_mixed_content_leaves_no_quotation_mark_open(nlp) -> None:
    text = (
        'In May, Ruiz called Mendez a "reckless gambler" who is "utterly careless" and '
        'a "danger to the whole town."\n'
        'She said the plan was "a total disaster" for the harbour.'
    )
    claims, _ = _claims(nlp, text)
    for content in _contents(text, claims):
        marks = content.count('"')
        assert marks % 2 == 0, content


def test_stance_adjective_towards_a_pronoun_is_no_claim(nlp) -> None:
    text = "Her partner at the firm was always supportive of her."
    claims, _ = _claims(nlp, text)
    assert claims == []


@pytest.mark.parametrize(
    "text",
    [
        "The mayor avoided condemning the violence at the march.",
        "She failed to mention that the budget was late.",
        "Anyone wanting to learn more about the plan can call the office.",
    ],
)
def test_what_was_left_unsaid_and_speakers_in_general_are_not_claims(nlp, text: str) -> None:
    claims, _ = _claims(nlp, text)
    assert claims == []


def test_source_phrase_does_not_run_over_a_line_break() -> None:
    from briefing_tui.analysis.claims.draft import Draft, source_on_one_line
    from briefing_tui.model import ClaimKind

    text = "a loud critic,\nand the mayor who said it"
    head = text.index("mayor")
    draft = Draft(
        (0, 0), "said", None, (0, head + 5), (head, head + 5), "assertion", ClaimKind.INDIRECT
    )
    source_on_one_line(text, draft)
    assert draft.source_span is not None
    assert text[draft.source_span[0] : draft.source_span[1]] == "and the mayor"


def test_quote_closing_on_the_next_line_without_a_reopening_mark_keeps_its_speaker(nlp) -> None:
    text = (
        'After the match, Ivo Lenz, the coach, said, "I think we learned a lot from the game.\n'
        'It was a very long day. We could have scored three goals in the first half."\n'
        "The next match is on Friday.\n"
    )
    claims, names = _claims(nlp, text, {"Ivo Lenz": "person"})
    assert _contents(text, claims) == [
        "I think we learned a lot from the game",
        "It was a very long day. We could have scored three goals in the first half",
    ]
    assert [names.get(c.source) for c in claims] == ["Ivo Lenz", "Ivo Lenz"]


def test_line_with_an_opening_mark_first_does_not_continue_an_open_quote() -> None:
    text = 'He said, "We will win.\n"Or lose," she said.\nThe end.'
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ["We will win.", "Or lose,"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister denied it.",
        "If you want to avoid the queues, come early.",
    ],
)
def test_pronoun_contents_and_the_readers_you_are_not_claims(nlp, text: str) -> None:
    claims, _ = _claims(nlp, text)
    assert claims == []


def test_quote_after_a_reported_claim_goes_on_in_the_outer_speakers_voice(nlp) -> None:
    text = (
        "Dr Ilse Varga noted the findings show cleaner air is also important. "
        '"A cleanup of the air would raise yields across the whole region within a decade."'
    )
    claims, names = _claims(nlp, text, {"Ilse Varga": "person"})
    assert [names.get(c.source) for c in claims] == ["Ilse Varga", "Ilse Varga"]


def test_a_fronted_preposition_is_not_the_particle_of_a_phrasal_cue(nlp) -> None:
    text = "Of the hundreds, the reporter spoke with a dancer from the north."
    claims, _ = _claims(nlp, text)
    assert claims == []


def test_quote_split_by_its_cue_mid_sentence_is_one_claim_of_its_parts(nlp) -> None:
    text = (
        '"We are so happy because we have a real chance to show what we can do," '
        'team member Lea Moro told the press, "to show that girls can build robots too."'
    )
    claims, names = _claims(nlp, text, {"Lea Moro": "person"})
    assert [c.words(text) for c in claims] == [
        '"We are so happy because we have a real chance to show what we can do," … '
        '"to show that girls can build robots too."'
    ]
    assert [names.get(c.source) for c in claims] == ["Lea Moro"]
    assert all("told" not in c.words(text) for c in claims)


def test_cue_in_a_relative_clause_keeps_only_what_is_said_after_it(nlp) -> None:
    text = "She was sent to a camp, which the group describes as a quiet retreat."
    claims, _ = _claims(nlp, text)
    assert _contents(text, claims) == ["a quiet retreat"]


def test_a_reported_content_cut_on_a_dangling_word_is_not_shown(nlp) -> None:
    """A content the parse cut mid-phrase ("... in May for") would misquote its source."""
    from briefing_tui.analysis.claims.find import _cut_short

    text = "The mayor said the bridge would close in May for repairs, including"
    doc = nlp(text)
    start = text.index("the bridge")
    assert _cut_short(doc, (start, text.index(" repairs")))
    assert _cut_short(doc, (start, len(text)))
    assert not _cut_short(doc, (start, text.index(" for")))


@pytest.mark.parametrize(
    "text",
    [
        "The company launched an aggressive campaign to persuade users to stop using the app.",
        "Officials met on Monday to discuss the new budget.",
    ],
)
def test_a_cue_that_only_says_why_is_not_a_claim(nlp, text: str) -> None:
    claims, _ = _claims(nlp, text)
    assert claims == []


def test_a_cue_that_says_while_leaves_the_main_claim_alone(nlp) -> None:
    text = (
        "Discussing his concern in a public statement, the prime minister said "
        "the boats must be helped."
    )
    claims, _ = _claims(nlp, text)
    assert _contents(text, claims) == ["the boats must be helped"]


def test_adding_that_stays_a_claim(nlp) -> None:
    text = "The mayor said the pier would close, adding that repairs would take a year."
    claims, _ = _claims(nlp, text)
    assert "repairs would take a year" in _contents(text, claims)


def test_a_reported_content_loses_its_dangling_end(nlp) -> None:
    """A content cut on a dangling word keeps what it says, without the word; one that
    says nothing once mended is dropped."""
    from briefing_tui.analysis.claims.find import _mend_cut_end

    class _Draft:
        def __init__(self, content: tuple[int, int]) -> None:
            self.content = content

    text = "The agency said both navies had turned boats of migrants away, which"
    doc = nlp(text)
    draft = _Draft((text.index("both"), len(text)))
    assert _mend_cut_end(doc, draft)
    assert text[slice(*draft.content)] == "both navies had turned boats of migrants away"
    text = "The council said a similar system backed by the charity in September for"
    doc = nlp(text)
    assert not _mend_cut_end(doc, _Draft((text.index("a similar"), len(text))))


def test_avoiding_a_cue_misread_as_a_noun_is_still_no_claim(nlp) -> None:
    # the tagger read "avoids" as a plural noun that "condemning" modifies
    rows = [
        ("Hale", 0, "ROOT", "PROPN", "NNP", "Hale"),
        ("avoids", 0, "dobj", "NOUN", "NNS", "avoid"),
        ("condemning", 1, "acl", "VERB", "VBG", "condemn"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("seizure", 2, "dobj", "NOUN", "NN", "seizure"),
        ("of", 4, "prep", "ADP", "IN", "of"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("port", 5, "pobj", "NOUN", "NN", "port"),
        (".", 0, "punct", "PUNCT", ".", "."),
    ]
    assert find_claims(_parsed(nlp, rows), []) == []


def test_who_after_a_predicate_noun_is_the_subject_it_describes(nlp) -> None:
    text = (
        "Ms. Lund often shouts at staff and is a bully, cheat and liar who has "
        "promised to sell the port to a foreign buyer."
    )
    claims, names = _claims(nlp, text, {"Lund": "person"})
    assert [(c.source_text, names.get(c.source)) for c in claims] == [("Ms. Lund", "Lund")]


@pytest.mark.parametrize(
    "text",
    [
        "The police were questioning a farmer who had been burning waste near the road.",
        "The committee has been trying to question several of those witnesses, "
        "including the city's top engineer Tom Berg and his deputy Ann Lee.",
        # the list read as hanging on the verb
        "The senators have been trying to question several of those protected aides, "
        "including: the mayor's top IT clerk Tom Berg, who set up the server.",
    ],
)
def test_questioning_a_person_is_no_claim(nlp, text: str) -> None:
    claims, _ = _claims(nlp, text)
    assert claims == []


def test_questioning_a_thing_still_doubts_it(nlp) -> None:
    text = "Ms. Lund questioned the integrity of the county's new voting system."
    claims, _ = _claims(nlp, text)
    assert _contents(text, claims) == ["the integrity of the county's new voting system"]


def test_a_name_one_goes_by_is_no_claim(nlp) -> None:
    text = "A group calling itself Redwing claimed responsibility for the attack on Sunday."
    claims, _ = _claims(nlp, text)
    assert all("itself" not in c for c in _contents(text, claims))


def test_grilling_someone_for_a_role_is_still_a_reproach(nlp) -> None:
    text = (
        "Ms. Lund grilled Tom Berg on Tuesday for his role in a scheme "
        "in which staff opened accounts without customers knowing."
    )
    claims, _ = _claims(nlp, text)
    assert len(claims) == 1 and claims[0].cue == "grilled"


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Hale, asked whether the plant would close, said the board would decide in June.",
        "Ms. Brennan, asked about a ransom in an interview with the city radio, said she "
        'would not discuss "anything that could help the thieves."',
    ],
)
def test_the_one_asked_asks_nothing_and_is_who_speaks(nlp, text: str) -> None:
    claims, names = _claims(nlp, text, {"Hale": "person", "Brennan": "person"})
    assert [(c.cue, names.get(c.source)) for c in claims] in (
        [("said", "Hale")],
        [("said", "Brennan")],
    )
