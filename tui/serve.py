"""``newsreader serve``: the same app in a web browser, through textual-serve.

textual-serve runs one ``newsreader`` process per browser tab, with Textual's web driver,
and relays its screen and keys over a websocket; the page draws it with xterm.js.
"""

from __future__ import annotations

import ipaddress
import shlex
import sys
from pathlib import Path

from aiohttp import web
from textual_serve.server import Server


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine only (127.0.0.0/8, ::1, localhost)."""
    if host.lower() in {"localhost", "localhost.", "ip6-localhost"}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def app_command(library: Path, mouse: bool = False) -> str:
    """The shell command textual-serve runs for each browser tab: this Python's
    ``newsreader`` on the same library (it inherits the environment, so the same keys
    file)."""
    words = [sys.executable, "-m", "newsreader", "--library", str(library)]
    if mouse:
        words.append("--mouse")
    return shlex.join(words)


class _Server(Server):
    """textual-serve's server, announcing itself in one line instead of a banner."""

    def __init__(self, command: str, host: str, port: int, library: Path) -> None:
        super().__init__(command, host=host, port=port, title="newsreader")
        self.library = library

    async def on_startup(self, app: web.Application) -> None:
        print(f"newsreader: serving the library {self.library} on {self.public_url} "
              "(Ctrl+C stops)", file=sys.stderr, flush=True)

    def initialize_logging(self) -> None:
        """Only warnings and errors from the server (not a line per request)."""
        import logging

        logging.basicConfig(level="WARNING", format="newsreader serve: %(message)s")


def serve(library: Path, host: str = "127.0.0.1", port: int = 8000,
          mouse: bool = False) -> int:
    """Serve the app on ``host``:``port`` until Ctrl+C; returns the exit status."""
    if not is_loopback(host):
        print(f"newsreader: warning: serving on {host}: anyone who can reach port {port} "
              "there reads and changes this library (no password is asked)",
              file=sys.stderr, flush=True)
    public_host = f"[{host}]" if ":" in host else host
    server = _Server(app_command(library, mouse), host, port, library)
    server.public_url = f"http://{public_host}:{port}"
    server.serve()
    return 0
