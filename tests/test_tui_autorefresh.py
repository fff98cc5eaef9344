"""The feeds refresh by themselves: at start and every few minutes while the app is open
(``[refresh]`` in the config file), in the background, keeping the list's cursor; and a
``newsreader fetch`` run elsewhere (cron) shows up within seconds."""

from __future__ import annotations

import asyncio
from pathlib import Path

from fixtures.feeds.server import FeedServer
from waiting import until

from newsreader.services import Services
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.reader_screen import ReaderScreen
from newsreader.tui.settings import CONFIG_DEFAULTS, RefreshSettings, refresh_settings
from newsreader.tui.widgets.article_list import ArticleList

SIZE = (120, 40)


def rss(server: FeedServer, name: str) -> str:
    """The rss2 fixture at an address of this test's own, so its requests can be counted."""
    return server.url(f"/rss2.xml?test={name}")


async def test_the_feeds_refresh_when_the_app_starts(seed_library: Services,
                                                     server: FeedServer) -> None:
    seed_library.subscribe(rss(server, "start"))
    app = NewsreaderApp(seed_library, refresh=RefreshSettings(on_start=True))
    async with app.run_test(size=SIZE) as pilot:
        articles = app.screen.query_one(ArticleList)
        await until(pilot, lambda: articles.row_count == 4 and not app.refresh_progress,
                    "the feed's three articles and the refresh's end",
                    timeout=30)  # a fetch and its analysis, on a loaded machine


async def test_the_feeds_refresh_every_few_minutes_while_open(seed_library: Services,
                                                              server: FeedServer) -> None:
    path = rss(server, "every")
    seed_library.subscribe(path)
    every = RefreshSettings(every_minutes=0.3 / 60)  # 0.3 s here; minutes in the config
    app = NewsreaderApp(seed_library, refresh=every)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: sum("test=every" in r.path for r in server.requests) >= 2,
                    "two refreshes")
        assert app.screen.query_one(ArticleList).row_count == 4


async def test_a_refresh_by_itself_keeps_the_cursor_and_the_reader(
        seed_library: Services, server: FeedServer) -> None:
    seed_library.subscribe(rss(server, "cursor"))
    seed = seed_library.listing().ids[0]
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE) as pilot:
        articles = app.screen.query_one(ArticleList)
        app.refresh_by_itself()
        await until(pilot, lambda: articles.row_count == 4, "the new articles")
        # the seed has no date, so it is listed last now: the cursor went with it
        assert articles.current is not None and articles.current.id == seed
        assert articles.cursor == 3
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "the reader")
        app.refresh_by_itself()  # under the reader: it stays on its article
        await until(pilot, lambda: not app.refresh_progress, "the refresh")
        assert isinstance(app.screen, ReaderScreen) and app.screen.article_id == seed


async def test_no_feeds_no_refresh_and_no_message(seed_library: Services) -> None:
    app = NewsreaderApp(seed_library, refresh=RefreshSettings(on_start=True, every_minutes=1))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        app.refresh_by_itself()
        await pilot.pause()
        assert not app.refresh_progress and app.last_refresh is None
        assert not app.screen.query("Toast") and not app.screen.shown_message


async def test_a_fetch_from_cron_shows_up_within_seconds(seed_library: Services,
                                                         server: FeedServer) -> None:
    """The app's own watcher, at its usual once a second (no refresh of its own)."""
    seed_library.subscribe(rss(server, "cron"))
    app = NewsreaderApp(seed_library)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        articles = app.screen.query_one(ArticleList)
        await pilot.press("j")
        # as `newsreader fetch` from cron would: another process's library, another thread
        await asyncio.to_thread(Services(seed_library.root).fetch)
        await until(pilot, lambda: articles.row_count == 4, "the fetched articles", timeout=5)
        assert "3 new articles" in app.screen.shown_message
        assert articles.current is not None and articles.current.id == \
            seed_library.listing().ids[0]


def test_the_config_files_refresh_table(tmp_path: Path) -> None:
    where = tmp_path / "config.toml"
    assert refresh_settings({}, where) == (CONFIG_DEFAULTS, [])
    assert CONFIG_DEFAULTS.on_start and CONFIG_DEFAULTS.every_minutes == 30
    settings, problems = refresh_settings(
        {"refresh": {"on_start": False, "every_minutes": 5}}, where)
    assert settings == RefreshSettings(False, 5) and not problems
    assert refresh_settings({"refresh": {"every_minutes": 0}}, where)[0].every_seconds == 0
    settings, problems = refresh_settings(
        {"refresh": {"on_start": "yes", "every_minutes": 0.1, "often": 1}}, where)
    assert settings == CONFIG_DEFAULTS
    assert len(problems) == 3
    assert "refresh.on_start must be true or false" in problems[0]
    assert "at least 1" in problems[1] and '"refresh.often" is not a setting' in problems[2]


async def test_the_app_reads_refresh_from_the_config_and_reports_bad_entries(
        seed_library: Services, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[refresh]\non_start = false\nevery_minutes = -3\n")
    app = NewsreaderApp(seed_library, config=config)
    assert app.refresh_settings == RefreshSettings(on_start=False, every_minutes=30)
    assert any("every_minutes must be 0" in p for p in app.key_problems)
    assert NewsreaderApp(seed_library).refresh_settings == RefreshSettings()  # no config


async def test_with_a_feed_server_account_the_refresh_by_itself_syncs(
        seed_library: Services) -> None:
    app = NewsreaderApp(seed_library)
    synced: list[bool] = []
    async with app.run_test(size=SIZE):
        app.sync_account = True  # as when `newsreader account set` was run
        app.sync_now = lambda: synced.append(True)  # type: ignore[method-assign]
        app.refresh_by_itself()
        assert synced == [True] and app.last_refresh is None
