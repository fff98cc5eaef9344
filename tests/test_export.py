"""Export is the whole library: the subscriptions with their tags and options, every
article with its links, its feed and the user's state; importing it into an empty library
restores them all (and a version 1 export, or a broken one, is read as before)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from cli_run import run
from fixtures.feeds.server import FeedServer

from newsreader.services import ListQuery, Services


def feeds_of(services: Services) -> list[tuple[Any, ...]]:
    return [(f.id, f.url, f.title, f.tags, f.full) for f in services.feeds()]


def articles_of(services: Services) -> dict[str, tuple[Any, ...]]:
    rows = services.rows(ListQuery())
    return {r.id: (r.title, r.source, r.tags, r.read, r.bookmarked,
                   services.article(r.id).links, services.article(r.id).feed) for r in rows}


@pytest.fixture
async def whole(library_dir: Path, server: FeedServer, tmp_path: Path) -> Services:
    """A library with two feeds (one with tags, one fetching full pages), their articles
    (one with links), an article from a file, and marks of every kind."""
    services = Services(library_dir)
    services.subscribe(server.url("/links.xml"), tags=["local", "ledger"])
    services.subscribe(server.url("/full.xml"), full=True)  # its pages are on the server too
    await asyncio.to_thread(services.fetch)
    note = tmp_path / "note.txt"
    note.write_text("Source: The Harbour Gazette\n\nA letter to the editor\n\n"
                    "The ferry was late again.\n", encoding="utf-8")
    services.import_paths([note])
    ids = [r.id for r in services.rows(ListQuery())]
    services.set_read(ids[:2])
    services.set_bookmarks([ids[1], ids[2]])
    services.change_tags(ids[2], add=["keep"])
    return services


async def test_an_export_imported_into_an_empty_library_restores_it_whole(
        whole: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    dump = tmp_path / "library.json"
    code, _, err = run(capsys, "export", "-o", str(dump))
    count = len(whole)
    assert code == 0 and err.strip() == f"exported {count} articles and 2 feeds to {dump}"
    data = json.loads(dump.read_text(encoding="utf-8"))
    assert [f["tags"] for f in data["feeds"]] == [["local", "ledger"], []]
    assert [f["full"] for f in data["feeds"]] == [False, True]
    assert any(a["links"] for a in data["articles"])

    restored = tmp_path / "restored"
    monkeypatch.setenv("NEWSREADER_LIBRARY", str(restored))
    code, out, _ = run(capsys, "import", str(dump))
    assert code == 0
    assert out.splitlines()[-1].startswith(f"{count} imported, 0 duplicates, 0 rejected, "
                                           "2 feeds subscribed")
    again = Services(restored)
    assert feeds_of(again) == feeds_of(whole) and len(feeds_of(again)) == 2
    assert articles_of(again) == articles_of(whole)
    assert any(links for *_, links, _ in articles_of(again).values())
    for feed in whole.feeds():  # each feed's articles, and its counts, as they were
        query = ListQuery.of_feed(feed.id)
        assert [r.id for r in again.rows(query)] == [r.id for r in whole.rows(query)]
    assert again.feed_counts() == whole.feed_counts()

    code, out, _ = run(capsys, "export")  # and what it exports is what was exported
    second = json.loads(out)
    assert {k: v for k, v in second.items() if k != "exported"} == {
        k: v for k, v in data.items() if k != "exported"} | {"feeds": [
            {**f, "added": s["added"]} for f, s in zip(data["feeds"], second["feeds"],
                                                       strict=True)]}


async def test_the_restored_feeds_fetch_nothing_twice(
        whole: Services, tmp_path: Path, server: FeedServer) -> None:
    dump = tmp_path / "library.json"
    dump.write_text(json.dumps(whole.export()), encoding="utf-8")
    again = Services(tmp_path / "restored")
    again.import_paths([dump])
    report = await asyncio.to_thread(again.fetch)
    assert len(report.results) == 2 and not any(r.error for r in report.results)
    assert sum(r.new for r in report.results) == 0
    assert len(again) == len(whole)


def test_a_version_1_export_still_imports(seed_path: Path, tmp_path: Path,
                                         library_dir: Path) -> None:
    services = Services(library_dir)
    services.import_paths([seed_path])
    data = services.export()
    old = {"format": data["format"], "version": 1, "exported": data["exported"],
           "count": 1, "articles": [{k: v for k, v in a.items() if k not in ("feed", "links")}
                                    for a in data["articles"]]}
    dump = tmp_path / "old.json"
    dump.write_text(json.dumps(old), encoding="utf-8")
    again = Services(tmp_path / "other")
    report = again.import_paths([dump])
    assert len(report.imported) == 1 and report.subscribed == [] and again.feeds() == []


@pytest.mark.parametrize("feeds", [{"oops": 1}, [{"url": "not an address"}], ["x"]])
def test_an_export_with_a_broken_feed_imports_nothing(
        seed_path: Path, tmp_path: Path, library_dir: Path, feeds: Any) -> None:
    services = Services(library_dir)
    services.import_paths([seed_path])
    data = services.export()
    data["feeds"] = feeds
    dump = tmp_path / "broken.json"
    dump.write_text(json.dumps(data), encoding="utf-8")
    again = Services(tmp_path / "other")
    report = again.import_paths([dump])
    assert report.imported == [] and again.feeds() == []
    [(_, reason)] = report.rejected
    assert reason.startswith("broken export: ")


def test_an_article_over_2_mb_exports_and_imports_back(
        library_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A feed item may hold far more text than an article file (2 MB): its export must
    import back (QA: the export's limit was the article file's)."""
    paragraph = "<p>" + "The council said the water plan would cost more this year. " * 20
    feed = tmp_path / "long.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Long</title>'
        "<link>http://example.org/</link><item><title>A very long report</title>"
        "<link>http://example.org/long</link><guid>long-1</guid><description><![CDATA["
        + (paragraph + "</p>") * 2000 + "]]></description></item></channel></rss>",
        encoding="utf-8")
    assert run(capsys, "import", str(feed))[0] == 0
    (aid,) = Services(library_dir).listing().ids
    body = Services(library_dir).article(aid).body
    assert len(body.encode()) > 2_200_000
    dump = tmp_path / "export.json"
    assert run(capsys, "export", "-o", str(dump))[0] == 0
    code, out, err = run(capsys, "--library", str(tmp_path / "other"), "import", str(dump))
    assert (code, err) == (0, "") and "1 imported" in out
    assert Services(tmp_path / "other").article(aid).body == body
