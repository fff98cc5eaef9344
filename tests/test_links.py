"""The links of an article's text: kept from feed items' HTML and from web pages (not
their menus), stored with the article (old articles without any still read), listed and
numbered in the reader, opened or copied by number."""

from __future__ import annotations

import asyncio
from pathlib import Path

from fixtures.feeds.server import FeedServer
from waiting import message_saying, until

from newsreader.news.article import Link
from newsreader.news.feeds import parse_feed
from newsreader.news.html_text import html_links
from newsreader.news.webpage import article_from_page, page_links
from newsreader.services import Services
from newsreader.store.records import StoredArticle, links_from
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.links_dialog import LinksDialog
from newsreader.tui.screens.reader_screen import ReaderScreen
from newsreader.tui.widgets.article_view import ArticleView

FEEDS = Path(__file__).resolve().parent / "fixtures" / "feeds"
INQUIRY = "https://planning.example/inquiries/2026-14"
REPORT = "https://ledger.example/documents/dredging-report.pdf"


def test_links_of_an_html_fragment() -> None:
    html = ('<p><a href="/a">First</a> and <a href="https://o.example/b"><b>second</b> one'
            '</a>, <a href="/a">again</a>, <a href="javascript:x()">js</a>, '
            '<a href="#top">top</a>, <a href="ftp://f.example/x">ftp</a>, <a>none</a></p>'
            '<script><a href="/hidden">no</a></script>')
    assert html_links(html, "https://site.example/story") == (
        Link("https://site.example/a", "First"), Link("https://o.example/b", "second one"))
    assert html_links("no markup at all") == ()
    assert html_links('<a href="rel">x</a>') == ()  # relative, and nothing to read it against


def test_a_feed_items_links_are_kept_absolute() -> None:
    [article] = parse_feed((FEEDS / "links.xml").read_bytes(),
                           url="https://ledger.example/feed.xml").articles
    assert [link.url for link in article.links] == [INQUIRY, REPORT]
    assert article.links[0].text == "public inquiry"


def test_a_pages_links_are_those_of_its_text_not_its_menus() -> None:
    html = (FEEDS / "linked-page.html").read_bytes()
    url = "https://ledger.example/2026/04/dredging"
    assert [link.url for link in page_links(html, url)] == [INQUIRY, REPORT]
    article = article_from_page(html, url)
    assert [link.text for link in article.links] == ["public inquiry", "environmental report"]
    assert "](" not in article.body and "public inquiry, the planning" in article.body
    assert page_links(b"<html><body></body></html>") == ()


def test_links_are_stored_and_old_or_damaged_ones_read_as_none() -> None:
    article = StoredArticle(id="ab" * 6, title="T", body="B",
                            links=[Link(INQUIRY, "public inquiry")])
    doc = article.to_doc()
    assert doc["links"] == [{"url": INQUIRY, "text": "public inquiry"}]
    assert StoredArticle.from_doc(doc).links == article.links
    old = {k: v for k, v in doc.items() if k != "links"}
    assert StoredArticle.from_doc(old).links == []
    assert "links" not in StoredArticle.from_doc(old).to_doc()  # no field for none
    assert links_from("nonsense") == []
    assert links_from([{"url": 3}, {"text": "x"}, "x", {"url": INQUIRY, "text": 4}]) == [
        Link(INQUIRY, "")]


def test_fetching_and_adding_keep_the_links(library_dir: Path, server: FeedServer) -> None:
    services = Services(library_dir)
    services.subscribe(server.url("/links.xml"))
    services.fetch()
    [aid] = services.listing().ids
    # relative links are read against the feed's address, as feedparser reads them
    assert [link.url for link in services.article(aid).links] == [
        INQUIRY, server.url("/documents/dredging-report.pdf")]
    result = services.add_page(server.url("/linked-page.html"))
    assert [link.text for link in services.article(result.article.id).links] == [
        "public inquiry", "environmental report"]


def test_the_cli_shows_and_saves_the_links(library_dir: Path, server: FeedServer,
                                           capsys) -> None:
    from newsreader.cli import main

    services = Services(library_dir)
    services.subscribe(server.url("/links.xml"))
    services.fetch()
    aid = services.listing().ids[0]
    assert main(["save", aid, "-"]) == 0
    out = capsys.readouterr().out
    report = server.url("/documents/dredging-report.pdf")
    assert out.rstrip().endswith(f"Links:\n[1] {INQUIRY}\n[2] {report}")
    assert main(["show", aid, "--json"]) == 0
    assert '"url": "https://planning.example/inquiries/2026-14"' in capsys.readouterr().out


async def linked_reader(library_dir: Path, server: FeedServer, pilot, app) -> ReaderScreen:
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
    return app.screen


async def test_the_reader_lists_the_links_numbered_and_a_number_opens_one(
        library_dir: Path, server: FeedServer, monkeypatch) -> None:
    import newsreader.tui.app

    monkeypatch.setattr(newsreader.tui.app, "has_local_browser", lambda: False)  # over SSH
    services = Services(library_dir)
    services.subscribe(server.url("/links.xml"))
    await asyncio.to_thread(services.fetch)  # fetching runs an event loop of its own
    app = NewsreaderApp(services)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await linked_reader(library_dir, server, pilot, app)
        report = server.url("/documents/dredging-report.pdf")
        lines = app.screen.query_one(ArticleView).plain_lines
        start = next(i for i, line in enumerate(lines) if line.startswith("Links (2;"))
        assert lines[start + 2:start + 6] == ["[1] public inquiry", f"    {INQUIRY}",
                                              "[2] environmental report", f"    {report}"]
        await pilot.press("2")  # newsboat's "Goto URL #2"
        await until(pilot, lambda: isinstance(app.screen, LinksDialog), "the links")
        assert app.screen.query_one("#links-list").highlighted == 1
        await pilot.press("enter")  # no browser in a test: the link is copied instead
        await message_saying(pilot, f"No browser here; copied the link instead: {report}")
        assert app.clipboard == report
        await pilot.press("L")
        await until(pilot, lambda: isinstance(app.screen, LinksDialog), "the links again")
        await pilot.press("y")  # the first: copied
        await message_saying(pilot, f"Copied {INQUIRY}")
        assert isinstance(app.screen, ReaderScreen) and app.clipboard == INQUIRY
        await pilot.press("y")  # y in the reader is still the article's own link
        await message_saying(pilot, "Copied https://ledger.example/2026/04/dredging")


async def test_an_article_without_links_says_so(seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        await pilot.press("3")
        await until(pilot, lambda: "no links" in app.screen.shown_message, "the message")
        assert not any(line.startswith("Links (") for line in
                       app.screen.query_one(ArticleView).plain_lines)


async def test_a_long_address_is_cut_under_its_words_not_wrapped_away(
        library_dir: Path, server: FeedServer) -> None:
    services = Services(library_dir)
    services.subscribe(server.url("/links.xml"))
    await asyncio.to_thread(services.fetch)
    app = NewsreaderApp(services)
    async with app.run_test(size=(50, 24)) as pilot:  # no sidebar below 70 columns
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        report = server.url("/documents/dredging-report.pdf")
        lines = app.screen.query_one(ArticleView).plain_lines
        at = lines.index("[2] environmental report")
        parts = []
        for line in lines[at + 1:]:
            if not line.startswith("    "):
                break
            parts.append(line[4:])
        assert len(parts) > 1 and "".join(parts) == report
