"""One article however it arrives (issue 11: 2): a feed fetched, the same feed's file
imported, the item's page added, a text file naming its link: one article, found by its
canonical link (no fragment or tracking parameters, one trailing slash, scheme and host
case ignored) or its content, with the user's bookmark, tags and read state kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.feeds.server import FeedServer, fixture

from newsreader.news.links import canonical_url, names_an_article
from newsreader.services import ListQuery, Services
from newsreader.services.fetching import Limits

FAST = Limits(connect_timeout=1, read_timeout=1, total_timeout=3)


@pytest.mark.parametrize(("given", "canonical"), [
    ("https://gazette.example/2026/bridge", "https://gazette.example/2026/bridge"),
    ("https://gazette.example/2026/bridge#main", "https://gazette.example/2026/bridge"),
    ("https://gazette.example/2026/bridge/", "https://gazette.example/2026/bridge"),
    ("http://gazette.example/2026/bridge", "https://gazette.example/2026/bridge"),
    ("HTTPS://Gazette.EXAMPLE/2026/bridge", "https://gazette.example/2026/bridge"),
    ("https://gazette.example:443/2026/bridge", "https://gazette.example/2026/bridge"),
    ("http://gazette.example:80/2026/bridge", "https://gazette.example/2026/bridge"),
    ("https://gazette.example/2026/bridge?utm_source=rss&utm_medium=feed&id=7",
     "https://gazette.example/2026/bridge?id=7"),
    ("https://gazette.example/story?b=2&a=1&fbclid=x&gclid=y", "https://gazette.example/story?a=1&b=2"),
    ("https://gazette.example/2026/Bridge", "https://gazette.example/2026/Bridge"),  # path case
    ("https://gazette.example", "https://gazette.example/"),
    ("http://127.0.0.1:8080/a.html?", "https://127.0.0.1:8080/a.html"),
])
def test_canonical_links(given: str, canonical: str) -> None:
    assert canonical_url(given) == canonical


@pytest.mark.parametrize("given", [None, "", "mailto:desk@gazette.example", "file:///etc/x",
                                   "not a link", "https:///no-host"])
def test_what_is_not_a_web_link_has_no_canonical_form(given: str | None) -> None:
    assert canonical_url(given) is None


def test_a_front_page_names_no_article() -> None:
    assert not names_an_article("https://gazette.example/")
    assert not names_an_article("https://gazette.example/?utm_source=x#top")
    assert names_an_article("https://gazette.example/2026/bridge")


@pytest.fixture
def services(library_dir: Path) -> Services:
    return Services(library_dir, fetch_limits=FAST)


def rows(services: Services) -> list[tuple[str, str]]:
    return sorted((r.title, r.id) for r in Services(services.root).rows(ListQuery()))


def test_a_feed_fetched_then_its_file_imported_then_its_page_added_is_one_article(
        services: Services, server: FeedServer, tmp_path: Path) -> None:
    services.subscribe(server.url("/same-story.xml"))
    report = services.fetch()
    assert report.new == 3
    fetched = rows(services)
    ferry = next(aid for title, aid in fetched if title.startswith("Ferry"))
    services.set_bookmarks([ferry])
    services.change_tags(ferry, add=["strikes"])
    services.set_read([ferry])

    feed_file = tmp_path / "same-story.xml"  # the same feed, saved (its guid is relative)
    feed_file.write_bytes(fixture("same-story.xml", server.base))
    imported = services.import_paths([feed_file])
    assert imported.imported == [] and len(imported.duplicates) == 3
    assert rows(services) == fetched

    page = services.add_page(server.url("/article.html") + "?utm_campaign=share")
    assert page.state in ("updated", "unchanged") and page.article.id == ferry
    assert rows(services) == fetched

    text = tmp_path / "ferry.txt"  # a file naming the link another way
    link = server.url("/article.html").replace("http://", "HTTP://") + "/#top"
    text.write_text(f"URL: {link}\n\nFerry Workers Vote to Strike\n\nAnother telling of "
                    "the vote, saved by hand.\n", encoding="utf-8")
    assert services.import_paths([text]).imported == []
    assert rows(services) == fetched

    fresh = Services(services.root)
    row = fresh.row(ferry)
    assert row is not None and row.bookmarked and row.read and "strikes" in row.tags


def test_the_same_content_is_one_article_whichever_way_it_came(
        services: Services, server: FeedServer, tmp_path: Path) -> None:
    services.subscribe(server.url("/same-story.xml"))
    services.fetch()
    before = rows(services)
    festival = next(aid for title, aid in before if title.startswith("Harbour Lights"))
    article = services.article(festival)
    copy = tmp_path / "festival.txt"  # no link at all: only the content says it is the same
    copy.write_text(f"{article.title}\n\n{article.body}\n", encoding="utf-8")
    assert services.import_paths([copy]).imported == []
    assert rows(services) == before


def test_items_that_only_link_to_the_front_page_stay_apart(
        services: Services, server: FeedServer) -> None:
    services.subscribe(server.url("/same-story.xml"))
    services.fetch()
    titles = [title for title, _ in rows(services)]
    assert "Harbour Lights Festival Returns" in titles and "Council Meets on Monday" in titles


def test_a_link_named_again_another_way_is_the_same_article_whatever_its_title(
        services: Services, tmp_path: Path) -> None:
    first = tmp_path / "first.txt"
    first.write_text("URL: https://gazette.example/2026/03/bridge\n\nBridge Reopens\n\n"
                     "The bridge reopened on Monday.\n", encoding="utf-8")
    second = tmp_path / "second.txt"
    second.write_text("URL: http://Gazette.Example/2026/03/bridge/?utm_source=mail#top\n\n"
                      "The Bridge Is Open Again\n\nCars crossed it again on Monday.\n",
                      encoding="utf-8")
    assert len(services.import_paths([first]).imported) == 1
    report = services.import_paths([second])
    assert report.imported == [] and len(report.duplicates) == 1
    assert len(Services(services.root)) == 1


def test_one_import_with_the_same_story_twice_keeps_one(
        services: Services, tmp_path: Path) -> None:
    for name, link, title in (("a.txt", "https://gazette.example/2026/bridge?utm_source=x",
                               "Bridge Reopens"),
                              ("b.txt", "http://GAZETTE.example/2026/bridge/#comments",
                               "Bridge Reopens After Repairs")):
        (tmp_path / name).write_text(f"URL: {link}\n\n{title}\n\nThe bridge reopened on "
                                     f"Monday ({name}).\n", encoding="utf-8")
    report = services.import_paths([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert len(report.imported) == 1 and len(report.duplicates) == 1
    assert len(Services(services.root)) == 1
