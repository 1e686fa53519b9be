"""Per-Doc tables and early exits that make the analysis faster: each answers as the scan
over every Token that it replaces did."""

from __future__ import annotations

import gc

from briefing_tui.analysis import doctext
from briefing_tui.analysis.doctext import text_positions

TEXT = (
    "Harbour Council Posts Its Plan\n\n"
    "The council posted the plan on Twitter on Monday, the mayor said. Ann Lee, a critic, "
    "wrote on her Flickr page that the plan would fail. Lee said she would appeal. "
    "Marlow Brightwater said he agreed with Lee; Brightwater later shared a video via "
    "Twitter. Acme Freight said it would wait."
)


def test_text_positions_are_the_tokens_with_that_text(nlp):
    doc = nlp(TEXT)
    for word in {t.text for t in doc} | {"absent", ""}:
        assert text_positions(doc, word) == tuple(t.i for t in doc if t.text == word)


def test_text_positions_keep_no_doc_alive(nlp):
    doc = nlp("The council met.")
    text_positions(doc, "council")
    held = len(doctext._POSITIONS)
    del doc
    gc.collect()
    assert len(doctext._POSITIONS) == held - 1


CAUTIONS = (
    "The tests used so far might not reliably tell the strains apart, the researchers said. "
    "The tests due next week may not tell the strains apart. The court could not decide "
    "the case. Senator Ann Lee, the committee chair, said Lee would not attend. "
    "A spokesman said Mayor Bo Berg might not run again; Berg declined to comment."
)


def test_recast_caution_answers_as_the_scan_of_every_sentence(nlp):
    """``recast_caution`` built the Doc's every entity per sentence (``sent.ents``) and
    walked every word; it now skips a sentence with no possibility modal at once and reads
    the entities inside the sentence only."""
    from briefing_tui.analysis.questions import cautions

    doc = nlp(CAUTIONS)
    sents = list(doc.sents)

    def scanned(text: str, chosen) -> bool:
        asked = {w.lower() for w in cautions._WORD.findall(text)}
        if asked & {"not", "never"} or any(w.endswith(("n't", "n’t")) for w in asked):
            return False
        for sent in chosen:
            if any(e.label_ in cautions._DATED for e in sent.ents):
                continue
            if any(cautions._cautioned(verb, asked) for verb in sent):
                return True
        return False

    asked = [
        "Will the tests tell the strains apart?",
        "Will the court decide the case?",
        "Will Lee attend?",
        "Will the tests not tell the strains apart?",
    ]
    cases = [(text, chosen) for text in asked for chosen in [sents, *([s] for s in sents)]]
    answers = [cautions.recast_caution(text, chosen) for text, chosen in cases]
    assert answers == [scanned(text, chosen) for text, chosen in cases]
    assert cautions.recast_caution(asked[0], sents[:1])
    assert not cautions.recast_caution(asked[1], sents[2:3])  # the court decides


def test_holds_office_answers_as_the_scan_of_every_token(nlp):
    from briefing_tui.analysis.questions import private_plans

    doc = nlp(CAUTIONS)

    def scanned(surname: str) -> bool:
        offices = private_plans._offices()
        for token in doc:
            if token.text != surname:
                continue
            near = list(doc[max(0, token.i - 3) : token.i])
            near += [c for c in token.children if c.dep_ == "appos"]
            if token.dep_ == "appos":
                near.append(token.head)
            near += [t for a in list(near) if a.dep_ == "appos" for t in a.subtree]
            if any(t.lemma_.lower() in offices or t.lower_ in offices for t in near):
                return True
        return False

    names = {t.text for t in doc if t.pos_ == "PROPN"} | {"Nobody"}
    answers = {name: private_plans._holds_office(name, doc) for name in names}
    assert answers == {name: scanned(name) for name in names}
    assert answers["Berg"]


def test_pronoun_people_answer_as_with_spacys_span_text(nlp, monkeypatch):
    """``person_by_pronoun`` read every entity's ``Span.text`` (each Token built and joined)
    for each two-word candidate; it now cuts the texts from the Doc's text."""
    from briefing_tui.analysis.actors import pronoun_people
    from briefing_tui.analysis.actors.facts import article_facts

    doc = nlp(TEXT + " Lena Okafor-Vance arrived. Okafor-Vance said she would stay.")
    facts = article_facts(doc)
    spans = [*facts.ents, *(doc[i : i + n] for i in range(len(doc)) for n in (1, 2))]

    def answers() -> list[tuple[bool, bool]]:
        return [
            (
                pronoun_people.person_by_pronoun(facts, span),
                pronoun_people.surname_of_pronoun_person(facts, span),
            )
            for span in spans
        ]

    fast = answers()
    monkeypatch.setattr(pronoun_people, "span_text", lambda span: span.text)
    assert fast == answers()
    assert any(person for person, _ in fast)


def test_entity_texts_are_the_entities_labels_and_texts(nlp):
    """``doc_ent_texts`` answers "is this name one of the article's entities?" for each
    candidate without building every entity's Span each time (``doc_ents`` did)."""
    from briefing_tui.analysis.doctext import doc_ent_texts

    doc = nlp(TEXT)
    assert doc_ent_texts(doc) == tuple((e.label_, e.text) for e in doc.ents)
    assert doc_ent_texts(nlp("")) == ()


def test_entity_texts_keep_no_doc_alive(nlp):
    from briefing_tui.analysis.doctext import doc_ent_texts

    doc = nlp("The Harbour Council met Ann Lee in Riverton.")
    doc_ent_texts(doc)
    held = len(doctext._ENT_TEXTS)
    del doc
    gc.collect()
    assert len(doctext._ENT_TEXTS) == held - 1
