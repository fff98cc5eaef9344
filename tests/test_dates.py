"""Dates: found with their sentence, resolved against the publication date."""

from __future__ import annotations

import datetime as dt

from newsreader.news.analysis import DateMention, analyse

PUBLISHED = dt.date(2020, 1, 22)  # a Wednesday


def dates_of(text: str, published: dt.date | dt.datetime | None = PUBLISHED) -> dict[str, str]:
    return {d.text: d.value for d in analyse(text, published).dates}


def test_weekdays_look_back_unless_the_future_is_clear() -> None:
    found = dates_of("The agency acted on Monday. The hearing will be held on Friday.")
    assert found == {"on Monday": "2020-01-20", "on Friday": "2020-01-24"}
    assert dates_of("It happened Wednesday.") == {"Wednesday": "2020-01-22"}
    assert dates_of("It happened last Wednesday.") == {"last Wednesday": "2020-01-15"}


def test_relative_days_weeks_and_months() -> None:
    found = dates_of(
        "Yesterday the mayor spoke. Last week the council met. The plan starts next month. "
        "It was signed two weeks ago and the vote is tomorrow."
    )
    assert found == {
        "Yesterday": "2020-01-21",
        "Last week": "2020-01-15",
        "next month": "2020-02-01",
        "two weeks ago": "2020-01-08",
        "tomorrow": "2020-01-23",
    }


def test_months_and_full_dates() -> None:
    found = dates_of(
        "In November, two officials wrote. The attack on Sept. 11 was recalled. The deadline "
        "is Jan. 5, 2026, and the hearing March 3, 2026. The file is dated 2016-09-12."
    )
    assert found == {
        "In November": "2019-11-01",
        "Sept. 11": "2019-09-11",
        "Jan. 5, 2026": "2026-01-05",
        "March 3, 2026": "2026-03-03",
        "2016-09-12": "2016-09-12",
    }


def test_words_that_only_look_like_months_are_not_dates() -> None:
    assert dates_of("You may go. The march was long. The vote on May 5 was close.") == {
        "May 5": "2020-05-05"
    }


def test_month_and_day_without_year_is_the_nearest_one() -> None:
    assert dates_of("The attack on Sept. 11 was recalled.") == {"Sept. 11": "2019-09-11"}
    assert dates_of("The primary is on Feb. 3.") == {"Feb. 3": "2020-02-03"}
    assert dates_of("The hearing will be on Jan. 2.") == {"Jan. 2": "2021-01-02"}


def test_without_a_publication_date_only_self_contained_dates_resolve() -> None:
    found = dates_of("On Monday they met; the order of Jan. 5, 2026 stands.", None)
    assert found == {"On Monday": None, "Jan. 5, 2026": "2026-01-05"}


def test_datetime_publication_and_sentence_offsets() -> None:
    text = "Nothing happened. The agency acted on Monday after a long delay. Then it rested."
    result = analyse(text, dt.datetime(2020, 1, 22, 18, 30))
    (d,) = result.dates
    assert isinstance(d, DateMention)
    assert (d.text, d.value) == ("on Monday", "2020-01-20")
    assert text[d.start : d.end] == "on Monday"
    assert text[d.sentence_start : d.sentence_end] == (
        "The agency acted on Monday after a long delay."
    )


def test_the_tense_of_the_clause_a_date_opens_or_reports() -> None:
    # PUBLISHED is a Wednesday: the 24th is the coming Friday, the 17th the last one
    assert dates_of("On Monday, the council will vote on the plan.") == {"On Monday": "2020-01-27"}
    assert dates_of("On Monday, the mayor said the council will vote.") == {
        "On Monday": "2020-01-20"}
    assert dates_of("By Friday, the team hopes to have finished.") == {"By Friday": "2020-01-24"}
    assert dates_of("By Friday, the team had finished.") == {"By Friday": "2020-01-17"}
    # a future seen from the past: would, but not would have
    assert dates_of("The mayor said the plan would go ahead on Friday.") == {
        "on Friday": "2020-01-24"}
    assert dates_of("He would have turned 80 on Friday.") == {"on Friday": "2020-01-17"}
    assert dates_of("A decision is expected by the end of June.") == {"of June": "2020-06-01"}


def test_a_weekday_placed_in_the_next_or_last_week() -> None:
    found = dates_of("They met on Tuesday last week and meet again on Thursday next week.")
    assert found["on Tuesday"] == "2020-01-14"
    assert found["on Thursday"] == "2020-01-30"
