"""The list at 80 columns (issue 11: 9) and its dates (3): the header keeps the filters, an
empty list says why, columns are cut by cell width with an ellipsis, tags leave the title
room, the quote count survives a scrollbar; undated articles say so and sort last."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from looking import screen_lines
from rich.cells import cell_len
from waiting import until

from newsreader.services import ListQuery, Services
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.reader_screen import ReaderScreen
from newsreader.tui.widgets.article_list import ArticleList

NARROW = (80, 24)


def header(app: NewsreaderApp) -> str:
    return screen_lines(app)[0]


def write_article(folder: Path, name: str, title: str, source: str = "The Harbour Gazette",
                  date: str | None = "2026-03-09", quotes: int = 1) -> Path:
    """A plain-text article file with ``quotes`` attributed quotations."""
    head = [f"Source: {source}"] + ([f"Date: {date}"] if date else [])
    paragraphs = [f"“Point number {n} stands,” said Ada Quill, the harbour master."
                  for n in range(quotes)] or ["Nothing quoted here."]
    path = folder / name
    path.write_text("\n".join(head) + f"\n\n{title}\n\n" + "\n\n".join(paragraphs) + "\n",
                    encoding="utf-8")
    return path


async def test_the_header_keeps_every_filter_at_80_columns(sample_library: Services) -> None:
    sample_library.set_bookmarks([sample_library.listing().ids[0]])
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("B", "u")
        await pilot.pause()
        line = header(app)
        assert "★ only · unread only · newest first" in line
        assert "1 of 14" in line
        await pilot.press("slash", *"harbour", "enter")
        await until(pilot, lambda: "harbour" in header(app), "the search in the header")
        assert "search “harbour” · ★ only · unread only · newest first" in header(app)


async def test_an_empty_filtered_list_says_why_and_how_to_clear(
        sample_library: Services) -> None:
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("B")  # nothing is bookmarked
        await pilot.pause()
        text = "\n".join(screen_lines(app))
        assert "No articles match ★ only" in text
        assert "Esc clears the filters" in text
        await pilot.press("escape")
        await pilot.pause()
        assert "No articles match" not in "\n".join(screen_lines(app))


async def test_an_empty_library_says_how_to_add_articles(library_dir: Path) -> None:
    app = NewsreaderApp(Services(library_dir))
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        text = "\n".join(screen_lines(app))
        assert "No articles yet" in text
        assert "newsreader import PATH" in text and "newsreader feeds add URL" in text


async def test_the_source_is_cut_with_an_ellipsis_and_tags_leave_the_title_room(
        sample_library: Services) -> None:
    ferry = next(r for r in sample_library.rows(ListQuery()) if "Ferry" in r.title)
    sample_library.set_tags(ferry.id, ["transport", "labour", "calder bay", "strikes"])
    app = NewsreaderApp(sample_library)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        row = next(line for line in screen_lines(app) if "Ferry" in line)
        assert "The Harbour…" in row
        title_start = row.index("Ferry")
        tags_start = row.index("[")
        assert tags_start - title_start >= 34, row  # the title keeps most of the row
        assert row.rstrip().endswith("7q"), row


async def test_the_quote_count_is_whole_with_a_scrollbar(library_dir: Path, tmp_path: Path,
                                                         fixed_clock: str) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(30):
        write_article(folder, f"{n:02d}.txt", f"Collapse of the harbour wall, part {n} of a "
                      "long series", quotes=7 + n % 3, date=f"2026-03-{n % 28 + 1:02d}")
    services = Services(library_dir)
    services.import_paths([folder])
    app = NewsreaderApp(services)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        articles = app.screen.query_one(ArticleList)
        assert articles.row_count > articles.scrollable_content_region.height  # it scrolls
        rows = [line for line in screen_lines(app) if "Collapse" in line]
        assert rows
        for line in rows:
            assert line[:79].rstrip()[-2:] in ("7q", "8q", "9q"), line


async def test_wide_characters_are_cut_by_cell_width(library_dir: Path, tmp_path: Path,
                                                     fixed_clock: str) -> None:
    title = "東京湾の防潮堤が崩壊、住民が避難を開始した長い見出し"
    path = write_article(tmp_path, "wide.txt", title, source="東京新聞社会部の記者", quotes=3)
    services = Services(library_dir)
    services.import_paths([path])
    services.set_tags(services.listing().ids[0], ["防潮堤", "避難", "東京湾の長いタグ"])
    app = NewsreaderApp(services)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        articles = app.screen.query_one(ArticleList)
        line = articles.render_line(0).text
        assert cell_len(line) == articles.size.width
        assert "東京新聞…" in line or "東京新聞社…" in line
        assert line.rstrip().endswith("3q")


# -- 3. undated articles -----------------------------------------------------------------


def cli(library: Path, *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "newsreader", "--library", str(library), *args],
                          capture_output=True, text=True, check=True)
    return done.stdout


async def test_undated_articles_say_so_and_sort_last_in_the_app_and_the_cli(
        library_dir: Path, tmp_path: Path, fixed_clock: str) -> None:
    folder = tmp_path / "dated"
    folder.mkdir()
    write_article(folder, "a.txt", "Old Dated Story", date="2026-01-05")
    write_article(folder, "b.txt", "New Dated Story", date="2026-03-09")
    write_article(folder, "c.txt", "Story Without A Date", date=None)
    services = Services(library_dir)
    services.import_paths([folder])
    app = NewsreaderApp(services)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        rows = [line for line in screen_lines(app) if "Story" in line]
        assert ["New" in rows[0], "Old" in rows[1], "Without" in rows[2]] == [True] * 3
        assert "undated" in rows[2] and fixed_clock[:10] not in rows[2]
        await pilot.press("S")  # oldest first: the undated one is still last
        await pilot.pause()
        rows = [line for line in screen_lines(app) if "Story" in line]
        assert "Old" in rows[0] and "Without" in rows[2]
        await pilot.press("S", "s")  # recently added: the dates shown are when added
        await pilot.pause()
        assert "recently added" in header(app) and "date added" in header(app)
        rows = [line for line in screen_lines(app) if "Story" in line]
        assert all(fixed_clock[:10] in row for row in rows)
    listed = cli(library_dir, "list").splitlines()
    assert ["New" in listed[0], "Old" in listed[1], "Without" in listed[2]] == [True] * 3
    assert "undated" in listed[2]
    oldest = json.loads(cli(library_dir, "list", "--json", "--reverse"))
    assert [r["title"] for r in oldest][-1] == "Story Without A Date"


async def test_the_reader_says_which_date_is_which(library_dir: Path, tmp_path: Path,
                                                   fixed_clock: str) -> None:
    write_article(tmp_path, "d.txt", "A Dated Story", date="2026-03-09")
    write_article(tmp_path, "u.txt", "An Undated Story", date=None)
    services = Services(library_dir)
    services.import_paths([tmp_path / "d.txt", tmp_path / "u.txt"])
    app = NewsreaderApp(services)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        assert "published 2026-03-09" in screen_lines(app)[1]
        await pilot.press("q", "j", "enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        assert f"no publication date (added {fixed_clock[:10]})" in screen_lines(app)[1]


async def test_an_undated_feed_item_sorts_last_not_first_as_the_newest(
        library_dir: Path, server, fixed_clock: str) -> None:
    from waiting import message_saying

    services = Services(library_dir)
    for path in ("/rss2.xml", "/lenient.xml"):  # lenient.xml's one item has no date
        services.subscribe(server.url(path))
    app = NewsreaderApp(services)
    async with app.run_test(size=NARROW, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("r")
        await message_saying(pilot, "2 feeds: 4 new")
        articles = app.screen.query_one(ArticleList)
        rows = [articles.row_at(i) for i in range(articles.row_count)]
        assert rows[-1].title == "Readable Despite Bad Tags"
        assert all(r.published for r in rows[:-1])
        line = next(line for line in screen_lines(app) if "Readable Despite" in line)
        assert "undated" in line and fixed_clock[:10] not in line
    listed = cli(library_dir, "list").splitlines()
    assert "Readable Despite Bad Tags" in listed[-1] and "undated" in listed[-1]
