"""Deleting articles (issue 12, item 6): gone from the list, the search index and the
people; their state gone; undo brings them back with it; a feed fetched again, a sync or
a repair does not bring them back; ``newsreader delete ID...``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_run import run
from fixtures.feeds.server import FeedServer  # tests/ is on sys.path under pytest

from newsreader.services import ListQuery, Services
from newsreader.services.fetching import Limits
from newsreader.store import library as library_module
from newsreader.store.library import GONE_ROW, Library
from newsreader.store.records import StoredArticle
from newsreader.store.repair import repair_library

FAST = Limits(connect_timeout=1, read_timeout=2, total_timeout=5)


def titles(services: Services) -> list[str]:
    return [row.title for row in services.rows(ListQuery())]


def by_title(services: Services, start: str) -> str:
    return next(r.id for r in services.rows(ListQuery()) if r.title.startswith(start))


def test_a_deleted_article_leaves_the_list_the_search_and_the_people(
        sample_library: Services) -> None:
    services = sample_library
    storm = by_title(services, "Storm Cuts Power")
    total = len(services)
    assert any(hit.id == storm for hit in services.search("lighthouse"))
    quoted = {q.article_id for q in services.quotes_search("container ships")}
    assert storm in quoted
    people_before = {p.key: p.articles for p in services.people()}
    storm_people = {p.key for p in services.people()
                    if any(h.article_id == storm for h in services.person_quotes(p))}
    assert storm_people

    undo = services.delete([storm])

    assert undo is not None and undo.ids == (storm,)
    assert undo.what.startswith("“Storm Cuts Power") and undo.what.endswith("” deleted")
    assert len(services) == total - 1
    assert services.row(storm) is None
    assert not any(t.startswith("Storm Cuts Power") for t in titles(services))
    assert not any(hit.id == storm for hit in services.search("lighthouse"))
    assert storm not in {q.article_id for q in services.quotes_search("container ships")}
    people_after = {p.key: p.articles for p in services.people()}
    for key in storm_people:  # one article fewer for each, or gone when it was the only one
        assert people_after.get(key, 0) == people_before[key] - 1
    assert Services(services.root).row(storm) is None  # another process sees it too


def test_undo_brings_the_article_back_with_its_bookmark_tags_and_read_state(
        sample_library: Services) -> None:
    services = sample_library
    ferry = by_title(services, "Ferry Workers")
    services.set_bookmarks([ferry])
    services.set_tags(ferry, ["strike", "watch"])
    services.set_read([ferry])
    before = services.row(ferry)
    total = len(services)

    undo = services.delete([ferry])
    assert undo is not None
    listing = services.listing()
    assert ferry not in listing.bookmarked and ferry not in listing.read
    assert ferry not in listing.user_tags
    assert services.rows(ListQuery()).bookmarked == 0

    services.undo(undo)
    assert undo.undone == "“Ferry Workers Vote to Strike After Talks Collapse” restored"
    assert len(services) == total
    assert services.row(ferry) == before
    assert services.rows(ListQuery()).bookmarked == 1
    assert any(hit.id == ferry for hit in services.search("ferry strike"))
    assert services.deleted_count() == 0
    assert repair_library(services.root).done == []


def test_a_deleted_feed_item_stays_deleted_when_its_feed_is_fetched_again(
        library_dir: Path, server: FeedServer) -> None:
    services = Services(library_dir, fetch_limits=FAST)
    server.version = 1
    try:
        services.subscribe(server.url("/changing.xml"))
        assert services.fetch().new == 2
        fare = by_title(services, "Transit Board")
        assert services.delete([fare]) is not None
        server.version = 2  # the deleted item edited, and a new one
        report = services.fetch()
        assert (report.new, report.updated) == (1, 0)
        shown = titles(services)
        assert "Mayoral Election Called for June" in shown
        assert not any(t.startswith("Transit Board") for t in shown)
        server.version = 1
        assert services.fetch().new == 0
        assert not any(t.startswith("Transit Board") for t in titles(services))
        assert repair_library(library_dir).done == []  # and repair does not list it again
        assert not any(t.startswith("Transit Board") for t in titles(Services(library_dir)))
    finally:
        server.version = 1


def test_a_deleted_item_is_known_by_its_key_and_link_as_well_as_its_id(
        library_dir: Path) -> None:
    lib = Library(library_dir)
    art = StoredArticle(id="0123456789ab", title="Kept out", body="Text.",
                        key="guid-1", url="https://news.example/2026/kept-out?utm_source=x",
                        fingerprint="0123456789ab" * 4)
    lib.add([art])
    lib.delete([art.id])
    record = lib.deleted()
    assert record.knows("0123456789ab")
    assert record.knows("ffffffffffff", key="guid-1")
    assert record.knows("ffffffffffff", url="http://news.example/2026/kept-out")
    assert not record.knows("ffffffffffff", key="guid-2", url="https://news.example/")
    assert lib.upsert([art], skip_deleted=True) == ([], [], [art.id])
    assert len(lib) == 0
    assert lib.add([art]) == ([art.id], [])  # imported again by hand: back
    assert len(lib) == 1


def test_a_fetch_that_read_its_feed_before_the_delete_does_not_bring_it_back(
        library_dir: Path) -> None:
    """The check is made under the lock, when the fetch stores what it read."""
    lib = Library(library_dir)
    art = StoredArticle(id="0123456789ab", title="Raced", body="Text.",
                        fingerprint="0123456789ab" * 4)
    lib.add([art])
    other = Library(library_dir)
    other.present_ids()  # the fetch looked before the delete
    lib.delete([art.id])
    assert other.upsert([art], skip_deleted=True)[0] == []
    assert len(Library(library_dir)) == 0


def test_delete_across_sealed_pages_and_the_last_one(library_dir: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(library_module, "PAGE_SIZE", 20)
    monkeypatch.setattr(library_module, "SEGMENT_BYTES", 4_000)
    lib = Library(library_dir)
    arts = [StoredArticle(id=f"{n:012x}", title=f"Story {n}", body=f"Text {n}. " * 20,
                          fingerprint=f"{n:012x}" * 4) for n in range(70)]
    lib.add(arts)
    reader = Library(library_dir)
    old = reader.listing()  # a reader of the head before the delete
    segments = lib.segment_numbers()
    gone = {a.id for a in arts[20:40]} | {arts[3].id, arts[65].id}  # a whole page, and more
    lib.delete(sorted(gone))
    now = Library(library_dir)
    assert now.listing().ids == [a.id for a in arts if a.id not in gone]
    assert [s.count for s in now.head().sealed] == [19, 20]
    assert all(now.article(a).title for a in now.listing().ids)
    assert len(now.segment_numbers()) < len(segments)  # the emptied segments went
    titles = [old.row(i).title for i in range(len(old))]  # the old head reads on: a row
    assert len(titles) == 70 and titles.count(GONE_ROW["title"]) == 21  # gone from a sealed
    assert [t for t in titles if t != GONE_ROW["title"]] == \
        [a.title for a in arts if a.id not in gone or a is arts[65]]  # page says so, the
    # others are in their order (the last page is the one in the old head)
    assert repair_library(library_dir).done == []


def test_the_delete_command(sample_library: Services,
                            capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "--json")
    rows = json.loads(out)
    first, second = rows[0], rows[1]
    code, out, err = run(capsys, "delete", first["id"][:6], "ffff")
    assert code == 1 and out == ""
    assert err.strip() == "newsreader: error: no article has an id starting with 'ffff'"
    assert len(json.loads(run(capsys, "list", "--json")[1])) == len(rows)  # nothing deleted
    code, out, err = run(capsys, "delete", first["id"][:6], second["id"])
    assert code == 0 and err == ""
    assert out.splitlines() == [f"deleted  {first['id'][:8]}  {first['title']}",
                                f"deleted  {second['id'][:8]}  {second['title']}"]
    left = [r["id"] for r in json.loads(run(capsys, "list", "--json")[1])]
    assert left == [r["id"] for r in rows[2:]]
    code, out, _ = run(capsys, "search", "--json", first["title"])
    assert code == 0 and first["id"] not in {hit["id"] for hit in json.loads(out)}
    code, out, err = run(capsys, "delete", first["id"])
    assert code == 1 and "no article has an id" in err


def test_a_sync_does_not_bring_a_deleted_article_back(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from test_sync_client import Memory

    from newsreader.services.syncing import sync

    server = Memory()
    server.add("1", "Ferry Workers Vote to Strike")
    server.add("2", "Seagrass Returns to the Bay")
    services = Services(tmp_path / "library")
    moment = datetime(2026, 3, 9, 10, 0, tzinfo=UTC)
    assert sync(services.library, server, "memory admin", "memory",
                clock=lambda: moment).new == 2
    assert services.delete([by_title(services, "Ferry")]) is not None
    server.set_starred(["1"], True)  # the server marks it meanwhile
    again = sync(Library(services.root), server, "memory admin", "memory",
                 clock=lambda: moment)
    assert again.error is None and again.new == 0
    # another account on the same server: every item arrives as new, but not the deleted one
    other = sync(Library(services.root), server, "memory other", "memory",
                 clock=lambda: moment)
    assert other.error is None and other.new == 0
    fresh = Services(services.root)
    assert titles(fresh) == ["Seagrass Returns to the Bay"]
    assert fresh.rows(ListQuery()).bookmarked == 0  # no mark for an article not there
