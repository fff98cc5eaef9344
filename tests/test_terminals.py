"""The installed newsreader in real terminals (tmux) with each supported TERM, and no mouse
reporting unless asked for."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

TERMS = ["xterm-256color", "xterm", "screen-256color", "linux", "vt100"]


def newsreader_script() -> str:
    """The installed console script (skips the test when there is none)."""
    path = shutil.which("newsreader") or str(Path(sys.executable).parent / "newsreader")
    if not Path(path).exists():
        pytest.skip("the newsreader console script is not installed")
    return path


class Pane:
    """A program in a detached tmux session of a fixed size."""

    def __init__(self, command: str, env: dict[str, str], size: str = "80x24") -> None:
        if shutil.which("tmux") is None:
            pytest.skip("tmux is not installed (.ci/run installs it)")
        self.name = f"nr-{uuid.uuid4().hex[:8]}"
        columns, rows = size.split("x")
        exports = " ".join(f"{k}={v}" for k, v in env.items())
        subprocess.run(["tmux", "new-session", "-d", "-s", self.name, "-x", columns, "-y", rows,
                        f"env {exports} {command}; echo EXIT=$?; sleep 30"], check=True)

    def screen(self) -> str:
        """The pane's text now."""
        return subprocess.run(["tmux", "capture-pane", "-p", "-t", self.name],
                              capture_output=True, text=True).stdout

    def wait_for(self, text: str, timeout: float = 15.0) -> str:
        """Wait until ``text`` is on screen; returns the screen."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.05)
        raise AssertionError(f"{text!r} never appeared; the screen:\n{self.screen()}")

    def keys(self, *keys: str) -> None:
        """Send keys (tmux names) one at a time, as a person would."""
        for key in keys:
            subprocess.run(["tmux", "send-keys", "-t", self.name, key], check=True)
            time.sleep(0.15)

    def mouse_reporting(self) -> bool:
        """Whether the program asked the terminal for mouse reports."""
        return subprocess.run(["tmux", "display", "-p", "-t", self.name, "#{mouse_any_flag}"],
                              capture_output=True, text=True).stdout.strip() == "1"

    def kill(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


@pytest.fixture
def library(tmp_path: Path, seed_path: Path) -> Iterator[Path]:
    path = tmp_path / "library"
    subprocess.run([newsreader_script(), "--library", str(path), "import", str(seed_path)],
                   check=True, capture_output=True)
    yield path


@pytest.mark.parametrize("term", TERMS)
def test_each_terminal_type_reads_and_quits_cleanly(library: Path, term: str,
                                                    tmp_path: Path) -> None:
    env = {"TERM": term, "NEWSREADER_LIBRARY": str(library),
           "NEWSREADER_CONFIG": str(tmp_path / "none.toml"), "HOME": os.environ.get("HOME", "/")}
    pane = Pane(newsreader_script(), env)
    try:
        screen = pane.wait_for("ICE Subpoenas Denver")
        assert "1 articles" in screen
        assert not pane.mouse_reporting()
        pane.keys("Enter")
        pane.wait_for("People quoted")
        pane.wait_for("Henry Lucero")
        pane.wait_for("Citing a")
        pane.keys("Escape")
        pane.wait_for("0 unread")
        pane.keys("q")
        pane.wait_for("EXIT=0")
    finally:
        pane.kill()


def test_mouse_reporting_only_with_the_mouse_option(library: Path, tmp_path: Path) -> None:
    env = {"TERM": "xterm-256color", "NEWSREADER_LIBRARY": str(library),
           "NEWSREADER_CONFIG": str(tmp_path / "none.toml")}
    pane = Pane(f"{newsreader_script()} --mouse", env)
    try:
        pane.wait_for("ICE Subpoenas Denver")
        assert pane.mouse_reporting()
    finally:
        pane.kill()
