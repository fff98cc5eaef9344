"""The library on disk: articles, user state, crash safety, locking, corruption, schema."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from newsreader.news.article import Article
from newsreader.store import migrations
from newsreader.store.errors import (
    CorruptLibraryError,
    LibraryBusyError,
    LibraryWriteError,
    NewerLibraryError,
)
from newsreader.store.library import PAGE_SIZE, Library
from newsreader.store.records import StoredArticle

ROOT = Path(__file__).resolve().parent.parent


def make(n: int, **extra: object) -> StoredArticle:
    """A small distinct article."""
    article = Article(title=f"Story {n}", body=f"Paragraph for story {n}.\n\nAnother.", **extra)
    return StoredArticle.from_article(article)


def run_python(code: str, **kwargs: object) -> subprocess.Popen[str]:
    """Start a Python process running ``code`` with the project importable."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def test_articles_round_trip_and_duplicates_are_skipped(library_dir: Path) -> None:
    lib = Library(library_dir)
    added, skipped = lib.add([make(1, source="Gazette"), make(2), make(1, source="Gazette")])
    assert len(added) == 2 and skipped == [added[0]]
    again, skipped = Library(library_dir).add([make(2)])
    assert again == [] and skipped == [added[1]]
    art = Library(library_dir).article(added[0])
    assert (art.title, art.source, art.body) == ("Story 1", "Gazette",
                                                 "Paragraph for story 1.\n\nAnother.")


def test_same_text_with_other_whitespace_is_the_same_article(library_dir: Path) -> None:
    lib = Library(library_dir)
    a = StoredArticle.from_article(Article(title="T", body="One  two.\n\nThree."))
    b = StoredArticle.from_article(Article(title="T ", body="One two.\n\n Three."))
    assert lib.add([a])[0] and lib.add([b]) == ([], [a.id])


def test_listing_has_rows_with_state_and_survives_reopening(library_dir: Path) -> None:
    lib = Library(library_dir)
    ids, _ = lib.add(make(n, tags=("local",) if n % 2 else ()) for n in range(5))
    lib.set_bookmark(ids[0])
    lib.change_tags(ids[1], add=["Politics", "politics", " court  cases "])
    lib.set_read([ids[2]])
    listing = Library(library_dir).listing()
    rows = {row.id: row for row in map(listing.row, range(len(listing)))}
    assert rows[ids[0]].bookmarked and not rows[ids[1]].bookmarked
    assert rows[ids[1]].tags == ["local", "Politics", "court cases"]
    assert rows[ids[2]].read and not rows[ids[3]].read
    assert listing.select(tag="POLITICS") == [listing.position(ids[1])]
    assert {listing.ids[i] for i in listing.select(tag="local")} == {ids[1], ids[3]}
    assert [listing.ids[i] for i in listing.select(bookmarked=True)] == [ids[0]]
    assert len(listing.select(unread=True)) == 4


def test_untag_removes_tags_the_article_arrived_with(library_dir: Path) -> None:
    lib = Library(library_dir)
    (aid,), _ = lib.add([make(1, tags=("local", "sport"))])
    assert lib.change_tags(aid, remove=["LOCAL"]) == ["sport"]
    assert lib.listing().row(0).tags == ["sport"]


def test_bookmark_off_and_unread(library_dir: Path) -> None:
    lib = Library(library_dir)
    (aid,), _ = lib.add([make(1)])
    assert lib.set_bookmark(aid) and not lib.set_bookmark(aid)
    assert lib.set_bookmark(aid, on=False)
    lib.set_read([aid])
    lib.set_read([aid], read=False)
    row = Library(library_dir).listing().row(0)
    assert not row.bookmarked and not row.read


def test_read_marks_and_unread_count_follow_every_change(library_dir: Path) -> None:
    """The read set is updated in place when a few marks change: the count of read
    articles, the rows and the unread filter must follow every change, this process's
    and another's, and a mark undone."""
    lib = Library(library_dir)
    ids, _ = lib.add(make(n) for n in range(8))
    assert lib.listing().read_count() == 0
    lib.set_read(ids[:3])
    listing = lib.listing()
    assert listing.read_count() == 3 and len(listing.select(unread=True)) == 5
    lib.set_read([ids[1]], read=False)
    other = Library(library_dir)
    other.set_read([ids[5], ids[6]])
    listing = lib.listing()
    assert listing.read_count() == 4
    assert {listing.ids[i] for i in listing.select(unread=True)} == {
        ids[1], ids[3], ids[4], ids[7]}
    assert not listing.row(listing.position(ids[1]) or 0).read
    assert listing.row(listing.position(ids[6]) or 0).read
    assert lib.listing() is listing  # nothing changed since: the same listing
    assert Library(library_dir).listing().read_count() == 4


def test_listing_spans_pages(library_dir: Path) -> None:
    lib = Library(library_dir)
    lib.add(make(n) for n in range(PAGE_SIZE - 3))
    lib.add(make(n) for n in range(PAGE_SIZE - 3, PAGE_SIZE + 10))
    lib.add([make(PAGE_SIZE + 10)])
    listing = Library(library_dir).listing()
    assert len(listing) == PAGE_SIZE + 11
    assert len(set(listing.ids)) == PAGE_SIZE + 11


def test_a_bookmark_does_not_rewrite_articles_or_listing(library_dir: Path) -> None:
    lib = Library(library_dir)
    (aid,), _ = lib.add([make(1)])
    def version(path: Path) -> tuple[int, int]:  # a rewrite is a new file: a new inode
        return path.stat().st_ino, path.stat().st_mtime_ns

    before = {p: version(p) for p in library_dir.rglob("*.json")}
    lib.set_bookmark(aid)
    changed = {p.name for p in library_dir.rglob("*.json") if before.get(p) != version(p)}
    assert changed == {"bookmarks.json"}


def test_another_process_writes_are_seen_by_an_open_library(library_dir: Path) -> None:
    lib = Library(library_dir)
    (aid,), _ = lib.add([make(1)])
    assert len(lib.listing()) == 1
    Library(library_dir).add([make(2)])
    Library(library_dir).set_bookmark(aid)
    listing = lib.listing()
    assert len(listing) == 2 and aid in listing.bookmarked


def test_a_failed_write_leaves_the_previous_file(library_dir: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    lib = Library(library_dir)
    (aid,), _ = lib.add([make(1)])
    listing_file = library_dir / "listing.json"
    before = listing_file.read_bytes()

    def power_cut(*args: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", power_cut)
    with pytest.raises(LibraryWriteError, match="cannot be written .Input/output error"):
        lib.add([make(2)])
    monkeypatch.undo()
    assert listing_file.read_bytes() == before
    assert not list(library_dir.glob(".*.tmp"))
    assert Library(library_dir).listing().ids == [aid]


def test_a_killed_writer_never_corrupts_the_library(library_dir: Path) -> None:
    """Kill a process at random moments while it imports; the library always opens."""
    Library(library_dir).add([make(0)])
    writer = f"""
        import sys
        from newsreader.news.article import Article
        from newsreader.store.library import Library
        from newsreader.store.records import StoredArticle
        lib = Library({str(library_dir)!r})
        n = 1
        print("ready", flush=True)
        while True:
            batch = [StoredArticle.from_article(Article(title=f"K{{n}}-{{i}}", body="x " * 400))
                     for i in range(300)]
            lib.add(batch)
            lib.set_bookmarks([a.id for a in batch[:50]])
            n += 1
        """
    for delay in (0.3, 0.55, 0.8, 1.1):
        proc = run_python(writer)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        lib = Library(library_dir)
        listing = lib.listing()
        assert len(listing) >= 1
        for aid in listing.ids[-5:]:
            assert lib.article(aid).body
        for path in library_dir.rglob("*.json"):
            json.loads(path.read_bytes())


def test_two_processes_writing_at_once_lose_nothing(library_dir: Path) -> None:
    Library(library_dir).add([make(-1)])
    code = f"""
        import sys
        from newsreader.news.article import Article
        from newsreader.store.library import Library
        from newsreader.store.records import StoredArticle
        lib = Library({str(library_dir)!r}, lock_timeout=30)
        who = sys.argv[1]
        for i in range(40):
            art = StoredArticle.from_article(Article(title=f"{{who}} {{i}}", body="text"))
            lib.add([art])
            lib.set_bookmark(art.id)
            lib.change_tags(art.id, add=[who])
        """
    procs = [subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), who],
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
             for who in ("alpha", "beta")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    listing = Library(library_dir).listing()
    assert len(listing) == 81
    assert len(listing.bookmarked) == 80
    assert len(listing.select(tag="alpha")) == 40 and len(listing.select(tag="beta")) == 40


def test_a_writer_that_cannot_get_the_lock_names_the_holder(library_dir: Path) -> None:
    (aid,), _ = Library(library_dir).add([make(1)])
    holder = run_python(f"""
        import time
        from newsreader.store.library import Library
        lib = Library({str(library_dir)!r})
        with lib.lock.hold():
            print("held", flush=True)
            time.sleep(20)
        """)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        lib = Library(library_dir, lock_timeout=0.3)
        with pytest.raises(LibraryBusyError, match=f"process {holder.pid}"):
            lib.set_bookmark(aid)
        assert lib.listing().ids == [aid]  # reading needs no lock
    finally:
        holder.kill()
        holder.wait()
    assert Library(library_dir, lock_timeout=2).set_bookmark(aid)


def test_a_corrupt_file_stops_with_its_name_and_is_left_alone(library_dir: Path) -> None:
    lib = Library(library_dir)
    (aid,), _ = lib.add([make(1)])
    broken = library_dir / "listing.json"
    broken.write_text('{"pages": {"1": {"id": ["abc"')
    before = broken.read_bytes()
    with pytest.raises(CorruptLibraryError, match="listing.json"):
        Library(library_dir).listing()
    with pytest.raises(CorruptLibraryError, match="listing.json"):
        Library(library_dir).add([make(2)])
    assert broken.read_bytes() == before


def test_a_corrupt_meta_file_is_reported_on_open(library_dir: Path) -> None:
    Library(library_dir).add([make(1)])
    (library_dir / "library.json").write_bytes(b"\x00\x01garbage")
    with pytest.raises(CorruptLibraryError, match="library.json"):
        Library(library_dir)


def test_schema_version_is_kept_and_newer_libraries_are_refused(library_dir: Path) -> None:
    Library(library_dir).add([make(1)])
    meta = json.loads((library_dir / "library.json").read_text())
    assert meta["meta"]["1"]["schema"] == migrations.SCHEMA_VERSION
    meta["meta"]["1"]["schema"] = migrations.SCHEMA_VERSION + 1
    (library_dir / "library.json").write_text(json.dumps(meta))
    with pytest.raises(NewerLibraryError, match="upgrade newsreader"):
        Library(library_dir)


def test_pending_migrations_run_once_under_the_lock(library_dir: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    lib = Library(library_dir)
    (aid,), _ = lib.add([make(1)])
    calls: list[bool] = []

    def bookmark_everything(library: Library) -> None:
        calls.append(library.lock.held)
        library.set_bookmarks(library.listing().ids)

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", migrations.SCHEMA_VERSION + 1)
    monkeypatch.setitem(migrations.MIGRATIONS, migrations.SCHEMA_VERSION - 1, bookmark_everything)
    upgraded = Library(library_dir)
    upgraded.set_read([aid])
    upgraded.set_read([aid])
    assert calls == [True]
    assert upgraded.meta()["schema"] == migrations.SCHEMA_VERSION
    assert aid in upgraded.listing().bookmarked


def test_a_file_where_the_library_should_be_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "notadir"
    path.write_text("x")
    with pytest.raises(Exception, match="is a file, not a folder"):
        Library(path)


def test_an_edited_feed_item_updates_in_place_and_keeps_user_state(library_dir: Path) -> None:
    lib = Library(library_dir)
    first = make(1, key="https://example.org/item/1")
    (aid,), _ = lib.add([first])
    lib.set_bookmark(aid)
    lib.change_tags(aid, add=["follow"])
    lib.set_read([aid])
    edited = StoredArticle.from_article(Article(
        title="Story 1 (corrected)", body="New text.", key="https://example.org/item/1"))
    assert edited.id == aid
    assert lib.upsert([edited]) == ([], [aid], [])
    assert lib.upsert([edited]) == ([], [], [aid])
    reopened = Library(library_dir)
    assert reopened.article(aid).body == "New text."
    assert reopened.article(aid).added == first.added
    row = reopened.listing().row(0)
    assert (row.title, row.bookmarked, row.read, row.tags) == (
        "Story 1 (corrected)", True, True, ["follow"])
    assert len(reopened.listing()) == 1
