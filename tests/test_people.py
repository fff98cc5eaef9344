"""People, organizations and places named as sources: names, short forms, roles, kinds."""

from __future__ import annotations

import pytest

from newsreader.news.analysis import Person, analyse


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyse(text).quotes]


def people_of(text: str) -> dict[str, Person]:
    return {p.name: p for p in analyse(text).people}


def test_full_name_short_forms_and_mentions() -> None:
    text = (
        "Henry Lucero, a deputy director for the agency, spoke first. “We are ready,” "
        "Lucero said. Later, Mr. Lucero added: “We will not wait.”"
    )
    people = people_of(text)
    assert list(people) == ["Henry Lucero"]
    lucero = people["Henry Lucero"]
    assert lucero.short_forms == ["Lucero"]
    assert lucero.quotes == [0, 1]
    assert [text[a:b] for a, b in lucero.mentions] == ["Henry Lucero", "Lucero", "Lucero"]


def test_role_and_affiliation_from_an_appositive() -> None:
    text = "“No comment,” Ryan Luby, a spokesman for the city attorney’s office, said."
    luby = people_of(text)["Ryan Luby"]
    assert luby.role == "a spokesman for the city attorney’s office"
    assert luby.affiliation == "the city attorney’s office"


def test_role_from_a_description_before_the_name_set_off_by_commas() -> None:
    # the description is the person's role though the sentence quotes nobody
    text = ("The company's chief executive, Laura Finch, announced the closure on Monday. "
            "First, Ellen Kullman, the founder, spoke. “This was a painful decision,” the "
            "chief executive said. “It was,” Kullman said.")
    people = people_of(text)
    assert people["Laura Finch"].role == "The company's chief executive"
    assert people["Ellen Kullman"].role == "the founder"
    assert speakers(text) == ["Laura Finch", "Ellen Kullman"]


def test_role_from_a_title_before_the_name() -> None:
    text = "Acting Homeland Security Secretary Chad Wolf said the rules were “unlawful.”"
    wolf = people_of(text)["Chad Wolf"]
    assert wolf.role == "Acting Homeland Security Secretary"
    assert wolf.affiliation == "Homeland Security"


@pytest.mark.parametrize(("text", "name", "affiliation"), [
    # a relative clause after the role names places and bodies, not the person's office
    ("Ana Ferreira, a nurse who commutes from Pell Island to Calder Bay General Hospital, "
     "said: “I can’t leave my patients.”", "Ana Ferreira", None),
    ("“The data are clear,” said Lena Hoss, a professor at Norland University who studies "
     "reefs.", "Lena Hoss", "Norland University"),
    # an ordinary word capitalized because it opens the sentence is no office
    ("Campaign manager Rita Fox was upbeat. “We will win,” Fox said.", "Rita Fox", None),
    ("Museum director Oren Gold agreed. “It is a jewel,” Gold said.", "Oren Gold", None),
    ("The Growers’ Cooperative wants a delay. Its chair, Nadia Karimi, called the order "
     "“a blunt instrument.”", "Nadia Karimi", "Growers’ Cooperative"),
    ("Her campaign manager, Robby Mook, said she was “ready.”", "Robby Mook", None),
    # but a one-word institution is, and so is a name
    ("Senate candidate Tom Ruiz spoke. “We will win,” Ruiz said.", "Tom Ruiz", "Senate"),
    ("Leeds mayor Jo Hart was there. “We will go,” Hart said.", "Jo Hart", "Leeds"),
])
def test_affiliation_is_an_office_the_role_names(
    text: str, name: str, affiliation: str | None
) -> None:
    assert people_of(text)[name].affiliation == affiliation


@pytest.mark.parametrize(("text", "role"), [
    ("At a briefing, county fire chief Nkechi Obi described the night. “We held the line,” "
     "Obi said.", "county fire chief"),
    ("“It was close,” said Minnesota state delegate Mary Susan.", "Minnesota state delegate"),
    # the same words as a verb and its object are no role
    ("The board voted to fire chief executive Tom Hale. “It is unfair,” Hale said.",
     "chief executive"),
    ("“Nothing to add,” said spokesman John Kirby.", "spokesman"),
])
def test_a_word_that_may_be_a_verb_is_part_of_the_title_it_qualifies(text: str, role: str) -> None:
    assert [p.role for p in analyse(text).people] == [role]


def test_honorific_is_not_a_role() -> None:
    text = "“It was a disaster,” Mr. Smith said."
    assert people_of(text)["Smith"].role is None


def test_kinds_person_organization_place() -> None:
    text = (
        "“We followed the law,” the Federal Aviation Administration said. "
        "Denver denied it, saying its “ordinance complies with federal law.” "
        "“I disagree,” Maria Lopez said."
    )
    people = people_of(text)
    assert people["Federal Aviation Administration"].kind == "organization"
    assert people["Denver"].kind == "place"
    assert people["Maria Lopez"].kind == "person"


@pytest.mark.parametrize(
    "name", ["Marlow County", "Lee County", "Jackson Township", "Orleans Parish",
             "Ontario Province", "Harrow Borough", "Calder District"])
def test_a_county_township_parish_province_borough_or_district_is_a_place(name: str) -> None:
    """A run ending in a place's head is a place, so it leaves the People list for the
    organisations and places (Lee is a first name: still a county)."""
    text = f"{name} said in a notice that roads were \u201cclosed until further notice.\u201d"
    assert speakers(text) == [name]
    assert people_of(text)[name].kind == "place"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("\u201cWe are ready,\u201d said Mike Parish, who runs the shelter.", "Mike Parish",
         "person"),
        ("\u201cRoads are shut,\u201d the Marlow County Council said.", "Marlow County Council",
         "organization"),
    ],
)
def test_a_place_head_with_a_first_name_or_an_organization_word_is_not_a_place(
        text: str, name: str, kind: str) -> None:
    assert people_of(text)[name].kind == kind


def test_the_person_a_county_title_goes_with_stays_a_person() -> None:
    text = "\u201cIt is over,\u201d said Lee County Sheriff John Smith."
    smith = people_of(text)["John Smith"]
    assert (smith.kind, smith.role) == ("person", "Lee County Sheriff")


def test_acronym_is_a_short_form_of_the_organization() -> None:
    text = (
        "U.S. Immigration and Customs Enforcement subpoenaed the city. ICE said the police "
        "did not cooperate, calling it a “drastic” change."
    )
    people = people_of(text)
    ice = people["U.S. Immigration and Customs Enforcement"]
    assert ice.kind == "organization"
    assert "ICE" in ice.short_forms


def test_sources_of_indirect_attributions_are_people_too() -> None:
    text = "Ann Lee said the bridge would reopen in May. “We are confident,” Tom Park said."
    people = people_of(text)
    assert set(people) == {"Ann Lee", "Tom Park"}
    assert people["Ann Lee"].quotes == []
    assert people["Tom Park"].quotes == [0]


def test_same_name_is_the_same_person_different_first_names_are_not() -> None:
    text = (
        "“I will run,” Donald Trump said. “He will win,” Melania Trump said. "
        "“We are together,” Trump said."
    )
    people = people_of(text)
    assert set(people) == {"Donald Trump", "Melania Trump"}
    assert people["Donald Trump"].quotes == [0, 2]
    assert people["Melania Trump"].quotes == [1]


def test_a_plural_possessive_inside_an_organizations_name() -> None:
    text = (
        "The Tallow Valley Growers’ Cooperative, which represents 600 farms, asked for a "
        "delay. Its chair, Nadia Karimi, called the order “a blunt instrument.”"
    )
    people = people_of(text)
    assert people["Tallow Valley Growers’ Cooperative"].kind == "organization"
    # a role that opens with "its" belongs to the organization named just before
    assert people["Nadia Karimi"].affiliation == "Tallow Valley Growers’ Cooperative"


def test_a_plural_possessive_before_a_persons_name_ends_the_owner() -> None:
    text = "“The talks have stalled,” Reuters’ Luciana Lopez reported on Friday."
    assert speakers(text) == ["Luciana Lopez"]


def test_first_lady_keeps_its_honorific_and_an_interjection_is_no_one() -> None:
    text = ("Former First Lady Michelle Obama spoke. “We need to vote,” she said. "
            "It was great. [laughs] Um, what else? “I like it,” Obama said.")
    people = people_of(text)
    assert list(people) == ["Michelle Obama"]
    assert people["Michelle Obama"].role == "Former First Lady"


def test_chief_is_a_title_before_a_name() -> None:
    text = ("Police Chief Ann Moore said officers had “no choice.” Moore added that the "
            "inquiry was going on. Chief Executive Tom Hall said it was “a sad day.”")
    people = people_of(text)
    assert sorted(people) == ["Ann Moore", "Tom Hall"]
    assert people["Ann Moore"].role == "Police Chief"
    assert people["Tom Hall"].role == "Chief Executive"
    assert speakers(text) == ["Ann Moore", "Tom Hall"]


def test_a_first_name_that_is_also_a_title_and_sports_titles() -> None:
    # Earl Dunphy is a man named Earl, not an earl; a sprinter's title is not her name
    result = analyse('Rescue\n\n"I need help," said Earl Dunphy. Sprinter Kaja Vollmer said: '
                     '"I am innocent."')
    assert [(p.name, p.role) for p in result.people] == [
        ("Earl Dunphy", None), ("Kaja Vollmer", "Sprinter")]


def test_first_names_from_newsrooms_around_the_world_give_names_and_genders() -> None:
    text = ("Settlement\n\n"
            '"This settlement holds Kestrel accountable," said EPA Region 5 Administrator '
            "Monique Bishop. Finance Minister Dusan Pavlov disagreed.\n\n"
            'Bishop said the agency would meet residents. "They deserve answers," she said.')
    assert [q.speaker for q in analyse(text).quotes] == ["Monique Bishop", "Monique Bishop"]


def test_a_hall_named_without_a_first_name_is_a_place_not_a_person_of_that_surname() -> None:
    text = ("Pipeline deal\n\n"
            "The leaders met at Zappeion Hall in Athens. Benjamin Hall said the pipeline was "
            '"a historic day". Hall called on Italy to join, adding "We call on any other '
            'country to do so."')
    assert [q.speaker for q in analyse(text).quotes] == ["Benjamin Hall", "Benjamin Hall"]


def test_a_word_never_a_name_alone_opens_an_organizations_name() -> None:
    texts = ['The European Union said it expected "a record turnout" in May.',
             'The Democratic National Committee said it expected "a record turnout" in May.',
             'The Election Commission of India said it expected "a record turnout" in May.',
             '"It will be close," Republican National Committee Chairman Reince Priebus said.',
             'The Christian Democratic Union said it expected "a record turnout" in May.']
    found = [[(p.name, p.role) for p in analyse("Vote\n\n" + text).people] for text in texts]
    assert found == [[("European Union", None)], [("Democratic National Committee", None)],
                     [("Election Commission of India", None)],
                     [("Reince Priebus", "Republican National Committee Chairman")],
                     [("Christian Democratic Union", None)]]


def test_festivals_directorates_and_names_in_other_languages_are_organizations() -> None:
    texts = ["The Northwater International Film Festival closed on Sunday. Jane Roe won. In a "
             'statement, the festival said it would "grow the late-night programme" next year.',
             "The Los Lagos Regional Fisheries Directorate has not restricted trawling. In a "
             'statement, the directorate said it had "received the study with interest".',
             "Rojas works at the Universidad Austral del Pacífico in Valdivia. The university "
             'said the discovery was "a reminder of how little we have seen".',
             "A report came from the International Council on the Cryosphere. The council said "
             'the ice was "going fast".']
    assert [[q.speaker for q in analyse("Prizes\n\n" + text).quotes] for text in texts] == [
        ["Northwater International Film Festival"], ["Los Lagos Regional Fisheries Directorate"],
        ["Universidad Austral del Pacífico"], ["International Council on the Cryosphere"]]


def test_a_degree_after_a_job_is_no_part_of_the_role_a_description_matches() -> None:
    text = ("NOAA Fisheries Regional Administrator Dr. Miriam Castellanos announced the closure."
            '\n\nThe regional administrator said the agency had "heard those concerns".')
    result = analyse("Closure\n\n" + text)
    assert [q.speaker for q in result.quotes] == ["Miriam Castellanos"]
    assert [(p.name, p.role) for p in result.people] == [
        ("Miriam Castellanos", "NOAA Fisheries Regional Administrator")]


def test_a_title_after_an_organizations_of_and_a_description_with_an_extra_word() -> None:
    text = ("The governing People's Party of Prime Minister Andrei Koval fell from 70 seats to "
            "41. Former finance minister Tomas Varga won.\n\nThe outgoing prime minister, who "
            'has led the party since 2009, wrote that he was "proud of what we built".')
    result = analyse("Vote\n\n" + text)
    assert [q.speaker for q in result.quotes] == ["Andrei Koval"]
    assert [(p.name, p.role) for p in result.people] == [("Andrei Koval", "Prime Minister")]


def test_a_hyphenated_job_after_a_name_is_a_role_a_description_finds() -> None:
    text = ('"Swarms are common," said Dr. Ellen Strong, USGS Scientist-in-Charge of the Alaska '
            'Volcano Observatory.\n\nOfficials met.\n\n"We would rather people heard it from '
            'us," the scientist-in-charge said.')
    result = analyse("Volcano\n\n" + text)
    assert [q.speaker for q in result.quotes] == ["Ellen Strong", "Ellen Strong"]
    assert [p.role for p in result.people] == [
        "USGS Scientist-in-Charge of the Alaska Volcano Observatory"]


def test_a_club_named_for_its_town_is_what_the_club_means() -> None:
    text = ('Kellerton Rovers lost 2-1. Rovers confirmed in a statement that their goalkeeper '
            'was hurt. "Ben will see a specialist," the club said.')
    assert [q.speaker for q in analyse("Cup\n\n" + text).quotes] == ["Rovers"]


def test_two_plural_nouns_of_an_office_are_no_people() -> None:
    text = ("The handover was attended by Tanzania's Minister for Culture, Arts and Sports, "
            'Neema Mwakyusa.\n\nMwakyusa thanked the museum. "There are thousands of objects," '
            "the minister said.")
    result = analyse("Drum\n\n" + text)
    assert [q.speaker for q in result.quotes] == ["Neema Mwakyusa"]
    assert [p.name for p in result.people] == ["Neema Mwakyusa"]
