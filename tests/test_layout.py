"""The library's layout at scale (issue 15): a write costs what it adds, sealed pages and
text segments, moved texts and compaction, readers beside writers, the lazy order."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsreader.news.article import Article
from newsreader.store import library as library_module
from newsreader.store import listing as listing_module
from newsreader.store import storage, watch
from newsreader.store.library import Library
from newsreader.store.listing import Kept, Order
from newsreader.store.records import StoredArticle
from newsreader.store.repair import repair_library

ROOT = Path(__file__).resolve().parent.parent


def make(n: int, words: int = 60, **extra: object) -> StoredArticle:
    """A distinct article of about ``words`` words."""
    body = " ".join(f"word{(n * 7 + i) % 97}" for i in range(words))
    article = Article(title=f"Story {n}", body=f"{body}.\n\nAnother paragraph {n}.", **extra)
    return StoredArticle.from_article(article)


@pytest.fixture
def small(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages of 50 articles and segments of 20 KB, so a few hundred articles make many."""
    monkeypatch.setattr(library_module, "PAGE_SIZE", 50)
    monkeypatch.setattr(library_module, "SEGMENT_BYTES", 20_000)


@pytest.fixture
def written(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Every file the library writes, with the bytes written, as it writes it."""
    log: list[tuple[str, int]] = []
    real = storage.write_atomically

    def counting(path: Path, payload: bytes) -> None:
        log.append((str(path), len(payload)))
        real(path, payload)

    monkeypatch.setattr(storage, "write_atomically", counting)
    return log


def test_adding_writes_what_it_adds_whatever_the_size(library_dir: Path, small: None,
                                                       written: list[tuple[str, int]]) -> None:
    lib = Library(library_dir)
    per_batch = []
    for first in range(0, 1500, 20):
        written.clear()
        lib.add(make(n) for n in range(first, first + 20))
        per_batch.append(sum(size for _, size in written))
    early, late = max(per_batch[5:15]), max(per_batch[-10:])
    assert late <= early * 1.3, (early, late)  # the 75th batch costs what the 6th did
    assert len(Library(library_dir)) == 1500
    assert len(list((library_dir / "listing").glob("*.keys.json"))) == 30  # 1500 / 50
    assert len(list((library_dir / "articles").glob("*.json"))) > 10
    assert (library_dir / "listing.json").stat().st_size < 20_000


def test_every_article_reads_back_across_pages_and_segments(library_dir: Path,
                                                            small: None) -> None:
    lib = Library(library_dir)
    for first in range(0, 420, 35):
        lib.add(make(n, tags=("even",) if n % 2 == 0 else ()) for n in range(first, first + 35))
    fresh = Library(library_dir)
    listing = fresh.listing()
    assert len(listing) == 420 and listing.columns["title"][:2] == ["Story 0", "Story 1"]
    assert [fresh.article(listing.ids[i]).title for i in (0, 49, 50, 419)] == [
        "Story 0", "Story 49", "Story 50", "Story 419"]
    assert len(listing.select(tag="even")) == 210
    assert sorted(a.title for a in fresh.articles()) == sorted(f"Story {n}" for n in range(420))
    assert repair_library(library_dir).done == []


def test_a_bookmark_tag_or_read_mark_touches_only_its_own_file(library_dir: Path, small: None,
                                                              written: list) -> None:
    lib = Library(library_dir)
    ids, _ = lib.add(make(n) for n in range(120))
    for change in (lambda: lib.set_bookmark(ids[70]), lambda: lib.set_read([ids[3]]),
                   lambda: lib.change_tags(ids[100], add=["x"])):
        written.clear()
        change()
        assert len(written) == 1 and Path(written[0][0]).name in (
            "bookmarks.json", "read.json", "tags.json")


def test_an_edited_article_moves_and_half_dead_segments_are_emptied(library_dir: Path,
                                                                    small: None) -> None:
    lib = Library(library_dir)
    for first in range(0, 300, 30):
        lib.add(make(n, key=f"item-{n}") for n in range(first, first + 30))
    first_segment = library_dir / "articles" / "000001.json"
    held = json.loads(first_segment.read_text())["articles"]
    victims = sorted(d["id"] for d in held.values())
    lib.set_bookmark(victims[0])
    edited = [StoredArticle.from_article(Article(
        title=f"Edited {d['title']}", body=f"New text of {d['title']}.", key=d["key"]))
        for d in held.values()][: len(held) // 2 + 1]
    added, updated, _ = lib.upsert(edited)
    assert added == [] and len(updated) == len(edited)
    assert not first_segment.exists()  # more than half dead: its live texts moved on
    fresh = Library(library_dir)
    listing = fresh.listing()
    assert len(listing) == 300 and victims[0] in listing.bookmarked
    for aid in victims:
        art = fresh.article(aid)
        assert art.title.startswith("Edited ") == (aid in updated)
    head = json.loads((library_dir / "listing.json").read_text())["head"]["1"]
    assert "1" not in head["dead"]
    assert repair_library(library_dir).done == []


def test_update_articles_rewrites_texts_and_rows_everywhere(library_dir: Path,
                                                            small: None) -> None:
    lib = Library(library_dir)
    ids, _ = lib.add(make(n) for n in range(260))

    def retitle(art: StoredArticle) -> None:
        art.title = art.title.upper()

    lib.update_articles(dict.fromkeys(ids[::3], retitle))
    fresh = Library(library_dir)
    titles = fresh.listing().columns["title"]
    assert titles[0] == "STORY 0" and titles[1] == "Story 1" and titles[258] == "STORY 258"
    assert fresh.article(ids[255]).title == "STORY 255"
    assert sorted(a.title for a in fresh.articles()) == sorted(titles)
    assert repair_library(library_dir).done == []


def test_the_watcher_sees_every_write_to_the_listing(library_dir: Path, small: None) -> None:
    lib = Library(library_dir)
    ids, _ = lib.add(make(n, key=f"k{n}") for n in range(120))
    seen = watch.version(library_dir)
    for change, part in [
        (lambda: lib.upsert([StoredArticle.from_article(Article(title="T", body="B",
                                                                key="k3"))]), "articles"),
        (lambda: lib.update_articles({ids[1]: lambda a: None}), "articles"),
        (lambda: lib.add([make(999)]), "articles"),
        (lambda: lib.set_read([ids[2]]), "state"),
    ]:
        change()
        now = watch.version(library_dir)
        assert watch.changed(seen, now) == {part}
        seen = now


def test_a_lost_sealed_page_is_named_and_repair_rebuilds_it(library_dir: Path,
                                                            small: None) -> None:
    lib = Library(library_dir)
    lib.add(make(n) for n in range(120))
    page = sorted((library_dir / "listing").glob("*.keys.json"))[0]
    page.unlink()
    with pytest.raises(Exception, match=f"{page.name} cannot be read .missing"):
        Library(library_dir).listing()
    report = repair_library(library_dir)
    assert any("rebuilt" in line for line in report.done)
    assert len(Library(library_dir).listing()) == 120


def test_a_damaged_rows_file_is_reported_when_read(library_dir: Path, small: None) -> None:
    lib = Library(library_dir)
    lib.add(make(n) for n in range(120))
    rows = sorted((library_dir / "listing").glob("*.rows.json"))[0]
    rows.write_text('{"rows": {"1": {"title": [5]}}}')
    listing = Library(library_dir).listing()
    assert len(listing) == 120  # the ids and sort keys are sound
    with pytest.raises(Exception, match=f"{rows.name} cannot be read"):
        listing.row(0)
    assert repair_library(library_dir).done
    assert Library(library_dir).listing().row(0).title == "Story 0"


def test_readers_are_never_blocked_and_never_see_half_a_write(library_dir: Path) -> None:
    """A writer adds, edits (moving texts, rewriting sealed pages, emptying segments)
    while another process reads: every read finds a whole listing and every text."""
    Library(library_dir).add(make(n, key=f"k{n}") for n in range(40))
    setup = f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from newsreader.store import library
        library.PAGE_SIZE = 30
        library.SEGMENT_BYTES = 15_000
        from newsreader.news.article import Article
        from newsreader.store.library import Library
        from newsreader.store.records import StoredArticle
        lib = Library({str(library_dir)!r}, lock_timeout=30)
        """
    writer = setup + """
        for round in range(25):
            lib.add(StoredArticle.from_article(Article(title=f"R{round}-{i}", body="w " * 300))
                    for i in range(12))
            lib.upsert(StoredArticle.from_article(Article(
                title=f"k{n} v{round}", body=f"text {round} " * 100, key=f"k{n}"))
                for n in range(round % 4, 40, 3))
        print("done", flush=True)
        """
    reader = setup + """
        import random, time
        deadline = time.monotonic() + 60
        last, reads = 0, 0
        while time.monotonic() < deadline:
            listing = lib.listing()
            assert len(listing) >= last
            last = len(listing)
            for i in random.sample(range(last), min(5, last)):
                row = listing.row(i)
                assert lib.article(row.id).title
                reads += 1
            if last >= 40 + 25 * 12:
                break
        print("read", reads, last, flush=True)
        """
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], env=env,
                              text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for code in (writer, reader)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert outs[0][0].strip() == "done" and outs[1][0].startswith("read")
    lib = Library(library_dir)
    assert len(lib.listing()) == 40 + 25 * 12
    assert all(lib.article(aid).title for aid in lib.listing().ids)


def test_a_killed_writer_leaves_the_old_or_the_new_listing(library_dir: Path,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           small: None) -> None:
    """Stop a write at each file it writes (as a kill would): the library reads as it was
    before, or, once listing.json was replaced, as after; never a mix."""
    lib = Library(library_dir)
    lib.add(make(n, key=f"k{n}") for n in range(140))
    real = storage.write_atomically
    for stop_at in range(1, 12):
        calls = []

        def dying(path: Path, payload: bytes, calls: list[int] = calls,
                  stop_at: int = stop_at) -> None:
            calls.append(1)
            if len(calls) == stop_at:
                raise KeyboardInterrupt  # what the process knew of is gone with it
            real(path, payload)

        before = Library(library_dir).listing()
        expected_before = [before.row(i).title for i in range(len(before))]
        monkeypatch.setattr(storage, "write_atomically", dying)
        batch = [make(1000 + stop_at * 100 + i) for i in range(60)] + [
            StoredArticle.from_article(Article(title=f"k{n} edit {stop_at}", body="e " * 50,
                                               key=f"k{n}")) for n in range(0, 140, 7)]
        try:
            Library(library_dir).upsert(batch)
            finished = True
        except KeyboardInterrupt:
            finished = False
        monkeypatch.setattr(storage, "write_atomically", real)
        after = Library(library_dir).listing()
        titles = [after.row(i).title for i in range(len(after))]
        if len(titles) == len(expected_before):
            assert titles == expected_before
        else:
            assert len(titles) == len(expected_before) + 60
            assert all(t.endswith(f"edit {stop_at}") for t in titles[0:140:7])
        assert all(Library(library_dir).article(a).title for a in after.ids)
        if finished:
            break


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 30), min_size=0, max_size=400), st.booleans(),
       st.integers(1, 60), st.data())
def test_the_lazy_order_is_the_full_sort(keys: list[int], descending: bool, first: int,
                                         data: st.DataObject) -> None:
    """However far it is read, and from wherever, Order gives what sorting everything
    (stably) gives; ``index`` agrees."""
    saved = listing_module.FIRST_SORTED
    listing_module.FIRST_SORTED = first
    try:
        keep = data.draw(st.sets(st.integers(0, max(len(keys) - 1, 0)))) if keys else set()
        kind = data.draw(st.sampled_from(["list", "range", "kept"]))
        every = range(len(keys))
        positions: Sequence[int] = sorted(keep) if kind == "list" else every if \
            kind == "range" else Kept(every, keep.__contains__, lambda: sorted(keep),
                                      lambda: len(keep))
        expected = sorted(sorted(keep) if kind != "range" else every, key=keys.__getitem__,
                          reverse=descending)
        order = Order(positions, keys, descending)
        reads = data.draw(st.lists(st.integers(0, max(len(expected) - 1, 0)), max_size=5))
        for i in reads:
            if expected:
                assert order[i] == expected[i]
                assert order.index(expected[i]) == i
        assert order[: first] == expected[: first]
        assert list(order) == expected and len(order) == len(expected)
    finally:
        listing_module.FIRST_SORTED = saved


def test_the_first_screen_of_a_big_list_does_not_sort_everything() -> None:
    rng = random.Random(5)
    keys = [f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}"
            f":{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}" for _ in range(200_000)]
    order = Order(range(len(keys)), keys, True)
    top = order[:40]
    assert top == sorted(range(len(keys)), key=keys.__getitem__, reverse=True)[:40]
    assert len(order._done) < 20_000 and not order._complete


def test_read_marks_are_one_string_per_prefix_and_the_count_follows_them(
        library_dir: Path) -> None:
    lib = Library(library_dir)
    ids, _ = lib.add(make(n) for n in range(300))
    from newsreader.services import ListQuery, Services

    services = Services(library_dir)
    assert services.rows(ListQuery()).unread == 300
    for n, aid in enumerate(ids[:5]):
        services.set_read([aid])
        assert services.rows(ListQuery()).unread == 299 - n
    services.set_read(ids[:2], read=False)
    Library(library_dir).set_read(ids[10:40])  # another process: the count is read again
    assert services.rows(ListQuery()).unread == 300 - 3 - 30
    docs = json.loads((library_dir / "read.json").read_text())["read"].values()
    assert all(isinstance(d["ids"], str) for d in docs)
    assert sorted(aid for d in docs for aid in d["ids"].split()) == sorted(ids[2:5] + ids[10:40])
    assert repair_library(library_dir).done == []


def _seen(root: Path) -> list[tuple[str, str, bool, tuple[str, ...], bool]]:
    """The listing as a user sees it: each article's id, title, bookmark, tags, read (by
    id: the list is shown in its own order, and an article brought back is listed last)."""
    listing = Library(root).listing()
    return sorted((r.id, r.title, r.bookmarked, tuple(r.tags), r.read)
                  for r in map(listing.row, range(len(listing))))


def _stopping(monkeypatch: pytest.MonkeyPatch, stop_at: int) -> list[str]:
    """Make the stop_at-th file written or removed raise KeyboardInterrupt instead (what
    a kill leaves); returns the log of the files touched before it."""
    log: list[str] = []
    real_write, real_unlink = storage.write_atomically, Path.unlink

    def touch(path: Path) -> None:
        log.append(Path(path).name)
        if len(log) == stop_at:
            raise KeyboardInterrupt

    def write(path: Path, payload: bytes) -> None:
        touch(path)
        real_write(path, payload)

    def unlink(path: Path, missing_ok: bool = False) -> None:
        touch(path)
        real_unlink(path, missing_ok)

    monkeypatch.setattr(storage, "write_atomically", write)
    monkeypatch.setattr(Path, "unlink", unlink)
    return log


@pytest.mark.parametrize("undo", [False, True], ids=["delete", "undo"])
def test_a_killed_delete_or_undo_leaves_the_old_or_the_new_library(
        library_dir: Path, monkeypatch: pytest.MonkeyPatch, small: None, undo: bool) -> None:
    """Stop a delete (of rows on sealed pages and the last one, enough to empty segments)
    and its undo at each file they write or remove: the library reads as before or as
    after, each article with its state; a deleted article is recorded (a fetch skips it)
    and the search index forgets it; repair lists nothing again."""
    from newsreader.services import Services

    rng = random.Random(5)
    arts = [make(n, key=f"k{n}") for n in range(140)]
    for art in arts:
        art.published = f"2026-03-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00Z"
    Library(library_dir).add(arts)
    ids = Library(library_dir).listing().ids
    gone = ids[10:40] + ids[60:62] + ids[135:138]
    gone += [aid for aid in _sorted_ids(library_dir, False)[:4] if aid not in gone]  # and
    # the newest rows, in their pages' summaries
    services = Services(library_dir)
    services.set_bookmarks([gone[0], ids[0]])
    services.set_tags(gone[1], ["kept"])
    services.set_read([gone[2], ids[1]])
    assert services.search("Story 11")
    base = library_dir.parent / "base"
    import shutil
    shutil.copytree(library_dir, base)
    real = {"write": storage.write_atomically, "unlink": Path.unlink}
    before = _seen(library_dir)
    removed = Library(library_dir).delete(gone) if undo else []
    middle = _seen(library_dir)
    assert len(middle) == (len(before) - len(gone) if undo else len(before))
    stop_at, finished = 0, False
    while not finished:
        stop_at += 1
        shutil.rmtree(library_dir)
        shutil.copytree(base, library_dir)
        if undo:
            Library(library_dir).delete(gone)
        expected_before = _seen(library_dir)
        log = _stopping(monkeypatch, stop_at)
        try:
            if undo:
                Library(library_dir).restore(removed)
            else:
                Library(library_dir).delete(gone)
            finished = True
        except KeyboardInterrupt:
            pass
        monkeypatch.setattr(storage, "write_atomically", real["write"])
        monkeypatch.setattr(Path, "unlink", real["unlink"])
        seen = _seen(library_dir)
        after_undo = before
        after_delete = [row for row in before if row[0] not in set(gone)]
        new = after_undo if undo else after_delete
        assert seen in (expected_before, new), (stop_at, log)
        if finished:
            assert seen == new
        lib = Library(library_dir)
        assert all(lib.article(aid).title for aid in lib.listing().ids)
        listed = set(lib.listing().ids)
        record = lib.deleted()
        assert all(aid in record.ids for aid in gone if aid not in listed), (stop_at, log)
        hits = {hit.id for hit in Services(library_dir).search("Story 11")}
        assert (gone[1] in hits) == (gone[1] in listed), (stop_at, log)
        for unread in (False, True):  # the first rows, from the summaries, as the sort
            assert _first(library_dir, unread) == _sorted_ids(library_dir, unread)[:30], \
                (stop_at, log)
        repair_library(library_dir)
        assert [row[0] for row in _seen(library_dir)] == [row[0] for row in seen]
        _summaries_match_their_pages(library_dir)
    assert stop_at > 6  # the record, pages, segments, listing.json, state, removals


def test_readers_and_another_writer_beside_deletes_and_undos(library_dir: Path) -> None:
    """One process deletes and undoes while another adds and edits and a third reads:
    nobody's change is lost, and every row a reader has is readable."""
    Library(library_dir).add(make(n, key=f"k{n}") for n in range(60))
    setup = f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from newsreader.store import library
        library.PAGE_SIZE = 20
        library.SEGMENT_BYTES = 12_000
        from newsreader.news.article import Article
        from newsreader.store.errors import UnknownArticleError
        from newsreader.store.library import Library
        from newsreader.store.records import StoredArticle
        lib = Library({str(library_dir)!r}, lock_timeout=30)
        """
    deleter = setup + """
        import json
        ids = lib.listing().ids[:60]
        deleted = set()
        for round in range(20):
            chosen = ids[round % 4::9]  # a ninth of them at a time, four ninths in all
            removed = lib.delete(chosen)
            assert {r.id for r in removed} == set(chosen) - deleted
            if round % 2 == 0:
                assert sorted(lib.restore(removed)) == sorted(r.id for r in removed)
            else:
                deleted |= {r.id for r in removed}
        print(json.dumps(sorted(deleted)), flush=True)
        """
    writer = setup + """
        for round in range(20):
            lib.add(StoredArticle.from_article(Article(title=f"R{round}-{i}", body="w " * 300))
                    for i in range(6))
            lib.upsert([StoredArticle.from_article(Article(
                title=f"k{n} v{round}", body=f"text {round} " * 100, key=f"k{n}"))
                for n in range(round % 3, 60, 5)], skip_deleted=True)  # as a fetch does
        print("done", flush=True)
        """
    reader = setup + """
        import time
        deadline = time.monotonic() + 60
        reads = 0
        while time.monotonic() < deadline:
            listing = lib.listing()
            for i in range(0, len(listing), 7):
                row = listing.row(i)
                try:
                    assert lib.article(row.id).title
                except UnknownArticleError:  # deleted since this listing was read
                    pass
                reads += 1
            if reads > 3000:
                break
        print("read", reads, flush=True)
        """
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], env=env,
                              text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for code in (deleter, writer, reader)]
    outs = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], outs
    deleted = set(json.loads(outs[0][0]))
    assert deleted and outs[1][0].strip() == "done" and outs[2][0].startswith("read")
    lib = Library(library_dir)
    listing = lib.listing()
    titles = {listing.row(i).title for i in range(len(listing))}
    assert {f"R{r}-{i}" for r in range(20) for i in range(6)} <= titles  # the adds kept
    assert set(listing.ids).isdisjoint(deleted) and len(listing) == 60 + 120 - len(deleted)
    assert lib.deleted().ids == deleted
    edited = {listing.row(i).title for i in range(len(listing))
              if listing.ids[i] not in deleted and listing.row(i).title.startswith("k")}
    assert {"v19", "v18", "v17"} <= {t.split()[1] for t in edited}  # the edits kept
    assert all(lib.article(aid).title for aid in listing.ids)
    assert repair_library(library_dir).done == []


def dated(n: int, rng: random.Random) -> StoredArticle:
    """An article published at a random hour of 2026 (many share one), a few undated."""
    art = make(n)
    if n % 17:
        art.published = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T" \
            f"{rng.randint(0, 23):02d}:00:00+00:00"
    return art


def newest_first_expected(listing: listing_module.Listing, unread: bool) -> list[int]:
    when, ids = listing.columns["when"], listing.ids
    every = [i for i in range(len(listing)) if not (unread and ids[i] in listing.read)]
    return sorted(every, key=when.__getitem__, reverse=True)


def keys_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the keys files read from now on."""
    names: list[str] = []
    real = Library._page_doc

    def counting(self: Library, path: Path, table: str) -> object:
        if table == "keys":
            names.append(path.name)
        return real(self, path, table)

    monkeypatch.setattr(Library, "_page_doc", counting)
    return names


def test_the_newest_first_list_starts_from_the_summaries_not_every_page(
        library_dir: Path, small: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first rows newest first (all, or unread only) come from each sealed page's
    summary of its newest rows: a few keys files are read, not every one, and the rows
    are those the whole sort gives, ties in their listing order."""
    from newsreader.services import ListQuery, Services

    rng = random.Random(3)
    lib = Library(library_dir)
    ids, _ = lib.add(dated(n, rng) for n in range(1520))
    lib.set_read(rng.sample(ids, 500))
    pages = len(list((library_dir / "listing").glob("*.keys.json")))
    assert pages == 30 and len(list((library_dir / "listing").glob("*.newest.json"))) == 30
    for unread in (False, True):
        read = keys_read(monkeypatch)
        services = Services(library_dir)
        rows = services.rows(ListQuery(unread=unread))
        rows._positions[:40]  # noqa: B018 (the order of the first screen)
        assert len(read) < pages // 3, read  # (showing a row reads its page)
        first = [row.id for row in rows[:40]]
        listing = services.library.listing()
        expected = [listing.ids[i] for i in newest_first_expected(listing, unread)]
        assert first == expected[:40]
        assert [row.id for row in rows] == expected  # and on past the first rows
    assert repair_library(library_dir).done == []


def test_a_missing_or_damaged_summary_costs_time_not_order(
        library_dir: Path, small: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """A summary is derived: one missing, damaged or not newest first is passed over (its
    page is read whole), a write puts back those of pages it has read, repair the rest."""
    rng = random.Random(4)
    lib = Library(library_dir)
    lib.add(dated(n, rng) for n in range(520))
    files = sorted((library_dir / "listing").glob("*.newest.json"))
    files[0].unlink()
    files[1].write_text("{not json")
    doc = json.loads(files[2].read_text())
    doc["newest"]["1"]["when"].reverse()
    files[2].write_text(json.dumps(doc))
    read = keys_read(monkeypatch)
    fresh = Library(library_dir)
    listing = fresh.listing()
    assert list(listing.ordered(range(len(listing)))[:30]) == \
        newest_first_expected(listing, False)[:30]
    assert {files[n].name.replace("newest", "keys") for n in range(3)} <= set(read)
    report = repair_library(library_dir)
    assert report.done == ["the newest-first summaries of 3 listing pages written again "
                           "from their keys"]
    assert repair_library(library_dir).done == []
    files[0].unlink()
    lib = Library(library_dir)
    lib.listing().ids  # noqa: B018 (every page read, as a big write reads them)
    lib.add(dated(n, rng) for n in range(520, 530))
    assert files[0].exists() and repair_library(library_dir).done == []


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.integers(0, 12), min_size=1, max_size=30), min_size=1,
                max_size=8), st.data())
def test_newest_first_is_the_start_of_the_whole_sort(pages: list[list[int]],
                                                     data: st.DataObject) -> None:
    """Whatever the keys (ties included), which pages are read already and which rows are
    kept, what ``newest_first`` gives is the start of the stable sort, as long as asked."""
    from newsreader.store.listing import Columns, Listing, Newest, Page

    made: list[Page] = []
    n = 0
    for values in pages:
        keys = {"id": [f"{n + j:04x}" for j in range(len(values))],
                "when": [f"{v:02d}" for v in values], "tags": [None] * len(values)}
        n += len(values)
        if data.draw(st.booleans()):
            made.append(Page(keys))
        else:
            made.append(Page(None, count=len(values), load_keys=lambda k=keys: k,
                             newest=Newest.of(keys)))
    listing = Listing(Columns(made))
    kept = data.draw(st.sets(st.integers(0, n - 1)))
    keep = data.draw(st.sampled_from([None, kept]))
    count = data.draw(st.integers(1, n))
    got = listing.newest_first(count, None if keep is None else
                               (lambda aid: int(aid, 16) in kept), loads=2)
    when = listing.columns["when"]
    expected = sorted((i for i in range(n) if keep is None or i in keep),
                      key=when.__getitem__, reverse=True)
    if got is not None:
        assert got == expected[:len(got)]
        assert len(got) >= count or len(got) == len(expected)


@pytest.mark.parametrize("doc", [
    {"id": "abc"}, {"id": "abc", "at": "2026-01-01"}, {"id": "abc", "tags": ["a", "b"]},
    {"id": "ABC", "at": None}, {"id": "", "tags": []}, {"id": 5}, {"id": "abc", "at": 5},
    {"id": "abc", "tags": "a"}, {"id": "abc", "tags": ["a", 1]}, {"id": "ab\u00e9"},
    {"at": "x"}, {"id": "abc", "tags": None},
])
def test_state_documents_checked_at_once_are_judged_as_one_by_one(doc: dict) -> None:
    from newsreader.store import shapes

    sound = {"id": "0a1b", "at": "2026-01-01", "tags": ["x"]}
    for check in (shapes.bookmark_problem, shapes.tags_problem):
        docs = [sound, dict(doc), sound]
        if shapes.all_sound(docs, check):
            assert all(check(d) is None for d in docs), (doc, check)


def _first(root: Path, unread: bool, count: int = 30) -> list[str]:
    """The first ids of the newest-first list (all, or unread only) as a fresh reader
    finds them (from the summaries)."""
    from newsreader.services import ListQuery, Services

    rows = Services(root).rows(ListQuery(unread=unread))
    return [row.id for row in rows[:count]]


def _sorted_ids(root: Path, unread: bool) -> list[str]:
    """Every id newest first, by the whole sort (every page's keys read)."""
    listing = Library(root).listing()
    return [listing.ids[i] for i in newest_first_expected(listing, unread)]


def _summaries_match_their_pages(root: Path) -> None:
    """Each sealed page has one summary, named by its keys file's generation, that is
    the one its keys give; no other summary is left."""
    from newsreader.store.library import newest_doc, page_name

    lib = Library(root)
    head = lib.head()
    named = {page_name(s.number, s.keys, "newest") for s in head.sealed}
    assert {p.name for p in (root / "listing").glob("*.newest.json")} == named
    for s in head.sealed:
        keys = json.loads((root / "listing" / page_name(s.number, s.keys, "keys"))
                          .read_text())["keys"]["1"]
        summary = json.loads((root / "listing" / page_name(s.number, s.keys, "newest"))
                             .read_text())
        assert summary == newest_doc(keys)


def test_a_delete_rewrites_the_summaries_and_undo_puts_the_article_back_in_its_place(
        library_dir: Path, small: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Deleting one of a sealed page's newest rows (the newest of all, and one of an
    unread page's) rewrites that page's summary with its keys: the first rows of the
    list, all and unread, are the whole sort without them, read from the summaries; the
    undo brings them back where the whole sort puts them; repair finds nothing to do."""
    rng = random.Random(7)
    lib = Library(library_dir)
    ids, _ = lib.add(dated(n, rng) for n in range(420))
    lib.set_read(rng.sample(ids, 150))
    before = {unread: _sorted_ids(library_dir, unread) for unread in (False, True)}
    head = lib.head()
    newest_page = {aid: s.number for s in head.sealed
                   for aid in json.loads((library_dir / "listing" / library_module.page_name(
                       s.number, s.keys, "newest")).read_text())["newest"]["1"]["id"]}
    top = before[False][0]
    top_unread = next(aid for aid in before[True] if aid != top)
    assert top in newest_page and top_unread in newest_page  # each in its page's summary
    gone = [top, top_unread]
    removed = Library(library_dir).delete(gone)
    assert len(removed) == 2
    _summaries_match_their_pages(library_dir)
    for unread in (False, True):
        read = keys_read(monkeypatch)
        first = _first(library_dir, unread)
        assert len(read) < 9, read  # from the summaries (and the pages shown)
        without = [aid for aid in before[unread] if aid not in gone]
        assert first == without[:30] == _sorted_ids(library_dir, unread)[:30]
    assert repair_library(library_dir).done == []
    rewritten = next(s for s in Library(library_dir).head().sealed
                     if s.number == newest_page[top])
    assert rewritten.keys > next(s.keys for s in head.sealed if s.number == rewritten.number)
    # (a new generation, its summary with it)
    summary = library_dir / "listing" / library_module.page_name(rewritten.number,
                                                                  rewritten.keys, "newest")
    summary.unlink()
    assert _first(library_dir, False) == [aid for aid in before[False] if aid not in gone][:30]
    assert repair_library(library_dir).done == [
        "the newest-first summaries of 1 listing page written again from their keys"]
    _summaries_match_their_pages(library_dir)
    assert Library(library_dir).restore(removed) == gone
    _summaries_match_their_pages(library_dir)
    for unread in (False, True):
        first = _first(library_dir, unread)
        whole = _sorted_ids(library_dir, unread)
        assert first == whole[:30]
        assert set(whole) == set(before[unread])  # the same articles, read or not as before
    assert _first(library_dir, False)[0] == top
    assert repair_library(library_dir).done == []


def test_a_reader_of_the_head_before_a_delete_still_lists_right(
        library_dir: Path, small: None) -> None:
    """A reader that read the head (and the summaries) before another process deleted
    articles, and reads the pages' keys only after: its newest-first list is the one
    before the delete, each deleted row in its place shown as deleted, every other row
    as it was; past the first rows too."""
    rng = random.Random(8)
    lib = Library(library_dir)
    ids, _ = lib.add(dated(n, rng) for n in range(420))
    lib.set_read(rng.sample(ids, 150))
    copy = library_dir.parent / "before"
    import shutil
    shutil.copytree(library_dir, copy)
    titles = {aid: Library(copy).article(aid).title for aid in ids}
    last_page = set(ids[400:])  # held in the old head itself: read as it was
    for unread in (False, True):
        shutil.rmtree(library_dir)
        shutil.copytree(copy, library_dir)
        expected = _sorted_ids(copy, unread)
        old = Library(library_dir).listing()  # the head and summaries: no keys read
        assert not any(p.keys_loaded for p in old.columns.pages[:-1])
        gone = set(expected[:3]) | set(ids[60:75]) | set(ids[100:150])  # and a whole page
        removed = Library(library_dir).delete(sorted(gone))
        positions = old.ordered(old.selection(unread=unread))
        shown = [old.row(i) for i in positions[:30]]
        assert [r.id for r in shown] == expected[:30]
        assert [r.title for r in shown] == \
            [GONE_TITLE if aid in gone - last_page else titles[aid] for aid in expected[:30]]
        rest = [old.row(i) for i in positions]  # every row: those left in their order
        assert [r.id for r in rest if r.title != GONE_TITLE] == \
            [aid for aid in expected if aid not in gone - last_page]
        assert Library(library_dir).restore(removed)
        assert _first(library_dir, unread) == _sorted_ids(library_dir, unread)[:30]
    assert repair_library(library_dir).done == []


GONE_TITLE = library_module.GONE_ROW["title"]


def test_realigned_keys_put_the_rows_left_where_the_old_head_had_them() -> None:
    """Rows taken out of a page (any of them, those of its summary too): the page as it
    is now, made into the page as the old head had it, has every row left in its place
    when the summary pins it, in order, and the summary's deleted rows in theirs."""
    from newsreader.store.library import realigned_keys
    from newsreader.store.listing import Newest

    rng = random.Random(9)
    for _ in range(300):
        count = rng.randint(1, 40)
        old = {"id": [f"{j:012x}" for j in range(count)],
               "when": [f"2026-{rng.randint(1, 9)}" for _ in range(count)],
               "tags": [None] * count, "feed": [None] * count}
        newest = Newest.of(old)
        kept = sorted(rng.sample(range(count), rng.randint(0, count)))
        now = {name: [values[j] for j in kept] for name, values in old.items()}
        keys = realigned_keys(now if kept else None, count, newest)
        assert keys is not None
        assert len(keys["id"]) == count
        assert [aid for aid in keys["id"] if aid and int(aid, 16) in kept] == now["id"]
        for at, aid in zip(newest.at, newest.ids, strict=True):
            assert keys["id"][at] == aid and keys["when"][at] == old["when"][at]
        assert all(keys["when"][j] == "" for j, aid in enumerate(keys["id"]) if not aid)
    bigger = {"id": ["a", "b"], "when": ["1", "2"], "tags": [None] * 2, "feed": [None] * 2}
    assert realigned_keys(bigger, 1, None) is None  # not that page less some rows
