"""End to end through a real SSH session: the installed ``newsreader`` in a real terminal.

Drives the console script with ``../shared/tools/tui-over-ssh`` (a private sshd on
127.0.0.1, ``ssh -t`` inside a detached tmux session) the way a keyboard-only reader on SSH
would: open the seed article, choose Ryan Luby in the people sidebar, bookmark, quit.
Skipped when the tool or its prerequisites (sshd, ssh, tmux) are missing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

SHARED = Path(os.environ.get("NEWSREADER_SHARED")
              or Path(__file__).resolve().parents[2] / "shared")
TOOL = SHARED / "tools" / "tui-over-ssh"
SEED = SHARED / "articles" / "ice-subpoenas-denver.txt"
PERSON = "Ryan Luby"
SIZE = "100x30"
STEP_TIMEOUT = 15.0
"""Seconds any one wait may take (generous: the machine is shared)."""

SGR = re.compile(r"\x1b\[([0-9;:]*)m")
ESCAPE = re.compile(r"\x1b\[[0-9;:?]*[A-Za-z]")


def newsreader_script() -> Path:
    """The installed console script: on PATH, else beside this Python."""
    found = shutil.which("newsreader")
    path = Path(found) if found else Path(sys.executable).parent / "newsreader"
    if not path.exists():
        pytest.skip(f"the newsreader console script is not installed (looked on PATH and "
                    f"in {path.parent})")
    return path.absolute()


def run_cli(script: Path, library: Path, *args: str) -> str:
    """Run a newsreader command on the library; its stdout (fails on a non-zero status)."""
    done = subprocess.run([str(script), "--library", str(library), *args],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, f"newsreader {' '.join(args)}: {done.stderr}"
    return done.stdout


def first_quote_by(quotes_json: str, name: str) -> dict[str, Any]:
    """The first quotation (in text order) that ``newsreader quotes --json`` gives ``name``."""
    record = json.loads(quotes_json.splitlines()[0])
    for quote in sorted(record["quotes"], key=lambda q: q["start"]):
        if name in (quote.get("speakers") or [quote.get("speaker")]):
            return quote
    raise AssertionError(f"no quotation by {name} found in the seed article")


def reverse_at(escaped_line: str, needle: str) -> bool | None:
    """Whether ``needle`` on a screen line (with ANSI escapes) starts in reverse video;
    None when the line's text does not contain it."""
    plain: list[str] = []
    reverse: list[bool] = []
    on = False
    pos = 0
    while pos < len(escaped_line):
        match = ESCAPE.match(escaped_line, pos)
        if match is None:
            plain.append(escaped_line[pos])
            reverse.append(on)
            pos += 1
            continue
        sgr = SGR.fullmatch(match.group(0))
        if sgr is not None:
            on = _apply_sgr(sgr.group(1), on)
        pos = match.end()
    start = "".join(plain).find(needle)
    return None if start < 0 else reverse[start]


def _apply_sgr(params: str, reverse: bool) -> bool:
    """The reverse-video state after one SGR sequence."""
    codes = [int(p) if p.isdigit() else 0 for p in re.split(r"[;:]", params)] if params else [0]
    i = 0
    while i < len(codes):
        code = codes[i]
        if code in (38, 48, 58):  # extended colour: skip its arguments
            i += 5 if i + 1 < len(codes) and codes[i + 1] == 2 else 3
            continue
        if code == 0:
            reverse = False
        elif code == 7:
            reverse = True
        elif code == 27:
            reverse = False
        i += 1
    return reverse


class Terminal:
    """One tui-over-ssh session, with its own state folder."""

    def __init__(self, state: Path) -> None:
        self.env = {**os.environ, "TUI_OVER_SSH_STATE": str(state), "TUI_OVER_SSH_QUIET": "1"}

    def run(self, *args: str, check: bool = True,
            timeout: float = STEP_TIMEOUT + 10) -> subprocess.CompletedProcess[str]:
        """Run one tui-over-ssh subcommand."""
        done = subprocess.run([str(TOOL), *args], env=self.env, capture_output=True,
                              text=True, timeout=timeout)
        if check and done.returncode != 0:
            raise AssertionError(f"tui-over-ssh {' '.join(args)} exited {done.returncode}:\n"
                                 f"{done.stderr}\n{done.stdout}")
        return done

    def keys(self, *keys: str) -> None:
        """Send keys (tmux send-keys names)."""
        self.run("keys", *keys)

    def wait_for(self, regex: str) -> None:
        """Wait until a screen line matches ``regex``."""
        self.run("wait-for", regex, "--timeout", str(STEP_TIMEOUT))

    def screen(self, escapes: bool = False) -> str:
        """The current screen, as text or with its ANSI escapes."""
        return self.run("screen", *(["-e"] if escapes else [])).stdout


@pytest.fixture(scope="module")
def tool() -> Path:
    """The tui-over-ssh script, with its prerequisites present."""
    if not TOOL.is_file() or not os.access(TOOL, os.X_OK):
        pytest.skip(f"{TOOL} is missing: the shared tools are not beside the project "
                    f"(set NEWSREADER_SHARED)")
    check = subprocess.run([str(TOOL), "check"], capture_output=True, text=True, timeout=30)
    if check.returncode != 0:
        why = " ".join((check.stderr or check.stdout).split()) or f"exit {check.returncode}"
        pytest.skip(f"tui-over-ssh prerequisites missing (sshd, ssh, tmux): {why}")
    if not SEED.is_file():
        pytest.skip(f"{SEED} is missing: the shared test inputs are not beside the project")
    return TOOL


@pytest.fixture
def terminal(tool: Path, tmp_path: Path) -> Iterator[Terminal]:
    """A session that is always stopped afterwards, whatever happened."""
    term = Terminal(tmp_path / "tui-over-ssh")
    try:
        yield term
    finally:
        term.run("stop", check=False, timeout=30)


@pytest.mark.parametrize(("term", "extra_env"), [
    ("xterm-256color", {}),
    ("vt100", {"NO_COLOR": "1"}),
], ids=["xterm-256color", "vt100-no-color"])
def test_read_choose_a_person_and_bookmark_over_ssh(
        terminal: Terminal, tmp_path: Path, term: str, extra_env: dict[str, str]) -> None:
    script = newsreader_script()
    library = tmp_path / "library"
    run_cli(script, library, "import", str(SEED))
    quote = first_quote_by(run_cli(script, library, "quotes", "--json", str(SEED)), PERSON)
    opening = " ".join(quote["text"].split()[:3])

    env = {"NEWSREADER_LIBRARY": str(library),
           "NEWSREADER_CONFIG": str(tmp_path / "no-config.toml"), **extra_env}
    env_args = [arg for name, value in env.items() for arg in ("--env", f"{name}={value}")]
    terminal.run("start", "--size", SIZE, "--term", term, *env_args, "--cwd", str(tmp_path),
                 "--", str(script))

    terminal.wait_for("ICE Subpoenas Denver")  # the list is drawn
    terminal.keys("Enter")
    terminal.wait_for("People quoted")  # the reader, with its sidebar

    found = re.search(r"\[(\d+)\] " + re.escape(PERSON), terminal.screen())
    assert found, f"{PERSON} is not in the people sidebar:\n{terminal.screen()}"
    position = int(found.group(1))
    terminal.keys("p")
    terminal.wait_for("Jump to their quotes")  # the sidebar has focus: its key in the footer
    if position > 1:
        terminal.keys(*["j"] * (position - 1))
    terminal.keys("Enter")
    terminal.wait_for(r"Quotation .*" + re.escape(PERSON))

    screen = terminal.screen()
    status = [line for line in screen.splitlines() if re.search(r"^\s*Quotation ", line)]
    assert status and PERSON in status[-1], f"status line does not name {PERSON}:\n{screen}"
    lines = [line for line in terminal.screen(escapes=True).splitlines()
             if reverse_at(line, opening) is not None]
    assert lines, f"his quotation ({opening!r}...) is not on screen:\n{screen}"
    assert reverse_at(lines[0], opening), (
        f"his quotation ({opening!r}...) is not highlighted (reverse video):\n{lines[0]!r}")

    terminal.keys("b")
    terminal.wait_for("★ bookmarked")
    terminal.keys("q")
    status_out = terminal.run("wait-exit", "--timeout", str(STEP_TIMEOUT)).stdout.strip()
    assert status_out == "0", f"newsreader exited with {status_out!r}"

    rows = json.loads(run_cli(script, library, "list", "--json"))
    assert len(rows) == 1
    assert rows[0]["bookmarked"] is True
    assert rows[0]["read"] is True
