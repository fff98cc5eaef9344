"""Fetching feeds and web pages over HTTP (httpx), every one bounded in time and size.

``fetch_feeds`` refreshes a library's subscriptions concurrently: conditional requests
(ETag / Last-Modified), redirects followed (at most ``max_redirects``) and recorded,
gzip, per-feed connect/read timeouts and a deadline for the whole download, and a size
limit enforced while the body streams in (on the decompressed bytes). A feed that fails
is reported in one line and never stops the others; nothing already stored is lost.

Downloads run on an asyncio event loop; parsing, analysis and every library access run
one at a time on a single worker thread, so the library is never used concurrently (a feed
that brings many articles has them analysed by worker processes, from that thread).
"""

from __future__ import annotations

import asyncio
import dataclasses
import ipaddress
import socket
import ssl
import time
import urllib.request
import zlib
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx

from newsreader import __version__
from newsreader.news.article import Article, Link
from newsreader.news.cleaning import one_line
from newsreader.news.feeds import (
    MAX_FEED_BYTES,
    NotAFeed,
    ParsedFeed,
    looks_like_html,
    parse_feed,
    web_address,
)
from newsreader.news.webpage import (
    MAX_PAGE_BYTES,
    NoArticleText,
    article_from_page,
    page_text,
)
from newsreader.news.words import plural
from newsreader.services import analysis as processing
from newsreader.services.errors import FetchError
from newsreader.services.identity import Identities, as_id, keyed
from newsreader.store.errors import LibraryError
from newsreader.store.feeds import Feed, FetchRecord, LastFetch, Subscriptions
from newsreader.store.library import Library
from newsreader.store.records import StoredArticle, now_iso

T = TypeVar("T")

FEED_ACCEPT = ("application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
               "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
               "application/xml", "text/xml")


@dataclass(frozen=True)
class Limits:
    """How long and how much a fetch may take; every network wait is bounded."""

    connect_timeout: float = 5.0
    """Seconds to establish a connection."""
    read_timeout: float = 10.0
    """Seconds the server may stay silent while we wait for data."""
    total_timeout: float = 30.0
    """Seconds for one whole download, however the server trickles it."""
    max_feed_bytes: int = MAX_FEED_BYTES
    """Largest feed body, counted after decompression."""
    max_page_bytes: int = MAX_PAGE_BYTES
    """Largest web page body, counted after decompression."""
    max_redirects: int = 5
    """Redirects followed before giving up."""
    concurrency: int = 8
    """Feeds downloaded at once."""
    page_concurrency: int = 4
    """Web pages downloaded at once (``--full``), across all feeds."""
    max_pages_per_feed: int = 100
    """New items whose page is fetched per feed and fetch; the rest keep the feed's text
    for now, and their pages are fetched at the next fetch."""
    user_agent: str = f"newsreader/{__version__} (terminal news reader)"
    """How requests introduce themselves."""


@dataclass
class Download:
    """A response read in full."""

    status: int
    """HTTP status of the final response."""
    url: str
    """The address after redirects."""
    redirected: bool
    """Whether redirects led to another address."""
    headers: httpx.Headers
    """The final response's headers."""
    content: bytes = b""
    """The body, decompressed (empty for 304)."""
    public: bool = False
    """Whether the address first asked was public (so the redirects stayed public)."""

    @property
    def content_type(self) -> str:
        """The media type, without parameters, lowercased."""
        return str(self.headers.get("content-type", "")).split(";")[0].strip().lower()


def _size(n: int) -> str:
    """A byte count as a short size: 10 MB, 512 KB."""
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):g} MB"
    return f"{n / 1024:g} KB" if n >= 1024 else plural(n, "byte")


def _seconds(s: float) -> str:
    return f"{s:g} s"


def _http_error(status: int) -> str:
    phrase = httpx.codes.get_reason_phrase(status)
    return f"HTTP {status}{f' {phrase}' if phrase else ''}"


def _connect_reason(err: Exception) -> str:
    """Why a connection failed, from the OS error underneath httpx's."""
    cause: BaseException | None = err
    while cause is not None:
        if isinstance(cause, socket.gaierror):
            return "no such host"
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        if isinstance(cause, ssl.SSLError):
            return f"TLS failed: {one_line(cause.reason or str(cause))[:100]}"
        if isinstance(cause, OSError) and cause.errno and cause.strerror:
            return one_line(cause.strerror).lower()
        cause = cause.__cause__ or cause.__context__
    return one_line(str(err))[:120] or type(err).__name__


# -- the redirect policy ------------------------------------------------------


def is_public_address(ip: str) -> bool:
    """Whether an IP address is on the public internet: not loopback, private, link-local,
    shared (carrier-grade NAT), multicast, reserved or unspecified; an IPv4 address mapped
    into IPv6 is judged as the IPv4 address."""
    try:
        addr = ipaddress.ip_address(ip.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return addr.is_global and not addr.is_multicast


def _kind_of(ip: str) -> str:
    """What kind of address a non-public one is, for the message."""
    addr = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    if addr.is_loopback:
        return "a loopback address"
    if addr.is_link_local:
        return "a link-local address"
    if addr.is_multicast:
        return "a multicast address"
    if addr.is_private or addr in ipaddress.ip_network("100.64.0.0/10"):
        return "a private address"
    return "an address that is not public"


async def _resolve(host: str, port: int) -> list[str]:
    """The addresses a host name stands for ([] when it cannot be resolved: connecting
    will then fail, and say so)."""
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port,
                                                              type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return []
    return [str(info[4][0]) for info in infos]


resolve: Callable[[str, int], Awaitable[list[str]]] = _resolve
"""How host names are resolved for the redirect policy (tests stub it)."""


async def _addresses(url: httpx.URL) -> list[str]:
    """The addresses ``url``'s host stands for: itself when it is an address."""
    host = url.host
    try:
        return [str(ipaddress.ip_address(host))]
    except ValueError:
        return await resolve(host, url.port or (443 if url.scheme == "https" else 80))


async def _is_public(url: httpx.URL) -> bool:
    """Whether a host is public: every address it stands for is."""
    found = await _addresses(url)
    return bool(found) and all(is_public_address(ip) for ip in found)


def _named(url: httpx.URL, ip: str) -> str:
    return ip if url.host == ip else f"{url.host} ({ip})"


async def _check_hop(url: httpx.URL, why: str) -> None:
    """Refuse ``url`` (before anything is sent to it) when its host stands for an address
    that is not public; ``why`` starts the message."""
    for ip in await _addresses(url):
        if not is_public_address(ip):
            raise FetchError(f"{why} {_named(url, ip)}, {_kind_of(ip)}")


def _check_peer(resp: httpx.Response, why: str) -> None:
    """Refuse a response that came from an address that is not public after all (a name
    that resolved one way for the check and another for the connection), unless a proxy
    is in between (then the peer is the proxy)."""
    stream = resp.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if not peer or urllib.request.getproxies().get(resp.url.scheme):
        return
    ip = str(peer[0])
    if not is_public_address(ip):
        raise FetchError(f"{why} {_named(resp.url, ip)}, {_kind_of(ip)}")


# -- decoding, bounded ----------------------------------------------------------

_PIECE = 64 * 1024
"""Most bytes one decoding step produces: the output of a bomb arrives a piece at a time."""
MAX_ENCODINGS = 4
"""Content encodings a response may be wrapped in."""


class _Layer:
    """One content encoding undone, a bounded piece at a time."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._fresh()

    def _fresh(self, raw_deflate: bool = False) -> None:
        if self.name in ("gzip", "x-gzip"):
            self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        else:
            self._d = zlib.decompressobj(-zlib.MAX_WBITS if raw_deflate else zlib.MAX_WBITS)
        self._started = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        """The decoded bytes of ``data`` (b"" at the end: what is left), in pieces."""
        while True:
            try:
                out = self._d.decompress(data, _PIECE)
            except zlib.error:
                if self.name == "deflate" and not self._started:
                    self._fresh(raw_deflate=True)  # "deflate" sent without its zlib header
                    self._started = True
                    out = self._d.decompress(data, _PIECE)
                else:
                    raise
            self._started = True
            if out:
                yield out
            if self._d.eof:
                data = self._d.unused_data
                if not data or self.name == "deflate":
                    return
                self._fresh()  # another gzip member follows
                continue
            data = self._d.unconsumed_tail
            if not data and len(out) < _PIECE:
                return


def _decoder(resp: httpx.Response) -> Callable[[bytes], Iterator[bytes]]:
    """Undo the response's content encodings (in the reverse of the order listed), each
    step producing at most _PIECE bytes, so the size limit is checked as the decoded bytes
    come and no step inflates a bomb in one go. FetchError for an unknown encoding."""
    names = [n.strip().lower() for n in
             resp.headers.get_list("content-encoding", split_commas=True) if n.strip()]
    names = [n for n in names if n != "identity"]
    if len(names) > MAX_ENCODINGS:
        raise FetchError(f"the response could not be decompressed (more than "
                         f"{MAX_ENCODINGS} encodings)")
    for name in names:
        if name not in ("gzip", "x-gzip", "deflate"):
            raise FetchError(f"the response could not be decompressed (unsupported encoding "
                             f"{one_line(name)[:20]})")
    layers = [_Layer(n) for n in reversed(names)]

    def through(data: bytes, depth: int = 0) -> Iterator[bytes]:
        if depth == len(layers):
            if data:
                yield data
            return
        for piece in layers[depth].feed(data):
            yield from through(piece, depth + 1)
        if not data:  # the end: let the next layers finish too
            yield from through(b"", depth + 1)

    return through


async def _body(resp: httpx.Response, max_bytes: int) -> bytes:
    """The decoded body, refused as soon as it passes ``max_bytes``."""
    decode = _decoder(resp)
    chunks: list[bytes] = []
    size = 0
    too_large = FetchError(f"response larger than {_size(max_bytes)}")
    try:
        async for raw in resp.aiter_raw():
            for piece in decode(raw):
                size += len(piece)
                if size > max_bytes:
                    raise too_large
                chunks.append(piece)
        for piece in decode(b""):
            size += len(piece)
            if size > max_bytes:
                raise too_large
            chunks.append(piece)
    except zlib.error:
        raise FetchError("the response could not be decompressed") from None
    return b"".join(chunks)


# -- one download ------------------------------------------------------------------


async def download(client: httpx.AsyncClient, url: str, *, max_bytes: int, limits: Limits,
                   headers: dict[str, str] | None = None,
                   public: bool | None = None) -> Download:
    """GET ``url`` in full within ``limits``; raises FetchError with the reason.

    Redirects are followed here, at most ``limits.max_redirects``, each checked before
    anything is sent: only to http(s), and, when the address first asked is public, only
    to public addresses (a public feed may not send newsreader into the local network).
    ``public`` True applies that rule to ``url`` itself too (a page a public feed links
    to); None decides from ``url``'s own address.
    """
    try:
        current = httpx.URL(web_address(url))
    except (ValueError, httpx.InvalidURL) as err:
        raise FetchError(str(err) if isinstance(err, ValueError) else
                         "not a usable web address") from None
    try:
        async with asyncio.timeout(limits.total_timeout):
            if public is None:
                public = await _is_public(current)
            elif public:
                await _check_hop(current, "refused: the page is at")
            hops = 0
            while True:
                async with client.stream("GET", current, headers=headers,
                                         follow_redirects=False) as resp:
                    if public:
                        _check_peer(resp, "refused: the connection went to")
                    if resp.has_redirect_location:
                        if hops >= limits.max_redirects:
                            raise FetchError(
                                f"too many redirects (more than {limits.max_redirects})")
                        target = resp.url.join(resp.headers["location"])
                        if target.scheme not in ("http", "https") or not target.host:
                            raise FetchError(
                                "redirected to an address that is not http or https")
                        if public:
                            await _check_hop(target, "refused a redirect from a public "
                                             "address to")
                        hops += 1
                        current = target
                        continue
                    final = one_line(str(resp.url))
                    got = Download(status=resp.status_code, url=final, headers=resp.headers,
                                   redirected=hops > 0 and final != url, public=public)
                    if resp.status_code == 304:
                        return got
                    if resp.status_code >= 400:
                        raise FetchError(_http_error(resp.status_code))
                    if 300 <= resp.status_code < 400:
                        raise FetchError(f"{_http_error(resp.status_code)} without a usable "
                                         "Location")
                    declared = resp.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > max_bytes \
                            and not resp.headers.get("content-encoding"):
                        raise FetchError(f"response larger than {_size(max_bytes)}")
                    got.content = await _body(resp, max_bytes)
                    return got
    except FetchError:
        raise
    except TimeoutError:
        raise FetchError(f"timed out after {_seconds(limits.total_timeout)} "
                         "(the whole download)") from None
    except httpx.ConnectTimeout:
        raise FetchError(f"could not connect within {_seconds(limits.connect_timeout)}") \
            from None
    except (httpx.ReadTimeout, httpx.WriteTimeout, httpx.PoolTimeout):
        raise FetchError(f"timed out after {_seconds(limits.read_timeout)} "
                         "(the server stopped sending)") from None
    except httpx.UnsupportedProtocol:
        raise FetchError("redirected to an address that is not http or https") from None
    except httpx.ConnectError as err:
        raise FetchError(f"cannot connect ({_connect_reason(err)})") from None
    except httpx.DecodingError:
        raise FetchError("the response could not be decompressed") from None
    except (httpx.RemoteProtocolError, httpx.ReadError):
        raise FetchError("the server broke off the response") from None
    except httpx.InvalidURL:
        raise FetchError("not a usable web address") from None
    except httpx.HTTPError as err:
        raise FetchError(f"download failed ({type(err).__name__})") from None
    except Exception as err:  # noqa: BLE001 (anything else is still one line, not a trace)
        raise FetchError(f"download failed ({type(err).__name__}: "
                         f"{one_line(str(err))[:100]})") from None


def make_client(limits: Limits, **extra: Any) -> httpx.AsyncClient:
    """An HTTP client within ``limits``; ``download`` follows the redirects itself."""
    return httpx.AsyncClient(
        follow_redirects=False,
        timeout=httpx.Timeout(limits.read_timeout, connect=limits.connect_timeout),
        limits=httpx.Limits(max_connections=limits.concurrency + limits.page_concurrency),
        headers={"User-Agent": limits.user_agent, "Accept-Encoding": "gzip, deflate"},
        **extra,
    )


# -- results -----------------------------------------------------------------


@dataclass
class FeedResult:
    """What fetching one feed did."""

    feed_id: str
    """The subscription's id."""
    url: str
    """Its address."""
    title: str | None = None
    """Its title (as just read, else as last known)."""
    new: int = 0
    """Articles added."""
    updated: int = 0
    """Articles whose text changed (their bookmark, tags and read state kept)."""
    error: str | None = None
    """Why it failed, in a few words; None when it worked."""
    warning: str | None = None
    """A problem that did not stop it."""
    final_url: str | None = None
    """Where redirects led, when they led elsewhere."""
    status: int | None = None
    """HTTP status of the final response, when one came."""
    not_modified: bool = False
    """Whether the server said nothing changed (304)."""
    new_ids: list[str] = field(default_factory=list)
    """Ids of the articles added."""
    updated_ids: list[str] = field(default_factory=list)
    """Ids of the articles updated."""
    seconds: float = 0.0
    """How long it took."""

    @property
    def name(self) -> str:
        """The feed's title, else its address."""
        return self.title or self.url

    def line(self) -> str:
        """The one-line summary a person reads."""
        if self.error:
            return f"{self.url}: {self.error}"
        if self.not_modified:
            what = "not modified"
        else:
            what = f"{self.new} new" + (f", {self.updated} updated" if self.updated else "")
        moved = f" (moved to {self.final_url})" if self.final_url else ""
        warned = f" (warning: {self.warning})" if self.warning else ""
        return f"{self.name}: {what}{moved}{warned}"

    def to_json(self) -> dict[str, Any]:
        """As plain data."""
        data = dataclasses.asdict(self)
        data["seconds"] = round(self.seconds, 3)
        return data


@dataclass
class FetchReport:
    """What a fetch did, feed by feed, in the order of the subscriptions."""

    results: list[FeedResult] = field(default_factory=list)
    """One per feed fetched."""
    seconds: float = 0.0
    """How long the whole fetch took."""

    @property
    def new(self) -> int:
        """Articles added, all feeds together."""
        return sum(r.new for r in self.results)

    @property
    def updated(self) -> int:
        """Articles updated, all feeds together."""
        return sum(r.updated for r in self.results)

    @property
    def failed(self) -> list[FeedResult]:
        """The feeds that failed."""
        return [r for r in self.results if r.error]

    def summary(self) -> str:
        """One line for the whole fetch."""
        return (f"{plural(len(self.results), 'feed')}: {self.new} new, {self.updated} updated, "
                f"{len(self.failed)} failed")

    def to_json(self) -> dict[str, Any]:
        """As plain data."""
        return {"feeds": [r.to_json() for r in self.results], "new": self.new,
                "updated": self.updated, "failed": len(self.failed),
                "seconds": round(self.seconds, 3)}


# -- one fetch ------------------------------------------------------------------


@dataclass
class _Plan:
    """Which of a feed's items to process, and the fingerprints to remember."""

    todo: list[tuple[Article, bool, str]]
    """(article, already in the library, its id there) for each new or changed item."""
    memo: dict[str, str]
    """Fingerprints of every item the feed holds now."""


class _Run:
    """One call of fetch_feeds: the client, the worker thread and the limits."""

    def __init__(self, library: Library, limits: Limits, full: bool,
                 client_options: dict[str, Any]) -> None:
        self.library = library
        self.subs = Subscriptions(library)
        self.identities = Identities(library)
        """Which stored article each item is (run on the worker thread)."""
        self.limits = limits
        self.full = full
        self.client_options = client_options
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsreader-fetch")
        self.analyser = processing.Analyser()
        """Analyses on the worker thread; its processes, if a feed brings enough to start
        them, serve the later feeds too."""
        self.feed_slots = asyncio.Semaphore(limits.concurrency)
        self.page_slots = asyncio.Semaphore(limits.page_concurrency)
        self.client: httpx.AsyncClient | None = None

    async def on_worker(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run blocking work (parsing, analysis, the library) on the worker thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.worker, lambda: fn(*args, **kwargs))

    # steps run on the worker thread

    def _plan(self, feed: Feed, parsed: ParsedFeed) -> _Plan:
        present = self.library.present_ids()
        deleted = self.library.deleted()
        seen = self.subs.seen_items(feed.id)
        todo: list[tuple[Article, bool, str]] = []
        memo: dict[str, str] = {}
        for given in parsed.articles:
            art = keyed(given)
            aid = self.identities.id_of(art)  # the same article, however it came before
            if aid in memo:
                continue
            memo[aid] = art.fingerprint[:16]
            if aid in present and seen.get(aid) == memo[aid]:
                continue
            if aid not in present and deleted.knows(aid, art.key, art.url):
                continue  # the user deleted it: it stays deleted
            todo.append((art, aid in present, aid))
        return _Plan(todo, memo)

    def _store(self, items: list[tuple[Article, str]],
               feed_id: str | None = None) -> tuple[list[str], list[str]]:
        records: list[StoredArticle] = processing.prepare_many([a for a, _ in items],
                                                               self.analyser)
        stored = [as_id(record, aid) for record, (_, aid) in zip(records, items, strict=True)]
        for record in stored:
            record.feed = feed_id
        added, updated, _ = self.library.upsert(stored, skip_deleted=True)
        for aid in added:
            self.identities.stored(aid)
        return added, updated

    # steps on the event loop

    async def _full_text(self, plan: _Plan, public: bool) -> str | None:
        """Replace the text of new and changed items with their web page's article text.

        An item whose page fails keeps the feed's text if it is new, or is left as stored
        if it is already in the library; either way it is retried at the next fetch.
        A ``public`` feed's pages must be at public addresses too. Returns a warning when
        pages failed.
        """
        with_page = [(i, art) for i, (art, _, _) in enumerate(plan.todo) if art.url]
        chosen = with_page[:self.limits.max_pages_per_feed]
        failures: list[str] = []

        async def one(art: Article) -> tuple[list[str], tuple[Link, ...]] | None:
            assert self.client is not None and art.url
            async with self.page_slots:
                try:
                    got = await download(self.client, art.url, limits=self.limits,
                                         max_bytes=self.limits.max_page_bytes,
                                         headers={"Accept": PAGE_ACCEPT},
                                         public=public or None)
                    if got.content_type and got.content_type not in (
                            "text/html", "application/xhtml+xml") \
                            and not looks_like_html(got.content):
                        raise FetchError(f"not a web page (got {one_line(got.content_type)})")
                    return await self.on_worker(page_text, got.content, got.url)
                except (FetchError, NoArticleText) as err:
                    failures.append(f"{art.url}: {err}")
                    return None

        pages = await asyncio.gather(*(one(art) for _, art in chosen))
        fetched = {i: page for (i, _), page in zip(chosen, pages, strict=True)}
        todo: list[tuple[Article, bool, str]] = []
        for i, (art, present, aid) in enumerate(plan.todo):
            page = fetched.get(i)
            if page and page[0]:
                paras, links = page
                todo.append((dataclasses.replace(art, body="\n\n".join(paras),
                                                 links=links or art.links), present, aid))
                continue
            if art.url:
                plan.memo.pop(aid, None)  # try its page again next time
            if not present or not art.url:
                todo.append((art, present, aid))
        plan.todo = todo
        skipped = len(with_page) - len(chosen)
        notes = []
        if failures:
            notes.append(f"{plural(len(failures), 'page')} could not "
                         f"be read, kept the feed's text (first: {failures[0]})")
        if skipped:
            notes.append(f"{plural(skipped, 'page')} left for the next fetch")
        return "; ".join(notes) or None

    async def feed(self, feed: Feed) -> tuple[FeedResult, FetchRecord]:
        """Fetch, read and store one feed; never raises."""
        started = time.monotonic()
        result = FeedResult(feed_id=feed.id, url=feed.url, title=feed.title)
        record = FetchRecord(feed_id=feed.id, last=LastFetch(checked=now_iso()))
        try:
            async with self.feed_slots:
                await self._feed(feed, result, record)
        except Exception as err:  # a bug must not stop the other feeds
            result.error = f"failed unexpectedly ({type(err).__name__}: {one_line(str(err))})"
            record.stored = False
        result.error = one_line(result.error)[:300] if result.error else None
        result.warning = one_line(result.warning)[:300] if result.warning else None
        result.seconds = time.monotonic() - started
        record.last = dataclasses.replace(
            record.last, error=result.error, warning=result.warning, status=result.status,
            not_modified=result.not_modified, new=result.new, updated=result.updated,
            final_url=result.final_url)
        return result, record

    async def _feed(self, feed: Feed, result: FeedResult, record: FetchRecord) -> None:
        assert self.client is not None
        headers = {"Accept": FEED_ACCEPT}
        if feed.etag:
            headers["If-None-Match"] = feed.etag
        if feed.last_modified:
            headers["If-Modified-Since"] = feed.last_modified
        try:
            got = await download(self.client, feed.url, max_bytes=self.limits.max_feed_bytes,
                                 limits=self.limits, headers=headers)
        except FetchError as err:
            result.error = str(err)
            return
        result.status = got.status
        result.final_url = got.url if got.redirected else None
        record.etag = got.headers.get("etag") or None
        record.last_modified = got.headers.get("last-modified") or None
        if got.status == 304:
            result.not_modified = True
            record.etag = record.etag or feed.etag
            record.last_modified = record.last_modified or feed.last_modified
            record.stored = True
            return
        try:
            parsed = await self.on_worker(parse_feed, got.content, url=got.url,
                                          content_type=got.headers.get("content-type"),
                                          tags=feed.tags)
        except NotAFeed as err:
            result.error = str(err)
            return
        result.title = parsed.title or feed.title
        record.title, record.site = parsed.title, parsed.link
        result.warning = parsed.warning
        plan = await self.on_worker(self._plan, feed, parsed)
        if plan.todo and (self.full or feed.full):
            note = await self._full_text(plan, got.public)
            if note:
                result.warning = f"{result.warning}; {note}" if result.warning else note
        try:
            added, updated = await self.on_worker(self._store,
                                                  [(a, aid) for a, _, aid in plan.todo],
                                                  feed.id)
        except LibraryError as err:
            result.error = f"not stored: {err}"
            return
        result.new, result.updated = len(added), len(updated)
        result.new_ids, result.updated_ids = added, updated
        record.stored = True
        record.items = plan.memo

    async def run(self, feeds: list[Feed],
                  progress: Callable[[int, int], None] | None) -> list[FeedResult]:
        """Fetch every feed, at most ``concurrency`` at once; record the results."""
        results: dict[str, FeedResult] = {}
        records: list[FetchRecord] = []
        async with make_client(self.limits, **self.client_options) as client:
            self.client = client
            tasks: list[Awaitable[tuple[FeedResult, FetchRecord]]] = [
                self.feed(f) for f in feeds]
            if progress:
                progress(0, len(feeds))
            for done, next_one in enumerate(asyncio.as_completed(tasks), start=1):
                result, record = await next_one
                results[result.feed_id] = result
                records.append(record)
                if progress:
                    progress(done, len(feeds))
        try:
            await self.on_worker(self.subs.record, records)
        except LibraryError as err:
            for result in results.values():
                note = f"its result was not recorded: {err}"
                result.warning = f"{result.warning}; {note}" if result.warning else note
        return [results[f.id] for f in feeds]


def fetch_feeds(library: Library, *, full: bool = False,
                progress: Callable[[int, int], None] | None = None,
                only: list[str] | None = None, limits: Limits | None = None,
                client_options: dict[str, Any] | None = None) -> FetchReport:
    """Refresh the library's feeds (or ``only`` those, by address or id) and store what is
    new; returns what happened to each. Blocks until done: call it from a worker thread
    in an app. ``progress(done, total)`` is called as feeds finish.

    ``full`` fetches each new item's web page for its article text, as feeds with the
    ``full`` setting always do. Raises UnknownFeedError for an ``only`` entry that names
    no subscription.
    """
    subs = Subscriptions(library)
    feeds = subs.all()
    if only is not None:
        wanted = {subs.find(given).id for given in only}
        feeds = [f for f in feeds if f.id in wanted]
    started = time.monotonic()
    if not feeds:
        return FetchReport(seconds=0.0)
    run = _Run(library, limits or Limits(), full, client_options or {})
    try:
        results = asyncio.run(run.run(feeds, progress))
    finally:
        run.worker.shutdown(wait=True, cancel_futures=True)
        run.analyser.close()
    return FetchReport(results=results, seconds=time.monotonic() - started)


# -- one web page -----------------------------------------------------------------


def _page_article(got: Download, given: str) -> Article:
    """The article in a downloaded page; FetchError if it is not a page with an article."""
    if not got.content.strip():
        raise FetchError("empty response (nothing to read)")
    is_html = got.content_type in ("text/html", "application/xhtml+xml") or looks_like_html(
        got.content)
    if not is_html:
        if got.content_type in _FEED_TYPES or got.content_type.endswith("+xml"):
            raise FetchError("a feed, not a web page (subscribe to it with "
                             "`newsreader feeds add`)")
        raise FetchError(f"not a web page (got {one_line(got.content_type) or 'no type'})")
    try:
        return article_from_page(got.content, url=given)
    except NoArticleText as err:
        raise FetchError(str(err)) from None


def fetch_page(url: str, limits: Limits | None = None,
               client_options: dict[str, Any] | None = None) -> tuple[Article, str]:
    """The article on the web page at ``url``, and the address it was read from after
    redirects; raises FetchError with the reason."""
    limits = limits or Limits()

    async def get() -> Download:
        async with make_client(limits, **(client_options or {})) as client:
            return await download(client, url, max_bytes=limits.max_page_bytes, limits=limits,
                                  headers={"Accept": PAGE_ACCEPT})

    got = asyncio.run(get())
    return _page_article(got, url), got.url
