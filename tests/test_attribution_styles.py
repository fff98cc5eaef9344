"""Quoting styles the development corpora have few of: British single marks, "said the …,
NAME" inversions, ages before names, Q&A transcripts, colons and sources named after the
quotation. Each text is written for these tests."""

from __future__ import annotations

from newsreader.news.analysis import Analysis, Quote, analyse


def only(result: Analysis, fragment: str) -> Quote:
    """The one quotation whose text contains ``fragment``."""
    found = [q for q in result.quotes if fragment in q.text]
    assert len(found) == 1, f"{fragment!r}: {[q.text for q in result.quotes]}"
    return found[0]


# ---------------------------------------------------------------- British single marks


def test_a_plural_possessive_inside_single_marks_does_not_end_the_quotation() -> None:
    text = (
        "Harbour wall vote delayed\n\n"
        "The council's chief executive, Mark Trelawney, told local radio: 'Nobody wants to "
        "see the wall fall down, but the engineers' report has to come first.'\n\n"
        "'We simply do not have the money,' said Councillor Helen Pascoe. 'A patched wall "
        "would be worse than none.'"
    )
    result = analyse(text)
    report = only(result, "Nobody wants")
    assert report.text.endswith("the engineers' report has to come first.")
    assert report.speaker == "Mark Trelawney"
    assert [q.speaker for q in result.quotes] == ["Mark Trelawney", "Helen Pascoe",
                                                  "Helen Pascoe"]


def test_single_marks_quote_in_a_text_that_also_has_double_marks() -> None:
    # British style: single marks quote, double marks nest inside them or quote a tweet
    text = (
        "Ferry crew praised after rescue\n\n"
        "Captain Moira Dunlop said: 'We saw them go over and turned the ship around. There "
        "was no time to think.'\n\n"
        "'I heard someone shout \"hold on, we're coming\" and I just held on,' said Euan "
        "Black, one of the kayakers.\n\n"
        "The ferry operator, CalMac, posted on Twitter: \"Proud of our crew today.\"\n\n"
        "'They did exactly what they are trained to do,' a spokesman for the operator said."
    )
    result = analyse(text)
    assert [q.text for q in result.quotes] == [
        "We saw them go over and turned the ship around. There was no time to think.",
        "I heard someone shout \"hold on, we're coming\" and I just held on,",
        "Proud of our crew today.",
        "They did exactly what they are trained to do,",
    ]
    assert [q.speaker or q.source for q in result.quotes] == [
        "Moira Dunlop", "Euan Black", "CalMac", "a spokesman for the operator"
    ]


def test_a_few_nested_single_quotations_keep_double_marks_the_quotation_marks() -> None:
    text = (
        "\"He said, 'Go home.' Then he said, 'Now.' Then, 'Please,'\" Ana Ruiz said.\n\n"
        "\"I went,\" she added."
    )
    result = analyse(text)
    assert [q.text for q in result.quotes] == [
        "He said, 'Go home.' Then he said, 'Now.' Then, 'Please,'", "I went,"
    ]


# ---------------------------------------------------------------- "said the …, NAME"


def test_said_a_description_then_the_name_gives_the_person() -> None:
    text = (
        "Factory to close\n\n"
        "\"We fought for this site for ten years,\" said the union's regional organiser, "
        "Kevin Marsh.\n\n"
        "\"It is a sad day for the town,\" said the mayor, Linda Osei.\n\n"
        "\"We will help every worker find a new job,\" said the company's head of "
        "communications in Britain, Susan Blake.\n\n"
        "\"Nobody saw this coming,\" said a spokeswoman for the hospital trust, Fiona Reid."
    )
    result = analyse(text)
    assert [q.speaker for q in result.quotes] == [
        "Kevin Marsh", "Linda Osei", "Susan Blake", "Fiona Reid"
    ]
    assert {p.name for p in result.people} == {
        "Kevin Marsh", "Linda Osei", "Susan Blake", "Fiona Reid"
    }


def test_an_age_before_the_name_is_not_in_the_way() -> None:
    text = (
        "\"It was always going to end like this,\" said the factory's longest-serving "
        "worker, 64-year-old Derek Hill.\n\n"
        "A retired teacher, 71-year-old Joan Moss, said: \"It is a disgrace.\"\n\n"
        "One of the kayakers, 23-year-old Euan Black, said the crew had been "
        "\"incredible\"."
    )
    result = analyse(text)
    assert [q.speaker for q in result.quotes] == ["Derek Hill", "Joan Moss", "Euan Black"]
