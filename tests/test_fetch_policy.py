"""Fetching under attack: chained compression past the size limit, redirects from a public
feed into the local network (SSRF), addresses that are not usable.

Issue 10 (items 10, 11, 15). No traffic leaves loopback: "public" addresses are 127.0.0.2
(a second test server) with the policy's idea of a public address stubbed, and host names
are resolved by a stubbed resolver.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path
from urllib.parse import quote

import pytest
from fixtures.feeds.server import FeedServer

from newsreader.services import fetching
from newsreader.services.fetching import FetchError, Limits, fetch_feeds, fetch_page
from newsreader.store.feeds import Subscriptions
from newsreader.store.library import Library

FAST = Limits(connect_timeout=1, read_timeout=0.5, total_timeout=2,
              max_feed_bytes=1024 * 1024)
PUBLIC_STAND_IN = "127.0.0.2"
"""The loopback address the tests treat as a public one."""


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return Library(tmp_path / "library")


@pytest.fixture(scope="module")
def public_server():
    """A second feed server, on 127.0.0.2: the "public" site in these tests."""
    feed_server = FeedServer(host=PUBLIC_STAND_IN).start()
    yield feed_server
    feed_server.stop()


@pytest.fixture
def public_is_127_0_0_2(monkeypatch: pytest.MonkeyPatch) -> None:
    """The policy takes 127.0.0.2 for a public address (and 93.184.216.34, a stubbed
    name's address, too); every other address is judged as it really is."""
    real = fetching.is_public_address
    monkeypatch.setattr(fetching, "is_public_address",
                        lambda ip: ip in (PUBLIC_STAND_IN, "93.184.216.34") or real(ip))


def fetch_one(library: Library, url: str, full: bool = False) -> fetching.FeedResult:
    """Subscribe to ``url`` and fetch it (only it)."""
    feed, _ = Subscriptions(library).add(url)
    return fetch_feeds(library, limits=FAST, full=full, only=[feed.id]).results[0]


# -- 10. the size limit holds on decoded bytes, whatever the encoding chain -----------------


def test_a_chained_gzip_bomb_is_stopped_at_the_limit_while_streaming(library, server) -> None:
    from fixtures.feeds.server import _gzip_gzip_bomb

    _gzip_gzip_bomb()  # built before measuring: the server's work is not the client's
    tracemalloc.start()
    try:
        result = fetch_one(library, server.url("/gzip-gzip-bomb.xml"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.error == "response larger than 1 MB"
    assert peak < 16 * 1024 * 1024, f"peak {peak / 2**20:.0f} MiB while decoding"


@pytest.mark.parametrize("path", ["/gzip-gzip.xml", "/deflate-gzip.xml"])
def test_a_chain_of_encodings_is_decoded(library, server, path: str) -> None:
    result = fetch_one(library, server.url(path))
    assert (result.error, result.new) == (None, 3)


def test_an_unknown_encoding_is_a_clear_error(library, server) -> None:
    result = fetch_one(library, server.url("/brotli.xml"))
    assert result.error == "the response could not be decompressed (unsupported encoding br)"


# -- 11. redirects from a public address into the local network are refused ----------------


@pytest.mark.parametrize(("ip", "public"), [
    ("127.0.0.1", False), ("127.9.9.9", False), ("10.1.2.3", False), ("172.16.0.1", False),
    ("192.168.1.1", False), ("169.254.169.254", False), ("100.64.0.1", False),
    ("0.0.0.0", False), ("224.0.0.1", False), ("::1", False), ("fe80::1", False),
    ("fc00::1", False), ("::ffff:127.0.0.1", False), ("::ffff:10.0.0.1", False),
    ("93.184.216.34", True), ("8.8.8.8", True), ("2606:4700::1111", True),
])
def test_which_addresses_are_public(ip: str, public: bool) -> None:
    assert fetching.is_public_address(ip) is public


def test_a_public_feed_redirecting_to_loopback_is_refused(library, server, public_server,
                                                          public_is_127_0_0_2) -> None:
    inside = server.url("/rss2.xml?secret=1")
    asked_before = len(server.seen("/rss2.xml"))
    result = fetch_one(library, public_server.url(f"/redirect?to={quote(inside)}"))
    assert result.error == ("refused a redirect from a public address to 127.0.0.1, "
                            "a loopback address")
    assert len(server.seen("/rss2.xml")) == asked_before  # nothing was sent there
    assert len(library) == 0


def test_a_redirect_to_a_name_that_resolves_to_a_private_address_is_refused(
        library, server, public_server, public_is_127_0_0_2, monkeypatch) -> None:
    async def resolve(host: str, port: int) -> list[str]:
        return {"intranet.test": ["10.0.0.7"], "wiki.test": ["169.254.169.254"]}[host]

    monkeypatch.setattr(fetching, "resolve", resolve)
    result = fetch_one(library, public_server.url("/redirect?to=http://intranet.test/feed"))
    assert result.error == ("refused a redirect from a public address to intranet.test "
                            "(10.0.0.7), a private address")
    result = fetch_one(library, public_server.url("/redirect?to=http://wiki.test:8080/x"))
    assert result.error == ("refused a redirect from a public address to wiki.test "
                            "(169.254.169.254), a link-local address")


def test_a_public_feed_may_redirect_to_another_public_address(library, public_server,
                                                              public_is_127_0_0_2) -> None:
    result = fetch_one(library, public_server.url("/hop.xml"))
    assert (result.error, result.new) == (None, 3)


def test_a_feed_subscribed_at_a_private_address_works_and_may_redirect(
        library, server, public_is_127_0_0_2) -> None:
    result = fetch_one(library, server.url("/hop.xml"))  # 127.0.0.1 -> 127.0.0.1
    assert (result.error, result.new) == (None, 3)


def test_a_public_feeds_item_pages_in_the_local_network_are_not_fetched(
        library, server, public_server, public_is_127_0_0_2) -> None:
    pages_before = len(server.seen("/article.html"))
    url = public_server.url(f"/feed-for?name=full.xml&base={quote(server.base)}")
    result = fetch_one(library, url, full=True)
    assert result.error is None and result.new == 2
    assert result.warning and "refused: the page is at 127.0.0.1, a loopback address" \
        in result.warning
    assert len(server.seen("/article.html")) == pages_before
    assert {a.body for a in library.articles()} >= {"Only this summary is left."}


def test_add_refuses_a_public_page_redirecting_inside(server, public_server,
                                                      public_is_127_0_0_2) -> None:
    with pytest.raises(FetchError, match="refused a redirect from a public address to "
                                         "127.0.0.1, a loopback address"):
        fetch_page(public_server.url(f"/redirect?to={quote(server.url('/article.html'))}"),
                   limits=FAST)
    article, _ = fetch_page(server.url("/article.html"), limits=FAST)  # private: fine
    assert article.title == "Ferry Workers Vote to Strike"


def test_a_redirect_to_another_scheme_says_so(library, server) -> None:
    result = fetch_one(library, server.url("/redirect?to=file:///etc/passwd"))
    assert result.error == "redirected to an address that is not http or https"


# -- 15. unusable addresses are told apart from redirects ----------------------------------


@pytest.mark.parametrize(("url", "message"), [
    ("http://127.0.0.1:99999/", "port 99999 is out of range (1-65535)"),
    ("not a url", "not a web address (pages are fetched over http or https)"),
    ("file:///etc/passwd", "not a web address (pages are fetched over http or https)"),
])
def test_fetch_page_says_what_is_wrong_with_the_address(url: str, message: str) -> None:
    with pytest.raises(FetchError) as caught:
        fetch_page(url, limits=FAST)
    assert str(caught.value) == message
