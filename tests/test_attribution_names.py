"""Speaker names: the name alone, with the title, job, place and organization around it in
their own fields; surnames that are common words; and the tense of a date's own clause.

The sentences are written for these tests (no corpus text).
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsreader.news.analysis import Person, analyse


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyse(text).quotes]


def people_of(text: str) -> dict[str, Person]:
    return {p.name: p for p in analyse(text).people}


# ---------------------------------------------------------------- extra words around a name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Dr. Amelia Hartwell of Northfield University said the results were "remarkable '
         'for everyone involved."', "Amelia Hartwell"),
        ('Professor Ian Greer of Brookfield University School of Law said it was "nonsense '
         'from start to finish."', "Ian Greer"),
        ('Rep. Dana Whitlock of Oregon said the plan was "dead on arrival."', "Dana Whitlock"),
        ('Conservative MP Graham Pike said: "We cannot go on like this."', "Graham Pike"),
        ('Nigerian Grandmaster Tunde Okafor called the rule "a persistent problem."',
         "Tunde Okafor"),
        ('Judge Rowan Ashby QC said the men had shown "no respect for anyone."', "Rowan Ashby"),
        ('Fisherman Peter Dunmore said the catch was "the worst in years."', "Peter Dunmore"),
        ('House Minority Whip Carla Benton said the bill was "dead on arrival."',
         "Carla Benton"),
        ('Staff Sgt. Oliver Mbeki said the team was "ready for anything."', "Oliver Mbeki"),
        ('This Tuesday Finnish Interior Minister Paavo Rinne said, "The border stays open."',
         "Paavo Rinne"),
        ('The former ruler of Kesh Robert Kasanga said he would "never give up."',
         "Robert Kasanga"),
        ('"We work every weekend," quipped Northgate Theatre director Sarah Quill.',
         "Sarah Quill"),
        ('According to Westfield College historian Dana Mercer, "the records are complete."',
         "Dana Mercer"),
        ('"Nothing was left standing," said study co-author Mark Feld.', "Mark Feld"),
        ('Det Insp Gareth Pell said officers were "keeping an open mind".', "Gareth Pell"),
        ('Cllr Bryn Tudor said the closure was "a kick in the teeth".', "Bryn Tudor"),
        ('Ursula van der Berg said the deal was "fair to both sides".', "Ursula van der Berg"),
        ('"The ice is thinning," said co-author Lena Brandt of Norland University’s '
         "Polar Institute.", "Lena Brandt"),
        ('GM Arkady Voss called the ruling "a disgrace to the game."', "Arkady Voss"),
        ('Chairman President Omar Hadi el-Masri of Qadra said, "The deal is done."',
         "Omar Hadi el-Masri"),
    ],
)
def test_the_speaker_is_the_name_alone(text: str, name: str) -> None:
    assert speakers(text) == [name]


def test_affiliation_after_of_is_its_own_field() -> None:
    text = 'Dr. Amelia Hartwell of Northfield University said it was "remarkable."'
    hartwell = people_of(text)["Amelia Hartwell"]
    assert hartwell.affiliation == "Northfield University"
    assert hartwell.role == "Dr."


def test_letters_after_a_name_are_part_of_the_role() -> None:
    text = 'Judge Rowan Ashby QC said the men had shown "no respect for anyone."'
    assert people_of(text)["Rowan Ashby"].role == "Judge QC"


def test_a_name_with_of_that_is_not_a_person_stays_whole() -> None:
    text = (
        'The Bank of America said the fees were "fair." The Republic of Korea said it was '
        '"not consulted."'
    )
    assert speakers(text) == ["Bank of America", "Republic of Korea"]


def test_a_platform_before_a_surname_is_not_part_of_it() -> None:
    text = (
        "Musician Tom Fry released a song. The next day on Instagram Fry wrote that he was "
        '"done with the tour."'
    )
    assert speakers(text) == ["Tom Fry"]


# ---------------------------------------------------------------- the person, not the place


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The governor of Kandor Province, Ilse Varga, said "the roads are closed."',
         "Ilse Varga"),
        ('The director of Canada\u2019s Red Cross, Paul Verner, said aid was "on the way."',
         "Paul Verner"),
        ('Miriam Osei, Dean of Harlow School of Medicine called it "a serious setback."',
         "Miriam Osei"),
        ('Tom Bale, the Chief Operating Officer of Blue Finch said the firm was "moving on."',
         "Tom Bale"),
        ('Mark Tull of the Coastal Alliance said, "We were never asked."', "Mark Tull"),
        ('Leah Stone of local campaign group Clean Rivers Now said, "The water is filthy."',
         "Leah Stone"),
        ('Bishop Anselm Rook of the Diocese of Exmoor said, "We pray for them."',
         "Anselm Rook"),
        ('A Democratic Assemblyman, Luis Ortega, also said: "We need more nurses."',
         "Luis Ortega"),
        ('"There are at least twenty trapped," said Kursk regional Deputy Governor Anton '
         "Belov.", "Anton Belov"),
        ('"We will rebuild," the agency\u2019s deputy director Tom Bell said.', "Tom Bell"),
        ('The head of the Water Board, Ines Duarte, said supplies were "critically low".',
         "Ines Duarte"),
        ('Helen Marsh, a spokeswoman for the Harbour Police said the man was "known to us".',
         "Helen Marsh"),
    ],
)
def test_the_person_not_their_organization_or_place(text: str, name: str) -> None:
    assert speakers(text) == [name]


def test_affiliation_with_the_of_phrase_after_the_name() -> None:
    text = 'Mark Tull of the Coastal Alliance said, "We were never asked."'
    tull = people_of(text)["Mark Tull"]
    assert tull.affiliation == "the Coastal Alliance"


# ---------------------------------------------------------------- an organization quoted


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Turnout was high, and the count went \u201csmoothly and without a challenge,\u201d "
         "according to the Harlow Elections Office.", "Harlow Elections Office"),
        ("\u201cWe will appeal,\u201d said the Ministry of Water.", "Ministry of Water"),
        ("The storm was \u201cthe strongest we have measured,\u201d the Northern Weather "
         "Office said.", "Northern Weather Office"),
    ],
)
def test_an_organization_quoted_has_no_role_of_the_words_before_it(text: str,
                                                                   name: str) -> None:
    """The article before an organization's name ("the", "one of the") is no role: the
    People screen and the sidebar show none, not "the"."""
    assert speakers(text) == [name]
    assert people_of(text)[name].role is None


def test_a_person_keeps_the_role_before_their_name() -> None:
    text = "\u201cWe will appeal,\u201d said the city\u2019s mayor Tomas Reyes."
    assert people_of(text)["Tomas Reyes"].role == "the city\u2019s mayor"


# ---------------------------------------------------------------- surnames that are words


@pytest.mark.parametrize(
    "surname", ["Young", "Brown", "Hall", "May", "Hope", "West", "Lee", "Fry", "Baker",
                "Smith", "Miller", "Martin", "Wright", "Bash", "Long", "Rich", "White",
                "Day", "French", "Christian", "Sterling", "Fox", "Church", "King", "Major"],
)
def test_surnames_that_are_common_words(surname: str) -> None:
    text = (
        f"Ellen {surname}, a nurse at the clinic, spoke to reporters on Monday. "
        f'"We are short of staff every single night," {surname} said. '
        f'"Nobody listens to us," said {surname}. '
        f'{surname} added: "The young ones leave after a year." '
        f'{surname}, 45, told reporters: "We are tired."'
    )
    assert speakers(text) == [f"Ellen {surname}"] * 4


def test_a_surname_that_is_a_word_is_still_the_word_elsewhere() -> None:
    text = (
        'Susan French said the show was "a joy." It was shown in French on Christian '
        "holidays, on Day 3 of the festival."
    )
    assert [p.name for p in analyse(text).people] == ["Susan French"]
    assert people_of(text)["Susan French"].mentions == [[0, 12]]


# ---------------------------------------------------------------- words that are not names


def test_capitalized_sentence_openers_are_not_people() -> None:
    text = (
        'Critics said the plan was "a waste of money." Yeah, it was "late," '
        'Nora Quist said. Observers called it "a mess."'
    )
    names = set(people_of(text))
    assert not names & {"Critics", "Yeah", "Observers"}


# ---------------------------------------------------------------- dates: the clause's tense


PUBLISHED = dt.date(2020, 1, 22)  # a Wednesday


def dates_of(text: str) -> dict[str, str | None]:
    return {d.text: d.value for d in analyse(text, PUBLISHED).dates}


def test_a_past_clause_after_a_future_one_keeps_its_date_in_the_past() -> None:
    found = dates_of("Drivers will walk out next Friday, their union said on Wednesday.")
    assert found["on Wednesday"] == "2020-01-22"
    found = dates_of("Crews will strike on Monday, organisers announced Tuesday.")
    assert found == {"on Monday": "2020-01-27", "Tuesday": "2020-01-21"}


def test_a_future_clause_keeps_its_date_in_the_future() -> None:
    assert dates_of("The museum will be closed on Friday.") == {"on Friday": "2020-01-24"}
    assert dates_of("She will fly to Oslo on Monday and meet the minister on Thursday.") == {
        "on Monday": "2020-01-27", "on Thursday": "2020-01-23"}
    assert dates_of("The law, which will take effect in March, was passed in November.") == {
        "in March": "2020-03-01", "in November": "2019-11-01"}


# ---------------------------------------------------------------- what a name is


def test_a_person_keeps_the_first_full_name_the_article_gives() -> None:
    text = (
        "Robert Kasanga, the former president, has died. Robert Tendai Kasanga ruled for "
        'thirty years. "Only the people can remove me," Kasanga once said.'
    )
    assert speakers(text) == ["Robert Kasanga"]


def test_a_capitalized_the_name_is_a_group_or_a_work_not_a_person() -> None:
    text = (
        "Actor Brian Holt came straight from filming The Outlanders in Chile. "
        'He joked, "I still have sand in my boots."'
    )
    assert speakers(text) == ["Brian Holt"]


def test_two_places_joined_by_and_are_not_a_person() -> None:
    text = (
        "Prime Minister Nikos Arvanitis met officials. Cyprus and Israel signed the deal. "
        'He said the accord was "null and void."'
    )
    assert speakers(text) == ["Nikos Arvanitis"]
    assert people_of(text).get("Cyprus and Israel") is None or (
        people_of(text)["Cyprus and Israel"].kind == "place")


def test_a_role_after_a_name_is_a_role_only_when_it_names_one() -> None:
    text = '"You have to work weekends," quipped editor Nia Holt, later in the panel.'
    assert people_of(text)["Nia Holt"].role != "later in the panel"


def test_a_capitalized_noun_after_a_is_not_a_name() -> None:
    text = (
        "Early on, Mira Lund was cast in Married to a Dragon, a role with songs. "
        'She called it a "chance to face my fears," she said.'
    )
    assert speakers(text) == ["Mira Lund"]


def test_the_subject_before_a_participle_phrase_is_the_speaker() -> None:
    text = (
        "On Monday, the prime minister Elena Vasquez speaking to the Harbour Trust called the "
        'deal "a betrayal."'
    )
    assert speakers(text) == ["Elena Vasquez"]


def test_headline_verbs_and_titles_alone_are_not_names() -> None:
    text = (
        "Dockers Union Calls Strike Over Pay\n\nBlocks Mining Permit, Judge\n\n"
        'The union said the offer was "an insult," and the Judge said it was "late."'
    )
    names = set(people_of(text))
    assert not names & {"Dockers Union Calls", "Union Calls", "Blocks Mining Permit", "Judge"}


def test_a_title_word_is_a_surname_when_the_article_says_so() -> None:
    text = 'Stephen King wrote a novel. "It took ten years," King said.'
    assert speakers(text) == ["Stephen King"]


def test_a_run_in_heading_before_a_colon_is_not_a_speaker() -> None:
    text = (
        "Budget Cuts Hit Rural Clinics: Keeping \"every clinic open\" was the first promise "
        "of the health board."
    )
    assert "Budget Cuts Hit Rural Clinics" not in speakers(text)
    assert "Budget Cuts Hit Rural Clinics" not in people_of(text)


def test_a_role_set_off_without_its_closing_comma() -> None:
    assert speakers('Jane Roe, a senior lawyer for the city said the claim was "absurd".') == [
        "Jane Roe"]
    assert speakers('Jane Roe, a lawyer said the claim was "absurd".') == ["Jane Roe"]
    # the name ends an introductory phrase: the lawyer speaks, not Jane Roe
    assert speakers('Responding to Jane Roe, a lawyer for the city said it was "absurd".') != [
        "Jane Roe"]


def test_a_future_inside_a_quotation_is_not_the_date_s_clause() -> None:
    assert dates_of('He said "we will win this" on Monday.') == {"on Monday": "2020-01-20"}
    assert dates_of("He told reporters \u201cwe will win this\u201d on Monday.") == {
        "on Monday": "2020-01-20"}
    assert dates_of('The mayor will speak on "housing" on Friday.') == {
        "on Friday": "2020-01-24"}
    assert dates_of("The bill, which will be debated on Tuesday, was introduced on Monday.") == {
        "on Tuesday": "2020-01-28", "on Monday": "2020-01-20"}


def test_an_outlet_after_a_preposition_is_not_the_speaker() -> None:
    text = (
        "Party chairman Omar Dane set out the position in Harbour Herald Online comments:\n\n"
        '"Our members will vote as one, whatever the polls say."'
    )
    assert speakers(text) == ["Omar Dane"]


@pytest.mark.parametrize(("text", "speakers", "role"), [
    ("Guests of Honour Cherie and Sean Malloy gave a talk on Saturday. “It was like "
     "sticking your hand in an oven,” Cherie said.", ["Cherie Malloy"], "Guests of Honour"),
    ("Co-founders Ann and Bob Lee said the shop was “never about the money.”",
     ["Ann Lee", "Bob Lee"], "Co-founders"),
])
def test_a_title_before_two_first_names_and_a_surname(
    text: str, speakers: list[str], role: str
) -> None:
    result = analyse(text)
    assert [q.speakers for q in result.quotes] == [speakers]
    assert result.people[0].role == role


# ---------------------------------------------------------------- names that others' copy has


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname that also heads names with "of" (Hall of Fame), before "of" and a place
        ('"The shelf is cracking," said study co-author Ted Hall of Norland University’s '
         "Polar Institute.", "Ted Hall"),
        ('"We saw it first," said Emma Lake of the Harlow Survey.', "Emma Lake"),
        # a title from another language in front of a name
        ("The bill was criticised by archbishop Monseñor Tevita Ruiz. "
         '"It is a sad day," he said.', "Tevita Ruiz"),
        ('"Non," said Madame Ines Dubois.', "Ines Dubois"),
        # an article and a word that describes the person in passing
        ("The party recommended state Sen. Pat Okafor.\n\nContacted by the Herald, a terse "
         "Okafor agreed that she was not in the camp.\n\n\"I'm supporting Tom Selleck.\"",
         "Pat Okafor"),
    ],
)
def test_names_in_other_newsrooms_styles(text: str, name: str) -> None:
    assert speakers(text) == [name]


def test_a_word_that_describes_in_passing_is_no_role() -> None:
    person = people_of('"We will rebuild," said a visibly shaken Marta Quill.')["Marta Quill"]
    assert person.role is None


def test_a_name_that_modifies_a_noun_is_not_the_speaker() -> None:
    # the card speaks, not the person it is named for
    text = 'The printed Okafor slate card said, "Vote for the whole team."'
    assert speakers(text) != ["Okafor"]


def test_a_participle_phrase_before_the_subject_is_not_the_speaker() -> None:
    for text in (
        'Appearing before supporters, Jane Roe said it was too early but added, "We know."',
        'Pressed by reporters, Jane Roe said it was early but added, "We will see."',
    ):
        assert speakers(text) == ["Jane Roe"], text


def test_she_does_not_mean_a_county() -> None:
    # Northamptonshire police: a county, and "she" is the woman named after it, whose
    # first name the lexicon does not know
    text = ("Harry Dunn was struck by a car on the wrong side of the road in Wessexshire. "
            "Wessexshire police were able to find the car and spoke with Thandiwe Okoro as a "
            'suspect. She informed police she had immunity, but "that she had no plans to '
            'leave the country".')
    assert speakers(text) == ["Thandiwe Okoro"]


def test_a_country_the_lexicon_knows_is_not_a_speaker() -> None:
    text = ('Officials in Zimbabwe were cautious. "We are studying the report," '
            "Zimbabwe said in a statement.")
    assert all(p.name != "Zimbabwe" or p.kind != "person" for p in analyse(text).people)


def test_a_country_after_of_is_not_part_of_the_name_after_it() -> None:
    # a first name the lexicon does not know, so only the "of" tells the country off
    text = ("Longtime leader of Zimbabwe Tendai Moyo dies aged 95\n\n"
            "Tendai Moyo ruled for decades. \"Only God will remove me,\" Moyo once said.")
    assert speakers(text) == ["Tendai Moyo"]
    assert "Zimbabwe Tendai Moyo" not in people_of(text)


def test_the_noun_a_title_is_of_stays_in_the_role() -> None:
    text = ('On Monday harbour master Jonathan Pengelly said the wall "has to be rebuilt '
            'first." Later, ferry captain Ruth Amos said the crossing was "simply too rough."')
    found = people_of(text)
    assert found["Jonathan Pengelly"].role == "harbour master"
    assert found["Ruth Amos"].role == "ferry captain"


def test_a_quoted_nickname_inside_a_name() -> None:
    text = '"We will win," Marcia "Cia" Price said. "We will," Price added.'
    assert speakers(text) == ["Marcia Price", "Marcia Price"]
    assert list(people_of(text)) == ["Marcia Price"]


def test_a_role_in_capitals_with_no_name_is_nobody_s_name() -> None:
    text = ('The drill ran all night. "We held the line," said the Battalion Commander. '
            '"Next time we move faster," the Human Resources Director added.')
    found = analyse(text)
    assert [q.speaker for q in found.quotes] == [None, None]
    assert [q.source for q in found.quotes] == [
        "the Battalion Commander", "the Human Resources Director"]
    assert found.people == []


def test_a_surname_that_is_a_title_word_is_still_a_name() -> None:
    text = '"We held the line," said Tom Judge. "Next time," Mr. Bishop added.'
    assert speakers(text) == ["Tom Judge", "Bishop"]


def test_two_roles_joined_before_a_name() -> None:
    text = ('"The party is united," said former Ohio Gov. and Liberty Committee Chairman '
            "Dana Whitcomb.")
    assert speakers(text) == ["Dana Whitcomb"]


def test_a_surname_alone_opening_a_sentence_before_who() -> None:
    text = ('Okonkwo, who founded the group in 2009, said the plan was "a disgrace to the '
            'city." Adeyemi, who joined later, agreed: "It is."')
    assert speakers(text) == ["Okonkwo", "Adeyemi"]


def test_a_crowd_counted_in_dozens_is_not_a_person() -> None:
    text = ('Dozens of NCOs applauded. "We want fewer changes," said Sgt. Ilse Marsh. '
            'Hundreds of Soldiers cheered her.')
    assert list(people_of(text)) == ["Ilse Marsh"]


def test_of_the_inside_an_organization_s_or_a_title_s_name() -> None:
    text = ('The Ministry of the Interior said that "all roads will reopen by Friday." '
            'Later, Speaker of the House Dana Whitlock said: "We agree."')
    assert speakers(text) == ["Ministry of the Interior", "Dana Whitlock"]
    assert people_of(text)["Dana Whitlock"].role == "Speaker of the House"


def test_a_role_read_loosely_before_a_name_does_not_repeat_the_name() -> None:
    text = ('"I have never seen anything like it," said 54-year-old Ines Cardoso. '
            '"Nor have I," said Mr. Tomas Vidal.')
    found = people_of(text)
    assert found["Ines Cardoso"].role == "54-year-old"
    assert found["Tomas Vidal"].role is None


def test_a_state_s_abbreviation_is_a_place_not_a_person() -> None:
    text = ('Dana Roe, 59, of Ashton, Md., who watched the ceremony, said the day brought back '
            '"all the people who were not here." Later, in Columbia, Mo., the crowd was '
            'smaller. "It was cold," said Ama Osei, 31, of Laurel, Md.')
    assert speakers(text) == ["Dana Roe", "Ama Osei"]
    assert "Md." not in people_of(text)


def test_a_dateline_or_a_heading_in_capitals_is_not_a_person() -> None:
    text = ("Cruz leads the count\n\nFULL TEXT.\n\nFARGO, N.D. — Delegates met on Saturday. "
            '"We won," she said.')
    found = analyse(text)
    assert found.people == []
    assert [q.speaker for q in found.quotes] == [None]


def test_a_title_s_first_word_before_a_verb_is_no_one_a_pronoun_can_mean() -> None:
    text = ("Storm hits harbour town\n\n"
            'She described the damage as "worse than anyone feared" in a post on Facebook.')
    found = analyse(text)
    assert [q.speaker for q in found.quotes] == [None]
    assert found.people == []


def test_an_aside_after_a_name_is_no_role() -> None:
    text = ('Ann Smith, speaking to reporters on Monday, said the ruling was "final and '
            'binding." Tom Reyes, in a statement to local officials, said: "We agree." '
            'Ida Moss, managing editor of the Courier, said it was "overdue."')
    found = people_of(text)
    assert found["Ann Smith"].role is None
    assert found["Tom Reyes"].role is None
    assert found["Ida Moss"].role == "managing editor of the Courier"


def test_lead_before_a_name_is_a_title() -> None:
    text = ('Lead Siddharth Sun-Hyung Lee said the show had been "underestimated up until '
            'now." Lead singer Oluwaseun Bakare said the tour was "the best yet."')
    assert speakers(text) == ["Siddharth Sun-Hyung Lee", "Oluwaseun Bakare"]
