"""The app under faults and hostile data (Pilot): it says what is wrong in one line and
keeps running; the tag dialog never loses another process's tags; only web links open.

Issue 10 (items 5, 8, 13).
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from looking import screen_lines
from waiting import message_saying, messages, until

from newsreader.services import Services
from newsreader.tui import app as app_module
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.list_screen import ListScreen
from newsreader.tui.screens.reader_screen import ReaderScreen
from newsreader.tui.screens.tags_dialog import TagsDialog
from newsreader.tui.widgets.article_list import ArticleList

SIZE = (110, 32)
QUICK = 0.05
"""The watcher's interval in these tests (seconds)."""


def first_id(services: Services) -> str:
    return services.listing().ids[0]


# -- 5. the tag dialog applies the user's change to the tags as they are now --------------


async def test_the_tag_dialog_keeps_a_tag_another_process_added_meanwhile(
        seed_library: Services) -> None:
    aid = first_id(seed_library)
    seed_library.set_tags(aid, ["water", "courts"])
    app = NewsreaderApp(Services(seed_library.root))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t")
        await until(pilot, lambda: isinstance(app.screen, TagsDialog), "the tags dialog")
        Services(seed_library.root).change_tags(aid, add=["fromcli"])  # `newsreader tag`
        await pilot.press(*"mine", "down", "j", "x")  # adds "mine", removes "courts"
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ListScreen), "the list again")
        await until(pilot, lambda: app.screen.query_one(ArticleList).current.tags
                    == ["water", "fromcli", "mine"], "the list to show the tags")
    assert Services(seed_library.root).tags(aid) == ["water", "fromcli", "mine"]


async def test_the_tag_dialog_changes_nothing_when_nothing_was_changed(
        seed_library: Services) -> None:
    aid = first_id(seed_library)
    app = NewsreaderApp(Services(seed_library.root))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t")
        await until(pilot, lambda: isinstance(app.screen, TagsDialog), "the tags dialog")
        Services(seed_library.root).change_tags(aid, add=["fromcli"])
        await pilot.press("enter")  # saved as it was opened
        await until(pilot, lambda: isinstance(app.screen, ListScreen), "the list again")
    assert Services(seed_library.root).tags(aid) == ["fromcli"]


# -- 8. only http and https links open ---------------------------------------------------


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A local browser that records what it was asked to open."""
    opened: list[str] = []
    monkeypatch.setattr(app_module, "has_local_browser", lambda: True)
    monkeypatch.setattr(app_module.webbrowser, "open",
                        lambda url, new=0: opened.append(url) or True)
    return opened


def linked_library(library_dir: Path, tmp_path: Path, url: str) -> Services:
    article = tmp_path / "linked.txt"
    article.write_text(f"URL: {url}\n\nA Linked Story\n\nIts only paragraph.\n",
                       encoding="utf-8")
    services = Services(library_dir)
    assert services.import_paths([article]).imported
    return services


@pytest.mark.parametrize("url", ["javascript:alert(document.cookie)", "file:///etc/passwd",
                                 "data:text/html,<script>x</script>", "ssh://host/x"])
async def test_o_refuses_links_that_are_not_http_or_https(library_dir: Path, tmp_path: Path,
                                                          browser: list[str],
                                                          url: str) -> None:
    services = linked_library(library_dir, tmp_path, url)
    app = NewsreaderApp(services)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("o")
        await message_saying(pilot, "only http and https links are opened")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        app.clear_notifications()
        await pilot.press("o")
        await message_saying(pilot, "only http and https links are opened")
    assert browser == []


async def test_o_opens_a_web_link(library_dir: Path, tmp_path: Path,
                                  browser: list[str]) -> None:
    services = linked_library(library_dir, tmp_path, "https://gazette.example/story")
    app = NewsreaderApp(services)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("o")
        await message_saying(pilot, "Opened https://gazette.example/story")
    assert browser == ["https://gazette.example/story"]


# -- 13. the app keeps running where it can -----------------------------------------------


@pytest.fixture
def read_only(monkeypatch: pytest.MonkeyPatch, library_dir: Path):
    """Make the library's folder behave as on a read-only disk: opening a file in it for
    writing fails with EROFS (the tests run as root, so a chmod would not do)."""
    real_open = os.open
    inside = str(library_dir)

    def guarded(path, flags, mode=0o777, *, dir_fd=None):  # noqa: ANN001, ANN202
        if str(path).startswith(inside) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, mode, dir_fd=dir_fd)

    def apply() -> None:
        monkeypatch.setattr(os, "open", guarded)

    return apply


async def test_a_read_only_library_is_reported_and_the_app_keeps_running(
        seed_library: Services, read_only) -> None:
    app = NewsreaderApp(Services(seed_library.root))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        read_only()
        await pilot.press("b")
        await message_saying(pilot, "cannot be written")
        await pilot.press("enter")  # opening marks it read: that fails, the reader opens
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        await pilot.press("b", "escape")
        await until(pilot, lambda: isinstance(app.screen, ListScreen), "the list")
    assert app.return_code in (None, 0)


async def test_a_full_disk_is_reported_and_the_app_keeps_running(
        seed_library: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    app = NewsreaderApp(Services(seed_library.root))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        def full(fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "fsync", full)
        await pilot.press("b")
        await message_saying(pilot, "No space left on device")
        monkeypatch.undo()
        assert not app.screen.query_one(ArticleList).current.bookmarked
    assert Services(seed_library.root).listing().bookmarked == set()
    assert app.return_code in (None, 0)


def text_file(library_dir: Path, aid: str) -> Path:
    """The text segment that holds an article."""
    return next(p for p in sorted((library_dir / "articles").glob("*.json"))
                if str(int(aid, 16)) in json.loads(p.read_text())["articles"])


def damage_article(library_dir: Path, aid: str, **fields: object) -> Path:
    shard = text_file(library_dir, aid)
    data = json.loads(shard.read_text())
    data["articles"][str(int(aid, 16))].update(fields)
    shard.write_text(json.dumps(data))
    return shard


async def test_an_article_with_a_null_body_is_reported_not_shown(seed_library: Services) -> None:
    aid = first_id(seed_library)
    shard = damage_article(seed_library.root, aid, body=None)
    app = NewsreaderApp(Services(seed_library.root))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("enter")
        text = await message_saying(pilot, "newsreader repair")
        assert str(shard) in text and "its body is not text" in text
        assert isinstance(app.screen, ListScreen)
        await pilot.press("slash", *"harbour")  # the text search reads every shard
        await message_saying(pilot, "its body is not text")
        await pilot.press("escape", "i")
        await until(pilot, lambda: isinstance(app.screen, ListScreen), "the list")
    assert app.return_code in (None, 0)


async def test_an_unreadable_shard_is_reported(seed_library: Services) -> None:
    aid = first_id(seed_library)
    shard = text_file(seed_library.root, aid)
    shard.write_text('{"articles": {"1": ')
    for suffix in ("", "-wal", "-shm"):  # no search index: a search reads the texts
        (seed_library.root / f"index.sqlite{suffix}").unlink(missing_ok=True)
    app = NewsreaderApp(Services(seed_library.root))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("enter")
        await message_saying(pilot, "not valid JSON")
        app.clear_notifications()
        await pilot.press("slash", *"water")  # searching the text reads the shard too
        await message_saying(pilot, "not valid JSON")
        await pilot.press("enter", "o")
        await until(pilot, lambda: isinstance(app.screen, ListScreen), "the list")
    assert app.return_code in (None, 0)


WRONG = {"bookmarks.json": {"bookmarks": {"1": {"at": "x"}}},
         "tags.json": {"tags": {"1": {"id": "abc", "tags": None}}},
         "read.json": {"read": {"1": {"prefix": 5, "ids": "ab"}}}}


@pytest.mark.parametrize("name", sorted(WRONG))
async def test_a_state_file_going_bad_during_a_session_is_reported(seed_library: Services,
                                                                   name: str) -> None:
    app = NewsreaderApp(Services(seed_library.root), watch_seconds=QUICK)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        (seed_library.root / name).write_text(json.dumps(WRONG[name]))
        text = await message_saying(pilot, f"{name} cannot be read")  # the watcher saw it
        assert "newsreader repair" in text
        for key in ("b", "t", "escape", "escape", "b", "t", "escape", "T", "escape", "slash"):
            await pilot.press(key)
        await pilot.press(*"water", "enter")
        await until(pilot, lambda: isinstance(app.screen, ListScreen), "the list")
    assert app.return_code in (None, 0)


async def test_the_app_starts_on_a_library_with_a_bad_state_file(
        seed_library: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsreader.tui.launch
    from newsreader.cli import library_commands, main

    (seed_library.root / "bookmarks.json").write_text(json.dumps(WRONG["bookmarks.json"]))
    started: list[str | None] = []

    def launch(services: Services, notice: str | None = None, mouse: bool = False,
               config: Path | None = None) -> int:
        started.append(notice)
        return 0

    monkeypatch.setattr(newsreader.tui.launch, "launch", launch)
    monkeypatch.setattr(library_commands, "has_terminal", lambda: True)  # pytest has none
    assert main(["--library", str(seed_library.root)]) == 0
    assert started == [None]  # the app starts; its list says what is wrong


# -- QA: a library damaged before the app starts: the list says what and how, once ---------


@pytest.mark.parametrize("name", ["listing.json", "bookmarks.json", "tags.json", "read.json"])
async def test_a_library_damaged_before_the_app_starts_says_what_and_how_in_the_list(
        seed_library: Services, name: str) -> None:
    """A truncated listing or state file: the list's place names the file and `newsreader
    repair` in one line (not an empty screen), the error is said once, the file is left as
    it was whatever keys are pressed, and once it is repaired (from another terminal) the
    list shows the articles with their marks by itself."""
    aid = first_id(seed_library)
    seed_library.set_bookmarks([aid])
    seed_library.change_tags(aid, add=["keep"])
    seed_library.set_read([aid])
    damaged = seed_library.root / name
    damaged.write_bytes(damaged.read_bytes()[:20])
    before = damaged.read_bytes()
    app = NewsreaderApp(Services(seed_library.root), watch_seconds=QUICK)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        expected = f"The library's {name} is damaged: quit (q) and run `newsreader repair`."
        await until(pilot, lambda: any(expected in line for line in screen_lines(app)),
                    "the list saying what is damaged")
        assert "the library cannot be read" in screen_lines(app)[0]
        for key in ("b", "m", "enter", "escape", "t", "escape"):
            await pilot.press(key)
        assert isinstance(app.screen, ListScreen)
        assert sum("cannot be read" in text for text in messages(app)) == 1  # said once
        assert damaged.read_bytes() == before  # nothing written over it
        Services.repair_at(str(seed_library.root))
        await until(pilot, lambda: app.screen.query_one(ArticleList).row_count == 1,
                    "the list once repaired")
        row = app.screen.query_one(ArticleList).current
        marks = {"bookmarks.json": row.bookmarked, "tags.json": row.tags == ["keep"],
                 "read.json": row.read}
        marks.pop(name, None)  # the damaged file's marks are set aside with it
        assert all(marks.values())
    assert app.return_code in (None, 0)
