"""Fetch benchmark: a 1,000-item feed fetched, parsed, analysed and stored, from loopback.

Serves a generated RSS 2.0 feed (about 2.5 KB of text per item, with quotations, so the
analysis has work to do) from an HTTP server on 127.0.0.1 started here, subscribes a
fresh library to it, and measures:

- first fetch: download + parse + analysis + store of every item, end to end through
  ``fetch_feeds``; ``articles_per_second`` is items / these seconds;
- second fetch: the conditional request answered 304 Not Modified;
- unchanged refetch: the same feed served without validators, fetched again, so every
  item is downloaded and parsed and recognised as unchanged (nothing analysed again);
- a breakdown of the first fetch, each step timed alone: download, parse, analysis, store.

Prints one JSON object. Usage: python bench/fetch.py [--items 1000] [--runs 3]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import resource
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx  # noqa: E402

from newsreader.news.feeds import parse_feed  # noqa: E402
from newsreader.services import analysis as processing  # noqa: E402
from newsreader.services.fetching import fetch_feeds  # noqa: E402
from newsreader.store.feeds import Subscriptions  # noqa: E402
from newsreader.store.library import Library  # noqa: E402

WORDS = [
    "council", "budget", "harbour", "ferry", "storm", "court", "ruling", "school", "museum",
    "transit", "fare", "election", "drought", "hospital", "wildfire", "minister", "agency",
    "report", "vote", "plan", "police", "river", "bridge", "city", "county", "workers", "union",
    "talks", "deal", "price", "water", "power", "rail", "board", "official", "residents",
    "families", "week", "month", "year", "public", "safety", "cost", "million", "new", "local",
    "state",
]
PEOPLE = ["Dana Whitfield", "Tomas Reyes", "Lena Hoss", "Ivo Marsh", "Ruth Alder",
          "Mira Okafor"]
ROLES = ["the mayor", "a union leader", "the board's chair", "a spokesman", "a teacher"]


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def make_item(rng: random.Random, n: int, when: datetime) -> str:
    """One RSS item: about 2.5 KB of HTML paragraphs, two of them quotations."""
    paragraphs = []
    for k in range(rng.randint(5, 7)):
        text = " ".join(sentence(rng, rng.randint(12, 24)) for _ in range(3))
        if k in (1, 3):
            who = rng.choice(PEOPLE)
            text = (f"\u201c{sentence(rng, rng.randint(10, 18))[:-1]},\u201d said {who}, "
                    f"{rng.choice(ROLES)}. {text}")
        paragraphs.append(f"<p>{escape(text)}</p>")
    title = sentence(rng, rng.randint(6, 10))[:-1]
    return (f"<item><title>{escape(title)} ({n})</title>"
            f"<link>https://bench.example/{n}</link><guid>https://bench.example/{n}</guid>"
            f"<pubDate>{format_datetime(when)}</pubDate><category>bench</category>"
            f"<description>{escape(''.join(paragraphs))}</description></item>")


def make_feed(items: int) -> bytes:
    rng = random.Random(5)
    start = datetime(2026, 3, 1, tzinfo=UTC)
    body = "".join(make_item(rng, n, start + timedelta(minutes=n)) for n in range(items))
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            "<title>Bench Gazette</title><link>https://bench.example/</link>"
            f"{body}</channel></rss>").encode()


class FeedHandler(BaseHTTPRequestHandler):
    """Serves the feed at /feed.xml (ETag, 304, gzip) and /plain.xml (no validators)."""

    feed: bytes = b""
    etag: str = ""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:  # noqa: N802
        validators = self.path == "/feed.xml"
        if validators and self.headers.get("If-None-Match") == self.etag:
            self.send_response(304)
            self.end_headers()
            return
        body = self.feed
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        if validators:
            self.send_header("ETag", self.etag)
        if "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body, compresslevel=5)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def timed(fn, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN201
    started = time.perf_counter()
    value = fn(*args, **kwargs)
    return time.perf_counter() - started, value


def one_run(base: str, items: int, workdir: Path, n: int) -> dict[str, float]:
    library = Library(workdir / f"library-{n}")
    subs = Subscriptions(library)
    subs.add(f"{base}/feed.xml")
    first_s, report = timed(fetch_feeds, library)
    result = report.results[0]
    assert result.error is None and result.new == items, result
    second_s, again = timed(fetch_feeds, library)
    assert again.results[0].not_modified
    subs.remove(f"{base}/feed.xml")
    subs.add(f"{base}/plain.xml")
    fetch_feeds(library)  # the new subscription's first fetch: every item already stored
    unchanged_s, plain = timed(fetch_feeds, library)
    assert plain.results[0].new == 0 and plain.results[0].updated == 0
    return {"first": first_s, "second": second_s, "unchanged": unchanged_s}


def breakdown(base: str, workdir: Path) -> dict[str, float]:
    """Each step of the first fetch alone."""
    download_s, response = timed(httpx.get, f"{base}/feed.xml",
                                 headers={"Accept-Encoding": "gzip"})
    parse_s, parsed = timed(parse_feed, response.content, url=f"{base}/feed.xml")
    analyse_s, records = timed(lambda: [processing.prepare(a) for a in parsed.articles])
    quotes = sum(r.quote_count for r in records)
    store_s, _ = timed(Library(workdir / "breakdown").upsert, records)
    return {"download": download_s, "parse": parse_s, "analyse": analyse_s, "store": store_s,
            "quotes_found": quotes}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    feed = make_feed(args.items)
    FeedHandler.feed = feed
    FeedHandler.etag = '"' + hashlib.sha1(feed).hexdigest()[:16] + '"'
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FeedHandler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        with tempfile.TemporaryDirectory() as tmp:
            runs = [one_run(base, args.items, Path(tmp), n) for n in range(args.runs)]
            steps = breakdown(base, Path(tmp))
    finally:
        httpd.shutdown()
        httpd.server_close()

    median = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
    print(json.dumps({
        "items": args.items,
        "feed_bytes": len(feed),
        "feed_bytes_gzipped": len(gzip.compress(feed, compresslevel=5)),
        "runs": args.runs,
        "first_fetch_s": round(median["first"], 3),
        "articles_per_second": round(args.items / median["first"], 1),
        "second_fetch_304_s": round(median["second"], 3),
        "unchanged_refetch_s": round(median["unchanged"], 3),
        "quotes_found": steps.pop("quotes_found"),
        "first_fetch_breakdown_s": {k: round(v, 3) for k, v in steps.items()},
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "python": sys.version.split()[0],
    }, indent=2))


if __name__ == "__main__":
    main()
