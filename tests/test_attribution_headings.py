"""Digests and bulletins: headings in capitals, and ``HEADING - Name: "…"`` items. Capitals
carry no sign of a name inside a heading, and the source of such an item is the name after
the dash. Each text is written for these tests."""

from __future__ import annotations

from newsreader.news.analysis import analyse


def test_a_digest_item_is_said_by_the_name_after_its_heading() -> None:
    text = (
        "Morning numbers\n\n"
        "The day's polling, in brief.\n\n"
        "HIGHER THAN EXPECTED TURNOUT IN DELTA COUNTY DOESN’T RAISE HOPES IN OTHER PLACES - "
        "Priya Nandakumar: “Lines formed before the doors opened, and by noon the small "
        "precincts were already past their totals from the last election.”\n\n"
        "RURAL VOTERS STAYED HOME - Tomas Ekdahl: “The drop outside the towns is steep enough "
        "that it cannot be weather alone.”"
    )
    result = analyse(text)
    assert [q.speaker for q in result.quotes] == ["Priya Nandakumar", "Tomas Ekdahl"]
    assert [p.name for p in result.people] == ["Priya Nandakumar", "Tomas Ekdahl"]


def test_a_headline_that_shortens_a_title_does_not_name_the_person() -> None:
    # AG for attorney general: a title, so the person is the full name the body gives
    text = (
        "Former AG Okonjo at summit: the treaty breaks the constitution\n\n"
        "Former Attorney General Ruth Okonjo told delegates on Tuesday that the treaty "
        "broke the constitution.\n\n"
        "“It was signed in a hurry and it will be undone in a hurry,” Okonjo said."
    )
    result = analyse(text)
    assert [q.speaker for q in result.quotes] == ["Ruth Okonjo"]
    assert [p.name for p in result.people] == ["Ruth Okonjo"]
