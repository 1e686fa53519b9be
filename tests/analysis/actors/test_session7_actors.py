"""Actor list, session 7 (issue 16 items 1-3 and 5): names the model cut before "and",
organisations named only in a person's description (invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.model import Actor


def actors_of(nlp, text: str) -> list[Actor]:
    return find_actors(nlp(text))


def names_of(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors}


def test_an_organisation_name_cut_before_and_is_read_whole(nlp):
    text = (
        "The Union of Rationalist Atheists and Agnostics said in a statement that it would "
        "file a complaint."
    )
    names = names_of(actors_of(nlp, text))
    assert "Union of Rationalist Atheists and Agnostics" in names
    assert "Union of Rationalist Atheists" not in names


def test_the_short_form_before_and_joins_the_full_name(nlp):
    text = (
        "The Union of Rationalist Atheists and Agnostics said in a statement that it would "
        "file a complaint. Later, a spokesman for the Union of Rationalist Atheists said the "
        "group had no comment."
    )
    actors = actors_of(nlp, text)
    unions = [a for a in actors if a.name.startswith("Union of")]
    assert [a.name for a in unions] == ["Union of Rationalist Atheists and Agnostics"]
    assert len([m for m in unions[0].mentions if m.kind == "name"]) == 2


def test_an_organisation_only_in_a_persons_description_is_no_actor(nlp):
    text = (
        "Former Air Force veteran Dale Whitcombe, the GOP nominee in Ohio, invoked his rights "
        "on Tuesday. Whitcombe said the loans were legal."
    )
    names = names_of(actors_of(nlp, text))
    assert "Dale Whitcombe" in names
    assert "GOP" not in names
    assert "Air Force" not in names


def test_an_organisation_that_acts_elsewhere_stays(nlp):
    text = (
        "Dale Whitcombe, the GOP nominee in Ohio, invoked his rights on Tuesday. "
        "The GOP said it stood by him."
    )
    assert "GOP" in names_of(actors_of(nlp, text))


def test_an_organisation_whose_spokesman_speaks_stays(nlp):
    text = "Acme spokeswoman Jo Pike said the plant would stay open."
    assert "Acme" in names_of(actors_of(nlp, text))


def kind_of(actors: list[Actor], name: str) -> str | None:
    return next((a.kind for a in actors if a.name == name), None)


def test_a_pollster_with_a_persons_name_is_an_organisation_every_time(nlp):
    text = (
        "A new survey from Emerson Hartley shows the race tightening. Emerson Hartley "
        "surveyed 900 likely voters between Monday and Thursday."
    )
    assert kind_of(actors_of(nlp, text), "Emerson Hartley") == "organisation"


def test_a_title_word_ending_a_name_is_not_cut_to_leave_a_small_word(nlp):
    text = "Later she told Meet the Press that the campaign would spend more in Reno."
    names = names_of(actors_of(nlp, text))
    assert "Meet the" not in names


def test_a_former_employer_glued_to_ex_is_no_actor(nlp):
    text = "The candidate, Paul Dreyer, is an ex-Goldman Sachs banker from Reno."
    names = names_of(actors_of(nlp, text))
    assert not any(name.startswith("ex-") for name in names)


def test_the_last_word_of_an_of_name_before_a_thing_is_no_product(nlp):
    text = (
        "The Church of Veltology website was attacked on Sunday. Critics say Veltology has "
        "fought them for years."
    )
    actors = actors_of(nlp, text)
    church = next(a for a in actors if a.name == "Church of Veltology")
    assert any(m.text == "Veltology" for m in church.mentions)


def test_name_words_before_a_several_word_country_make_one_organisation(nlp):
    text = "Tourism New Zealand said visitor numbers rose in March."
    actors = actors_of(nlp, text)
    assert kind_of(actors, "Tourism New Zealand") == "organisation"
    assert "New Zealand" not in names_of(actors)


def test_a_town_before_its_country_stays_a_place(nlp):
    text = "In Auckland, New Zealand, crowds gathered on Monday."
    assert "Auckland New Zealand" not in names_of(actors_of(nlp, text))


def test_names_listed_after_a_plural_organisation_noun_are_organisations(nlp):
    text = (
        "The suit was brought by two companies, Velox and Marta Quill, on Monday. "
        "Marta Quill said it would appeal."
    )
    actors = actors_of(nlp, text)
    assert kind_of(actors, "Marta Quill") == "organisation"


def test_names_listed_after_a_plural_noun_for_people_stay_people(nlp):
    text = "The board includes two lawyers, Jo Pike and Ann Lee. Pike said she would resign."
    actors = actors_of(nlp, text)
    assert kind_of(actors, "Ann Lee") == "person"


def test_a_capitals_name_listed_with_a_state_is_the_state(nlp):
    text = (
        "Colorado passed the law in May. Washington and Oregon are considering bills "
        "modeled on Colorado's law."
    )
    actors = actors_of(nlp, text)
    assert kind_of(actors, "Washington") == "place"
    assert "United States" not in names_of(actors)


def test_a_broadcasters_programme_told_once_is_no_person(nlp):
    text = (
        "Sen. Mark Dalton said the panel would act. Dalton told MSNBC's Morning Joe that "
        "the firm had ignored three requests."
    )
    names = names_of(actors_of(nlp, text))
    assert "Morning Joe" not in names
    assert "Mark Dalton" in names


def test_a_member_named_with_an_organisations_possessive_stays_a_person(nlp):
    text = "The localist group Youngflame's Baggio Tam was elected on Sunday."
    assert kind_of(actors_of(nlp, text), "Baggio Tam") == "person"


def test_a_firm_named_for_its_trade_is_an_organisation(nlp):
    text = "Rasmussen Reports found a narrower margin in its survey of 900 voters."
    assert kind_of(actors_of(nlp, text), "Rasmussen Reports") == "organisation"


def test_a_word_of_titles_ending_a_name_is_kept(nlp):
    text = "The Finnish Press reported on Monday that the talks in Oslo had failed."
    assert "Finnish Press" in names_of(actors_of(nlp, text))


def test_generic_words_before_a_station_are_no_town(nlp):
    text = (
        "The boy was praised online. Orbis tweeted support of Ahmed Noor via its account "
        "International Space Station Image: Twitter / Orbis.\n\nHe was released."
    )
    names = names_of(actors_of(nlp, text))
    assert "International Space" not in names


def test_a_name_glued_to_a_participle_is_no_actor(nlp):
    text = (
        "Gov. Laura Benning defied a Harvard-trained economist who warned it would worsen "
        "the deficit. A Kremlin-backed news site claimed the order was a prelude to rationing."
    )
    names = names_of(actors_of(nlp, text))
    assert "Harvard" not in names
    assert "the Kremlin" not in names
    assert "Laura Benning" in names


def test_a_lone_capitalised_assembly_is_an_actor(nlp):
    text = (
        "Gov. Laura Benning defied the Republican-led Assembly on Thursday. Speaker Tom "
        "Velasquez said the Assembly would sue."
    )
    assert kind_of(actors_of(nlp, text), "Assembly") == "organisation"


def test_a_lone_institution_joins_the_one_named_in_full(nlp):
    text = "The National Assembly voted on Monday. The Assembly will meet again in May."
    actors = actors_of(nlp, text)
    assert [a.name for a in actors] == ["National Assembly"]
    assert len(actors[0].mentions) == 2


def test_a_persons_name_cut_in_two_entities_is_one_person(nlp):
    from spacy.tokens import Span

    text = "Wim Kovacs and Tam Kovacs's father scored. Later, Tam Kovacs scored again."
    doc = nlp(text)
    tam = [t.i for t in doc if t.text == "Tam"]
    kovacs = [t.i for t in doc if t.text == "Kovacs"]
    # the model's cut: the first name an organisation, the surname a person
    doc.ents = [
        Span(doc, 0, 2, label="PERSON"),
        Span(doc, tam[0], tam[0] + 1, label="ORG"),
        Span(doc, kovacs[2], kovacs[2] + 1, label="PERSON"),
    ]
    actors = find_actors(doc)
    assert kind_of(actors, "Tam Kovacs") == "person"
    assert "Tam" not in names_of(actors)


def test_a_company_apposed_once_is_an_organisation_everywhere(nlp):
    text = (
        "Marlow Kent, the software company, cut 300 jobs on Monday. Marlow Kent said the cuts "
        "were needed. Analysts said Marlow Kent had overexpanded."
    )
    assert kind_of(actors_of(nlp, text), "Marlow Kent") == "organisation"


def test_an_organisation_cut_after_its_and_is_one_name(nlp):
    # the model reads "the U.S. Fish and" and "Wildlife Service" as two organisations
    doc = nlp("A federal judge has ruled that the U.S. Fish and Wildlife Service broke the law.")
    names = [a.name for a in find_actors(doc)]
    assert "U.S. Fish and Wildlife Service" in names, names
    assert not any(n.startswith("and ") or n.endswith(" and") for n in names), names


def test_a_politicians_home_town_is_a_place(nlp):
    # the model labels unknown towns organisations: "a Democrat from Kettle Bend"
    text = (
        "State Sen. Lorraine Vukovich, a Democrat from Kettle Bend, wrote the bill. "
        "Its ally is Rep. Gary Lindqvist of Marrow Lake, a retired deputy."
    )
    kinds = {a.name: a.kind.value for a in find_actors(nlp(text))}
    assert kinds.get("Kettle Bend") in (None, "place"), kinds
    assert kinds.get("Marrow Lake") in (None, "place"), kinds
    assert kinds.get("Lorraine Vukovich") == "person"


def test_a_member_of_an_organisation_without_a_legislators_title_keeps_it(nlp):
    doc = nlp("Jane Doe of the Brookings Institution said the plan would fail.")
    kinds = {a.name: a.kind.value for a in find_actors(doc)}
    assert kinds.get("Brookings Institution") == "organisation", kinds
