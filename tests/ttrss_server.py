"""A real Tiny Tiny RSS server for the sync tests.

``tests/ttrss/setup.sh`` (which .ci/run runs, as root) installs Debian's tt-rss and
PostgreSQL and makes a database for it; this starts its web app with ``php -S`` on a free
port of 127.0.0.1, and can stop and start it again (a server that is down). Articles are
seeded through its database (tt-rss refuses to subscribe to loopback feeds and
``update.php`` refuses to run as root); marks on the server side are made through its own
API, as a second client (a phone) would.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parent
SETUP = ROOT / "ttrss" / "setup.sh"
MARKER = Path("/etc/tt-rss/newsreader-tests")
WWW = Path("/usr/share/tt-rss/www")
DB = {"PGPASSWORD": "newsreader-test", "PGOPTIONS": "-c client_min_messages=warning"}
USER, PASSWORD = "admin", "password"


def missing() -> str | None:
    """Why the server cannot run here (None if it can), setting it up when it may."""
    if MARKER.exists() and shutil.which("php") and shutil.which("psql"):
        return None
    if os.geteuid() != 0:
        return "Tiny Tiny RSS is not set up, and setting it up needs root (tests/ttrss/setup.sh)"
    if not shutil.which("apt-get"):
        return "Tiny Tiny RSS is not set up, and setting it up needs apt (tests/ttrss/setup.sh)"
    done = subprocess.run([str(SETUP)], capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        return f"tests/ttrss/setup.sh failed: {done.stderr.strip()[-300:]}"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class TtRssServer:
    """The tt-rss web app on 127.0.0.1, over its own PostgreSQL database."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start (or restart) the web server; returns once it answers."""
        log = (self.folder / "php.log").open("ab")
        self.process = subprocess.Popen(
            ["php", "-S", f"127.0.0.1:{self.port}", "-t", str(WWW)],
            stdout=log, stderr=log, cwd=WWW)
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError("php -S did not start for tt-rss") from None
                time.sleep(0.05)

    def stop(self) -> None:
        """Stop the web server (the server is down until ``start``)."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)
        self.process = None

    # -- the database ---------------------------------------------------------------

    def sql(self, query: str) -> list[list[str]]:
        """Run SQL in tt-rss's database; rows of the result, as text."""
        done = subprocess.run(
            ["psql", "-X", "-q", "-t", "-A", "-F", "\t", "-v", "ON_ERROR_STOP=1",
             "-h", "127.0.0.1", "-U", "newsreader_ttrss", "newsreader_ttrss", "-c", query],
            capture_output=True, text=True, env={**os.environ, **DB}, timeout=60)
        assert done.returncode == 0, done.stderr
        return [line.split("\t") for line in done.stdout.splitlines() if line]

    def reset(self) -> None:
        """No feeds, categories, articles or labels."""
        self.sql("TRUNCATE ttrss_user_labels2, ttrss_labels2, ttrss_user_entries, "
                 "ttrss_entries, ttrss_feeds, ttrss_feed_categories CASCADE")

    def add_feed(self, title: str, url: str, category: str | None = None) -> int:
        cat = "NULL"
        if category:
            cat = self.sql(f"INSERT INTO ttrss_feed_categories (owner_uid, title) VALUES "
                           f"(1, {_q(category)}) RETURNING id")[0][0]
        return int(self.sql(f"INSERT INTO ttrss_feeds (owner_uid, title, feed_url, cat_id, "
                            f"site_url) VALUES (1, {_q(title)}, {_q(url)}, {cat}, "
                            f"{_q(url)}) RETURNING id")[0][0])

    def add_article(self, feed: int, guid: str, title: str, html: str, link: str,
                    updated: str = "2026-03-09 10:00:00") -> int:
        """An article of the feed, unread and unmarked, as update.php would store it."""
        ref = int(self.sql(
            f"INSERT INTO ttrss_entries (title, guid, link, updated, content, content_hash, "
            f"date_entered, date_updated, author) VALUES ({_q(title)}, {_q(guid)}, "
            f"{_q(link)}, '{updated}', {_q(html)}, {_q('SHA1:' + guid)}, NOW(), NOW(), "
            f"'Reporter') RETURNING id")[0][0])
        self.sql(f"INSERT INTO ttrss_user_entries (ref_id, uuid, feed_id, owner_uid, "
                 f"tag_cache, label_cache) VALUES ({ref}, '', {feed}, 1, '', '')")
        return ref

    def add_label(self, caption: str) -> int:
        """A label (the API cannot make one); returns its id as the API gives it."""
        lid = int(self.sql(f"INSERT INTO ttrss_labels2 (owner_uid, caption) VALUES "
                           f"(1, {_q(caption)}) RETURNING id")[0][0])
        return -1025 - lid  # as tt-rss numbers labels in its API (label_to_feed_id)

    # -- the API, as another client ---------------------------------------------------

    def api(self, op: str, **params: Any) -> Any:
        """Log in and call the API; its answer's content (fails on an error)."""
        with httpx.Client(timeout=30) as client:
            login = client.post(f"{self.url}api/", json={
                "op": "login", "user": USER, "password": PASSWORD}).json()
            sid = login["content"]["session_id"]
            reply = client.post(f"{self.url}api/", json={"op": op, "sid": sid,
                                                          **params}).json()
        assert reply["status"] == 0, reply
        return reply["content"]

    def article(self, ref: int) -> dict[str, Any]:
        """One article's marks as the server has them."""
        found: list[dict[str, Any]] = self.api("getArticle", article_id=str(ref))
        return found[0]


def _q(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@pytest.fixture(scope="session")
def ttrss_session(tmp_path_factory: pytest.TempPathFactory) -> Any:
    why = missing()
    if why:
        pytest.skip(why)
    server = TtRssServer(tmp_path_factory.mktemp("ttrss"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def ttrss(ttrss_session: TtRssServer) -> Any:
    """The server, emptied, and running."""
    if ttrss_session.process is None:
        ttrss_session.start()
    ttrss_session.reset()
    return ttrss_session
