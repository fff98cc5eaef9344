"""``newsreader serve``: the app in a real headless browser (Debian's chromium), through
textual-serve; and where it may listen.

The browser is driven through the DevTools protocol (tests/browser.py) and reads the
terminal's text from the page's own xterm.js. Skipped, with the reason, when chromium is
not installed (.ci/run installs it).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import Browser, chromium_path  # tests/ is on sys.path under pytest

from newsreader.tui.serve import app_command, is_loopback

TITLE = "State Regulator Subpoenas Marlow"
IN_TEXT = "refusal to share records"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def start_serving(library: Path, tmp_path: Path, *args: str) -> tuple[subprocess.Popen[str],
                                                                       int]:
    """``newsreader serve`` on a free port; returns once it accepts connections."""
    port = free_port()
    env = {**os.environ, "NEWSREADER_CONFIG": str(tmp_path / "no-config.toml")}
    server = subprocess.Popen(
        [sys.executable, "-m", "newsreader", "--library", str(library), "serve",
         "--port", str(port), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        start_new_session=True)
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server, port
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                raise AssertionError(f"serve did not start: {server.communicate()}") from None
            time.sleep(0.05)


def stop(server: subprocess.Popen[str]) -> tuple[str, str]:
    """Stop the server as Ctrl+C would (its apps with it); its output."""
    server.send_signal(2)
    try:
        return server.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, 9)
        return server.communicate()


@pytest.fixture
def served(seed_library: object, library_dir: Path,
           tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], int]]:
    server, port = start_serving(library_dir, tmp_path)
    yield server, port
    stop(server)


async def test_the_list_shows_in_a_browser_and_an_article_opens(
        served: tuple[subprocess.Popen[str], int], tmp_path: Path) -> None:
    if chromium_path() is None:
        pytest.skip("chromium is not installed (.ci/run installs it with apt)")
    _, port = served
    browser = Browser(tmp_path / "browser")
    await browser.start()
    try:
        await browser.open(f"http://127.0.0.1:{port}/")
        shown = await browser.wait_for(TITLE)
        assert "1 article" in shown  # the list's header, drawn by the app in the page
        await browser.call("Runtime.evaluate", expression="window.__term.focus()")
        await browser.press("Enter", "Enter", 13, "\r")
        shown = await browser.wait_for(IN_TEXT)  # the reader, with the article's text
        assert "People quoted" in shown and "Miriam Okafor" in shown  # the sidebar too
    finally:
        await browser.stop()


def test_serve_listens_on_loopback_and_says_where(seed_library: object, library_dir: Path,
                                                 tmp_path: Path) -> None:
    server, port = start_serving(library_dir, tmp_path)
    out, err = stop(server)
    assert f"serving the library {library_dir} on http://127.0.0.1:{port}" in err
    assert "warning" not in err


def test_serve_on_another_address_warns(seed_library: object, library_dir: Path,
                                        tmp_path: Path) -> None:
    server, _ = start_serving(library_dir, tmp_path, "--host", "0.0.0.0")
    _, err = stop(server)
    assert "warning: serving on 0.0.0.0: anyone who can reach port" in err


def test_what_counts_as_loopback() -> None:
    assert all(map(is_loopback, ["127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost"]))
    assert not any(map(is_loopback, ["0.0.0.0", "::", "192.168.1.2", "example.org", ""]))


def test_each_tab_runs_this_newsreader_on_the_same_library(tmp_path: Path) -> None:
    command = app_command(tmp_path / "my library", mouse=True)
    assert command.startswith(sys.executable)
    assert f"--library '{tmp_path / 'my library'}' --mouse" in command


