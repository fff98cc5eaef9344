"""Which quoted spans are quotations, and the cues that find them: headline quotations,
the quotative ``like``, quotations in interviews, scare quotes, terms and titles left out,
and the people list without junk. Every sentence here is made up for these tests."""

from __future__ import annotations

import pytest

from newsreader.news.analysis import Analysis, Quote, analyse


def quotes(result: Analysis) -> list[str]:
    return [q.text for q in result.quotes]


def only(result: Analysis, fragment: str) -> Quote:
    found = [q for q in result.quotes if fragment in q.text]
    assert len(found) == 1, f"{fragment!r}: {quotes(result)}"
    return found[0]


# ---------------------------------------------------------------- headline quotations

HEADER = "Source: The Tern Valley Courier\nDate: 2026-04-02\n\n"


def test_headline_single_marks_are_a_quotation_with_the_body_speaker() -> None:
    text = (HEADER + "Harbour Pilots Call Pay Offer ‘An Insult’ as Talks Stall\n\n"
            "Pilots at the port of Tern rejected the latest offer on Tuesday.\n\n"
            "“It is an insult, and nothing less,” said Orla Brennan, who chairs the "
            "pilots’ association.\n")
    result = analyse(text)
    title = only(result, "An Insult")
    assert text[title.start : title.end] == "An Insult"
    assert title.speaker == "Orla Brennan"
    assert only(result, "nothing less").speaker == "Orla Brennan"


def test_headline_quotation_the_body_never_quotes_has_no_speaker() -> None:
    text = (HEADER + "Council Takes ‘Final Look’ at Bridge Plan\n\n"
            "The council met on Monday to discuss the bridge.\n")
    result = analyse(text)
    title = only(result, "Final Look")
    assert title.speaker is None and title.speakers == [] and title.verb is None
    assert result.people == [] or all(0 not in p.quotes for p in result.people)


def test_headline_quotation_without_the_articles_the_body_quotes() -> None:
    # headlines drop articles: the body's "no deal without a pay rise" is the same words
    text = (HEADER + 'Union chief: "No deal without pay rise"\n\n'
            'Union chief Mark Dale said on Monday there would be "no deal without a pay '
            'rise."\n')
    result = analyse(text)
    assert [q.speaker for q in result.quotes] == ["Mark Dale", "Mark Dale"]


def test_headline_with_its_own_cue() -> None:
    text = (HEADER + "‘We will not move’: Ana Duarte tells the Courier about the quay\n\n"
            "Ana Duarte has fished from the old quay for thirty years.\n")
    result = analyse(text)
    assert only(result, "We will not move").speaker == "Ana Duarte"


def test_a_first_line_that_reads_as_a_sentence_is_no_title() -> None:
    # ends with a period: a sentence, whose single marks stay apostrophes and nested quotes
    text = "The mayor’s plan is ‘bold.’\n\nThe council meets on Friday.\n"
    assert analyse(text).quotes == []


def test_title_case_headline_fragments_are_not_people() -> None:
    text = (HEADER + "Union Calls Strike as Judge Blocks Ferry Deal\n\n"
            "“We have no other choice,” said Tomasz Wilk, the union’s secretary.\n")
    result = analyse(text)
    assert [p.name for p in result.people] == ["Tomasz Wilk"]


# ---------------------------------------------------------------- the quotative like


def test_quotative_like_after_be() -> None:
    text = ("Mira Sato runs the night shelter. When the heating failed, she was like, "
            "“We are not closing tonight.” The volunteers stayed.")
    assert only(analyse(text), "not closing").speaker == "Mira Sato"


def test_quotative_like_with_an_unnamed_group_has_no_speaker() -> None:
    text = "Some residents went like “Why here?” when the plans were shown."
    q = only(analyse(text), "Why here?")
    assert q.speaker is None and q.verb == "went like"


def test_be_like_as_a_comparison_is_no_cue() -> None:
    text = "The square after the storm, it was like “a river of glass,” said Leon Fisk."
    q = only(analyse(text), "river of glass")
    assert q.speaker == "Leon Fisk" and q.verb == "said"


# ---------------------------------------------------------------- the people list


def test_common_words_at_a_sentence_start_are_not_people() -> None:
    text = ("Officials said the road would reopen. Critics said it was too late.\n\n"
            "“We waited a year,” said Priya Nair, a shop owner on the road. Unrest grew "
            "as the weeks passed, and the unrest reached the council.\n")
    result = analyse(text)
    assert [p.name for p in result.people] == ["Priya Nair"]


def test_a_span_of_time_opening_a_sentence_is_not_the_speaker() -> None:
    text = ("Priya Nair lost the vote on Monday. Hours later, she issued a statement calling "
            'the result "a setback for every tenant." Days later, she told reporters, "We '
            'will be back." Another sign read, "Slow down."')
    result = analyse(text)
    assert [q.speaker for q in result.quotes][:2] == ["Priya Nair", "Priya Nair"]
    assert [p.name for p in result.people] == ["Priya Nair"]


def test_a_crowd_chanting_is_the_source_not_the_person_in_the_aside() -> None:
    result = analyse('As Tom Hale attacked his rival, the crowd chanted, "Lock him up!"')
    assert [(q.speaker, q.source, q.verb) for q in result.quotes] == [
        (None, "the crowd", "chanted")]


def test_a_span_of_time_before_the_subject() -> None:
    result = analyse('Eight years ago, Tom Hale backed the plan and said, "It will pay for '
                     'itself." Four hours earlier, a council memo was released stating that '
                     'the loss was "long expected."')
    first, second = result.quotes
    assert first.speaker == "Tom Hale"
    assert "council memo" in (second.speaker or second.source or "")  # a document speaks


def test_a_building_is_not_a_person() -> None:
    text = 'Tom Hale won the vote. Kerrow Tower was packed, and he called his rival "a coward."'
    result = analyse(text)
    assert [q.speaker for q in result.quotes] == ["Tom Hale"]
    assert [p.name for p in result.people] == ["Tom Hale"]


def test_unresolved_descriptions_are_not_people() -> None:
    text = ("The ferry union met on Monday. “We have no choice,” its leader said. Officials "
            "said talks would resume.")
    result = analyse(text)
    assert only(result, "no choice").speaker is None
    assert result.people == []


def test_a_surname_that_is_a_common_word_is_still_a_person() -> None:
    text = ("“The river has never been this low,” said Hope.\n\n"
            "Hope, a ferryman, has crossed it for years; his hope is rain.\n")
    result = analyse(text)
    assert "Hope" in [p.name for p in result.people]


# ---------------------------------------------------------------- interviews


INTERVIEW = """Source: The Tern Valley Courier

Lighthouse Keeper Tells of Forty Winters

Elena Varga kept the Tern Point light for forty winters. The Courier spoke with her.

((Courier))  When did you first climb the tower?

((Elena Varga))  I was nine. My uncle kept the light, and I said, "One day this is mine."

((Courier))  Did your family agree?

((Elena Varga))  Not at first. My mother, she was like, "You will freeze up there." But I went.

Then the storms came, and the boats needed the light more than ever.
"""


def test_interview_i_is_the_speaker_of_the_turn() -> None:
    result = analyse(INTERVIEW)
    assert only(result, "One day this is mine").speaker == "Elena Varga"


def test_interview_she_is_not_one_of_the_two_talking() -> None:
    # "she" in the answer is someone the interviewee speaks of, named nowhere
    q = only(analyse(INTERVIEW), "You will freeze")
    assert q.speaker is None


def test_interview_labels_are_not_quotations() -> None:
    assert len(analyse(INTERVIEW).quotes) == 2


# ---------------------------------------------------------------- terms, names and titles


def test_terms_names_and_titles_are_not_quotations() -> None:
    for text in (
        "Judge Ines Moro said lawyers argued over the term “reasonable doubt” for an hour.",
        "Captain Rui Sousa said the ferry, known as “the Grey Lady”, was built in 1961.",
        "Builders use a technique called “dry stacking,” according to Lena Ek.",
        "The old mill was once called “the engine of the valley” by its owners, Tom Hale said.",
        "Councillor Ada Price said the council passed the “Clean Harbours Act 2024” on Monday.",
        "Historian Omar Said said the town was once the “granary” of the north.",
        "Mara Lind, the port’s engineer, said the sign “No Swimming” had been moved.",
        # a name set off after the noun that gives it: the nickname, "…", the motto, "…"
        "Crews gave the slow vehicles a nickname, \"the Turtle,\" Sgt. Ana Ruiz said.",
        "He said the brigade's motto, \"Root Deep, Strike Hard,\" meant more now.",
    ):
        assert analyse(text).quotes == [], text


def test_titles_of_programmes_and_books_are_not_quotations() -> None:
    for text in (
        '"We will cut the budget," Mayor Ines Moro told "Harbour Mornings," a breakfast show.',
        "Councillor Ada Price will appear on “The Evening Desk” on Friday, her office said.",
        "“Harbour Lights” star Tomas Brandt opened up about the long nights on set.",
        "According to “The Long Winter Road,” by Ada Price, the ferry ran until 1961.",
        "On Radio Kerrow’s “Harbour & Town,” Ada Price said the ferry would run.",
    ):
        assert [q.text for q in analyse(text).quotes if "Harbour" in q.text or "Evening" in
                q.text or "Winter" in q.text] == [], text
    # the words said beside the programme's name keep their speaker
    said = analyse('"We will cut the budget," Mayor Ines Moro told "Harbour Mornings," a show.')
    assert [(q.text, q.speaker) for q in said.quotes] == [("We will cut the budget,", "Ines Moro")]


def test_names_given_by_a_relative_clause_a_known_as_or_a_title_as_subject() -> None:
    for text in (
        "Jan Holm said the reform, which the government calls the “generational contract”, "
        "had drawn strikes.",
        "Leyla Marand said rescuers were sent under a plan the agency calls “Operation Open "
        "Road”.",
        "Police said the ransomware group called itself “GlassLock” and demanded payment.",
        "Tom Hale said the restructuring, known internally as “Project Keel”, was over.",
        "The review said the new single was loud. “Salt in the Wound” was louder still, Tom "
        "Hale wrote.",
        "Ann Cole starred in the 1961 film “The Long Shore”. The studio said it would screen "
        "“The Long Shore” in May.",
    ):
        assert [q.text for q in analyse(text).quotes] == [], text


def test_names_after_a_noun_a_naming_verb_or_in_a_gloss_are_not_quotations() -> None:
    for text in (
        "Petty Officer Tyler Brown said the fishing vessel “Lorelei,” was taking on water.",
        "Locals call the ridge above the town “the Kettle”, fire chief Ann Cole said.",
        "Fellow soldiers call him “Doc,” Sgt. Ray Banks said.",
        "Ann Cole said the section, known to workers as “La Garganta” (“the Throat”), "
        "had passed its inspection.",
    ):
        assert [q.text for q in analyse(text).quotes] == [], text


def test_evaluations_after_which_and_a_reflexive_stay_quotations() -> None:
    for text, said in (
        ("Obama said there was love in Orlando after the massacre, which he called “an evil, "
         "hateful act.”", "an evil, hateful act."),
        ("NAFTA, which Trump had called a “disaster”, came up.", "disaster"),
        ("In 1999 Trump called himself “very pro-choice” on television.", "very pro-choice"),
    ):
        assert quotes(analyse(text)) == [said], text


def test_a_definition_opens_with_a_term() -> None:
    text = ("Ruth Okoye studies estuaries.\n\n"
            "A “tidal prism” is the volume of water that leaves a bay at ebb tide, she said.\n")
    assert analyse(text).quotes == []


def test_naming_verbs_that_quote_keep_their_quotation() -> None:
    for text, said in (
        ("Mayor Lucia Ruiz called the plan “a betrayal of every tenant.”",
         "a betrayal of every tenant."),
        ("Sam Ode condemned what he called a “reckless gamble.”", "reckless gamble."),
        ("Sam Ode called it “nonsense.”", "nonsense."),
    ):
        assert quotes(analyse(text)) == [said], text


# ---------------------------------------------------------------- cues the rules find no source for


def test_a_description_before_the_cue_is_the_source() -> None:
    text = "The board met on Monday. The harbourmaster said, “No ship leaves before the fog lifts.”"
    q = only(analyse(text), "No ship leaves")
    assert q.verb == "said" and q.speaker_start is not None
    assert text[q.speaker_start : q.speaker_end] == "The harbourmaster"


def test_the_agent_of_a_passive_cue() -> None:
    text = ("The tanker moved in a pattern described by Harbour Watch as “slow and "
            "erratic” before it went dark.")
    assert only(analyse(text), "slow and erratic").speaker == "Harbour Watch"


def test_a_participle_after_a_quotation_keeps_its_speaker() -> None:
    text = ("Port director Ama Boateng said the delays “cost the region dearly,” further "
            "saying, “We lose two ships a week to other ports.”")
    result = analyse(text)
    assert only(result, "two ships a week").speaker == "Ama Boateng"
    assert only(result, "two ships a week").verb == "saying"


def test_uncued_lists_and_charges_are_terms() -> None:
    text = ("Nadia Rahim remembers her school’s rules: the classic “no phones”, “no guests”, "
            "“no music after nine”, and so on.\n\n"
            "Officers led by Sergeant Colm Ryan arrested two men for “reckless loitering” "
            "near the pier.\n")
    assert analyse(text).quotes == []


def test_a_list_of_quoted_words_a_cue_vouches_for_stays() -> None:
    text = "Councillor Jo Marsh called the plan “rushed,” “costly” and “unfair.”"
    assert quotes(analyse(text)) == ["rushed,", "costly", "unfair."]


def test_the_nearest_cue_with_a_source_is_taken() -> None:
    # "written" is nearer but has no source; "According to" names the speaker
    text = ("According to prosecutor Lina Osei, the letter if written by the suspect would "
            "change the case: “The key question is intent.”")
    assert only(analyse(text), "key question").speaker == "Lina Osei"


def test_a_participle_takes_the_subject_of_its_clause() -> None:
    text = ("While most of the crew wanted to sail on, skipper Ana Reis turned back to port, "
            "saying “the sea will still be there tomorrow.”")
    assert only(analyse(text), "still be there").speaker == "Ana Reis"


def test_a_participle_never_takes_a_name_after_a_preposition() -> None:
    text = ("The party changed its platform in Cleveland last summer, calling for "
            "“appropriate help” instead.")
    q = [q for q in analyse(text).quotes if "appropriate help" in q.text]
    assert all(q.speaker != "Cleveland" for q in q)


def test_a_description_far_before_the_quotation() -> None:
    text = ("Actress Vera Lund returns to the stage this spring. The actress recalled her "
            "first season at the old theatre, when the troupe was the “poorest company in "
            "the whole city.”")
    q = only(analyse(text), "poorest company")
    assert q.verb == "recalled" and q.speaker_start is not None


def test_a_statement_opening_its_sentence_continues_the_speaker() -> None:
    text = ("“We were the poorest company in town,” said actress Vera Lund. Tired of small "
            "parts, she left after one season. “I wanted to do more than stand in the back "
            "of every scene and hold a lamp” while the stars spoke, and she told them so.")
    assert only(analyse(text), "I wanted to do more").speaker == "Vera Lund"


def test_a_statement_after_narration_about_someone_else_is_not_continued() -> None:
    text = ("“We were the poorest company in town,” said actress Vera Lund. Her old partner, "
            "Tomas Berg, called her a genius. “She could make an empty hall feel full and "
            "warm every single night” of the tour.")
    q = [q for q in analyse(text).quotes if "empty hall" in q.text]
    assert all(q.speaker != "Vera Lund" for q in q)


def test_a_quotation_right_after_another_continues_it() -> None:
    text = ("Critics of the plan attack it, saying, “It costs too much”, “and it helps "
            "nobody”. The council disagrees.")
    result = analyse(text)
    assert only(result, "costs too much").verb == only(result, "helps nobody").verb == "saying"


def test_a_colon_after_a_named_subject_announces_a_statement() -> None:
    text = ("In a statement issued late on Friday, the Harbour Authority defended the closure "
            "as “temporary” in nature: “The pier will reopen once the repairs are done.”")
    q = only(analyse(text), "pier will reopen")
    assert q.speaker is not None and "Harbour Authority" in q.speaker


def test_quotative_like_with_nobody_named_is_kept_without_a_speaker() -> None:
    text = "And then the old guard will go like “No, you cannot change the rules.”"
    q = only(analyse(text), "cannot change the rules")
    assert q.speaker is None and q.verb == "go like"


def test_interview_label_is_no_subject_and_you_is_the_one_answering() -> None:
    text = INTERVIEW + (
        "\n((Courier))  Previously you had mentioned, “the winters are getting milder”. "
        "Is that so?\n\n((Elena Varga))  Yes.\n\n"
        "((Courier))  Some readers are calling it “the last lighthouse”. Do you agree?\n\n"
        "((Elena Varga))  No.\n")
    result = analyse(text)
    assert only(result, "winters are getting milder").speaker == "Elena Varga"
    q = only(result, "the last lighthouse")
    assert q.speaker is None


def test_a_statement_after_an_introductory_phrase_continues_the_speaker() -> None:
    text = ("Actor Rui Costa said the show had been ignored “for years.” During the "
            "premiere, “I felt like a guest at my own party, and then like its host.”")
    assert only(analyse(text), "guest at my own party").speaker == "Rui Costa"


def test_shared_is_a_cue() -> None:
    text = ("Between “the heat and the noise of the crowd,” costume maker Iris Vane shared, "
            "she rests often.")
    assert only(analyse(text), "heat and the noise").speaker == "Iris Vane"


def test_a_colon_ending_the_sentence_before_announces_a_statement() -> None:
    text = ("On March 3, 2025, Councillor Ines Baptiste made the following remark:\n\n"
            "“Nobody who lives on this street was asked before the trees were cut down.”\n\n"
            "The council has not replied.\n")
    assert only(analyse(text), "Nobody who lives").speaker == "Ines Baptiste"


def test_a_plural_alone_before_the_cue_is_an_unnamed_source() -> None:
    text = "In the old harbour, fishermen often say, “The sea gives and the sea takes.”"
    q = only(analyse(text), "The sea gives")
    assert q.speaker is None and q.verb == "say"
    assert q.speaker_start is not None and text[q.speaker_start : q.speaker_end] == "fishermen"


def test_works_and_titles_after_an_adjective_are_not_quotations() -> None:
    for text in (
        "Singer Mae Holt closed with the old anthem “Harbour Lights Forever,” said Joe Ray.",
        "Ministers have long dreamed of a bipartisan “Grand Bargain” on taxes, Ana Ruiz said.",
    ):
        assert analyse(text).quotes == [], text


def test_the_agent_of_a_passive_cue_beats_the_sentence_subject() -> None:
    text = "Baker Tom Okafor has been described by the Valley Herald as a “bread wizard”."
    q = only(analyse(text), "bread wizard")
    assert q.speaker == "Valley Herald" and q.verb == "described"


def test_reporting_verbs_of_every_form() -> None:
    for text, fragment, speaker, verb in (
        ("Union leader Rosa Ellis called the offer, “an insult to every driver.”",
         "an insult", "Rosa Ellis", "called"),
        ("Rosa Ellis, who leads the union, recalls: “We waited ten years for this.”",
         "ten years", "Rosa Ellis", "recalls"),
        ("Writes Martin Hale in his memoir, “The harbour was never quiet.”",
         "never quiet", "Martin Hale", "writes"),
        ("Martin Hale opines that the port is “a relic of another age.”",
         "a relic", "Martin Hale", "opines"),
        ("“We were robbed,” quipped coach Dan Reyes.", "robbed", "Dan Reyes", "quipped"),
        ("Dan Reyes posted on Facebook: “Thank you all.”", "Thank you", "Dan Reyes", "posted"),
    ):
        q = only(analyse(text), fragment)
        assert (q.speaker, q.verb) == (speaker, verb), text


def test_each_quotation_is_judged_a_term_once_however_often_its_words_repeat(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsreader.news.attribution import scare

    judged: list[int] = []
    judge = scare._is_scare

    def counting(document: scare.Document, quote: int) -> bool:
        judged.append(quote)
        return judge(document, quote)

    monkeypatch.setattr(scare, "_is_scare", counting)
    text = "Festival\n\nAnn Cole starred in the film “Salt Road”." + (
        " The studio screened “Salt Road” again." * 40)
    assert analyse(text).quotes == []
    assert sorted(judged) == list(range(41))
