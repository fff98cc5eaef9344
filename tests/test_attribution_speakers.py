"""Who a quotation's speaker is: unnamed sources, pronouns, role nouns, the person rather than
their organization, and the roles people are given (the attribution's rules and coreference)."""

from __future__ import annotations

from newsreader.news.analysis import Analysis, Quote, analyse


def only(result: Analysis, fragment: str) -> Quote:
    """The one quotation whose text contains ``fragment``."""
    found = [q for q in result.quotes if fragment in q.text]
    assert len(found) == 1, f"{fragment!r}: {[q.text for q in result.quotes]}"
    return found[0]


def mention(text: str, quote: Quote) -> str:
    assert quote.speaker_start is not None and quote.speaker_end is not None
    return text[quote.speaker_start : quote.speaker_end]


# ---------------------------------------------------------------- unnamed sources


def test_an_unnamed_source_has_no_speaker_and_keeps_its_description() -> None:
    text = (
        "The bridge over the Ashby river was closed on Friday after cracks were found.\n\n"
        "\"We heard a bang like a gunshot and then the whole deck shook,\" one neighbour said.\n\n"
        "A senior official told reporters that \"repairs could take months.\""
    )
    result = analyse(text)
    bang = only(result, "We heard a bang")
    assert bang.speaker is None and bang.speakers == []
    assert bang.source == "one neighbour"
    assert mention(text, bang) == "one neighbour"
    repairs = only(result, "repairs could take")
    assert repairs.speaker is None
    assert repairs.source == "A senior official"
    assert not any(p.name in ("one neighbour", "A senior official") for p in result.people)


def test_a_document_without_an_author_speaks_for_itself() -> None:
    text = (
        "Hospital waiting times rose sharply last winter.\n\n"
        "\"Staffing shortages were the main cause of the delays,\" the report said."
    )
    q = only(analyse(text), "Staffing shortages")
    assert q.speaker == "the report"
    assert q.source is None


def test_an_organization_named_in_a_description_is_the_speaker() -> None:
    text = (
        "The race tightened in the final week.\n\n"
        "The Garvey campaign called the advertisement \"a desperate distraction.\""
    )
    q = only(analyse(text), "desperate distraction")
    assert q.speaker == "The Garvey campaign"
    assert q.source is None


def test_the_source_field_is_stored_and_read_back() -> None:
    text = "\"Nobody told us anything,\" one resident said."
    result = analyse(text)
    again = Analysis.from_dict(result.to_dict(), len(text))
    assert again.quotes[0].source == "one resident"
    old = result.to_dict()
    del old["quotes"][0]["source"]  # stored before the field existed
    assert Analysis.from_dict(old, len(text)).quotes[0].source is None
    damaged = result.to_dict()
    damaged["quotes"][0]["source"] = 42
    assert Analysis.from_dict(damaged, len(text)).quotes[0].source is None


# ---------------------------------------------------------------- pronouns


def test_pronoun_prefers_the_subject_over_a_later_object() -> None:
    text = (
        "Harbour commissioner Leonard Okoye met with Mayor Frank Delacroix on Tuesday to "
        "discuss the dredging plan.\n\n"
        "\"We cannot wait another winter,\" he said."
    )
    q = only(analyse(text), "another winter")
    assert q.speaker == "Leonard Okoye"
    assert mention(text, q) == "he"


def test_pronoun_follows_the_last_speaker_through_a_chain_of_pronouns() -> None:
    text = (
        "Marta Quist, who runs the shelter, said demand had doubled since March. "
        "She told volunteers that Anna Berg had offered her barn.\n\n"
        "\"We will take every animal we can,\" she said."
    )
    q = only(analyse(text), "every animal")
    assert q.speaker == "Marta Quist"


def test_pronoun_never_means_a_nationality_a_place_list_or_a_pair() -> None:
    text = (
        "The Estonian prime minister Kaarel Tamm said the Latvian-Lithuanian agreement on "
        "fishing quotas was welcome. It involves Finland, Sweden and Norway.\n\n"
        "\"Nobody should be left out of the talks,\" he said."
    )
    q = only(analyse(text), "Nobody should be left out")
    assert q.speaker == "Kaarel Tamm"


def test_pronoun_takes_the_subject_of_its_own_sentence() -> None:
    text = (
        "Secretary General Ivo Marek condemned the test.\n\n"
        "Foreign Minister Paul Lindqvist said the allies would take \"firm steps\" in "
        "response, and he urged the government to return to talks."
    )
    q = only(analyse(text), "firm steps")
    assert q.speaker == "Paul Lindqvist"


# ---------------------------------------------------------------- the person, not their employer


def test_person_of_an_organization_is_the_speaker() -> None:
    text = (
        "Dana Whitlock of the Coastal Fisheries Institute said, \"The stocks are recovering "
        "faster than we expected.\""
    )
    result = analyse(text)
    q = only(result, "stocks are recovering")
    assert q.speaker == "Dana Whitlock"
    dana = next(p for p in result.people if p.name == "Dana Whitlock")
    assert dana.affiliation == "the Coastal Fisheries Institute"


def test_person_after_an_organization_and_a_title_is_the_speaker() -> None:
    text = (
        "\"Nobody reads the small print,\" quipped Brightline Comics editor Nora Vance, "
        "later in the panel."
    )
    result = analyse(text)
    q = only(result, "small print")
    assert q.speaker == "Nora Vance"
    nora = next(p for p in result.people if p.name == "Nora Vance")
    assert nora.role == "Brightline Comics editor"


def test_a_cue_inside_a_relative_clause_is_not_the_attribution() -> None:
    text = (
        "Council leader Ruth Amberley commented on the vote — which the Gazette described "
        "as a rare rebuke — \"This is a decision the city will regret for a generation.\""
    )
    q = only(analyse(text), "city will regret")
    assert q.speaker == "Ruth Amberley"


def test_a_noun_after_a_preposition_is_no_cue_with_a_subject() -> None:
    text = (
        "Party chairman Oswin Hale repeated this view in Weekly Ledger comments:\n\n"
        "\"The rules were written for another century.\""
    )
    q = only(analyse(text), "another century")
    assert q.speaker == "Oswin Hale"


# ---------------------------------------------------------------- role nouns


def test_a_role_noun_takes_the_person_whose_role_holds_it() -> None:
    text = (
        "President of Freedonia Ana Vela opened the session on Monday.\n\n"
        "The president had earlier called the levy \"a tax on the future\"."
    )
    q = only(analyse(text), "tax on the future")
    assert q.speaker == "Ana Vela"
    assert mention(text, q) == "The president"


def test_a_role_noun_takes_the_person_it_was_written_before() -> None:
    text = (
        "The reform was opposed by archbishop Tomas Irigoyen of the northern diocese.\n\n"
        "\"We will keep praying for the unborn,\" the archbishop said."
    )
    assert only(analyse(text), "keep praying").speaker == "Tomas Irigoyen"


def test_a_description_of_a_kind_of_organization_takes_the_one_just_named() -> None:
    text = (
        "Brindle Tabletop hosted a panel about its new board games on Saturday.\n\n"
        "Asked about packaging, the company said it was \"moving away from plastic wrap "
        "altogether\" next year."
    )
    assert only(analyse(text), "moving away").speaker == "Brindle Tabletop"


def test_a_role_noun_nobody_in_the_article_holds_is_an_unnamed_source() -> None:
    text = (
        "The museum reopened on Friday after a year of repairs.\n\n"
        "\"The roof held through every storm,\" the caretaker said."
    )
    q = only(analyse(text), "roof held")
    assert q.speaker is None
    assert q.source == "the caretaker"


def test_a_role_noun_after_someone_new_is_introduced_is_not_the_one_named_before() -> None:
    text = (
        "Governor Lena Marsh ordered a quarantine when a nurse who had treated patients abroad "
        "came home.\n\n"
        "The nurse later said the order was \"cruel and pointless\"."
    )
    q = only(analyse(text), "cruel and pointless")
    assert q.speaker is None


def test_a_role_noun_held_by_two_people_takes_the_subject_just_before_it() -> None:
    # "one of Young's closest allies" names the prime minister last, but the sentence before
    # is about the finance minister: "the minister" is Hope
    text = (
        "Prime Minister Elise Young faces a vote of no confidence next week.\n\n"
        "Finance Minister Tomas Hope, one of Young's closest allies, defended the contract on "
        "Thursday. \"The tender was won on price,\" the minister wrote."
    )
    assert only(analyse(text), "won on price").speaker == "Tomas Hope"


def test_a_role_noun_far_from_its_holders_takes_the_one_the_story_follows() -> None:
    # the brigade commander is the story's; a squadron commander was met once, paragraphs
    # back; but a commander a pronoun kept in view is still the one meant
    text = (
        "\"We wanted to find out what breaks,\" said Col. Denise Albright, the brigade "
        "commander. Speed matters, Albright said.\n\n"
        "Albright said the crews had learned fast.\n\n"
        "Lt. Col. Owen Sterling, the squadron commander, said his scouts were \"frustrated\".\n\n"
        "The exercise ended on Friday.\n\n"
        "The brigade will move in the spring.\n\n"
        "\"We're not done learning,\" the commander said."
    )
    assert only(analyse(text), "not done learning").speaker == "Denise Albright"
    kept = text.replace("The brigade will move in the spring.",
                        "\"They never found us,\" he said.")
    assert only(analyse(kept), "not done learning").speaker == "Owen Sterling"


def test_the_party_may_be_a_party_whose_name_has_no_party_in_it() -> None:
    # the Green Alliance is a party too: "the party" is the one just named, not the People's
    # Renewal Party met before it
    text = (
        "The motion was tabled by Marek Dovrin, leader of the People's Renewal Party.\n\n"
        "The outcome may depend on the Green Alliance, the junior partner in the coalition. "
        "In a written statement, the party said: \"We will not decide until the committee "
        "reports.\""
    )
    assert only(analyse(text), "not decide").speaker == "Green Alliance"


def test_the_agent_of_a_passive_verb_is_who_a_pronoun_and_a_role_noun_mean_next() -> None:
    # "produced by Devlin Hope, who …. He said": Hope, not the grandfather met before; and
    # "the producer" is Hope, whom the verb made one
    text = (
        "Young recalled that her grandfather, Tom Penhale, used to warn her that the sea "
        "\"gives you nothing for free\".\n\n"
        "The album was produced by Devlin Hope, who has worked with Young since her first "
        "record. He said the sessions had been \"chaotic in the best possible way\".\n\n"
        "\"She doesn't do second takes,\" the producer added."
    )
    result = analyse(text)
    assert only(result, "chaotic").speaker == "Devlin Hope"
    assert only(result, "second takes").speaker == "Devlin Hope"


def test_a_possessive_after_by_is_no_agent() -> None:
    # "frustrated by Carson's advisers": the advisers frustrated them, not Carson; "he" is
    # still Millis, who told the reporter
    text = (
        "Ben Carson spoke in Iowa on Monday.\n\n"
        "Bill Millis told reporters that he had been frustrated by Carson's advisers. "
        "\"They reined him in,\" he said."
    )
    assert only(analyse(text), "reined him in").speaker == "Bill Millis"


def test_the_one_the_court_heard_say_it_is_the_speaker() -> None:
    # "…," the court heard him say: him, not the court
    text = (
        "The builder, Artur Pires, showed little emotion as the sentence was read.\n\n"
        "\"I have lived with the faces of these families every day,\" the court heard him "
        "say. \"If I could give my life to bring theirs back, I would.\""
    )
    result = analyse(text)
    assert only(result, "faces of these").speaker == "Artur Pires"
    assert only(result, "give my life").speaker == "Artur Pires"


def test_a_description_with_a_hyphenated_or_musical_head_is_a_person() -> None:
    # "The Glasgow singer-songwriter, who …, described her as": a description of the one just
    # quoted, not a name and not missed; "The Leith drummer", with nobody named before it, is
    # an unnamed source, not a name
    text = (
        "Tributes appeared within hours. \"She taught every one of us,\" wrote Tobias King on "
        "Instagram. The Glasgow singer-songwriter, who toured with Carraway through the "
        "1990s, described her as \"fierce, funny and completely without vanity\"."
    )
    assert only(analyse(text), "without vanity").speaker == "Tobias King"
    drummer = only(analyse(
        "The Leith drummer, who played on her last record, called her \"a force of nature\"."
    ), "force of nature")
    assert drummer.speaker is None
    assert drummer.source == "The Leith drummer"


def test_a_role_noun_may_be_another_word_for_the_role_given() -> None:
    # the writer Martin Hope … The biographer added: the writer
    text = (
        "Carraway spoke at length to the writer Martin Hope for his 2015 biography.\n\n"
        "The biographer added that she had been working until \"the very last weeks\"."
    )
    assert only(analyse(text), "very last weeks").speaker == "Martin Hope"


def test_a_title_that_is_also_a_first_name_opens_a_role() -> None:
    # the Dean of the Faculty of Engineering, Professor …: a role, not a man named Dean
    text = (
        "The Dean of the Faculty of Engineering, Professor Helen Marchetti, says the win "
        "puts the university \"firmly on the map\"."
    )
    assert only(analyse(text), "on the map").speaker == "Helen Marchetti"


def test_a_reporters_aside_leaves_the_words_to_the_subject() -> None:
    # One participant, he said, described …: the participant's words, passed on by him
    text = (
        "Secretary Anil Deshpande spoke on Monday. One participant, he said, described the "
        "loan programs as \"a maze with no exit.\""
    )
    q = only(analyse(text), "maze with no exit")
    assert q.speaker is None
    assert q.source == "One participant"


def test_an_epithet_of_four_words_is_the_one_just_quoted() -> None:
    # "…," Long wrote. The former township supervisor added: Long
    text = (
        "\"The voters have spoken,\" Gerald Long wrote. The former township supervisor added "
        "that he was \"not going anywhere\"."
    )
    assert only(analyse(text), "not going anywhere").speaker == "Gerald Long"


def test_the_agency_is_the_one_a_description_just_called_an_agency() -> None:
    # "The state news agency, Agencia Talverana de Noticias (ATN), reported …. "…," the
    # agency reported": the news agency, not the civil protection agency named more often
    text = (
        "The National Civil Protection Agency said 40 people had died. The National Civil "
        "Protection Agency asked residents to stay outdoors.\n\n"
        "The state news agency, Agencia Talverana de Noticias (ATN), reported that the "
        "hospital had been evacuated. \"Surgeons are operating by the light of generators,\" "
        "the agency reported."
    )
    assert only(analyse(text), "Surgeons").speaker == "Agencia Talverana de Noticias"


def test_an_unnamed_source_after_a_short_opening_phrase() -> None:
    # At a preview last weekend, one volunteer, who …, said: the volunteer, unnamed
    text = (
        "At a preview last weekend, one volunteer, who has helped at the museum for more than "
        "two decades, said it had been \"the busiest afternoon I can remember\"."
    )
    q = only(analyse(text), "busiest afternoon")
    assert q.speaker is None
    assert q.source == "one volunteer"


def test_a_name_set_off_after_a_long_description_announces_a_quotation() -> None:
    # The captain of …, Arne Lindqvist, keyed his radio: "…": Lindqvist; but the adviser in
    # "a message from her adviser, Ann Roe, that read:" is no subject
    text = (
        "At 3:12 a.m., the captain of the 72-foot trawler Northern Dawn, Arne Lindqvist, "
        "keyed his radio: \"Mayday, mayday, we are taking on water.\""
    )
    assert only(analyse(text), "Mayday").speaker == "Arne Lindqvist"
    shared = analyse(
        "Senator Hilda Marsh called for a vote. She shared a message from her adviser, Ann "
        "Roe, that read: \"The vote cannot wait.\""
    )
    assert only(shared, "cannot wait").speaker != "Ann Roe"


def test_an_age_for_an_epithet_fits_any_role() -> None:
    # "the 61-year-old wrote" after Justice Bell, a former judge; "The 58-year-old coach";
    # "the 52-year-old" after a paragraph a pronoun kept her in
    text = (
        "Bell, a former county judge, argued that the Legislature had \"never said one word\". "
        "\"They know how to write that law,\" the 61-year-old wrote.\n\n"
        "Head coach Terrence Hope said the team \"took it\". The 58-year-old coach, in his "
        "sixth season, called it \"the most complete quarter we've played\".\n\n"
        "Chief executive Catherine Long spoke to analysts. She said the breweries would stay "
        "open.\n\n"
        "Asked about the name, the 52-year-old said it would be kept \"for as long as people "
        "want to drink it.\""
    )
    result = analyse(text)
    assert only(result, "write that law").speaker == "Bell"
    assert only(result, "most complete quarter").speaker == "Terrence Hope"
    assert only(result, "drink it").speaker == "Catherine Long"


def test_a_demonym_epithet_is_the_person_the_article_places_there_or_just_named() -> None:
    # "Glasgow-born Fergus McAllister … the Glaswegian said"; "Malcolm Tennant, who spent 22
    # years … in the United Kingdom, … The Briton said"; "went to Callum Hope …. The Briton,
    # who …, joked"
    text = (
        "Glasgow-born union leader Fergus McAllister was unmoved. \"We want it in writing,\" "
        "the Glaswegian said.\n\n"
        "Malcolm Tennant, a consultant who spent 22 years as an investigator in the United "
        "Kingdom, called the finding troubling.\n\n"
        "The Briton said regulators should pay attention: \"Nobody should think it is only a "
        "Canadian problem.\""
    )
    result = analyse(text)
    assert only(result, "in writing").speaker == "Fergus McAllister"
    assert only(result, "Canadian problem").speaker == "Malcolm Tennant"
    award = analyse(
        "The Best Actor award went to Callum Hope for his role in the film. The Briton, who "
        "trained for four months, joked that he was \"now qualified for a second career.\""
    )
    assert only(award, "second career").speaker == "Callum Hope"


def test_a_state_or_region_is_a_place_not_a_speaker() -> None:
    # "funded partly by the Queensland state government": Queensland is no person, and the
    # statement is the museum's
    text = (
        "Palaeontologists at the Western Plains Museum of Natural History announced the find.\n\n"
        "In a statement on Tuesday, the museum said the skeleton would go on display in a "
        "gallery funded partly by the Queensland state government. \"Mabel belongs to the "
        "people of western Queensland,\" the statement read."
    )
    assert only(analyse(text), "Mabel belongs").speaker == (
        "Western Plains Museum of Natural History")


def test_descriptions_with_asides_and_an_asked_opener() -> None:
    # "The 54-year-old, who …, called"; "A volunteer who …, speaking on condition of
    # anonymity because …, said"; "Asked whether … had worried the jury, Rose was …:"
    text = (
        "Helen Young said the neck held 68 vertebrae. The 54-year-old, who has worked at the "
        "museum since 2004, called the find \"a once-in-a-career skeleton\".\n\n"
        "A volunteer who helped to excavate the skeleton, speaking on condition of anonymity "
        "because volunteers had been asked not to talk, said the dig had been \"the hottest "
        "three weeks of my life\".\n\n"
        "Asked whether the film's length had worried the jury, Ines Rose was more guarded: "
        "\"Three hours is nothing.\""
    )
    result = analyse(text)
    assert only(result, "once-in-a-career").speaker == "Helen Young"
    volunteer = only(result, "hottest three weeks")
    assert volunteer.speaker is None and volunteer.source == "A volunteer"
    assert only(result, "Three hours").speaker == "Ines Rose"


def test_a_family_speaks_by_its_name() -> None:
    # "her family said" after Elspeth Carraway: the Carraway family; "The statement went on"
    # is the family's too; "The family" after the Hollenbeck family was named: that family
    text = (
        "The folk singer Elspeth Carraway has died at 81.\n\n"
        "In a statement, her family said she had died \"peacefully, with the sea outside the "
        "window.\" The statement went on: \"We are grateful beyond words.\"\n\n"
        "Curator Miriam Stone first saw the fossil in photographs sent by the Hollenbeck "
        "family, who have run cattle in the hills since the 1920s.\n\n"
        "The family said it chose the museum because \"it belongs where kids can see it.\""
    )
    result = analyse(text)
    assert only(result, "peacefully").speaker == "Carraway family"
    assert only(result, "grateful beyond words").speaker == "Carraway family"
    assert only(result, "kids can see it").speaker == "Hollenbeck family"


def test_the_agent_of_a_passive_verb_with_a_time_between_is_in_focus() -> None:
    # "installed in 2019 by Tomasz Wierzbicki …. The Polish-born researcher": the agent; but
    # not over a person who is the subject ("Young was dropped on 38 by …")
    text = (
        "\"It was steady,\" said Marisol King, a scientist at the laboratory.\n\n"
        "Those stations were installed in 2019 by Tomasz Wierzbicki, a professor of "
        "geophysics. The Polish-born researcher put it bluntly: \"Without the satellite, we "
        "would have seen a quiet volcano.\""
    )
    assert only(analyse(text), "quiet volcano").speaker == "Tomasz Wierzbicki"
    dropped = analyse(
        "Harry Young struck a century on Friday.\n\n"
        "Young was dropped on 38 by wicketkeeper Tom Fairley, a chance he admitted was "
        "\"a big let-off\"."
    )
    assert only(dropped, "let-off").speaker == "Harry Young"


def test_a_document_issued_by_someone_is_their_words() -> None:
    # according to a note issued by the University: the university's words
    text = (
        "Vindhya Central University opened a monsoon research centre on Monday.\n\n"
        "The fellowship is meant to \"build trust in the forecast\", according to a note "
        "issued by Vindhya Central University."
    )
    assert only(analyse(text), "build trust").speaker == "Vindhya Central University"


def test_an_epithet_means_the_one_just_introduced_not_the_paragraph_before() -> None:
    # "Among those on the picket line was Ruth Long, a nurse …. "…," the 47-year-old said":
    # Long, though the paragraph before was about the union's president
    text = (
        "Federation president Miriama Young spoke to the crowd.\n\n"
        "Young, however, said the sympathy was \"worth nothing\".\n\n"
        "Among those on the picket line was Ruth Long, an intensive care nurse with 22 years' "
        "experience. \"I've had nights with three ventilated patients,\" the 47-year-old said."
    )
    assert only(analyse(text), "ventilated").speaker == "Ruth Long"


def test_a_word_of_where_someone_is_from_is_no_name() -> None:
    # The Brazilian-born statistician: no one named "Brazilian-born"
    text = (
        "Mateo Ferreira says the drop held up. The Brazilian-born statistician, who moved to "
        "Australia in 2011, is careful: \"This is not a randomised trial.\""
    )
    result = analyse(text)
    assert all(q.speaker != "Brazilian-born" for q in result.quotes)
    assert "Brazilian-born" not in [person.name for person in result.people]


def test_a_name_inside_a_relative_clause_is_not_the_speaker() -> None:
    # one parent whose children attend nearby Lakeview Elementary called: the parent, unnamed
    text = (
        "Not every resident was satisfied. At a meeting on Monday night, one parent whose "
        "children attend nearby Lakeview Elementary called the penalty \"a rounding error for "
        "a company that size.\""
    )
    q = only(analyse(text), "rounding error")
    assert q.speaker is None
    assert q.source == "one parent"


def test_a_romanized_given_name_and_a_lowercase_quotation_after_a_title_word() -> None:
    # "Jun-ho Park" is a person, not a park; "the program "hides inside …"" is no title
    # (titles are capitalized), so it is Park's words
    text = (
        "\"It is not especially sophisticated,\" said Jun-ho Park, a threat researcher. "
        "According to Park, the program \"hides inside ordinary-looking invoice files\" and "
        "copies passwords."
    )
    assert only(analyse(text), "invoice files").speaker == "Jun-ho Park"
    titled = analyse("Councillor Ada Price will appear on the programme \"Harbour Mornings\".")
    assert titled.quotes == []


def test_a_word_for_a_newcomer_before_a_name_is_no_part_of_it() -> None:
    # Debutant Dawit Berhane: the name is Dawit Berhane, though the lexicon knows no Dawit
    text = (
        "Debutant Dawit Berhane won the marathon on Sunday. \"I came to learn, not to win,\" "
        "Berhane said."
    )
    assert only(analyse(text), "to learn").speaker == "Dawit Berhane"


def test_in_its_words_gives_the_words_to_what_it_stands_for() -> None:
    # found, in its words, "…": the newspaper's, as "in her words" is hers
    text = (
        "The scheme was first reported by the Coast Herald in 2021. The newspaper's reporters "
        "visited 38 of the sites and found, in its words, \"bare ground, a signboard and "
        "sometimes a goat\"."
    )
    assert only(analyse(text), "sometimes a goat").speaker == "Coast Herald"


def test_a_for_name_opener_makes_its_name_the_one_a_pronoun_means() -> None:
    # For Mia Torres, …, seeing the painting was the highlight. "…," she said: Torres, not the
    # curator quoted before
    text = (
        "Mia Torres, a senior art history major, traced the painting's owners.\n\n"
        "Lydia Sharp, the museum's curator, said the work had been \"patient detective work\"."
        "\n\nFor Torres, who plans to apply to graduate school, seeing the painting was the "
        "highlight of her college career. \"I'd looked at that photograph so many times,\" she "
        "said."
    )
    assert only(analyse(text), "that photograph").speaker == "Mia Torres"


def test_a_standalone_quotation_after_a_for_name_sentence_is_that_persons() -> None:
    # For Nandini Iyer, a scholar whose work Prof. Raghavan mentioned, the move will change
    # her routine. "…": Iyer's words, not the professor's of the aside, and not dropped
    text = (
        "Prof. Meera Raghavan opened the centre on Monday.\n\n"
        "For Nandini Iyer, a PhD scholar whose work Prof. Raghavan mentioned in her speech, the "
        "move will change her daily routine. \"Until now I was borrowing time on a server.\""
    )
    assert only(analyse(text), "borrowing time").speaker == "Nandini Iyer"


# ---------------------------------------------------------------- more of who it is


def test_quoted_words_before_a_name_modify_it_and_are_not_its_words() -> None:
    text = (
        "Governor Petra Olsen criticised the appointment on Monday. She said the \"lazy\" and "
        "\"careless\" Brandt had misled voters for years."
    )
    result = analyse(text)
    assert only(result, "lazy").speaker == "Petra Olsen"
    assert only(result, "careless").speaker == "Petra Olsen"


def test_a_statement_which_said_is_its_publishers() -> None:
    text = (
        "This Friday the Northern Waters Authority also criticised the plan. They released a "
        "statement which said, \"The river cannot take another dam.\""
    )
    q = only(analyse(text), "another dam")
    assert q.speaker == "Northern Waters Authority"
    assert mention(text, q) == "They"


def test_they_after_a_subject_of_several_people_is_those_people() -> None:
    text = (
        "Health minister Ada Brenner and her Danish and Dutch counterparts met in Geneva on "
        "Tuesday.\n\n"
        "They concluded that the new rules were \"unworkable and unfair\"."
    )
    assert only(analyse(text), "unworkable").speaker == "Ada Brenner"


def test_a_pronoun_after_a_described_subject_is_that_unnamed_source() -> None:
    text = (
        "Councillor Joan Pike said the estate had been neglected for a decade.\n\n"
        "One of the tenants agreed to speak to reporters. She said she wanted people to know "
        "\"the damp comes back every winter\"."
    )
    q = only(analyse(text), "damp comes back")
    assert q.speaker is None
    assert q.source == "One of the tenants"


def test_a_name_beside_an_opening_description_is_the_subject() -> None:
    text = (
        "Another session singer, Mara Quell, recalled her first studio job. She was nineteen.\n\n"
        "When she was hired, \"I could not stop shaking,\" she told the audience."
    )
    assert only(analyse(text), "stop shaking").speaker == "Mara Quell"


# ---------------------------------------------------------------- roles in the people list


def test_people_have_the_role_written_beside_their_name() -> None:
    text = (
        "Harbourview captain Tomas Lind lamented the loss on Saturday. \"We were careless,\" "
        "Lind said.\n\n"
        "Canadian voice actor Mira Soleil marveled at the crowd. \"I'm overwhelmed,\" Soleil "
        "said.\n\n"
        "Tariq Osei, a spokesman for the port authority, was at the match. \"It was a fine "
        "day,\" Osei said."
    )
    people = {p.name: p for p in analyse(text).people}
    assert people["Tomas Lind"].role == "Harbourview captain"
    assert people["Mira Soleil"].role == "Canadian voice actor"
    assert people["Tariq Osei"].role == "a spokesman for the port authority"
    assert people["Tariq Osei"].affiliation == "the port authority"


def test_a_role_is_never_a_list_of_two_people() -> None:
    text = (
        "The party nominated Ruth Calder for president and rapper Deon Marsh for vice "
        "president. \"It is a joke,\" Marsh said."
    )
    people = {p.name: p for p in analyse(text).people}
    assert people["Deon Marsh"].role == "rapper"


def test_a_quotation_after_narration_naming_someone_else_is_theirs() -> None:
    text = (
        "\"We made too many mistakes,\" Harbourview captain Tomas Lind said.\n\n"
        "The visitors were shown two yellow cards, leaving coach Frida Holm unimpressed. "
        "\"One of them was harsh, the other one fair.\""
    )
    assert only(analyse(text), "One of them was harsh").speaker == "Frida Holm"


def test_an_attribution_split_off_after_a_question_mark_is_the_quotations() -> None:
    text = (
        "The council met on a rainy evening to talk about the budget for the coming year.\n\n"
        "\"Why is the library closing before the car park?\" Delia Fenwick demanded."
    )
    q = only(analyse(text), "library closing")
    assert (q.speaker, q.verb) == ("Delia Fenwick", "demanded")


def test_officials_at_an_organization_are_an_unnamed_source() -> None:
    text = (
        "The council met on a rainy evening to talk about the budget for the coming year.\n\n"
        "Officials at the Department of Roads said the bypass was \"on schedule\"."
    )
    q = only(analyse(text), "on schedule")
    assert q.speaker is None
    assert q.source == "Officials at the Department of Roads"


def test_a_title_set_before_a_name_in_commas_is_that_persons() -> None:
    text = (
        "The council met on a rainy evening to talk about the budget for the coming year.\n\n"
        "The Prime Minister, Alan Drewitt, said the decision was \"final\"."
    )
    assert only(analyse(text), "final").speaker == "Alan Drewitt"


def test_two_people_named_as_one_subject_both_speak() -> None:
    text = (
        "The council met on a rainy evening to talk about the budget for the coming year.\n\n"
        "Omar Haddad and his colleague Mia Stone wrote that the trend was \"alarming\"."
    )
    q = only(analyse(text), "alarming")
    assert q.speakers == ["Omar Haddad", "Mia Stone"]


def test_a_verb_between_two_names_is_not_a_title() -> None:
    text = (
        "The council met on a rainy evening to talk about the budget for the coming year.\n\n"
        "Transport minister Karl Weissmann met union leader Otto Brandt on Monday. He said the "
        "talks had been \"constructive\"."
    )
    assert only(analyse(text), "constructive").speaker == "Karl Weissmann"


def test_a_long_description_before_an_appositive_name_is_that_persons() -> None:
    text = (
        "The council met on a rainy evening to talk about the budget for the coming year.\n\n"
        "The father of the missing boy, Peter Langley, spoke to reporters. \"We just want him "
        "home,\" the father said."
    )
    assert only(analyse(text), "want him home").speaker == "Peter Langley"


def test_the_subject_is_not_the_person_named_after_a_verb_and_its_object() -> None:
    text = (
        "Ruth Calder threw her support behind Sen. Tim Hollis (R-Ohio) on Wednesday, saying "
        "it was time for \"a real conservative in the governor's mansion.\""
    )
    assert only(analyse(text), "real conservative").speaker == "Ruth Calder"


def test_quoted_words_ending_in_a_comma_before_a_pronoun_are_no_modifier() -> None:
    text = (
        "Mr. Petrov acknowledged the candidate's weak poll numbers - his \"negatives,\" he "
        "called them - but said they would fade."
    )
    q = only(analyse(text), "negatives")
    assert q.speaker == "Petrov" and q.verb == "called"


def test_a_split_off_attribution_may_go_on_after_a_comma() -> None:
    text = (
        "\"Are you sure the ferry is still running?\" Ines Moreau remarked, alluding to the "
        "strike that had stopped every crossing for a week."
    )
    assert only(analyse(text), "ferry is still running").speaker == "Ines Moreau"


def test_a_cue_inside_an_opening_when_clause_leaves_the_main_subject_the_subject() -> None:
    text = (
        "Anna Voss and Greta Lund debated the health plan on Tuesday.\n\n"
        "When Lund pointed out that the plan had no budget, Voss seized on the point. "
        "\"A plan without money is a wish,\" she said."
    )
    assert only(analyse(text), "plan without money").speaker == "Anna Voss"


def test_descriptions_the_phrase_rules_miss_are_unnamed_sources() -> None:
    text = (
        "The council met on a rainy evening to talk about the budget for the coming year.\n\n"
        "Mayor Bell's deputy said the review was \"urgent\". A statement from his family said "
        "he was \"a loving father\"."
    )
    result = analyse(text)
    urgent = only(result, "urgent")
    assert (urgent.speaker, urgent.source) == (None, "Mayor Bell's deputy")
    father = only(result, "loving father")
    assert (father.speaker, father.source) == (None, "A statement from his family")


def test_a_subject_set_off_from_its_verb_by_several_asides() -> None:
    text = (
        "The council met on a rainy evening to talk about the budget for the coming year.\n\n"
        "Ian Mossley, 52, who has worked at the lab since 2001, said the team was \"thrilled\"."
    )
    assert only(analyse(text), "thrilled").speaker == "Ian Mossley"


def test_a_bare_title_is_completed_from_the_words_before_the_name() -> None:
    text = (
        "The council met on a rainy evening to talk about the budget for the coming year.\n\n"
        "Leeds mayor Tom Hartley said the plan was \"a disgrace\"."
    )
    hart = next(p for p in analyse(text).people if p.name == "Tom Hartley")
    assert (hart.role, hart.affiliation) == ("Leeds mayor", "Leeds")


def test_he_after_an_unnamed_person_described_with_who_is_that_source() -> None:
    text = (
        "Dock workers in Port Elwin voted on Monday to strike from next week.\n\n"
        "Union organiser Mark Delaney said members had been left with \"no choice\".\n\n"
        "A crane operator who asked not to be named said morale was low. \"Nobody wants "
        "this,\" he said."
    )
    q = only(analyse(text), "Nobody wants this")
    assert (q.speaker, q.source) == (None, "A crane operator")


def test_a_description_by_a_title_takes_the_person_just_named() -> None:
    text = (
        "Billionaire investor Mark Cubano said on Monday he would not run for office.\n\n"
        "\"Politics is a bad business,\" the investor said."
    )
    assert only(analyse(text), "bad business").speaker == "Mark Cubano"


def test_a_spokeswoman_for_an_organization_is_the_unnamed_source() -> None:
    text = (
        "Commuters faced long delays on Tuesday after the county council closed the bridge.\n\n"
        "A spokeswoman for the council said the report would be released \"as soon as "
        "possible\"."
    )
    q = only(analyse(text), "as soon as")
    assert (q.speaker, q.source) == (None, "A spokeswoman for the council")
