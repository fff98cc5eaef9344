"""Counts in the command line's messages said in good English for one and for two: "1
duplicate", "2 duplicates", "1 feed", "1 article", "1 quotation in 1 article"..."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from cli_run import run

from newsreader.news.words import plural
from newsreader.services import Services
from newsreader.services.fetching import Limits, fetch_feeds
from newsreader.services.syncing import SyncReport
from newsreader.store.feeds import Subscriptions
from newsreader.store.library import Library
from newsreader.store.search_index import INDEX_FILE

SPEAKERS = ("Ann Lee", "Tom Ruiz")


def article_files(folder: Path, count: int) -> list[Path]:
    """``count`` article files, the n-th with one quotation by SPEAKERS[n]."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"story-{n}.txt"
        path.write_text(f"Source: The Valley Ledger\n\nBridge Story {n}\n\n"
                        f"The council met on Tuesday about the old bridge. “We will repair the "
                        f"bridge before the winter,” said {SPEAKERS[n]}, the council's chair.\n",
                        encoding="utf-8")
        paths.append(path)
    return paths


def test_plural_says_one_and_many() -> None:
    assert plural(1, "feed") == "1 feed"
    assert plural(0, "feed") == "0 feeds"
    assert plural(2, "person", "people") == "2 people"


@pytest.mark.parametrize(("count", "said"), [(1, "1 duplicate,"), (2, "2 duplicates,")])
def test_import_says_duplicate_for_one_and_duplicates_for_more(
        library_dir: Path, tmp_path: Path, capsys, count: int, said: str) -> None:
    paths = [str(p) for p in article_files(tmp_path / "in", count)]
    run(capsys, "import", *paths)
    _, out, _ = run(capsys, "import", *paths)
    assert f"0 imported, {said} 0 rejected" in out


@pytest.mark.parametrize(("count", "said"), [(1, "1 feed"), (2, "2 feeds")])
def test_opml_export_to_a_file_counts_the_feeds(library_dir: Path, tmp_path: Path, capsys,
                                                count: int, said: str) -> None:
    services = Services(library_dir)
    for n in range(count):
        services.subscribe(f"https://paper{n}.example/feed.xml")
    target = tmp_path / "feeds.opml"
    code, _, err = run(capsys, "feeds", "export-opml", "-o", str(target))
    assert code == 0 and err == f"exported {said} to {target}\n"


@pytest.mark.parametrize(("count", "said"), [(1, "1 article and 1 feed"),
                                             (2, "2 articles and 2 feeds")])
def test_export_to_a_file_counts_articles_and_feeds(library_dir: Path, tmp_path: Path,
                                                    capsys, count: int, said: str) -> None:
    services = Services(library_dir)
    services.import_paths(article_files(tmp_path / "in", count))
    for n in range(count):
        services.subscribe(f"https://paper{n}.example/feed.xml")
    target = tmp_path / "export.json"
    code, _, err = run(capsys, "export", "-o", str(target))
    assert code == 0 and err == f"exported {said} to {target}\n"


@pytest.mark.parametrize(("count", "said"), [(1, "1 quotation, 1 person"),
                                             (2, "2 quotations, 2 people")])
def test_quotes_counts_quotations_and_people(tmp_path: Path, capsys, count: int,
                                             said: str) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Source: The Valley Ledger\n\nBridge Story\n\n" + "\n\n".join(
        f"The council met about the bridge. “We will repair the bridge number {n},” said "
        f"{SPEAKERS[n]}, who chairs it." for n in range(count)) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "quotes", str(path))
    assert code == 0
    assert out.splitlines()[0] == f"== {path}: {said}"
    people = [line for line in out.splitlines() if line.startswith("  person: ")]
    assert len(people) == count and all(line.endswith(" (1 quotation)") for line in people)


@pytest.mark.parametrize("count", [1, 2])
def test_person_reindex_and_reanalyze_count_articles(library_dir: Path, tmp_path: Path,
                                                     capsys, count: int) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(count):  # Ann Lee quoted once in each article
        (folder / f"{n}.txt").write_text(
            f"Bridge Story {n}\n\nThe council met. “We will repair bridge {n},” said Ann Lee, "
            "the chair.\n", encoding="utf-8")
    Services(library_dir).import_paths(sorted(folder.iterdir()))
    articles = plural(count, "article")
    code, out, _ = run(capsys, "person", "Ann Lee")
    assert code == 0
    assert out.splitlines()[0].startswith(
        f"Ann Lee, the chair: {plural(count, 'quotation')} in {articles} (")
    code, out, _ = run(capsys, "reindex")
    assert code == 0 and out.startswith(f"indexed {articles} in ")
    code, out, _ = run(capsys, "reanalyze", "--all")
    assert code == 0 and out.startswith(f"reanalysed {count} of {articles} with analyser ")


@pytest.mark.parametrize("count", [1, 2])
def test_feeds_list_counts_a_feeds_articles(library_dir: Path, server, capsys,
                                            count: int) -> None:
    path = "/links.xml" if count == 1 else "/rss1.xml"  # a feed of one item, and of two
    run(capsys, "feeds", "add", server.url(path))
    code, out, err = run(capsys, "fetch")
    assert code == 0, err
    assert out.splitlines()[-1] == f"1 feed: {count} new, 0 updated, 0 failed"
    code, out, _ = run(capsys, "feeds", "list")
    assert code == 0 and f"  ({plural(count, 'article')}, {count} unread)" in out


@pytest.mark.parametrize(("limit", "said"), [(1, "1 page left"), (0, "2 pages left")])
def test_a_full_text_fetch_counts_the_pages_left(tmp_path: Path, server, limit: int,
                                                 said: str) -> None:
    library = Library(tmp_path / "library")
    Subscriptions(library).add(server.url("/full.xml"), full=True)  # two items with pages
    limits = Limits(connect_timeout=1, read_timeout=2, total_timeout=5, max_pages_per_feed=limit)
    result = fetch_feeds(library, limits=limits).results[0]
    assert result.warning and f"{said} for the next fetch" in result.warning


@pytest.mark.parametrize("count", [1, 2])
def test_a_sync_counts_feeds_articles_and_marks(count: int) -> None:
    report = SyncReport(server="Tiny Tiny RSS at http://127.0.0.1:9", feeds=count,
                        new=count, marks_in=count, marks_out=count)
    assert report.line() == (
        f"synced with Tiny Tiny RSS at http://127.0.0.1:9: {plural(count, 'feed')}, "
        f"{plural(count, 'new article')}, {plural(count, 'mark')} from the server, "
        f"{count} sent")
    failed = SyncReport(server="x", queued=count, error="the server is down")
    assert failed.line() == (f"sync failed: the server is down; the library is unchanged; "
                             f"{plural(count, 'local change')} kept for the next sync")


@pytest.mark.parametrize("count", [1, 2])
def test_read_all_and_repair_count_articles(library_dir: Path, tmp_path: Path, capsys,
                                            count: int) -> None:
    services = Services(library_dir)
    services.import_paths(article_files(tmp_path / "in", count))
    services.subscribe("https://paper.example/feed.xml")
    code, out, _ = run(capsys, "read", "--all")
    assert code == 0 and out == f"{plural(count, 'article')} marked read\n"
    run(capsys, "reindex")
    gc.collect()  # the command's connection closed, as when its process ends
    (library_dir / INDEX_FILE).write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        (library_dir / f"{INDEX_FILE}{suffix}").unlink(missing_ok=True)
    code, out, _ = run(capsys, "repair")
    assert code == 0
    assert f"search index rebuilt ({plural(count, 'article')})" in out
    code, out, _ = run(capsys, "repair")
    assert code == 0
    assert out.strip().endswith(f"nothing to repair ({plural(count, 'article')}, 1 feed)")
