"""Headline quotations (issue 9): a title's quoted words are a quotation, stored with the
article apart from the body's (``in_title``, offsets into the title), so the body's offsets
stay what they were; it takes the speaker of a body quotation holding the same words, else
it has none. The reader marks it in the title, the inspector lists it, the list counts it."""

from __future__ import annotations

from pathlib import Path

import pytest
from looking import screen_lines, styles_of
from waiting import until

from newsreader.news.analysis import Analysis, analyse, analyse_article
from newsreader.news.plaintext import parse_plaintext
from newsreader.services import UNATTRIBUTED, ListQuery, Services
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.inspector_screen import InspectorScreen
from newsreader.tui.screens.reader_screen import ReaderScreen

SEED_TITLE = ("State Regulator Subpoenas Marlow Water Board in ‘Final Step’ over "
              "Reservoir Data")

MATCHED = """Source: The Harbour Gazette
Date: 2026-03-09

Mayor Says Harbour Is ‘Not for Sale’ as Bids Close

Mayor Ada Quill said on Monday that the city would keep its harbour.

“The harbour is not for sale,” Quill told reporters at the town hall. “It belongs to the
people of Calder Bay.”
"""
"""An article whose headline quotes words the body quotes with their speaker."""


@pytest.fixture
def matched_path(tmp_path: Path) -> Path:
    path = tmp_path / "not-for-sale.txt"
    path.write_text(MATCHED, encoding="utf-8")
    return path


# -- the stored form -----------------------------------------------------------------------


def test_a_headline_quotation_is_kept_apart_and_body_offsets_stay(seed_path: Path) -> None:
    article = parse_plaintext(seed_path.read_text(encoding="utf-8"))
    assert article.title == SEED_TITLE
    result = analyse_article(article.title, article.body, article.published)
    titled = [q for q in result.quotes if q.in_title]
    assert [q.text for q in titled] == ["Final Step"]
    quote = titled[0]
    assert article.title[quote.start:quote.end] == "Final Step"
    assert quote.speaker is None and quote.speakers == []
    body_quotes = [q for q in result.quotes if not q.in_title]
    assert len(body_quotes) == 7
    for q in body_quotes:  # offsets into the body, as ever
        assert article.body[q.start:q.end] == q.text
        assert q.sentence_start <= q.start <= q.end <= q.sentence_end
    alone = analyse(article.body, article.published)  # the body's speakers are the same
    assert [(q.text, q.speaker) for q in body_quotes] == [
        (q.text, q.speaker) for q in alone.quotes]
    for person in result.people:
        for start, end in person.mentions:
            assert 0 <= start < end <= len(article.body)


def test_the_library_stores_headline_quotations_and_counts_them(
        seed_library: Services) -> None:
    row = seed_library.rows(ListQuery())[0]
    assert row.quotes == 8  # the headline's included
    article = seed_library.article(row.id)
    stored = article.stored_analysis
    assert stored is not None
    in_title = [q for q in stored["quotes"] if q.get("in_title")]
    assert [q["text"] for q in in_title] == ["Final Step"]
    analysis = article.analysis
    assert analysis is not None
    assert analysis.quotes[0].in_title and analysis.quotes[0].text == "Final Step"
    assert all(not q.in_title for q in analysis.quotes[1:])


def test_the_stored_form_reads_old_and_damaged_data() -> None:
    title, body = "Mayor Calls It ‘Not for Sale’ Now", "x" * 20
    old = {"version": "3", "quotes": [{"text": "x" * 5, "start": 2, "end": 7}]}
    assert [q.in_title for q in Analysis.from_dict(old, len(body), len(title)).quotes] == [
        False]  # stored before headline quotations: in the body
    data = {"version": "4", "quotes": [
        {"text": "x" * 5, "start": 2, "end": 7},
        {"text": "Not for Sale", "start": 16, "end": 28, "in_title": True},
        {"text": "beyond the title", "start": 30, "end": 46, "in_title": True},
        {"text": "a string flag", "start": 0, "end": 3, "in_title": "yes"},
    ], "people": [{"name": "Ada Quill", "quotes": [1, 0]}]}
    analysis = Analysis.from_dict(data, len(body), len(title))
    assert [(q.text, q.in_title) for q in analysis.quotes] == [
        ("Not for Sale", True), ("a string flag", False), ("x" * 5, False)]
    assert analysis.people[0].quotes == [0, 2]  # renumbered: the headline's comes first
    again = Analysis.from_dict(analysis.to_dict(), len(body), len(title))
    assert again == analysis


def test_a_headline_quotation_takes_the_speaker_of_the_same_words(matched_path: Path) -> None:
    article = parse_plaintext(matched_path.read_text(encoding="utf-8"))
    result = analyse_article(article.title, article.body, article.published)
    headline = next(q for q in result.quotes if q.in_title)
    assert headline.text == "Not for Sale" and headline.speaker == "Ada Quill"
    assert headline.speaker_start is None  # the body names her, not the title


# -- the reader and the inspector ------------------------------------------------------------


async def open_reader(app: NewsreaderApp, pilot) -> ReaderScreen:
    await pilot.pause()
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
    await pilot.pause()
    assert isinstance(app.screen, ReaderScreen)
    return app.screen


async def test_the_reader_marks_a_headline_quotation_with_no_speaker(
        seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_reader(app, pilot)
        numbers = reader.quotes.by_quote[0]
        assert reader.quotes.speaker(numbers[0]).name == UNATTRIBUTED
        mark = f"[{numbers[0]}]"
        title_line = screen_lines(app)[0]
        assert f"‘Final Step’{mark} over" in title_line
        assert all(s.underline for s in styles_of(app, "Final Step"))
        assert "8 quotations by 6 speakers" in screen_lines(app)[-2]
        await pilot.press("right_square_bracket")  # the first quotation: the headline's
        await pilot.pause()
        status = screen_lines(app)[-2]
        assert f"Quotation 1/8 · {mark} {UNATTRIBUTED}" in status
        assert "in the headline" in status
        assert all(s.reverse for s in styles_of(app, "Final Step"))  # highlighted
        sidebar = "\n".join(screen_lines(app)[2:-2])
        assert f"{mark} {UNATTRIBUTED}" in sidebar
        await pilot.press("right_square_bracket")  # on into the body
        await pilot.pause()
        assert not any(s.reverse for s in styles_of(app, "Final Step"))
        assert "Quotation 2/8" in screen_lines(app)[-2]


async def test_the_inspector_lists_a_headline_quotation_with_no_speaker(
        seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_reader(app, pilot)
        await pilot.press("i")
        await until(pilot, lambda: isinstance(app.screen, InspectorScreen), "the inspector")
        await pilot.pause()
        text = "\n".join(screen_lines(app))
        first = next(line for line in screen_lines(app) if "headline: Final Step" in line)
        assert UNATTRIBUTED in first
        assert "Speaker: none (the article" in text and "nowhere else)" in text
        assert "In the headline:" in text and "Reservoir Data" in text
        await pilot.press("enter")  # jumps to it: the title's mark is highlighted
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "back in the reader")
        await pilot.pause()
        assert all(s.reverse for s in styles_of(app, "Final Step"))


async def test_a_headline_quotation_matched_in_the_body_shows_its_speaker(
        library_dir: Path, matched_path: Path, fixed_clock: str) -> None:
    services = Services(library_dir)
    services.import_paths([matched_path])
    app = NewsreaderApp(services)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_reader(app, pilot)
        quill = next(s for s in reader.quotes.speakers if s.name == "Ada Quill")
        assert reader.quotes.by_quote[0] == [quill.number] and 0 in quill.quotes
        assert f"‘Not for Sale’[{quill.number}]" in screen_lines(app)[0]
        await pilot.press("i")
        await until(pilot, lambda: isinstance(app.screen, InspectorScreen), "the inspector")
        await pilot.pause()
        text = "\n".join(screen_lines(app))
        first = next(line for line in screen_lines(app) if "headline: Not for Sale" in line)
        assert "Ada Quill" in first
        assert "Speaker: Ada Quill" in text and "In the headline:" in text


def test_a_title_never_makes_the_first_quotation_of_the_text_a_term() -> None:
    # "the series “…”" names a title; a headline ending in "series" names nothing after it
    body = "\n\n".join(f"“Point number {n} stands,” said Ada Quill, the harbour master."
                       for n in range(3))
    title = "Collapse of the harbour wall, part 27 of a long series"
    result = analyse_article(title, body)
    assert [q.text for q in result.quotes] == [f"Point number {n} stands," for n in range(3)]
    assert all(q.speaker == "Ada Quill" for q in result.quotes)


def test_a_name_or_a_term_quoted_in_the_headline_is_no_quotation() -> None:
    cases = [("NASA's ‘Lantern’ Probe Returns First Images",
              "NASA's Lantern spacecraft flew by. “Lantern has done what we built it to do,” "
              "said Nicola Fontaine."),
             ("After 38 seasons, ‘Doc’ Gray will hand over the baton",
              "“Doc is the reason a lot of us became teachers,” said Kayla Brooks."),
             ("New titanosaur named 'wind giant' after gales",
              'The name means "wind giant". "It is big," said Tom Roe.'),
             ("Westfall Rovers Face ‘Last Chance’ Match to Avoid Relegation",
              "“We are ready,” said Ana Roe.")]
    found = [[q.text for q in analyse_article(title, body).quotes] for title, body in cases]
    assert found == [["Lantern has done what we built it to do,"],
                     ["Doc is the reason a lot of us became teachers,"],
                     ["It is big,"], ["Last Chance", "We are ready,"]]


def test_a_headline_ending_in_a_noun_after_its_quotation_is_read() -> None:
    # (this raised IndexError: a phrase's end was looked for past the headline's last word)
    result = analyse_article("Strike ‘Will Go On,’ Union Says",
                             "“The strike will go on,” said Jane Roe of the union.")
    assert [(q.text, q.speaker) for q in result.quotes] == [
        ("Will Go On,", "Jane Roe"), ("The strike will go on,", "Jane Roe")]


def test_a_word_the_headline_quotes_before_the_noun_it_describes_is_no_quotation() -> None:
    cases = [("Probe finds 'rubble pile' asteroid held together by dust",
              '"It is glued," said Naledi Mokoena.'),
             ("Westfall Rovers Face ‘Last Chance’ Match to Avoid Relegation",
              "“We are ready,” said Ana Roe.")]
    found = [[q.text for q in analyse_article(title, body).quotes] for title, body in cases]
    assert found == [["It is glued,"], ["Last Chance", "We are ready,"]]


def test_a_title_before_a_noun_with_a_comma_and_a_plural_of_the_bodys_term() -> None:
    cases = [("Tony Mendez, architect of 'Argo' rescue, dies at 78",
              '"He was a quiet hero," said Jonna Mendez.'),
             ("Scientists describe how 'upside-down rivers' of warm water break the ice",
              'The meltwater forms what the scientists describe as "upside-down river" '
              'channels, said Ana Roe.')]
    found = [[q.text for q in analyse_article(title, body).quotes] for title, body in cases]
    assert found == [["He was a quiet hero,"], []]
