"""Syncing with a real Tiny Tiny RSS server (Debian's tt-rss over PostgreSQL, started on
127.0.0.1 by tests/ttrss_server.py; .ci/run sets it up). Skipped, with the reason, only
where it cannot be set up (no root, no apt).

The server's articles are seeded through its database; marks on the server side are made
through its API, as a second client (a phone) would make them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ttrss_server import TtRssServer

from newsreader.services import Services
from newsreader.services.accounts import Account, save_account

FERRY = ("<p>Ferry workers voted on Monday to strike.</p>"
         "<p>“We have no choice left,” said Jane Roe, the union’s secretary. "
         "“The company has stopped talking to us.”</p>")
SEAGRASS = "<p>Divers counted the seagrass in the bay again this spring.</p>"


@pytest.fixture
def account(ttrss: TtRssServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    config = tmp_path / "config" / "config.toml"
    monkeypatch.setenv("NEWSREADER_CONFIG", str(config))
    save_account(Account("ttrss", ttrss.url, "admin", "password"))
    return config


@pytest.fixture
def seeded(ttrss: TtRssServer) -> dict[str, int]:
    feed = ttrss.add_feed("The Harbour Gazette", "http://gazette.test/feed.xml", "Local")
    return {
        "ferry": ttrss.add_article(feed, "http://gazette.test/ferry",
                                   "Ferry Workers Vote to Strike", FERRY,
                                   "http://gazette.test/ferry"),
        "seagrass": ttrss.add_article(feed, "http://gazette.test/seagrass",
                                      "Seagrass Returns to the Bay", SEAGRASS,
                                      "http://gazette.test/seagrass",
                                      updated="2026-03-08 09:00:00"),
        "label": ttrss.add_label("harbour"),
    }


def by_title(services: Services) -> dict[str, Any]:
    listing = services.listing()
    rows = [listing.row(i) for i in range(len(listing.ids))]
    return {row.title: row for row in rows}


def run(library: Path, config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NEWSREADER_CONFIG": str(config), "NEWSREADER_LIBRARY": str(library)}
    env.pop("NEWSREADER_PASSWORD", None)
    return subprocess.run([sys.executable, "-m", "newsreader", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_a_feeds_articles_arrive_through_sync(ttrss: TtRssServer, seeded: dict[str, int],
                                              tmp_path: Path) -> None:
    config = tmp_path / "config" / "config.toml"
    library = tmp_path / "library"
    env = {**os.environ, "NEWSREADER_CONFIG": str(config), "NEWSREADER_PASSWORD": "password"}
    done = subprocess.run([sys.executable, "-m", "newsreader", "account", "set", "ttrss",
                           ttrss.url, "--user", "admin"], capture_output=True, text=True,
                          env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "password" not in done.stdout.replace("password kept", "")
    assert (config.parent / "account.json").stat().st_mode & 0o777 == 0o600
    shown = run(library, config, "account", "show")
    assert "admin" in shown.stdout and ttrss.url in shown.stdout
    assert "password\"" not in shown.stdout and ": password" not in shown.stdout

    done = run(library, config, "sync")
    assert done.returncode == 0, done.stderr
    assert "1 feed (1 new), 2 new articles" in done.stdout
    listed = json.loads(run(library, config, "list", "--json").stdout)
    assert [a["title"] for a in listed] == ["Ferry Workers Vote to Strike",
                                            "Seagrass Returns to the Bay"]
    assert all("Local" in a["tags"] for a in listed)  # the category, as the feed's tag
    assert [a["read"] for a in listed] == [False, False]
    feeds = json.loads(run(library, config, "feeds", "list", "--json").stdout)
    assert [(f["url"], f["tags"]) for f in feeds] == [("http://gazette.test/feed.xml",
                                                       ["Local"])]
    # analysed like any other article: the quotation and who said it
    shown = json.loads(run(library, config, "show", listed[0]["id"], "--json").stdout)
    assert "We have no choice left" in shown["text"]
    assert any(q.get("speaker") == "Jane Roe" for q in shown["quotes"]), shown["quotes"]

    again = json.loads(run(library, config, "sync", "--json").stdout)
    assert (again["ok"], again["new"], again["feeds"]) == (True, 0, 1)


def test_marks_made_on_the_server_show_here_after_a_sync(
        ttrss: TtRssServer, seeded: dict[str, int], account: Path, tmp_path: Path) -> None:
    services = Services(tmp_path / "library")
    assert services.sync().error is None
    ferry = str(seeded["ferry"])
    ttrss.api("updateArticle", article_ids=ferry, field=2, mode=0)  # read
    ttrss.api("updateArticle", article_ids=ferry, field=0, mode=1)  # starred
    ttrss.api("setArticleLabel", article_ids=ferry, label_id=seeded["label"], assign=True)
    report = services.sync()
    assert report.error is None and report.marks_in == 3, report
    row = by_title(services)["Ferry Workers Vote to Strike"]
    assert (row.read, row.bookmarked) == (True, True)
    assert "harbour" in services.tags(row.id)
    other = by_title(services)["Seagrass Returns to the Bay"]
    assert (other.read, other.bookmarked) == (False, False)

    ttrss.api("updateArticle", article_ids=ferry, field=2, mode=1)  # unread again
    ttrss.api("setArticleLabel", article_ids=ferry, label_id=seeded["label"], assign=False)
    services.sync()
    row = by_title(services)["Ferry Workers Vote to Strike"]
    assert (row.read, row.bookmarked) == (False, True)
    assert "harbour" not in services.tags(row.id)


def test_marks_made_here_show_on_the_server_after_a_sync(
        ttrss: TtRssServer, seeded: dict[str, int], account: Path, tmp_path: Path) -> None:
    services = Services(tmp_path / "library")
    services.sync()
    rows = by_title(services)
    ferry = rows["Ferry Workers Vote to Strike"].id
    seagrass = rows["Seagrass Returns to the Bay"].id
    services.set_read([ferry])
    services.toggle_bookmark(seagrass)
    services.change_tags(seagrass, add=["harbour", "to-read"])  # a label there, and not
    report = services.sync(pull=False)  # what the app does after a mark
    assert report.error is None and report.marks_out == 3, report
    on_server = ttrss.article(seeded["ferry"])
    assert (on_server["unread"], on_server["marked"]) == (False, False)
    on_server = ttrss.article(seeded["seagrass"])
    assert (on_server["unread"], on_server["marked"]) == (True, True)
    assert [label[1] for label in on_server["labels"]] == ["harbour"]
    assert sorted(services.tags(seagrass)) == ["Local", "harbour", "to-read"]  # all kept here

    services.set_read([ferry], read=False)
    services.change_tags(seagrass, remove=["harbour"])
    assert services.sync().error is None
    assert ttrss.article(seeded["ferry"])["unread"] is True
    assert ttrss.article(seeded["seagrass"])["labels"] == []


def test_a_change_made_while_the_server_is_down_is_sent_when_it_is_back(
        ttrss: TtRssServer, seeded: dict[str, int], account: Path, tmp_path: Path) -> None:
    library = tmp_path / "library"
    services = Services(library)
    services.sync()
    rows = by_title(services)
    ferry = rows["Ferry Workers Vote to Strike"].id
    ttrss.stop()
    try:
        services.set_read([ferry])
        services.toggle_bookmark(ferry)
        services.change_tags(ferry, add=["harbour"])
        before = {p.name: p.read_bytes() for p in library.rglob("*.json")}
        report = services.sync()
        assert report.error and "cannot reach the server" in report.error
        assert report.queued == 3
        assert {p.name: p.read_bytes() for p in library.rglob("*.json")} == before
        done = run(library, account, "sync")
        assert done.returncode == 1 and done.stdout == ""
        assert done.stderr.count("\n") == 1 and "sync failed: cannot reach the server" \
            in done.stderr and "3 local changes kept" in done.stderr
    finally:
        ttrss.start()
    report = services.sync()
    assert report.error is None and report.marks_out == 3 and report.queued == 0, report
    on_server = ttrss.article(seeded["ferry"])
    assert (on_server["unread"], on_server["marked"]) == (False, True)
    assert [label[1] for label in on_server["labels"]] == ["harbour"]
    row = by_title(services)["Ferry Workers Vote to Strike"]
    assert (row.read, row.bookmarked) == (True, True)  # nothing lost here either
    assert services.sync().marks_out == 0  # sent once


def test_a_wrong_password_is_one_line_and_changes_nothing(
        ttrss: TtRssServer, seeded: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "config" / "config.toml"
    monkeypatch.setenv("NEWSREADER_CONFIG", str(config))
    save_account(Account("ttrss", ttrss.url, "admin", "not-it"))
    done = run(tmp_path / "library", config, "sync")
    assert done.returncode == 1
    assert done.stderr == ("newsreader: sync failed: the server refused the login (wrong user "
                           "name or password); the library is unchanged\n")
    assert json.loads(run(tmp_path / "library", config, "list", "--json").stdout) == []


# -- in the app -------------------------------------------------------------------------


async def test_in_the_app_r_syncs_and_marks_go_to_the_server_as_they_are_made(
        ttrss: TtRssServer, seeded: dict[str, int], account: Path, tmp_path: Path) -> None:
    from waiting import message_saying, until

    from newsreader.tui.app import NewsreaderApp
    from newsreader.tui.widgets.article_list import ArticleList

    app = NewsreaderApp(Services(tmp_path / "library"))
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        articles = app.screen.query_one(ArticleList)
        assert articles.row_count == 0
        await pilot.press("r")
        await message_saying(pilot, "synced with Tiny Tiny RSS", timeout=60)
        await until(pilot, lambda: articles.row_count == 2, "the synced articles")
        assert articles.row_at(0).title == "Ferry Workers Vote to Strike"
        await pilot.press("b")  # a bookmark here: a star there, without a sync
        await until(pilot, lambda: ttrss.article(seeded["ferry"])["marked"] is True,
                    "the star on the server", timeout=30)
