"""The installed newsreader in real terminals (tmux) with each supported TERM, and no mouse
reporting unless asked for."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sshterm import TmuxPane  # tests/ is on sys.path under pytest

TERMS = ["xterm-256color", "xterm", "screen-256color", "linux", "vt100"]
TITLE = "State Regulator Subpoenas Marlow"


def newsreader_script() -> str:
    """The installed console script (skips the test when there is none)."""
    path = shutil.which("newsreader") or str(Path(sys.executable).parent / "newsreader")
    if not Path(path).exists():
        pytest.skip("the newsreader console script is not installed")
    return path


@pytest.fixture
def open_pane() -> Iterator[Callable[..., TmuxPane]]:
    """Start programs in tmux panes, each on a private tmux server (killed afterwards)."""
    why = TmuxPane.missing()
    if why:
        pytest.skip(f"{why} (.ci/run installs it)")
    folder = Path(tempfile.mkdtemp(prefix="nr-tmux-"))  # short: the socket path has a limit
    panes: list[TmuxPane] = []

    def start(env: dict[str, str], *argv: str) -> TmuxPane:
        exports = [f"{k}={v}" for k, v in env.items()]
        home = folder / str(len(panes))
        home.mkdir()
        pane = TmuxPane(["env", *exports, *argv], home, "80x24")
        panes.append(pane)
        return pane

    try:
        yield start
    finally:
        for pane in panes:
            pane.kill()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def library(tmp_path: Path, seed_path: Path) -> Iterator[Path]:
    path = tmp_path / "library"
    subprocess.run([newsreader_script(), "--library", str(path), "import", str(seed_path)],
                   check=True, capture_output=True)
    yield path


@pytest.mark.parametrize("term", TERMS)
def test_each_terminal_type_reads_and_quits_cleanly(
        open_pane: Callable[..., TmuxPane], library: Path, term: str, tmp_path: Path) -> None:
    env = {"TERM": term, "NEWSREADER_LIBRARY": str(library),
           "NEWSREADER_CONFIG": str(tmp_path / "none.toml"), "HOME": os.environ.get("HOME", "/")}
    pane = open_pane(env, newsreader_script())
    screen = pane.wait_for(TITLE)
    assert "1 article ·" in screen
    assert pane.display("#{mouse_any_flag}") != "1"
    # One key at a time, each waited for: an Escape sent with the next key reads as Alt+key.
    pane.keys("Enter")
    pane.wait_for("People quoted")
    pane.wait_for("Daniel Ashby|Miriam Okafor")
    pane.wait_for("Citing a")
    pane.keys("Escape")
    pane.wait_for("0 unread")
    pane.keys("q")
    assert pane.wait_exit() == 0, pane.screen()


def test_mouse_reporting_only_with_the_mouse_option(
        open_pane: Callable[..., TmuxPane], library: Path, tmp_path: Path) -> None:
    env = {"TERM": "xterm-256color", "NEWSREADER_LIBRARY": str(library),
           "NEWSREADER_CONFIG": str(tmp_path / "none.toml")}
    pane = open_pane(env, newsreader_script(), "--mouse")
    pane.wait_for(TITLE)
    assert pane.display("#{mouse_any_flag}") == "1"
