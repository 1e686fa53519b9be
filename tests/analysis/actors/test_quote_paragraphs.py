"""First-person pronouns inside quotations: the quotation's own speaker, never the speaker
of the next paragraph; a quotation that is a paragraph of its own goes on from the one
before (invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def mentions(doc) -> dict[str, list[str]]:
    return {a.name: [doc.text[m.start : m.end] for m in a.mentions] for a in find_actors(doc)}


def test_i_in_a_second_quotation_is_the_speaker_before_not_the_next_paragraphs(nlp):
    doc = nlp(
        'Commissioner Walter Brandt spoke first. "We checked every form," Brandt said. '
        '"But the rule is clear, and I will follow it."\n\n'
        "Mayor Helen Osei said the council would meet on Monday."
    )
    found = mentions(doc)
    assert "I" not in found["Helen Osei"]
    assert "I" in found["Walter Brandt"]


def test_i_after_a_speakers_sentence_in_the_same_paragraph_is_that_speaker(nlp):
    doc = nlp(
        '"We counted every ballot," council chairman Tomas Vidal said at a news conference. '
        '"I invite the auditor to watch the count."\n\n'
        "The county's clerk, Joan Pike, said her staff had checked the numbers."
    )
    found = mentions(doc)
    assert "I" in found["Tomas Vidal"]
    assert "I" not in found["Joan Pike"]


def test_a_quotation_paragraph_of_its_own_goes_on_from_the_speaker_before(nlp):
    doc = nlp(
        '"I have read every page of this plan," said Senator Marcus Hale, a Democrat.\n\n'
        '"My committee will hold hearings in May. We owe that to the voters."\n\n'
        "Mayor Ada Kerr said in a statement that she welcomed the plan."
    )
    found = mentions(doc)
    assert "My" in found["Marcus Hale"]
    assert "My" not in found["Ada Kerr"]


def test_a_quotation_paragraph_after_someone_else_spoke_last_is_left_alone(nlp):
    doc = nlp(
        '"I have read every page of this plan," said Senator Marcus Hale. '
        "Mayor Ada Kerr disagreed.\n\n"
        '"My office will not wait for hearings."'
    )
    found = mentions(doc)
    assert "My" not in found["Marcus Hale"]


def test_a_quotation_left_open_goes_on_over_two_more_paragraphs(nlp):
    doc = nlp(
        'Senator Marcus Hale spoke after the vote. Hale said: "I have read every page of this '
        'plan, and it is rushed.\n\n"My committee will hold hearings in May.\n\n"We owe that '
        'to the voters, and I will not back down."\n\nMayor Ada Kerr said she welcomed the '
        "hearings."
    )
    found = mentions(doc)
    assert found["Marcus Hale"].count("I") == 2
    assert "My" in found["Marcus Hale"]
    assert "I" not in found["Ada Kerr"]


def test_i_in_the_words_of_someone_who_asserted_or_acknowledged_them_is_that_person(nlp):
    doc = nlp(
        "Former member Mark Hollis left the group in 2004. Hollis asserted that officials "
        '"questioned my friends and called me a traitor."'
    )
    found = mentions(doc)
    assert "me" in found["Mark Hollis"]


def test_i_in_a_quotation_is_the_subject_of_the_verb_that_introduces_it(nlp):
    doc = nlp(
        "Governor Ann Marsh debated Senator Tom Reed on Monday. When Marsh noted that Reed "
        'had paid no tax for years, Reed boasted, "That makes me smart."'
    )
    found = mentions(doc)
    assert "me" in found["Tom Reed"]
    assert "me" not in found["Ann Marsh"]


def test_we_in_the_words_of_a_chief_executive_is_not_a_country_in_his_title(nlp):
    doc = nlp(
        "Suicide rates are rising, says Paul Ridge, founder and CEO of Iraq and Syria "
        "Veterans League. "
        '"We often compare it to the early days of a crisis."'
    )
    found = mentions(doc)
    assert "We" not in found.get("Iraq", [])
