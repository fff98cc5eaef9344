"""A real headless browser for the tests: Debian's chromium, driven through the DevTools
protocol over a websocket (aiohttp's client, which textual-serve brings anyway).

The page's terminal is drawn by xterm.js on a canvas, so its text is read from xterm.js's
own buffer: a script run before the page's own puts the Terminal object the page makes
on ``window.__term`` (it is otherwise a local of textual.js).

Every host name but 127.0.0.1 resolves to nothing (``--host-resolver-rules``), so the
page's web font (textual-serve asks Google Fonts for Roboto Mono) and anything else off
this machine is never fetched: the tests send traffic only to loopback servers they start.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import aiohttp

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
         "--window-size=1280,800"]
"""What makes chromium run here (no display, as root, no GPU) and talk to nobody but
loopback."""

CATCH_TERMINAL = """
Object.defineProperty(Object.prototype, "terminal", {
  configurable: true,
  set(value) {
    if (value && value.buffer && value.buffer.active) { window.__term = value; }
    Object.defineProperty(this, "terminal",
      {value, writable: true, configurable: true, enumerable: true});
  },
});
"""
"""Run before the page's scripts: the first object given a ``terminal`` that is an
xterm.js Terminal puts it on ``window.__term`` (the property then becomes an ordinary
one on that object)."""

SCREEN_TEXT = """
(() => {
  const t = window.__term;
  if (!t) { return null; }
  const b = t.buffer.active, lines = [];
  for (let i = 0; i < t.rows; i++) {
    const line = b.getLine(b.viewportY + i);
    lines.push(line ? line.translateToString(true) : "");
  }
  return lines.join("\\n");
})()
"""


def chromium_path() -> str | None:
    """Debian's chromium, if installed."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


class Browser:
    """One headless chromium with one page, driven through DevTools."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.process: subprocess.Popen[bytes] | None = None
        self.session: aiohttp.ClientSession | None = None
        self.socket: aiohttp.ClientWebSocketResponse | None = None
        self._ids = itertools.count(1)

    async def start(self, timeout: float = 30.0) -> None:
        """Start chromium on a blank page and connect to that page."""
        path = chromium_path()
        assert path, "chromium is not installed"
        profile = self.folder / "profile"
        profile.mkdir(parents=True)
        self.process = subprocess.Popen(
            [path, *FLAGS, f"--user-data-dir={profile}", "--remote-debugging-port=0",
             "--remote-debugging-address=127.0.0.1", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=(self.folder / "chromium.log").open("wb"))
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + timeout
        while not (port_file.exists() and port_file.read_text().strip()):
            if self.process.poll() is not None or time.monotonic() > deadline:
                log = (self.folder / "chromium.log").read_text(errors="replace")[-2000:]
                raise AssertionError(f"chromium did not start: {log}")
            await asyncio.sleep(0.05)
        port = int(port_file.read_text().split()[0])
        self.session = aiohttp.ClientSession()
        pages: list[dict[str, Any]] = []
        while not pages:
            async with self.session.get(f"http://127.0.0.1:{port}/json/list") as answer:
                pages = [t for t in await answer.json() if t.get("type") == "page"]
            if not pages:
                if time.monotonic() > deadline:
                    raise AssertionError("chromium opened no page")
                await asyncio.sleep(0.05)
        self.socket = await self.session.ws_connect(pages[0]["webSocketDebuggerUrl"],
                                                    max_msg_size=0)
        await self.call("Page.enable")
        await self.call("Page.addScriptToEvaluateOnNewDocument", source=CATCH_TERMINAL)

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        """One DevTools command; its result (events in between are dropped)."""
        assert self.socket is not None
        number = next(self._ids)
        await self.socket.send_str(json.dumps({"id": number, "method": method,
                                               "params": params}))
        while True:
            message = json.loads((await self.socket.receive()).data)
            if message.get("id") == number:
                if "error" in message:
                    raise AssertionError(f"{method}: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result

    async def open(self, url: str) -> None:
        """Go to ``url``."""
        await self.call("Page.navigate", url=url)

    async def screen(self) -> str | None:
        """The terminal's text as the page shows it (None before the terminal exists)."""
        found = await self.call("Runtime.evaluate", expression=SCREEN_TEXT,
                                returnByValue=True)
        value = found.get("result", {}).get("value")
        return value if isinstance(value, str) else None

    async def wait_for(self, text: str, timeout: float = 30.0) -> str:
        """Wait until the terminal shows ``text``; returns the screen."""
        deadline = time.monotonic() + timeout
        shown: str | None = None
        while time.monotonic() < deadline:
            shown = await self.screen()
            if shown is not None and text in shown:
                return shown
            await asyncio.sleep(0.1)
        raise AssertionError(f"gave up waiting for {text!r} in the browser; it showed:\n"
                             f"{shown}")

    async def press(self, key: str, code: str, key_code: int, text: str = "") -> None:
        """One key pressed and released in the page (as a user's keyboard sends it)."""
        base = {"key": key, "code": code, "windowsVirtualKeyCode": key_code,
                "nativeVirtualKeyCode": key_code}
        await self.call("Input.dispatchKeyEvent", type="keyDown", text=text, **base)
        await self.call("Input.dispatchKeyEvent", type="keyUp", **base)

    async def stop(self) -> None:
        """Close the connection and chromium."""
        if self.socket is not None:
            await self.socket.close()
        if self.session is not None:
            await self.session.close()
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
