"""The sync client without a server: the tt-rss protocol against stub transports (down,
slow, garbage, a refused login), and the merge of marks against a backend kept in memory
(which side wins, what is queued, what is kept)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from newsreader.services import ListQuery, Services
from newsreader.services.accounts import Account, load_account, save_account
from newsreader.services.backends import BackendError, RemoteArticle, RemoteFeed, RemoteState
from newsreader.services.backends.ttrss import TtRss
from newsreader.services.syncing import sync
from newsreader.store.library import Library
from newsreader.store.syncstate import SyncState

# -- the protocol, against stubs -------------------------------------------------------


def client(handler: Any) -> TtRss:
    return TtRss("http://127.0.0.1:9/", "admin", "secret",
                 client_options={"transport": httpx.MockTransport(handler)})


def api(answers: dict[str, Any]) -> Any:
    """A stub tt-rss: each op's content (status 0), login always accepted."""
    def handle(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        if body["op"] == "login":
            return httpx.Response(200, json={"seq": 0, "status": 0,
                                             "content": {"session_id": "s1"}})
        return httpx.Response(200, json={"seq": 0, "status": 0,
                                         "content": answers[body["op"]]})
    return handle


def test_a_server_that_is_down_says_so() -> None:
    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    with pytest.raises(BackendError, match=r"^cannot reach the server at http://127\.0\.0\.1:9"
                       r"/api/: \[Errno 111\] Connection refused$"):
        client(down).feeds()


def test_a_slow_server_says_so() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with pytest.raises(BackendError, match=r"^the server is too slow \(no answer to login "
                       r"within 20 s\)$"):
        client(slow).feeds()


@pytest.mark.parametrize("answer", [
    httpx.Response(200, text="<html><body>Welcome to nginx</body></html>"),
    httpx.Response(200, json={"hello": "world"}),
    httpx.Response(200, content=b"\xff\xfe garbage"),
], ids=["html", "other-json", "bytes"])
def test_garbage_is_not_the_api(answer: httpx.Response) -> None:
    with pytest.raises(BackendError, match=r"^the server's answer to login is not Tiny Tiny "
                       r"RSS's API"):
        client(lambda request: answer).feeds()


def test_an_answer_of_the_wrong_shape_is_not_the_api() -> None:
    with pytest.raises(BackendError, match="answer to getCategories is not Tiny Tiny RSS's"):
        client(api({"getCategories": {"oops": 1}})).feeds()
    with pytest.raises(BackendError, match="an article without an id"):
        list(client(api({"getHeadlines": [{"title": "x"}]})).articles(None))


def test_an_http_error_and_a_refused_login() -> None:
    with pytest.raises(BackendError, match=r"^the server answered HTTP 502 to login$"):
        client(lambda request: httpx.Response(502)).feeds()
    refused = httpx.Response(200, json={"seq": 0, "status": 1,
                                        "content": {"error": "LOGIN_ERROR"}})
    with pytest.raises(BackendError, match=r"^the server refused the login \(wrong user name "
                       r"or password\)$"):
        client(lambda request: refused).feeds()


def test_feeds_with_their_categories_and_articles_with_their_marks() -> None:
    stub = client(api({
        "getCategories": [{"id": 3, "title": "Local"}],
        "getFeeds": [{"id": 7, "feed_url": "http://gazette.test/feed.xml", "title": "Gazette",
                      "cat_id": 3}],
        "getHeadlines": [{"id": 11, "guid": "g", "title": "T", "link": "http://x.test/1",
                          "content": "<p>text</p>", "feed_id": "7", "unread": False,
                          "marked": True, "labels": [[-1025, "harbour", "", ""]],
                          "updated": 1773050400}],
    }))
    assert stub.feeds() == [RemoteFeed("7", "http://gazette.test/feed.xml", "Gazette",
                                       ("Local",))]
    [item] = list(stub.articles(None))
    assert (item.id, item.html, item.state) == ("11", "<p>text</p>", RemoteState(
        read=True, starred=True, labels=frozenset({"harbour"})))


def test_the_password_is_in_no_repr_and_the_file_is_private(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSREADER_CONFIG", str(tmp_path / "c" / "config.toml"))
    path = save_account(Account("ttrss", "http://127.0.0.1:9/", "admin", "s3cret"))
    assert path.stat().st_mode & 0o777 == 0o600
    account = load_account()
    assert account is not None and "s3cret" not in repr(account)
    path.chmod(0o644)
    with pytest.raises(Exception, match="can be read by others"):
        load_account()


# -- the merge, against a backend in memory -----------------------------------------------

T0 = datetime(2026, 3, 9, 10, 0, tzinfo=UTC)


class Memory:
    """A feed server in memory (see ``Backend``); ``down`` makes every call fail."""

    def __init__(self) -> None:
        self.down = False
        self.marks: dict[str, RemoteState] = {}
        self.items: list[RemoteArticle] = []
        self.label_ids = {"harbour": "-1025"}

    def add(self, rid: str, title: str) -> None:
        self.marks[rid] = RemoteState(False, False)
        self.items.append(RemoteArticle(
            id=rid, feed_id="7", guid=f"http://gazette.test/{rid}", title=title,
            link=f"http://gazette.test/{rid}", author=None,
            html=f"<p>{title}: the text of the article.</p>", published=None,
            feed_title="Gazette", state=RemoteState(False, False)))

    def _up(self) -> None:
        if self.down:
            raise BackendError("cannot reach the server at memory: down")

    def feeds(self) -> list[RemoteFeed]:
        self._up()
        return [RemoteFeed("7", "http://gazette.test/feed.xml", "Gazette", ("Local",))]

    def articles(self, since: str | None) -> Iterator[RemoteArticle]:
        self._up()
        for item in self.items:
            if since is None or int(item.id) > int(since):
                yield RemoteArticle(**{**item.__dict__, "state": self.marks[item.id]})

    def states(self, ids: Iterable[str]) -> dict[str, RemoteState]:
        self._up()
        return {i: self.marks[i] for i in ids if i in self.marks}

    def labels(self) -> dict[str, str]:
        self._up()
        return dict(self.label_ids)

    def set_read(self, ids: Iterable[str], read: bool) -> None:
        self._up()
        for i in ids:
            m = self.marks[i]
            self.marks[i] = RemoteState(read, m.starred, m.labels)

    def set_starred(self, ids: Iterable[str], starred: bool) -> None:
        self._up()
        for i in ids:
            m = self.marks[i]
            self.marks[i] = RemoteState(m.read, starred, m.labels)

    def set_label(self, ids: Iterable[str], label_id: str, on: bool) -> None:
        self._up()
        caption = next(c for c, i in self.label_ids.items() if i == label_id)
        for i in ids:
            m = self.marks[i]
            labels = m.labels | {caption} if on else m.labels - {caption}
            self.marks[i] = RemoteState(m.read, m.starred, labels)

    def close(self) -> None:
        pass


@pytest.fixture
def world(tmp_path: Path) -> tuple[Memory, Services, dict[str, str]]:
    server = Memory()
    server.add("1", "Ferry Workers Vote to Strike")
    server.add("2", "Seagrass Returns to the Bay")
    services = Services(tmp_path / "library")
    report = sync(services.library, server, "memory admin", "memory", clock=lambda: T0)
    assert report.new == 2
    listing = services.listing()
    ids = {listing.row(i).title.split()[0]: listing.row(i).id for i in range(2)}
    return server, services, ids


def again(services: Services, server: Memory, at: datetime) -> Any:
    return sync(Library(services.root), server, "memory admin", "memory", clock=lambda: at)


def at(monkeypatch: pytest.MonkeyPatch, moment: datetime) -> None:
    """Marks made here from now on are dated ``moment``."""
    monkeypatch.setattr("newsreader.store.syncstate.now_iso", lambda: moment.isoformat())


def test_marks_changed_on_either_side_all_arrive(
        world: tuple[Memory, Services, dict[str, str]]) -> None:
    server, services, ids = world
    services.set_read([ids["Ferry"]])
    server.set_starred(["1"], True)
    server.set_label(["2"], "-1025", True)
    report = again(services, server, T0 + timedelta(hours=1))
    assert (report.marks_in, report.marks_out, report.conflicts) == (2, 1, 0)
    row = services.row(ids["Ferry"])
    assert row is not None and (row.read, row.bookmarked) == (True, True)
    assert server.marks["1"] == RemoteState(True, True)
    assert "harbour" in services.tags(ids["Seagrass"])


@pytest.mark.parametrize(("here", "winner"), [(50, "here"), (10, "server")])
def test_when_both_sides_changed_a_mark_the_later_change_wins(
        world: tuple[Memory, Services, dict[str, str]], monkeypatch: pytest.MonkeyPatch,
        here: int, winner: str) -> None:
    """Synced at T0, next at T0 + 1 h. Here the star is put on and taken off again
    ``here`` minutes after T0; on the server it is put on at a time it does not say,
    so counted as half way (T0 + 30 min)."""
    server, services, ids = world
    at(monkeypatch, T0 + timedelta(minutes=here))
    services.set_bookmarks([ids["Ferry"]], on=True)
    services.set_bookmarks([ids["Ferry"]], on=False)
    services.set_read([ids["Seagrass"]])  # no conflict: simply sent
    server.set_starred(["1"], True)
    report = again(services, server, T0 + timedelta(hours=1))
    assert report.conflicts == 1
    starred = winner == "server"
    row = services.row(ids["Ferry"])
    assert row is not None and row.bookmarked is starred
    assert server.marks["1"].starred is starred
    assert server.marks["2"].read is True
    assert SyncState(services.library).read().queue == []


def test_a_server_that_is_down_changes_nothing_and_keeps_the_queue(
        world: tuple[Memory, Services, dict[str, str]]) -> None:
    server, services, ids = world
    services.set_read([ids["Seagrass"]])
    services.change_tags(ids["Seagrass"], add=["harbour"])
    server.down = True
    server.add("3", "A Third Story")
    before = {p.name: p.read_bytes() for p in services.root.rglob("*.json")}
    report = again(services, server, T0 + timedelta(hours=1))
    assert report.error == "cannot reach the server at memory: down"
    assert report.line() == ("sync failed: cannot reach the server at memory: down; the "
                             "library is unchanged; 2 local changes kept for the next sync")
    assert {p.name: p.read_bytes() for p in services.root.rglob("*.json")} == before
    server.down = False
    report = again(services, server, T0 + timedelta(hours=2))
    assert (report.error, report.new, report.marks_out, report.queued) == (None, 1, 2, 0)
    assert server.marks["2"] == RemoteState(True, False, frozenset({"harbour"}))
    assert SyncState(services.library).read().queue == []


def test_a_tag_that_is_no_label_there_stays_here_only(
        world: tuple[Memory, Services, dict[str, str]]) -> None:
    server, services, ids = world
    services.change_tags(ids["Ferry"], add=["to-read"])
    report = again(services, server, T0 + timedelta(hours=1))
    assert report.marks_out == 0 and server.marks["1"].labels == frozenset()
    assert "to-read" in services.tags(ids["Ferry"])


def test_synced_articles_are_their_feeds(
        world: tuple[Memory, Services, dict[str, str]]) -> None:
    _, services, ids = world
    feed = services.feeds()[0]
    assert feed.url == "http://gazette.test/feed.xml"
    shown = {r.id for r in services.rows(ListQuery.of_feed(feed.id))}
    assert shown == set(ids.values())
    count = services.feed_counts()[feed.id]
    assert (count.total, count.unread) == (2, 2)
