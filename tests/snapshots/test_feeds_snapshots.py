"""How the feeds view looks: feeds fetched, failed and never fetched, with tags."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from waiting import until

from newsreader.services import ListQuery, Services
from newsreader.tui.app import NewsreaderApp
from newsreader.tui.screens.feeds_screen import FeedsScreen

FEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"
SERVED = {"/gazette.xml": "rss2.xml", "/herald.xml": "atom.xml", "/valley.xml": "rss1.xml",
          "/malformed.xml": "malformed.xml"}
"""What the stub answers, by path (anything else: 404)."""
CHECKED = "2026-11-20T09:30:00+00:00"
"""When the fetch happened, so the picture does not change with the clock."""


def answer(request: httpx.Request) -> httpx.Response:
    """The feed fixtures, from no server at all (nothing goes on the network)."""
    name = SERVED.get(request.url.path)
    if name is None:
        return httpx.Response(404, stream=httpx.ByteStream(b"not here"))
    return httpx.Response(200, stream=httpx.ByteStream((FEEDS / name).read_bytes()),
                          headers={"content-type": "application/rss+xml"})


@pytest.fixture
def feeds_library(library_dir: Path, fixed_clock: str,
                  monkeypatch: pytest.MonkeyPatch) -> Services:
    """Five feeds fetched at CHECKED (three brought articles, one is gone, one is not
    XML), one never fetched, an article read."""
    import newsreader.services.fetching

    monkeypatch.setattr(newsreader.services.fetching, "now_iso", lambda: CHECKED)
    services = Services(library_dir,
                        client_options={"transport": httpx.MockTransport(answer)})
    base = "http://127.0.0.1:9"
    services.subscribe(f"{base}/gazette.xml", tags=["local", "harbour"])
    services.subscribe(f"{base}/herald.xml", tags=["city"])
    services.subscribe(f"{base}/valley.xml")
    services.subscribe(f"{base}/gone.xml", tags=["broken"])
    services.subscribe(f"{base}/malformed.xml")
    services.fetch()
    services.subscribe(f"{base}/a-feed-with-a-long-address/never-fetched.xml")
    services.set_read([services.rows(ListQuery())[0].id])
    return services


def test_feeds_view(snap_compare, feeds_library: Services, size: tuple[int, int]) -> None:
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("F")
        await until(pilot, lambda: isinstance(pilot.app.screen, FeedsScreen)
                    and pilot.app.screen.feeds, "the feeds")
        await pilot.press("j", "j", "j")  # the feed that is gone: its whole result below
        await pilot.pause()

    assert snap_compare(NewsreaderApp(feeds_library), run_before=run_before,
                        terminal_size=size)
